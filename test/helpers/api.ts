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
import { CASES_PASSWORD } from './api-password.js';

export interface ApiCase {
  /** Export name (for methods: `Class#method`). */
  name: string;
  /** Calls the function with the hostile value in one slot. */
  slots: Record<string, (x: unknown) => unknown>;
  /** Checks a result returned for a hostile value (when the call did not throw). */
  check?: (result: unknown, x: unknown, slot: string) => void;
}

const isIntBelow = (r: unknown, n: number | bigint): void => {
  if (typeof n === 'bigint') assert.ok(typeof r === 'bigint' && r >= 0n && r < n, `bad result ${String(r)}`);
  else assert.ok(typeof r === 'number' && Number.isInteger(r) && r >= 0 && r < n, `bad result ${String(r)}`);
};

/** Exports that are not functions taking input (constants, types, error classes). */
export const NOT_CALLABLE = new Set(['DEFAULT_ENTROPY', 'SecureRandomUnavailableError']);

const call = api as unknown as Record<string, (...a: unknown[]) => unknown>;

export const CASES: ApiCase[] = [
  ...CASES_PASSWORD,
  {
    name: 'randbelow',
    slots: { exclusiveUpperBound: (x) => call.randbelow!(x) },
    check: (r, x) => isIntBelow(r, x as number | bigint),
  },
  {
    name: 'randbits',
    slots: { k: (x) => call.randbits!(x) },
    check: (r, x) => isIntBelow(r, typeof x === 'bigint' ? 1n << x : 2 ** (x as number)),
  },
  {
    name: 'choice',
    slots: { seq: (x) => call.choice!(x) },
  },
  {
    name: 'tokenBytes',
    slots: { nbytes: (x) => call.tokenBytes!(x) },
    check: (r, x) => assert.ok(r instanceof Uint8Array && r.length === (x ?? 32)),
  },
  {
    name: 'tokenHex',
    slots: { nbytes: (x) => call.tokenHex!(x) },
    check: (r, x) => assert.ok(typeof r === 'string' && r.length === 2 * ((x as number) ?? 32)),
  },
  {
    name: 'tokenUrlsafe',
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
    slots: {
      options: (x) => call.createSecureSource!(x),
      poolSize: (x) => (call.createSecureSource!({ poolSize: x }) as api.RandomSource).nextUint32(),
      getRandomValues: (x) => call.createSecureSource!({ getRandomValues: x }),
    },
  },
];
