/**
 * Distribution tests on SystemRandom: each law is tested as a whole, not through its moments. For a
 * continuous law with CDF F, F(X) is uniform on [0, 1]; the draws are counted in equal-probability
 * bins of F(X) and compared by a chi-square with exact tails (test/helpers/stats.ts) at α = 1e-9.
 * A discrete law (binomialvariate) is compared cell by cell with its exact pmf. Skewed laws (Pareto,
 * gamma, exponential, lognormal, Weibull) need no moment of high order this way: a variance check
 * divided by the sample's own spread of (X − μ)² is far off its stated rate when the skew is large.
 *
 * Power: N = 100,000 draws over 100 bins detect, with power 0.99, a relative bias δ of the bin
 * probabilities (half the bins at (1 + δ)/100, half at (1 − δ)/100) of {@link DETECTABLE} or more;
 * the test computes that δ (noncentral chi-square) and asserts it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SystemRandom } from '../../src/index.js';
import { assertUniform, detectableChiSquareDelta, gammaP, gammaQ, logBinomialPmf } from '../helpers/stats.js';

const g = new SystemRandom();
const N = 100_000;
const BINS = 100;
/** The relative bin bias every CDF test catches with power 0.99 at N draws (computed: 0.0418). */
const DETECTABLE = 0.042;

/** Standard normal CDF, through the incomplete gamma: P(|Z| ≥ z) = Q(½, z²/2). */
const phi = (z: number): number => (z < 0 ? 0.5 * gammaQ(0.5, (z * z) / 2) : 1 - 0.5 * gammaQ(0.5, (z * z) / 2));

function cdfTest(label: string, draw: () => number, F: (x: number) => number): void {
  const counts = new Array<number>(BINS).fill(0);
  for (let i = 0; i < N; i++) {
    const x = draw();
    const u = F(x);
    assert.ok(u >= 0 && u <= 1, `${label}: F(${x}) = ${u}`);
    counts[Math.min(BINS - 1, Math.floor(u * BINS))]!++;
  }
  assertUniform(counts, `${label}: F(X) over ${BINS} equal-probability bins`);
}

test(`the CDF tests detect a ${DETECTABLE} relative bin bias with power 0.99`, () => {
  const delta = detectableChiSquareDelta(N, BINS - 1);
  console.log(`${N} draws over ${BINS} bins of F(X): power 0.99 at a relative bin bias of ${delta.toFixed(4)}`);
  assert.ok(delta <= DETECTABLE, `detectable bias ${delta}`);
});

test('continuous laws: F(X) is uniform under each law’s own CDF', () => {
  cdfTest(
    'random',
    () => g.random(),
    (x) => x,
  );
  cdfTest(
    'uniform(-3, 5)',
    () => g.uniform(-3, 5),
    (x) => (x + 3) / 8,
  );
  // triangular(low, high, mode): F = (x − a)²/((b − a)(c − a)) below the mode, 1 − (b − x)²/((b − a)(b − c)) above.
  const tri = (a: number, b: number, c: number) => (x: number) =>
    x < c ? (x - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - c));
  cdfTest('triangular(0, 10, 2)', () => g.triangular(0, 10, 2), tri(0, 10, 2));
  cdfTest('triangular()', () => g.triangular(), tri(0, 1, 0.5));
  cdfTest(
    'normalvariate(3, 2)',
    () => g.normalvariate(3, 2),
    (x) => phi((x - 3) / 2),
  );
  cdfTest(
    'gauss(-1, 0.5)',
    () => g.gauss(-1, 0.5),
    (x) => phi((x + 1) / 0.5),
  );
  cdfTest(
    'lognormvariate(0, 0.25)',
    () => g.lognormvariate(0, 0.25),
    (x) => phi(Math.log(x) / 0.25),
  );
  cdfTest(
    'lognormvariate(1, 1.5)',
    () => g.lognormvariate(1, 1.5),
    (x) => phi((Math.log(x) - 1) / 1.5),
  );
  cdfTest(
    'expovariate(2)',
    () => g.expovariate(2),
    (x) => -Math.expm1(-2 * x),
  );
  // gammavariate(alpha, beta) has shape alpha and scale beta: F = P(alpha, x/beta).
  for (const [a, b] of [
    [0.5, 2],
    [1, 3],
    [3.5, 1],
    [0.1, 1],
  ] as const) {
    cdfTest(
      `gammavariate(${a}, ${b})`,
      () => g.gammavariate(a, b),
      (x) => gammaP(a, x / b),
    );
  }
  // betavariate(2, 5): I_x(2, 5) = Σ_{j=2}^{6} C(6, j) x^j (1 − x)^(6 − j); betavariate(½, ½): (2/π)·asin(√x).
  const C6 = [1, 6, 15, 20, 15, 6, 1];
  cdfTest(
    'betavariate(2, 5)',
    () => g.betavariate(2, 5),
    (x) => C6.reduce((s, c, j) => (j >= 2 ? s + c * x ** j * (1 - x) ** (6 - j) : s), 0),
  );
  cdfTest(
    'betavariate(0.5, 0.5)',
    () => g.betavariate(0.5, 0.5),
    (x) => (2 / Math.PI) * Math.asin(Math.sqrt(x)),
  );
  cdfTest(
    'paretovariate(10)',
    () => g.paretovariate(10),
    (x) => 1 - x ** -10,
  );
  cdfTest(
    'paretovariate(1.5)',
    () => g.paretovariate(1.5),
    (x) => 1 - x ** -1.5,
  );
  // weibullvariate(alpha, beta): scale alpha, shape beta, F = 1 − exp(−(x/alpha)^beta).
  cdfTest(
    'weibullvariate(2, 2)',
    () => g.weibullvariate(2, 2),
    (x) => -Math.expm1(-((x / 2) ** 2)),
  );
  cdfTest(
    'weibullvariate(1, 0.5)',
    () => g.weibullvariate(1, 0.5),
    (x) => -Math.expm1(-(x ** 0.5)),
  );
});

/** I_j(k) for j = 0..J by their power series (k small). */
function besselI(k: number, J: number): number[] {
  return Array.from({ length: J + 1 }, (_, j) => {
    let s = 0;
    let term = (k / 2) ** j;
    for (let m = 1; m <= j; m++) term /= m;
    for (let m = 0; m < 80; m++) {
      s += term;
      term *= (k / 2) ** 2 / ((m + 1) * (m + 1 + j));
    }
    return s;
  });
}

test('vonmisesvariate: F(X) is uniform under the von Mises CDF, and kappa = 0 is uniform on [0, 2π)', () => {
  // Density (1/2π)(1 + 2 Σ (I_j(κ)/I_0(κ)) cos jθ) for θ = x − μ in [−π, π); its CDF from −π is
  // (θ + π)/2π + (1/π) Σ (I_j(κ)/I_0(κ)) sin(jθ)/j (the terms fall below 1e-30 by j = 30 for κ = 2).
  const mu = 1;
  const kappa = 2;
  const I = besselI(kappa, 30);
  const F = (x: number) => {
    let t = x - mu;
    while (t >= Math.PI) t -= 2 * Math.PI;
    while (t < -Math.PI) t += 2 * Math.PI;
    let s = (t + Math.PI) / (2 * Math.PI);
    for (let j = 1; j <= 30; j++) s += ((I[j]! / I[0]!) * Math.sin(j * t)) / (j * Math.PI);
    return Math.min(1, Math.max(0, s));
  };
  cdfTest('vonmisesvariate(1, 2)', () => g.vonmisesvariate(mu, kappa), F);
  cdfTest(
    'vonmisesvariate(0, 0)',
    () => g.vonmisesvariate(0, 0),
    (x) => x / (2 * Math.PI),
  );
});

test('binomialvariate: counts match the exact pmf on every branch', () => {
  for (const [n, p] of [
    [1, 0.3],
    [20, 0.2], // BG
    [20, 0.8], // BG through symmetry
    [1000, 0.3], // BTRS
    [500, 0.9], // BTRS through symmetry
  ] as const) {
    const counts = new Map<number, number>();
    for (let i = 0; i < N; i++) {
      const k = g.binomialvariate(n, p);
      assert.ok(Number.isInteger(k) && k >= 0 && k <= n);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    // Cells of consecutive values, each with an expected count of at least 50, the tails pooled
    // into the outermost cells.
    const observed: number[] = [];
    const expected: number[] = [];
    let o = 0;
    let e = 0;
    for (let k = 0; k <= n; k++) {
      o += counts.get(k) ?? 0;
      e += N * Math.exp(logBinomialPmf(k, n, p));
      if (e >= 50) {
        observed.push(o);
        expected.push(e);
        o = 0;
        e = 0;
      }
    }
    observed[observed.length - 1]! += o;
    expected[expected.length - 1]! += e;
    assert.ok(observed.length >= 2);
    assertUniform(observed, `binomialvariate(${n}, ${p}) over ${observed.length} cells`, expected);
  }
});

test('shuffle: all 120 orders of 5 items are equally likely', () => {
  // 60,000 shuffles, 500 expected per order (power 0.99 at a relative bias of 5.6% spread over
  // the orders; the fast suite in test/stats/ runs 120,000).
  const index = new Map<string, number>();
  const counts = new Array<number>(120).fill(0);
  const a = [0, 1, 2, 3, 4];
  for (let i = 0; i < 60000; i++) {
    const x = [...a];
    g.shuffle(x);
    const key = x.join('');
    let k = index.get(key);
    if (k === undefined) index.set(key, (k = index.size));
    counts[k]!++;
  }
  assert.equal(index.size, 120);
  assertUniform(counts, 'shuffle of 5 items');
});
