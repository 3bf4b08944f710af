/**
 * RFC 9562 UUIDs: random version 4, time-ordered version 7 (monotonic within the realm), name-based
 * version 5, and a validator and parser for any version.
 * @module
 */
import { astring, rangeError, typeError } from '../_assert.js';
import { SubtleCryptoUnavailableError } from '../otp/webcrypto.js';
import type { RandomSource } from '../source/source.js';
import { systemSource } from '../source/system.js';
import { utf8 } from '../encoding/utf8.js';

/** ASCII codes of the 16 lowercase hex digits. */
const H = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const fcc = String.fromCharCode;

/**
 * Formats four big-endian 32-bit words as `8-4-4-4-12` lowercase hex (45 is `-`): one call that
 * makes a flat 36-character string, instead of 20 concatenations.
 */
function format(a: number, b: number, c: number, d: number): string {
  return fcc(
    H[a >>> 28]!,
    H[(a >>> 24) & 15]!,
    H[(a >>> 20) & 15]!,
    H[(a >>> 16) & 15]!,
    H[(a >>> 12) & 15]!,
    H[(a >>> 8) & 15]!,
    H[(a >>> 4) & 15]!,
    H[a & 15]!,
    45,
    H[b >>> 28]!,
    H[(b >>> 24) & 15]!,
    H[(b >>> 20) & 15]!,
    H[(b >>> 16) & 15]!,
    45,
    H[(b >>> 12) & 15]!,
    H[(b >>> 8) & 15]!,
    H[(b >>> 4) & 15]!,
    H[b & 15]!,
    45,
    H[c >>> 28]!,
    H[(c >>> 24) & 15]!,
    H[(c >>> 20) & 15]!,
    H[(c >>> 16) & 15]!,
    45,
    H[(c >>> 12) & 15]!,
    H[(c >>> 8) & 15]!,
    H[(c >>> 4) & 15]!,
    H[c & 15]!,
    H[d >>> 28]!,
    H[(d >>> 24) & 15]!,
    H[(d >>> 20) & 15]!,
    H[(d >>> 16) & 15]!,
    H[(d >>> 12) & 15]!,
    H[(d >>> 8) & 15]!,
    H[(d >>> 4) & 15]!,
    H[d & 15]!,
  );
}

/** @internal A version 4 UUID from four words of `src`. */
export function uuid4From(src: RandomSource): string {
  const a = src.nextUint32();
  // Version nibble (bits 48–51) = 0100; variant (bits 64–65) = 10. The other 122 bits stay random.
  const b = ((src.nextUint32() & 0xffff0fff) | 0x4000) >>> 0;
  const c = ((src.nextUint32() & 0x3fffffff) | 0x80000000) >>> 0;
  return format(a, b, c, src.nextUint32());
}

/**
 * Returns a random (version 4) UUID: 122 random bits in RFC 9562 text form, lowercase.
 *
 * @returns A UUID such as `"3b241101-e2bb-4255-8caf-4136c566a962"`.
 * @throws {SecureRandomUnavailableError} if no secure generator exists (never for bad input: it
 *   takes none).
 * @example
 * ```ts
 * import { uuid4, parseUuid } from 'secrets-ts';
 * const u = uuid4();
 * assert.match(u, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
 * assert.equal(parseUuid(u)?.version, 4);
 * ```
 */
export function uuid4(): string {
  return uuid4From(systemSource());
}

const TWO32 = 4294967296;
/** The counter has 42 bits: the 12 bits of `rand_a` and the top 30 bits of `rand_b`. */
const COUNTER_MAX = 2 ** 42 - 1;
const MAX_MS = 2 ** 48 - 1;

/** The monotonic part of the UUIDv7 state: the last timestamp and counter issued. */
interface V7State {
  ms: number;
  counter: number;
}

/**
 * The UUIDv7 generator (RFC 9562 §6.2, method 1: a fixed-length dedicated counter).
 *
 * Layout: 48-bit Unix milliseconds | version 7 | 42-bit counter (12 bits of `rand_a` and the top
 * 30 bits of `rand_b`) | variant | 32 random bits. At each new millisecond the counter is seeded
 * with 42 random bits, so all 74 bits after the version and variant are random for the first UUID
 * of a millisecond; within the millisecond it grows by one per UUID (on average 2^41 UUIDs fit
 * before an overflow). So `(ms, counter)` strictly increases and every UUID
 * sorts after the previous one, as a string and as bytes.
 *
 * - Clock moved back (or stood still): the last timestamp is kept and the counter keeps counting.
 * - Counter overflow: the timestamp advances by 1 ms and the counter is reseeded; the real clock
 *   catches up later.
 * @internal
 */
export class V7 {
  constructor(
    readonly src: RandomSource,
    readonly now: () => number = Date.now,
    readonly state: V7State = { ms: -1, counter: 0 },
  ) {}

  get ms(): number {
    return this.state.ms;
  }
  get counter(): number {
    return this.state.counter;
  }
  set counter(c: number) {
    this.state.counter = c;
  }

  #seed(st: V7State): void {
    // 10 + 32 bits: the counter seed is uniform over all 2^42 counter values.
    st.counter = (this.src.nextUint32() >>> 22) * TWO32 + this.src.nextUint32();
  }

  next(): string {
    const st = this.state;
    // The state may be shared with another copy of the library (see realmState): start afresh
    // if it holds anything but what a copy writes.
    if (!(Number.isSafeInteger(st.ms) && st.ms >= -1 && st.ms <= MAX_MS)) st.ms = -1;
    if (!(Number.isSafeInteger(st.counter) && st.counter >= 0 && st.counter <= COUNTER_MAX)) st.counter = 0;
    const t = Math.floor(this.now());
    if (t > st.ms) {
      if (!(t <= MAX_MS)) throw new RangeError(`uuid7: the clock reads ${t}, beyond the 48-bit millisecond range`);
      this.#seed(st);
      st.ms = t;
    } else if (st.counter < COUNTER_MAX) {
      st.counter++;
    } else {
      if (st.ms >= MAX_MS) throw new RangeError('uuid7: the 48-bit millisecond range is exhausted');
      this.#seed(st);
      st.ms++;
    }
    const ms = st.ms;
    const hi = Math.floor(ms / 65536);
    const cnt = st.counter;
    const randA = Math.floor(cnt / 2 ** 30);
    const low30 = cnt % 2 ** 30;
    const a = hi >>> 0;
    const b = ((ms % 65536) * 65536 + (0x7000 | randA)) >>> 0;
    const c = (0x80000000 | low30) >>> 0;
    return format(a, b, c, this.src.nextUint32());
  }
}

/** Where the realm's UUIDv7 state lives, shared by every copy of the library (ESM and CJS builds). */
const STATE_KEY = Symbol.for('secrets-ts.uuid7');

/**
 * The one UUIDv7 state of this realm, under a `Symbol.for` key of `globalThis` (non-enumerable and
 * fixed once defined): a program that loads both the ESM and the CJS build still gets strictly
 * increasing UUIDs. If the key holds anything else, this copy keeps a state of its own.
 */
function realmState(): V7State {
  const g = globalThis as unknown as Record<symbol, unknown>;
  const found = Object.getOwnPropertyDescriptor(g, STATE_KEY);
  const v = found?.value as Partial<V7State> | undefined;
  if (typeof v === 'object' && v !== null && Object.hasOwn(v, 'ms') && Object.hasOwn(v, 'counter')) {
    return v as V7State;
  }
  const state: V7State = { ms: -1, counter: 0 };
  if (found === undefined) {
    try {
      Object.defineProperty(g, STATE_KEY, { value: state, enumerable: false, writable: false, configurable: false });
    } catch {
      // A frozen globalThis: this copy keeps its own state.
    }
  }
  return state;
}

let shared: V7 | undefined;

/**
 * Returns a time-ordered (version 7) UUID: 48 bits of Unix milliseconds, then a 42-bit counter
 * and 32 random bits. Within this realm (the main thread, or one worker) every UUID sorts strictly
 * after the previous one, even when the clock goes back, more than one UUID is made per
 * millisecond, or both the ESM and the CJS build of the library are loaded (they share one state).
 *
 * The first UUID of each millisecond has 74 random bits (a 42-bit random counter seed and 32
 * random bits); later ones in the same millisecond add 32 fresh random bits to the previous
 * counter plus one. Use {@link uuid4} when nothing about the ID may be predictable.
 *
 * @returns A UUID such as `"019a6e1c-7a32-7cc1-94b2-0ae0c5b1f7d3"`.
 * @throws {RangeError} if the clock reads beyond the year 10889 (48-bit milliseconds).
 * @example
 * ```ts
 * import { uuid7, parseUuid } from 'secrets-ts';
 * const a = uuid7();
 * const b = uuid7();
 * assert.ok(a < b);
 * const p = parseUuid(a);
 * assert.equal(p?.version, 7);
 * assert.ok(Math.abs((p?.timestamp ?? 0) - Date.now()) < 60_000);
 * ```
 */
export function uuid7(): string {
  return (shared ??= new V7(systemSource(), Date.now, realmState())).next();
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `s` is a UUID in RFC 9562 text form (`8-4-4-4-12` hex digits, either case), of any
 * version, including the nil and max UUIDs.
 *
 * @param s - The string to check.
 * @returns `true` for a well-formed UUID.
 * @throws {TypeError} if `s` is not a string.
 * @example
 * ```ts
 * import { isUuid } from 'secrets-ts';
 * assert.equal(isUuid('00000000-0000-0000-0000-000000000000'), true);
 * assert.equal(isUuid('not-a-uuid'), false);
 * ```
 */
export function isUuid(s: string): boolean {
  return UUID_RE.test(astring(s, 'isUuid', 's'));
}

/** The variant field of a UUID (RFC 9562 §4.1). */
export type UuidVariant = 'ncs' | 'rfc9562' | 'microsoft' | 'future';

/** What {@link parseUuid} returns. */
export interface ParsedUuid {
  /** The version nibble (0–15; 4 and 7 for this library's UUIDs, 0 for nil, 15 for max). */
  version: number;
  variant: UuidVariant;
  /** For a version 7 UUID: its Unix timestamp in milliseconds. */
  timestamp?: number;
  /** The 16 bytes, big-endian. */
  bytes: Uint8Array;
}

/**
 * Parses a UUID in text form into its version, variant, bytes and (for version 7) timestamp.
 *
 * @param s - The string to parse.
 * @returns The parts, or `undefined` if `s` is not a well-formed UUID.
 * @throws {TypeError} if `s` is not a string.
 * @example
 * ```ts
 * import { parseUuid } from 'secrets-ts';
 * const p = parseUuid('017f22e2-79b0-7cc3-98c4-dc0c0c07398f');
 * assert.equal(p?.version, 7);
 * assert.equal(p?.variant, 'rfc9562');
 * assert.equal(p?.timestamp, 0x017f22e279b0);
 * assert.equal(parseUuid('nope'), undefined);
 * ```
 */
export function parseUuid(s: string): ParsedUuid | undefined {
  if (!UUID_RE.test(astring(s, 'parseUuid', 's'))) return undefined;
  const h = s.replace(/-/g, '');
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  const version = bytes[6]! >>> 4;
  const v = bytes[8]!;
  const variant: UuidVariant = v < 0x80 ? 'ncs' : v < 0xc0 ? 'rfc9562' : v < 0xe0 ? 'microsoft' : 'future';
  const out: ParsedUuid = { version, variant, bytes };
  if (version === 7 && variant === 'rfc9562') out.timestamp = parseInt(h.slice(0, 12), 16);
  return out;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The RFC 9562 §6.6 namespace IDs, by name. */
const NAMESPACES: Readonly<Record<string, string>> = {
  dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
  oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
  x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
};

/** The names {@link uuid5} accepts for the RFC 9562 namespaces. */
export type UuidNamespace = 'dns' | 'url' | 'oid' | 'x500';

/**
 * Returns the name-based (version 5) UUID of `name` in `namespace` (RFC 9562 §5.5): the first 16
 * bytes of SHA-1(namespace bytes ‖ name bytes), with the version and variant set. The same
 * namespace and name always give the same UUID; it is an identifier, not a secret (it has no
 * randomness). SHA-1 comes from Web Crypto, so the result is a promise.
 *
 * @param namespace - A UUID in text form (any case), or one of the RFC 9562 namespace names
 *   `'dns'`, `'url'`, `'oid'`, `'x500'`.
 * @param name - The name: a string (hashed as UTF-8) or bytes.
 * @returns A promise of the lowercase UUID.
 * @throws {TypeError} (as a rejection) if `namespace` is not a string, or `name` is neither a
 *   string nor a `Uint8Array`.
 * @throws {RangeError} (as a rejection) if `namespace` is neither a UUID nor a namespace name, or
 *   `name` is a string with a lone surrogate (it has no UTF-8 form).
 * @throws {SubtleCryptoUnavailableError} (as a rejection) if Web Crypto's `subtle` is missing.
 * @example
 * ```ts
 * import { uuid5 } from 'secrets-ts';
 * assert.equal(await uuid5('dns', 'www.example.com'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
 * assert.equal(
 *   await uuid5('6ba7b811-9dad-11d1-80b4-00c04fd430c8', 'https://example.com/'),
 *   await uuid5('url', 'https://example.com/'),
 * );
 * ```
 */
export async function uuid5(namespace: UuidNamespace | (string & {}), name: string | Uint8Array): Promise<string> {
  const fn = 'uuid5';
  if (typeof namespace !== 'string') return typeError(fn, 'namespace', 'a UUID or dns, url, oid or x500', namespace);
  const ns = Object.hasOwn(NAMESPACES, namespace) ? NAMESPACES[namespace]! : namespace;
  if (!UUID_RE.test(ns)) return rangeError(fn, 'namespace', 'a UUID or dns, url, oid or x500', namespace);
  let nameBytes: Uint8Array;
  if (typeof name === 'string') {
    if (LONE_SURROGATE.test(name)) return rangeError(fn, 'name', 'a string without lone surrogates', name);
    nameBytes = utf8(name);
  } else if (name instanceof Uint8Array) nameBytes = name;
  else return typeError(fn, 'name', 'a string or a Uint8Array', name);
  const h = ns.replace(/-/g, '');
  const data = new Uint8Array(16 + nameBytes.length);
  for (let i = 0; i < 16; i++) data[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  data.set(nameBytes, 16);
  const subtle = (globalThis as { crypto?: { subtle?: { digest?: unknown } } }).crypto?.subtle as
    { digest(alg: string, data: Uint8Array): Promise<ArrayBuffer> } | undefined;
  if (!subtle || typeof subtle.digest !== 'function') throw new SubtleCryptoUnavailableError();
  const d = new DataView(await subtle.digest('SHA-1', data));
  // Version nibble (bits 48–51) = 0101; variant (bits 64–65) = 10; the rest is the SHA-1 prefix.
  const b = ((d.getUint32(4) & 0xffff0fff) | 0x5000) >>> 0;
  const c = ((d.getUint32(8) & 0x3fffffff) | 0x80000000) >>> 0;
  return format(d.getUint32(0), b, c, d.getUint32(12));
}
