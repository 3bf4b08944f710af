/**
 * HMAC and SHA-256 through Web Crypto's `crypto.subtle`, which every supported runtime provides
 * (asynchronously). The library's build targets plain ES2022 without DOM types, so the few
 * members used here are typed locally.
 * @module
 */
import { type OtpPlan, counterAt, truncate, writeCounter } from './core.js';

/** The hash functions HOTP and TOTP may use (RFC 6238 §1.2). */
export type OtpAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-512';

/** An opaque HMAC key imported into Web Crypto. */
export type HmacKey = object;

interface SubtleLike {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { name: 'HMAC'; hash: { name: OtpAlgorithm }; length: number },
    extractable: boolean,
    usages: string[],
  ): Promise<HmacKey>;
  sign(algorithm: 'HMAC', key: HmacKey, data: Uint8Array): Promise<ArrayBuffer>;
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

/**
 * Thrown (as a rejection) when `globalThis.crypto.subtle` is missing, so HMAC and SHA-256 cannot
 * be computed. secrets-ts never falls back to a hand-written hash for OTP or reset links.
 *
 * @example
 * ```ts
 * import { SubtleCryptoUnavailableError } from 'secrets-ts';
 * const e = new SubtleCryptoUnavailableError();
 * assert.equal(e.name, 'SubtleCryptoUnavailableError');
 * assert.match(e.message, /secure context/);
 * ```
 */
export class SubtleCryptoUnavailableError extends Error {
  constructor() {
    super(
      'secrets-ts: globalThis.crypto.subtle is not available, so HMAC and SHA-256 cannot be computed. ' +
        'Run on Node >= 20.19, Deno, Bun or a worker; in a browser, Web Crypto exists only in a secure ' +
        'context (HTTPS or localhost).',
    );
    this.name = 'SubtleCryptoUnavailableError';
  }
}

/**
 * Returns `crypto.subtle`, looked up at each call, or throws {@link SubtleCryptoUnavailableError}.
 * @internal
 */
export function subtle(): SubtleLike {
  const s = (globalThis as { crypto?: { subtle?: SubtleLike } }).crypto?.subtle;
  if (s === undefined || s === null || typeof s.sign !== 'function') throw new SubtleCryptoUnavailableError();
  return s;
}

/**
 * A private copy on a fresh ArrayBuffer (Web Crypto refuses shared memory, and callers may mutate
 * theirs), wiped by the caller once Web Crypto has taken its own copy.
 */
function own(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

/**
 * Imports a raw HMAC key (not extractable, sign only).
 * @internal
 */
export async function importHmacKey(secret: Uint8Array, algorithm: OtpAlgorithm): Promise<HmacKey> {
  const s = subtle();
  const raw = own(secret);
  try {
    // `length` is given although it is the default: Web IDL reads dictionary members through the
    // prototype chain, so an `Object.prototype.length` would otherwise cut or refuse the key.
    return await s.importKey('raw', raw, { name: 'HMAC', hash: { name: algorithm }, length: 8 * raw.length }, false, [
      'sign',
    ]);
  } finally {
    raw.fill(0);
  }
}

/**
 * The 8-byte big-endian counter of RFC 4226 §5.1.
 * @internal
 */
export function counterBytes(counter: number | bigint): Uint8Array {
  const out = new Uint8Array(8);
  writeCounter(new DataView(out.buffer), counter);
  return out;
}

/**
 * HOTP (RFC 4226 §5.3) with an imported key.
 * @internal
 */
export async function hotpWithKey(key: HmacKey, counter: number | bigint, digits: number): Promise<string> {
  const mac = new Uint8Array(await subtle().sign('HMAC', key, counterBytes(counter)));
  const code = truncate(mac, mac.length, digits);
  mac.fill(0);
  return code;
}

/**
 * The codes of the plan's counters, computed through Web Crypto (all requests in flight at
 * once). The plan's key copy is wiped once Web Crypto has imported it.
 * @internal
 */
export async function planCodes(plan: OtpPlan): Promise<string[]> {
  let key: HmacKey;
  try {
    key = await importHmacKey(plan.key, plan.algorithm);
  } finally {
    plan.key.fill(0);
  }
  const pending: Promise<string>[] = [];
  for (let i = 0; i < plan.count; i++) pending.push(hotpWithKey(key, counterAt(plan.start, i), plan.digits));
  return Promise.all(pending);
}

/**
 * SHA-256 of `data`.
 * @internal
 */
export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  const s = subtle();
  const copy = own(data);
  try {
    return new Uint8Array(await s.digest('SHA-256', copy));
  } finally {
    copy.fill(0);
  }
}
