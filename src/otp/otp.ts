/**
 * HOTP (RFC 4226) and TOTP (RFC 6238): codes, secrets and verification with a bounded window,
 * constant-time matching and a replay guard. HMAC comes from Web Crypto, so these are async;
 * `sync.ts` has the synchronous forms, and `core.ts` everything the two share.
 * @module
 */
import { aint } from '../_assert.js';
import { bytesToBase32 } from '../encoding/base32.js';
import type { RandomSource } from '../source/source.js';
import { systemSource } from '../source/system.js';
import {
  type HotpOptions,
  type HotpVerifyResult,
  type TotpOptions,
  type TotpVerifyResult,
  type VerifyHotpOptions,
  type VerifyTotpOptions,
  hotpPlan,
  hotpVerdict,
  malformed,
  matchAll,
  totpPlan,
  totpVerdict,
  verifyHotpPlan,
  verifyTotpPlan,
} from './core.js';
import { type HmacKey, hotpWithKey, planCodes } from './webcrypto.js';

export type { HotpOptions, TotpOptions, VerifyTotpOptions, VerifyHotpOptions, TotpVerifyResult, HotpVerifyResult };
export { matchAll };

/**
 * Computes an HOTP code (RFC 4226). `hotpSync` is the synchronous form.
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
  return (await planCodes(hotpPlan('hotp', secret, counter, options)))[0]!;
}

/**
 * Computes a TOTP code (RFC 6238) for a time. `totpSync` is the synchronous form.
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
  return (await planCodes(totpPlan('totp', secret, options)))[0]!;
}

/**
 * Makes a new OTP secret from the given source.
 * @internal
 */
export function otpSecretFrom(source: RandomSource, nbytes: number): string {
  const bytes = new Uint8Array(nbytes);
  source.fillBytes(bytes);
  const text = bytesToBase32(bytes);
  bytes.fill(0);
  return text;
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
  return totpVerdict(await Promise.all(pending), token, first, step, Math.max(0, lastStep + 1 - first));
}

/**
 * Verifies a TOTP token within a window of time steps, with a replay guard.
 * `verifyTotpSync` is the synchronous form.
 *
 * Every step of the window is computed and compared in constant time; the results are combined
 * without returning early. A token that is not exactly `digits` ASCII digits is refused as
 * `'malformed'` before any comparison. On success the result gives the matched `step` (store it and
 * pass it back as `lastStep`, so the same code, or an older one, is refused as `'replayed'`) and
 * `delta`, the matched step minus the current one (negative when the client's clock is behind).
 *
 * @param token - The code the user typed: untrusted, so any value is accepted, and anything but a
 *   string of exactly `digits` ASCII digits (`null`, an array from a repeated query parameter, a
 *   number from a JSON body) is `'malformed'`.
 * @param secret - The shared secret: bytes or base32 text, 10 to 128 bytes.
 * @param options - `time`, `period`, `epoch`, `digits`, `algorithm` as in {@link totp};
 *   `window` (`[past, future]`, default `[1, 0]`, each at most 10) and `lastStep`.
 * @returns A promise of `{ valid: true, step, delta }` or `{ valid: false, reason }` with reason
 *   `'malformed'`, `'mismatch'` or `'replayed'`. Expected failures never throw.
 * @throws {TypeError} (as a rejection) if the secret or an option has the wrong type, or an option
 *   is unknown. Never for the token.
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
  token: unknown,
  secret: Uint8Array | string,
  options?: VerifyTotpOptions,
): Promise<TotpVerifyResult> {
  const plan = verifyTotpPlan('verifyTotp', token, secret, options);
  if (plan.token === undefined) {
    plan.key.fill(0);
    return malformed();
  }
  return totpVerdict(await planCodes(plan), plan.token, plan.start as number, plan.step, plan.freshFrom);
}

/**
 * Verifies an HOTP token with a look-ahead window, for resynchronisation (RFC 4226 §7.4).
 * `verifyHotpSync` is the synchronous form.
 *
 * Counters `counter … counter + window` are all computed and compared in constant time. On success
 * store `result.counter + 1` as the next expected counter: that is the replay guard for HOTP.
 *
 * @param token - The code presented: untrusted, any value accepted; anything but a string of
 *   exactly `digits` ASCII digits is `'malformed'`.
 * @param secret - The shared secret: bytes or base32 text, 10 to 128 bytes.
 * @param options - `counter` (required, the next expected counter), `window` (look-ahead, 0 to 100,
 *   default 2), `digits`, `algorithm`.
 * @returns A promise of `{ valid: true, counter, delta }` (the matched counter, of the same type as
 *   the given one, and how far ahead it was) or `{ valid: false, reason }` with reason
 *   `'malformed'` or `'mismatch'`.
 * @throws {TypeError} (as a rejection) if `counter` is missing, or the secret or an option has the
 *   wrong type, or an option is unknown. Never for the token.
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
  token: unknown,
  secret: Uint8Array | string,
  options: VerifyHotpOptions<C>,
): Promise<HotpVerifyResult<C>> {
  const plan = verifyHotpPlan('verifyHotp', token, secret, options);
  if (plan.token === undefined) {
    plan.key.fill(0);
    return malformed();
  }
  return hotpVerdict<C>(await planCodes(plan), plan.token, plan.start);
}
