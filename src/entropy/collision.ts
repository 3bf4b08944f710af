/**
 * Birthday-problem maths in log space. No randomness.
 * @internal
 * @module
 */

/** A space of equally likely values: its size as a number or bigint, or `{ bits }` (size 2^bits). */
export type Space = number | bigint | { bits: number };

/** A space reduced to what the maths needs: `size` (may be Infinity when huge) and `ln(size)`. */
export interface SpaceInfo {
  size: number;
  ln: number;
}

const LN2 = Math.LN2;

/** Sums terms of one sign with Neumaier compensation, so the total keeps full relative accuracy. */
class Sum {
  s = 0;
  c = 0;
  add(x: number): void {
    const t = this.s + x;
    if (Math.abs(this.s) >= Math.abs(x)) this.c += this.s - t + x;
    else this.c += x - t + this.s;
    this.s = t;
  }
  get value(): number {
    return this.s + this.c;
  }
}

/** Up to this many draws the product is summed term by term: each `log1p` is exact to 1 ulp. */
const DIRECT = 65536;

/** Bernoulli numbers B0..B12 (with B1 = -1/2, the convention for sums of i^k over 0..n-1). */
const BERNOULLI = [1, -1 / 2, 1 / 6, 0, -1 / 30, 0, 1 / 42, 0, -1 / 30, 0, 5 / 66, 0, -691 / 2730];

/**
 * `ln P(no collision)` for `n` draws from `N` values: `Σ_{i<n} log1p(-i/N)`.
 *
 * - `n <= 65,536` (and a finite `N`): the sum itself, compensated.
 * - otherwise, with `x = n/N <= 1/2`: `-Σ_k S_k / (k N^k)`, where `S_k = Σ_{i<n} i^k` by Faulhaber:
 *   `S_k / N^k = x^k · n/(k+1) · Σ_j C(k+1, j) B_j n^-j`. Every term has the same sign and the
 *   Faulhaber corrections are below `(k/n)^j`, so the result keeps full relative accuracy, which
 *   `-expm1` then carries to tiny probabilities.
 * - `x > 1/2` with `n > 65,536`: `ln Γ(N+1) - ln Γ(N-n+1) - n ln N` by Stirling. There
 *   `ln P < -N/8 < -8000`, so the probability of no collision underflows and only its order matters.
 */
export function lnNoCollision(n: number, space: SpaceInfo): number {
  const N = space.size;
  if (n <= 1) return 0;
  if (n - 1 >= N) return -Infinity;
  if (n <= DIRECT && Number.isFinite(N)) {
    const sum = new Sum();
    for (let i = 1; i < n; i++) sum.add(Math.log1p(-i / N));
    return sum.value;
  }
  const lnx = Math.log(n) - space.ln;
  const x = Number.isFinite(N) ? n / N : Math.exp(lnx);
  if (x <= 0.5) {
    const sum = new Sum();
    let xk = 1;
    for (let k = 1; k < 400; k++) {
      xk *= x;
      if (xk === 0) break;
      // Σ_j C(k+1, j) B_j n^-j, j = 0..min(k, 12): the omitted tail is below (k/n)^13.
      let binom = 1;
      let inv = 1;
      let bracket = 0;
      for (let j = 0; j <= Math.min(k, 12); j++) {
        if (j > 0) {
          binom = (binom * (k + 2 - j)) / j;
          inv /= n;
        }
        bracket += binom * BERNOULLI[j]! * inv;
      }
      const term = (xk * n * bracket) / ((k + 1) * k);
      sum.add(-term);
      if (Math.abs(term) < 1e-18 * Math.abs(sum.value)) break;
    }
    return sum.value;
  }
  return lnGammaP1(N) - lnGammaP1(N - n) - n * space.ln;
}

/** `ln Γ(z + 1) = ln z!` for `z >= 0` by Stirling's series (only used where its order is enough). */
function lnGammaP1(z: number): number {
  if (z < 10) {
    let r = 0;
    let w = z;
    while (w < 10) {
      w += 1;
      r -= Math.log(w);
    }
    return r + lnGammaP1(w);
  }
  const zz = z + 1;
  return (zz - 0.5) * Math.log(zz) - zz + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * zz) - 1 / (360 * zz ** 3);
}

/** Size of a space from its bit count: exact `2**bits` while it is finite. */
export function spaceFromBits(bits: number): SpaceInfo {
  return { size: 2 ** bits, ln: bits * LN2 };
}

/** Size of a space given as a bigint (converted with the error of one rounding). */
export function spaceFromBig(n: bigint): SpaceInfo {
  if (n <= BigInt(Number.MAX_SAFE_INTEGER)) return spaceFromNumber(Number(n));
  const hex = n.toString(16);
  // Top 13 hex digits (52 bits) keep the logarithm exact to double precision.
  const head = parseInt(hex.slice(0, 13), 16);
  const ln = Math.log(head) + (hex.length - 13) * 4 * LN2;
  return { size: Number(n), ln };
}

export function spaceFromNumber(n: number): SpaceInfo {
  return { size: n, ln: Math.log(n) };
}

/**
 * The smallest integer `n` with `P(collision among n draws) >= p`, for `0 < p < 1`. Above 2^53
 * draws the answer is the real root of the continuous extension (integers are no longer exact).
 */
export function drawsFor(p: number, space: SpaceInfo): number {
  // Certainty needs one draw more than there are values.
  if (p === 1) return Math.ceil(space.size) + 1;
  // ln P(no collision) must fall to ln(1 - p) or below.
  const target = Math.log1p(-p);
  const f = (n: number): number => lnNoCollision(n, space) - target;
  // First guess from the leading term: ln P(no) ≈ -n²/2N.
  const guess = Math.exp(0.5 * (Math.log(-2 * target) + space.ln)) + 0.5;
  // Beyond the largest double the count itself is not representable.
  if (!(guess < Number.MAX_VALUE / 8)) return Infinity;
  let lo = 1;
  let hi = Math.max(2, Math.ceil(guess));
  if (Number.isFinite(space.size)) hi = Math.min(hi, Math.ceil(space.size) + 1);
  while (f(hi) > 0) {
    lo = hi;
    hi *= 2;
    if (Number.isFinite(space.size)) hi = Math.min(hi, Math.ceil(space.size) + 1);
    if (!(hi < Number.MAX_VALUE)) return Infinity;
  }
  // Bisection: f(lo) > 0 (too few draws), f(hi) <= 0. Integers while they are exact.
  lo = Math.max(lo, 1);
  for (let iter = 0; iter < 2000; iter++) {
    if (hi <= 2 ** 53) {
      // Back on exact integers after real steps: f decreases in n, so the bracket still holds.
      hi = Math.ceil(hi);
      lo = Math.floor(lo);
      if (hi - lo <= 1) return hi;
    }
    const mid = hi <= 2 ** 53 ? Math.floor((lo + hi) / 2) : Math.sqrt(lo) * Math.sqrt(hi);
    if (mid <= lo || mid >= hi) return hi;
    if (hi > 2 ** 53 && (hi - lo) / hi < 1e-15) return hi;
    if (f(mid) > 0) lo = mid;
    else hi = mid;
  }
  return hi;
}
