/**
 * Statistics for the statistical tests. Every assertion here compares an exact tail probability
 * (binomial tails summed term by term; chi-square tails by the regularized incomplete gamma) against
 * its own false-alarm rate α ≤ {@link ALPHA} = 1e-9, and records that α in a ledger: the test runner
 * (scripts/run-tests.mjs) sums the ledgers of all test files, prints the run's total false-alarm
 * probability and fails the run when it exceeds {@link ALPHA_BUDGET} = 1e-6.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The largest false-alarm rate of any one statistical assertion. */
export const ALPHA = 1e-9;
/** The largest total false-alarm probability of one run of a suite (`npm test`, `npm run test:stats`). */
export const ALPHA_BUDGET = 1e-6;

const ledger: { label: string; alpha: number }[] = [];
let recording = true;

/** Records that an assertion with false-alarm rate `alpha` is made (every statistical assertion calls this). */
export function spend(alpha: number, label: string): void {
  assert.ok(alpha > 0 && alpha <= ALPHA, `${label}: false-alarm rate ${alpha} above ${ALPHA}`);
  if (recording) ledger.push({ label, alpha });
}

/** Runs `fn` without recording: for assertions on fixed counts, which cannot raise a false alarm. */
export function unrecorded(fn: () => void): void {
  recording = false;
  try {
    fn();
  } finally {
    recording = true;
  }
}

/** The assertions recorded so far in this process. */
export function spent(): { count: number; total: number } {
  return { count: ledger.length, total: ledger.reduce((s, x) => s + x.alpha, 0) };
}

// The runner sets STATS_LEDGER to a folder; each test file's process leaves its ledger there.
const ledgerDir = process.env.STATS_LEDGER;
if (ledgerDir) {
  process.on('exit', () => {
    if (ledger.length === 0) return;
    const { count, total } = spent();
    writeFileSync(
      join(ledgerDir, `${process.pid}.json`),
      JSON.stringify({ file: process.argv[1] ?? '', count, total }),
    );
  });
}

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9); accurate to ~1e-15 relative for x > 0.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  x -= 1;
  let a = c[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Upper regularized incomplete gamma Q(a, x) = Γ(a, x)/Γ(a). */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaFraction(a, x);
}

/** Lower regularized incomplete gamma P(a, x) = 1 − Q(a, x), without cancellation where it is small. */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaFraction(a, x);
}

function gammaSeries(a: number, x: number): number {
  let sum = 1 / a;
  let del = sum;
  for (let n = 1; n < 1_000_000; n++) {
    del *= x / (a + n);
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * 1e-17) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function gammaFraction(a: number, x: number): number {
  // Lentz's continued fraction.
  let b = x + 1 - a;
  let c = 1 / 1e-300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1_000_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Upper tail P(χ² ≥ stat) of a chi-square law with `df` degrees of freedom. */
export function chiSquareP(stat: number, df: number): number {
  return gammaQ(df / 2, stat / 2);
}

/** The chi-square value whose upper tail on `df` degrees of freedom is `alpha`. */
export function chiSquareCritical(df: number, alpha = ALPHA): number {
  let lo = 0;
  let hi = df + 10 * Math.sqrt(2 * df) + 100;
  while (chiSquareP(hi, df) > alpha) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-9 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (chiSquareP(mid, df) > alpha) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Upper tail P(χ'² ≥ x) of a noncentral chi-square law (`df` degrees of freedom, noncentrality
 * `lambda`): a Poisson(λ/2) mixture of central tails, summed outward from the Poisson mode until
 * the weights left are below 1e-17.
 */
export function noncentralChiSquareQ(x: number, df: number, lambda: number): number {
  const h = lambda / 2;
  if (h === 0) return chiSquareP(x, df);
  const mode = Math.floor(h);
  const logW = (j: number) => -h + j * Math.log(h) - logGamma(j + 1);
  let sum = 0;
  let weight = 0;
  for (let j = mode; j >= 0; j--) {
    const w = Math.exp(logW(j));
    sum += w * gammaQ(df / 2 + j, x / 2);
    weight += w;
    if (w < 1e-17 && j < mode) break;
  }
  for (let j = mode + 1; ; j++) {
    const w = Math.exp(logW(j));
    sum += w * gammaQ(df / 2 + j, x / 2);
    weight += w;
    if (w < 1e-17) break;
  }
  return Math.min(1, sum + Math.max(0, 1 - weight));
}

/**
 * Power of a chi-square test at rate `alpha` on `df` degrees of freedom against an alternative of
 * noncentrality `lambda` (Pearson's statistic under a shifted law: λ = N·Σ (p₁ − p₀)²/p₀).
 */
export function chiSquarePower(df: number, lambda: number, alpha = ALPHA): number {
  return noncentralChiSquareQ(chiSquareCritical(df, alpha), df, lambda);
}

/**
 * The smallest relative bias δ that a chi-square test at rate `alpha` over `df + 1` equally likely
 * cells catches with power `power` from `n` draws, when half the cells are at `(1 + δ)/cells` and
 * half at `(1 − δ)/cells` (noncentrality `n·δ²`).
 */
export function detectableChiSquareDelta(n: number, df: number, power = 0.99, alpha = ALPHA): number {
  const crit = chiSquareCritical(df, alpha);
  let lo = 0;
  let hi = 1;
  while (noncentralChiSquareQ(crit, df, n * hi * hi) < power) hi *= 2;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (noncentralChiSquareQ(crit, df, n * mid * mid) < power) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Pearson chi-square of observed counts against expected counts (or equal cells). */
export function chiSquare(observed: ArrayLike<number>, expected?: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < observed.length; i++) total += observed[i]!;
  let stat = 0;
  for (let i = 0; i < observed.length; i++) {
    const e = expected ? expected[i]! : total / observed.length;
    const d = observed[i]! - e;
    stat += (d * d) / e;
  }
  return stat;
}

/**
 * Asserts that counts are consistent with the expected law (equal cells by default) by a Pearson
 * chi-square at false-alarm rate `alpha`. `df` defaults to cells − 1 (one total fixed); a table of
 * R rows whose totals are each fixed (counts by position, say) has R·(k − 1).
 */
export function assertUniform(
  observed: ArrayLike<number>,
  label: string,
  expected?: ArrayLike<number>,
  df = observed.length - 1,
  alpha = ALPHA,
): void {
  spend(alpha, label);
  const stat = chiSquare(observed, expected);
  const p = chiSquareP(stat, df);
  assert.ok(p > alpha, `${label}: chi-square ${stat.toFixed(1)} on ${df} df, p = ${p.toExponential(2)} <= ${alpha}`);
}

// Binomial probabilities by Loader's saddle-point form (as in R's dbinom): the log of the pmf is
// assembled from Stirling-series errors and deviances, which keeps full relative accuracy for n up
// to 2^53 where lgamma(n + 1) − lgamma(k + 1) − lgamma(n − k + 1) would cancel.

/** log(n!) − log(√(2πn)·(n/e)^n): the error of Stirling's formula. */
function stirlerr(n: number): number {
  if (n <= 15) return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - 0.5 * Math.log(2 * Math.PI);
  const nn = n * n;
  const S0 = 1 / 12;
  const S1 = 1 / 360;
  const S2 = 1 / 1260;
  const S3 = 1 / 1680;
  const S4 = 1 / 1188;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

/** The deviance x·log(x/m) + m − x, by its series where x is close to m (no cancellation). */
function bd0(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}

/**
 * log P(X = k) for X ~ binomial(n, q); `qc` is 1 − q, given exactly by the caller where q is near 1
 * (1 − q in floating point would lose it).
 */
export function logBinomialPmf(k: number, n: number, q: number, qc = 1 - q): number {
  if (k < 0 || k > n) return -Infinity;
  if (q === 0) return k === 0 ? 0 : -Infinity;
  if (qc === 0) return k === n ? 0 : -Infinity;
  if (k === 0) return q < 0.1 ? -bd0(n, n * qc) - n * q : n * Math.log(qc);
  if (k === n) return qc < 0.1 ? -bd0(n, n * q) - n * qc : n * Math.log(q);
  const lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, n * q) - bd0(n - k, n * qc);
  return lc - 0.5 * (Math.log(2 * Math.PI) + Math.log(k) + Math.log1p(-k / n));
}

/**
 * Sum of the pmf from k outward (downward when `down`), in units of P(X = k). Outside the mode the
 * ratio of neighbouring terms is below 1 and shrinks outward, so once a term times r/(1 − r) is
 * below 1e-17 of the sum, the rest is too: the truncation is bounded, not guessed.
 */
function outwardSum(k: number, n: number, q: number, qc: number, down: boolean): number {
  let s = 1;
  let t = 1;
  for (let j = k; down ? j > 0 : j < n; down ? j-- : j++) {
    const r = down ? (j * qc) / ((n - j + 1) * q) : ((n - j) * q) / ((j + 1) * qc);
    t *= r;
    s += t;
    if (r < 1 && (t * r) / (1 - r) < 1e-17 * s) break;
  }
  return s;
}

/** P(X ≤ k) and P(X ≥ k) for X ~ binomial(n, q), exactly (to double precision); `qc` = 1 − q. */
export function binomialTails(k: number, n: number, q: number, qc = 1 - q): { lower: number; upper: number } {
  if (k < 0) return { lower: 0, upper: 1 };
  if (k > n) return { lower: 1, upper: 0 };
  const pk = Math.exp(logBinomialPmf(k, n, q, qc));
  const mean = n * q;
  // Sum on the side of k away from the mean, where the terms fall monotonically; the other tail is
  // the complement (it is then above about ½, so nothing is lost to cancellation where it matters).
  if (k <= mean) {
    const lower = Math.min(1, pk * outwardSum(k, n, q, qc, true));
    return { lower, upper: Math.min(1, Math.max(0, 1 - lower + pk)) };
  }
  const upper = Math.min(1, pk * outwardSum(k, n, q, qc, false));
  return { lower: Math.min(1, Math.max(0, 1 - upper + pk)), upper };
}

/** Two-sided critical counts at rate `alpha`: reject when count ≤ lo or count ≥ hi (each tail ≤ α/2). */
export function binomialCritical(n: number, q: number, qc = 1 - q, alpha = ALPHA): { lo: number; hi: number } {
  const mean = Math.floor(n * q);
  // lo: the largest k ≤ mean with P(X ≤ k) ≤ α/2 (−1 if none).
  let a = -1;
  let b = mean;
  if (binomialTails(b, n, q, qc).lower <= alpha / 2) a = b;
  else
    while (b - a > 1) {
      const m = Math.floor((a + b) / 2);
      if (binomialTails(m, n, q, qc).lower <= alpha / 2) a = m;
      else b = m;
    }
  const lo = a;
  // hi: the smallest k > mean with P(X ≥ k) ≤ α/2 (n + 1 if none).
  a = mean;
  b = n + 1;
  while (b - a > 1) {
    const m = Math.floor((a + b) / 2);
    if (binomialTails(m, n, q, qc).upper <= alpha / 2) b = m;
    else a = m;
  }
  return { lo, hi: b };
}

/**
 * Power of the two-sided binomial test of {@link assertBinomial} (n draws, null rate q) against a
 * true rate q1: the exact probability, under binomial(n, q1), of a count in the rejection region.
 */
export function binomialPower(n: number, q: number, q1: number, opts: { qc?: number; q1c?: number } = {}): number {
  const { lo, hi } = binomialCritical(n, q, opts.qc ?? 1 - q);
  const q1c = opts.q1c ?? 1 - q1;
  return Math.min(1, binomialTails(lo, n, q1, q1c).lower + binomialTails(hi, n, q1, q1c).upper);
}

/**
 * Two-sided exact binomial test of a count against binomial(n, q): fails when the smaller tail,
 * P(X ≤ count) or P(X ≥ count), is at most α/2. Give `qc` = 1 − q exactly when q is near 1.
 */
export function assertBinomial(
  count: number,
  n: number,
  q: number,
  label: string,
  opts: { qc?: number; alpha?: number } = {},
): void {
  const alpha = opts.alpha ?? ALPHA;
  spend(alpha, label);
  const { lower, upper } = binomialTails(count, n, q, opts.qc ?? 1 - q);
  assert.ok(
    Math.min(lower, upper) > alpha / 2,
    `${label}: count ${count} of ${n} at rate ${q}: P(X <= count) = ${lower.toExponential(2)}, ` +
      `P(X >= count) = ${upper.toExponential(2)}, one of them <= ${alpha / 2}`,
  );
}
