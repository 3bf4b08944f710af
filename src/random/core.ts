/**
 * The integer and float core, written once against {@link RandomSource}. These follow CPython's
 * `random.Random` exactly (`getrandbits`, `_randbelow_with_getrandbits`, `random`), so the same
 * code gives CPython's sequences on the seeded Mersenne Twister and unbiased values on the secure
 * source.
 * @internal
 * @module
 */
import type { RandomSource } from '../source/source.js';

const TWO32 = 4294967296;

/** Bit length of a non-negative safe integer (`bitLength(0) === 0`). */
export function bitLength(n: number): number {
  if (n < TWO32) return 32 - Math.clz32(n);
  return 64 - Math.clz32(Math.floor(n / TWO32));
}

/** Bit length of a non-negative bigint. */
export function bitLengthBig(n: bigint): number {
  if (n === 0n) return 0;
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + bitLength(parseInt(hex[0]!, 16));
}

/**
 * `getrandbits(k)` for `0 <= k <= 53`, as CPython builds it: `k <= 32` takes the top `k` bits of
 * one word; above that the first word is the low 32 bits and the top `k - 32` bits of the second
 * word are the high part. `k = 0` consumes nothing.
 */
export function getrandbitsNumber(src: RandomSource, k: number): number {
  if (k <= 32) return k === 0 ? 0 : src.nextUint32() >>> (32 - k);
  const lo = src.nextUint32();
  return (src.nextUint32() >>> (64 - k)) * TWO32 + lo;
}

/** Scratch for joining two words into a 64-bit limb: `getBigUint64` makes the bigint in one step. */
let limbView: DataView | undefined;

/** The limb scratch, for the test that it is wiped after every bigint (undefined before first use). @internal */
export function limbScratch(): DataView | undefined {
  return limbView;
}

/**
 * `getrandbits(k)` for any `k >= 0` as a bigint: `ceil(k/32)` words, least-significant word first,
 * the last word cut to its top bits (CPython `_random_Random_getrandbits_impl`). Pairs of words are
 * joined into 64-bit limbs (low word first, as CPython places them), which is the same bits with
 * far fewer bigint operations.
 */
export function getrandbitsBig(src: RandomSource, k: number): bigint {
  if (k <= 53) return BigInt(getrandbitsNumber(src, k));
  const dv = (limbView ??= new DataView(new ArrayBuffer(8)));
  const words = Math.ceil(k / 32);
  let r = 0n;
  for (let i = 0; i < words; i += 2) {
    let lo = src.nextUint32();
    if (k - 32 * i < 32) lo >>>= 32 - (k - 32 * i);
    let hi = 0;
    if (i + 1 < words) {
      hi = src.nextUint32();
      if (k - 32 * (i + 1) < 32) hi >>>= 32 - (k - 32 * (i + 1));
    }
    dv.setUint32(0, lo, true);
    dv.setUint32(4, hi, true);
    const limb = dv.getBigUint64(0, true);
    r = i === 0 ? limb : r | (limb << BigInt(32 * i));
  }
  dv.setBigUint64(0, 0n);
  return r;
}

/**
 * A uniform integer in `[0, n)` for a safe integer `n >= 1`.
 *
 * CPython's `_randbelow_with_getrandbits`: draw `k = bitLength(n)` bits and reject values `>= n`.
 * Every accepted value is equally likely because each `k`-bit pattern is, and rejection only
 * discards patterns; since `2^(k-1) <= n`, at least half of the draws are accepted. Using the bit
 * length of `n` (not `n - 1`) wastes a bit on exact powers of two but keeps CPython's consumption,
 * which the seeded generator must reproduce.
 */
export function randbelowNumber(src: RandomSource, n: number): number {
  const k = bitLength(n);
  if (k <= 32) {
    const shift = 32 - k;
    let r = src.nextUint32() >>> shift;
    while (r >= n) r = src.nextUint32() >>> shift;
    return r;
  }
  let r = getrandbitsNumber(src, k);
  while (r >= n) r = getrandbitsNumber(src, k);
  return r;
}

/** {@link randbelowNumber} for a bigint `n >= 1n` of any size (same rejection argument). */
let lastBound = 0n;
let lastBits = 0;

export function randbelowBig(src: RandomSource, n: bigint): bigint {
  if (n <= 0x1fffffffffffffn) return BigInt(randbelowNumber(src, Number(n)));
  // Bounds repeat across calls; remembering the last one saves a bit-length computation.
  if (n !== lastBound) {
    lastBits = bitLengthBig(n);
    lastBound = n;
  }
  const k = lastBits;
  let r = getrandbitsBig(src, k);
  while (r >= n) r = getrandbitsBig(src, k);
  return r;
}

/**
 * A float in `[0, 1)`: 27 bits of one word and 26 of the next make a 53-bit integer, scaled by
 * 2^-53. Every step is exact in doubles, so the result is a multiple of 2^-53, all 2^53 of them
 * equally likely (CPython `random_random`).
 */
export function random53(src: RandomSource): number {
  const a = src.nextUint32() >>> 5;
  const b = src.nextUint32() >>> 6;
  return (a * 67108864 + b) / 9007199254740992;
}
