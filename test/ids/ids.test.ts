import assert from 'node:assert/strict';
import { test } from 'node:test';
import { customAlphabet, id, randbelow, URL_ALPHABET } from '../../src/index.js';
import { type Plan, planFor, prepare, sample, scratchOf, urlId } from '../../src/ids/sampler.js';
import { Exhausted, ReplaySource } from '../helpers/fakes.js';
import { assertUniform } from '../helpers/stats.js';

test('id: 21 URL-safe symbols by default, any size from 1 to 1,048,576', () => {
  assert.equal(URL_ALPHABET.length, 64);
  assert.equal(new Set(URL_ALPHABET).size, 64);
  assert.match(id(), /^[A-Za-z0-9_-]{21}$/);
  for (let n = 1; n <= 70; n++) assert.equal(id(n).length, n);
  assert.equal(id(1_048_576).length, 1_048_576);
  assert.throws(() => id(1_048_577), RangeError);
});

test('urlId maps each word to symbols bit by bit (no rejection, 64 = 2^6)', () => {
  // Word 0: all symbol 0. Word 0xffffffff: all symbol 63. A mixed word: 6-bit fields from bit 0.
  assert.equal(urlId(new ReplaySource([0]), URL_ALPHABET, 5), 'AAAAA');
  assert.equal(urlId(new ReplaySource([0xffffffff]), URL_ALPHABET, 5), '-----');
  const w = (1 | (2 << 6) | (3 << 12) | (4 << 18) | (5 << 24) | (3 << 30)) >>> 0;
  assert.equal(urlId(new ReplaySource([w]), URL_ALPHABET, 5), 'BCDEF');
  // Tail symbols come six bits at a time from one more word.
  assert.equal(urlId(new ReplaySource([w, w]), URL_ALPHABET, 7), 'BCDEFBC');
  const src = new ReplaySource([1, 2, 3, 4, 5]);
  assert.equal(urlId(src, URL_ALPHABET, 22).length, 22);
  assert.equal(src.remaining, 0, 'exactly ceil(22/5) words');
});

test('urlId at the default 21: 126 of the 128 bits of four words, each bit in exactly one symbol', () => {
  // With all words zero every symbol is index 0. Setting one bit b moves exactly one symbol to
  // index 2^k: every symbol is a disjoint 6-bit field (uniform and independent), 126 bits are used
  // and exactly 2 are dropped.
  const zero = urlId(new ReplaySource([0, 0, 0, 0]), URL_ALPHABET, 21);
  assert.equal(zero, URL_ALPHABET[0]!.repeat(21));
  const fields = Array.from({ length: 21 }, () => new Set<number>());
  let dropped = 0;
  for (let b = 0; b < 128; b++) {
    const words = [0, 0, 0, 0];
    words[b >> 5] = (1 << (b & 31)) >>> 0;
    const src = new ReplaySource(words);
    const s = urlId(src, URL_ALPHABET, 21);
    assert.equal(src.remaining, 0, 'exactly four words');
    const moved = [...s].flatMap((ch, i) => (ch === zero[i] ? [] : [i]));
    if (moved.length === 0) {
      dropped++;
      continue;
    }
    assert.equal(moved.length, 1, `bit ${b}`);
    const at = moved[0]!;
    const k = Math.log2(URL_ALPHABET.indexOf(s[at]!));
    assert.ok(Number.isInteger(k) && k < 6, `bit ${b}`);
    fields[at]!.add(k);
  }
  assert.equal(dropped, 2);
  for (const f of fields) assert.equal(f.size, 6);
});

test('every plan from 2 to 65,536 symbols: powers of two are bit fields, other lanes accept over 1/2', () => {
  for (let n = 2; n <= 65536; n++) {
    const p = planFor(n);
    if (p.bits !== 0) {
      assert.equal(2 ** p.bits, n, `n=${n}`);
      continue;
    }
    assert.ok(p.lane === 16 || n <= 256, `n=${n}`);
    assert.equal(p.t, 2 ** p.lane % n, `n=${n}`);
    assert.ok(1 - p.t / 2 ** p.lane > 0.5, `n=${n} accepts only ${1 - p.t / 2 ** p.lane}`);
  }
  assert.deepEqual(planFor(10), { n: 10, bits: 0, lane: 8, t: 6 });
  assert.deepEqual(planFor(1000), { n: 1000, bits: 0, lane: 16, t: 536 });
});

/**
 * Exact enumeration of the rejection step: every possible lane value is fed once, as the first
 * lane of a word whose other lanes are zero (a zero lane always has low part 0 and is discarded
 * when `t > 0`). Every symbol must come out exactly `⌊2^lane/n⌋` times, with exactly `t` lane
 * values discarded.
 */
function enumerate(plan: Plan): void {
  const { n, lane, t } = plan;
  // One code unit per symbol, its own index, so the output reads back as indexes.
  const prepared = prepare(Array.from({ length: n }, (_, i) => String.fromCharCode(i)));
  const counts = new Uint32Array(n);
  let rejected = 0;
  for (let v = 0; v < 2 ** lane; v++) {
    try {
      const s = sample(new ReplaySource([v]), plan, prepared, 1);
      counts[s.charCodeAt(0)]!++;
    } catch (e) {
      assert.ok(e instanceof Exhausted);
      rejected++;
    }
  }
  assert.equal(rejected, t, `n=${n} lane=${lane}`);
  const each = Math.floor(2 ** lane / n);
  for (let q = 0; q < n; q++) assert.equal(counts[q], each, `n=${n} lane=${lane} symbol ${q}`);
}

test('exact enumeration of every 8-bit lane, for every alphabet size from 3 to 255', () => {
  for (let n = 3; n < 256; n++) if ((n & (n - 1)) !== 0) enumerate({ n, bits: 0, lane: 8, t: 256 % n });
});

test('exact enumeration of every 16-bit lane, for small, large and awkward sizes', () => {
  for (const n of [3, 10, 62, 257, 1000, 7776, 32769, 65535]) enumerate({ n, bits: 0, lane: 16, t: 65536 % n });
});

test('lanes are read lowest first, and a discarded lane is skipped, not retried', () => {
  const digits = prepare([...'0123456789']);
  // 8-bit lanes for 10 symbols, t = 6: lane 0 gives 0 and is discarded, 26 → 26·10 = 260 = 1·256 + 4
  // is discarded (4 < 6), 255 → 2550 = 9·256 + 246 gives 9, 129 → 1290 = 5·256 + 10 gives 5.
  const w = (0 | (26 << 8) | (255 << 16) | (129 << 24)) >>> 0;
  const src = new ReplaySource([w]);
  assert.equal(sample(src, planFor(10), digits, 2), '95');
  assert.equal(src.remaining, 0);
  // 16-bit lanes for 1000 symbols, t = 536: 0xffff gives 999 (low part 64,536), the zero lanes are
  // discarded, and 0x8001 gives 500 (low part 1,000).
  const big = prepare(Array.from({ length: 1000 }, (_, i) => String.fromCharCode(0x4e00 + i)));
  const s = sample(new ReplaySource([0xffff, 0x8001_0000]), planFor(1000), big, 2);
  assert.deepEqual(
    [...s].map((c) => c.charCodeAt(0) - 0x4e00),
    [999, 500],
  );
});

/**
 * 21 symbols from at most 63 take the batch path: six words, eleven 16-bit lanes of two symbols, a
 * batch with any discarded lane dropped whole. Every value of the first lane is fed once, the other
 * lanes fixed at 0xffff (always kept): every pair must come out exactly `⌊2^16/n²⌋` times, with
 * exactly `2^16 mod n²` values discarded (the next batch is then missing and the replay throws).
 */
for (const n of [3, 10, 62, 63]) {
  test(`21-symbol batch path: exact enumeration of every 16-bit lane for ${n} symbols`, () => {
    const nn = n * n;
    const symbols = prepare(Array.from({ length: n }, (_, i) => String.fromCharCode(i)));
    const plan = planFor(n);
    const counts = new Uint32Array(nn);
    let rejected = 0;
    const rest = [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff];
    for (let v = 0; v < 65536; v++) {
      try {
        const s = sample(new ReplaySource([(v | 0xffff0000) >>> 0, ...rest]), plan, symbols, 21);
        assert.equal(s.length, 21);
        counts[s.charCodeAt(0) * n + s.charCodeAt(1)]!++;
      } catch (e) {
        assert.ok(e instanceof Exhausted);
        rejected++;
      }
    }
    assert.equal(rejected, 65536 % nn);
    const each = Math.floor(65536 / nn);
    for (let q = 0; q < nn; q++) assert.equal(counts[q], each, `pair ${q}`);
  });
}

test('21-symbol batch path: lanes in order, two symbols each, and a discard drops the whole batch', () => {
  for (const n of [3, 10, 62]) {
    const nn = n * n;
    const list = Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + i));
    // The same words through the sequential sampler over the n² pairs as two-character symbols.
    const pairList = Array.from({ length: nn }, (_, q) => list[Math.floor(q / n)]! + list[q % n]!);
    const pairPlan: Plan = { n: nn, bits: 0, lane: 16, t: 65536 % nn };
    const words = Array.from({ length: 6 }, (_, k) => (0xf00f0ff0 - 0x01230321 * k) >>> 0);
    const batch = new ReplaySource(words);
    const got = sample(batch, planFor(n), prepare(list), 21);
    assert.equal(batch.remaining, 0, 'six words');
    assert.equal(got, sample(new ReplaySource(words), pairPlan, prepare(pairList), 11).slice(0, 21), `n=${n}`);
    // Lane 7 (the high half of word 3) at 0 has low part 0 < t and is discarded: the batch goes.
    const bad = [...words];
    bad[3] = bad[3]! & 0xffff;
    const src = new ReplaySource([...bad, ...words]);
    assert.equal(sample(src, planFor(n), prepare(list), 21), got, `n=${n}`);
    assert.equal(src.remaining, 0, 'twelve words');
  }
});

test('the code scratch holds nothing after an output, spare slots included', () => {
  const alphabets = [
    [...'0123456789'],
    [...'0123456789abcdef'],
    Array.from({ length: 1000 }, (_, i) => String.fromCharCode(0x4e00 + i)),
  ];
  for (const size of [1, 5, 21, 22, 64]) {
    for (const list of alphabets) {
      const out = sample(
        new ReplaySource(Array.from({ length: 200 }, (_, i) => (i * 0x9e3779b9) >>> 0)),
        planFor(list.length),
        prepare(list),
        size,
      );
      assert.equal([...out].length, size);
      assert.ok(
        scratchOf(size).codes.every((c) => c === 0),
        `size ${size}, ${list.length} symbols`,
      );
    }
    urlId(new ReplaySource(Array.from({ length: 20 }, () => 0xffffffff)), URL_ALPHABET, size);
    assert.ok(
      scratchOf(size).codes.every((c) => c === 0),
      `urlId size ${size}`,
    );
  }
});

test('customAlphabet: symbols, sizes, emoji, and the default size set at construction', () => {
  const hex = customAlphabet('0123456789abcdef', 8);
  assert.match(hex(), /^[0-9a-f]{8}$/);
  assert.match(hex(30), /^[0-9a-f]{30}$/);
  assert.equal(customAlphabet('ab')().length, 21);
  const emoji = customAlphabet(['🐶', '🐱', '🐭']);
  const out = [...emoji(50)];
  assert.equal(out.length, 50);
  assert.ok(out.every((c) => ['🐶', '🐱', '🐭'].includes(c)));
  const big = Array.from({ length: 65536 }, (_, i) => String.fromCodePoint(0x10000 + i));
  assert.equal([...customAlphabet(big)(10)].length, 10);
});

test('customAlphabet validates the alphabet once, at construction', () => {
  assert.throws(() => customAlphabet(''), RangeError);
  assert.throws(() => customAlphabet('a'), RangeError);
  assert.throws(() => customAlphabet('abca'), /more than once/);
  assert.throws(() => customAlphabet(['a', 'b', 'a']), RangeError);
  const tooMany = Array.from({ length: 65537 }, (_, i) => String.fromCodePoint(0x10000 + i));
  assert.throws(() => customAlphabet(tooMany), RangeError);
  assert.throws(() => customAlphabet(42 as never), TypeError);
  assert.throws(() => customAlphabet(['ab', 'c'] as never), TypeError);
  assert.throws(() => customAlphabet('abc', 0), RangeError);
  assert.throws(() => customAlphabet('abc', 2.5), TypeError);
});

// Regression tests for nanoid's advisories: each hostile size is a clear, immediate error.

test('CVE-2024-55565: a fractional size is a TypeError, never predictable output', () => {
  for (const size of [1.5, 21.5, 0.5, -0.5]) {
    assert.throws(() => id(size), TypeError);
    assert.throws(() => customAlphabet('abc')(size), TypeError);
    assert.throws(() => customAlphabet('abc', size), TypeError);
  }
});

test('GHSA-2v37-7h3g-55p8: size 0 is a RangeError, not an endless loop', () => {
  assert.throws(() => id(0), RangeError);
  assert.throws(() => customAlphabet('abc')(0), RangeError);
  assert.throws(() => customAlphabet('abc', 0), RangeError);
  assert.throws(() => id(-0), RangeError);
});

test('GHSA-28wg-ghj8-5hjv: a negative size is a RangeError', () => {
  for (const size of [-1, -21, -(2 ** 31), -Infinity]) {
    assert.throws(() => id(size), size === -Infinity ? TypeError : RangeError);
    assert.throws(() => customAlphabet('abc')(size), size === -Infinity ? TypeError : RangeError);
  }
});

test('ai/nanoid#609: an empty or over-256-symbol alphabet never hangs', () => {
  assert.throws(() => customAlphabet(''), RangeError);
  assert.throws(() => customAlphabet([]), RangeError);
  // 300 symbols (nanoid hangs on these): fine here, and uniform.
  const symbols = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x100 + i));
  const gen = customAlphabet(symbols);
  const counts = new Array<number>(300).fill(0);
  const s = gen(300 * 200);
  for (let i = 0; i < s.length; i++) counts[s.charCodeAt(i) - 0x100]!++;
  // 200 per symbol: catches a ±6.6% bias spread over all symbols with power 0.99 (noncentrality 60,000·δ²).
  assertUniform(counts, '300-symbol alphabet');
});

test('CVE-2026-73086: huge sizes are rejected before any draw and the pool stays uniform', () => {
  for (const size of [2 ** 31, 2 ** 32 + 1, 2 ** 53, Number.MAX_VALUE, Infinity, NaN]) {
    assert.throws(() => id(size), size === Infinity || Number.isNaN(size) ? TypeError : RangeError);
    assert.throws(() => customAlphabet('abc')(size));
  }
  assert.throws(() => id('21' as never), TypeError);
  assert.throws(() => id(21n as never), TypeError);
  // After all the rejected calls, output is still uniform (a corrupted pool would repeat or zero).
  const counts = new Array<number>(64).fill(0);
  for (let i = 0; i < 3000; i++) for (const c of id()) counts[URL_ALPHABET.indexOf(c)]!++;
  assertUniform(counts, 'id() symbols after hostile sizes');
  const sizes = new Array<number>(10).fill(0);
  for (let i = 0; i < 10000; i++) sizes[randbelow(10)]!++;
  assertUniform(sizes, 'randbelow after hostile sizes');
});

/** `total` symbols from a generator, in calls below the size limit. */
function many(gen: (n?: number) => string, total: number): string {
  let s = '';
  for (let left = total; left > 0; left -= 500_000) s += gen(Math.min(left, 500_000));
  return s;
}

// Uniformity by chi-square at false-alarm rate 1e-9 (test/helpers/stats.ts).

test('uniform over 3 symbols (3,000,000 symbols; power 0.99 at a 0.5% relative bias)', () => {
  const s = many(customAlphabet('abc'), 3_000_000);
  const counts = [0, 0, 0];
  for (let i = 0; i < s.length; i++) counts[s.charCodeAt(i) - 97]!++;
  assertUniform(counts, '3 symbols');
});

test('uniform over 62 symbols (620,000 symbols; power 0.99 at a ±1.6% bias over all symbols)', () => {
  const alpha = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  const gen = customAlphabet(alpha, 20);
  const byPos = Array.from({ length: 20 }, () => new Array<number>(62).fill(0));
  const all = new Array<number>(62).fill(0);
  for (let k = 0; k < 31_000; k++) {
    const s = gen();
    for (let i = 0; i < 20; i++) {
      const v = alpha.indexOf(s[i]!);
      byPos[i]![v]!++;
      all[v]!++;
    }
  }
  assertUniform(all, '62 symbols');
  // 500 per (position, symbol) cell: a digit position of the word that is skewed shows up here.
  // 20 rows of fixed total (one per position): 20·61 degrees of freedom.
  assertUniform(byPos.flat(), '62 symbols by position', undefined, 20 * 61);
  // Pairs of neighbouring positions (3,844 cells) catch a dependence between digits of one word.
  const pairs = new Array<number>(62 * 62).fill(0);
  const many = gen(62 * 62 * 40 * 2);
  for (let i = 0; i + 1 < many.length; i += 2) pairs[alpha.indexOf(many[i]!) * 62 + alpha.indexOf(many[i + 1]!)]!++;
  assertUniform(pairs, '62 symbols, adjacent pairs');
});

test('customAlphabet(10 and 62 symbols, 21): uniform at every position', () => {
  for (const alpha of ['0123456789', '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz']) {
    const n = alpha.length;
    const gen = customAlphabet(alpha);
    const counts = new Array<number>(21 * n).fill(0);
    // 300 per (position, symbol) cell.
    for (let k = 0; k < n * 300; k++) {
      const s = gen();
      for (let i = 0; i < 21; i++) counts[i * n + alpha.indexOf(s[i]!)]!++;
    }
    // 21 rows of fixed total n·300 (one per position): 21·(n − 1) degrees of freedom.
    assertUniform(counts, `${n} symbols by position`, undefined, 21 * (n - 1));
  }
});

test('uniform over 65,536 symbols (1,310,720 symbols; power 0.99 at a 4.8% relative bias across symbols)', () => {
  const symbols = Array.from({ length: 65536 }, (_, i) => String.fromCodePoint(0x10000 + i));
  const s = many(customAlphabet(symbols), 65536 * 20);
  const counts = new Array<number>(65536).fill(0);
  for (let i = 0; i < s.length; i += 2) counts[s.codePointAt(i)! - 0x10000]!++;
  assertUniform(counts, '65,536 symbols');
});

test('id(): uniform at every position (21 × 64 cells)', () => {
  const counts = new Array<number>(21 * 64).fill(0);
  for (let k = 0; k < 64 * 200; k++) {
    const s = id();
    for (let i = 0; i < 21; i++) counts[i * 64 + URL_ALPHABET.indexOf(s[i]!)]!++;
  }
  // 200 per cell: detects a ~15% bias on a single position's symbols.
  assertUniform(counts, 'id() by position', undefined, 21 * 63);
});
