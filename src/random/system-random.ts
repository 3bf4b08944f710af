/**
 * `SystemRandom`: the whole `random.Random` API on the secure pool, plus module-level functions
 * bound to one shared instance, as Python's `random` module functions are bound to its hidden one.
 * @module
 */
import type { SecureSource } from '../source/source.js';
import { isSecureSource, systemSource } from '../source/system.js';
import { typeError } from '../_assert.js';
import { RandomBase, type ChoicesOptions, type MutableSequence, type SampleOptions } from './random-base.js';

export type { ChoicesOptions, MutableSequence, SampleOptions } from './random-base.js';

const NO_STATE = 'SystemRandom: the system entropy source has no state';

/**
 * Python's `random.SystemRandom`: every `random.Random` method on a cryptographically secure
 * source. `seed()` does nothing; `getstate()`/`setstate()` throw, because the source has no state.
 *
 * @example
 * ```ts
 * import { SystemRandom } from 'secrets-ts';
 * const rng = new SystemRandom();
 * const deck = Array.from({ length: 52 }, (_, i) => i);
 * rng.shuffle(deck);
 * assert.equal(new Set(deck).size, 52);
 * assert.ok(rng.randint(1, 6) <= 6);
 * assert.throws(() => rng.getstate(), TypeError);
 * ```
 */
export class SystemRandom extends RandomBase {
  /**
   * @param source - A source made by `createSecureSource` (default: the shared pool). Anything else,
   *   such as the seeded generator or an object with the right methods, is refused at run time
   *   too, not only by the type, so a `SystemRandom` is always secure.
   * @throws {TypeError} if `source` was not made by `createSecureSource`.
   */
  constructor(source?: SecureSource) {
    if (source !== undefined && !isSecureSource(source)) {
      typeError('SystemRandom', 'source', 'a source made by createSecureSource', source);
    }
    super(source === undefined ? systemSource() : source);
  }

  /** Does nothing, whatever the arguments (the system source cannot be seeded). */
  override seed(_a?: unknown, _version?: unknown): void {}

  /** @throws {TypeError} always: the system entropy source has no state. */
  override getstate(): never {
    throw new TypeError(NO_STATE);
  }

  /** @throws {TypeError} always: the system entropy source has no state. */
  override setstate(_state: unknown): never {
    throw new TypeError(NO_STATE);
  }
}

let shared: SystemRandom | undefined;
/** The shared instance, created on first use so that importing does no work. */
const sys = (): SystemRandom => (shared ??= new SystemRandom());

/**
 * The shared {@link SystemRandom} behind the module-level functions (`random()`, `shuffle()`, …).
 *
 * @example
 * ```ts
 * import { systemRandom } from 'secrets-ts';
 * const x = systemRandom.random();
 * assert.ok(x >= 0 && x < 1);
 * ```
 */
export const systemRandom: SystemRandom = /* @__PURE__ */ sys();

/**
 * Does nothing (Python's `random.seed` on a `SystemRandom`): the secure generator cannot be seeded.
 * For reproducible sequences use the seeded generator from `secrets-ts/seeded`.
 *
 * @param a - Ignored.
 * @param version - Ignored.
 * @throws {TypeError} never; listed for uniformity.
 * @example
 * ```ts
 * import { seed, random } from 'secrets-ts';
 * seed(42);
 * assert.ok(random() < 1);
 * ```
 */
export function seed(a?: unknown, version?: unknown): void {
  sys().seed(a, version);
}

/**
 * Always throws: the secure source has no state to save.
 *
 * @returns Never.
 * @throws {TypeError} always.
 * @example
 * ```ts
 * import { getstate } from 'secrets-ts';
 * assert.throws(() => getstate(), TypeError);
 * ```
 */
export function getstate(): never {
  return sys().getstate();
}

/**
 * Always throws: the secure source has no state to restore.
 *
 * @param state - Ignored.
 * @returns Never.
 * @throws {TypeError} always.
 * @example
 * ```ts
 * import { setstate } from 'secrets-ts';
 * assert.throws(() => setstate([3, [], null]), TypeError);
 * ```
 */
export function setstate(state: unknown): never {
  return sys().setstate(state);
}

/**
 * Returns a secure random float in `[0, 1)`, a multiple of 2^-53 (all 2^53 values equally likely).
 *
 * @returns The float.
 * @throws {SecureRandomUnavailableError} if the platform has no secure generator (as every function here).
 * @example
 * ```ts
 * import { random } from 'secrets-ts';
 * const x = random();
 * assert.ok(x >= 0 && x < 1);
 * ```
 */
export function random(): number {
  return sys().random();
}

/**
 * Returns a secure random float between `a` and `b`: `a + (b - a) * random()`.
 *
 * @param a - One end.
 * @param b - The other end (may be below `a`).
 * @returns The float.
 * @throws {TypeError} if an argument is not a number.
 * @example
 * ```ts
 * import { uniform } from 'secrets-ts';
 * const t = uniform(20, 25);
 * assert.ok(t >= 20 && t <= 25);
 * ```
 */
export function uniform(a: number, b: number): number {
  return sys().uniform(a, b);
}

/**
 * Returns a float from the triangular distribution on `[low, high]` with the given `mode`.
 *
 * @param low - Lower end (default 0).
 * @param high - Upper end (default 1).
 * @param mode - The peak (default: the midpoint).
 * @returns The float.
 * @throws {TypeError} if an argument is not a number.
 * @example
 * ```ts
 * import { triangular } from 'secrets-ts';
 * const x = triangular(0, 10, 8);
 * assert.ok(x >= 0 && x <= 10);
 * ```
 */
export function triangular(low?: number, high?: number, mode?: number | null): number {
  return sys().triangular(low, high, mode);
}

/**
 * Returns a secure random integer `N` with `a <= N <= b`. Numbers give a number (safe integers
 * only); bigints give a bigint of any size.
 *
 * @param a - Lower bound, inclusive.
 * @param b - Upper bound, inclusive.
 * @returns The integer, of the arguments' type.
 * @throws {TypeError} if an argument is not an integer, or numbers and bigints are mixed.
 * @throws {RangeError} if `b < a` ("empty range in randrange(a, b+1)"), or a number is unsafe.
 * @example
 * ```ts
 * import { randint } from 'secrets-ts';
 * const die = randint(1, 6);
 * assert.ok(die >= 1 && die <= 6);
 * assert.ok(randint(0n, 2n ** 100n) <= 2n ** 100n);
 * ```
 */
export function randint(a: number, b: number): number;
export function randint(a: bigint, b: bigint): bigint;
export function randint(a: number | bigint, b: number | bigint): number | bigint {
  return sys().randint(a, b);
}

/**
 * Returns a secure random element of `range(start, stop, step)`, as Python's `randrange`.
 *
 * @param start - Start, or the exclusive end when `stop` is omitted.
 * @param stop - Exclusive end.
 * @param step - Step (default 1; negative allowed).
 * @returns The integer, of the arguments' type.
 * @throws {TypeError} if an argument is not an integer, numbers and bigints are mixed, or a step
 *   is given without a stop.
 * @throws {RangeError} if the range is empty, the step is zero, or a number is unsafe.
 * @example
 * ```ts
 * import { randrange } from 'secrets-ts';
 * assert.ok(randrange(10) < 10);
 * assert.equal(randrange(0, 100, 5) % 5, 0);
 * assert.ok(randrange(2n ** 64n) < 2n ** 64n);
 * ```
 */
export function randrange(start: number, stop?: number | null, step?: number): number;
export function randrange(start: bigint, stop?: bigint | null, step?: bigint): bigint;
export function randrange(
  start: number | bigint,
  stop?: number | bigint | null,
  step?: number | bigint,
): number | bigint {
  return sys().randrange(start, stop, step);
}

/**
 * Returns an integer with `k` secure random bits: a number for `k` from 0 to 53, a bigint for a
 * bigint `k`.
 *
 * @param k - Number of bits.
 * @returns A uniform integer in `[0, 2^k)`.
 * @throws {TypeError} if `k` is not an integer number or a bigint.
 * @throws {RangeError} if `k` is negative, a number above 53, or above 2^24.
 * @example
 * ```ts
 * import { getrandbits } from 'secrets-ts';
 * assert.ok(getrandbits(16) < 65536);
 * assert.ok(getrandbits(256n) < 2n ** 256n);
 * ```
 */
export function getrandbits(k: number): number;
export function getrandbits(k: bigint): bigint;
export function getrandbits(k: number | bigint): number | bigint {
  return sys().getrandbits(k);
}

/**
 * Returns `n` secure random bytes.
 *
 * @param n - Number of bytes.
 * @returns A new `Uint8Array`.
 * @throws {TypeError} if `n` is not an integer number.
 * @throws {RangeError} if `n` is negative or above 2^31 - 1.
 * @example
 * ```ts
 * import { randbytes } from 'secrets-ts';
 * assert.equal(randbytes(16).length, 16);
 * ```
 */
export function randbytes(n: number): Uint8Array {
  return sys().randbytes(n);
}

/**
 * Returns `k` elements chosen with replacement, optionally weighted (`weights` or `cumWeights`).
 *
 * @param population - An array, typed array, array-like or string (by code point).
 * @param options - `{ weights, cumWeights, k }`; `k` defaults to 1.
 * @returns A new array of `k` elements.
 * @throws {TypeError} if the population or a weight has the wrong type, `k` is not an integer,
 *   or both `weights` and `cumWeights` are given.
 * @throws {RangeError} if the weights' length or total is wrong, or the population is empty.
 * @example
 * ```ts
 * import { choices } from 'secrets-ts';
 * const spins = choices(['red', 'black', 'green'], { weights: [18, 18, 2], k: 6 });
 * assert.equal(spins.length, 6);
 * assert.deepEqual(choices('ab', { weights: [0, 1], k: 3 }), ['b', 'b', 'b']);
 * ```
 */
export function choices(population: string, options?: ChoicesOptions): string[];
export function choices<T>(population: ArrayLike<T>, options?: ChoicesOptions): T[];
export function choices<T>(population: ArrayLike<T> | string, options?: ChoicesOptions): (T | string)[] {
  return sys().choices(population as ArrayLike<T>, options);
}

/**
 * Returns `k` distinct elements chosen without replacement, in selection order.
 *
 * @param population - An array, typed array, array-like or string (by code point).
 * @param k - How many, `0 <= k <= length` (or the total of `counts`).
 * @param options - `{ counts }`: repeat counts, one per element.
 * @returns A new array.
 * @throws {TypeError} if the population, `k` or a count has the wrong type.
 * @throws {RangeError} if `k` is negative or too large, or `counts` is wrong.
 * @example
 * ```ts
 * import { sample } from 'secrets-ts';
 * const winners = sample(['ann', 'bob', 'cy', 'dee'], 2);
 * assert.equal(new Set(winners).size, 2);
 * assert.equal(sample(['x', 'y'], 3, { counts: [2, 1] }).sort().join(''), 'xxy');
 * ```
 */
export function sample(population: string, k: number, options?: SampleOptions): string[];
export function sample<T>(population: ArrayLike<T>, k: number, options?: SampleOptions): T[];
export function sample<T>(population: ArrayLike<T> | string, k: number, options?: SampleOptions): (T | string)[] {
  return sys().sample(population as ArrayLike<T>, k, options);
}

/**
 * Shuffles an array or typed array in place; every order is equally likely.
 *
 * @param x - The array.
 * @throws {TypeError} if `x` is not an array or a typed array (strings are immutable).
 * @example
 * ```ts
 * import { shuffle } from 'secrets-ts';
 * const cards = ['A', 'K', 'Q', 'J'];
 * shuffle(cards);
 * assert.deepEqual([...cards].sort(), ['A', 'J', 'K', 'Q']);
 * ```
 */
export function shuffle(x: MutableSequence): void {
  sys().shuffle(x);
}

/**
 * Returns a normal random float (Box–Muller; every second call uses the cached pair value).
 *
 * @param mu - Mean (default 0).
 * @param sigma - Standard deviation (default 1).
 * @returns The float.
 * @throws {TypeError} if an argument is not a number.
 * @example
 * ```ts
 * import { gauss } from 'secrets-ts';
 * assert.equal(typeof gauss(100, 15), 'number');
 * assert.equal(gauss(5, 0), 5);
 * ```
 */
export function gauss(mu?: number, sigma?: number): number {
  return sys().gauss(mu, sigma);
}

/**
 * Returns a normal random float (Kinderman–Monahan).
 *
 * @param mu - Mean (default 0).
 * @param sigma - Standard deviation (default 1).
 * @returns The float.
 * @throws {TypeError} if an argument is not a number.
 * @example
 * ```ts
 * import { normalvariate } from 'secrets-ts';
 * assert.ok(Number.isFinite(normalvariate()));
 * ```
 */
export function normalvariate(mu?: number, sigma?: number): number {
  return sys().normalvariate(mu, sigma);
}

/**
 * Returns a log-normal random float: `exp` of a normal with mean `mu` and deviation `sigma`.
 *
 * @param mu - Mean of the underlying normal.
 * @param sigma - Its standard deviation.
 * @returns A positive float.
 * @throws {TypeError} if an argument is not a number.
 * @throws {RangeError} if the result overflows.
 * @example
 * ```ts
 * import { lognormvariate } from 'secrets-ts';
 * assert.ok(lognormvariate(0, 1) > 0);
 * assert.equal(lognormvariate(0, 0), 1);
 * ```
 */
export function lognormvariate(mu: number, sigma: number): number {
  return sys().lognormvariate(mu, sigma);
}

/**
 * Returns an exponential random float with rate `lambd` (mean `1 / lambd`).
 *
 * @param lambd - Rate (default 1); must not be 0.
 * @returns The float.
 * @throws {TypeError} if `lambd` is not a number.
 * @throws {RangeError} if `lambd` is 0.
 * @example
 * ```ts
 * import { expovariate } from 'secrets-ts';
 * const wait = expovariate(1 / 5);
 * assert.ok(wait >= 0);
 * ```
 */
export function expovariate(lambd?: number): number {
  return sys().expovariate(lambd);
}

/**
 * Returns a von Mises random angle in `[0, 2π]` with mean `mu` and concentration `kappa`.
 *
 * @param mu - Mean angle (radians).
 * @param kappa - Concentration (`<= 1e-6` gives a uniform angle).
 * @returns The angle.
 * @throws {TypeError} if an argument is not a number.
 * @throws {RangeError} if `kappa` is NaN.
 * @example
 * ```ts
 * import { vonmisesvariate } from 'secrets-ts';
 * const a = vonmisesvariate(Math.PI, 4);
 * assert.ok(a >= 0 && a <= 2 * Math.PI);
 * ```
 */
export function vonmisesvariate(mu: number, kappa: number): number {
  return sys().vonmisesvariate(mu, kappa);
}

/**
 * Returns a gamma random float with shape `alpha` and scale `beta` (mean `alpha * beta`).
 *
 * @param alpha - Shape, `> 0` and at most 8.98e307.
 * @param beta - Scale, `> 0`.
 * @returns A non-negative float.
 * @throws {TypeError} if an argument is not a number.
 * @throws {RangeError} if an argument is not `> 0`, or `alpha` is above 8.98e307.
 * @example
 * ```ts
 * import { gammavariate } from 'secrets-ts';
 * assert.ok(gammavariate(2, 3) >= 0);
 * assert.throws(() => gammavariate(0, 1), RangeError);
 * ```
 */
export function gammavariate(alpha: number, beta: number): number {
  return sys().gammavariate(alpha, beta);
}

/**
 * Returns a beta random float in `[0, 1]`.
 *
 * @param alpha - Shape, `> 0` and at most 8.98e307.
 * @param beta - Shape, `> 0` and at most 8.98e307.
 * @returns The float.
 * @throws {TypeError} if an argument is not a number.
 * @throws {RangeError} if a shape is not `> 0` or is above 8.98e307.
 * @example
 * ```ts
 * import { betavariate } from 'secrets-ts';
 * const x = betavariate(2, 5);
 * assert.ok(x >= 0 && x <= 1);
 * ```
 */
export function betavariate(alpha: number, beta: number): number {
  return sys().betavariate(alpha, beta);
}

/**
 * Returns a Pareto random float with shape `alpha` (`>= 1` for positive alpha).
 *
 * @param alpha - Shape; must not be 0.
 * @returns The float.
 * @throws {TypeError} if `alpha` is not a number.
 * @throws {RangeError} if `alpha` is 0 or the result overflows.
 * @example
 * ```ts
 * import { paretovariate } from 'secrets-ts';
 * assert.ok(paretovariate(3) >= 1);
 * ```
 */
export function paretovariate(alpha: number): number {
  return sys().paretovariate(alpha);
}

/**
 * Returns a Weibull random float with scale `alpha` and shape `beta`.
 *
 * @param alpha - Scale.
 * @param beta - Shape; must not be 0.
 * @returns The float.
 * @throws {TypeError} if an argument is not a number.
 * @throws {RangeError} if `beta` is 0 or the result overflows.
 * @example
 * ```ts
 * import { weibullvariate } from 'secrets-ts';
 * assert.ok(weibullvariate(1, 1.5) >= 0);
 * ```
 */
export function weibullvariate(alpha: number, beta: number): number {
  return sys().weibullvariate(alpha, beta);
}

/**
 * Returns a binomial random integer: successes in `n` trials of probability `p`.
 *
 * @param n - Trials, a non-negative safe integer (default 1).
 * @param p - Probability in `[0, 1]` (default 0.5).
 * @returns An integer in `[0, n]`.
 * @throws {TypeError} if `n` is not an integer or `p` is not a number.
 * @throws {RangeError} if `n` is negative or `p` is outside `[0, 1]`.
 * @example
 * ```ts
 * import { binomialvariate } from 'secrets-ts';
 * const heads = binomialvariate(100, 0.5);
 * assert.ok(heads >= 0 && heads <= 100);
 * assert.equal(binomialvariate(7, 1), 7);
 * ```
 */
export function binomialvariate(n?: number, p?: number): number {
  return sys().binomialvariate(n, p);
}
