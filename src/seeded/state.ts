/**
 * `getstate()`/`setstate()` in CPython's form, `[3, [624 words..., index], gaussNext]`: exactly
 * what `json.loads(json.dumps(random.getstate()))` gives in Python, so states move between the two
 * languages as JSON.
 * @module
 */
import { describe, item } from '../_assert.js';
import type { MersenneTwister } from './mt19937.js';

/** A generator state as CPython's `Random.getstate()` builds it (tuples become arrays). */
export type PythonState = [version: 3, internal: number[], gaussNext: number | null];

/** The state version of CPython 3.x `random.Random` (its `VERSION` attribute). */
export const STATE_VERSION = 3;

/**
 * The state of `mt` (plus the cached second `gauss` value) in CPython's `getstate()` form.
 * @param mt - The generator.
 * @param gaussNext - The pending `gauss` value, or `null`.
 * @returns `[3, [624 words, index], gaussNext]`, ready for `JSON.stringify`.
 * @throws {TypeError} If `gaussNext` is neither a number nor `null`.
 * @example
 * ```ts
 * import { MersenneTwister, seedKey, getPythonState } from 'secrets-ts/seeded';
 * const mt = new MersenneTwister();
 * mt.initByArray(seedKey(0));
 * const [version, internal, gaussNext] = getPythonState(mt, null);
 * assert.equal(version, 3);
 * assert.deepEqual(internal.slice(0, 2), [2147483648, 766982754]); // random.seed(0); random.getstate()
 * assert.equal(internal[624], 624);
 * assert.equal(gaussNext, null);
 * ```
 */
export function getPythonState(mt: MersenneTwister, gaussNext: number | null): PythonState {
  if (gaussNext !== null && typeof gaussNext !== 'number') {
    throw new TypeError(`getPythonState: gaussNext must be a number or null, got ${describe(gaussNext)}`);
  }
  return [STATE_VERSION, mt.getState(), gaussNext];
}

/** Reads one element of the internal vector as an integer (number or bigint), or throws. */
function element(x: unknown, i: number, fn: string): bigint {
  if (typeof x === 'bigint') return x;
  if (typeof x === 'number' && Number.isInteger(x)) {
    if (!Number.isSafeInteger(x)) {
      throw new RangeError(`${fn}: state[1][${i}] is beyond 2^53 - 1 and cannot be exact (use a bigint), got ${x}`);
    }
    return BigInt(x);
  }
  throw new TypeError(`${fn}: state[1][${i}] must be an integer (CPython: an integer is required), got ${describe(x)}`);
}

/**
 * Checks a state in CPython's `getstate()` form and returns what it holds, without touching any
 * generator. The checks are CPython's `setstate`:
 *
 * - the version (`state[0]`) must be 3, or 2 (then every element of the vector is first reduced
 *   mod 2^32, Python style, so negatives wrap);
 * - the vector must have 625 integer elements;
 * - version 3 words must be non-negative and below 2^64; the C code keeps their low 32 bits;
 * - the index (last element) must be from 0 to 624;
 * - `gaussNext` must be a number or `null` (CPython does not check it; a non-number would make a
 *   later `gauss()` fail).
 *
 * @param state - The state: an array `[version, vector, gaussNext]`.
 * @param fn - Function name used in error messages.
 * @returns The 625 numbers for {@link MersenneTwister.setState} and the pending gauss value.
 * @throws {TypeError} If `state` or the vector is not an array, an element is not an integer, or
 *   `gaussNext` is neither a number nor `null`.
 * @throws {RangeError} If the version is not 2 or 3 (CPython: "state with version 4 passed to
 *   Random.setstate() of version 3"), `state` does not have 3 elements, the vector does not have
 *   625, a word is negative or at least 2^64, or the index is outside 0 to 624.
 * @example
 * ```ts
 * import { parsePythonState } from 'secrets-ts/seeded';
 * const internal = [...Array(624).fill(1), 624];
 * assert.equal(parsePythonState([3, internal, 0.5]).gaussNext, 0.5);
 * assert.throws(() => parsePythonState([4, internal, null]), /version 4/);
 * assert.throws(() => parsePythonState([3, [1, 2, 3], null]), RangeError);
 * ```
 */
export function parsePythonState(
  state: unknown,
  fn = 'parsePythonState',
): { internal: number[]; gaussNext: number | null } {
  if (!Array.isArray(state)) {
    throw new TypeError(`${fn}: state must be an array [version, internal, gaussNext], got ${describe(state)}`);
  }
  const version = item(state, 0);
  if (version !== 2 && version !== 3) {
    const v = typeof version === 'number' || typeof version === 'bigint' ? String(version) : describe(version);
    throw new RangeError(`${fn}: state with version ${v} passed to Random.setstate() of version 3`);
  }
  if (state.length !== 3) {
    throw new RangeError(`${fn}: state must have 3 elements [version, internal, gaussNext], got ${state.length}`);
  }
  const vec = item(state, 1);
  const gaussNext = item(state, 2);
  if (!Array.isArray(vec) && !(vec instanceof Uint32Array)) {
    throw new TypeError(`${fn}: state vector must be an array (CPython: a tuple), got ${describe(vec)}`);
  }
  if (vec.length !== 625) {
    throw new RangeError(`${fn}: state vector is the wrong size: ${vec.length} elements, expected 625`);
  }
  const internal = new Array<number>(625);
  for (let i = 0; i < 625; i++) {
    let x = element(item(vec, i), i, fn);
    // Version 2 states went through `x % 2**32` in random.py (Python's modulo is never negative).
    if (version === 2) x = ((x % 4294967296n) + 4294967296n) % 4294967296n;
    if (i < 624) {
      if (x < 0n) throw new RangeError(`${fn}: state[1][${i}] must not be negative, got ${x}`);
      if (x >= 1n << 64n) throw new RangeError(`${fn}: state[1][${i}] must be below 2^64, got ${x}`);
      // CPython reads each word as a C unsigned long and stores it as uint32_t: the low 32 bits.
      internal[i] = Number(x % 4294967296n);
    } else {
      if (x < 0n || x > 624n) throw new RangeError(`${fn}: invalid state: index ${x} is outside 0 to 624`);
      internal[i] = Number(x);
    }
  }
  if (gaussNext !== null && typeof gaussNext !== 'number') {
    throw new TypeError(`${fn}: state[2] (gaussNext) must be a number or null, got ${describe(gaussNext)}`);
  }
  return { internal, gaussNext };
}

/**
 * CPython's `setstate` on a {@link MersenneTwister}: checks the whole state with
 * {@link parsePythonState}, then installs it. A rejected state changes nothing.
 * @param mt - The generator to restore.
 * @param state - A state in CPython's `getstate()` form, e.g. `JSON.parse` of Python's
 *   `json.dumps(random.getstate())`.
 * @param fn - Function name used in error messages.
 * @returns The pending `gauss` value held in the state (`null` when none).
 * @throws {TypeError} See {@link parsePythonState}.
 * @throws {RangeError} See {@link parsePythonState}.
 * @example
 * ```ts
 * import { MersenneTwister, seedKey, getPythonState, setPythonState } from 'secrets-ts/seeded';
 * const mt = new MersenneTwister();
 * mt.initByArray(seedKey(42));
 * const json = JSON.stringify(getPythonState(mt, null));
 * const first = mt.nextUint32();
 * assert.equal(setPythonState(mt, JSON.parse(json)), null);
 * assert.equal(mt.nextUint32(), first);
 * ```
 */
export function setPythonState(mt: MersenneTwister, state: unknown, fn = 'setPythonState'): number | null {
  const { internal, gaussNext } = parsePythonState(state, fn);
  mt.setState(internal);
  return gaussNext;
}
