/**
 * Policy passwords: exact enumeration of both samplers, exact counts against brute force, entropy,
 * validation, and regressions named after peers' failures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { password, passwordEntropy, passwordSpace, type PasswordPolicy } from '../../src/index.js';
import { bitLength, bitLengthBig } from '../../src/random/core.js';
import {
  AMBIGUOUS,
  attempt,
  attemptChunks,
  attemptIndexes,
  count,
  log2Big,
  planOf,
  sampleExact,
  SYMBOLS,
  unrank,
} from '../../src/password/policy.js';
import { ReplaySource, SplitMix } from '../helpers/fakes.js';

/** A word that makes `randbelowNumber(n)` return exactly `v` (it reads the top bitLength(n) bits). */
const wordFor = (v: number, n: number): number => (v * 2 ** (32 - bitLength(n))) >>> 0;
const wordForBig = (v: bigint, n: bigint): number => wordFor(Number(v), Number(n));

/** Every string of length L over `chars`. */
function* strings(chars: readonly string[], L: number): Generator<string[]> {
  const idx = new Array<number>(L).fill(0);
  for (;;) {
    yield idx.map((i) => chars[i]!);
    let p = L - 1;
    while (p >= 0 && ++idx[p]! === chars.length) idx[p--] = 0;
    if (p < 0) return;
  }
}

/** Brute-force count of the strings over the union that meet every class range. */
function brute(classes: { chars: string; min: number; max: number }[], L: number): bigint {
  const union = classes.flatMap((c) => [...c.chars]);
  const owner = new Map<string, number>();
  classes.forEach((c, j) => [...c.chars].forEach((ch) => owner.set(ch, j)));
  let n = 0n;
  for (const s of strings(union, L)) {
    const counts = classes.map(() => 0);
    for (const ch of s) counts[owner.get(ch)!]!++;
    if (counts.every((c, j) => c >= classes[j]!.min && c <= classes[j]!.max)) n++;
  }
  return n;
}

// Length 3 over a 6-symbol alphabet in three classes of two: at least one of a/b, at least one of
// A/B, at most one of 0/1.
const SMALL: PasswordPolicy = {
  length: 3,
  lowercase: { chars: 'ab', min: 1 },
  uppercase: { chars: 'AB', min: 1 },
  digits: { chars: '01', max: 1 },
  symbols: false,
};
const SMALL_CLASSES = [
  { chars: 'ab', min: 1, max: 3 },
  { chars: 'AB', min: 1, max: 3 },
  { chars: '01', min: 0, max: 1 },
];

test('small policy: passwordSpace and passwordEntropy equal the brute-force count', () => {
  const n = brute(SMALL_CLASSES, 3);
  assert.equal(n, 6n * 2n * 2n * 2n + 3n * (2n * 2n * 2n) * 2n); // 48 + 48: (a,A,0/1) and two-of-one-letter cases
  assert.equal(passwordSpace(SMALL), n);
  assert.equal(passwordEntropy(SMALL), Math.log2(Number(n)));
});

/** A word whose 8-bit lanes, lowest first, are `lanes` (missing lanes are 0). */
const laneWord = (lanes: readonly number[]): number =>
  ((lanes[0] ?? 0) | ((lanes[1] ?? 0) << 8) | ((lanes[2] ?? 0) << 16) | ((lanes[3] ?? 0) << 24)) >>> 0;

test('rejection by chunks, every source path: each valid password exactly once, every other string rejected', () => {
  const plan = planOf(SMALL, 't');
  assert.equal(plan.chunk, 3);
  const seen = new Map<string, number>();
  let rejected = 0;
  for (let v = 0; v < 216; v++) {
    const src = new ReplaySource([wordFor(v, 216)]);
    const s = attemptChunks(plan, src);
    assert.equal(src.remaining, 0);
    if (s === undefined) rejected++;
    else seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  assert.equal(BigInt(seen.size), plan.space);
  assert.ok(
    [...seen.values()].every((c) => c === 1),
    'each valid password has probability 1/216 per attempt',
  );
  assert.equal(BigInt(rejected), 216n - plan.space);
});

test('rejection by lanes, every index path: each valid password exactly once, every other string rejected', () => {
  // The lanes' own exact enumeration (test/ids) shows each index below 6 comes from exactly
  // ⌊256/6⌋ = 42 lane values; here every triple of indices is fed once, by its first lane value.
  const plan = planOf(SMALL, 't');
  assert.deepEqual(plan.lanes, { n: 6, bits: 0, lane: 8, t: 4 });
  // The first lane value that is kept (low part at least t = 4) and gives index i.
  const laneFor = (i: number): number => {
    let v = 0;
    while ((v * 6) >>> 8 !== i || ((v * 6) & 255) < 4) v++;
    return v;
  };
  // attempt() takes the byte-lane tables here; attemptIndexes is the general lane path.
  assert.ok(plan.bytes);
  for (const run of [attempt, attemptIndexes]) {
    const seen = new Map<string, number>();
    let rejected = 0;
    for (let v = 0; v < 216; v++) {
      const src = new ReplaySource([
        laneWord([laneFor(v % 6), laneFor(Math.floor(v / 6) % 6), laneFor(Math.floor(v / 36))]),
      ]);
      const s = run(plan, src);
      assert.equal(src.remaining, 0);
      if (s === undefined) rejected++;
      else seen.set(s, (seen.get(s) ?? 0) + 1);
    }
    assert.equal(BigInt(seen.size), plan.space);
    assert.ok([...seen.values()].every((c) => c === 1));
    assert.equal(BigInt(rejected), 216n - plan.space);
  }
});

test('byte lanes: the same words and the same string as the general lane path, for every plan they serve', () => {
  const policies: PasswordPolicy[] = [
    {},
    { length: 16, lowercase: 1, uppercase: 1, digits: 1, symbols: 1 },
    { length: 3, lowercase: { chars: 'ab', min: 1 }, uppercase: { chars: 'AB', min: 1 }, digits: { max: 1 } },
    { length: 20, digits: { min: 2, max: 5 }, symbols: { max: 4 }, uppercase: { min: 3, max: 8 } },
    { length: 255, excludeAmbiguous: true },
    { length: 1, alphabet: 'xyz' },
    { length: 7, symbols: false, exclude: 'aeiou' },
  ];
  for (const policy of policies) {
    const plan = planOf(policy, 't');
    assert.ok(plan.bytes, JSON.stringify(policy));
    const a = new SplitMix(0x5eed);
    const b = new SplitMix(0x5eed);
    let kept = 0;
    for (let i = 0; i < 300; i++) {
      const s = attempt(plan, a);
      assert.equal(s, attemptIndexes(plan, b), JSON.stringify(policy));
      assert.equal(a.nextUint32(), b.nextUint32(), 'the same number of words');
      if (s !== undefined) kept++;
    }
    assert.ok(kept > 0, JSON.stringify(policy));
  }
  // Unions that are a power of two, above 256 characters or outside the BMP, and lengths above 255,
  // keep the general path.
  for (const policy of [
    { length: 8, alphabet: 'abcd' },
    { length: 8, alphabet: Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x100 + i)) },
    { length: 8, alphabet: ['😀', 'a', 'b'] },
    { length: 256 },
  ]) {
    assert.equal(planOf(policy, 't').bytes, undefined, JSON.stringify(policy).slice(0, 40));
  }
});

/**
 * Drives the exact sampler through every source path: the rank, the Fisher–Yates draws
 * (randbelow(3), randbelow(2)) and one character draw of bound 2 per position.
 */
function enumerateExact(policy: PasswordPolicy): Map<string, number> {
  const plan = planOf(policy, 't');
  const T = plan.space;
  const seen = new Map<string, number>();
  for (let r = 0n; r < T; r++) {
    for (let j2 = 0; j2 < 3; j2++) {
      for (let j1 = 0; j1 < 2; j1++) {
        for (let chars = 0; chars < 8; chars++) {
          const words = [wordForBig(r, T), wordFor(j2, 3), wordFor(j1, 2)];
          for (let p = 0; p < 3; p++) words.push(wordFor((chars >> p) & 1, 2));
          const src = new ReplaySource(words);
          const s = sampleExact(plan, src, 't');
          assert.equal(src.remaining, 0);
          seen.set(s, (seen.get(s) ?? 0) + 1);
        }
      }
    }
  }
  return seen;
}

test('exact path, every source path: each valid password has exactly the same probability', () => {
  const seen = enumerateExact(SMALL);
  assert.equal(BigInt(seen.size), passwordSpace(SMALL));
  const valid = new Set(
    [...strings([...'abAB01'], 3)]
      .map((s) => s.join(''))
      .filter((s) => /[ab]/.test(s) && /[AB]/.test(s) && (s.match(/[01]/g) ?? []).length <= 1),
  );
  assert.deepEqual(new Set(seen.keys()), valid);
  // 3! arrangements × 2^3 characters per rank: every password is reached by exactly 48 paths.
  assert.ok(
    [...seen.values()].every((c) => c === 48),
    `counts ${[...new Set(seen.values())]}`,
  );
});

test('exact path with a free pool: still exactly uniform', () => {
  const policy: PasswordPolicy = {
    length: 3,
    lowercase: { chars: 'ab', min: 2 },
    uppercase: { chars: 'AB' },
    digits: { chars: '01', max: 1 },
    symbols: false,
  };
  const plan = planOf(policy, 't');
  assert.equal(plan.pool.join(''), 'AB');
  const seen = enumerateExact(policy);
  assert.equal(
    BigInt(seen.size),
    brute(
      [
        { chars: 'ab', min: 2, max: 3 },
        { chars: 'AB', min: 0, max: 3 },
        { chars: '01', min: 0, max: 1 },
      ],
      3,
    ),
  );
  assert.ok([...seen.values()].every((c) => c === 48));
});

test('unranking gives each count vector exactly its number of passwords', () => {
  const policy: PasswordPolicy = {
    length: 6,
    lowercase: { chars: 'abc', min: 1, max: 4 },
    uppercase: { chars: 'XY', min: 2 },
    digits: { chars: '0', max: 2 },
    symbols: { chars: '+-', min: 0 },
  };
  const plan = planOf(policy, 't');
  const freq = new Map<string, bigint>();
  for (let r = 0n; r < plan.space; r++) {
    const k = unrank(plan, r, 't').join(',');
    freq.set(k, (freq.get(k) ?? 0n) + 1n);
  }
  const fact = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * fact(n - 1));
  let total = 0n;
  for (const [k, f] of freq) {
    const c = k.split(',').map(Number);
    const sizes = [...plan.cons.map((x) => x.chars.length), plan.pool.length];
    let w = fact(6);
    c.forEach((ci, j) => (w = (w / fact(ci)) * BigInt(sizes[j]!) ** BigInt(ci)));
    assert.equal(f, w, `count vector ${k}`);
    total += f;
  }
  assert.equal(total, plan.space);
});

test('exact counts: direct and inclusion–exclusion agree with brute force on random small policies', () => {
  const rng = new SplitMix(2029);
  const pick = (n: number): number => rng.nextUint32() % n;
  const letters = 'abcdefgh';
  let checked = 0;
  for (let trial = 0; trial < 300; trial++) {
    const L = 1 + pick(4);
    const cut = [0, 1 + pick(2), 3 + pick(2), 5 + pick(2), 8];
    const classes = [0, 1, 2, 3].map((j) => {
      const chars = letters.slice(cut[j], cut[j + 1]);
      const min = pick(2);
      const max = pick(4) === 0 ? min + pick(3) : L;
      return { chars, min, max: Math.min(max, L) };
    });
    const policy: PasswordPolicy = { length: L };
    const names = ['lowercase', 'uppercase', 'digits', 'symbols'] as const;
    names.forEach(
      (name, j) => (policy[name] = { chars: classes[j]!.chars, min: classes[j]!.min, max: classes[j]!.max }),
    );
    const expected = brute(classes, L);
    let got: bigint;
    try {
      got = passwordSpace(policy);
    } catch (e) {
      assert.ok(e instanceof RangeError);
      assert.ok(
        expected < 2n || classes.reduce((s, c) => s + c.min, 0) > L,
        `${JSON.stringify(policy)}: ${(e as Error).message}`,
      );
      continue;
    }
    assert.equal(got, expected, JSON.stringify(policy));
    const plan = planOf(policy, 't');
    assert.equal(count(plan.cons, plan.pool.length, L, 't', 'direct'), expected);
    assert.equal(count(plan.cons, plan.pool.length, L, 't', 'ie'), expected);
    assert.equal(passwordEntropy(policy), Math.log2(Number(expected)));
    checked++;
  }
  assert.ok(checked > 80, `only ${checked} valid policies`);
});

test('length 10 over the 94 printable with one of each class: inclusion–exclusion, not 10·log2(94)', () => {
  const sizes = [26n, 26n, 10n, 32n];
  let n = 0n;
  for (let mask = 0; mask < 16; mask++) {
    let left = 94n;
    let sign = 1n;
    sizes.forEach((s, j) => {
      if (mask & (1 << j)) {
        left -= s;
        sign = -sign;
      }
    });
    n += sign * left ** 10n;
  }
  const policy = { length: 10, lowercase: 1, uppercase: 1, digits: 1, symbols: 1 };
  assert.equal(passwordSpace(policy), n);
  assert.equal(passwordSpace({ length: 10 }), n);
  assert.ok(Math.abs(passwordEntropy(policy) - log2Big(n)) < 1e-12);
  assert.ok(passwordEntropy(policy) < 10 * Math.log2(94) - 0.5);
  // The default policy (16 characters) the same way.
  let d = 0n;
  for (let mask = 0; mask < 16; mask++) {
    let left = 94n;
    let sign = 1n;
    sizes.forEach((s, j) => {
      if (mask & (1 << j)) {
        left -= s;
        sign = -sign;
      }
    });
    d += sign * left ** 16n;
  }
  assert.equal(passwordSpace(), d);
});

test('log2 of huge bigints is exact to double precision', () => {
  assert.equal(log2Big(1n), 0);
  assert.equal(log2Big(2n ** 1000n), 1000);
  assert.ok(Math.abs(log2Big(3n * 2n ** 5000n) - (5000 + Math.log2(3))) < 1e-12);
  assert.ok(Math.abs(log2Big(94n ** 4096n) - 4096 * Math.log2(94)) < 1e-9);
  assert.ok(Math.abs(log2Big(2n ** 64n - 1n) - 64) < 1e-15);
  // Long passwords: every class unconstrained but present, exact count in bits.
  const bits = passwordEntropy({ length: 4096 });
  // Missing a class has probability below 2^-1900 here, so the bits equal 4096·log2(94) in doubles.
  assert.ok(bits <= 4096 * Math.log2(94) && bits > 4096 * Math.log2(94) - 1e-6, `bits ${bits}`);
  assert.ok(bitLengthBig(passwordSpace({ length: 4096 })) > 26000);
});

test('both paths are used where they should be', () => {
  assert.equal(planOf(undefined, 't').reject, true);
  assert.equal(planOf({ length: 8, digits: 3, symbols: 3, lowercase: true, uppercase: true }, 't').reject, false);
  assert.equal(planOf({ length: 1000, digits: { min: 500 } }, 't').reject, false);
  const p = password({ length: 1000, digits: { min: 500 } });
  assert.ok(p.replace(/[^0-9]/g, '').length >= 500);
});

test('outputs satisfy their policies (both paths, custom sets, exclusions, astral alphabets)', () => {
  for (let i = 0; i < 200; i++) {
    const a = password({ length: 10, lowercase: 1, uppercase: 1, digits: 1, symbols: 1 });
    assert.ok(/[a-z]/.test(a) && /[A-Z]/.test(a) && /[0-9]/.test(a) && /[^a-zA-Z0-9]/.test(a) && a.length === 10);
    const b = password({ length: 8, digits: 3, symbols: { min: 3, chars: '!@#$' }, lowercase: true, uppercase: false });
    assert.ok(b.replace(/[^0-9]/g, '').length >= 3 && b.replace(/[^!@#$]/g, '').length >= 3 && !/[A-Z]/.test(b));
    const c = password({ length: 12, excludeAmbiguous: true, exclude: 'xyz' });
    assert.ok(![...AMBIGUOUS, 'x', 'y', 'z'].some((ch) => c.includes(ch)));
    const d = password({ length: 5, alphabet: ['😀', '🎲', 'a'] });
    assert.equal([...d].length, 5);
    assert.ok([...d].every((ch) => ['😀', '🎲', 'a'].includes(ch)));
    const e = password({
      length: 6,
      digits: { min: 2, max: 2 },
      lowercase: { max: 0 },
      uppercase: false,
      symbols: true,
    });
    assert.equal(e.replace(/[^0-9]/g, '').length, 2);
  }
});

test('validation: impossible and degenerate policies are RangeErrors that say why', () => {
  const bad: [unknown, RegExp][] = [
    [{ length: 3, digits: 2, symbols: 2 }, /minimums add up to 6, more than policy.length \(3\)/],
    [{ digits: { min: 3, max: 2 } }, /min \(3\) is greater than policy.digits.max \(2\)/],
    [{ exclude: '0123456789' }, /digits requires at least 1 .* excluded .*digits: false/],
    [{ alphabet: 'abc', exclude: 'abc' }, /every character is excluded/],
    [{ length: 0 }, /policy.length must be an integer from 1 to 4096/],
    [{ length: 4097 }, /from 1 to 4096/],
    [{ lowercase: { chars: 'aab' } }, /more than once/],
    [{ symbols: { chars: 'abc' } }, /"a" is in both policy.lowercase and policy.symbols; classes must be disjoint/],
    [{ alphabet: 'ab', digits: true }, /alphabet replaces the character classes/],
    [{ length: 3, alphabet: 'a' }, /admits only 1 password/],
    [{ length: 2, alphabet: 'ab', exclude: 'b' }, /admits only 1 password/],
    [
      { length: 5, lowercase: { max: 1 }, uppercase: { max: 1 }, digits: { max: 1 }, symbols: { max: 1 } },
      /at most 4 character\(s\) in total, fewer than policy.length \(5\)/,
    ],
    [
      { length: 4096, digits: { min: 1000, max: 3000 }, lowercase: { min: 1, max: 3000 } },
      /too costly to count exactly/,
    ],
  ];
  for (const [policy, re] of bad) {
    assert.throws(
      () => password(policy as PasswordPolicy),
      (e: Error) => e instanceof RangeError && re.test(e.message),
      JSON.stringify(policy),
    );
    assert.throws(() => passwordSpace(policy as PasswordPolicy), RangeError);
  }
  const types: unknown[] = [
    { foo: 1 },
    { length: '8' },
    { length: 1.5 },
    { digits: 'yes' },
    { digits: { min: 1, extra: 2 } },
    { digits: { chars: 5 } },
    { exclude: 5 },
    { exclude: ['ab'] },
    { excludeAmbiguous: 1 },
    { alphabet: 5 },
    'policy',
    [1],
  ];
  for (const policy of types)
    assert.throws(() => password(policy as PasswordPolicy), TypeError, JSON.stringify(policy));
});

test('the ambiguous set and the symbol class are exactly as documented', () => {
  assert.equal(AMBIGUOUS, "0Oo1Il|'`");
  assert.equal(SYMBOLS.length, 32);
  assert.equal(new Set(SYMBOLS).size, 32);
  for (let c = 33; c < 127; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(SYMBOLS.includes(ch), !/[a-zA-Z0-9]/.test(ch), ch);
  }
  assert.equal(passwordSpace({ length: 1, lowercase: true, uppercase: true, digits: true, symbols: true }), 94n);
  assert.equal(
    passwordSpace({ length: 1, lowercase: true, uppercase: true, digits: true, symbols: true, excludeAmbiguous: true }),
    85n,
  );
});

test('a policy object is re-read on every call (mutations are seen, cached plans never go stale)', () => {
  const policy: PasswordPolicy = { length: 4, lowercase: false, uppercase: false, symbols: false, digits: true };
  assert.equal(passwordSpace(policy), 10000n);
  policy.length = 2;
  assert.equal(passwordSpace(policy), 100n);
  policy.digits = { chars: '01' };
  assert.equal(passwordSpace(policy), 4n);
  (policy.digits as { chars: string }).chars = '012';
  assert.equal(passwordSpace(policy), 9n);
  (policy as Record<string, unknown>).bogus = 1;
  assert.throws(() => passwordSpace(policy), TypeError);
  // A getter runs once per call, on the first call and on the calls that reuse its plan; the value
  // it returns is the one used.
  let reads = 0;
  let len = 12;
  const counted = {
    get length() {
      reads++;
      return len;
    },
    symbols: 2,
  };
  for (let i = 1; i <= 5; i++) {
    assert.equal(password(counted).length, 12);
    assert.equal(reads, i);
  }
  len = 20;
  assert.equal(password(counted).length, 20);
  assert.equal(reads, 6);
  // A change after the getter: the getter's value is kept from this call's one read.
  (counted as { symbols: number }).symbols = 17;
  // 17 symbols and one each of the three other classes (left out, so at least one).
  assert.equal(password(counted).replace(/[A-Za-z0-9]/g, '').length, 17);
  assert.equal(reads, 7);
  // A Proxy lists its keys once and has each key read once per call, seen before or not.
  let listed = 0;
  const gets = new Map<PropertyKey, number>();
  const proxy = new Proxy(
    { length: 10, digits: 3 },
    {
      ownKeys(t) {
        listed++;
        return Reflect.ownKeys(t);
      },
      get(t, k, r) {
        gets.set(k, (gets.get(k) ?? 0) + 1);
        return Reflect.get(t, k, r) as unknown;
      },
    },
  );
  for (let i = 1; i <= 3; i++) {
    assert.match(password(proxy), /^(?:[^0-9]*[0-9]){3}/);
    assert.equal(listed, i);
    assert.deepEqual(
      [...gets],
      [
        ['length', i],
        ['digits', i],
      ],
    );
  }
});

// Regressions named after peers' failures.

test('generate-password#48: an unsatisfiable policy is an immediate RangeError, never a recursion', () => {
  assert.throws(() => password({ symbols: 1, exclude: SYMBOLS }), RangeError);
  assert.throws(() => password({ length: 2, lowercase: 1, uppercase: 1, digits: 1 }), RangeError);
  assert.throws(() => password({ length: 4096, digits: 4096, symbols: 1 }), RangeError);
});

test("duplicate symbols ('aaaa') are rejected, never silently over-weighted", () => {
  assert.throws(
    () => password({ lowercase: false, symbols: { chars: 'aaaa' } }),
    /more than once \(it would be over-weighted\)/,
  );
  assert.throws(() => password({ alphabet: ['x', 'x', 'y'] }), RangeError);
});

test('secure-password-utilities insertion bias: length 2 with a digit is uniform over all 620 passwords', () => {
  // Insertion-then-shuffle gives "11" probability 1/360 and "1a" 1/720; uniform is 1/620 for each.
  const policy: PasswordPolicy = { length: 2, lowercase: true, uppercase: false, symbols: false, digits: 1 };
  assert.equal(passwordSpace(policy), 620n);
  const plan = planOf(policy, 't');
  const bound = plan.chunkBound;
  assert.equal(bound, 36 * 36);
  const seen = new Map<string, number>();
  for (let v = 0; v < bound; v++) {
    const s = attemptChunks(plan, new ReplaySource([wordFor(v, bound)]));
    if (s !== undefined) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  assert.equal(seen.size, 620);
  assert.ok([...seen.values()].every((c) => c === 1));
  assert.ok(seen.has('11') && seen.has('1a') && seen.has('a1'));
  // The lanes, exhaustively: every pair of 8-bit lane values, the last two lanes discarded (lane
  // value 0 has low part 0 < t = 256 mod 36 = 4). Each kept index comes from exactly 7 values.
  assert.deepEqual(plan.lanes, { n: 36, bits: 0, lane: 8, t: 4 });
  assert.ok(plan.bytes);
  for (const run of [attempt, attemptIndexes]) {
    const byLanes = new Map<string, number>();
    let kept = 0;
    for (let a = 0; a < 256; a++) {
      for (let b = 0; b < 256; b++) {
        if (((a * 36) & 255) < 4 || ((b * 36) & 255) < 4) continue;
        kept++;
        const s = run(plan, new ReplaySource([laneWord([a, b, 0, 0])]));
        if (s !== undefined) byLanes.set(s, (byLanes.get(s) ?? 0) + 1);
      }
    }
    assert.equal(kept, 252 * 252);
    assert.equal(byLanes.size, 620);
    assert.ok([...byLanes.values()].every((c) => c === 49));
  }
});
