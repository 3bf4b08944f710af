/**
 * The exact sets of values that the two classic biased reductions over-weight, for the focused
 * statistical tests: a raw draw `x` uniform in `[0, 2^w)` reduced to `[0, n)` by
 *
 * - modulo: `x mod n`, or
 * - multiply-shift (Lemire's method without its rejection step, and `floor(random() * n)` for
 *   w = 53): `floor(x · n / 2^w)`.
 *
 * With `2^w = q·n + rem`, both give `rem` values `q + 1` preimages and the other `n − rem` values
 * `q`, so the over-weighted set S has `rem` elements, probability `rem/n` under a uniform draw and
 * `rem·(q + 1)/2^w` under the biased reduction.
 */

export type Reduction = 'modulo' | 'multiply-shift';

export interface OverweightedSet {
  reduction: Reduction;
  n: number;
  w: number;
  /** |S| = 2^w mod n. */
  size: number;
  /** P(S) for a uniform draw from [0, n). */
  pUniform: number;
  /** P(S) under the biased reduction. */
  pBiased: number;
  /** 1 − pUniform and 1 − pBiased, computed exactly (both are near 0 when S is almost everything). */
  pUniformC: number;
  pBiasedC: number;
  has(r: number): boolean;
}

/** `(a · b) mod n` exactly, for safe integers a, b < n. */
function mulmod(a: number, b: number, n: number): number {
  if (n <= 2 ** 32) {
    // b < 2^32, limbs of 16 bits: every product and sum stays below 2^53.
    let acc = 0;
    for (let shift = 48; shift >= 0; shift -= 16) {
      const limb = Math.floor(a / 2 ** shift) % 65536;
      acc = (acc * 65536 + limb * b) % n;
    }
    return acc;
  }
  return Number((BigInt(a) * BigInt(b)) % BigInt(n));
}

/** a/b as a double, to full precision for any sizes (a 64-bit quotient, then scaled). */
function ratio(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  const shift = BigInt(Math.max(0, b.toString(2).length - a.toString(2).length + 64));
  return Number((a << shift) / b) / 2 ** Number(shift);
}

/** The over-weighted set of `reduction` from `w`-bit draws to `[0, n)` (requires `2^w >= n`). */
export function overweighted(reduction: Reduction, n: number, w: number): OverweightedSet {
  const M = 2n ** BigInt(w);
  const N = BigInt(n);
  if (M < N) throw new RangeError(`2^${w} < ${n}`);
  const rem = Number(M % N);
  const q = M / N;
  const pBiased = ratio(BigInt(rem) * (q + 1n), M);
  const pBiasedC = ratio(M - BigInt(rem) * (q + 1n), M);
  let has: (r: number) => boolean;
  if (reduction === 'modulo') {
    // x mod n = r has q + 1 solutions exactly when r < rem.
    has = (r) => r < rem;
  } else {
    // r gets ceil((r+1)·2^w/n) − ceil(r·2^w/n) preimages; writing f = r·2^w mod n = r·rem mod n,
    // that difference is q + 1 exactly when f = 0 (and rem > 0) or f > n − rem.
    has = (r) => {
      if (rem === 0) return false;
      const f = mulmod(r, rem, n);
      return f === 0 || f > n - rem;
    };
  }
  return { reduction, n, w, size: rem, pUniform: rem / n, pBiased, pUniformC: (n - rem) / n, pBiasedC, has };
}
