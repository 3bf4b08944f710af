/**
 * Every public export, with the argument slots the hostile-input table is driven through and a
 * check of what a successful call returns. `test/hostile.test.ts` fails if an export of
 * `src/index.ts` is missing here, so a new function cannot skip the table.
 *
 * Each slot places the hostile value in one argument (or one option) and fills the other arguments
 * with valid values.
 */
import assert from 'node:assert/strict';
import * as api from '../../src/index.js';
import { CASES_OTP, NOT_CALLABLE_OTP } from './api-otp.js';
import { CASES_RANDOM, NOT_CALLABLE_RANDOM } from './api-random.js';
import { CASES_IDS, NOT_CALLABLE_IDS } from './api-ids.js';
import { CASES_PASSWORD } from './api-password.js';

export interface ApiCase {
  /** Export name (for methods: `Class#method`). */
  name: string;
  /** Calls the function with the hostile value in one slot. */
  slots: Record<string, (x: unknown) => unknown>;
  /**
   * Slots that take untrusted input (a presented token): every value is an answer there, never an
   * exception, so a throw from one of these slots fails the hostile tests.
   */
  untrusted?: readonly string[];
  /** Checks a result returned for a hostile value (when the call did not throw). */
  check?: (result: unknown, x: unknown, slot: string) => void;
  /**
   * A call with valid arguments that draws randomness. test/fail-closed.test.ts calls it with
   * `globalThis.crypto` removed and requires `SecureRandomUnavailableError` (a rejection for an
   * async function); a case without it fails there unless listed in `NO_RANDOMNESS`.
   */
  valid?: () => unknown;
}

/** Exports that never draw randomness, so they need no `valid` call for the fail-closed test. */
export const NO_RANDOMNESS = new Set([
  'compareDigest',
  // HMAC and hashing through Web Crypto's subtle API, no random draws:
  'hotp',
  'totp',
  'verifyTotp',
  'verifyHotp',
  'verifyResetToken',
  // Parsing, formatting and maths:
  'otpauthUri',
  'parseOtpauthUri',
  'parseResetToken',
  'isUuid',
  'parseUuid',
  'tokenEntropy',
  'entropyBits',
  'crackTime',
  'formatDuration',
  'collisionProbability',
  'noCollisionProbability',
  'drawsForCollisionProbability',
  'timeToCollision',
  'passwordSpace',
  'passwordEntropy',
  'passphraseEntropy',
  // SystemRandom has no state and no seed: these only throw (or do nothing).
  'getstate',
  'setstate',
  'SystemRandom',
  'RandomBase',
]);

const isIntBelow = (r: unknown, n: number | bigint): void => {
  if (typeof n === 'bigint') assert.ok(typeof r === 'bigint' && r >= 0n && r < n, `bad result ${String(r)}`);
  else assert.ok(typeof r === 'number' && Number.isInteger(r) && r >= 0 && r < n, `bad result ${String(r)}`);
};

/** Exports that are not functions taking input (constants, types, error classes). */
export const NOT_CALLABLE = new Set([
  'DEFAULT_ENTROPY',
  'SecureRandomUnavailableError',
  ...NOT_CALLABLE_OTP,
  ...NOT_CALLABLE_RANDOM,
  ...NOT_CALLABLE_IDS,
]);

const call = api as unknown as Record<string, (...a: unknown[]) => unknown>;

export const CASES: ApiCase[] = [
  ...CASES_PASSWORD,
  {
    name: 'randbelow',
    valid: () => call.randbelow!(10),
    slots: { exclusiveUpperBound: (x) => call.randbelow!(x) },
    check: (r, x) => isIntBelow(r, x as number | bigint),
  },
  {
    name: 'randbits',
    valid: () => call.randbits!(8),
    slots: { k: (x) => call.randbits!(x) },
    check: (r, x) => isIntBelow(r, typeof x === 'bigint' ? 1n << x : 2 ** (x as number)),
  },
  {
    name: 'choice',
    valid: () => call.choice!(['a', 'b']),
    slots: { seq: (x) => call.choice!(x) },
  },
  {
    name: 'tokenBytes',
    valid: () => call.tokenBytes!(16),
    slots: { nbytes: (x) => call.tokenBytes!(x) },
    check: (r, x) => assert.ok(r instanceof Uint8Array && r.length === (x ?? 32)),
  },
  {
    name: 'tokenHex',
    valid: () => call.tokenHex!(16),
    slots: { nbytes: (x) => call.tokenHex!(x) },
    check: (r, x) => assert.ok(typeof r === 'string' && r.length === 2 * ((x as number) ?? 32)),
  },
  {
    name: 'tokenUrlsafe',
    valid: () => call.tokenUrlsafe!(16),
    slots: { nbytes: (x) => call.tokenUrlsafe!(x) },
    check: (r, x) => assert.ok(typeof r === 'string' && r.length === Math.ceil((4 * ((x as number) ?? 32)) / 3)),
  },
  {
    name: 'compareDigest',
    slots: {
      a: (x) => call.compareDigest!(x, 'abc'),
      b: (x) => call.compareDigest!(new Uint8Array(3), x),
    },
    check: (r) => assert.equal(typeof r, 'boolean'),
  },
  {
    name: 'createSecureSource',
    valid: () => (call.createSecureSource!() as api.RandomSource).nextUint32(),
    slots: {
      options: (x) => call.createSecureSource!(x),
      poolSize: (x) => (call.createSecureSource!({ poolSize: x }) as api.RandomSource).nextUint32(),
      getRandomValues: (x) => call.createSecureSource!({ getRandomValues: x }),
    },
  },
  ...CASES_OTP,
  ...CASES_RANDOM,
  ...CASES_IDS,
];

/** A call with valid arguments for each case of the other areas that draws randomness. */
const VALID: Record<string, () => unknown> = {
  otpSecret: () => call.otpSecret!(),
  sessionKey: () => call.sessionKey!(),
  createResetLink: () => call.createResetLink!('https://example.com/reset'),
  uniform: () => call.uniform!(0, 1),
  triangular: () => call.triangular!(0, 1),
  randint: () => call.randint!(1, 6),
  randrange: () => call.randrange!(0, 10, 2),
  getrandbits: () => call.getrandbits!(8),
  randbytes: () => call.randbytes!(4),
  choices: () => call.choices!([1, 2, 3], { k: 2 }),
  sample: () => call.sample!([1, 2, 3], 2),
  shuffle: () => call.shuffle!([1, 2, 3]),
  gauss: () => call.gauss!(),
  normalvariate: () => call.normalvariate!(),
  lognormvariate: () => call.lognormvariate!(0, 1),
  expovariate: () => call.expovariate!(),
  vonmisesvariate: () => call.vonmisesvariate!(0, 1),
  gammavariate: () => call.gammavariate!(2, 1),
  betavariate: () => call.betavariate!(2, 3),
  paretovariate: () => call.paretovariate!(2),
  weibullvariate: () => call.weibullvariate!(1, 2),
  binomialvariate: () => call.binomialvariate!(10, 0.3),
  'SystemRandom#choice': () => new api.SystemRandom().choice('abc'),
  'systemRandom#randrange': () => api.systemRandom.randrange(10),
  id: () => call.id!(),
  customAlphabet: () => (call.customAlphabet!('0123456789', 6) as () => string)(),
  token: () => call.token!({ bits: 64, encoding: 'base58' }),
  password: () => call.password!(),
  passphrase: () => call.passphrase!(),
  pin: () => call.pin!(),
};
for (const c of CASES) c.valid ??= VALID[c.name];

/**
 * Random functions that take no input (so the hostile table has nothing to pass them), with their
 * valid call, for the fail-closed test.
 */
export const NO_INPUT: ApiCase[] = [
  { name: 'random', slots: {}, valid: () => call.random!() },
  { name: 'uuid4', slots: {}, valid: () => call.uuid4!() },
  { name: 'uuid7', slots: {}, valid: () => call.uuid7!() },
];
