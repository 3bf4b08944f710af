/**
 * Python's `secrets` module: tokens, unbiased integers, choice and timing-safe comparison, all on
 * the pooled secure source.
 * @module
 */
import {
  MAX_STRING_LENGTH,
  aintOr,
  asArrayLike,
  byteView,
  codePoints,
  describeSecret,
  rangeError,
  secretTypeError,
  typeError,
} from '../_assert.js';
import { BASE64URL_CODES, bytesToBase64url } from '../encoding/base64url.js';
import { CHUNK, codeArray, codesToString, filled } from '../encoding/chars.js';
import type { RandomSource } from '../source/source.js';
import { bytesToHex } from '../encoding/hex.js';
import { MAX_BIGINT_BITS, getrandbitsBig, getrandbitsNumber, randbelowBig, randbelowNumber } from '../random/core.js';
import { systemSource } from '../source/system.js';

/** Default token size in bytes (256 bits), as in Python. */
export const DEFAULT_ENTROPY = 32;

/**
 * Largest byte count whose hex or base64url text still fits in a string. Written with shifts (the
 * floors of a half and a quarter) so that a bundler can drop the ones a bundle does not use.
 */
const MAX_HEX_BYTES = MAX_STRING_LENGTH >>> 1;
const MAX_B64_BYTES = (MAX_STRING_LENGTH >>> 2) * 3;

/** Largest typed array most engines allocate: 2^31 - 1. */
const MAX_BYTES = 0x7fffffff;

/**
 * Returns a uniform random integer in `[0, exclusiveUpperBound)`.
 *
 * A `number` bound gives a `number`; it must be a positive safe integer. A `bigint` bound gives a
 * `bigint`, and may have up to 2^24 bits. The draw is unbiased (rejection sampling, never modulo).
 *
 * @param exclusiveUpperBound - The exclusive upper bound, `>= 1`.
 * @returns An integer `r` with `0 <= r < exclusiveUpperBound`, of the same type as the bound.
 * @throws {TypeError} if the bound is neither a number nor a bigint, or is not an integer.
 * @throws {RangeError} if the bound is `<= 0`, a number above `Number.MAX_SAFE_INTEGER`, or a bigint
 *   of more than 2^24 bits.
 * @example
 * ```ts
 * import { randbelow } from 'secrets-ts';
 * const die = randbelow(6) + 1;
 * assert.ok(die >= 1 && die <= 6);
 * const big = randbelow(10n ** 30n);
 * assert.ok(big >= 0n && big < 10n ** 30n);
 * ```
 */
export function randbelow(exclusiveUpperBound: number): number;
export function randbelow(exclusiveUpperBound: bigint): bigint;
export function randbelow(exclusiveUpperBound: number | bigint): number | bigint;
export function randbelow(exclusiveUpperBound: number | bigint): number | bigint {
  const n = exclusiveUpperBound;
  if (typeof n === 'number') {
    if (Number.isSafeInteger(n) && n > 0) return randbelowNumber(systemSource(), n);
    if (!Number.isInteger(n)) typeError('randbelow', 'exclusiveUpperBound', 'an integer', n);
    if (n <= 0) rangeError('randbelow', 'exclusiveUpperBound', 'positive (upper bound must be positive)', n);
    rangeError(
      'randbelow',
      'exclusiveUpperBound',
      'at most Number.MAX_SAFE_INTEGER; pass a bigint for larger bounds',
      n,
    );
  }
  if (typeof n === 'bigint') {
    if (n <= 0n) rangeError('randbelow', 'exclusiveUpperBound', 'positive (upper bound must be positive)', n);
    return randbelowBig(systemSource(), n, 'randbelow');
  }
  return typeError('randbelow', 'exclusiveUpperBound', 'a number or a bigint', n);
}

/**
 * Returns an integer with `k` random bits, uniform in `[0, 2^k)`.
 *
 * A `number` k from 0 to 53 gives a `number`; a `bigint` k gives a `bigint` of up to 2^24 bits
 * (2 MiB, made in well under a second). `k = 0` gives 0.
 *
 * @param k - The number of bits.
 * @returns A uniform integer below `2^k`, of the same type as `k`.
 * @throws {TypeError} if `k` is not an integer number or a bigint.
 * @throws {RangeError} if `k` is negative, or a number above 53 (pass a bigint), or above 2^24.
 * @example
 * ```ts
 * import { randbits } from 'secrets-ts';
 * assert.ok(randbits(8) < 256);
 * assert.ok(randbits(128n) < 2n ** 128n);
 * ```
 */
export function randbits(k: number): number;
export function randbits(k: bigint): bigint;
export function randbits(k: number | bigint): number | bigint;
export function randbits(k: number | bigint): number | bigint {
  if (typeof k === 'number') {
    if (!Number.isInteger(k)) typeError('randbits', 'k', 'an integer', k);
    if (k < 0) rangeError('randbits', 'k', 'non-negative (number of bits must be non-negative)', k);
    if (k > 53) rangeError('randbits', 'k', 'at most 53 for a number result; pass a bigint such as 64n', k);
    return getrandbitsNumber(systemSource(), k);
  }
  if (typeof k === 'bigint') {
    if (k < 0n) rangeError('randbits', 'k', 'non-negative (number of bits must be non-negative)', k);
    if (k > BigInt(MAX_BIGINT_BITS))
      rangeError('randbits', 'k', `at most 2^24 = ${MAX_BIGINT_BITS}n (the bigint limit)`, k);
    return getrandbitsBig(systemSource(), Number(k));
  }
  return typeError('randbits', 'k', 'a number or a bigint', k);
}

/**
 * Returns a uniformly chosen element of a non-empty sequence.
 *
 * Arrays, typed arrays and any array-like object are indexed; a string is chosen by code point,
 * so a character outside the Basic Multilingual Plane is never split into half a surrogate pair.
 *
 * @param seq - A non-empty array, typed array, array-like object or string.
 * @returns One element of `seq`.
 * @throws {TypeError} if `seq` is not a string or an array-like object with an integer `length`.
 * @throws {RangeError} if `seq` is empty ("cannot choose from an empty sequence").
 * @example
 * ```ts
 * import { choice } from 'secrets-ts';
 * assert.ok(['heads', 'tails'].includes(choice(['heads', 'tails'])));
 * assert.equal([...choice('🎲🃏')].length, 1);
 * ```
 */
export function choice(seq: string): string;
export function choice<T>(seq: ArrayLike<T>): T;
export function choice<T>(seq: ArrayLike<T> | string): T | string {
  const items: ArrayLike<T | string> = typeof seq === 'string' ? codePoints(seq) : asArrayLike<T>(seq, 'choice', 'seq');
  const n = items.length;
  if (n === 0) throw new RangeError('choice: cannot choose from an empty sequence');
  return items[randbelowNumber(systemSource(), n)] as T | string;
}

/**
 * Returns `nbytes` random bytes in a new `Uint8Array`.
 *
 * @param nbytes - How many bytes; only `undefined` or `null` select {@link DEFAULT_ENTROPY} (32),
 *   and `0` gives an empty array.
 * @returns A new `Uint8Array` of length `nbytes`.
 * @throws {TypeError} if `nbytes` is not an integer number.
 * @throws {RangeError} if `nbytes` is negative or above 2^31 - 1.
 * @example
 * ```ts
 * import { tokenBytes } from 'secrets-ts';
 * assert.equal(tokenBytes().length, 32);
 * assert.equal(tokenBytes(16).length, 16);
 * ```
 */
export function tokenBytes(nbytes?: number | null): Uint8Array {
  const n = aintOr(nbytes, DEFAULT_ENTROPY, 'tokenBytes', 'nbytes', 0, MAX_BYTES);
  const out = new Uint8Array(n);
  systemSource().fillBytes(out);
  return out;
}

/**
 * Returns a random text string of `2·nbytes` lowercase hex digits.
 *
 * @param nbytes - Random bytes to encode; only `undefined`/`null` select 32.
 * @returns Lowercase hex, two characters a byte.
 * @throws {TypeError} if `nbytes` is not an integer number.
 * @throws {RangeError} if `nbytes` is negative or its text would exceed the engine's string limit.
 * @example
 * ```ts
 * import { tokenHex } from 'secrets-ts';
 * assert.match(tokenHex(16), /^[0-9a-f]{32}$/);
 * ```
 */
export function tokenHex(nbytes?: number | null): string {
  return encodeRandom(aintOr(nbytes, DEFAULT_ENTROPY, 'tokenHex', 'nbytes', 0, MAX_HEX_BYTES), bytesToHex);
}

/**
 * Returns a random URL-safe text string: unpadded base64url of `nbytes` random bytes, so
 * `ceil(4·nbytes/3)` characters from `A-Z a-z 0-9 - _`.
 *
 * @param nbytes - Random bytes to encode; only `undefined`/`null` select 32 (43 characters).
 * @returns The base64url text, without `=` padding.
 * @throws {TypeError} if `nbytes` is not an integer number.
 * @throws {RangeError} if `nbytes` is negative or its text would exceed the engine's string limit.
 * @example
 * ```ts
 * import { tokenUrlsafe } from 'secrets-ts';
 * const token = tokenUrlsafe();
 * assert.match(token, /^[A-Za-z0-9_-]{43}$/);
 * ```
 */
export function tokenUrlsafe(nbytes?: number | null): string {
  return urlsafeText(aintOr(nbytes, DEFAULT_ENTROPY, 'tokenUrlsafe', 'nbytes', 0, MAX_B64_BYTES));
}

/** The base64url text of `n` fresh random bytes (`n` already validated). @internal */
export function urlsafeText(n: number): string {
  return n <= DIRECT_B64_BYTES ? base64urlFromWords(systemSource(), n) : encodeRandom(n, bytesToBase64url);
}

/** Tokens up to this size are spelled straight from 32-bit words (one string of at most CHUNK characters). */
const DIRECT_B64_BYTES = (CHUNK / 4) * 3;

/**
 * The base64url text of `n` random bytes, spelled directly from random words. Base64url of `n`
 * uniform bytes is a string whose characters each carry 6 uniform bits, except the last, which
 * carries the remaining 2 or 4 bits followed by zero bits; that is exactly what this writes, taking
 * `8n` fresh bits from the source (the unused low half of a word read for the tail is dropped, never
 * reused). It skips the byte copy and the encoding pass.
 * @internal
 */
export function base64urlFromWords(src: RandomSource, n: number): string {
  if (n === 32) return base64url32(src);
  const len = Math.ceil((4 * n) / 3);
  if (len === 0) return '';
  const out = codeArray(len);
  const C = BASE64URL_CODES;
  let j = 0;
  let left = 8 * n;
  // Three words are 96 bits: 16 characters by shifts alone.
  for (; left >= 96; left -= 96) {
    const a = src.nextUint32();
    const b = src.nextUint32();
    const c = src.nextUint32();
    out[j++] = C[a >>> 26]!;
    out[j++] = C[(a >>> 20) & 63]!;
    out[j++] = C[(a >>> 14) & 63]!;
    out[j++] = C[(a >>> 8) & 63]!;
    out[j++] = C[(a >>> 2) & 63]!;
    out[j++] = C[((a & 3) << 4) | (b >>> 28)]!;
    out[j++] = C[(b >>> 22) & 63]!;
    out[j++] = C[(b >>> 16) & 63]!;
    out[j++] = C[(b >>> 10) & 63]!;
    out[j++] = C[(b >>> 4) & 63]!;
    out[j++] = C[((b & 15) << 2) | (c >>> 30)]!;
    out[j++] = C[(c >>> 24) & 63]!;
    out[j++] = C[(c >>> 18) & 63]!;
    out[j++] = C[(c >>> 12) & 63]!;
    out[j++] = C[(c >>> 6) & 63]!;
    out[j++] = C[c & 63]!;
  }
  // The tail: 16 bits at a time from the top of a word, so the accumulator stays below 2^22.
  let acc = 0;
  let bits = 0;
  while (j < len) {
    if (bits < 6 && left > 0) {
      const take = Math.min(16, left);
      acc = (acc << take) | (src.nextUint32() >>> (32 - take));
      bits += take;
      left -= take;
    }
    if (bits >= 6) {
      bits -= 6;
      out[j++] = C[(acc >>> bits) & 63]!;
      acc &= (1 << bits) - 1;
    } else {
      // The last character: the final 2 or 4 bits, then zeros, as in base64url.
      out[j++] = C[(acc << (6 - bits)) & 63]!;
      bits = 0;
    }
  }
  return codesToString(out);
}

const fcc = String.fromCharCode;

/**
 * The default 32 bytes (43 characters) straight from eight words into one call, with no array to
 * fill or wipe: the 256 bits are read most significant first, six at a time, and the last
 * character carries the final 4 bits and two zero bits, exactly as in base64url of 32 bytes.
 */
function base64url32(src: RandomSource): string {
  const C = BASE64URL_CODES;
  const a = src.nextUint32();
  const b = src.nextUint32();
  const c = src.nextUint32();
  const d = src.nextUint32();
  const e = src.nextUint32();
  const f = src.nextUint32();
  const g = src.nextUint32();
  const h = src.nextUint32();
  return fcc(
    C[a >>> 26]!,
    C[(a >>> 20) & 63]!,
    C[(a >>> 14) & 63]!,
    C[(a >>> 8) & 63]!,
    C[(a >>> 2) & 63]!,
    C[((a & 3) << 4) | (b >>> 28)]!,
    C[(b >>> 22) & 63]!,
    C[(b >>> 16) & 63]!,
    C[(b >>> 10) & 63]!,
    C[(b >>> 4) & 63]!,
    C[((b & 15) << 2) | (c >>> 30)]!,
    C[(c >>> 24) & 63]!,
    C[(c >>> 18) & 63]!,
    C[(c >>> 12) & 63]!,
    C[(c >>> 6) & 63]!,
    C[c & 63]!,
    C[d >>> 26]!,
    C[(d >>> 20) & 63]!,
    C[(d >>> 14) & 63]!,
    C[(d >>> 8) & 63]!,
    C[(d >>> 2) & 63]!,
    C[((d & 3) << 4) | (e >>> 28)]!,
    C[(e >>> 22) & 63]!,
    C[(e >>> 16) & 63]!,
    C[(e >>> 10) & 63]!,
    C[(e >>> 4) & 63]!,
    C[((e & 15) << 2) | (f >>> 30)]!,
    C[(f >>> 24) & 63]!,
    C[(f >>> 18) & 63]!,
    C[(f >>> 12) & 63]!,
    C[(f >>> 6) & 63]!,
    C[f & 63]!,
    C[g >>> 26]!,
    C[(g >>> 20) & 63]!,
    C[(g >>> 14) & 63]!,
    C[(g >>> 8) & 63]!,
    C[(g >>> 2) & 63]!,
    C[((g & 3) << 4) | (h >>> 28)]!,
    C[(h >>> 22) & 63]!,
    C[(h >>> 16) & 63]!,
    C[(h >>> 10) & 63]!,
    C[(h >>> 4) & 63]!,
    C[(h & 15) << 2]!,
  );
}

/** Largest token whose bytes go through a reused scratch. */
const SCRATCH_MAX = 256;
/**
 * Scratch byte arrays for small tokens, by length: reused, and wiped as soon as the text is built.
 * Every slot is an own element (no holes), so no lookup reaches `Array.prototype`.
 */
const scratch = filled<Uint8Array | undefined>(SCRATCH_MAX + 1, undefined);

/** The scratch that {@link encodeRandom} reuses for `n` bytes (`n <= 256`). @internal */
export function scratchBytes(n: number): Uint8Array {
  return (scratch[n] ??= new Uint8Array(n));
}

/** Encodes `n` fresh random bytes; the bytes themselves never outlive the call. @internal */
export function encodeRandom(n: number, encode: (bytes: Uint8Array) => string): string {
  const bytes = n <= SCRATCH_MAX ? scratchBytes(n) : new Uint8Array(n);
  systemSource().fillBytes(bytes);
  const text = encode(bytes);
  bytes.fill(0);
  return text;
}

/**
 * Compares two secrets in time that depends only on the length of `b`, never on their contents or
 * on the length of `a`. Pass the secret as `a` and the untrusted input as `b`.
 *
 * Both arguments are strings, or both are binary (`Uint8Array`, any typed array, `DataView`,
 * `ArrayBuffer`). Strings are compared code unit by code unit, which for well-formed strings is the
 * same as comparing their UTF-8 bytes, without an encoding step whose speed depends on the text.
 *
 * What it reveals: the running time grows with `b.length`, which the caller of a verification
 * already knows. The length of `a` and the position of the first difference are not revealed by
 * the algorithm. JavaScript gives no hard guarantee: a JIT may compile the loop differently over
 * time, and the boolean result itself can be timed by what the caller does next.
 *
 * @param a - The secret (its length is hidden).
 * @param b - The input to check (the loop runs over its length).
 * @returns `true` if and only if the two have the same length and contents.
 * @throws {TypeError} if an argument is neither a string nor binary, or one is a string and the
 *   other binary.
 * @example
 * ```ts
 * import { compareDigest } from 'secrets-ts';
 * assert.equal(compareDigest('s3cret', 's3cret'), true);
 * assert.equal(compareDigest(new Uint8Array([1, 2]), new Uint8Array([1, 3])), false);
 * ```
 */
export function compareDigest(a: string, b: string): boolean;
export function compareDigest(a: ArrayBufferView | ArrayBuffer, b: ArrayBufferView | ArrayBuffer): boolean;
export function compareDigest(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' || typeof b === 'string') {
    if (typeof a !== 'string' || typeof b !== 'string') {
      throw new TypeError(
        `compareDigest: a and b must both be strings or both be binary, got ${describeSecret(a)} and ${describeSecret(b)}`,
      );
    }
    return compareStrings(a, b);
  }
  const va = byteView(a);
  if (va === undefined) return secretTypeError('compareDigest', 'a', 'a string or binary data', a);
  const vb = byteView(b);
  if (vb === undefined) return secretTypeError('compareDigest', 'b', 'a string or binary data', b);
  return compareBytes(va, vb);
}

// Both loops run exactly `b.length` times and do the same work on every iteration, whatever the
// contents: `a` is read at `i % a.length` (index 0 when `a` is empty, through `| 0`), and a length
// mismatch is folded into `diff` instead of returning early.

function compareBytes(a: Uint8Array, b: Uint8Array): boolean {
  const la = a.length;
  const lb = b.length;
  const m = la === 0 ? 1 : la;
  let diff = Number(la !== lb);
  for (let i = 0; i < lb; i++) diff |= (a[i % m]! | 0) ^ b[i]!;
  return diff === 0;
}

function compareStrings(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  const m = la === 0 ? 1 : la;
  let diff = Number(la !== lb);
  for (let i = 0; i < lb; i++) diff |= (a.charCodeAt(i % m) | 0) ^ b.charCodeAt(i);
  return diff === 0;
}
