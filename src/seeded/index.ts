/**
 * `secrets-ts/seeded`: the reproducible, NOT secure generator. CPython's Mersenne Twister
 * (`random.Random`), bit for bit: seeding from ints, floats, strings and bytes, the word stream,
 * `randbytes`' byte layout and `getstate`/`setstate` in Python's JSON form.
 *
 * Never use it for passwords, tokens or keys: its outputs reveal its state. The main
 * `secrets-ts` entry never imports this module.
 * @module
 */
export { Random } from './random.js';
export type { Seed } from './random.js';
export { MersenneTwister } from './mt19937.js';
export { seedKey, floatSeedKey } from './seed.js';
export { getPythonState, parsePythonState, setPythonState, STATE_VERSION } from './state.js';
export type { PythonState } from './state.js';
