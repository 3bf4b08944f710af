/**
 * Statistics for the uniformity tests. Every test compares a p-value against {@link ALPHA}, so a
 * correct generator fails a given test with probability at most 1e-9 per run.
 */
import assert from 'node:assert/strict';

/** The false-alarm rate of every statistical assertion. */
export const ALPHA = 1e-9;

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

/** Upper regularized incomplete gamma Q(a, x). */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const lg = logGamma(a);
  if (x < a + 1) {
    let sum = 1 / a;
    let del = sum;
    for (let n = 1; n < 100000; n++) {
      del *= x / (a + n);
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-16) break;
    }
    return 1 - sum * Math.exp(-x + a * Math.log(x) - lg);
  }
  // Lentz's continued fraction.
  let b = x + 1 - a;
  let c = 1 / 1e-300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
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
  return Math.exp(-x + a * Math.log(x) - lg) * h;
}

/** p-value of a chi-square statistic with `df` degrees of freedom. */
export function chiSquareP(stat: number, df: number): number {
  return gammaQ(df / 2, stat / 2);
}

/** Pearson chi-square of observed counts against expected counts (or equal cells). */
export function chiSquare(
  observed: ArrayLike<number>,
  expected?: ArrayLike<number>,
): { stat: number; df: number; p: number } {
  let total = 0;
  for (let i = 0; i < observed.length; i++) total += observed[i]!;
  let stat = 0;
  for (let i = 0; i < observed.length; i++) {
    const e = expected ? expected[i]! : total / observed.length;
    const d = observed[i]! - e;
    stat += (d * d) / e;
  }
  const df = observed.length - 1;
  return { stat, df, p: chiSquareP(stat, df) };
}

/** Asserts that counts are consistent with the expected law at false-alarm rate {@link ALPHA}. */
export function assertUniform(observed: ArrayLike<number>, label: string, expected?: ArrayLike<number>): void {
  const { stat, df, p } = chiSquare(observed, expected);
  assert.ok(p > ALPHA, `${label}: chi-square ${stat.toFixed(1)} on ${df} df, p = ${p.toExponential(2)} <= ${ALPHA}`);
}

/**
 * Two-sided z-test of an observed count against a binomial(n, q) law at rate {@link ALPHA}
 * (|z| > 6.1 has probability below 1e-9 under the normal approximation).
 */
export function assertBinomial(count: number, n: number, q: number, label: string): void {
  const z = (count - n * q) / Math.sqrt(n * q * (1 - q));
  assert.ok(Math.abs(z) < Z_ALPHA, `${label}: z = ${z.toFixed(2)} (count ${count} of ${n}, expected rate ${q})`);
}

/** Two-sided normal quantile for {@link ALPHA}: P(|Z| > 6.109) ≈ 1.0e-9. */
export const Z_ALPHA = 6.109;

/** The chi-square value whose upper-tail probability on `df` degrees of freedom is {@link ALPHA}. */
export function chiSquareCritical(df: number): number {
  let lo = df;
  let hi = df + 10 * Math.sqrt(2 * df) + 100;
  while (chiSquareP(hi, df) > ALPHA) hi *= 2;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (chiSquareP(mid, df) > ALPHA) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The smallest relative bias a chi-square test at rate {@link ALPHA} detects (with about 50%
 * power) with `n` draws over `df + 1` equally likely cells: half the cells at probability
 * `(1 + δ)/cells` and half at `(1 − δ)/cells` give a noncentrality `n·δ²`, which reaches the
 * critical value's excess over the mean when `δ = sqrt((critical − df) / n)`.
 */
export function detectableChiSquareDelta(n: number, df: number): number {
  return Math.sqrt((chiSquareCritical(df) - df) / n);
}

/** z of a count against binomial(n, q). */
export function binomialZ(count: number, n: number, q: number): number {
  return (count - n * q) / Math.sqrt(n * q * (1 - q));
}

/**
 * The smallest shift of a probability `q` that {@link assertBinomial} detects with about 50%
 * power from `n` draws: `Z_ALPHA · sqrt(q(1 − q)/n)`.
 */
export function detectableBinomialShift(n: number, q: number): number {
  return Z_ALPHA * Math.sqrt((q * (1 - q)) / n);
}
