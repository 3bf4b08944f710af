/**
 * HOTP (RFC 4226) and TOTP (RFC 6238): codes, secrets and verification with a bounded window,
 * constant-time matching and a replay guard. HMAC comes from Web Crypto, so these are async.
 * @module
 */
import { aint, aoptions } from '../_assert.js';
import { bytesToBase32 } from '../encoding/base32.js';
import { compareDigest } from '../secrets/index.js';
import type { RandomSource } from '../source/source.js';
import { systemSource } from '../source/system.js';
import {
  MAX_COUNTER,
  MAX_HOTP_WINDOW,
  aalgorithm,
  acounter,
  adigits,
  aperiod,
  asecret,
  atime,
  atoken,
  awindow,
  timeStep,
  wellFormed,
} from './options.js';
import { type HmacKey, type OtpAlgorithm, hotpWithKey, importHmacKey } from './webcrypto.js';

/** Options of {@link hotp}. */
export interface HotpOptions {
  /** Code length, 6 to 10 (default 6). */
  digits?: number;
  /** HMAC hash (default `'SHA-1'`, what authenticator apps assume). */
  algorithm?: OtpAlgorithm;
}

/** Options of {@link totp}. */
export interface TotpOptions extends HotpOptions {
  /** The time, in milliseconds since the Unix epoch (default `Date.now()`). */
  time?: number;
  /** Time-step length in seconds, 1 to 86,400 (default 30). */
  period?: number;
  /** Start of step 0 (RFC 6238 `T0`), in milliseconds since the Unix epoch (default 0). */
  epoch?: number;
}

/** Options of {@link verifyTotp}. */
export interface VerifyTotpOptions extends TotpOptions {
  /**
   * Steps accepted before and after the current one: `[past, future]`, each 0 to 10, or one
   * integer for both (default `[1, 0]`: the current and the previous step).
   */
  window?: readonly [number, number] | number;
  /** The step of the last accepted code for this secret: codes at or before it are `'replayed'`. */
  lastStep?: number;
}

/** Options of {@link verifyHotp}; `C` is the counter's type, which the result keeps. */
export interface VerifyHotpOptions<C extends number | bigint = number | bigint> extends HotpOptions {
  /** The next expected counter (required): the stored counter after the last success. */
  counter: C;
  /** Look-ahead: counters `counter … counter + window` are tried, 0 to 100 (default 2). */
  window?: number;
}

/** Result of {@link verifyTotp}. */
export type TotpVerifyResult =
  { valid: true; step: number; delta: number } | { valid: false; reason: 'malformed' | 'mismatch' | 'replayed' };

/** Result of {@link verifyHotp}: the matched counter has the type of the given one (`number` or `bigint`). */
export type HotpVerifyResult<C extends number | bigint = number | bigint> =
  | { valid: true; counter: C extends bigint ? bigint : number; delta: number }
  | { valid: false; reason: 'malformed' | 'mismatch' };

/**
 * Computes an HOTP code (RFC 4226).
 *
 * @param secret - The shared secret: bytes, or base32 text (any case, padding and spaces optional),
 *   10 to 128 bytes.
 * @param counter - The moving factor: a safe integer `>= 0` or a bigint below `2n**64n`.
 * @param options - `digits` (6–10, default 6) and `algorithm` (default `'SHA-1'`).
 * @returns A promise of the code, `digits` decimal digits with leading zeros.
 * @throws {TypeError} (as a rejection) if an argument or option has the wrong type or is unknown.
 * @throws {RangeError} (as a rejection) if the secret is not base32 or has the wrong length, or a
 *   number is out of range.
 * @throws {SubtleCryptoUnavailableError} (as a rejection) if `crypto.subtle` is missing.
 * @example
 * ```ts
 * import { hotp } from 'secrets-ts';
 * // RFC 4226 Appendix D, counter 0.
 * const secret = new TextEncoder().encode('12345678901234567890');
 * assert.equal(await hotp(secret, 0), '755224');
 * ```
 */
export async function hotp(
  secret: Uint8Array | string,
  counter: number | bigint,
  options?: HotpOptions,
): Promise<string> {
  const fn = 'hotp';
  const key = asecret(secret, fn);
  const c = acounter(counter, fn);
  const o = aoptions<HotpOptions>(options, fn, ['digits', 'algorithm']);
  const digits = adigits(o.digits, fn);
  const algorithm = aalgorithm(o.algorithm, fn);
  return hotpWithKey(await importHmacKey(key, algorithm), c, digits);
}

/**
 * Computes a TOTP code (RFC 6238) for a time.
 *
 * @param secret - The shared secret: bytes or base32 text, 10 to 128 bytes.
 * @param options - `time` (ms, default `Date.now()`), `period` (s, default 30), `epoch` (ms,
 *   default 0), `digits` (default 6), `algorithm` (default `'SHA-1'`).
 * @returns A promise of the code.
 * @throws {TypeError} (as a rejection) if an argument or option has the wrong type or is unknown.
 * @throws {RangeError} (as a rejection) if the secret is invalid, a number is out of range, or the
 *   time is before the epoch.
 * @throws {SubtleCryptoUnavailableError} (as a rejection) if `crypto.subtle` is missing.
 * @example
 * ```ts
 * import { totp } from 'secrets-ts';
 * // RFC 6238 Appendix B: T = 59 s, SHA-1, 8 digits.
 * const secret = new TextEncoder().encode('12345678901234567890');
 * assert.equal(await totp(secret, { time: 59_000, digits: 8 }), '94287082');
 * ```
 */
export async function totp(secret: Uint8Array | string, options?: TotpOptions): Promise<string> {
  const fn = 'totp';
  const key = asecret(secret, fn);
  const o = aoptions<TotpOptions>(options, fn, ['time', 'period', 'digits', 'algorithm', 'epoch']);
  const time = atime(o.time, fn, 'time', Date.now);
  const period = aperiod(o.period, fn);
  const epoch = atime(o.epoch, fn, 'epoch', () => 0);
  const digits = adigits(o.digits, fn);
  const algorithm = aalgorithm(o.algorithm, fn);
  const step = timeStep(time, epoch, period, fn);
  return hotpWithKey(await importHmacKey(key, algorithm), step, digits);
}

/**
 * Makes a new OTP secret from the given source.
 * @internal
 */
export function otpSecretFrom(source: RandomSource, nbytes: number): string {
  const bytes = new Uint8Array(nbytes);
  source.fillBytes(bytes);
  return bytesToBase32(bytes);
}

/**
 * Makes a new random OTP secret, as unpadded upper-case base32 (the form otpauth URIs and
 * authenticator apps use). Every function here accepts it as is.
 *
 * @param nbytes - Secret size in bytes, 16 to 64 (default 20 = 160 bits, RFC 4226's
 *   recommendation; 32 characters of base32).
 * @returns The base32 text, `ceil(8·nbytes/5)` characters.
 * @throws {TypeError} if `nbytes` is not an integer number.
 * @throws {RangeError} if `nbytes` is below 16 (RFC 4226 requires 128 bits) or above 64.
 * @example
 * ```ts
 * import { otpSecret } from 'secrets-ts';
 * assert.match(otpSecret(), /^[A-Z2-7]{32}$/);
 * assert.equal(otpSecret(32).length, 52);
 * ```
 */
export function otpSecret(nbytes?: number | null): string {
  const n = nbytes === undefined || nbytes === null ? 20 : aint(nbytes, 'otpSecret', 'nbytes', 16, 64);
  return otpSecretFrom(systemSource(), n);
}

/**
 * Compares every candidate code with the token, all of them and in constant time per candidate,
 * and combines the results without branching on them. Candidates before `freshFrom` are ones the
 * replay guard refuses. Returns the index of the last fresh match (or -1) and whether a stale
 * candidate matched. Exported for timing measurements.
 * @internal
 */
export function matchAll(
  codes: readonly string[],
  token: string,
  freshFrom: number,
): { index: number; stale: boolean } {
  let index = -1;
  let stale = 0;
  for (let i = 0; i < codes.length; i++) {
    const hit = Number(compareDigest(codes[i]!, token));
    const fresh = Number(i >= freshFrom);
    const take = hit & fresh;
    index = take * i + (1 - take) * index;
    stale |= hit & (1 - fresh);
  }
  return { index, stale: stale === 1 };
}

/**
 * Verifies a well-formed TOTP token against an imported key at time step `step`: the hook for
 * timing measurements, without base32 decoding or key import.
 * @internal
 */
export async function verifyTotpWithKey(
  key: HmacKey,
  token: string,
  step: number,
  past: number,
  future: number,
  digits: number,
  lastStep: number,
): Promise<TotpVerifyResult> {
  const first = Math.max(0, step - past);
  const last = step + future;
  const pending: Promise<string>[] = [];
  for (let s = first; s <= last; s++) pending.push(hotpWithKey(key, s, digits));
  const codes = await Promise.all(pending);
  const { index, stale } = matchAll(codes, token, Math.max(0, lastStep + 1 - first));
  if (index >= 0) return { valid: true, step: first + index, delta: first + index - step };
  return { valid: false, reason: stale ? 'replayed' : 'mismatch' };
}

/**
 * Verifies a TOTP token within a window of time steps, with a replay guard.
 *
 * Every step of the window is computed and compared in constant time; the results are combined
 * without returning early. A token that is not exactly `digits` ASCII digits is refused as
 * `'malformed'` before any comparison. On success the result gives the matched `step` (store it and
 * pass it back as `lastStep`, so the same code, or an older one, is refused as `'replayed'`) and
 * `delta`, the matched step minus the current one (negative when the client's clock is behind).
 *
 * @param token - The code the user typed; `null`/`undefined` count as malformed.
 * @param secret - The shared secret: bytes or base32 text, 10 to 128 bytes.
 * @param options - `time`, `period`, `epoch`, `digits`, `algorithm` as in {@link totp};
 *   `window` (`[past, future]`, default `[1, 0]`, each at most 10) and `lastStep`.
 * @returns A promise of `{ valid: true, step, delta }` or `{ valid: false, reason }` with reason
 *   `'malformed'`, `'mismatch'` or `'replayed'`. Expected failures never throw.
 * @throws {TypeError} (as a rejection) if the token is not a string, or an argument or option has
 *   the wrong type or is unknown.
 * @throws {RangeError} (as a rejection) if the secret is invalid or an option is out of range.
 * @throws {SubtleCryptoUnavailableError} (as a rejection) if `crypto.subtle` is missing.
 * @example
 * ```ts
 * import { totp, verifyTotp } from 'secrets-ts';
 * const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
 * const time = 1_700_000_000_000;
 * const code = await totp(secret, { time: time - 30_000 }); // one step old
 * const ok = await verifyTotp(code, secret, { time });
 * assert.deepEqual(ok, { valid: true, step: 56666665, delta: -1 });
 * const again = await verifyTotp(code, secret, { time, lastStep: 56666665 });
 * assert.deepEqual(again, { valid: false, reason: 'replayed' });
 * ```
 */
export async function verifyTotp(
  token: string | null | undefined,
  secret: Uint8Array | string,
  options?: VerifyTotpOptions,
): Promise<TotpVerifyResult> {
  const fn = 'verifyTotp';
  const t = atoken(token, fn);
  const key = asecret(secret, fn);
  const o = aoptions<VerifyTotpOptions>(options, fn, [
    'time',
    'period',
    'digits',
    'algorithm',
    'epoch',
    'window',
    'lastStep',
  ]);
  const time = atime(o.time, fn, 'time', Date.now);
  const period = aperiod(o.period, fn);
  const epoch = atime(o.epoch, fn, 'epoch', () => 0);
  const digits = adigits(o.digits, fn);
  const algorithm = aalgorithm(o.algorithm, fn);
  const [past, future] = awindow(o.window, fn);
  const lastStep = o.lastStep === undefined || o.lastStep === null ? -1 : aint(o.lastStep, fn, 'lastStep', 0);
  const step = timeStep(time, epoch, period, fn);
  if (t === undefined || !wellFormed(t, digits)) return { valid: false, reason: 'malformed' };
  return verifyTotpWithKey(await importHmacKey(key, algorithm), t, step, past, future, digits, lastStep);
}

/**
 * Verifies an HOTP token with a look-ahead window, for resynchronisation (RFC 4226 §7.4).
 *
 * Counters `counter … counter + window` are all computed and compared in constant time. On success
 * store `result.counter + 1` as the next expected counter: that is the replay guard for HOTP.
 *
 * @param token - The code presented; `null`/`undefined` count as malformed.
 * @param secret - The shared secret: bytes or base32 text, 10 to 128 bytes.
 * @param options - `counter` (required, the next expected counter), `window` (look-ahead, 0 to 100,
 *   default 2), `digits`, `algorithm`.
 * @returns A promise of `{ valid: true, counter, delta }` (the matched counter, of the same type as
 *   the given one, and how far ahead it was) or `{ valid: false, reason }` with reason
 *   `'malformed'` or `'mismatch'`.
 * @throws {TypeError} (as a rejection) if the token is not a string, `counter` is missing, or an
 *   argument or option has the wrong type or is unknown.
 * @throws {RangeError} (as a rejection) if the secret is invalid or an option is out of range.
 * @throws {SubtleCryptoUnavailableError} (as a rejection) if `crypto.subtle` is missing.
 * @example
 * ```ts
 * import { hotp, verifyHotp } from 'secrets-ts';
 * const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
 * const code = await hotp(secret, 12);
 * const r = await verifyHotp(code, secret, { counter: 10 });
 * assert.deepEqual(r, { valid: true, counter: 12, delta: 2 });
 * // Next time, expect counter 13.
 * ```
 */
export async function verifyHotp<C extends number | bigint>(
  token: string | null | undefined,
  secret: Uint8Array | string,
  options: VerifyHotpOptions<C>,
): Promise<HotpVerifyResult<C>> {
  const fn = 'verifyHotp';
  const t = atoken(token, fn);
  const key = asecret(secret, fn);
  const o = aoptions<VerifyHotpOptions<C>>(options, fn, ['counter', 'window', 'digits', 'algorithm']);
  const counter = acounter(o.counter, fn);
  const window = o.window === undefined || o.window === null ? 2 : aint(o.window, fn, 'window', 0, MAX_HOTP_WINDOW);
  const digits = adigits(o.digits, fn);
  const algorithm = aalgorithm(o.algorithm, fn);
  if (t === undefined || !wellFormed(t, digits)) return { valid: false, reason: 'malformed' };
  // The window stops at the largest counter of its type (2^64 - 1, or 2^53 - 1 for a number).
  const room =
    typeof counter === 'bigint'
      ? Number(MAX_COUNTER - counter < BigInt(window) ? MAX_COUNTER - counter : BigInt(window))
      : Math.min(window, Number.MAX_SAFE_INTEGER - counter);
  const hmacKey = await importHmacKey(key, algorithm);
  const pending: Promise<string>[] = [];
  for (let i = 0; i <= room; i++) {
    pending.push(hotpWithKey(hmacKey, typeof counter === 'bigint' ? counter + BigInt(i) : counter + i, digits));
  }
  const { index } = matchAll(await Promise.all(pending), t, 0);
  if (index < 0) return { valid: false, reason: 'mismatch' };
  // acounter returns the given counter's own type, so the sum below has type C.
  const matched = typeof counter === 'bigint' ? counter + BigInt(index) : counter + index;
  return { valid: true, counter: matched as C extends bigint ? bigint : number, delta: index };
}
