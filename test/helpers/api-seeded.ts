/**
 * Hostile-input slots for `secrets-ts/seeded`: the seeded `Random` (constructor, seed, setstate
 * and every method) and the Mersenne Twister building blocks.
 */
import assert from 'node:assert/strict';
import * as seeded from '../../src/seeded/index.js';
import type { ApiCase } from './api.js';
import { randomCases } from './api-random.js';

const rng = new seeded.Random(12345);
const bound: Record<string, (...a: unknown[]) => unknown> = {};
for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(rng)))) {
  const f = (rng as unknown as Record<string, unknown>)[name];
  if (typeof f === 'function') bound[name] = (f as (...a: unknown[]) => unknown).bind(rng);
}
bound.setstate = (...a: unknown[]) => rng.setstate(a[0]);

/** Exports of the seeded entry that take no input worth attacking. */
export const NOT_CALLABLE_SEEDED = new Set(['STATE_VERSION']);

export const CASES_SEEDED: ApiCase[] = [
  {
    name: 'Random#constructor',
    slots: {
      a: (x) => new seeded.Random(x as never).random(),
      version: (x) => new seeded.Random('x', x as never).random(),
    },
    check: (r) => assert.equal(typeof r, 'number'),
  },
  { name: 'Random#seed', slots: { a: (x) => rng.seed(x as never), version: (x) => rng.seed('abc', x as never) } },
  ...randomCases(bound, 'Random#'),
  {
    name: 'MersenneTwister',
    slots: {
      initGenrand: (x) => new seeded.MersenneTwister().initGenrand(x as number),
      initByArray: (x) => new seeded.MersenneTwister().initByArray(x as number[]),
      setState: (x) => new seeded.MersenneTwister().setState(x as number[]),
      fillBytes: (x) => new seeded.MersenneTwister().fillBytes(x as Uint8Array),
    },
  },
  { name: 'seedKey', slots: { a: (x) => seeded.seedKey(x), version: (x) => seeded.seedKey('a', x) } },
  { name: 'floatSeedKey', slots: { x: (x) => seeded.floatSeedKey(x as number) } },
  {
    name: 'getPythonState',
    slots: {
      mt: (x) => seeded.getPythonState(x as seeded.MersenneTwister, null),
      gaussNext: (x) => seeded.getPythonState(new seeded.MersenneTwister(), x as number),
    },
  },
  { name: 'parsePythonState', slots: { state: (x) => seeded.parsePythonState(x) } },
  {
    name: 'setPythonState',
    slots: {
      mt: (x) => seeded.setPythonState(x as seeded.MersenneTwister, rng.getstate()),
      state: (x) => seeded.setPythonState(new seeded.MersenneTwister(), x),
    },
  },
];
