/**
 * Session keys and password-reset links as split tokens: a public selector finds the stored
 * record, and a secret verifier is stored only as its SHA-256 hash and checked in constant time.
 * @module
 */
import { aintOr, aoptions, astring, rangeError, typeError } from '../_assert.js';
import { base64urlToBytes, bytesToBase64url } from '../encoding/base64url.js';
import { atime, atoken } from '../otp/options.js';
import { sha256 } from '../otp/webcrypto.js';
import { compareDigest, urlsafeText } from '../secrets/index.js';
import type { RandomSource } from '../source/source.js';
import { systemSource } from '../source/system.js';

const SELECTOR_BYTES = 16;
const VERIFIER_BYTES = 32;
/** base64url lengths of the selector (22), the verifier (43) and the hash (43). */
const SELECTOR_CHARS = 22;
const VERIFIER_CHARS = 43;
const TOKEN_CHARS = SELECTOR_CHARS + 1 + VERIFIER_CHARS;

const HOUR = 3_600_000;
const MAX_TTL = 31 * 24 * HOUR;
const MAX_URL = 8192;

/**
 * Returns a new session key: unpadded base64url of `nbytes` random bytes (`ceil(4·nbytes/3)`
 * characters of `A-Z a-z 0-9 - _`), safe in URLs, cookies and headers. Store a hash of it server
 * side if the store may leak.
 *
 * @param nbytes - Random bytes, 16 to 1024 (default 32 = 256 bits, 43 characters).
 * @returns The key.
 * @throws {TypeError} if `nbytes` is not an integer number.
 * @throws {RangeError} if `nbytes` is below 16 (128 bits) or above 1024.
 * @example
 * ```ts
 * import { sessionKey } from 'secrets-ts';
 * assert.match(sessionKey(), /^[A-Za-z0-9_-]{43}$/);
 * assert.equal(sessionKey(16).length, 22);
 * ```
 */
export function sessionKey(nbytes?: number | null): string {
  return urlsafeText(aintOr(nbytes, 32, 'sessionKey', 'nbytes', 16, 1024));
}

/** What the server stores for one reset link. The verifier itself is never stored. */
export interface ResetRecord {
  /** Public lookup key: base64url of 16 random bytes. */
  selector: string;
  /** base64url of SHA-256 of the 32 verifier bytes. */
  verifierHash: string;
  /** Expiry, in milliseconds since the Unix epoch. */
  expiresAt: number;
}

/** Options of {@link createResetLink}. */
export interface ResetLinkOptions {
  /** Lifetime in milliseconds, 1 s to 31 days (default 1 hour). */
  ttlMs?: number;
  /** The current time in milliseconds (default `Date.now()`). */
  now?: number;
  /** Query parameter name (default `'token'`); letters, digits, `-`, `_`, `.`. */
  param?: string;
  /** Put the token in the query (default) or append it as the last path segment. */
  placement?: 'query' | 'path';
}

/** What {@link createResetLink} returns. */
export interface ResetLink {
  /** The link to send to the user. */
  url: string;
  /** `selector.verifier`, 66 URL-safe characters: what the link carries. */
  token: string;
  /** What to store, keyed by `record.selector`. */
  record: ResetRecord;
}

/** Result of {@link verifyResetToken}. */
export type ResetVerifyResult =
  { valid: true } | { valid: false; reason: 'malformed' | 'unknown-selector' | 'expired' | 'mismatch' };

interface UrlLike {
  href: string;
  protocol: string;
  pathname: string;
  searchParams: { set(name: string, value: string): void };
}
type UrlCtor = new (input: string) => UrlLike;

function aurl(value: unknown, fn: string): UrlLike {
  const U = (globalThis as { URL?: UrlCtor }).URL;
  if (typeof U !== 'function') throw new TypeError(`${fn}: the URL API is not available in this runtime`);
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof U) text = value.href;
  else return typeError(fn, 'baseUrl', 'a string or a URL', value);
  if (text.length > MAX_URL) return rangeError(fn, 'baseUrl', `at most ${MAX_URL} characters`, text);
  let url: UrlLike;
  try {
    url = new U(text);
  } catch {
    return rangeError(fn, 'baseUrl', 'an absolute http or https URL', text);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return rangeError(fn, 'baseUrl', 'an absolute http or https URL', text);
  }
  return url;
}

/**
 * {@link createResetLink} on a given source.
 * @internal
 */
export async function createResetLinkFrom(
  source: RandomSource,
  baseUrl: unknown,
  options: unknown,
): Promise<ResetLink> {
  const fn = 'createResetLink';
  const url = aurl(baseUrl, fn);
  const o = aoptions<ResetLinkOptions>(options, fn, ['ttlMs', 'now', 'param', 'placement']);
  const ttl = aintOr(o.ttlMs, HOUR, fn, 'ttlMs', 1000, MAX_TTL);
  const now = Math.floor(atime(o.now, fn, 'now', Date.now));
  let param = 'token';
  if (o.param !== undefined && o.param !== null) {
    param = astring(o.param, fn, 'param');
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(param)) rangeError(fn, 'param', '1 to 64 of A-Z a-z 0-9 . _ -', param);
  }
  const placement = o.placement ?? 'query';
  if (placement !== 'query' && placement !== 'path') {
    (typeof placement === 'string' ? rangeError : typeError)(fn, 'placement', "'query' or 'path'", placement);
  }
  const expiresAt = now + ttl;
  if (Math.abs(expiresAt) > 8.64e15) rangeError(fn, 'now', 'such that now + ttlMs is a valid time', now);

  const selectorBytes = new Uint8Array(SELECTOR_BYTES);
  const verifier = new Uint8Array(VERIFIER_BYTES);
  source.fillBytes(selectorBytes);
  source.fillBytes(verifier);
  const selector = bytesToBase64url(selectorBytes);
  const token = `${selector}.${bytesToBase64url(verifier)}`;
  const verifierHash = bytesToBase64url(await sha256(verifier));
  verifier.fill(0);
  if (placement === 'path') url.pathname = url.pathname.replace(/\/?$/, '/') + token;
  else url.searchParams.set(param, token);
  return { url: url.href, token, record: { selector, verifierHash, expiresAt } };
}

/**
 * Creates a password-reset link as a split token.
 *
 * The token is `selector.verifier`: a public 16-byte selector, with which the server looks up the
 * record, and a secret 32-byte verifier, of which only the SHA-256 hash is stored. A database
 * lookup by the selector may leak timing, but the selector is not secret; the secret part is
 * checked by {@link verifyResetToken} in constant time, and a stolen database holds only hashes.
 * Store `record` keyed by `record.selector`, send `url`, and delete the record on first success
 * (one-time use). The token reaches the server in the query (or path): serve the landing page
 * with `Referrer-Policy: no-referrer` and keep the query out of access logs.
 *
 * @param baseUrl - The page that handles resets: an absolute `http:` or `https:` URL (string or URL).
 * @param options - `ttlMs` (1 s to 31 days, default 1 hour), `now` (ms, default `Date.now()`),
 *   `param` (default `'token'`), `placement` (`'query'` default, or `'path'`).
 * @returns A promise of `{ url, token, record: { selector, verifierHash, expiresAt } }`.
 * @throws {TypeError} (as a rejection) if an argument or option has the wrong type or is unknown.
 * @throws {RangeError} (as a rejection) if `baseUrl` is not an http(s) URL, or an option is out of range.
 * @throws {SubtleCryptoUnavailableError} (as a rejection) if `crypto.subtle` is missing.
 * @example
 * ```ts
 * import { createResetLink, verifyResetToken } from 'secrets-ts';
 * const { url, token, record } = await createResetLink('https://example.com/reset', { now: 0 });
 * assert.equal(url, `https://example.com/reset?token=${token}`);
 * assert.equal(record.expiresAt, 3_600_000);
 * assert.deepEqual(await verifyResetToken(token, record, { now: 1000 }), { valid: true });
 * ```
 */
export function createResetLink(baseUrl: string | { href: string }, options?: ResetLinkOptions): Promise<ResetLink> {
  return createResetLinkFrom(systemSource(), baseUrl, options);
}

/** Splits a token into its decoded parts, or `undefined` for anything but the exact form. */
function splitToken(token: string): { selector: string; verifier: Uint8Array } | undefined {
  if (token.length !== TOKEN_CHARS || token[SELECTOR_CHARS] !== '.') return undefined;
  const selector = token.slice(0, SELECTOR_CHARS);
  const sel = base64urlToBytes(selector);
  const verifier = base64urlToBytes(token.slice(SELECTOR_CHARS + 1));
  if (sel === undefined || verifier === undefined) return undefined;
  return { selector, verifier };
}

/**
 * Reads the public selector out of a presented token, to look the record up.
 *
 * @param token - The token from the link; `null`/`undefined` (a missing parameter) give `undefined`.
 * @returns `{ selector }`, or `undefined` if the token is not of the form `createResetLink` makes.
 * @throws {TypeError} if `token` is neither a string nor `null`/`undefined`.
 * @example
 * ```ts
 * import { createResetLink, parseResetToken } from 'secrets-ts';
 * const { token, record } = await createResetLink('https://example.com/reset');
 * assert.deepEqual(parseResetToken(token), { selector: record.selector });
 * assert.equal(parseResetToken('not-a-token'), undefined);
 * ```
 */
export function parseResetToken(token: string | null | undefined): { selector: string } | undefined {
  const t = atoken(token, 'parseResetToken');
  const parts = t === undefined ? undefined : splitToken(t);
  return parts === undefined ? undefined : { selector: parts.selector };
}

function arecord(value: unknown, fn: string): ResetRecord {
  if (typeof value !== 'object' || value === null) return typeError(fn, 'record', 'a reset record object', value);
  const r = value as Record<string, unknown>;
  const selector = astring(r.selector, fn, 'record.selector');
  const verifierHash = astring(r.verifierHash, fn, 'record.verifierHash');
  const expiresAt = r.expiresAt;
  if (typeof expiresAt !== 'number') return typeError(fn, 'record.expiresAt', 'a number', expiresAt);
  if (!Number.isFinite(expiresAt)) return rangeError(fn, 'record.expiresAt', 'finite', expiresAt);
  if (selector.length !== SELECTOR_CHARS || base64urlToBytes(selector) === undefined) {
    return rangeError(fn, 'record.selector', 'a selector made by createResetLink', selector);
  }
  if (verifierHash.length !== VERIFIER_CHARS || base64urlToBytes(verifierHash) === undefined) {
    return rangeError(fn, 'record.verifierHash', 'a hash made by createResetLink', verifierHash);
  }
  return { selector, verifierHash, expiresAt };
}

/**
 * Checks a presented reset token against its stored record.
 *
 * Order: the token's form (`'malformed'`), the selector (`'unknown-selector'`: the record is not
 * this token's), the expiry (`'expired'` once `now >= expiresAt`), then the SHA-256 of the
 * verifier against `verifierHash` with the constant-time `compareDigest` (`'mismatch'`). On
 * `{ valid: true }` delete the record before resetting the password, so the link works once.
 *
 * @param token - The token from the link; `null`/`undefined` count as malformed.
 * @param record - The stored record (as `createResetLink` returned it).
 * @param options - `now` (ms, default `Date.now()`).
 * @returns A promise of `{ valid: true }` or `{ valid: false, reason }`. Expected failures never throw.
 * @throws {TypeError} (as a rejection) if the token is not a string, `null` or `undefined`, the record
 *   is not an object with string `selector`/`verifierHash` and number `expiresAt`, or an option
 *   has the wrong type or is unknown.
 * @throws {RangeError} (as a rejection) if the record's fields are not of the form `createResetLink`
 *   makes, or `now` is out of range.
 * @throws {SubtleCryptoUnavailableError} (as a rejection) if `crypto.subtle` is missing.
 * @example
 * ```ts
 * import { createResetLink, verifyResetToken } from 'secrets-ts';
 * const { token, record } = await createResetLink('https://example.com/reset', { now: 0, ttlMs: 60_000 });
 * assert.deepEqual(await verifyResetToken(token, record, { now: 60_000 }), { valid: false, reason: 'expired' });
 * assert.deepEqual(await verifyResetToken('x.y', record, { now: 0 }), { valid: false, reason: 'malformed' });
 * ```
 */
export async function verifyResetToken(
  token: string | null | undefined,
  record: ResetRecord,
  options?: { now?: number },
): Promise<ResetVerifyResult> {
  const fn = 'verifyResetToken';
  const t = atoken(token, fn);
  const r = arecord(record, fn);
  const o = aoptions<{ now?: number }>(options, fn, ['now']);
  const now = atime(o.now, fn, 'now', Date.now);
  const parts = t === undefined ? undefined : splitToken(t);
  if (parts === undefined) return { valid: false, reason: 'malformed' };
  if (!compareDigest(r.selector, parts.selector)) return { valid: false, reason: 'unknown-selector' };
  if (now >= r.expiresAt) return { valid: false, reason: 'expired' };
  const hash = bytesToBase64url(await sha256(parts.verifier));
  return compareDigest(r.verifierHash, hash) ? { valid: true } : { valid: false, reason: 'mismatch' };
}
