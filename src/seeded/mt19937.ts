/**
 * MT19937, the Mersenne Twister of Matsumoto and Nishimura, exactly as CPython's `_random` module
 * runs it: same seeding (`init_genrand`, `init_by_array`), same tempering, same byte layout for
 * `randbytes`, same state form for `getstate`/`setstate`.
 * @module
 */
import { abytes } from '../_assert.js';
import type { RandomSource } from '../source/source.js';

// A const enum, so that the compiler writes the numbers into the code: V8 reads a module-level
// const from the module's context, behind a check that it is initialised, at every use (about 2%
// of a construction), and that bytecode counts against the size up to which V8 inlines a function
// such as `_random53` into its callers.
// UPPER and MATRIX_A (0x80000000, 0x9908b0df) as int32 bit patterns, the form the state holds.
const enum W {
  N = 624,
  M = 397,
  UPPER = -0x80000000,
  LOWER = 0x7fffffff,
  MATRIX_A = -0x66f74f21,
  /** The word after both generations, which holds the index (see `_mt`). */
  IX = 1248,
  /** Words per generator: two generations and the index. */
  WORDS = 1249,
}

/**
 * Reference `init_genrand`: `mt[i] = 1812433253 * (mt[i-1] ^ mt[i-1] >>> 30) + i` mod 2^32, with
 * the previous word kept in a register (`Math.imul` and `| 0` keep the low 32 bits exactly).
 */
function genrand(mt: Int32Array, s: number): Int32Array {
  let p = s | 0;
  mt[0] = p;
  for (let i = 1; i < W.N; i++) {
    p = (Math.imul(1812433253, p ^ (p >>> 30)) + i) | 0;
    mt[i] = p;
  }
  return mt;
}

/** The states after `init_genrand(5489)` (a new generator) and `init_genrand(19650218)`, made once. */
let genrand5489: Int32Array | undefined;
let genrand19650218: Int32Array | undefined;

/**
 * The words of a new generator: a view into a slab shared by 4 generators, because V8 allocates
 * and frees an `ArrayBuffer` at a cost several times that of a view, and larger slabs (16
 * generators, 80 kB) cost more per generator again in the construction benchmark (README,
 * Benchmarks). A slab is freed when its last generator is.
 */
const SLAB = 4;
let slab: ArrayBuffer | undefined;
let slabUsed = SLAB;
function newWords(): Int32Array {
  if (slabUsed === SLAB) {
    slab = new ArrayBuffer(SLAB * W.WORDS * 4);
    slabUsed = 0;
  }
  return new Int32Array(slab!, W.WORDS * 4 * slabUsed++, W.WORDS);
}

/** Set while {@link cpythonNewTwister} constructs a generator. */
let bare = false;

/**
 * A generator in the state CPython's `Random.__new__` leaves it in until `seed` writes it: every
 * word zero (the zeros of a new buffer; zero words twist to zero words), index 0. `Random` starts
 * from it, which skips copying in a default state that its seed would overwrite (not exported from
 * the package).
 * @internal
 */
export function cpythonNewTwister(): MersenneTwister {
  bare = true;
  const g = new MersenneTwister();
  bare = false;
  return g;
}

/** Number of state words (the state also holds an index from 0 to 624). */
export const MT_STATE_WORDS = W.N;

/**
 * The 32-bit Mersenne Twister MT19937 as a {@link RandomSource}, bit-for-bit the generator behind
 * CPython's `random.Random`. It is NOT cryptographically secure: 624 outputs reveal the whole
 * state. Use it for reproducible simulations and tests, never for secrets.
 *
 * A new instance is seeded with `initGenrand(5489)`, the reference implementation's default.
 *
 * @example
 * ```ts
 * import { MersenneTwister } from 'secrets-ts/seeded';
 * const mt = new MersenneTwister();
 * mt.initByArray([0]); // what CPython's random.seed(0) does
 * assert.deepEqual(mt.getState().slice(0, 3), [2147483648, 766982754, 497961170]);
 * assert.equal(mt.nextUint32() >>> 5, 113336382); // high 27 bits of random.seed(0); random.random()
 * ```
 */
export class MersenneTwister implements RandomSource {
  // Words 0 to 623 are the state, as CPython holds it. Words 624 to 1247 are the next generation:
  // word 624 + k is computed when word k is read (see `_ahead`), so the twist is spread over the
  // reads instead of stalling one read in 312, and a refill is one copy down.
  // Word 1248 is the index, 0 to 624: V8 reads and writes an int32 element as it is, where an
  // object field holds a tagged small integer (1-3% of a `random()` call in a paired comparison).
  // Int32Array, not Uint32Array: int32 elements stay small integers in V8, so the hot path never
  // boxes a word as a double. The bits are the same; outputs are made unsigned with `>>> 0`.
  private readonly _mt = newWords();
  /** Set when words 624 + k for k below the index are not the next generation (after seeding). */
  private _stale = true;
  constructor() {
    if (bare) {
      this._stale = false;
    } else {
      this._mt[W.IX] = W.N;
      this._mt.set((genrand5489 ??= genrand(new Int32Array(W.N), 5489)));
    }
  }

  /**
   * CPython's `random()`, without going through {@link MersenneTwister.nextUint32} twice. A
   * private method that `Random` calls by name: a method found through the generator's class costs
   * V8 nothing to look up, where a function imported from this module is read and checked on
   * every call.
   */
  private _random53(): number {
    const mt = this._mt;
    let i = mt[W.IX]!;
    if (i >= W.N - 1) {
      if (i === W.N - 1) return (this.nextUint32() >>> 5) * 7.450580596923828e-9 + (this.nextUint32() >>> 6) * 1.1102230246251565e-16;
      this._refill();
      i = 0;
    }
    mt[W.IX] = i + 2;
    let a = mt[i]!;
    let b = mt[i + 1]!;
    const c = mt[i + 2]!;
    // The next generation of words i and i + 1, as `_ahead` computes it.
    mt[W.N + i] = mt[i + W.M]! ^ (((a & W.UPPER) | (b & W.LOWER)) >>> 1) ^ Math.imul(b & 1, W.MATRIX_A);
    mt[W.N + i + 1] = mt[i + W.M + 1]! ^ (((b & W.UPPER) | (c & W.LOWER)) >>> 1) ^ Math.imul(c & 1, W.MATRIX_A);
    a ^= a >>> 11;
    a ^= (a << 7) & 0x9d2c5680;
    a ^= (a << 15) & 0xefc60000;
    b ^= b >>> 11;
    b ^= (b << 7) & 0x9d2c5680;
    b ^= (b << 15) & 0xefc60000;
    // CPython's random_random: (a * 2^26 + b) / 2^53 with a the top 27 bits of one output and b
    // the top 26 of the next. Written as a * 2^-27 + b * 2^-53: both products are exact (scaling
    // by a power of two) and their sum is that same multiple of 2^-53 below 1, exact in a double,
    // so the result is bit-identical; two multiplications cost less than the division.
    return ((a ^ (a >>> 18)) >>> 5) * 7.450580596923828e-9 + ((b ^ (b >>> 18)) >>> 6) * 1.1102230246251565e-16;
  }

  /**
   * Seeds from one 32-bit integer (reference `init_genrand`). CPython never calls this directly;
   * it is the first step of {@link MersenneTwister.initByArray}.
   * @param s - An integer from 0 to 2^32 - 1 (reduced mod 2^32 if larger).
   * @returns Nothing.
   * @throws {TypeError} If `s` is not a non-negative safe integer.
   * @example
   * ```ts
   * import { MersenneTwister } from 'secrets-ts/seeded';
   * const mt = new MersenneTwister();
   * mt.initGenrand(5489);
   * assert.equal(mt.nextUint32(), 3499211612); // the reference implementation's first output
   * ```
   */
  initGenrand(s: number): void {
    if (typeof s !== 'number' || !Number.isSafeInteger(s) || s < 0) {
      throw new TypeError(`MersenneTwister.initGenrand: s must be a non-negative integer, got ${String(s)}`);
    }
    genrand(this._mt, s % 4294967296);
    this._mt[W.IX] = W.N;
    this._stale = true;
  }

  /**
   * Seeds from a key of 32-bit words (reference `init_by_array`), the way CPython seeds from any
   * int, str or bytes once it has turned the seed into its key (see `seedKey`).
   * @param key - At least one integer from 0 to 2^32 - 1.
   * @returns Nothing.
   * @throws {TypeError} If `key` is not an array-like of such integers.
   * @throws {RangeError} If `key` is empty.
   * @example
   * ```ts
   * import { MersenneTwister } from 'secrets-ts/seeded';
   * const mt = new MersenneTwister();
   * mt.initByArray([42]); // random.seed(42)
   * const a = mt.nextUint32() >>> 5;
   * const b = mt.nextUint32() >>> 6;
   * assert.equal((a * 2 ** 26 + b) / 2 ** 53, 0.6394267984578837); // random.random()
   * ```
   */
  initByArray(key: ArrayLike<number>): void {
    const len = key?.length;
    if (typeof len !== 'number') {
      throw new TypeError('MersenneTwister.initByArray: key must be an array of 32-bit integers');
    }
    if (len === 0) throw new RangeError('MersenneTwister.initByArray: key must not be empty');
    const k = new Uint32Array(len);
    for (let j = 0; j < len; j++) {
      const v = key[j];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 0xffffffff) {
        throw new TypeError(
          `MersenneTwister.initByArray: key[${j}] must be an integer from 0 to 4294967295, got ${String(v)}`,
        );
      }
      k[j] = v;
    }
    this._seed(k);
  }

  /**
   * {@link MersenneTwister.initByArray} on a key already checked: `Random` passes the fresh key
   * that `seedKey` made, which no caller holds.
   */
  private _seed(k: Uint32Array): void {
    const len = k.length;
    const mt = this._mt;
    // init_by_array starts from init_genrand(19650218), the same 624 words for every key. Its first
    // 623 steps read words 1 to 623 of that state before any step writes them, so they read the
    // shared copy instead of a copy in `mt`; word 0 is written when the loop first wraps, so no
    // word of the previous state survives.
    const g = (genrand19650218 ??= genrand(new Int32Array(W.N), 19650218));
    let j = 0;
    // `p` is the word just written, kept in a register: each step depends on the one before, so
    // the chain is the cost, and `k[j] + j` is added as one term off the chain. Every sum is
    // taken mod 2^32 (`| 0`), as the reference's uint32 arithmetic does.
    let p = g[0]!;
    for (let i = 1; i < W.N; i++) {
      p = ((g[i]! ^ Math.imul(p ^ (p >>> 30), 1664525)) + ((k[j]! + j) | 0)) | 0;
      mt[i] = p;
      if (++j >= len) j = 0;
    }
    mt[0] = p;
    let i = 1;
    for (let n = Math.max(W.N, len) - (W.N - 1); n > 0; n--) {
      const kj = (k[j]! + j) | 0;
      p = ((mt[i]! ^ Math.imul(p ^ (p >>> 30), 1664525)) + kj) | 0;
      mt[i] = p;
      i++;
      j++;
      if (i >= W.N) {
        mt[0] = p;
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let n = W.N - 1; n > 0; n--) {
      p = ((mt[i]! ^ Math.imul(p ^ (p >>> 30), 1566083941)) - i) | 0;
      mt[i] = p;
      i++;
      if (i >= W.N) {
        mt[0] = p;
        i = 1;
      }
    }
    // MSB is 1, assuring a non-zero initial array.
    mt[0] = W.UPPER;
    this._mt[W.IX] = W.N;
    this._stale = true;
  }

  /**
   * Computes the next generation of words `from` to `to - 1` into words 624 + k (reference
   * `genrand_int32` refill). Word k's successor is `mt[k + 397] ^ twist(mt[k], mt[k + 1])`; with
   * both generations side by side the reference's three loops are one: for k >= 227, word
   * k + 397 is already the new word k + 397 - 624, and for k = 623, word 624 is the new word 0, as
   * the reference uses them. `Math.imul(y & 1, MATRIX_A)` (MATRIX_A times the low bit, exact in
   * 32 bits) is the reference's `mag01[y & 1]` without a branch: a coin-flip branch mispredicts
   * half the time; the low bit of `y` is that of word k+1.
   * `>>> 1` shifts the unsigned word, as the reference does.
   */
  private _ahead(from: number, to: number): void {
    const mt = this._mt;
    for (let k = from; k < to; k++) {
      const nx = mt[k + 1]!;
      mt[W.N + k] = mt[k + W.M]! ^ (((mt[k]! & W.UPPER) | (nx & W.LOWER)) >>> 1) ^ Math.imul(nx & 1, W.MATRIX_A);
    }
  }

  /** Moves to the next generation once all 624 words are read (the reference's twist). */
  private _refill(): void {
    if (this._stale) {
      this._ahead(0, W.N);
      this._stale = false;
    }
    this._mt.copyWithin(0, W.N, 2 * W.N);
    this._mt[W.IX] = 0;
  }

  /**
   * The next tempered 32-bit output.
   * @returns An integer from 0 to 2^32 - 1.
   * @example
   * ```ts
   * import { MersenneTwister } from 'secrets-ts/seeded';
   * const mt = new MersenneTwister();
   * mt.initByArray([0x123, 0x234, 0x345, 0x456]);
   * assert.equal(mt.nextUint32(), 1067595299); // mt19937ar.out, first value
   * ```
   */
  nextUint32(): number {
    const mt = this._mt;
    let i = mt[W.IX]!;
    if (i >= W.N) {
      this._refill();
      i = 0;
    }
    mt[W.IX] = i + 1;
    let y = mt[i]!;
    const nx = mt[i + 1]!;
    // The next generation of word i, as `_ahead` computes it.
    mt[W.N + i] = mt[i + W.M]! ^ (((y & W.UPPER) | (nx & W.LOWER)) >>> 1) ^ Math.imul(nx & 1, W.MATRIX_A);
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    return (y ^ (y >>> 18)) >>> 0;
  }

  /**
   * Fills `dest` exactly as CPython's `randbytes(len)` lays out its bytes: each full group of 4
   * bytes is one output written little-endian; a 1 to 3 byte tail is the top bytes of one more
   * output, also little-endian (`getrandbits(8n).to_bytes(n, 'little')`).
   * @param dest - The bytes to overwrite.
   * @returns Nothing.
   * @throws {TypeError} If `dest` is not a `Uint8Array` (nothing is consumed).
   * @example
   * ```ts
   * import { MersenneTwister, seedKey } from 'secrets-ts/seeded';
   * const mt = new MersenneTwister();
   * mt.initByArray(seedKey(8675309));
   * const b = new Uint8Array(16);
   * mt.fillBytes(b);
   * assert.equal(b[0], 0x33); // random.seed(8675309); random.randbytes(16) starts b'3\xa8'
   * assert.equal(b[1], 0xa8);
   * ```
   */
  fillBytes(dest: Uint8Array): void {
    abytes(dest, 'MersenneTwister.fillBytes', 'dest');
    const n = dest.length;
    const full = n - (n & 3);
    let i = 0;
    for (; i < full; i += 4) {
      const w = this.nextUint32();
      dest[i] = w;
      dest[i + 1] = w >>> 8;
      dest[i + 2] = w >>> 16;
      dest[i + 3] = w >>> 24;
    }
    if (i < n) {
      // The tail is getrandbits(8*rem): the top rem bytes of one word, low byte first.
      let w = this.nextUint32() >>> (32 - 8 * (n - i));
      for (; i < n; i++, w >>>= 8) dest[i] = w;
    }
  }

  /**
   * The state as CPython's `getstate()[1]`: the 624 words then the index (0 to 624).
   * @returns 625 integers.
   * @example
   * ```ts
   * import { MersenneTwister } from 'secrets-ts/seeded';
   * const mt = new MersenneTwister();
   * const saved = mt.getState();
   * const a = mt.nextUint32();
   * mt.setState(saved);
   * assert.equal(mt.nextUint32(), a);
   * assert.equal(saved.length, 625);
   * ```
   */
  getState(): number[] {
    const out = Array.from(this._mt.subarray(0, W.N), (w) => w >>> 0);
    out.push(this._mt[W.IX]!);
    return out;
  }

  /**
   * Restores a state from {@link MersenneTwister.getState} (CPython's C `setstate` checks). The
   * whole state is checked before anything is written, so a rejected state changes nothing.
   * @param state - 625 integers: 624 words from 0 to 2^32 - 1, then an index from 0 to 624.
   * @returns Nothing.
   * @throws {TypeError} If `state` is not an array-like, or an element is not an integer.
   * @throws {RangeError} If `state` does not have 625 elements, a word is out of range, or the index
   *   is outside 0 to 624.
   * @example
   * ```ts
   * import { MersenneTwister } from 'secrets-ts/seeded';
   * const mt = new MersenneTwister();
   * const before = mt.getState();
   * assert.throws(() => mt.setState([1, 2, 3]), RangeError);
   * assert.deepEqual(mt.getState(), before);
   * ```
   */
  setState(state: ArrayLike<number>): void {
    const fn = 'MersenneTwister.setState';
    if (state === null || typeof state !== 'object' || typeof state.length !== 'number') {
      throw new TypeError(`${fn}: state must be an array of 625 integers`);
    }
    if (state.length !== W.N + 1) {
      throw new RangeError(`${fn}: state vector is the wrong size (${state.length}, expected 625)`);
    }
    const words = new Int32Array(W.N);
    for (let i = 0; i < W.N; i++) {
      const v = state[i];
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        throw new TypeError(`${fn}: state[${i}] must be an integer, got ${String(v)}`);
      }
      if (v < 0 || v > 0xffffffff) {
        throw new RangeError(`${fn}: state[${i}] must be from 0 to 4294967295, got ${v}`);
      }
      words[i] = v;
    }
    const index = state[W.N];
    if (typeof index !== 'number' || !Number.isInteger(index)) {
      throw new TypeError(`${fn}: the index state[624] must be an integer, got ${String(index)}`);
    }
    if (index < 0 || index > W.N) throw new RangeError(`${fn}: invalid state (index ${index} outside 0..624)`);
    this._mt.set(words);
    this._mt[W.IX] = index;
    // The next generation of the words already read, which the reads to come rely on.
    this._stale = index === W.N;
    if (index < W.N) this._ahead(0, index);
  }

  /**
   * An independent copy with the same state.
   * @returns A new generator that will produce the same outputs as this one.
   * @example
   * ```ts
   * import { MersenneTwister } from 'secrets-ts/seeded';
   * const a = new MersenneTwister();
   * const b = a.clone();
   * assert.equal(a.nextUint32(), b.nextUint32());
   * ```
   */
  clone(): MersenneTwister {
    const c = new MersenneTwister();
    c._mt.set(this._mt);
    c._stale = this._stale;
    return c;
  }
}
