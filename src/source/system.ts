/**
 * The secure source: `globalThis.crypto.getRandomValues` read through a private pool.
 * @module
 */
import type { SecureSource } from './source.js';
import { U8, aintOr, aoptions, isU8, taBuffer, taFill, taLength, taOffset, taSet, typeError } from '../_assert.js';

// `fillBytes` reads its argument only through the intrinsic typed-array getters and methods: it
// never calls a method or getter of the argument (a subclass could override `set` to keep a view of
// the pool, or `length` to lie) nor looks up `Symbol.species`.

/** Web Crypto refuses requests above 65,536 bytes (`QuotaExceededError`), so every read is chunked. */
const QUOTA = 65536;

/**
 * Default pool size: the most one platform call may fill. A call costs about 4 µs before its first
 * byte on Node 20 (then 0.16 ns per byte), so 64 KiB at a time keeps that near 0.07 ns per byte.
 */
const DEFAULT_POOL = QUOTA;

type GetRandomValues = (array: Uint8Array) => unknown;

/**
 * Thrown when no cryptographically secure generator is available. secrets-ts never falls back to
 * a non-cryptographic generator: without Web Crypto, every random function throws this error.
 *
 * @example
 * ```ts
 * import { createSecureSource, SecureRandomUnavailableError } from 'secrets-ts';
 * const broken = createSecureSource({
 *   getRandomValues: () => {
 *     throw new SecureRandomUnavailableError('no entropy in this sandbox');
 *   },
 * });
 * assert.throws(() => broken.nextUint32(), SecureRandomUnavailableError);
 * ```
 */
export class SecureRandomUnavailableError extends Error {
  constructor(detail?: string) {
    super(
      'secrets-ts: globalThis.crypto.getRandomValues is not available' +
        (detail ? ` (${detail})` : '') +
        '. Run on Node >= 20, Deno, Bun, a browser or a worker, where Web Crypto is built in; on ' +
        'React Native install react-native-get-random-values. Never polyfill it with a non-cryptographic generator.',
    );
    this.name = 'SecureRandomUnavailableError';
  }
}

function platformGetRandomValues(): GetRandomValues {
  const c = (globalThis as { crypto?: { getRandomValues?: unknown } }).crypto;
  const f = c?.getRandomValues;
  if (typeof f !== 'function') throw new SecureRandomUnavailableError();
  return (a) => (f as (a: Uint8Array) => unknown).call(c, a);
}

/** Fills `dest` in chunks of at most 65,536 bytes, through views made by the intrinsic constructor. */
function fillChunked(get: GetRandomValues, buffer: ArrayBufferLike, offset: number, n: number): void {
  for (let off = 0; off < n; off += QUOTA) get(new U8(buffer, offset + off, Math.min(QUOTA, n - off)));
}

/** The length of `dest` if it is a `Uint8Array` (of any realm, or a subclass such as Node's byte buffers). */
function u8Length(dest: unknown): number {
  // Another typed array type would get 8 random bits per element (a Uint32Array), and a proxy or a
  // plain object could keep what it is given.
  if (!isU8(dest)) return typeError('fillBytes', 'dest', 'a Uint8Array', dest);
  return taLength.call(dest);
}

/** Sources made by {@link createSecureSource}: the only ones the secret-making functions accept. */
const SECURE = new WeakSet<object>();

/** Whether `value` was made by {@link createSecureSource} (in this copy of the library). @internal */
export function isSecureSource(value: unknown): value is SecureSource {
  return typeof value === 'object' && value !== null && SECURE.has(value);
}

/** Options of {@link createSecureSource}. */
export interface SecureSourceOptions {
  /**
   * Pool size in bytes, a multiple of 4 from 0 to 65,536 (default 65,536). `0` disables pooling:
   * every request goes to the platform (like Node's `disableEntropyCache`).
   */
  poolSize?: number;
  /**
   * The platform generator to read, for runtimes where Web Crypto lives elsewhere. It must fill
   * its argument with cryptographically secure bytes. Default: `globalThis.crypto.getRandomValues`,
   * looked up at each refill.
   */
  getRandomValues?: (array: Uint8Array) => unknown;
}

/**
 * The pooled secure source.
 *
 * The pool holds words read from the platform and not yet handed out, from index `i` to the end.
 * Bytes are copied out, never lent as views, and each word is zeroed as it is consumed, so a later
 * heap snapshot holds only bytes that were never used. A byte request moves `i` past its bytes
 * before copying them out, so no failure during the copy can serve the same bytes twice; a
 * throwing platform call or a rejected argument leaves the pool as it was.
 */
class PooledSource {
  readonly #get: () => GetRandomValues;
  /** Pool length in words (0: unpooled). */
  readonly #n: number;
  readonly #bytes: Uint8Array;
  readonly #words: Uint32Array;
  /** Index of the next unused word; `#n` when the pool is spent (or was never filled). */
  #i: number;

  constructor(size: number, get: () => GetRandomValues) {
    this.#get = get;
    this.#n = size >> 2;
    this.#i = this.#n;
    this.#bytes = new U8(size);
    this.#words = new Uint32Array(this.#bytes.buffer, 0, this.#n);
  }

  nextUint32(): number {
    let i = this.#i;
    if (i >= this.#n) {
      if (this.#n === 0) return this.#unpooled();
      this.#refill();
      i = 0;
    }
    const words = this.#words;
    const w = words[i]!;
    words[i] = 0;
    this.#i = i + 1;
    return w;
  }

  /**
   * Calls `f` with the next four words: one pool check instead of four `nextUint32` calls. The
   * words are wiped and the pool moved past them before `f` runs, as `nextUint32` does. @internal
   */
  words4<T>(f: (a: number, b: number, c: number, d: number) => T): T {
    if (this.#i + 4 > this.#n) {
      // A pool of fewer than four words (or none) serves them one at a time.
      if (this.#n < 4) return f(this.nextUint32(), this.nextUint32(), this.nextUint32(), this.nextUint32());
      // The words left over are overwritten by the refill, never served.
      this.#refill();
    }
    const words = this.#words;
    const i = this.#i;
    this.#i = i + 4;
    const a = words[i]!;
    const b = words[i + 1]!;
    const c = words[i + 2]!;
    const d = words[i + 3]!;
    words[i] = words[i + 1] = words[i + 2] = words[i + 3] = 0;
    return f(a, b, c, d);
  }

  fillBytes(dest: Uint8Array): void {
    const n = u8Length(dest);
    if (n === 0) return;
    // Requests over a quarter of the pool bypass it: pooling buys nothing once the call overhead
    // is amortised.
    if (n > this.#bytes.length >> 2) {
      fillChunked(this.#get(), taBuffer.call(dest), taOffset.call(dest), n);
      return;
    }
    let pos = this.#i << 2;
    if (pos + n > this.#bytes.length) {
      this.#refill();
      pos = 0;
    }
    // Round up to a word boundary: the skipped bytes are wiped and never served.
    const next = (pos + n + 3) >> 2;
    this.#i = next;
    try {
      taSet.call(dest, new U8(this.#bytes.buffer, pos, n));
    } finally {
      taFill.call(this.#bytes, 0, pos, next << 2);
    }
  }

  #unpooled(): number {
    const one = new U8(4);
    this.#get()(one);
    return (one[0]! | (one[1]! << 8) | (one[2]! << 16) | (one[3]! << 24)) >>> 0;
  }

  /** Refills the whole pool in one platform call (a pool is at most 65,536 bytes, the quota). */
  #refill(): void {
    this.#get()(this.#bytes);
    this.#i = 0;
  }
}

/**
 * Creates a secure source over Web Crypto with its own private pool.
 *
 * @param options - `poolSize` and `getRandomValues` (see {@link SecureSourceOptions}).
 * @returns A {@link SecureSource}.
 * @throws {TypeError} if an option has the wrong type or is unknown.
 * @throws {RangeError} if `poolSize` is negative, above 65,536 or not a multiple of 4.
 * @throws {SecureRandomUnavailableError} on first use, if no platform generator exists.
 * @example
 * ```ts
 * import { createSecureSource } from 'secrets-ts';
 * const unpooled = createSecureSource({ poolSize: 0 });
 * const word = unpooled.nextUint32();
 * assert.ok(Number.isInteger(word) && word >= 0 && word < 2 ** 32);
 * ```
 */
export function createSecureSource(options?: SecureSourceOptions): SecureSource {
  const fn = 'createSecureSource';
  const o = aoptions<SecureSourceOptions>(options, fn, ['poolSize', 'getRandomValues']);
  const size = aintOr(o.poolSize, DEFAULT_POOL, fn, 'poolSize', 0, QUOTA);
  if (size % 4 !== 0) throw new RangeError(`${fn}: poolSize must be a multiple of 4, got ${size}`);
  const custom = o.getRandomValues;
  if (custom !== undefined && typeof custom !== 'function') {
    typeError(fn, 'getRandomValues', 'a function', custom);
  }
  const get: () => GetRandomValues = custom ? () => custom : platformGetRandomValues;
  const source = new PooledSource(size, get);
  SECURE.add(source);
  return source as unknown as SecureSource;
}

let shared: SecureSource | undefined;

/**
 * The process-wide secure source used by every secret-making function. It is created on first
 * use, so importing secrets-ts does no work.
 * @internal
 */
export function systemSource(): SecureSource {
  return (shared ??= createSecureSource());
}

/** {@link PooledSource.words4} on the process-wide source. @internal */
export function systemWords4<T>(f: (a: number, b: number, c: number, d: number) => T): T {
  return (systemSource() as unknown as PooledSource).words4(f);
}
