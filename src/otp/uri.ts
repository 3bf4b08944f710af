/**
 * `otpauth://` URIs (the Key Uri Format that authenticator apps scan from QR codes): a canonical
 * builder and a lenient parser that normalises.
 * @module
 */
import { aoptions, astring, rangeError, typeError } from '../_assert.js';
import { bytesToBase32 } from '../encoding/base32.js';
import {
  MAX_COUNTER,
  MAX_PERIOD,
  MAX_SECRET_BYTES,
  MIN_SECRET_BYTES,
  aalgorithm,
  acounter,
  adigits,
  aperiod,
  asecret,
  decodeSecretText,
  secretTextProblem,
} from './options.js';
import type { OtpAlgorithm } from './webcrypto.js';

/** A normalised TOTP URI, as {@link parseOtpauthUri} returns it. */
export interface OtpauthTotp {
  type: 'totp';
  /** Unpadded upper-case base32. */
  secret: string;
  account: string;
  issuer?: string;
  algorithm: OtpAlgorithm;
  digits: number;
  period: number;
}

/** A normalised HOTP URI, as {@link parseOtpauthUri} returns it. */
export interface OtpauthHotp {
  type: 'hotp';
  secret: string;
  account: string;
  issuer?: string;
  algorithm: OtpAlgorithm;
  digits: number;
  /** A number when it is a safe integer, else a bigint. */
  counter: number | bigint;
}

/** What {@link parseOtpauthUri} returns. */
export type OtpauthParams = OtpauthTotp | OtpauthHotp;

/** Input of {@link otpauthUri}; every {@link OtpauthParams} is valid input. */
export interface OtpauthUriOptions {
  /** `'totp'` (default) or `'hotp'`. */
  type?: 'totp' | 'hotp';
  /** Bytes or base32 text, 10 to 128 bytes. */
  secret: Uint8Array | string;
  /** The account name shown in the app (e.g. an e-mail address); no colon. */
  account: string;
  /** The service name; no colon. Strongly recommended: apps group and label codes by it. */
  issuer?: string;
  algorithm?: OtpAlgorithm;
  digits?: number;
  /** TOTP only; default 30. */
  period?: number;
  /** HOTP only, required. */
  counter?: number | bigint;
}

/** Longest account or issuer accepted. */
const MAX_NAME = 256;
/** Longest URI {@link parseOtpauthUri} reads. */
const MAX_URI = 4096;

const URI_ALGORITHM: Record<OtpAlgorithm, string> = { 'SHA-1': 'SHA1', 'SHA-256': 'SHA256', 'SHA-512': 'SHA512' };

/**
 * Control characters (Unicode Cc), format characters (Cf: bidirectional overrides and isolates,
 * zero-width joiners) and the line and paragraph separators (Zl, Zp): in a name they let one
 * account be shown as another in an authenticator app.
 */
const UNSAFE_CHAR = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** Why `s` is not a safe display name (the position and code point of an unsafe character), or `undefined`. */
function unsafeChar(s: string): string | undefined {
  const m = UNSAFE_CHAR.exec(s);
  if (m === null) return undefined;
  const hex = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `free of control and format characters (line breaks, bidirectional overrides); the character at position ${m.index} is U+${hex}`;
}

function aname(value: unknown, fn: string, name: string): string {
  const s = astring(value, fn, name);
  const unsafe = unsafeChar(s);
  if (unsafe !== undefined) throw new RangeError(`${fn}: ${name} must be ${unsafe}`);
  if (s.length === 0 || s.length > MAX_NAME) return rangeError(fn, name, `a string of 1 to ${MAX_NAME} characters`, s);
  if (s.includes(':')) return rangeError(fn, name, 'free of colons (the label separator)', s);
  if (s.trim() !== s) return rangeError(fn, name, 'free of leading and trailing spaces', s);
  try {
    encodeURIComponent(s);
  } catch {
    return rangeError(fn, name, 'well-formed Unicode (no lone surrogates)', s);
  }
  return s;
}

/**
 * Builds a canonical `otpauth://` URI for a QR code.
 *
 * Canonical form: `otpauth://TYPE/ISSUER:ACCOUNT?secret=…&issuer=…&algorithm=…&digits=…&period=…`
 * (`counter=…` instead of `period` for HOTP). Label parts and the issuer are percent-encoded with
 * `encodeURIComponent` (a space is `%20`, never `+`); the issuer appears both as the label prefix
 * and as the parameter; the secret is unpadded upper-case base32; the algorithm is spelled `SHA1`,
 * `SHA256` or `SHA512`; every parameter is written, defaults included, so no app has to guess.
 * Google Authenticator ignores `algorithm`, `digits` and `period` on some versions: keep SHA-1,
 * 6 digits and 30 s unless every client is known to honour them.
 *
 * @param options - `type`, `secret`, `account`, `issuer`, `algorithm`, `digits`, and `period`
 *   (TOTP) or `counter` (HOTP, required).
 * @returns The URI.
 * @throws {TypeError} if an option has the wrong type or is unknown, `counter` is missing for HOTP,
 *   or `period`/`counter` is given for the other type.
 * @throws {RangeError} if the secret is invalid, a name is empty, too long, contains a colon or
 *   a control, format or line-separator character (Unicode Cc, Cf, Zl, Zp: bidirectional
 *   overrides could show one account as another), or a number is out of range. Errors describe a
 *   bad secret by type, length and position only, never by its content.
 * @example
 * ```ts
 * import { otpauthUri } from 'secrets-ts';
 * const uri = otpauthUri({ secret: 'jbsw y3dp ehpk 3pxp', account: 'alice@example.com', issuer: 'ACME Co' });
 * assert.equal(
 *   uri,
 *   'otpauth://totp/ACME%20Co:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30',
 * );
 * ```
 */
export function otpauthUri(options: OtpauthUriOptions): string {
  const fn = 'otpauthUri';
  if (options === undefined || options === null) return typeError(fn, 'options', 'an object', options);
  const o = aoptions<OtpauthUriOptions>(options, fn, [
    'type',
    'secret',
    'account',
    'issuer',
    'algorithm',
    'digits',
    'period',
    'counter',
  ]);
  const type = o.type === undefined || o.type === null ? 'totp' : o.type;
  if (type !== 'totp' && type !== 'hotp') {
    return (typeof type === 'string' ? rangeError : typeError)(fn, 'type', "'totp' or 'hotp'", type);
  }
  const key = asecret(o.secret, fn);
  const secret = bytesToBase32(key);
  key.fill(0);
  const account = aname(o.account, fn, 'account');
  const issuer = o.issuer === undefined || o.issuer === null ? undefined : aname(o.issuer, fn, 'issuer');
  const algorithm = aalgorithm(o.algorithm, fn);
  const digits = adigits(o.digits, fn);
  let last: string;
  if (type === 'totp') {
    if (o.counter !== undefined && o.counter !== null) {
      return typeError(fn, 'counter', 'absent for a TOTP URI', o.counter);
    }
    last = `period=${aperiod(o.period, fn)}`;
  } else {
    if (o.period !== undefined && o.period !== null) return typeError(fn, 'period', 'absent for an HOTP URI', o.period);
    if (o.counter === undefined || o.counter === null)
      return typeError(fn, 'counter', 'given for an HOTP URI', o.counter);
    last = `counter=${acounter(o.counter, fn)}`;
  }
  const label = (issuer === undefined ? '' : `${encodeURIComponent(issuer)}:`) + encodeURIComponent(account);
  const issuerParam = issuer === undefined ? '' : `&issuer=${encodeURIComponent(issuer)}`;
  return `otpauth://${type}/${label}?secret=${secret}${issuerParam}&algorithm=${URI_ALGORITHM[algorithm]}&digits=${digits}&${last}`;
}

/**
 * Throws the parser's `RangeError`. The URI is never quoted, since it carries the secret: the
 * message says what is wrong and the URI's length only.
 */
function bad(uri: string, why: string): never {
  throw new RangeError(`parseOtpauthUri: ${why} (in a URI of ${uri.length} characters)`);
}

/** A short JSON quote of a non-secret value for a message. */
const quote = (s: string): string => JSON.stringify(s.length > 24 ? `${s.slice(0, 21)}...` : s);

/** Lower case for ASCII letters only: no Unicode folding, so `'ſha1'` stays unknown. */
const asciiLower = (s: string): string => s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));

function decode(text: string, uri: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return bad(uri, 'bad percent-encoding');
  }
}

/** Splits the query: `+` is a space (form encoding, which some generators emit); keys are case-insensitive. */
function queryParams(query: string, uri: string): Map<string, string> {
  const out = new Map<string, string>();
  if (query === '') return out;
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = asciiLower(decode((eq < 0 ? part : part.slice(0, eq)).replace(/\+/g, ' '), uri));
    const value = eq < 0 ? '' : decode(part.slice(eq + 1).replace(/\+/g, ' '), uri);
    if (out.has(key)) bad(uri, `parameter ${quote(key)} appears twice`);
    out.set(key, value);
  }
  return out;
}

function decimal(text: string | undefined, name: string, min: number, max: number, uri: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[0-9]{1,10}$/.test(text) || Number(text) < min || Number(text) > max) {
    return bad(uri, `${name} must be an integer from ${min} to ${max}`);
  }
  return Number(text);
}

/**
 * Parses an `otpauth://` URI into a normalised object.
 *
 * Accepted variants: any case of the scheme and type; a lower-case, padded or space-separated
 * secret; `SHA1`, `SHA-1`, `sha1` (and the same for SHA-256/512); a missing `algorithm`, `digits`
 * or `period` (defaults SHA-1, 6, 30); the issuer as label prefix, as parameter, or both (then
 * they must agree); spaces after the label colon; `+` for a space in parameters. Unknown
 * parameters (such as `image`) are ignored. The result round-trips: `parseOtpauthUri(otpauthUri(p))`
 * deep-equals `p` for every result `p`.
 *
 * @param uri - The URI text.
 * @returns An {@link OtpauthTotp} or {@link OtpauthHotp}, with a canonical secret and every
 *   parameter filled in; `issuer` is absent when the URI names none.
 * @throws {TypeError} if `uri` is not a string.
 * @throws {RangeError} if it is not an otpauth URI: wrong scheme or type, no account, a missing
 *   or invalid secret, an unsupported algorithm, out-of-range numbers, a missing HOTP counter,
 *   a repeated parameter, an issuer that disagrees with the label, or a control, format or
 *   line-separator character in the issuer or account. The message never quotes the URI (it
 *   holds the secret): it says what is wrong, with positions within the secret.
 * @example
 * ```ts
 * import { parseOtpauthUri } from 'secrets-ts';
 * const p = parseOtpauthUri('otpauth://totp/ACME:alice?secret=jbswy3dpehpk3pxp====&algorithm=SHA-256');
 * assert.deepEqual(p, {
 *   type: 'totp',
 *   secret: 'JBSWY3DPEHPK3PXP',
 *   account: 'alice',
 *   issuer: 'ACME',
 *   algorithm: 'SHA-256',
 *   digits: 6,
 *   period: 30,
 * });
 * ```
 */
export function parseOtpauthUri(uri: string): OtpauthParams {
  astring(uri, 'parseOtpauthUri', 'uri');
  if (uri.length > MAX_URI) bad(uri, `longer than ${MAX_URI} characters`);
  const m = /^otpauth:\/\/([A-Za-z]+)\/([^?#]*)(?:\?([^#]*))?(?:#.*)?$/i.exec(uri);
  if (m === null) bad(uri, 'not of the form otpauth://TYPE/LABEL?PARAMETERS');
  const type = asciiLower(m[1]!);
  if (type !== 'totp' && type !== 'hotp') bad(uri, 'type must be totp or hotp');
  const label = decode(m[2]!, uri);
  const params = queryParams(m[3] ?? '', uri);

  const labelUnsafe = unsafeChar(label);
  if (labelUnsafe !== undefined) bad(uri, `the label must be ${labelUnsafe}`);
  const issuerUnsafe = unsafeChar(params.get('issuer') ?? '');
  if (issuerUnsafe !== undefined) bad(uri, `the issuer parameter must be ${issuerUnsafe}`);
  const colon = label.indexOf(':');
  const account = (colon < 0 ? label : label.slice(colon + 1)).trim();
  const prefix = colon < 0 ? undefined : label.slice(0, colon).trim();
  if (account === '' || account.includes(':') || account.length > MAX_NAME) {
    bad(uri, 'the label must name an account (without a colon)');
  }
  const param = params.get('issuer');
  const given = param === undefined || param.trim() === '' ? undefined : param.trim();
  if (given !== undefined && prefix !== undefined && prefix !== '' && given !== prefix) {
    bad(uri, `the issuer parameter ${quote(given)} disagrees with the label prefix ${quote(prefix)}`);
  }
  const issuer = given ?? (prefix === '' ? undefined : prefix);
  if (issuer !== undefined && (issuer.includes(':') || issuer.length > MAX_NAME)) bad(uri, 'invalid issuer');

  const secretText = params.get('secret');
  if (secretText === undefined) bad(uri, 'the secret parameter is missing');
  const bytes = decodeSecretText(secretText);
  if (typeof bytes === 'number') bad(uri, `the secret must be ${secretTextProblem(bytes, secretText.length)}`);
  if (bytes.length < MIN_SECRET_BYTES || bytes.length > MAX_SECRET_BYTES) {
    bad(uri, `the secret must be from ${MIN_SECRET_BYTES} to ${MAX_SECRET_BYTES} bytes, got ${bytes.length}`);
  }

  const algText = params.get('algorithm');
  let algorithm: OtpAlgorithm = 'SHA-1';
  if (algText !== undefined) {
    const a = asciiLower(algText).replace('-', '');
    if (a === 'sha1') algorithm = 'SHA-1';
    else if (a === 'sha256') algorithm = 'SHA-256';
    else if (a === 'sha512') algorithm = 'SHA-512';
    else bad(uri, `unsupported algorithm ${quote(algText)}`);
  }
  const digits = decimal(params.get('digits'), 'digits', 6, 10, uri) ?? 6;

  const secret = bytesToBase32(bytes);
  bytes.fill(0);
  const head = {
    secret,
    account,
    ...(issuer === undefined ? {} : { issuer }),
    algorithm,
    digits,
  };
  if (type === 'totp') {
    return { type, ...head, period: decimal(params.get('period'), 'period', 1, MAX_PERIOD, uri) ?? 30 };
  }
  const counterText = params.get('counter');
  if (counterText === undefined) bad(uri, 'an HOTP URI needs a counter');
  if (!/^[0-9]{1,20}$/.test(counterText)) bad(uri, 'counter must be a non-negative integer');
  const big = BigInt(counterText);
  if (big > MAX_COUNTER) bad(uri, 'counter must be below 2^64');
  const counter = big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
  return { type, ...head, counter };
}
