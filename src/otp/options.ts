/**
 * Argument checks shared by the OTP functions.
 * @internal
 * @module
 */
import { aint, aintOr, abigint, rangeError, secretCharError, secretTypeError, typeError } from '../_assert.js';
import { BAD_LENGTH, decodeBase32 } from '../encoding/base32.js';
import type { OtpAlgorithm } from './webcrypto.js';

export const ALGORITHMS: readonly OtpAlgorithm[] = ['SHA-1', 'SHA-256', 'SHA-512'];

/** Secrets accepted for computing and verifying codes: 80 bits (common legacy) to 128 bytes. */
export const MIN_SECRET_BYTES = 10;
export const MAX_SECRET_BYTES = 128;
/** Longest base32 text accepted for a secret (with spaces and padding). */
const MAX_SECRET_TEXT = 1024;

/** Largest HOTP counter: the counter is an 8-byte unsigned integer. */
export const MAX_COUNTER = 2n ** 64n - 1n;

/** JavaScript's Date range, in milliseconds either side of the Unix epoch. */
const MAX_TIME = 8.64e15;

export const MAX_PERIOD = 86400;
export const MAX_TOTP_WINDOW = 10;
export const MAX_HOTP_WINDOW = 100;

/** `'SHA-1'` (default), `'SHA-256'` or `'SHA-512'`. */
export function aalgorithm(value: unknown, fn: string): OtpAlgorithm {
  if (value === undefined || value === null) return 'SHA-1';
  if (typeof value !== 'string') return typeError(fn, 'algorithm', "'SHA-1', 'SHA-256' or 'SHA-512'", value);
  if (!(ALGORITHMS as readonly string[]).includes(value)) {
    return rangeError(fn, 'algorithm', "'SHA-1', 'SHA-256' or 'SHA-512'", value);
  }
  return value as OtpAlgorithm;
}

export const adigits = (value: unknown, fn: string): number => aintOr(value, 6, fn, 'digits', 6, 10);
export const aperiod = (value: unknown, fn: string): number => aintOr(value, 30, fn, 'period', 1, MAX_PERIOD);

const BASE32_TEXT = 'base32 text (A-Z, 2-7; any case, padding and spaces optional)';

/** {@link decodeSecretText} failed: the text is longer than any secret's. */
const TOO_LONG = -3;

/**
 * Decodes a secret given as base32 text: case-insensitive (ASCII only), `=` padding optional, and
 * ASCII spaces (the groups of four that authenticator screens show) ignored. Returns the bytes, or
 * a failure code of `decodeBase32` (the index of a bad character, or a negative code).
 */
export function decodeSecretText(text: string): Uint8Array | number {
  return text.length > MAX_SECRET_TEXT ? TOO_LONG : decodeBase32(text, true);
}

/**
 * What a secret text that failed {@link decodeSecretText} with `code` must be, for an error
 * message: positions and lengths only, never the text, which is a secret.
 */
export function secretTextProblem(code: number, length: number): string {
  if (code >= 0) return `${BASE32_TEXT}; the character at position ${code} (of ${length}) is not allowed`;
  if (code === TOO_LONG) return `at most ${MAX_SECRET_TEXT} characters long, got ${length}`;
  if (code === BAD_LENGTH) return `${BASE32_TEXT}; ${length} characters cannot be whole base32`;
  return `${BASE32_TEXT} in canonical form; the unused bits of the last character are not zero`;
}

/**
 * A secret as bytes (`Uint8Array`) or base32 text, from `min` to 128 bytes. Returns a private
 * copy that the caller wipes after use: the caller's array is never kept or handed on, and a
 * subclass's methods are never called (the copy reads the array's own storage). Errors describe
 * the secret by type, length and the position of a bad character only.
 */
export function asecret(value: unknown, fn: string, min = MIN_SECRET_BYTES): Uint8Array {
  let bytes: Uint8Array;
  if (value instanceof Uint8Array) {
    try {
      bytes = new Uint8Array(value);
    } catch {
      // A detached buffer.
      return secretTypeError(fn, 'secret', 'a Uint8Array with a live buffer or a base32 string', value);
    }
  } else if (typeof value === 'string') {
    const r = decodeSecretText(value);
    if (typeof r === 'number') {
      if (r >= 0) return secretCharError(fn, 'secret', BASE32_TEXT, value, r);
      throw new RangeError(`${fn}: secret must be ${secretTextProblem(r, value.length)}`);
    }
    bytes = r;
  } else return secretTypeError(fn, 'secret', 'a Uint8Array or a base32 string', value);
  if (bytes.length < min || bytes.length > MAX_SECRET_BYTES) {
    const n = bytes.length;
    bytes.fill(0);
    throw new RangeError(`${fn}: secret must be from ${min} to ${MAX_SECRET_BYTES} bytes, got ${n} bytes`);
  }
  return bytes;
}

/** A HOTP counter: a safe integer `>= 0`, or a bigint from `0n` to `2n**64n - 1n`. */
export function acounter(value: unknown, fn: string): number | bigint {
  if (typeof value === 'bigint') return abigint(value, fn, 'counter', 0n, MAX_COUNTER);
  if (typeof value === 'number') return aint(value, fn, 'counter', 0);
  return typeError(fn, 'counter', 'a non-negative integer number or bigint', value);
}

/** A time in milliseconds within the Date range; `undefined`/`null` give `dflt()`. */
export function atime(value: unknown, fn: string, name: string, dflt: () => number): number {
  if (value === undefined || value === null) return dflt();
  if (typeof value !== 'number') return typeError(fn, name, 'a number of milliseconds since the Unix epoch', value);
  if (!(Math.abs(value) <= MAX_TIME)) {
    return rangeError(fn, name, 'a finite time within the Date range (±8.64e15 ms)', value);
  }
  return value;
}

/** The TOTP time step `T = floor((time - epoch) / period)` of RFC 6238 §4.2. */
export function timeStep(time: number, epoch: number, period: number, fn: string): number {
  // Flooring the millisecond difference first keeps the division exact: floor(floor(x) / p) equals
  // floor(x / p) for an integer p, and an integer quotient of integers below 2^53 is correctly rounded.
  const step = Math.floor(Math.floor(time - epoch) / (period * 1000));
  if (step < 0) {
    throw new RangeError(`${fn}: time must not be before epoch, got time ${time} and epoch ${epoch}`);
  }
  return step;
}

/** A TOTP window `[past, future]`, or one integer for both sides, each from 0 to 10. */
export function awindow(value: unknown, fn: string): [number, number] {
  if (value === undefined || value === null) return [1, 0];
  if (typeof value === 'number') {
    const n = aint(value, fn, 'window', 0, MAX_TOTP_WINDOW);
    return [n, n];
  }
  if (!Array.isArray(value)) return typeError(fn, 'window', 'an array [past, future] or an integer', value);
  const length: unknown = value.length;
  if (length !== 2) return rangeError(fn, 'window', 'an array of two integers [past, future]', value);
  return [
    aint(ownElement(value, 0), fn, 'window[0]', 0, MAX_TOTP_WINDOW),
    aint(ownElement(value, 1), fn, 'window[1]', 0, MAX_TOTP_WINDOW),
  ];
}

/**
 * Element `i` of an array as an own data property, read once: a hole is `undefined` (never
 * `Array.prototype[i]`), and a getter is not run.
 */
function ownElement(array: readonly unknown[], i: number): unknown {
  const d = Object.getOwnPropertyDescriptor(array, i);
  return d !== undefined && 'value' in d ? d.value : undefined;
}

/**
 * A presented token: a string, or `null`/`undefined` (no token, treated as malformed). Anything
 * else is a programming error.
 */
export function atoken(value: unknown, fn: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return typeError(fn, 'token', 'a string (or null/undefined)', value);
  return value;
}

/**
 * A presented OTP token: untrusted input, so any value is accepted without a throw. A string is
 * returned for checking; anything else (a missing token, an array from a repeated query
 * parameter, a number from a JSON body, an object) is `undefined`, which verifies as
 * `'malformed'`. No property of a non-string is read.
 */
export function untrustedToken(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Exactly `digits` ASCII digits: anything else can never match and is refused before any HMAC. */
export function wellFormed(token: string, digits: number): boolean {
  if (token.length !== digits) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
