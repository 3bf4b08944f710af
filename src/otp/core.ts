/**
 * Everything HOTP/TOTP does but the HMAC, shared by the async functions (Web Crypto) and the
 * synchronous ones (`@noble/hashes`): argument checks, the window and the replay guard, dynamic
 * truncation, constant-time matching and the results.
 * @internal
 * @module
 */
import { aint, aoptions } from '../_assert.js';
import { compareDigest } from '../secrets/index.js';
import {
  MAX_COUNTER,
  MAX_HOTP_WINDOW,
  aalgorithm,
  acounter,
  adigits,
  aperiod,
  asecret,
  atime,
  awindow,
  timeStep,
  untrustedToken,
  wellFormed,
} from './options.js';
import type { OtpAlgorithm } from './webcrypto.js';

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
 * What every OTP computation needs once its arguments are checked: a private copy of the key
 * (wiped by the caller after keying the HMAC), the hash, the code length, and the run of
 * consecutive counters `start … start + count - 1` to compute.
 */
export interface OtpPlan {
  key: Uint8Array;
  algorithm: OtpAlgorithm;
  digits: number;
  start: number | bigint;
  count: number;
}

/** A verification plan: `token` is `undefined` when the presented token is malformed. */
export interface VerifyTotpPlan extends OtpPlan {
  token: string | undefined;
  /** The current time step. */
  step: number;
  /** Index of the first candidate the replay guard lets through. */
  freshFrom: number;
}

export interface VerifyHotpPlan extends OtpPlan {
  token: string | undefined;
}

const HOTP_KEYS = ['digits', 'algorithm'];
const TOTP_KEYS = ['time', 'period', 'digits', 'algorithm', 'epoch'];
const VERIFY_TOTP_KEYS = [...TOTP_KEYS, 'window', 'lastStep'];
const VERIFY_HOTP_KEYS = ['counter', 'window', 'digits', 'algorithm'];

/** Checks the arguments of `hotp`/`hotpSync`. */
export function hotpPlan(fn: string, secret: unknown, counter: unknown, options: unknown): OtpPlan {
  const c = acounter(counter, fn);
  const o = aoptions<HotpOptions>(options, fn, HOTP_KEYS);
  const digits = adigits(o.digits, fn);
  const algorithm = aalgorithm(o.algorithm, fn);
  return { key: asecret(secret, fn), algorithm, digits, start: c, count: 1 };
}

/** Reads the TOTP options shared by generation and verification from a snapshot. */
function totpStep(o: Partial<TotpOptions>, fn: string): { step: number; digits: number; algorithm: OtpAlgorithm } {
  const time = atime(o.time, fn, 'time', Date.now);
  const period = aperiod(o.period, fn);
  const epoch = atime(o.epoch, fn, 'epoch', () => 0);
  const digits = adigits(o.digits, fn);
  const algorithm = aalgorithm(o.algorithm, fn);
  return { step: timeStep(time, epoch, period, fn), digits, algorithm };
}

/** Checks the arguments of `totp`/`totpSync`. */
export function totpPlan(fn: string, secret: unknown, options: unknown): OtpPlan {
  const { step, digits, algorithm } = totpStep(aoptions<TotpOptions>(options, fn, TOTP_KEYS), fn);
  return { key: asecret(secret, fn), algorithm, digits, start: step, count: 1 };
}

/**
 * Checks the arguments of `verifyTotp`/`verifyTotpSync`. The secret and the options are trusted
 * and throw when wrong; the token is not, and any value of it is accepted.
 */
export function verifyTotpPlan(fn: string, token: unknown, secret: unknown, options: unknown): VerifyTotpPlan {
  const o = aoptions<VerifyTotpOptions>(options, fn, VERIFY_TOTP_KEYS);
  const { step, digits, algorithm } = totpStep(o, fn);
  const [past, future] = awindow(o.window, fn);
  const lastStep = o.lastStep === undefined || o.lastStep === null ? -1 : aint(o.lastStep, fn, 'lastStep', 0);
  const key = asecret(secret, fn);
  const t = untrustedToken(token);
  const first = Math.max(0, step - past);
  return {
    key,
    algorithm,
    digits,
    start: first,
    count: step + future - first + 1,
    token: t !== undefined && wellFormed(t, digits) ? t : undefined,
    step,
    freshFrom: Math.max(0, lastStep + 1 - first),
  };
}

/** Checks the arguments of `verifyHotp`/`verifyHotpSync` (the token as in {@link verifyTotpPlan}). */
export function verifyHotpPlan(fn: string, token: unknown, secret: unknown, options: unknown): VerifyHotpPlan {
  const o = aoptions<VerifyHotpOptions>(options, fn, VERIFY_HOTP_KEYS);
  const counter = acounter(o.counter, fn);
  const window = o.window === undefined || o.window === null ? 2 : aint(o.window, fn, 'window', 0, MAX_HOTP_WINDOW);
  const digits = adigits(o.digits, fn);
  const algorithm = aalgorithm(o.algorithm, fn);
  const key = asecret(secret, fn);
  const t = untrustedToken(token);
  // The window stops at the largest counter of its type (2^64 - 1, or 2^53 - 1 for a number).
  const room =
    typeof counter === 'bigint'
      ? Number(MAX_COUNTER - counter < BigInt(window) ? MAX_COUNTER - counter : BigInt(window))
      : Math.min(window, Number.MAX_SAFE_INTEGER - counter);
  return {
    key,
    algorithm,
    digits,
    start: counter,
    count: room + 1,
    token: t !== undefined && wellFormed(t, digits) ? t : undefined,
  };
}

/** Counter `start + i`, of the type of `start` (a number plan never passes 2^53 - 1). */
export function counterAt(start: number | bigint, i: number): number | bigint {
  return typeof start === 'bigint' ? start + BigInt(i) : start + i;
}

/**
 * Writes the 8-byte big-endian counter of RFC 4226 §5.1 into `view` at offset 0.
 */
export function writeCounter(view: DataView, counter: number | bigint): void {
  if (typeof counter === 'bigint') view.setBigUint64(0, counter);
  else {
    // A safe integer splits exactly into two 32-bit halves.
    view.setUint32(0, Math.floor(counter / 2 ** 32));
    view.setUint32(4, counter >>> 0);
  }
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

/**
 * RFC 4226 §5.3 on an HMAC value: dynamic truncation to 31 bits, then the low `digits` decimal
 * digits, zero-padded.
 */
export function truncate(mac: Uint8Array, length: number, digits: number): string {
  const o = mac[length - 1]! & 0x0f;
  const bin = (((mac[o]! & 0x7f) << 24) | (mac[o + 1]! << 16) | (mac[o + 2]! << 8) | mac[o + 3]!) >>> 0;
  // For 10 digits the modulus 10^10 exceeds 2^31, so the value itself is the code, zero-padded.
  return String(bin % POW10[digits]!).padStart(digits, '0');
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

/** The result for a malformed token (a fresh object: callers may keep or change results). */
export const malformed = (): { valid: false; reason: 'malformed' } => ({ valid: false, reason: 'malformed' });

/** The TOTP verdict from the codes of every step of the window. */
export function totpVerdict(
  codes: readonly string[],
  token: string,
  first: number,
  step: number,
  freshFrom: number,
): TotpVerifyResult {
  const { index, stale } = matchAll(codes, token, freshFrom);
  if (index >= 0) return { valid: true, step: first + index, delta: first + index - step };
  return { valid: false, reason: stale ? 'replayed' : 'mismatch' };
}

/** The HOTP verdict from the codes of every counter of the look-ahead window. */
export function hotpVerdict<C extends number | bigint>(
  codes: readonly string[],
  token: string,
  start: number | bigint,
): HotpVerifyResult<C> {
  const { index } = matchAll(codes, token, 0);
  if (index < 0) return { valid: false, reason: 'mismatch' };
  // `start` came through acounter, which keeps the given counter's type, and counterAt adds in it.
  return { valid: true, counter: counterAt(start, index) as C extends bigint ? bigint : number, delta: index };
}
