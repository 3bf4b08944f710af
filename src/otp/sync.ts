/**
 * Synchronous HOTP and TOTP: the same checks, window, replay guard and results as the async
 * functions (one shared implementation in `core.ts`), with HMAC from `@noble/hashes` instead of
 * Web Crypto, so no `await` and no trip through a thread pool.
 * @module
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import {
  type HotpOptions,
  type HotpVerifyResult,
  type OtpPlan,
  type TotpOptions,
  type TotpVerifyResult,
  type VerifyHotpOptions,
  type VerifyTotpOptions,
  counterAt,
  hotpPlan,
  hotpVerdict,
  malformed,
  totpPlan,
  totpVerdict,
  truncate,
  verifyHotpPlan,
  verifyTotpPlan,
  writeCounter,
} from './core.js';
import type { OtpAlgorithm } from './webcrypto.js';

/** The members of noble's hash and HMAC states used here. */
interface Keyed {
  readonly outputLen: number;
  update(data: Uint8Array): unknown;
  digestInto(out: Uint8Array): void;
  destroy(): void;
  _cloneInto(to?: Keyed): Keyed;
}

/** A noble hash function: what `hmac.create` is given. */
type Hasher = typeof sha1;

/**
 * A stand-in for one of noble's hash functions whose `create()` hands out the same few hash
 * objects on every call, each first reset to the initial state by cloning a never-used one into
 * it. noble's HMAC still does all the keying; it just no longer builds new hash objects, and
 * each new one costs a fresh ArrayBuffer behind its block buffer (about 1 µs in V8, several
 * times the two compressions keying takes). An HMAC keyed from it uses three objects at most
 * (inner, outer, and the hash of a key longer than a block), and `reset()` before each keying
 * starts again from the first. Every object is destroyed (zeroed) before the call returns.
 */
function recycling(hash: Hasher): { hash: Hasher; objects: readonly Keyed[]; reset(): void } {
  const initial = hash.create() as unknown as Keyed;
  const objects = [0, 1, 2].map(() => {
    const h = hash.create() as unknown as Keyed;
    h.destroy();
    return h;
  });
  let next = 0;
  const create = (): Keyed => initial._cloneInto(objects[next++]);
  // noble checks that a hash is a function with these three properties; it is never called.
  const stand = Object.assign(() => hash(new Uint8Array(0)), {
    create,
    outputLen: hash.outputLen,
    blockLen: hash.blockLen,
  }) as unknown as Hasher;
  return {
    hash: stand,
    objects,
    reset: () => {
      next = 0;
    },
  };
}

const HASHES = { 'SHA-1': sha1, 'SHA-256': sha256, 'SHA-512': sha512 } as const;
/** Made on first use of each algorithm, so that an unused one costs nothing. */
const recycled: Partial<Record<OtpAlgorithm, ReturnType<typeof recycling>>> = {};

/**
 * One scratch HMAC state per hash, reused across calls: each counter's state is a copy of the
 * keyed state cloned into it. Finishing a digest destroys (zeroes) the state it used, so between
 * calls these hold no key material.
 */
const scratch: Partial<Record<OtpAlgorithm, Keyed>> = {};
const message = new Uint8Array(8);
const messageView = new DataView(message.buffer);
/** Large enough for SHA-512's 64-byte MAC; wiped after each call. */
const mac = new Uint8Array(64);

/**
 * The codes of the plan's counters. The key is padded and hashed into HMAC's inner and outer
 * states once, and each counter clones that keyed state instead of keying again; the plan's key
 * copy and every buffer that held a MAC are wiped before returning.
 */
function planCodesSync(plan: OtpPlan): string[] {
  const { algorithm, digits, start, count } = plan;
  const r = (recycled[algorithm] ??= recycling(HASHES[algorithm]));
  r.reset();
  let keyed: Keyed;
  try {
    keyed = hmac.create(r.hash, plan.key) as unknown as Keyed;
  } finally {
    plan.key.fill(0);
  }
  const length = keyed.outputLen;
  const codes = new Array<string>(count);
  let s = scratch[algorithm];
  try {
    for (let i = 0; i < count; i++) {
      const state = keyed._cloneInto(s);
      s = state;
      writeCounter(messageView, counterAt(start, i));
      state.update(message);
      state.digestInto(mac);
      codes[i] = truncate(mac, length, digits);
    }
  } finally {
    scratch[algorithm] = s;
    keyed.destroy();
    s?.destroy();
    mac.fill(0);
  }
  return codes;
}

/**
 * The hash states kept between calls for `algorithm` (its recycled hash objects and the inner and
 * outer states of its scratch HMAC), as their words and block buffers, and the MAC buffer: for
 * tests that check they hold only zeros after a call.
 * @internal
 */
export function heldStates(algorithm: OtpAlgorithm): { words: number[]; buffer: Uint8Array }[] {
  type Held = { get(): number[]; buffer: Uint8Array };
  const hmacState = scratch[algorithm] as unknown as { iHash: Held; oHash: Held } | undefined;
  const held = [...(recycled[algorithm]?.objects ?? []), hmacState?.iHash, hmacState?.oHash] as (Held | undefined)[];
  return [
    ...held.filter((h) => h !== undefined).map((h) => ({ words: h.get(), buffer: h.buffer })),
    { words: [], buffer: mac },
  ];
}

/**
 * Computes an HOTP code (RFC 4226) synchronously: `hotp` without `await`.
 *
 * @param secret - The shared secret: bytes, or base32 text (any case, padding and spaces optional),
 *   10 to 128 bytes.
 * @param counter - The moving factor: a safe integer `>= 0` or a bigint below `2n**64n`.
 * @param options - `digits` (6–10, default 6) and `algorithm` (default `'SHA-1'`).
 * @returns The code, `digits` decimal digits with leading zeros.
 * @throws {TypeError} if an argument or option has the wrong type or is unknown.
 * @throws {RangeError} if the secret is not base32 or has the wrong length, or a number is out of
 *   range.
 * @example
 * ```ts
 * import { hotpSync } from 'secrets-ts';
 * // RFC 4226 Appendix D, counter 1.
 * const secret = new TextEncoder().encode('12345678901234567890');
 * assert.equal(hotpSync(secret, 1), '287082');
 * ```
 */
export function hotpSync(secret: Uint8Array | string, counter: number | bigint, options?: HotpOptions): string {
  return planCodesSync(hotpPlan('hotpSync', secret, counter, options))[0]!;
}

/**
 * Computes a TOTP code (RFC 6238) synchronously: `totp` without `await`.
 *
 * @param secret - The shared secret: bytes or base32 text, 10 to 128 bytes.
 * @param options - `time` (ms, default `Date.now()`), `period` (s, default 30), `epoch` (ms,
 *   default 0), `digits` (default 6), `algorithm` (default `'SHA-1'`).
 * @returns The code.
 * @throws {TypeError} if an argument or option has the wrong type or is unknown.
 * @throws {RangeError} if the secret is invalid, a number is out of range, or the time is before
 *   the epoch.
 * @example
 * ```ts
 * import { totpSync } from 'secrets-ts';
 * // RFC 6238 Appendix B: T = 1111111109 s, SHA-256, 8 digits.
 * const secret = new TextEncoder().encode('12345678901234567890123456789012');
 * assert.equal(totpSync(secret, { time: 1111111109_000, digits: 8, algorithm: 'SHA-256' }), '68084774');
 * ```
 */
export function totpSync(secret: Uint8Array | string, options?: TotpOptions): string {
  return planCodesSync(totpPlan('totpSync', secret, options))[0]!;
}

/**
 * Verifies a TOTP token within a window of time steps, with a replay guard, synchronously:
 * `verifyTotp` without `await`, with the same options and results.
 *
 * Every step of the window is computed and compared in constant time, without returning early.
 * On success store `result.step` and pass it back as `lastStep`.
 *
 * @param token - The code the user typed: untrusted, so any value is accepted, and anything but a
 *   string of exactly `digits` ASCII digits (`null`, an array from a repeated query parameter, a
 *   number from a JSON body) is `'malformed'`.
 * @param secret - The shared secret: bytes or base32 text, 10 to 128 bytes.
 * @param options - `time`, `period`, `epoch`, `digits`, `algorithm` as in `totpSync`;
 *   `window` (`[past, future]`, default `[1, 0]`, each at most 10) and `lastStep`.
 * @returns `{ valid: true, step, delta }` or `{ valid: false, reason }` with reason
 *   `'malformed'`, `'mismatch'` or `'replayed'`. Expected failures never throw.
 * @throws {TypeError} if the secret or an option has the wrong type, or an option is unknown.
 *   Never for the token.
 * @throws {RangeError} if the secret is invalid or an option is out of range.
 * @example
 * ```ts
 * import { totpSync, verifyTotpSync } from 'secrets-ts';
 * const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
 * const time = 1_700_000_000_000;
 * const code = totpSync(secret, { time });
 * assert.deepEqual(verifyTotpSync(code, secret, { time }), { valid: true, step: 56666666, delta: 0 });
 * assert.deepEqual(verifyTotpSync(code, secret, { time, lastStep: 56666666 }), {
 *   valid: false,
 *   reason: 'replayed',
 * });
 * assert.deepEqual(verifyTotpSync(['1', '2'], secret, { time }), { valid: false, reason: 'malformed' });
 * ```
 */
export function verifyTotpSync(
  token: unknown,
  secret: Uint8Array | string,
  options?: VerifyTotpOptions,
): TotpVerifyResult {
  const plan = verifyTotpPlan('verifyTotpSync', token, secret, options);
  if (plan.token === undefined) {
    plan.key.fill(0);
    return malformed();
  }
  return totpVerdict(planCodesSync(plan), plan.token, plan.start as number, plan.step, plan.freshFrom);
}

/**
 * Verifies an HOTP token with a look-ahead window synchronously: `verifyHotp` without
 * `await`, with the same options and results. On success store `result.counter + 1` as the next
 * expected counter.
 *
 * @param token - The code presented: untrusted, any value accepted; anything but a string of
 *   exactly `digits` ASCII digits is `'malformed'`.
 * @param secret - The shared secret: bytes or base32 text, 10 to 128 bytes.
 * @param options - `counter` (required, the next expected counter), `window` (look-ahead, 0 to 100,
 *   default 2), `digits`, `algorithm`.
 * @returns `{ valid: true, counter, delta }` or `{ valid: false, reason }` with reason
 *   `'malformed'` or `'mismatch'`.
 * @throws {TypeError} if `counter` is missing, or the secret or an option has the wrong type, or an
 *   option is unknown. Never for the token.
 * @throws {RangeError} if the secret is invalid or an option is out of range.
 * @example
 * ```ts
 * import { hotpSync, verifyHotpSync } from 'secrets-ts';
 * const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
 * const code = hotpSync(secret, 2n ** 60n + 1n);
 * assert.deepEqual(verifyHotpSync(code, secret, { counter: 2n ** 60n }), {
 *   valid: true,
 *   counter: 2n ** 60n + 1n,
 *   delta: 1,
 * });
 * ```
 */
export function verifyHotpSync<C extends number | bigint>(
  token: unknown,
  secret: Uint8Array | string,
  options: VerifyHotpOptions<C>,
): HotpVerifyResult<C> {
  const plan = verifyHotpPlan('verifyHotpSync', token, secret, options);
  if (plan.token === undefined) {
    plan.key.fill(0);
    return malformed();
  }
  return hotpVerdict<C>(planCodesSync(plan), plan.token, plan.start);
}
