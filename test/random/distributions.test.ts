/**
 * Distribution sanity on SystemRandom: the sample mean and the mean squared deviation of each
 * distribution against their exact values, and the uniformity of shuffle over all 120 orders of 5.
 *
 * Each moment check is a two-sided z-test at |z| < Z_ALPHA = 6.109 (false alarm about 1e-9 under
 * the central limit theorem; the parameters keep fourth moments finite and tails light). With
 * N = 100,000 draws, a check detects a mean off by 6.1 * sd / sqrt(N) ≈ 0.019 standard deviations,
 * and a variance off by about 0.019 * sd((X - mu)^2) / sigma^2 (under 5 % for these laws).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SystemRandom } from '../../src/index.js';
import { lgamma } from '../../src/random/lgamma.js';
import { assertUniform, Z_ALPHA } from '../helpers/stats.js';

const g = new SystemRandom();
const N = 100_000;

/** z-test of the mean of f over draws, against `mean`, with the sample's own standard error. */
function zMean(values: Float64Array, f: (x: number) => number, mean: number, label: string): void {
  let s = 0;
  let s2 = 0;
  for (const v of values) {
    const y = f(v);
    s += y;
    s2 += y * y;
  }
  const m = s / values.length;
  const sd = Math.sqrt(Math.max(s2 / values.length - m * m, 0));
  const z = sd === 0 ? (m === mean ? 0 : Infinity) : (m - mean) / (sd / Math.sqrt(values.length));
  assert.ok(Math.abs(z) < Z_ALPHA, `${label}: mean ${m}, expected ${mean}, z = ${z.toFixed(2)}`);
}

function check(label: string, draw: () => number, mean: number, variance: number): void {
  const xs = new Float64Array(N);
  for (let i = 0; i < N; i++) xs[i] = draw();
  zMean(xs, (x) => x, mean, `${label} mean`);
  zMean(xs, (x) => (x - mean) ** 2, variance, `${label} variance`);
}

const gamma = (x: number): number => Math.exp(lgamma(x));

/** I1(k) / I0(k) by their power series (k small). */
function besselRatio(k: number): number {
  let i0 = 0;
  let i1 = 0;
  let term = 1;
  for (let m = 0; m < 60; m++) {
    if (m > 0) term *= (k / 2) ** 2 / (m * m);
    i0 += term;
    i1 += (term * (k / 2)) / (m + 1);
  }
  return i1 / i0;
}

test('continuous distributions: mean and variance', () => {
  check('random', () => g.random(), 0.5, 1 / 12);
  check('uniform(-3, 5)', () => g.uniform(-3, 5), 1, 64 / 12);
  check('triangular(0, 10, 2)', () => g.triangular(0, 10, 2), 4, (0 + 100 + 4 - 0 - 0 - 20) / 18);
  check('triangular()', () => g.triangular(), 0.5, 0.75 / 18);
  check('normalvariate(3, 2)', () => g.normalvariate(3, 2), 3, 4);
  check('gauss(-1, 0.5)', () => g.gauss(-1, 0.5), -1, 0.25);
  const s = 0.25;
  check(
    'lognormvariate(0, 0.25)',
    () => g.lognormvariate(0, s),
    Math.exp((s * s) / 2),
    (Math.exp(s * s) - 1) * Math.exp(s * s),
  );
  check('expovariate(2)', () => g.expovariate(2), 0.5, 0.25);
  check('gammavariate(0.5, 2)', () => g.gammavariate(0.5, 2), 1, 2);
  check('gammavariate(1, 3)', () => g.gammavariate(1, 3), 3, 9);
  check('gammavariate(3.5, 1)', () => g.gammavariate(3.5, 1), 3.5, 3.5);
  check('betavariate(2, 5)', () => g.betavariate(2, 5), 2 / 7, 10 / (49 * 8));
  check('betavariate(0.5, 0.5)', () => g.betavariate(0.5, 0.5), 0.5, 0.125);
  check('paretovariate(10)', () => g.paretovariate(10), 10 / 9, 10 / (81 * 8));
  const g1 = gamma(1 + 1 / 2);
  check('weibullvariate(2, 2)', () => g.weibullvariate(2, 2), 2 * g1, 4 * (1 - g1 * g1));
});

test('vonmisesvariate: mean resultant length and uniform case', () => {
  const mu = 1;
  const kappa = 2;
  const xs = new Float64Array(N);
  for (let i = 0; i < N; i++) xs[i] = g.vonmisesvariate(mu, kappa);
  zMean(xs, (x) => Math.cos(x - mu), besselRatio(kappa), 'vonmises E[cos(X - mu)]');
  zMean(xs, (x) => Math.sin(x - mu), 0, 'vonmises E[sin(X - mu)]');
  const us = new Float64Array(N);
  for (let i = 0; i < N; i++) us[i] = g.vonmisesvariate(0, 0);
  zMean(us, (x) => x, Math.PI, 'vonmises(kappa = 0) mean');
  zMean(us, (x) => (x - Math.PI) ** 2, (4 * Math.PI * Math.PI) / 12, 'vonmises(kappa = 0) variance');
});

test('binomialvariate: mean and variance on every branch', () => {
  for (const [n, p] of [
    [1, 0.3],
    [20, 0.2], // BG
    [20, 0.8], // BG through symmetry
    [1000, 0.3], // BTRS
    [500, 0.9], // BTRS through symmetry
  ] as const) {
    check(`binomialvariate(${n}, ${p})`, () => g.binomialvariate(n, p), n * p, n * p * (1 - p));
  }
});

test('shuffle: all 120 orders of 5 items are equally likely', () => {
  // 60,000 shuffles, 500 expected per order. At p > 1e-9 (chi-square, 119 df, critical value
  // about 236) the test detects, for example, one order about 50 % over-weighted, or every order
  // off by about 4.5 % in a spread pattern.
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
