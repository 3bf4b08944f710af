/**
 * Laws every RandomBase must obey, run on SystemRandom (the secure pool) and on a subclass over a
 * deterministic SplitMix source: ranges, lengths, permutations, uniqueness, errors.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RandomBase, SystemRandom, gauss, systemRandom } from '../../src/index.js';
import { SplitMix } from '../helpers/fakes.js';

class SplitMixRandom extends RandomBase {
  constructor(seed: number) {
    super(new SplitMix(seed));
  }
}

const MAX = Number.MAX_SAFE_INTEGER;

function laws(label: string, make: () => RandomBase): void {
  describe(`laws on ${label}`, () => {
    const g = make();

    test('random() is in [0, 1) and a multiple of 2^-53', () => {
      for (let i = 0; i < 2000; i++) {
        const x = g.random();
        assert.ok(x >= 0 && x < 1);
        assert.ok(Number.isInteger(x * 2 ** 53));
      }
    });

    test('randrange and randint ranges (number and bigint, negative steps, huge bounds)', () => {
      for (let i = 0; i < 300; i++) {
        const a = g.randrange(10);
        assert.ok(Number.isInteger(a) && a >= 0 && a < 10);
        const b = g.randrange(-5, 5);
        assert.ok(b >= -5 && b < 5);
        assert.ok([10, 8, 6, 4, 2].includes(g.randrange(10, 0, -2)));
        assert.equal(g.randrange(3, 4, 10), 3);
        const c = g.randrange(-MAX, MAX); // width above 2^53: the bigint path, exact number result
        assert.ok(Number.isSafeInteger(c) && c >= -MAX && c < MAX);
        const d = g.randint(MAX - 1, MAX); // randint's stop is 2^53, not a safe integer
        assert.ok(d === MAX - 1 || d === MAX);
        const e = g.randrange(2n ** 200n);
        assert.ok(typeof e === 'bigint' && e >= 0n && e < 2n ** 200n);
        const f = g.randrange(10n ** 12n, -(10n ** 20n), -200n);
        assert.ok(f <= 10n ** 12n && f > -(10n ** 20n) && (f - 10n ** 12n) % 200n === 0n);
        const h = g.randint(-(2n ** 70n), 2n ** 70n);
        assert.ok(h >= -(2n ** 70n) && h <= 2n ** 70n);
        const j = g.randrange(-(2 ** 40), 2 ** 40, 3);
        assert.ok(j >= -(2 ** 40) && j < 2 ** 40 && (j + 2 ** 40) % 3 === 0);
      }
    });

    test('randrange and randint errors', () => {
      assert.throws(() => g.randrange(5, 5), { name: 'RangeError', message: 'empty range in randrange(5, 5)' });
      assert.throws(() => g.randrange(0), { name: 'RangeError', message: 'empty range for randrange()' });
      assert.throws(() => g.randrange(-721), RangeError);
      assert.throws(() => g.randrange(0, 100, -12), { message: 'empty range in randrange(0, 100, -12)' });
      assert.throws(() => g.randrange(0, 42, 0), { name: 'RangeError', message: 'zero step for randrange()' });
      assert.throws(() => g.randrange(5, 5, 1), { message: 'empty range in randrange(5, 5)' });
      assert.throws(() => g.randrange(5n, 5n, 2n), { message: 'empty range in randrange(5, 5, 2)' });
      assert.throws(() => g.randrange(0n, 42n, 0n), RangeError);
      assert.throws(() => g.randrange(1000, undefined, 100), {
        name: 'TypeError',
        message: 'Missing a non-None stop argument',
      });
      assert.throws(() => g.randrange(1000, null, 100), TypeError);
      assert.equal(g.randrange(1, null, 1), 0);
      assert.throws(() => g.randint(2, 1), { name: 'RangeError', message: 'empty range in randrange(2, 2)' });
      assert.throws(() => g.randint(2n, 1n), { message: 'empty range in randrange(2, 2)' });
      for (const bad of [3.5, NaN, Infinity, '3', null, true]) {
        assert.throws(() => g.randrange(bad as number), TypeError);
        assert.throws(() => g.randrange(0, bad as number, 1), bad === null ? RangeError : TypeError);
      }
      assert.throws(() => g.randrange(0, 42, 1.5), TypeError);
      assert.throws(() => g.randrange(0, 5n as unknown as number), /do not mix/);
      assert.throws(() => g.randrange(0n, 5 as unknown as bigint), /do not mix/);
      assert.throws(() => g.randint(1, 2n as unknown as number), TypeError);
      assert.throws(() => g.randrange(2 ** 53), /pass bigints/);
      assert.throws(() => g.randint(0, 2 ** 60), RangeError);
    });

    test('getrandbits and randbytes', () => {
      assert.equal(g.getrandbits(0), 0);
      assert.equal(g.getrandbits(0n), 0n);
      for (let k = 1; k <= 53; k++) {
        const r = g.getrandbits(k);
        assert.ok(Number.isInteger(r) && r >= 0 && r < 2 ** k);
      }
      for (const k of [1n, 31n, 32n, 33n, 64n, 65n, 999n]) {
        const r = g.getrandbits(k);
        assert.ok(typeof r === 'bigint' && r >= 0n && r < 1n << k);
      }
      assert.throws(() => g.getrandbits(-1), RangeError);
      assert.throws(() => g.getrandbits(54), /pass a bigint/);
      assert.throws(() => g.getrandbits(10.1), TypeError);
      assert.throws(() => g.getrandbits(-1n), RangeError);
      for (let n = 0; n < 10; n++) assert.equal(g.randbytes(n).length, n);
      assert.throws(() => g.randbytes(-1), RangeError);
      assert.throws(() => g.randbytes(1.5), TypeError);
    });

    test('choice: member, code points, errors', () => {
      assert.equal(g.choice([50]), 50);
      for (let i = 0; i < 50; i++) {
        assert.ok([1, 2, 3].includes(g.choice([1, 2, 3])));
        assert.ok(['😀', 'x'].includes(g.choice('😀x')));
        assert.ok(g.choice(new Uint8Array([7, 9])) >= 7);
      }
      assert.throws(() => g.choice([]), { name: 'RangeError', message: 'Cannot choose from an empty sequence' });
      assert.throws(() => g.choice(''), RangeError);
      assert.throws(() => g.choice(new Set([1]) as unknown as number[]), TypeError);
    });

    test('shuffle is a permutation, in place; immutable inputs are rejected', () => {
      for (let n = 0; n <= 20; n++) {
        const a = Array.from({ length: n }, (_, i) => i);
        g.shuffle(a);
        assert.deepEqual(
          [...a].sort((x, y) => x - y),
          Array.from({ length: n }, (_, i) => i),
        );
      }
      const t = Float64Array.from([1, 2, 3, 4]);
      g.shuffle(t);
      assert.deepEqual([...t].sort(), [1, 2, 3, 4]);
      const big = Array.from({ length: 1000 }, (_, i) => i);
      g.shuffle(big);
      assert.notDeepEqual(
        big,
        Array.from({ length: 1000 }, (_, i) => i),
      );
      assert.throws(() => g.shuffle('abc' as unknown as string[]), TypeError);
      assert.throws(() => g.shuffle({ length: 2, 0: 1, 1: 2 } as never), TypeError);
    });

    test('sample: length k, unique, subset, both strategies', () => {
      const pop = Array.from({ length: 100 }, (_, i) => i);
      for (let k = 0; k <= 100; k++) {
        const s = g.sample(pop, k);
        assert.equal(s.length, k);
        assert.equal(new Set(s).size, k);
        for (const x of s) assert.ok(x >= 0 && x < 100);
      }
      assert.deepEqual(g.sample([], 0), []);
      assert.equal(g.sample('abcdef', 6).sort().join(''), 'abcdef');
      assert.equal(g.sample({ length: 2 ** 40 }, 3).length, 3); // set strategy on a huge array-like
      const msg = 'Sample larger than population or is negative';
      assert.throws(() => g.sample(pop, 101), { name: 'RangeError', message: msg });
      assert.throws(() => g.sample(pop, -1), { name: 'RangeError', message: msg });
      assert.throws(() => g.sample(pop, 2.5), TypeError);
      assert.throws(() => g.sample(new Set([1, 2]) as unknown as number[], 1), TypeError);
      assert.throws(() => g.sample({ a: 1 } as unknown as number[], 1), TypeError);
    });

    test('sample with counts', () => {
      for (let i = 0; i < 50; i++) {
        const s = g.sample(['red', 'green', 'blue'], 5, { counts: [3, 0, 2] });
        assert.equal(s.filter((x) => x === 'red').length, 3);
        assert.equal(s.filter((x) => x === 'blue').length, 2);
      }
      assert.deepEqual(g.sample(['x'], 4, { counts: [4] }), ['x', 'x', 'x', 'x']);
      assert.deepEqual(g.sample(['a', 'b'], 2, { counts: [-1, 3] }), ['b', 'b']); // negative counts pass if the total is positive
    });

    test('choices: lengths, weights, cumulative weights, subnormal weights', () => {
      assert.equal(g.choices([1, 2, 3]).length, 1);
      assert.equal(g.choices([1, 2, 3], { k: 7 }).length, 7);
      assert.deepEqual(g.choices([1, 2, 3], { k: 0 }), []);
      assert.deepEqual(g.choices([1, 2, 3], { k: -1 }), []);
      assert.deepEqual(g.choices([], { k: 0 }), []);
      assert.deepEqual(g.choices('abc', { weights: [0, 0, 1], k: 4 }), ['c', 'c', 'c', 'c']);
      assert.deepEqual(g.choices('abc', { cumWeights: [0, 1, 1], k: 3 }), ['b', 'b', 'b']);
      for (const x of g.choices([0, 1], { weights: [1e-323, 1e-323], k: 2000 })) assert.ok(x === 0 || x === 1);
      assert.equal(g.choices([1, 2], { weights: null, k: 3 }).length, 3);
    });

    test('distributions return numbers in their domains', () => {
      for (let i = 0; i < 200; i++) {
        const u = g.uniform(3, 5);
        assert.ok(u >= 3 && u <= 5);
        const t = g.triangular(2, 4, 3);
        assert.ok(t >= 2 && t <= 4);
        assert.ok(Number.isFinite(g.gauss()) && Number.isFinite(g.normalvariate(1, 2)));
        assert.ok(g.lognormvariate(0, 1) > 0);
        assert.ok(g.expovariate(2) >= 0);
        const v = g.vonmisesvariate(1, 3);
        assert.ok(v >= 0 && v <= 2 * Math.PI);
        assert.ok(g.gammavariate(0.3, 1) >= 0 && g.gammavariate(1, 2) >= 0 && g.gammavariate(5, 1) > 0);
        const b = g.betavariate(0.5, 2);
        assert.ok(b >= 0 && b <= 1);
        assert.ok(g.paretovariate(3) >= 1);
        assert.ok(g.weibullvariate(2, 3) >= 0);
        const k = g.binomialvariate(30, 0.4);
        assert.ok(Number.isInteger(k) && k >= 0 && k <= 30);
      }
    });
  });
}

laws('SystemRandom', () => new SystemRandom());
laws('a RandomBase subclass over SplitMix', () => new SplitMixRandom(20260917));

test('a RandomBase subclass over SplitMix is deterministic', () => {
  const a = new SplitMixRandom(7);
  const b = new SplitMixRandom(7);
  assert.deepEqual(
    [a.random(), a.randrange(1000), a.sample('abcdefgh', 3), a.gauss()],
    [b.random(), b.randrange(1000), b.sample('abcdefgh', 3), b.gauss()],
  );
});

test('module-level functions run on the shared systemRandom', () => {
  systemRandom.gaussNext = null;
  gauss();
  assert.equal(typeof systemRandom.gaussNext, 'number'); // the Box–Muller pair's second value
  const cached = systemRandom.gaussNext!;
  assert.equal(gauss(10, 2), 10 + 2 * cached);
  assert.equal(systemRandom.gaussNext, null);
});

test('SystemRandom: seed does nothing, state methods throw, default source is the shared pool', () => {
  const g = new SystemRandom();
  g.gaussNext = 0.25;
  g.seed();
  g.seed(100, 2);
  assert.equal(g.gaussNext, 0.25); // seed does not touch the gauss cache
  const noState = { name: 'TypeError', message: 'SystemRandom: the system entropy source has no state' };
  assert.throws(() => g.getstate(), noState);
  assert.throws(() => g.setstate([3, [], null]), noState);
  assert.throws(() => new SystemRandom(null as never), TypeError);
  // A plain RandomSource is not a SecureSource: refused by the type and at run time.
  assert.throws(
    // @ts-expect-error a plain RandomSource is not a SecureSource
    () => new SystemRandom(new SplitMix(1)),
    /SystemRandom: source must be a source made by createSecureSource/,
  );
  assert.throws(() => new RandomBase({} as never), TypeError);
  assert.throws(() => new RandomBase(new SplitMix(1)).seed(1), TypeError);
  assert.throws(() => new RandomBase(new SplitMix(1)).getstate(), TypeError);
  assert.throws(() => new RandomBase(new SplitMix(1)).setstate(null), TypeError);
});
