import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DEFAULT_ENTROPY,
  choice,
  compareDigest,
  randbelow,
  randbits,
  tokenBytes,
  tokenHex,
  tokenUrlsafe,
} from '../src/index.js';
import { bitLength, randbelowBig, randbelowNumber, getrandbitsBig } from '../src/random/core.js';
import { ReplaySource } from './helpers/fakes.js';
import { assertUniform } from './helpers/stats.js';

test('DEFAULT_ENTROPY is 32 bytes', () => assert.equal(DEFAULT_ENTROPY, 32));

test('randbelow: exact enumeration over every k-bit pattern, for n = 1..300', () => {
  // For each n, feed every value v of the top k = bitLength(n) bits (with arbitrary low bits).
  // Accepted patterns must map one-to-one onto [0, n); rejected ones must draw again and output
  // nothing of their own. By induction over the redraws, every output has probability 1/n.
  for (let n = 1; n <= 300; n++) {
    const k = bitLength(n);
    const hits = new Array<number>(n).fill(0);
    for (let v = 0; v < 2 ** k; v++) {
      const junk = (v * 2654435761) >>> k; // low bits must not matter
      const first = ((v * 2 ** (32 - k)) | (k < 32 ? junk & (2 ** (32 - k) - 1) : 0)) >>> 0;
      const src = new ReplaySource([first, 0]);
      const r = randbelowNumber(src, n);
      if (v < n) {
        assert.equal(r, v);
        assert.equal(src.used, 1);
        hits[r]!++;
      } else {
        assert.equal(r, 0, 'a rejected draw must be replaced by the next one');
        assert.equal(src.used, 2);
      }
    }
    assert.ok(
      hits.every((h) => h === 1),
      `n=${n}: accepted patterns are not a bijection`,
    );
  }
});

test('randbelow: the worst rejection path (just above a power of two) terminates exactly', () => {
  // n = 2^k + 1 accepts only patterns 0..2^k of k+1 bits; feed 20 rejected draws then an accepted one.
  for (const k of [7, 15, 31]) {
    const n = 2 ** k + 1;
    const reject = 0xffffffff;
    const src = new ReplaySource([...new Array(20).fill(reject), (2 ** (31 - k) * 2 ** k) >>> 0]);
    const r = randbelowNumber(src, n);
    assert.equal(src.used, 21);
    assert.equal(r, 2 ** k);
  }
  // 53-bit bound: two words per try, the second cut to its top 21 bits.
  const n = 2 ** 52 + 1;
  const src = new ReplaySource([0xffffffff, 0xffffffff, 5, 0]);
  assert.equal(randbelowNumber(src, n), 5);
  assert.equal(src.used, 4);
});

test('randbelow: bigint bounds use the same rejection, limb order of CPython', () => {
  const n = 2n ** 70n; // 71 bits: 3 words, low limb first, last word cut to its top 7 bits
  const src = new ReplaySource([1, 2, 0x02000000, 0xffffffff, 0xffffffff, 0xffffffff]);
  assert.equal(randbelowBig(src, n), 1n + (2n << 32n) + (1n << 64n));
  assert.equal(getrandbitsBig(new ReplaySource([0xdeadbeef, 0x80000000]), 33), 0xdeadbeefn | (1n << 32n));
  assert.equal(randbelowBig(new ReplaySource([0xffffffff, 0xffffffff, 3, 0]), 2n ** 60n + 1n), 3n);
});

test('randbelow: ranges and types', () => {
  for (const n of [1, 2, 3, 10, 1000, 2 ** 31 + 1, 2 ** 32, 2 ** 48 - 1, Number.MAX_SAFE_INTEGER]) {
    for (let i = 0; i < 200; i++) {
      const r = randbelow(n);
      assert.ok(Number.isInteger(r) && r >= 0 && r < n);
    }
  }
  assert.equal(randbelow(1), 0);
  for (const n of [1n, 2n, 10n ** 30n, 2n ** 521n - 1n]) {
    for (let i = 0; i < 50; i++) {
      const r = randbelow(n);
      assert.equal(typeof r, 'bigint');
      assert.ok(r >= 0n && r < n);
    }
  }
  assert.throws(() => randbelow(0), /upper bound must be positive/);
  assert.throws(() => randbelow(-1), RangeError);
  assert.throws(() => randbelow(0n), /upper bound must be positive/);
  assert.throws(() => randbelow(1.5), TypeError);
  assert.throws(() => randbelow(NaN), TypeError);
  assert.throws(() => randbelow(2 ** 53), /pass a bigint/);
  assert.throws(() => randbelow('5' as never), /randbelow: exclusiveUpperBound must be a number or a bigint, got "5"/);
});

test('randbelow: uniform just above powers of two, where modulo bias is worst (chi-square, p > 1e-9)', () => {
  // With 60,000 draws over 129 cells a bias of about 15% in any one cell (or a 4% tilt between
  // halves) is detected; the heavy suite detects 0.1%.
  for (const k of [7]) {
    const n = 2 ** k + 1;
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < 60_000; i++) counts[randbelow(n)]!++;
    assertUniform(counts, `randbelow(2^${k}+1)`);
  }
  // For large n, bin the top bits: 64 equal-width bins of [0, n) (each holds n/64 values; the last
  // holds the remainder, and its expected share is set exactly).
  for (const k of [15, 31]) {
    const n = 2 ** k + 1;
    const bins = 64;
    const width = Math.ceil(n / bins);
    const counts = new Array<number>(bins).fill(0);
    const draws = 64_000;
    for (let i = 0; i < draws; i++) counts[Math.floor(randbelow(n) / width)]!++;
    const expected = counts.map((_, b) => (draws * (Math.min(n, (b + 1) * width) - b * width)) / n);
    assertUniform(counts, `randbelow(2^${k}+1) binned`, expected);
  }
});

test('randbits: ranges, zero, and the bigint form', () => {
  assert.equal(randbits(0), 0);
  assert.equal(randbits(0n), 0n);
  for (let k = 1; k <= 53; k++) {
    let or = 0;
    for (let i = 0; i < 64; i++) {
      const r = randbits(k);
      assert.ok(Number.isInteger(r) && r >= 0 && r < 2 ** k);
      or = k <= 31 ? or | r : 0;
    }
    if (k <= 31) assert.equal(or, 2 ** k - 1, `randbits(${k}) never set some bit in 64 draws`);
  }
  for (const k of [1n, 64n, 65n, 1000n]) {
    const r = randbits(k);
    assert.ok(typeof r === 'bigint' && r >= 0n && r < 1n << k);
  }
  assert.throws(() => randbits(-1), /non-negative/);
  assert.throws(() => randbits(54), /pass a bigint/);
  assert.throws(() => randbits(-1n), RangeError);
  assert.throws(() => randbits(2.5), TypeError);
});

test('choice: members, code points, typed arrays, array-likes, empty sequences', () => {
  const seq = ['a', 'b', 'c'];
  for (let i = 0; i < 50; i++) assert.ok(seq.includes(choice(seq)));
  assert.equal(choice([50]), 50);
  const emoji = '😀😃😄😁';
  for (let i = 0; i < 50; i++) assert.ok([...emoji].includes(choice(emoji)));
  assert.ok([7, 8].includes(choice(new Uint16Array([7, 8]))));
  assert.equal(choice({ length: 1, 0: 'x' }), 'x');
  for (const empty of [[], '', new Uint8Array(0), { length: 0 }]) {
    assert.throws(() => choice(empty as never), /cannot choose from an empty sequence/);
  }
  assert.throws(() => choice(new Set([1]) as never), TypeError);
  assert.throws(() => choice(5 as never), TypeError);
});

test('choice over 62 symbols is uniform (chi-square, p > 1e-9)', () => {
  // 124,000 draws: detects a cell off by about 10%.
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const counts = new Map<string, number>();
  for (let i = 0; i < 124_000; i++) {
    const c = choice(abc);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  assert.equal(counts.size, 62);
  assertUniform([...counts.values()], 'choice(62)');
});

test('token lengths and defaults follow Python (only undefined/null select 32 bytes)', () => {
  assert.equal(tokenBytes().length, 32);
  assert.equal(tokenBytes(null).length, 32);
  assert.equal(tokenBytes(0).length, 0);
  assert.equal(tokenHex().length, 64);
  assert.equal(tokenHex(0), '');
  assert.equal(tokenUrlsafe(0), '');
  for (const n of [1, 8, 17, 100]) assert.equal(tokenBytes(n).length, n);
  for (const n of [1, 12, 25, 90]) assert.match(tokenHex(n), new RegExp(`^[0-9a-f]{${2 * n}}$`));
  const expected = [0, 2, 3, 4, 6, 7, 8, 10];
  for (let n = 0; n < expected.length; n++) assert.equal(tokenUrlsafe(n).length, expected[n]);
  for (const n of [1, 11, 16, 28, 32, 76])
    assert.match(tokenUrlsafe(n), new RegExp(`^[A-Za-z0-9_-]{${Math.ceil((4 * n) / 3)}}$`));
  for (const bad of [-1, 1.5, NaN, '3', true]) {
    assert.throws(() => tokenBytes(bad as never));
    assert.throws(() => tokenHex(bad as never));
    assert.throws(() => tokenUrlsafe(bad as never));
  }
});

test('hex and base64url match an independent encoder on random inputs', async () => {
  const { bytesToHex } = await import('../src/encoding/hex.js');
  const { bytesToBase64url, base64urlToBytes } = await import('../src/encoding/base64url.js');
  for (let n = 0; n < 200; n++) {
    const b = tokenBytes(n);
    assert.equal(bytesToHex(b), Buffer.from(b).toString('hex'));
    const t = bytesToBase64url(b);
    assert.equal(t, Buffer.from(b).toString('base64url'));
    assert.deepEqual(base64urlToBytes(t), b);
  }
});

test('compareDigest: Python test_secrets cases, all binary kinds, and type errors', () => {
  const s = 'x'.repeat(300) + 'é€😀';
  assert.equal(compareDigest(s, s.slice()), true);
  assert.equal(compareDigest('abc', 'abcd'), false);
  assert.equal(compareDigest('abcd', 'abc'), false);
  assert.equal(compareDigest('', ''), true);
  assert.equal(compareDigest('', 'a'), false);
  assert.equal(compareDigest('a', ''), false);
  assert.equal(compareDigest(s, s.slice(0, -1) + 'x'), false);
  const b = new TextEncoder().encode(s);
  assert.equal(compareDigest(b, b.slice()), true);
  assert.equal(compareDigest(b, b.subarray(1)), false);
  const c = b.slice();
  c[c.length - 1]! ^= 1;
  assert.equal(compareDigest(b, c), false);
  assert.equal(compareDigest(new Uint16Array([1, 2]), new Uint8Array([1, 0, 2, 0])), true);
  assert.equal(compareDigest(new DataView(new ArrayBuffer(4)), new ArrayBuffer(4)), true);
  assert.equal(compareDigest(new Uint8Array([0]), new Uint8Array([0, 0])), false);
  // a prefix repeated: the modular index must not make a shorter a equal a longer b
  assert.equal(compareDigest('ab', 'abab'), false);
  assert.equal(compareDigest(new Uint8Array([7]), new Uint8Array([7, 7])), false);
  assert.equal(typeof compareDigest('a', 'b'), 'boolean');
  assert.throws(() => compareDigest('abc', new Uint8Array(3) as never), TypeError);
  assert.throws(() => compareDigest(new Uint8Array(3) as never, 'abc'), TypeError);
  assert.throws(() => compareDigest(1 as never, 1 as never), TypeError);
  assert.throws(() => compareDigest(null as never, null as never), TypeError);
});

test('base32 matches RFC 4648 §10 vectors and round-trips', async () => {
  const { bytesToBase32, base32ToBytes } = await import('../src/encoding/base32.js');
  const enc = new TextEncoder();
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'MY======'],
    ['fo', 'MZXQ===='],
    ['foo', 'MZXW6==='],
    ['foob', 'MZXW6YQ='],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI======'],
  ];
  for (const [plain, padded] of vectors) {
    assert.equal(bytesToBase32(enc.encode(plain)), padded.replace(/=+$/, ''));
    assert.deepEqual(base32ToBytes(padded), enc.encode(plain));
    assert.deepEqual(base32ToBytes(padded.replace(/=+$/, '').toLowerCase()), enc.encode(plain));
  }
  assert.equal(base32ToBytes('MZXW6YQ1'), undefined);
  assert.equal(base32ToBytes('M'), undefined);
  assert.equal(base32ToBytes('MZ'), undefined, 'non-zero unused bits');
  for (let n = 0; n < 64; n++) {
    const b = tokenBytes(n);
    assert.deepEqual(base32ToBytes(bytesToBase32(b)), b);
  }
});

test('tokenUrlsafe spelled from words is exactly base64url of 8n source bits', async () => {
  const { base64urlFromWords } = await import('../src/secrets/index.js');
  const { base64urlToBytes } = await import('../src/encoding/base64url.js');
  for (let n = 0; n <= 40; n++) {
    // The same bits as a big-endian stream: full words first, then 16-bit halves from word tops.
    const words = Array.from({ length: 20 }, (_, i) => (0x9e3779b9 * (i + 1 + n)) >>> 0);
    const text = base64urlFromWords(new ReplaySource(words), n);
    assert.equal(text.length, Math.ceil((4 * n) / 3));
    const bytes = base64urlToBytes(text);
    assert.ok(bytes, `n=${n}: not canonical base64url`);
    const bits: number[] = [];
    const pushTop = (word: number, count: number) => {
      for (let b = 31; b >= 32 - count; b--) bits.push((word >>> b) & 1);
    };
    let w = 0;
    let left = 8 * n;
    // The default 32 bytes are eight whole words.
    if (n === 32) for (; left > 0; left -= 32) pushTop(words[w++]!, 32);
    for (; left >= 96; left -= 96) for (let k = 0; k < 3; k++) pushTop(words[w++]!, 32);
    while (left > 0) {
      const take = Math.min(16, left);
      pushTop(words[w++]!, take);
      left -= take;
    }
    const expected = new Uint8Array(n);
    for (let i = 0; i < 8 * n; i++) expected[i >> 3]! |= bits[i]! << (7 - (i & 7));
    assert.deepEqual(bytes, expected, `n=${n}`);
  }
});
