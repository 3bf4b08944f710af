/**
 * Session keys and password-reset links as split tokens: a public selector finds the stored
 * record, and a secret verifier is stored only as its SHA-256 hash and checked in constant time.
 * @module
 */
import { abool, aintOr, aoptions, aownFields, astring, rangeError, secretTypeError, typeError } from '../_assert.js';
import { base64urlToBytes, bytesToBase64url } from '../encoding/base64url.js';
import { atime } from '../otp/options.js';
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
  /**
   * Accept an `http:` base URL on any host (default `false`: `http:` only for `localhost`,
   * `127.0.0.0/8` and `[::1]`). Only for a TLS-terminating proxy on a private network: the token
   * travels in clear text otherwise.
   */
  allowHttp?: boolean;
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
  hostname: string;
  username: string;
  password: string;
  pathname: string;
  searchParams: { set(name: string, value: string): void };
}
type UrlCtor = new (input: string) => UrlLike;

/** Hosts where `http:` never leaves the machine. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

function aurl(value: unknown, fn: string): UrlLike {
  const U = (globalThis as { URL?: UrlCtor }).URL;
  if (typeof U !== 'function') throw new TypeError(`${fn}: the URL API is not available in this runtime`);
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof U) text = value.href;
  else return typeError(fn, 'baseUrl', 'a string or a URL', value);
  // A base URL may carry credentials, so a rejected one is described by its length only.
  const bad = (what: string): never => {
    throw new RangeError(`${fn}: baseUrl must be ${what}, got a string of length ${text.length}`);
  };
  if (text.length > MAX_URL) return bad(`at most ${MAX_URL} characters`);
  let url: UrlLike;
  try {
    url = new U(text);
  } catch {
    return bad('an absolute https URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return bad('an absolute https URL');
  if (url.username !== '' || url.password !== '') return bad('a URL without a username or password');
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
  const o = aoptions<ResetLinkOptions>(options, fn, ['ttlMs', 'now', 'param', 'placement', 'allowHttp']);
  const allowHttp = o.allowHttp === undefined ? false : abool(o.allowHttp, fn, 'allowHttp');
  if (url.protocol === 'http:' && !allowHttp && !isLoopback(url.hostname)) {
    throw new RangeError(
      `${fn}: baseUrl must be https (http only for localhost, 127.0.0.0/8 and [::1], or with allowHttp: true)`,
    );
  }
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
 * @param baseUrl - The page that handles resets: an absolute `https:` URL (string or URL), without
 *   a username or password; `http:` only for `localhost`, `127.0.0.0/8` and `[::1]`, or with
 *   `allowHttp: true`.
 * @param options - `ttlMs` (1 s to 31 days, default 1 hour), `now` (ms, default `Date.now()`),
 *   `param` (default `'token'`), `placement` (`'query'` default, or `'path'`), `allowHttp`
 *   (default `false`).
 * @returns A promise of `{ url, token, record: { selector, verifierHash, expiresAt } }`.
 * @throws {TypeError} (as a rejection) if an argument or option has the wrong type or is unknown.
 * @throws {RangeError} (as a rejection) if `baseUrl` is not an https URL (see above) or holds
 *   credentials, or an option is out of range.
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
 * @param token - The token from the link, untrusted: any value is accepted.
 * @returns `{ selector }`, or `undefined` if the token is not a string of the form
 *   `createResetLink` makes (`null`, `undefined`, an array from `?token=a&token=b`, a number…).
 * @throws {TypeError} never: an untrusted token is an answer, not an exception.
 * @example
 * ```ts
 * import { createResetLink, parseResetToken } from 'secrets-ts';
 * const { token, record } = await createResetLink('https://example.com/reset');
 * assert.deepEqual(parseResetToken(token), { selector: record.selector });
 * assert.equal(parseResetToken('not-a-token'), undefined);
 * ```
 */
export function parseResetToken(token: unknown): { selector: string } | undefined {
  const parts = typeof token === 'string' ? splitToken(token) : undefined;
  return parts === undefined ? undefined : { selector: parts.selector };
}

const RECORD_KEYS = ['selector', 'verifierHash', 'expiresAt'] as const;

/** The record's own fields (other keys, such as a database's, are ignored), each read once. */
function arecord(value: unknown, fn: string): ResetRecord {
  if (typeof value !== 'object' || value === null) return typeError(fn, 'record', 'a reset record object', value);
  const r = aownFields(value, RECORD_KEYS);
  const { selector, verifierHash, expiresAt } = r;
  if (typeof selector !== 'string') return secretTypeError(fn, 'record.selector', 'a string', selector);
  if (typeof verifierHash !== 'string') return secretTypeError(fn, 'record.verifierHash', 'a string', verifierHash);
  if (typeof expiresAt !== 'number') return typeError(fn, 'record.expiresAt', 'a number', expiresAt);
  if (!Number.isFinite(expiresAt)) return rangeError(fn, 'record.expiresAt', 'finite', expiresAt);
  if (selector.length !== SELECTOR_CHARS || base64urlToBytes(selector) === undefined) {
    throw new RangeError(`${fn}: record.selector must be a selector made by createResetLink (22 base64url characters)`);
  }
  if (verifierHash.length !== VERIFIER_CHARS || base64urlToBytes(verifierHash) === undefined) {
    throw new RangeError(`${fn}: record.verifierHash must be a hash made by createResetLink (43 base64url characters)`);
  }
  return { selector, verifierHash, expiresAt };
}

/**
 * Checks a presented reset token against its stored record.
 *
 * Order: the token's form (`'malformed'`, for any value that is not a token string), the selector
 * (`'unknown-selector'`: the record is not this token's), then the SHA-256 of the verifier against
 * `verifierHash` with the constant-time `compareDigest` (`'mismatch'`), and only then the expiry
 * (`'expired'` once `now >= expiresAt`): whoever holds the selector alone cannot learn whether
 * the link is still live. On `{ valid: true }` delete the record before resetting the password,
 * so the link works once.
 *
 * @param token - The token from the link, untrusted: any value that is not a well-formed token
 *   string (`null`, an array, a number…) gives `'malformed'`.
 * @param record - The stored record (as `createResetLink` returned it).
 * @param options - `now` (ms, default `Date.now()`).
 * @returns A promise of `{ valid: true }` or `{ valid: false, reason }`. Expected failures never throw.
 * @throws {TypeError} (as a rejection) if the record is not an object with own string
 *   `selector`/`verifierHash` and number `expiresAt`, or an option has the wrong type or is unknown.
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
  token: unknown,
  record: ResetRecord,
  options?: { now?: number },
): Promise<ResetVerifyResult> {
  const fn = 'verifyResetToken';
  const r = arecord(record, fn);
  const o = aoptions<{ now?: number }>(options, fn, ['now']);
  const now = atime(o.now, fn, 'now', Date.now);
  const parts = typeof token === 'string' ? splitToken(token) : undefined;
  if (parts === undefined) return { valid: false, reason: 'malformed' };
  if (!compareDigest(r.selector, parts.selector)) return { valid: false, reason: 'unknown-selector' };
  const hash = bytesToBase64url(await sha256(parts.verifier));
  parts.verifier.fill(0);
  if (!compareDigest(r.verifierHash, hash)) return { valid: false, reason: 'mismatch' };
  return now >= r.expiresAt ? { valid: false, reason: 'expired' } : { valid: true };
}
