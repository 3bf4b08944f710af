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

/**
 * Largest random bigint, in bits (2 MiB): built in linear time, it takes well under a second, and
 * it stays far below the engine's own limit (2^30 bits in V8).
 */
export const MAX_BIGINT_BITS = 2 ** 24;

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

/** ASCII codes of the 16 lowercase hex digits. */
const HEX = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];
/** Hex digits turned into a string per call of `String.fromCharCode` (well within every engine's argument limit). */
const PIECE = 8192;
/**
 * Up to this many words, joining 64-bit limbs by shifts is faster than going through text (each
 * join copies the result so far, which costs little while it is small); above, text is linear.
 */
const LIMB_WORDS = 256;

/** Scratch for joining two words into a 64-bit limb (`getBigUint64` makes it in one step), wiped after use. */
let limbView: DataView | undefined;

/** The limb scratch, for the test that it is wiped after every bigint (undefined before first use). @internal */
export function limbScratch(): DataView | undefined {
  return limbView;
}
/** `BigInt(64 * j)` for every limb position below LIMB_WORDS words, made once. */
let limbShift: bigint[] | undefined;

/**
 * `getrandbits(k)` for any `k >= 0` as a bigint: `ceil(k/32)` words, least-significant word first,
 * the last word cut to its top bits (CPython `_random_Random_getrandbits_impl`).
 */
export function getrandbitsBig(src: RandomSource, k: number): bigint {
  if (k <= 53) return BigInt(getrandbitsNumber(src, k));
  const n = Math.ceil(k / 32);
  return n <= LIMB_WORDS ? bigFromLimbs(src, k, n) : bigFromHex(src, k, n);
}

/** Pairs of words (low word first, as CPython places them) joined into 64-bit limbs by shifts. */
function bigFromLimbs(src: RandomSource, k: number, n: number): bigint {
  const dv = (limbView ??= new DataView(new ArrayBuffer(8)));
  const shift = (limbShift ??= Array.from({ length: LIMB_WORDS / 2 }, (_, j) => BigInt(64 * j)));
  let r = 0n;
  for (let i = 0; i < n; i += 2) {
    let lo = src.nextUint32();
    if (k - 32 * i < 32) lo >>>= 32 - (k - 32 * i);
    let hi = 0;
    if (i + 1 < n) {
      hi = src.nextUint32();
      if (k - 32 * (i + 1) < 32) hi >>>= 32 - (k - 32 * (i + 1));
    }
    dv.setUint32(0, lo, true);
    dv.setUint32(4, hi, true);
    const limb = dv.getBigUint64(0, true);
    r = i === 0 ? limb : r | (limb << shift[i >> 1]!);
  }
  dv.setBigUint64(0, 0n);
  return r;
}

/**
 * The words written as hex text, most significant first, and parsed in one `BigInt('0x…')` call:
 * linear in `k`, where joining limbs by shifts would copy the growing result each time (O(k²)).
 */
function bigFromHex(src: RandomSource, k: number, n: number): bigint {
  const words = new Uint32Array(n);
  for (let i = 0; i < n; i++) words[i] = src.nextUint32();
  const top = k - 32 * (n - 1);
  if (top < 32) words[n - 1] = words[n - 1]! >>> (32 - top);
  const codes = new Uint8Array(8 * n);
  for (let i = n - 1, j = 0; i >= 0; i--, j += 8) {
    const w = words[i]!;
    for (let s = 28, q = j; s >= 0; s -= 4, q++) codes[q] = HEX[(w >>> s) & 15]!;
  }
  words.fill(0);
  const pieces: string[] = ['0x'];
  for (let i = 0; i < codes.length; i += PIECE) {
    pieces.push(String.fromCharCode.apply(null, codes.subarray(i, i + PIECE) as unknown as number[]));
  }
  codes.fill(0);
  return BigInt(pieces.join(''));
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

export function randbelowBig(src: RandomSource, n: bigint, fn = 'randbelow'): bigint {
  if (n <= 0x1fffffffffffffn) return BigInt(randbelowNumber(src, Number(n)));
  // Bounds repeat across calls; remembering the last one saves a bit-length computation.
  if (n !== lastBound) {
    const bits = bitLengthBig(n);
    if (bits > MAX_BIGINT_BITS) {
      throw new RangeError(`${fn}: the range must have at most 2^24 bits (the bigint limit), got ${bits} bits`);
    }
    lastBits = bits;
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
