/**
 * Pure descriptions of what the ID and token generators produce (lengths and exact entropy), shared
 * by the generators and by the entropy maths, which must not import the random source.
 * @internal
 * @module
 */
import { aalphabet, aintOr, aoptions, astring, rangeError, typeError } from '../_assert.js';

/** The default ID alphabet: 64 URL-safe symbols, `A–Z a–z 0–9 _ -` (nanoid's symbol set). */
export const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** Default ID length: 21 symbols of 6 bits = 126 bits, as nanoid. */
export const DEFAULT_ID_SIZE = 21;

/** Longest ID or token, in symbols: a stated bound, so a typo cannot allocate gigabytes. */
export const MAX_ID_SIZE = 1_048_576;

/** Largest token entropy request, in bits. */
export const MAX_TOKEN_BITS = 65536;

/** Token encodings and their alphabets. */
export const ENCODINGS = {
  hex: '0123456789abcdef',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  base32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  crockford: '0123456789ABCDEFGHJKMNPQRSTVWXYZ',
  base58: '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz',
  base62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
} as const;

/** Name of a built-in token encoding. */
export type TokenEncoding = keyof typeof ENCODINGS;

/** Options of `token` and `tokenEntropy`. */
export interface TokenOptions {
  /** Minimum entropy in bits, an integer from 1 to 65,536 (default 256). Exclusive with `bytes`. */
  bits?: number;
  /** Minimum entropy in bytes (`bits = 8 * bytes`), from 1 to 8,192. Exclusive with `bits`. */
  bytes?: number;
  /** A built-in encoding (default `'base64url'`). Exclusive with `alphabet`. */
  encoding?: TokenEncoding;
  /** A custom alphabet: a string or array of 2 to 65,536 distinct code points. */
  alphabet?: string | readonly string[];
}

/** A validated token request. */
export interface TokenPlan {
  symbols: readonly string[];
  length: number;
  /** Exact entropy of the token: `length * log2(symbols.length)`. */
  bits: number;
}

/** Exact entropy of `length` uniform symbols from `size` symbols, in bits. */
export function symbolBits(size: number, length: number): number {
  return length === 0 ? 0 : length * Math.log2(size);
}

/**
 * The fewest symbols from an alphabet of `size` that carry at least `bits` bits: the least `L` with
 * `size^L >= 2^bits`. For a power of two the division is exact; otherwise `log2(size)` is
 * irrational, and when the float quotient lands within 1e-9 of an integer the answer is settled
 * with exact bigint powers, so rounding can never add or drop a symbol.
 */
export function symbolsForBits(size: number, bits: number): number {
  if ((size & (size - 1)) === 0) return Math.ceil(bits / Math.log2(size));
  const q = bits / Math.log2(size);
  let L = Math.ceil(q);
  if (Math.abs(q - Math.round(q)) < 1e-9) {
    const target = 1n << BigInt(bits);
    L = Math.round(q);
    if (BigInt(size) ** BigInt(L) < target) L += 1;
    else if (L > 0 && BigInt(size) ** BigInt(L - 1) >= target) L -= 1;
  }
  return L;
}

/** Validates token options and works out the token's alphabet, length and exact entropy. */
export function tokenPlan(options: unknown, fn: string): TokenPlan {
  const o = aoptions<TokenOptions>(options, fn, ['bits', 'bytes', 'encoding', 'alphabet']);
  if (o.bits != null && o.bytes != null) {
    throw new TypeError(`${fn}: pass bits or bytes, not both`);
  }
  if (o.encoding != null && o.alphabet != null) {
    throw new TypeError(`${fn}: pass encoding or alphabet, not both`);
  }
  const bits =
    o.bytes != null
      ? 8 * aintOr(o.bytes, 32, fn, 'bytes', 1, MAX_TOKEN_BITS / 8)
      : aintOr(o.bits, 256, fn, 'bits', 1, MAX_TOKEN_BITS);
  let symbols: readonly string[];
  if (o.alphabet != null) symbols = aalphabet(o.alphabet, fn, 'alphabet');
  else {
    const enc = o.encoding == null ? 'base64url' : astring(o.encoding, fn, 'encoding');
    if (!Object.hasOwn(ENCODINGS, enc)) {
      rangeError(fn, 'encoding', `one of ${Object.keys(ENCODINGS).join(', ')}`, enc);
    }
    symbols = encodingSymbols(enc as TokenEncoding);
  }
  const length = symbolsForBits(symbols.length, bits);
  return { symbols, length, bits: symbolBits(symbols.length, length) };
}

const split = new Map<string, readonly string[]>();
function encodingSymbols(enc: TokenEncoding): readonly string[] {
  let s = split.get(enc);
  if (s === undefined) split.set(enc, (s = [...ENCODINGS[enc]]));
  return s;
}

/** Validates an ID size (`undefined`/`null` give the default). */
export function aidsize(value: unknown, dflt: number, fn: string, name = 'size'): number {
  if (value === undefined || value === null) return dflt;
  if (typeof value !== 'number') return typeError(fn, name, 'an integer number', value);
  if (!Number.isInteger(value)) return typeError(fn, name, 'an integer', value);
  if (value < 1 || value > MAX_ID_SIZE) return rangeError(fn, name, `an integer from 1 to ${MAX_ID_SIZE}`, value);
  return value;
}
