/**
 * CPython's `random.seed(a, version)`, reduced to what it feeds the Mersenne Twister: the key of
 * 32-bit words passed to `init_by_array` (CPython `random_seed` in `_randommodule.c` and
 * `Random.seed` in `random.py`).
 * @module
 */
import { byteView, describe, isU8, typeError, rangeError } from '../_assert.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { systemSource } from '../source/system.js';
import { utf8 } from '../encoding/utf8.js';

const TWO32 = 4294967296;

/** Key of a non-negative bigint: 32-bit limbs, least significant first; `0n` gives `[0]`. */
function bigKey(n: bigint): Uint32Array {
  if (n === 0n) return Uint32Array.of(0);
  const hex = n.toString(16);
  const len = Math.ceil(hex.length / 8);
  const key = new Uint32Array(len);
  for (let i = 0; i < len; i++) {
    const end = hex.length - 8 * i;
    key[i] = parseInt(hex.slice(Math.max(0, end - 8), end), 16);
  }
  return key;
}

/**
 * Key of the integer whose big-endian bytes are `bytes` (CPython's `int.from_bytes(b, 'big')`
 * followed by the limb split): 4-byte groups from the end, a short first group zero-extended, and
 * most-significant zero limbs dropped, so leading zero bytes can shorten the key.
 */
function bigEndianKey(bytes: Uint8Array): Uint32Array {
  const n = bytes.length;
  let len = Math.max(1, Math.ceil(n / 4));
  const key = new Uint32Array(len);
  for (let i = 0; i < len; i++) {
    const end = n - 4 * i;
    let v = 0;
    for (let p = Math.max(0, end - 4); p < end; p++) v = v * 256 + bytes[p]!;
    key[i] = v;
  }
  while (len > 1 && key[len - 1] === 0) len--;
  return key.subarray(0, len);
}

const P = (1n << 61n) - 1n;

/**
 * CPython's `hash(x)` for a float (`_Py_HashDouble`): for x = ±m·2^e, `±(m·2^e mod P)` with
 * P = 2^61 - 1, where 2^e is reduced with 2^61 ≡ 1 (mod P), so a negative e uses the modular
 * inverse of 2^-e; `-1` becomes `-2`; ±Infinity hash to ±314159. NaN has no stable hash.
 * @internal
 */
export function floatHash(x: number): bigint {
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (x === 0) return 0n;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = hi >>> 20;
  const frac = (hi & 0xfffff) * TWO32 + lo;
  // Normal numbers carry the implicit bit; subnormals have the minimum exponent.
  const m = BigInt(biased === 0 ? frac : frac + 2 ** 52);
  const e = (biased === 0 ? -1074 : biased - 1075) % 61;
  let h = ((m % P) << BigInt(e < 0 ? e + 61 : e)) % P;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/**
 * The key CPython derives from a float seed: `hash(x)` read as a C `size_t` (mod 2^64), then split
 * like an int. Use it for Python float seeds that are whole numbers, which a JavaScript number
 * cannot tell apart from ints (Python's `seed(-1.0)` is `seed(2**64 - 2)`, but `seed(-1)` is
 * `seed(1)`).
 * @param x - Any number but NaN.
 * @returns The `init_by_array` key.
 * @throws {TypeError} If `x` is not a number.
 * @throws {RangeError} If `x` is NaN (CPython hashes NaN by identity, so it is not reproducible).
 * @example
 * ```ts
 * import { floatSeedKey } from 'secrets-ts/seeded';
 * assert.deepEqual([...floatSeedKey(2 ** 70)], [512]); // hash(2.0**70) == 512
 * assert.deepEqual([...floatSeedKey(-1)], [4294967294, 4294967295]); // hash(-1.0) == -2
 * ```
 */
export function floatSeedKey(x: number): Uint32Array {
  if (typeof x !== 'number') return typeError('floatSeedKey', 'x', 'a number', x);
  if (Number.isNaN(x)) return rangeError('floatSeedKey', 'x', 'a number other than NaN', x);
  return bigKey(BigInt.asUintN(64, floatHash(x)));
}

/** The version 1 seed of `random.py`: a 64-bit string hash over code points (or latin-1 bytes). */
function version1(points: ArrayLike<number>): bigint {
  const n = points.length;
  let x = n > 0 ? BigInt(points[0]!) << 7n : 0n;
  for (let i = 0; i < n; i++) x = BigInt.asUintN(64, (1000003n * x) ^ BigInt(points[i]!));
  return x ^ BigInt(n);
}

/** Index of the first lone surrogate in `s`, or -1. */
function loneSurrogate(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/**
 * CPython's `random.seed(a, version)` as the key it passes to `init_by_array`. Seed a
 * {@link MersenneTwister} with `mt.initByArray(seedKey(a, version))`.
 *
 * - `undefined` or `null`: 624 words from the secure system source (CPython reads 2,496 bytes of
 *   OS entropy), so every call gives a different key.
 * - An integer number (a safe integer) or a bigint of any size: `abs(a)` split into 32-bit limbs,
 *   least significant first (`seed(-3)` equals `seed(3)`). `version` is ignored, as in CPython.
 * - A number with a fraction, or ±Infinity: treated as a Python float, keyed through `hash(a)`
 *   (see {@link floatSeedKey} for whole-number floats).
 * - A string or a `Uint8Array`, version 2 (the default): the UTF-8 bytes `B` (or the bytes), seeded
 *   as `int.from_bytes(B + sha512(B), 'big')`.
 * - A string or a `Uint8Array`, version 1: CPython's legacy 64-bit hash over the code points (or
 *   the bytes as latin-1).
 *
 * @param a - The seed.
 * @param version - 1 or 2 for strings and bytes (default 2); ignored for numbers and bigints.
 * @param fn - Function name used in error messages.
 * @returns The key: 1 or more 32-bit words.
 * @throws {TypeError} If `a` has another type (CPython: "The only supported seed types are: None,
 *   int, float, str, bytes, and bytearray"), is a string with a lone surrogate (CPython cannot
 *   UTF-8 encode it), or `version` is not an integer.
 * @throws {RangeError} If `a` is NaN or an integer number beyond 2^53 - 1 (pass a bigint), or
 *   `version` is not 1 or 2 for a string or bytes seed (CPython would use the per-process
 *   randomised `hash(str)`).
 * @example
 * ```ts
 * import { seedKey } from 'secrets-ts/seeded';
 * assert.deepEqual([...seedKey(2n ** 64n + 7n)], [7, 0, 1]);
 * assert.deepEqual([...seedKey(-3)], [3]);
 * assert.equal(seedKey('hello world').length, 19); // 11 bytes + 64 digest bytes, big-endian
 * assert.deepEqual([...seedKey('', 1)], [0]);
 * ```
 */
export function seedKey(a?: unknown, version?: unknown, fn = 'seedKey'): Uint32Array {
  if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version))) {
    return typeError(fn, 'version', 'an integer (1 or 2)', version);
  }
  const v = version ?? 2;
  if (a === undefined || a === null) {
    const key = new Uint32Array(624);
    systemSource().fillBytes(new Uint8Array(key.buffer));
    return key;
  }
  if (typeof a === 'bigint') return bigKey(a < 0n ? -a : a);
  if (typeof a === 'number') {
    if (Number.isNaN(a)) return rangeError(fn, 'a', 'a number other than NaN (NaN has no stable hash)', a);
    if (!Number.isInteger(a) || !Number.isFinite(a)) return floatSeedKey(a);
    if (!Number.isSafeInteger(a)) {
      return rangeError(fn, 'a', 'a safe integer (pass a bigint for larger seeds)', a);
    }
    const n = Math.abs(a);
    return n < TWO32 ? Uint32Array.of(n) : Uint32Array.of(n % TWO32, Math.floor(n / TWO32));
  }
  if (typeof a === 'string' || isU8(a)) {
    if (v !== 1 && v !== 2) {
      return rangeError(fn, 'version', '1 or 2 for a string or bytes seed', v);
    }
    if (typeof a === 'string') {
      if (v === 1) {
        const points: number[] = [];
        for (const ch of a) points.push(ch.codePointAt(0)!);
        return bigKey(version1(points));
      }
      const at = loneSurrogate(a);
      if (at >= 0) {
        const unit = a.charCodeAt(at).toString(16);
        throw new TypeError(
          `${fn}: a must be a well-formed string: the lone surrogate \\u${unit} at index ${at} ` +
            `has no UTF-8 encoding (CPython raises UnicodeEncodeError), got ${describe(a)}`,
        );
      }
      return bytesKey(utf8(a));
    }
    // A copy through the built-in getters: the bytes themselves, whatever a subclass or another
    // realm's array says about its length.
    const bytes = byteView(a)!;
    return v === 1 ? bigKey(version1(bytes)) : bytesKey(bytes);
  }
  throw new TypeError(
    `${fn}: a must be undefined, null, a number, a bigint, a string or a Uint8Array ` +
      `(CPython: the only supported seed types are None, int, float, str, bytes, and bytearray), ` +
      `got ${describe(a)}`,
  );
}

/** Version 2 key of bytes `B`: the integer `B || SHA-512(B)` read big-endian. */
function bytesKey(b: Uint8Array): Uint32Array {
  const all = new Uint8Array(b.length + 64);
  all.set(b);
  all.set(sha512(b), b.length);
  return bigEndianKey(all);
}
