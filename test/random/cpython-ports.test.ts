/**
 * CPython's own test_random checks, restated for SystemRandom (TestBasicOps, SystemRandom_TestBasicOps
 * and TestDistributions), plus the distributions' tolerance of random() returning 0.0.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RandomBase, SystemRandom } from '../../src/index.js';
import type { RandomSource } from '../../src/index.js';
import { SplitMix } from '../helpers/fakes.js';
import { assertBinomial, binomialPower } from '../helpers/stats.js';

const g = new SystemRandom();
const TWOPI = 2 * Math.PI;

test('53 bits per float: the OR of 100 draws of random() * 2^53 sets every bit', () => {
  // Each bit stays 0 in all 100 draws with probability 2^-100.
  let acc = 0n;
  for (let i = 0; i < 100; i++) acc |= BigInt(g.random() * 2 ** 53);
  assert.equal(acc, 2n ** 53n - 1n);
});

test('bigrand: every one of 500 bits of randrange(2^500) gets set in 100 draws', () => {
  let acc = 0n;
  for (let i = 0; i < 100; i++) acc |= g.randrange(2n ** 500n);
  assert.equal(acc, 2n ** 500n - 1n);
});

test('bigrand ranges and range limits cover the whole range', () => {
  for (const [a, b] of [
    [-2n, 0n],
    [-(2n ** 60n) - 2n, -(2n ** 60n)],
    [2n ** 60n, 2n ** 60n + 2n],
  ] as const) {
    const seen = new Set<bigint>();
    for (let i = 0; i < 100; i++) seen.add(g.randrange(a, b));
    assert.deepEqual(
      [...seen].sort((x, y) => (x < y ? -1 : 1)),
      [a, a + 1n],
    );
    const incl = new Set<bigint>();
    for (let i = 0; i < 100; i++) incl.add(g.randint(a, b));
    assert.equal(incl.size, 3);
  }
});

test('getrandbits: ranges for k = 1..999, each bit takes both values', () => {
  for (let k = 1; k < 1000; k++) {
    const r = g.getrandbits(BigInt(k));
    assert.ok(r >= 0n && r < 1n << BigInt(k));
  }
  for (const span of [1n, 2n, 3n, 4n, 31n, 32n, 33n, 52n, 53n, 54n, 119n, 127n, 128n, 129n]) {
    let all = 0n;
    let any = (1n << span) - 1n;
    for (let i = 0; i < 100; i++) {
      const r = g.getrandbits(span);
      all |= r;
      any &= r;
    }
    assert.equal(all, (1n << span) - 1n, `some bit of ${span} never 1`);
    assert.equal(any, 0n, `some bit of ${span} never 0`);
  }
});

test('bug 9025: randrange(6755399441055744) % 3 is unbiased', () => {
  // 6755399441055744 = 3 * 2^51. A biased implementation gives 0 with probability about 1/2
  // instead of 1/3: the exact binomial test of 10,000 draws catches that with power ≥ 0.99.
  assert.ok(binomialPower(10000, 1 / 3, 1 / 2) >= 0.99);
  let zeros = 0;
  for (let i = 0; i < 10000; i++) if (g.randrange(6755399441055744) % 3 === 0) zeros++;
  assertBinomial(zeros, 10000, 1 / 3, 'randrange(3 * 2^51) % 3 === 0');
});

test('randrange with a non-unit step, and the step rules', () => {
  for (let i = 0; i < 100; i++) assert.equal(g.randrange(0, 10, 2) % 2, 0);
  assert.equal(g.randrange(0, 2, 2), 0);
  assert.throws(() => g.randrange(1000, undefined, 100), TypeError);
  assert.throws(() => g.randrange(1000, null, 100), TypeError);
  for (const args of [[3, 3], [-721], [0, 100, -12], [0, 42, 0]]) {
    assert.throws(() => (g.randrange as (...a: number[]) => number)(...args), RangeError, JSON.stringify(args));
  }
  for (const args of [[3.0001], [0, 2.5], [0, 42, 1.5], ['3'], [0, '42'], [0, 42, '1']]) {
    assert.throws(() => (g.randrange as (...a: unknown[]) => number)(...args), TypeError, JSON.stringify(args));
  }
});

test('choice, sample on strings, ranges, typed arrays; sets and dicts rejected', () => {
  assert.equal(g.sample('abcdefghijklmnop', 5).length, 5);
  assert.equal(
    g.sample(
      Uint16Array.from({ length: 500 }, (_, i) => i),
      20,
    ).length,
    20,
  );
  assert.throws(() => g.sample(new Set([1, 2, 3]) as never, 2), TypeError);
  assert.throws(() => g.sample(new Map([[1, 2]]) as never, 1), TypeError);
  assert.throws(() => g.sample({ 1: 'a' } as never, 1), TypeError);
});

test('sample: all 5!/(5-k)! orderings appear', () => {
  for (const k of [1, 2, 3, 4, 5]) {
    let expected = 1;
    for (let i = 0; i < k; i++) expected *= 5 - i;
    const seen = new Set<string>();
    // 120 orderings at most: 10,000 draws miss one with probability below 120 * (119/120)^10000 < 1e-33.
    for (let i = 0; i < 10000 && seen.size < expected; i++) seen.add(g.sample([0, 1, 2, 3, 4], k).join());
    assert.equal(seen.size, expected);
  }
});

test('sample with counts: general case, exhausting, single element, errors', () => {
  const colors = ['red', 'green', 'blue'];
  const counts = [500, 200, 20];
  const s = g.sample(colors, 100, { counts });
  for (const c of colors) assert.ok(s.filter((x) => x === c).length <= counts[colors.indexOf(c)]!);
  const none = g.sample(['a', 'b', 'c'], 10, { counts: [5, 0, 5] });
  assert.ok(!none.includes('b'));
  const all = g.sample(colors, 720, { counts });
  assert.deepEqual(
    colors.map((c) => all.filter((x) => x === c).length),
    counts,
  );
  assert.deepEqual(g.sample(['x'], 3, { counts: [10] }), ['x', 'x', 'x']);
  const eq = g.sample(['a', 'b'], 6, { counts: [3, 3] });
  assert.deepEqual([...eq].sort(), ['a', 'a', 'a', 'b', 'b', 'b']);
  assert.throws(() => g.sample(['a', 'b'], 2, { counts: 7 as never }), TypeError);
  assert.throws(() => g.sample(['a', 'b'], 2, { counts: [-3, -7] }), RangeError);
  assert.throws(() => g.sample(['a', 'b'], 2, { counts: [0, 0] }), RangeError);
  assert.throws(() => g.sample(['a', 'b'], 2, { counts: [1, 1.5] }), TypeError);
  assert.throws(() => g.sample(['a', 'b'], 3, { counts: [1, 1] }), RangeError); // population too small
  assert.throws(() => g.sample(['a', 'b', 'c'], 2, { counts: [1, 1] }), {
    message: 'The number of counts does not match the population',
  });
  assert.throws(() => g.sample(['a'], 1, { counts: [1, 1] }), RangeError);
  assert.throws(() => g.sample(['a'], 1, { countz: [1] } as never), TypeError);
});

test('choices: forms, k values, errors', () => {
  const data = ['red', 'green', 'blue', 'yellow'];
  assert.equal(g.choices(data, { k: 5 }).length, 5);
  assert.equal(g.choices(data, { weights: [1, 2, 3, 4], k: 5 }).length, 5);
  assert.equal(g.choices(data, { cumWeights: [10, 20, 30, 40], k: 5 }).length, 5);
  // Python accepts bool weights; JS booleans are not numbers here.
  assert.throws(() => g.choices(data, { weights: [true, false, 1, 1] as never }), TypeError);
  assert.throws(() => g.choices(2 as never), TypeError);
  assert.throws(() => g.choices(data, 2 as never), TypeError);
  assert.deepEqual(g.choices(data, { k: 0 }), []);
  assert.deepEqual(g.choices(data, { k: -1 }), []);
  assert.throws(() => g.choices(data, { k: 2.5 }), TypeError);
  assert.equal(g.choices('abcd', { k: 5 }).length, 5);
  assert.throws(() => g.choices(new Set(data) as never, { k: 1 }), TypeError);
  assert.throws(() => g.choices(data, { weights: [1, 2], k: 5 }), {
    message: 'The number of weights does not match the population',
  });
  assert.throws(() => g.choices(data, { weights: 10 as never, k: 5 }), /pass k as an option/);
  assert.throws(() => g.choices(data, { weights: ['a', 'b', 'c', 'd'] as never, k: 5 }), TypeError);
  assert.throws(() => g.choices(data, { cumWeights: [1, 2], k: 5 }), RangeError);
  assert.throws(() => g.choices(data, { cumWeights: 10 as never, k: 5 }), TypeError);
  assert.throws(() => g.choices(data, { cumWeights: ['a', 'b', 'c', 'd'] as never, k: 5 }), TypeError);
  assert.throws(() => g.choices(data, { weights: [1, 2, 3, 4], cumWeights: [1, 2, 3, 4] }), {
    name: 'TypeError',
    message: 'Cannot specify both weights and cumulative weights',
  });
  for (const weights of [
    [1, 2, 3, 4],
    [0.1, 0.2, 0.3, 0.4],
  ]) {
    assert.equal(g.choices(data, { weights, k: 3 }).length, 3);
  }
  for (let i = 0; i < 4; i++) {
    const w = [0, 0, 0, 0];
    w[i] = 1;
    assert.deepEqual(g.choices(data, { weights: w, k: 3 }), [data[i], data[i], data[i]]);
  }
  assert.throws(() => g.choices([], { k: 1 }), RangeError);
  assert.throws(() => g.choices([], { weights: [], k: 1 }), RangeError);
  assert.throws(() => g.choices([], { cumWeights: [], k: 1 }), RangeError);
});

test('choices: subnormal weights never index past the end; bad totals raise', () => {
  for (const x of g.choices([0, 1], { weights: [1e-323, 1e-323], k: 5000 })) assert.ok(x === 0 || x === 1);
  const zero = { name: 'RangeError', message: 'Total of weights must be greater than zero' };
  assert.throws(() => g.choices('abc', { weights: [0, 0, 0], k: 1 }), zero);
  assert.throws(() => g.choices('abc', { weights: [-1, -2, -3] }), zero);
  const finite = { name: 'RangeError', message: 'Total of weights must be finite' };
  for (const w of [
    [NaN, 1, 1],
    [1, Infinity, 1],
    [-Infinity, 123, 1],
    [Infinity, -Infinity, 1],
  ]) {
    assert.throws(() => g.choices('abc', { weights: w }), w[0] === -Infinity ? zero : finite, String(w));
  }
});

test('randbytes lengths and errors; mu/sigma defaults', () => {
  for (let n = 1; n < 10; n++) assert.equal(g.randbytes(n).length, n);
  assert.equal(g.randbytes(0).length, 0);
  assert.throws(() => g.randbytes(-1), RangeError);
  assert.throws(() => g.randbytes(1.5), TypeError);
  assert.equal(typeof g.normalvariate(), 'number');
  assert.equal(typeof g.gauss(), 'number');
});

/** A source whose first ten words are 0 (five random() calls return 0.0), then SplitMix. */
class ZerosFirst implements RandomSource {
  #left = 10;
  #rest = new SplitMix(99);
  nextUint32(): number {
    if (this.#left > 0) {
      this.#left--;
      return 0;
    }
    return this.#rest.nextUint32();
  }
  fillBytes(d: Uint8Array): void {
    this.#rest.fillBytes(d);
  }
}

test('zero inputs: every distribution tolerates random() returning 0.0', () => {
  const calls: ((r: RandomBase) => number)[] = [
    (r) => r.uniform(1, 10),
    (r) => r.triangular(1, 10),
    (r) => r.normalvariate(),
    (r) => r.gauss(),
    (r) => r.lognormvariate(0, 1),
    (r) => r.expovariate(),
    (r) => r.vonmisesvariate(0, 1),
    (r) => r.gammavariate(0.5, 1),
    (r) => r.gammavariate(1, 1),
    (r) => r.gammavariate(200, 1),
    (r) => r.betavariate(3, 3),
    (r) => r.paretovariate(1),
    (r) => r.weibullvariate(1, 1),
    (r) => r.binomialvariate(15, 0.5),
    (r) => r.binomialvariate(100, 0.5),
  ];
  for (const f of calls) {
    const x = f(new RandomBase(new ZerosFirst()));
    assert.ok(Number.isFinite(x), `${String(f)} gave ${x}`);
  }
});

test('constant cases', () => {
  assert.equal(g.uniform(10, 10), 10);
  assert.equal(g.triangular(10, 10), 10);
  assert.equal(g.triangular(10, 10, 10), 10);
  assert.equal(g.expovariate(Infinity), 0);
  assert.equal(g.vonmisesvariate(3, Infinity), 3);
  assert.equal(g.gauss(10, 0), 10);
  assert.equal(g.normalvariate(10, 0), 10);
  assert.equal(g.lognormvariate(0, 0), 1);
  assert.equal(g.lognormvariate(-Infinity, 0), 0);
  assert.equal(g.paretovariate(Infinity), 1);
  assert.equal(g.weibullvariate(10, Infinity), 10);
  assert.equal(g.weibullvariate(0, 10), 0);
  assert.equal(g.binomialvariate(0, 0.5), 0);
  assert.equal(g.binomialvariate(10, 0), 0);
  assert.equal(g.binomialvariate(10, 1), 10);
  assert.equal(g.binomialvariate(5, 1e-18), 0);
});

test('binomialvariate: errors, n = 1 fast path, branches, huge n', () => {
  assert.throws(() => g.binomialvariate(-1), { name: 'RangeError' });
  assert.throws(() => g.binomialvariate(10, -0.5), RangeError);
  assert.throws(() => g.binomialvariate(10, 1.5), RangeError);
  assert.throws(() => g.binomialvariate(10, NaN), RangeError);
  assert.throws(() => g.binomialvariate(2.5), TypeError);
  for (let i = 0; i < 100; i++) assert.ok([0, 1].includes(g.binomialvariate()));
  for (const [n, p] of [
    [10, 0.25], // BG
    [10, 0.75], // BG, symmetric
    [100, 0.25], // BTRS
    [100, 0.75], // BTRS, symmetric
  ] as const) {
    for (let i = 0; i < 50; i++) {
      const k = g.binomialvariate(n, p);
      assert.ok(Number.isInteger(k) && k >= 0 && k <= n);
    }
  }
  // One draw of binomial(10^8, ½), tested against that very law.
  assertBinomial(g.binomialvariate(10 ** 8, 0.5), 10 ** 8, 0.5, 'binomialvariate(10^8, 0.5)');
});

test('vonmisesvariate: range [0, 2π] and termination for large kappa', () => {
  for (const mu of [0, 1, 3.1, 6.28, -1, 10, 100]) {
    for (const kappa of [0, 1e-8, 0.1, 1, 10, 100, 1e15, 1e100]) {
      for (let i = 0; i < 20; i++) {
        const x = g.vonmisesvariate(mu, kappa);
        assert.ok(x >= 0 && x <= TWOPI, `vonmises(${mu}, ${kappa}) = ${x}`);
      }
    }
  }
  assert.throws(() => g.vonmisesvariate(0, NaN), RangeError);
});

test('gammavariate and betavariate errors', () => {
  for (const [a, b] of [
    [0, 1],
    [-1, 1],
    [1, 0],
    [1, -1],
    [NaN, 1],
    [1, NaN],
  ] as const) {
    assert.throws(() => g.gammavariate(a, b), RangeError, `${a}, ${b}`);
    assert.throws(() => g.betavariate(a, b), RangeError, `${a}, ${b}`);
  }
  assert.throws(() => g.gammavariate(Infinity, 1), RangeError);
  assert.throws(() => g.gammavariate('1' as never, 1), TypeError);
  assert.equal(g.gammavariate(2, Infinity), Infinity);
});

test('Python raises where JS would give Infinity or NaN', () => {
  assert.throws(() => g.expovariate(0), RangeError);
  assert.throws(() => g.paretovariate(0), RangeError);
  assert.throws(() => g.weibullvariate(1, 0), RangeError);
  assert.throws(() => g.lognormvariate(1000, 0), /math range error/);
  assert.throws(() => g.paretovariate(1e-300), /out of range/);
  assert.throws(() => g.uniform('1' as never, 2), TypeError);
});
