/**
 * Exact word consumption of every method, driven by ReplaySource (CPython's counts, the table of
 * 32-bit words per call): a seeded subclass reproduces CPython's streams only if these hold.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RandomBase } from '../../src/index.js';
import { Exhausted, ReplaySource } from '../helpers/fakes.js';

/** Runs `f` on a generator over `words` and returns its result and the words it used. */
function run<T>(words: readonly number[], f: (g: RandomBase) => T): { r: T; used: number; g: RandomBase } {
  const src = new ReplaySource(words);
  const g = new RandomBase(src);
  const r = f(g);
  return { r, used: src.used, g };
}

const zeros = (n: number): number[] => new Array<number>(n).fill(0);
/** The two words that make random() return exactly 0.5. */
const HALF = [0x80000000, 0];

test('random, getrandbits and randbytes', () => {
  assert.equal(run(zeros(2), (g) => g.random()).used, 2);
  assert.equal(run(HALF, (g) => g.random()).r, 0.5);
  assert.equal(run([], (g) => g.getrandbits(0)).used, 0);
  assert.equal(run([], (g) => g.getrandbits(0n)).used, 0);
  assert.equal(run([], (g) => g.randbytes(0)).used, 0);
  for (const [k, words] of [
    [1, 1],
    [32, 1],
    [33, 2],
    [53, 2],
  ] as const) {
    assert.equal(run(zeros(4), (g) => g.getrandbits(k)).used, words);
  }
  for (const [k, words] of [
    [64n, 2],
    [65n, 3],
    [1000n, 32],
  ] as const) {
    assert.equal(run(zeros(40), (g) => g.getrandbits(k)).used, words);
  }
  // getrandbits takes the top bits of a word; across words the first word is least significant.
  assert.equal(run([0xf0000000], (g) => g.getrandbits(4)).r, 15);
  assert.equal(run([1, 0x80000000], (g) => g.getrandbits(33)).r, 2 ** 32 + 1);
  assert.equal(run(zeros(4), (g) => g.randbytes(5)).used, 2);
});

test('randrange: bit_length(n) bits, rejection of values >= n, one word even for n = 1', () => {
  // randbelow(5) draws 3 bits: 7, 6 and 5 are rejected, 2 is accepted.
  const r = run([7 << 29, 6 << 29, 5 << 29, 2 << 29], (g) => g.randrange(5));
  assert.deepEqual([r.r, r.used], [2, 4]);
  // A power of two draws one more bit than needed: randrange(8) rejects 8..15.
  const p = run([(8 << 28) >>> 0, 3 << 28], (g) => g.randrange(8));
  assert.deepEqual([p.r, p.used], [3, 2]);
  assert.equal(run(zeros(1), (g) => g.randrange(3, 4, 10)).used, 1);
  assert.equal(run(zeros(1), (g) => g.randrange(1)).used, 1);
  assert.equal(run(zeros(1), (g) => g.randint(7, 7)).used, 1);
  assert.equal(run(zeros(2), (g) => g.randrange(2 ** 32)).used, 2); // 33 bits
  assert.equal(run(zeros(3), (g) => g.randrange(2n ** 64n)).used, 3); // 65 bits
  // Errors are raised before any draw.
  assert.equal(
    run([], (g) => {
      assert.throws(() => g.randrange(5, 5), RangeError);
      return 0;
    }).used,
    0,
  );
});

test('choice, shuffle and sample', () => {
  assert.equal(run(zeros(1), (g) => g.choice('abc')).r, 'a');
  assert.equal(run(zeros(9), (g) => g.shuffle(Array.from({ length: 10 }, (_, i) => i))).used, 9);
  assert.equal(run([], (g) => g.shuffle([1])).used, 0);
  assert.equal(run([], (g) => g.shuffle([])).used, 0);
  // Pool strategy (20 <= setsize 85 for k = 10): one randbelow per pick.
  assert.equal(
    run(zeros(10), (g) =>
      g.sample(
        Array.from({ length: 20 }, (_, i) => i),
        10,
      ),
    ).used,
    10,
  );
  // Set strategy (100 > 85): a repeated index is drawn again. randbelow(100) takes 7 bits.
  const s = run([0, 0, 5 << 25], (g) =>
    g.sample(
      Array.from({ length: 100 }, (_, i) => i),
      2,
    ),
  );
  assert.deepEqual([s.r, s.used], [[0, 5], 3]);
});

test('choices: one random() (2 words) per pick, with or without weights', () => {
  assert.equal(run(zeros(10), (g) => g.choices([1, 2, 3], { k: 5 })).used, 10);
  assert.equal(run(zeros(10), (g) => g.choices([1, 2, 3], { k: 5, weights: [1, 1, 1] })).used, 10);
  assert.equal(run(zeros(10), (g) => g.choices([1, 2, 3], { k: 5, cumWeights: [1, 2, 3] })).used, 10);
  assert.equal(run([], (g) => g.choices([1, 2, 3], { k: -3 })).used, 0);
  // bisect_right: random() = 0.5 with cumulative weights [1, 2, 4] lands at 2.0, which goes right.
  assert.deepEqual(run(HALF, (g) => g.choices('abc', { cumWeights: [1, 2, 4] })).r, ['c']);
});

test('gauss alternates 4 and 0 words; normalvariate takes 4 per attempt', () => {
  const src = new ReplaySource(zeros(8));
  const g = new RandomBase(src);
  const used: number[] = [];
  for (let i = 0; i < 4; i++) {
    const before = src.used;
    g.gauss();
    used.push(src.used - before);
  }
  assert.deepEqual(used, [4, 0, 4, 0]);
  assert.throws(() => g.gauss(), Exhausted);
  // random() = 0.5 gives z = 0, accepted at once; all-zero words give z = -0.86, rejected.
  assert.equal(run([...HALF, 0, 0], (g2) => g2.normalvariate()).used, 4);
  assert.equal(run([0, 0, 0, 0, ...HALF, 0, 0], (g2) => g2.normalvariate(3, 2)).r, 3);
  assert.equal(run([0, 0, 0, 0, ...HALF, 0, 0], (g2) => g2.normalvariate()).used, 8);
  // normalvariate neither uses nor clears the gauss cache.
  const h = run([...HALF, 0, 0], (g2) => {
    g2.gaussNext = 1.5;
    g2.normalvariate();
    return g2.gaussNext;
  });
  assert.equal(h.r, 1.5);
});

test('two-word distributions and vonmises', () => {
  const two: ((g: RandomBase) => unknown)[] = [
    (g) => g.uniform(1, 2),
    (g) => g.triangular(),
    (g) => g.triangular(1, 1, 1),
    (g) => g.expovariate(),
    (g) => g.paretovariate(2),
    (g) => g.weibullvariate(1, 2),
    (g) => g.vonmisesvariate(0, 1e-6),
    (g) => g.gammavariate(1, 1),
    (g) => g.binomialvariate(1, 0.3),
  ];
  for (const f of two) assert.equal(run(zeros(2), f).used, 2, String(f));
  assert.equal(run(zeros(2), (g) => g.triangular(1, 1, 1)).r, 1);
  const b0 = run(HALF, (g) => g.binomialvariate(0, 0.5)); // BG draws once even for n = 0
  assert.deepEqual([b0.r, b0.used], [0, 2]);
  // vonmises with kappa > 1e-6: 4 words per attempt, then 2 for the side. All zeros accept at once.
  assert.equal(run(zeros(6), (g) => g.vonmisesvariate(0, 4)).used, 6);
});

test('binomialvariate: no draws at p = 0 or 1; redraw when random() is 0 (BG and BTRS)', () => {
  assert.deepEqual([run([], (g) => g.binomialvariate(9, 0)).r, run([], (g) => g.binomialvariate(9, 1)).r], [0, 9]);
  assert.equal(run([], (g) => g.binomialvariate(5, 1e-18)).r, 0); // log2(1 - p) == 0
  // BG (n·p < 10): random() = 0 is skipped; then 0.5 gives a gap of 7 > 5.
  const bg = run([0, 0, ...HALF], (g) => g.binomialvariate(5, 0.1));
  assert.deepEqual([bg.r, bg.used], [0, 4]);
  // BTRS (n·p >= 10): random() = 0 makes us = 0 and is skipped; 0.5 then v = 0 accept k = 50.
  const bt = run([0, 0, ...HALF, 0, 0], (g) => g.binomialvariate(100, 0.5));
  assert.deepEqual([bt.r, bt.used], [50, 6]);
});

test('gammavariate alpha > 1 redraws u1 alone outside (1e-7, 0.9999999)', () => {
  // u1 = 0 is redrawn (2 words), then u1 = 0.5, u2 from [0, 0]: accepted.
  const r = run([0, 0, ...HALF, 0, 0], (g) => g.gammavariate(2, 1));
  assert.equal(r.used, 6);
});

test('validation happens before any draw', () => {
  const bad: ((g: RandomBase) => unknown)[] = [
    (g) => g.expovariate(0),
    (g) => g.betavariate(1, 0),
    (g) => g.paretovariate(0),
    (g) => g.weibullvariate(1, 0),
    (g) => g.gammavariate(-1, 1),
    (g) => g.binomialvariate(-1, 0.5),
    (g) => g.sample([1, 2], 3),
    (g) => g.choices([], { k: 1 }),
    (g) => g.choices([1], { weights: [0] }),
  ];
  for (const f of bad) {
    const src = new ReplaySource([]);
    assert.throws(() => f(new RandomBase(src)), RangeError);
    assert.equal(src.used, 0);
  }
});
