/**
 * The seeded `Random`: the whole `random.Random` API on CPython's Mersenne Twister.
 * @module
 */
import { RandomBase } from '../random/random-base.js';
import { cpythonNewTwister, type MersenneTwister } from './mt19937.js';
import { seedKey } from './seed.js';
import { getPythonState, setPythonState, type PythonState } from './state.js';

/** What {@link Random} can be seeded with, as in Python. */
export type Seed = number | bigint | string | Uint8Array | null | undefined;

/**
 * Python's `random.Random`, bit for bit: CPython 3.13's Mersenne Twister, seeding and algorithms.
 * For simulations, tests and reproducing Python results. **Not secure**: its outputs reveal its
 * state. It lives only at `secrets-ts/seeded`, and its source is not a `SecureSource`, so it
 * cannot be passed where a secret is made.
 *
 * `random`, `getrandbits`, `randbytes`, `randrange`, `randint`, `choice`, `choices`, `sample`,
 * `shuffle`, `uniform`, `triangular`, `normalvariate` and `binomialvariate` return exactly what
 * CPython returns for the same seed. Methods that use `log`/`exp`/`cos`/`pow` can differ in the
 * last bits (V8's and glibc's maths round differently on a few percent of inputs) but consume the
 * same 32-bit words, so the sequence never falls out of step.
 *
 * @example
 * ```ts
 * import { Random } from 'secrets-ts/seeded';
 * const rng = new Random(42);
 * assert.equal(rng.random(), 0.6394267984578837); // Python: random.seed(42); random.random()
 * const state = rng.getstate(); // JSON-compatible with Python's random.getstate()
 * const a = rng.randrange(10 ** 6);
 * rng.setstate(state);
 * assert.equal(rng.randrange(10 ** 6), a);
 * ```
 */
export class Random extends RandomBase {
  // The generator is the base class's `source` (non-writable, non-configurable), read through this
  // typed view: a `#private` field costs an extra lookup on every `random()` call in V8.
  declare protected readonly source: MersenneTwister;

  /**
   * @param a - The seed (as {@link Random.seed}); omitted or `null` seeds from the secure source.
   * @param version - 1 or 2 (default) for string and byte seeds.
   * @throws {TypeError} for a seed of another type.
   * @throws {RangeError} for NaN, an unsafe integer number (pass a bigint), or a bad version.
   */
  constructor(a?: Seed, version?: 1 | 2) {
    // As in CPython, the generator holds zero words until `seed` writes them (a subclass's own
    // `seed` may never write them), and `Random(a)` seeds through `this.seed`.
    super(cpythonNewTwister());
    this.seed(a, version);
  }

  /**
   * A float in `[0, 1)`, a multiple of 2^-53, from two words: CPython's `random()`.
   * @returns The float.
   */
  override random(): number {
    return this.source['_random53']();
  }

  /**
   * Reseeds exactly as CPython's `random.seed(a, version)`: an integer by its absolute value, a
   * non-integer number by Python's float hash, a string (UTF-8) or bytes by SHA-512 (version 2)
   * or the legacy hash (version 1), and nothing by 2,496 bytes from the secure source. Clears the
   * cached second Gaussian value.
   *
   * @param a - The seed.
   * @param version - 1 or 2 (default).
   * @throws {TypeError} for a seed of another type, or a string with a lone surrogate.
   * @throws {RangeError} for NaN, an unsafe integer number (pass a bigint), or a bad version.
   */
  override seed(a?: Seed, version?: 1 | 2): void {
    // The key is computed (and validated) before the state is touched.
    this.source['_seed'](seedKey(a, version, 'Random.seed'));
    this.gaussNext = null;
  }

  /**
   * The state as plain JSON data, `[3, [625 numbers], gaussNext or null]`: exactly
   * `json.loads(json.dumps(random.getstate()))` in Python.
   * @returns A fresh copy of the state.
   * @throws {TypeError} never in practice; declared for the base-class contract.
   */
  override getstate(): PythonState {
    return getPythonState(this.source, this.gaussNext);
  }

  /**
   * Restores a state from {@link Random.getstate} or from Python's `random.getstate()` (as JSON),
   * with CPython's checks. A rejected state changes nothing.
   * @param state - `[3 (or 2), [625 integers], number or null]`.
   * @throws {TypeError} if the state has the wrong shape or types.
   * @throws {RangeError} for an unknown version, a wrong size or an index outside 0..624.
   */
  override setstate(state: unknown): void {
    this.gaussNext = setPythonState(this.source, state, 'Random.setstate');
  }
}
