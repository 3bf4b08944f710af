/**
 * Hostile-input slots for the random area: the module-level functions bound to the shared
 * `SystemRandom`, the classes' constructors and the methods not reachable through a function.
 */
import assert from 'node:assert/strict';
import * as api from '../../src/index.js';
import type { ApiCase } from './api.js';

const call = api as unknown as Record<string, (...a: unknown[]) => unknown>;
const isNumber = (r: unknown): void => assert.equal(typeof r, 'number');
const isInt = (r: unknown): void =>
  assert.ok(typeof r === 'bigint' || (typeof r === 'number' && Number.isSafeInteger(r)), `bad ${String(r)}`);
const isArray = (r: unknown): void => assert.ok(Array.isArray(r));

/** Take no validated input (`random()`) or ignore it (`seed`, as Python's SystemRandom.seed). */
export const NOT_CALLABLE_RANDOM = ['random', 'seed'];

/**
 * The method cases, for any object with the `random.Random` methods: the module-level functions
 * here, and a seeded `Random` in the seeded tests.
 */
export function randomCases(call: Record<string, (...a: unknown[]) => unknown>, prefix = ''): ApiCase[] {
  const cases: ApiCase[] = [
    { name: 'setstate', slots: { state: (x) => call.setstate!(x) } },
    { name: 'uniform', slots: { a: (x) => call.uniform!(x, 1), b: (x) => call.uniform!(0, x) }, check: isNumber },
    {
      name: 'triangular',
      slots: {
        low: (x) => call.triangular!(x, 1),
        high: (x) => call.triangular!(0, x),
        mode: (x) => call.triangular!(0, 1, x),
      },
      check: isNumber,
    },
    { name: 'randint', slots: { a: (x) => call.randint!(x, 10), b: (x) => call.randint!(0, x) }, check: isInt },
    {
      name: 'randrange',
      slots: {
        start: (x) => call.randrange!(x),
        stop: (x) => call.randrange!(0, x),
        step: (x) => call.randrange!(0, 10, x),
      },
      check: isInt,
    },
    { name: 'getrandbits', slots: { k: (x) => call.getrandbits!(x) }, check: isInt },
    {
      name: 'randbytes',
      slots: { n: (x) => call.randbytes!(x) },
      check: (r, x) => assert.ok(r instanceof Uint8Array && r.length === x),
    },
    {
      name: 'choices',
      slots: {
        population: (x) => call.choices!(x),
        options: (x) => call.choices!([1, 2, 3], x),
        weights: (x) => call.choices!([1, 2, 3], { weights: x }),
        cumWeights: (x) => call.choices!([1, 2, 3], { cumWeights: x }),
        k: (x) => call.choices!([1, 2, 3], { k: x }),
      },
      check: isArray,
    },
    {
      name: 'sample',
      slots: {
        population: (x) => call.sample!(x, 2),
        k: (x) => call.sample!([1, 2, 3], x),
        options: (x) => call.sample!([1, 2, 3], 2, x),
        counts: (x) => call.sample!(['a', 'b', 'c'], 2, { counts: x }),
      },
      check: isArray,
    },
    { name: 'shuffle', slots: { x: (x) => call.shuffle!(x) }, check: (r) => assert.equal(r, undefined) },
    { name: 'gauss', slots: { mu: (x) => call.gauss!(x), sigma: (x) => call.gauss!(0, x) }, check: isNumber },
    {
      name: 'normalvariate',
      slots: { mu: (x) => call.normalvariate!(x), sigma: (x) => call.normalvariate!(0, x) },
      check: isNumber,
    },
    {
      name: 'lognormvariate',
      slots: { mu: (x) => call.lognormvariate!(x, 1), sigma: (x) => call.lognormvariate!(0, x) },
      check: isNumber,
    },
    { name: 'expovariate', slots: { lambd: (x) => call.expovariate!(x) }, check: isNumber },
    {
      name: 'vonmisesvariate',
      slots: { mu: (x) => call.vonmisesvariate!(x, 1), kappa: (x) => call.vonmisesvariate!(0, x) },
      check: isNumber,
    },
    {
      name: 'gammavariate',
      slots: { alpha: (x) => call.gammavariate!(x, 1), beta: (x) => call.gammavariate!(2, x) },
      check: isNumber,
    },
    {
      name: 'betavariate',
      slots: { alpha: (x) => call.betavariate!(x, 2), beta: (x) => call.betavariate!(2, x) },
      check: isNumber,
    },
    { name: 'paretovariate', slots: { alpha: (x) => call.paretovariate!(x) }, check: isNumber },
    {
      name: 'weibullvariate',
      slots: { alpha: (x) => call.weibullvariate!(x, 1), beta: (x) => call.weibullvariate!(1, x) },
      check: isNumber,
    },
    {
      name: 'binomialvariate',
      slots: { n: (x) => call.binomialvariate!(x), p: (x) => call.binomialvariate!(10, x) },
      check: isInt,
    },
  ];
  return cases.map((c) => ({ ...c, name: prefix + c.name }));
}

export const CASES_RANDOM: ApiCase[] = [
  { name: 'getstate', slots: { none: () => call.getstate!() } },
  ...randomCases(call),
  {
    name: 'SystemRandom#constructor',
    slots: { source: (x) => new api.SystemRandom(x as api.SecureSource).random() },
    check: isNumber,
  },
  { name: 'SystemRandom#choice', slots: { seq: (x) => new api.SystemRandom().choice(x as string) } },
  { name: 'SystemRandom#setstate', slots: { state: (x) => new api.SystemRandom().setstate(x) } },
  {
    name: 'RandomBase#constructor',
    slots: { source: (x) => new api.RandomBase(x as api.RandomSource).random() },
    check: isNumber,
  },
  { name: 'RandomBase#seed', slots: { a: (x) => new api.RandomBase(api.createSecureSource()).seed(x) } },
  {
    name: 'systemRandom#randrange',
    slots: {
      start: (x) => api.systemRandom.randrange(x as number),
      stop: (x) => api.systemRandom.randrange(0, x as number),
    },
    check: isInt,
  },
];
