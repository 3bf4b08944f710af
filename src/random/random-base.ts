/**
 * Python 3.13's `random.Random` API, written once against {@link RandomSource}. `SystemRandom` runs
 * it on the secure pool; the seeded generator runs the same code on the Mersenne Twister, which is
 * why every method follows CPython's algorithm and word consumption exactly.
 * @module
 */
import type { RandomSource } from '../source/source.js';
import { anumber, aoptions, asArrayLike, codePoints, describe, item, rangeError, typeError } from '../_assert.js';
import { MAX_BIGINT_BITS, getrandbitsBig, getrandbitsNumber, randbelowBig, randbelowNumber, random53 } from './core.js';
import { lgamma } from './lgamma.js';

// CPython's module constants, hard-coded (V8 computes the same doubles, but they must not drift).
const NV_MAGICCONST = 1.7155277699214135; // 4 * exp(-0.5) / sqrt(2)
const LOG4 = 1.3862943611198906; // log(4)
const SG_MAGICCONST = 2.504077396776274; // 1 + log(4.5)
const TWOPI = 6.283185307179586;
const E = Math.E;

/** Largest typed array most engines allocate. */
const MAX_BYTES = 2 ** 31 - 1;
/**
 * Largest result array of `choices` and `sample` (128 MiB of references); call again for more.
 * Above 2^25 elements V8 keeps arrays in a slow dictionary mode, and sampling 2^26 took minutes.
 */
const MAX_ITEMS = 2 ** 24;

/** Options of {@link RandomBase.choices}. */
export interface ChoicesOptions {
  /** Relative weights, one per element (Python's `weights`). */
  weights?: ArrayLike<number> | null;
  /** Cumulative weights, one per element (Python's `cum_weights`). */
  cumWeights?: ArrayLike<number> | null;
  /** How many picks (default 1); a negative `k` gives `[]`, as in Python. */
  k?: number;
}

/** Options of {@link RandomBase.sample}. */
export interface SampleOptions {
  /** Repeat counts, one per element: `sample(['a', 'b'], 2, { counts: [2, 1] })` samples from `a a b`. */
  counts?: ArrayLike<number> | null;
}

/** What `shuffle` accepts: a mutable array or a typed array (it shuffles in place). */
export type MutableSequence =
  | unknown[]
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

/** The elements of a population: a string by code point, anything else as an array-like. */
function items<T>(population: ArrayLike<T> | string, fn: string, name: string): ArrayLike<T | string> {
  return typeof population === 'string' ? codePoints(population) : asArrayLike<T>(population, fn, name);
}

/** An integer argument; `big` says whether the call is in bigint mode (set by its first argument). */
function intArg(x: unknown, fn: string, name: string, big: boolean): number | bigint {
  if (big) {
    if (typeof x !== 'bigint')
      typeError(fn, name, 'a bigint, like the first argument (do not mix number and bigint)', x);
    return x as bigint;
  }
  if (typeof x === 'bigint') typeError(fn, name, 'a number, like the first argument (do not mix number and bigint)', x);
  if (typeof x !== 'number' || !Number.isInteger(x)) return typeError(fn, name, 'an integer', x);
  if (!Number.isSafeInteger(x)) {
    rangeError(fn, name, 'a safe integer (a larger number is inexact); pass bigints for larger values', x);
  }
  return x + 0;
}

/** A float argument: any number (NaN and infinities follow Python's float arithmetic). */
function num(x: unknown, fn: string, name: string): number {
  return anumber(x, fn, name);
}

/**
 * Python's `float ** float` for the non-negative bases used here: `1 ** y` and `x ** 0` are 1 (JS
 * gives NaN for `1 ** NaN`), `0 ** negative` and overflow raise instead of giving Infinity.
 */
function pypow(x: number, y: number, fn: string): number {
  if (x === 1 || y === 0) return 1;
  if (x === 0 && y < 0) throw new RangeError(`${fn}: 0.0 cannot be raised to a negative power`);
  const r = x ** y;
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) {
    throw new RangeError(`${fn}: numerical result out of range (${x} ** ${y} overflows)`);
  }
  return r;
}

/** Python's float `%` for `y > 0`: the result takes the sign of `y` (JS `%` keeps the sign of `x`). */
function pymod(x: number, y: number): number {
  const m = x % y;
  if (m === 0) return 0; // copysign(0, y) with y > 0
  return m < 0 ? m + y : m;
}

/** `bisect.bisect_right(a, x, lo, hi)`: a real binary search, even over non-monotonic `a`. */
function bisectRight(a: ArrayLike<number>, x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < a[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** `int` bound of `k`: a safe integer number (bool and bigint are not accepted). */
function intK(x: unknown, fn: string, name: string): number {
  if (typeof x !== 'number' || !Number.isInteger(x)) return typeError(fn, name, 'an integer', x);
  return x + 0;
}

/** Asserts an array-like of numbers and returns the running sums (Python's `accumulate`). */
function accumulate(x: unknown, fn: string, name: string, integers: boolean): number[] {
  if (typeof x === 'number') {
    throw new TypeError(
      `${fn}: ${name} must be an array of numbers, got ${describe(x)}; pass k as an option: { k: ${x} }`,
    );
  }
  const a = asArrayLike<unknown>(x, fn, name);
  const n = a.length;
  if (n > MAX_BYTES) rangeError(fn, name, 'an array of at most 2^31 - 1 numbers', x);
  const out = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = item(a, i);
    if (typeof w !== 'number' || (integers && !Number.isInteger(w))) {
      throw new TypeError(
        `${fn}: ${name}[${i}] must be ${integers ? 'an integer (Counts must be integers)' : 'a number'}, got ${describe(w)}`,
      );
    }
    sum += w;
    if (integers && !Number.isSafeInteger(sum)) rangeError(fn, name, 'counts whose running total is a safe integer', x);
    out[i] = sum;
  }
  return out;
}

/**
 * Python 3.13's `random.Random` on any {@link RandomSource}.
 *
 * Every method is CPython's algorithm with CPython's consumption of 32-bit words, so a subclass
 * over the Mersenne Twister reproduces CPython's sequences, and {@link SystemRandom} gets the same
 * well-tested algorithms on the secure pool. Subclass it to run the API on your own source; a
 * seeded subclass overrides {@link RandomBase.seed}, {@link RandomBase.getstate} and
 * {@link RandomBase.setstate}, and clears {@link RandomBase.gaussNext} when it reseeds.
 *
 * Integers: `number` arguments give `number` results and must be safe integers; `bigint`
 * arguments give `bigint` results of any size. Populations are arrays, typed arrays, array-like
 * objects or strings (by code point). Python's keyword-only parameters are an options object.
 *
 * @example
 * ```ts
 * import { RandomBase, createSecureSource } from 'secrets-ts';
 * const rng = new RandomBase(createSecureSource());
 * const r = rng.randrange(10, 0, -2);
 * assert.ok([10, 8, 6, 4, 2].includes(r));
 * assert.equal(rng.sample('abc', 3).sort().join(''), 'abc');
 * ```
 */
export class RandomBase {
  /** The source every method draws from (a non-writable, non-configurable property). */
  declare protected readonly source: RandomSource;
  /**
   * The second normal value of the last Box–Muller pair, kept for the next {@link RandomBase.gauss}
   * call (Python's `gauss_next`). A seeded subclass sets it to `null` when it reseeds.
   */
  gaussNext: number | null = null;

  /**
   * @param source - The source of 32-bit words and bytes.
   * @throws {TypeError} if `source` lacks `nextUint32` or `fillBytes`.
   */
  constructor(source: RandomSource) {
    const s = source as Partial<RandomSource> | null | undefined;
    if (
      typeof s !== 'object' ||
      s === null ||
      typeof s.nextUint32 !== 'function' ||
      typeof s.fillBytes !== 'function'
    ) {
      typeError('RandomBase', 'source', 'a RandomSource (with nextUint32 and fillBytes)', source);
    }
    Object.defineProperty(this, 'source', { value: source, enumerable: false, writable: false, configurable: false });
  }

  // ---- state hooks --------------------------------------------------------------------------

  /**
   * Reseeds the generator. The base class has no seed: a seeded subclass overrides this (and
   * resets {@link RandomBase.gaussNext}); `SystemRandom` ignores it.
   * @throws {TypeError} always, in the base class.
   */
  seed(_a?: unknown, _version?: unknown): void {
    throw new TypeError('RandomBase.seed: this generator cannot be seeded (a subclass must override seed)');
  }

  /**
   * The generator's state, for {@link RandomBase.setstate}. Overridden by seeded subclasses.
   * @throws {TypeError} always, in the base class.
   */
  getstate(): unknown {
    throw new TypeError('RandomBase.getstate: this generator has no state (a subclass must override getstate)');
  }

  /**
   * Restores a state from {@link RandomBase.getstate}. Overridden by seeded subclasses.
   * @throws {TypeError} always, in the base class.
   */
  setstate(_state: unknown): void {
    throw new TypeError('RandomBase.setstate: this generator has no state (a subclass must override setstate)');
  }

  // ---- integers -------------------------------------------------------------------------------

  /**
   * A float in `[0, 1)`, a multiple of 2^-53 (2 words).
   * @returns The float.
   */
  random(): number {
    return random53(this.source);
  }

  /**
   * An integer with `k` random bits (`ceil(k/32)` words; `k = 0` draws nothing). A number `k`
   * (0 to 53) gives a number; a bigint `k` gives a bigint.
   * @param k - Number of bits.
   * @returns A uniform integer in `[0, 2^k)`.
   * @throws {TypeError} if `k` is not an integer number or a bigint.
   * @throws {RangeError} if `k` is negative, a number above 53, or above 2^24.
   */
  getrandbits(k: number): number;
  getrandbits(k: bigint): bigint;
  getrandbits(k: number | bigint): number | bigint;
  getrandbits(k: number | bigint): number | bigint {
    const fn = 'getrandbits';
    if (typeof k === 'bigint') {
      if (k < 0n) rangeError(fn, 'k', 'non-negative (number of bits must be non-negative)', k);
      if (k > BigInt(MAX_BIGINT_BITS)) rangeError(fn, 'k', `at most 2^24 = ${MAX_BIGINT_BITS}n (the bigint limit)`, k);
      return getrandbitsBig(this.source, Number(k));
    }
    if (typeof k !== 'number' || !Number.isInteger(k)) return typeError(fn, 'k', 'an integer number or a bigint', k);
    if (k < 0) rangeError(fn, 'k', 'non-negative (number of bits must be non-negative)', k);
    if (k > 53) rangeError(fn, 'k', 'at most 53 for a number result; pass a bigint such as 64n', k);
    return getrandbitsNumber(this.source, k);
  }

  /**
   * `n` random bytes. They come from `source.fillBytes`: the seeded Mersenne Twister fills them in
   * CPython's `randbytes` layout (`getrandbits(8n)` little-endian, `ceil(n/4)` words), the secure
   * pool gives operating-system bytes. `n = 0` draws nothing.
   * @param n - Number of bytes.
   * @returns A new `Uint8Array` of length `n`.
   * @throws {TypeError} if `n` is not an integer number.
   * @throws {RangeError} if `n` is negative or above 2^31 - 1.
   */
  randbytes(n: number): Uint8Array {
    const fn = 'randbytes';
    if (typeof n !== 'number' || !Number.isInteger(n)) return typeError(fn, 'n', 'an integer', n);
    if (n < 0) rangeError(fn, 'n', 'non-negative (negative argument not allowed)', n);
    if (n > MAX_BYTES) rangeError(fn, 'n', 'at most 2^31 - 1', n);
    const out = new Uint8Array(n);
    if (n > 0) this.source.fillBytes(out);
    return out;
  }

  /**
   * A random element of `range(start, stop, step)`, as Python's `randrange` (one `_randbelow`).
   * With one argument, a value in `[0, start)`. All arguments are numbers, or all are bigints.
   * @param start - Start of the range (or its exclusive end when `stop` is omitted).
   * @param stop - Exclusive end; `undefined`/`null` means "one-argument form".
   * @param step - Step (default 1), may be negative.
   * @returns An integer of the same type as the arguments.
   * @throws {TypeError} if an argument is not an integer, number and bigint are mixed, or `step`
   *   is given without `stop` ("Missing a non-None stop argument").
   * @throws {RangeError} if the range is empty or `step` is zero, a number is not a safe integer, or
   *   a bigint range needs more than 2^24 bits.
   */
  randrange(start: number, stop?: number | null, step?: number): number;
  randrange(start: bigint, stop?: bigint | null, step?: bigint): bigint;
  randrange(start: number | bigint, stop?: number | bigint | null, step?: number | bigint): number | bigint;
  randrange(start: number | bigint, stop?: number | bigint | null, step?: number | bigint): number | bigint {
    const fn = 'randrange';
    const big = typeof start === 'bigint';
    const a = intArg(start, fn, 'start', big);
    if (stop === undefined || stop === null) {
      // Python tests `step is 1`: any other step without a stop is a TypeError.
      if (step !== undefined && step !== 1 && step !== 1n) throw new TypeError('Missing a non-None stop argument');
      if (a > 0) return big ? randbelowBig(this.source, a as bigint, fn) : randbelowNumber(this.source, a as number);
      throw new RangeError('empty range for randrange()');
    }
    const b = intArg(stop, fn, 'stop', big);
    const s = step === undefined ? (big ? 1n : 1) : intArg(step, fn, 'step', big);
    return this.#range(a, b, s);
  }

  /**
   * A random integer `N` with `a <= N <= b` (Python's `randrange(a, b + 1)`).
   * @param a - Lower bound (inclusive).
   * @param b - Upper bound (inclusive).
   * @returns An integer of the same type as the arguments.
   * @throws {TypeError} if an argument is not an integer, or number and bigint are mixed.
   * @throws {RangeError} if `b < a`, or a number is not a safe integer.
   */
  randint(a: number, b: number): number;
  randint(a: bigint, b: bigint): bigint;
  randint(a: number | bigint, b: number | bigint): number | bigint;
  randint(a: number | bigint, b: number | bigint): number | bigint {
    const big = typeof a === 'bigint';
    const lo = intArg(a, 'randint', 'a', big);
    const hi = intArg(b, 'randint', 'b', big);
    const stop = big ? (hi as bigint) + 1n : (hi as number) + 1; // exact: hi + 1 <= 2^53
    return this.#range(lo, stop, big ? 1n : 1);
  }

  /** The two-or-three-argument `randrange` on validated, same-typed integers. */
  #range(start: number | bigint, stop: number | bigint, step: number | bigint): number | bigint {
    if (typeof start === 'number' && step === 1) {
      const width = (stop as number) - start;
      // A safe width is exact (the true difference of two safe integers is below 2^54, and any
      // rounded value stays above 2^53), so the fast path sees exactly Python's width.
      if (Number.isSafeInteger(width)) {
        if (width > 0) return start + randbelowNumber(this.source, width);
        throw new RangeError(`empty range in randrange(${start}, ${stop})`);
      }
    }
    const i0 = BigInt(start);
    const width = BigInt(stop) - i0;
    const st = BigInt(step);
    let n: bigint;
    if (st === 1n) {
      if (width <= 0n) throw new RangeError(`empty range in randrange(${start}, ${stop})`);
      n = width;
    } else {
      // Python floor-divides; bigint `/` truncates, but both give the same n when n > 0 and a
      // value <= 0 otherwise, which is all the test below uses.
      if (st > 0n) n = (width + st - 1n) / st;
      else if (st < 0n) n = (width + st + 1n) / st;
      else throw new RangeError('zero step for randrange()');
      if (n <= 0n) throw new RangeError(`empty range in randrange(${start}, ${stop}, ${step})`);
    }
    const r = i0 + st * randbelowBig(this.source, n, 'randrange');
    // A number call's result lies between its safe start and stop, so it converts exactly.
    return typeof start === 'number' ? Number(r) : r;
  }

  // ---- sequences ------------------------------------------------------------------------------

  /**
   * A random element of a non-empty sequence (one `_randbelow(len)`).
   * @param seq - An array, typed array, array-like or string (by code point).
   * @returns One element.
   * @throws {TypeError} if `seq` is not a sequence.
   * @throws {RangeError} if `seq` is empty ("Cannot choose from an empty sequence").
   */
  choice(seq: string): string;
  choice<T>(seq: ArrayLike<T>): T;
  choice<T>(seq: ArrayLike<T> | string): T | string {
    const a = items(seq, 'choice', 'seq');
    const n = a.length;
    if (n === 0) throw new RangeError('Cannot choose from an empty sequence');
    return a[randbelowNumber(this.source, n)]!;
  }

  /**
   * Shuffles an array or typed array in place (Fisher–Yates from the end: `len - 1` draws of
   * `_randbelow(i + 1)`; all `len!` orders equally likely).
   * @param x - The array to shuffle; strings and other immutable sequences are rejected.
   * @throws {TypeError} if `x` is not an array or a typed array.
   */
  shuffle(x: MutableSequence): void {
    const isTyped = ArrayBuffer.isView(x) && !(x instanceof DataView);
    if (!Array.isArray(x) && !isTyped)
      typeError('shuffle', 'x', 'an array or a typed array (it is shuffled in place)', x);
    const a = x as unknown[];
    const src = this.source;
    for (let i = a.length - 1; i > 0; i--) {
      // randbelowNumber(src, i + 1) inlined (the hot loop): an array length is below 2^32, so
      // clz32(n) = 32 - bitLength(n) and one word per try, rejecting values >= n.
      const n = i + 1;
      const shift = Math.clz32(n);
      let j = src.nextUint32() >>> shift;
      while (j >= n) j = src.nextUint32() >>> shift;
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /**
   * `k` distinct elements chosen without replacement, in selection order (CPython's pool or set
   * strategy, chosen by its `setsize` rule). With `counts`, each element is repeated that many
   * times in the population first.
   * @param population - An array, typed array, array-like or string (by code point).
   * @param k - Sample size, `0 <= k <= len` (or the total of `counts`).
   * @param options - `{ counts }`.
   * @returns A new array of `k` elements.
   * @throws {TypeError} if `population` is not a sequence, `k` is not an integer, or a count is not
   *   an integer.
   * @throws {RangeError} if `k` is negative or larger than the population, `counts` has the wrong
   *   length, or the total of `counts` is not positive.
   */
  sample(population: string, k: number, options?: SampleOptions): string[];
  sample<T>(population: ArrayLike<T>, k: number, options?: SampleOptions): T[];
  sample<T>(population: ArrayLike<T> | string, k: number, options?: SampleOptions): (T | string)[] {
    const fn = 'sample';
    const pop = items(population, fn, 'population');
    const kk = intK(k, fn, 'k');
    const o = aoptions<SampleOptions>(options, fn, ['counts']);
    const n = pop.length;
    if (o.counts !== undefined && o.counts !== null) {
      const cum = accumulate(o.counts, fn, 'counts', true);
      if (cum.length !== n) throw new RangeError('The number of counts does not match the population');
      const total = n === 0 ? 0 : cum[n - 1]!;
      if (total <= 0) throw new RangeError('Total of counts must be greater than zero');
      if (kk < 0 || kk > total) throw new RangeError('Sample larger than population or is negative');
      if (kk > MAX_ITEMS) rangeError(fn, 'k', `at most ${MAX_ITEMS}`, k);
      // Python samples range(total) and maps each index back with bisect_right over the first
      // n - 1 running totals.
      const sel = this.#sample(null, total, kk) as number[];
      const out = new Array<T | string>(kk);
      for (let i = 0; i < kk; i++) out[i] = pop[bisectRight(cum, sel[i]!, 0, n - 1)]!;
      return out;
    }
    if (kk < 0 || kk > n) throw new RangeError('Sample larger than population or is negative');
    if (kk > MAX_ITEMS) rangeError(fn, 'k', `at most ${MAX_ITEMS}`, k);
    return this.#sample(pop, n, kk) as (T | string)[];
  }

  /**
   * CPython's sample of `k` from `n` elements: `pop`, or `range(n)` when `pop` is `null`. The pool
   * strategy permutes a copy exactly as CPython permutes `list(population)`; the set strategy
   * redraws indices already taken. Both consume what CPython consumes.
   */
  #sample<T>(pop: ArrayLike<T> | null, n: number, k: number): (T | number)[] {
    const src = this.source;
    const out = new Array<T | number>(k);
    let setsize = 21; // size of a small set minus the size of an empty list
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4)); // table size for big sets
    if (n <= setsize) {
      const pool: (T | number)[] =
        pop === null ? Array.from({ length: n }, (_, i) => i) : (Array.prototype.slice.call(pop, 0, n) as T[]);
      for (let i = 0; i < k; i++) {
        const j = randbelowNumber(src, n - i);
        out[i] = pool[j]!;
        pool[j] = pool[n - i - 1]!; // move the unselected item into the vacancy
      }
    } else {
      // setsize >= 3k here, so each redraw happens with probability below 1/3.
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = randbelowNumber(src, n);
        while (selected.has(j)) j = randbelowNumber(src, n);
        selected.add(j);
        out[i] = pop === null ? j : pop[j]!;
      }
    }
    return out;
  }

  /**
   * `k` elements chosen with replacement. Without weights each pick is
   * `population[floor(random() * n)]`; with weights, a binary search of `random() * total` in the
   * cumulative weights. Either way each pick costs exactly one `random()` (2 words).
   * @param population - An array, typed array, array-like or string (by code point).
   * @param options - `{ weights, cumWeights, k }` (`k` defaults to 1).
   * @returns A new array of `k` elements.
   * @throws {TypeError} if `population` is not a sequence, a weight is not a number, `k` is not an
   *   integer, or both `weights` and `cumWeights` are given.
   * @throws {RangeError} if the weights have the wrong length, their total is not positive and
   *   finite, the population is empty, or `k` is above 2^24.
   */
  choices(population: string, options?: ChoicesOptions): string[];
  choices<T>(population: ArrayLike<T>, options?: ChoicesOptions): T[];
  choices<T>(population: ArrayLike<T> | string, options?: ChoicesOptions): (T | string)[] {
    const fn = 'choices';
    const pop = items(population, fn, 'population');
    const o = aoptions<ChoicesOptions>(options, fn, ['weights', 'cumWeights', 'k']);
    const k = o.k === undefined ? 1 : intK(o.k, fn, 'k');
    if (k > MAX_ITEMS) rangeError(fn, 'k', `at most ${MAX_ITEMS} (call again for more)`, k);
    const n = pop.length;
    const hasW = o.weights !== undefined && o.weights !== null;
    const hasC = o.cumWeights !== undefined && o.cumWeights !== null;
    if (!hasW && !hasC) {
      if (k <= 0) return [];
      if (n === 0) throw new RangeError('Cannot choose from an empty population');
      const out = new Array<T | string>(k);
      // floor(random() * n) < n for every n below 2^53, so the index is always in range.
      for (let i = 0; i < k; i++) out[i] = pop[Math.floor(this.random() * n)]!;
      return out;
    }
    if (hasW && hasC) throw new TypeError('Cannot specify both weights and cumulative weights');
    let cum: ArrayLike<number>;
    if (hasW) cum = accumulate(o.weights, fn, 'weights', false);
    else {
      // Read once into a snapshot: a getter-backed array-like cannot change between check and use.
      const c = asArrayLike<unknown>(o.cumWeights, fn, 'cumWeights');
      const len = c.length;
      const snap = new Array<number>(Math.min(len, n + 1));
      for (let i = 0; i < snap.length; i++) {
        const w = item(c, i);
        if (typeof w !== 'number') typeError(fn, `cumWeights[${i}]`, 'a number', w);
        snap[i] = w as number;
      }
      if (len !== n) throw new RangeError('The number of weights does not match the population');
      cum = snap;
    }
    if (cum.length !== n) throw new RangeError('The number of weights does not match the population');
    if (n === 0) throw new RangeError('Cannot choose from an empty population');
    const total = cum[n - 1]! + 0.0;
    if (total <= 0) throw new RangeError('Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw new RangeError('Total of weights must be finite');
    if (k <= 0) return [];
    const hi = n - 1; // guards against random() * total rounding up to total
    const out = new Array<T | string>(k);
    for (let i = 0; i < k; i++) out[i] = pop[bisectRight(cum, this.random() * total, 0, hi)]!;
    return out;
  }

  // ---- continuous distributions ---------------------------------------------------------------

  /**
   * `a + (b - a) * random()`: a float between `a` and `b` (either order).
   * @param a - One end.
   * @param b - The other end.
   * @returns The float.
   * @throws {TypeError} if an argument is not a number.
   */
  uniform(a: number, b: number): number {
    num(a, 'uniform', 'a');
    num(b, 'uniform', 'b');
    return a + (b - a) * this.random();
  }

  /**
   * Triangular distribution on `[low, high]` with the given mode (default: the midpoint).
   * @param low - Lower end (default 0).
   * @param high - Upper end (default 1).
   * @param mode - Mode; `undefined`/`null` means the midpoint.
   * @returns The float (`low` itself when `high == low` and a mode is given, as in Python).
   * @throws {TypeError} if an argument is not a number.
   */
  triangular(low = 0.0, high = 1.0, mode?: number | null): number {
    num(low, 'triangular', 'low');
    num(high, 'triangular', 'high');
    if (mode !== undefined && mode !== null) num(mode, 'triangular', 'mode');
    let u = this.random();
    let c = 0.5;
    if (mode !== undefined && mode !== null) {
      const d = high - low;
      if (d === 0) return low; // Python's ZeroDivisionError branch returns low unchanged
      c = (mode - low) / d;
    }
    let lo = low;
    let hi = high;
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      lo = high;
      hi = low;
    }
    return lo + (hi - lo) * Math.sqrt(u * c);
  }

  /**
   * Normal distribution by Kinderman–Monahan ratio of uniforms (4 words per attempt). Does not
   * touch {@link RandomBase.gaussNext}.
   * @param mu - Mean (default 0).
   * @param sigma - Standard deviation (default 1).
   * @returns The float.
   * @throws {TypeError} if an argument is not a number.
   */
  normalvariate(mu = 0.0, sigma = 1.0): number {
    num(mu, 'normalvariate', 'mu');
    num(sigma, 'normalvariate', 'sigma');
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random(); // in (0, 1], so log(u2) is finite
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -Math.log(u2)) break;
    }
    return mu + z * sigma;
  }

  /**
   * Normal distribution by Box–Muller: one call draws 4 words and keeps the second value in
   * {@link RandomBase.gaussNext}, the next call uses it and draws nothing.
   * @param mu - Mean (default 0).
   * @param sigma - Standard deviation (default 1).
   * @returns The float.
   * @throws {TypeError} if an argument is not a number.
   */
  gauss(mu = 0.0, sigma = 1.0): number {
    num(mu, 'gauss', 'mu');
    num(sigma, 'gauss', 'sigma');
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - this.random()));
      z = Math.cos(x2pi) * g2rad;
      this.gaussNext = Math.sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  /**
   * Log-normal distribution: `exp(normalvariate(mu, sigma))`.
   * @param mu - Mean of the underlying normal.
   * @param sigma - Its standard deviation.
   * @returns The float.
   * @throws {TypeError} if an argument is not a number.
   * @throws {RangeError} if `exp` overflows (Python's OverflowError).
   */
  lognormvariate(mu: number, sigma: number): number {
    num(mu, 'lognormvariate', 'mu');
    num(sigma, 'lognormvariate', 'sigma');
    const x = this.normalvariate(mu, sigma);
    const r = Math.exp(x);
    if (r === Infinity && x !== Infinity)
      throw new RangeError(`lognormvariate: math range error (exp(${x}) overflows)`);
    return r;
  }

  /**
   * Exponential distribution with rate `lambd`: `-log(1 - random()) / lambd`.
   * @param lambd - Rate, 1 / mean (default 1); negative gives negative values, as in Python.
   * @returns The float.
   * @throws {TypeError} if `lambd` is not a number.
   * @throws {RangeError} if `lambd` is 0 (Python's division by zero).
   */
  expovariate(lambd = 1.0): number {
    num(lambd, 'expovariate', 'lambd');
    if (lambd === 0) rangeError('expovariate', 'lambd', 'non-zero (float division by zero)', lambd);
    return -Math.log(1.0 - this.random()) / lambd;
  }

  /**
   * Von Mises distribution (circular normal) on `[0, 2π]` (Best–Fisher). `kappa <= 1e-6` gives a
   * uniform angle.
   * @param mu - Mean angle in radians.
   * @param kappa - Concentration, `>= 0`.
   * @returns The angle.
   * @throws {TypeError} if an argument is not a number.
   * @throws {RangeError} if `kappa` is NaN (the rejection loop would never end).
   */
  vonmisesvariate(mu: number, kappa: number): number {
    num(mu, 'vonmisesvariate', 'mu');
    num(kappa, 'vonmisesvariate', 'kappa');
    if (Number.isNaN(kappa)) rangeError('vonmisesvariate', 'kappa', 'a number, not NaN', kappa);
    if (kappa <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = Math.cos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.exp(d)) break; // exp only when needed
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    return u3 > 0.5 ? pymod(mu + Math.acos(f), TWOPI) : pymod(mu - Math.acos(f), TWOPI);
  }

  /**
   * Gamma distribution with shape `alpha` and scale `beta` (Cheng for alpha > 1, exponential for
   * alpha = 1, Ahrens–Dieter GS for alpha < 1).
   * @param alpha - Shape, `> 0` and at most 8.98e307.
   * @param beta - Scale, `> 0`.
   * @returns The float.
   * @throws {TypeError} if an argument is not a number.
   * @throws {RangeError} if `alpha` or `beta` is not `> 0` (or NaN), or `alpha` is above 8.98e307.
   */
  gammavariate(alpha: number, beta: number): number {
    gammaArgs(alpha, beta, 'gammavariate');
    return this.#gamma(alpha, beta);
  }

  #gamma(alpha: number, beta: number): number {
    if (alpha > 1.0) {
      const ainv = Math.sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = Math.log(u1 / (1.0 - u1)) / ainv;
        const x = alpha * Math.exp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= Math.log(z)) return x * beta;
      }
    }
    if (alpha === 1.0) return -Math.log(1.0 - this.random()) * beta;
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (E + alpha) / E;
      const p = b * u;
      x = p <= 1.0 ? pypow(p, 1.0 / alpha, 'gammavariate') : -Math.log((b - p) / alpha);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= pypow(x, alpha - 1.0, 'gammavariate')) break;
      } else if (u1 <= Math.exp(-x)) break;
    }
    return x * beta;
  }

  /**
   * Beta distribution on `[0, 1]`: `y / (y + gammavariate(beta, 1))` with `y = gammavariate(alpha, 1)`
   * (0 without a second draw when `y` is 0).
   * @param alpha - Shape, `> 0` and at most 8.98e307.
   * @param beta - Shape, `> 0` and at most 8.98e307.
   * @returns The float.
   * @throws {TypeError} if an argument is not a number.
   * @throws {RangeError} if a shape is not `> 0` or is above 8.98e307.
   */
  betavariate(alpha: number, beta: number): number {
    // Validated up front (CPython raises from the second gammavariate, after drawing).
    gammaArgs(alpha, beta, 'betavariate');
    if (!(2 * beta < Infinity)) rangeError('betavariate', 'beta', 'at most 8.98e307', beta);
    const y = this.#gamma(alpha, 1.0);
    if (y !== 0) return y / (y + this.#gamma(beta, 1.0));
    return 0.0;
  }

  /**
   * Pareto distribution: `(1 - random()) ** (-1 / alpha)`.
   * @param alpha - Shape, non-zero.
   * @returns The float, `>= 1` for positive alpha.
   * @throws {TypeError} if `alpha` is not a number.
   * @throws {RangeError} if `alpha` is 0, or the result overflows.
   */
  paretovariate(alpha: number): number {
    num(alpha, 'paretovariate', 'alpha');
    if (alpha === 0) rangeError('paretovariate', 'alpha', 'non-zero (float division by zero)', alpha);
    const u = 1.0 - this.random();
    return pypow(u, -1.0 / alpha, 'paretovariate');
  }

  /**
   * Weibull distribution: `alpha * (-log(1 - random())) ** (1 / beta)`.
   * @param alpha - Scale.
   * @param beta - Shape, non-zero.
   * @returns The float.
   * @throws {TypeError} if an argument is not a number.
   * @throws {RangeError} if `beta` is 0, or the result overflows.
   */
  weibullvariate(alpha: number, beta: number): number {
    num(alpha, 'weibullvariate', 'alpha');
    num(beta, 'weibullvariate', 'beta');
    if (beta === 0) rangeError('weibullvariate', 'beta', 'non-zero (float division by zero)', beta);
    const u = 1.0 - this.random();
    return alpha * pypow(-Math.log(u), 1.0 / beta, 'weibullvariate');
  }

  /**
   * Binomial distribution: successes in `n` independent trials of probability `p` (geometric
   * method for `n·p < 10`, Hörmann's BTRS otherwise).
   * @param n - Number of trials, a non-negative safe integer (default 1).
   * @param p - Success probability in `[0, 1]` (default 0.5).
   * @returns An integer in `[0, n]`.
   * @throws {TypeError} if `n` is not an integer or `p` is not a number.
   * @throws {RangeError} if `n` is negative or `p` is outside `[0, 1]` or NaN.
   */
  binomialvariate(n = 1, p = 0.5): number {
    const fn = 'binomialvariate';
    if (typeof n !== 'number' || !Number.isInteger(n)) return typeError(fn, 'n', 'an integer', n);
    if (n < 0) rangeError(fn, 'n', 'non-negative (n must be non-negative)', n);
    if (!Number.isSafeInteger(n)) rangeError(fn, 'n', 'a safe integer', n);
    num(p, fn, 'p');
    if (!(p > 0 && p < 1)) {
      if (p === 0) return 0;
      if (p === 1) return n + 0;
      rangeError(fn, 'p', 'in the range 0.0 <= p <= 1.0', p);
    }
    return this.#binomial(n + 0, p);
  }

  #binomial(n: number, p: number): number {
    if (n === 1) return this.random() < p ? 1 : 0;
    if (p > 0.5) return n - this.#binomial(n, 1.0 - p);
    if (n * p < 10.0) {
      // BG: sum geometric gaps between successes until they pass n.
      let x = 0;
      let y = 0;
      const c = Math.log2(1.0 - p);
      if (c === 0) return x;
      for (;;) {
        const r = this.random();
        if (r === 0) continue; // log2(0) is -inf; CPython draws again (gh-149221)
        y += Math.floor(Math.log2(r) / c) + 1;
        if (y > n) return x;
        x += 1;
      }
    }
    const spq = Math.sqrt(n * p * (1.0 - p));
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    let setup = false;
    let alpha = 0;
    let lpq = 0;
    let m = 0;
    let h = 0;
    for (;;) {
      const u = this.random() - 0.5;
      const us = 0.5 - Math.abs(u);
      if (us === 0) continue; // CPython draws again (gh-154001); k would be -Infinity anyway
      const k = Math.floor(((2.0 * a) / us + b) * u + c);
      if (k < 0 || k > n) continue;
      let v = this.random();
      if (us >= 0.07 && v <= vr) return k;
      if (!setup) {
        alpha = (2.83 + 5.1 / b) * spq;
        lpq = Math.log(p / (1.0 - p));
        m = Math.floor((n + 1) * p);
        h = lgamma(m + 1) + lgamma(n - m + 1);
        setup = true;
      }
      v *= alpha / (a / (us * us) + b);
      if (Math.log(v) <= h - lgamma(k + 1) - lgamma(n - k + 1) + (k - m) * lpq) return k;
    }
  }
}

/** gammavariate's checks; NaN and an infinite shape are rejected because the loops would not end. */
function gammaArgs(alpha: unknown, beta: unknown, fn: string): void {
  num(alpha, fn, 'alpha');
  num(beta, fn, 'beta');
  if (!((alpha as number) > 0) || !((beta as number) > 0)) {
    throw new RangeError(`${fn}: alpha and beta must be > 0.0, got ${describe(alpha)} and ${describe(beta)}`);
  }
  // Cheng's setup takes sqrt(2 * alpha - 1); once that overflows, its loop compares NaN forever.
  if (!(2 * (alpha as number) < Infinity)) rangeError(fn, 'alpha', 'at most 8.98e307', alpha);
}
