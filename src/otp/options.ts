/**
 * Argument checks shared by the OTP functions.
 * @internal
 * @module
 */
import { aint, aintOr, abigint, item, rangeError, typeError } from '../_assert.js';
import { base32ToBytes } from '../encoding/base32.js';
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

/**
 * Decodes a secret given as base32 text: case-insensitive, `=` padding optional, and ASCII spaces
 * (the groups of four that authenticator screens show) ignored. `undefined` if not base32.
 */
export function decodeSecretText(text: string): Uint8Array | undefined {
  if (text.length > MAX_SECRET_TEXT) return undefined;
  return base32ToBytes(text.replace(/ /g, ''));
}

/** A secret as bytes (`Uint8Array`) or base32 text, from `min` to 128 bytes. */
export function asecret(value: unknown, fn: string, min = MIN_SECRET_BYTES): Uint8Array {
  let bytes: Uint8Array | undefined;
  if (value instanceof Uint8Array) bytes = value;
  else if (typeof value === 'string') {
    bytes = decodeSecretText(value);
    if (bytes === undefined)
      return rangeError(fn, 'secret', 'base32 text (A-Z, 2-7; any case, padding optional)', value);
  } else return typeError(fn, 'secret', 'a Uint8Array or a base32 string', value);
  if (bytes.length < min || bytes.length > MAX_SECRET_BYTES) {
    throw new RangeError(`${fn}: secret must be from ${min} to ${MAX_SECRET_BYTES} bytes, got ${bytes.length} bytes`);
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
  if (value.length !== 2) return rangeError(fn, 'window', 'an array of two integers [past, future]', value);
  // A hole is read as missing, never from Array.prototype, which could widen the window.
  return [
    aint(item(value, 0), fn, 'window[0]', 0, MAX_TOTP_WINDOW),
    aint(item(value, 1), fn, 'window[1]', 0, MAX_TOTP_WINDOW),
  ];
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

/** Exactly `digits` ASCII digits: anything else can never match and is refused before any HMAC. */
export function wellFormed(token: string, digits: number): boolean {
  if (token.length !== digits) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
