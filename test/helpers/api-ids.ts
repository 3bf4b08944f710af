/**
 * Hostile-input slots for the IDs, tokens, UUIDs and entropy maths.
 */
import assert from 'node:assert/strict';
import * as api from '../../src/index.js';
import type { ApiCase } from './api.js';

const call = api as unknown as Record<string, (...a: unknown[]) => unknown>;

/** Constants, and the UUID generators, which take no input at all. */
export const NOT_CALLABLE_IDS = ['URL_ALPHABET', 'MAX_ID_SIZE', 'ATTACKERS', 'uuid4', 'uuid7'];

const isString = (r: unknown): void => assert.equal(typeof r, 'string');
const isProbability = (r: unknown): void => assert.ok(typeof r === 'number' && r >= 0 && r <= 1, `bad p ${String(r)}`);
const isNonNegative = (r: unknown): void => assert.ok(typeof r === 'number' && r >= 0, `bad result ${String(r)}`);
const tokenSlots = (fn: string): ApiCase['slots'] => ({
  options: (x) => call[fn]!(x),
  bits: (x) => call[fn]!({ bits: x }),
  bytes: (x) => call[fn]!({ bytes: x }),
  encoding: (x) => call[fn]!({ encoding: x }),
  alphabet: (x) => call[fn]!({ alphabet: x, bits: 64 }),
});
const spaceSlots = (fn: string): ApiCase['slots'] => ({
  draws: (x) => call[fn]!(x, 2n ** 64n),
  space: (x) => call[fn]!(1000, x),
  'space.bits': (x) => call[fn]!(1000, { bits: x }),
});

export const CASES_IDS: ApiCase[] = [
  {
    name: 'id',
    slots: { size: (x) => call.id!(x) },
    check: (r, x) => assert.ok(typeof r === 'string' && r.length === ((x as number | undefined) ?? 21)),
  },
  {
    name: 'customAlphabet',
    slots: {
      alphabet: (x) => (call.customAlphabet!(x) as () => string)(),
      size: (x) => (call.customAlphabet!('abc', x) as () => string)(),
      'generator size': (x) => (call.customAlphabet!('0123456789') as (n: unknown) => string)(x),
      'emoji generator size': (x) => (call.customAlphabet!('😀😁😂', 4) as (n: unknown) => string)(x),
    },
    check: isString,
  },
  { name: 'token', slots: tokenSlots('token'), check: isString },
  { name: 'tokenEntropy', slots: tokenSlots('tokenEntropy') },
  { name: 'isUuid', slots: { s: (x) => call.isUuid!(x) }, check: (r) => assert.equal(typeof r, 'boolean') },
  { name: 'parseUuid', slots: { s: (x) => call.parseUuid!(x) }, check: (r) => assert.equal(r, undefined) },
  {
    name: 'uuid5',
    slots: { namespace: (x) => call.uuid5!(x, 'a'), name: (x) => call.uuid5!('dns', x) },
    check: (r) => assert.match(r as string, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
  },
  {
    name: 'entropyBits',
    slots: {
      descriptor: (x) => call.entropyBits!(x),
      kind: (x) => call.entropyBits!({ kind: x }),
      length: (x) => call.entropyBits!({ alphabetSize: 10, length: x }),
      alphabet: (x) => call.entropyBits!({ alphabet: x, length: 3 }),
      alphabetSize: (x) => call.entropyBits!({ alphabetSize: x, length: 3 }),
      'id size': (x) => call.entropyBits!({ kind: 'id', size: x }),
      'id alphabet': (x) => call.entropyBits!({ kind: 'id', alphabet: x }),
      'token bits': (x) => call.entropyBits!({ kind: 'token', bits: x }),
      'token bytes': (x) => call.entropyBits!({ kind: 'token', bytes: x }),
      'token encoding': (x) => call.entropyBits!({ kind: 'token', encoding: x }),
      'token alphabet': (x) => call.entropyBits!({ kind: 'token', alphabet: x }),
    },
    check: isNonNegative,
  },
  {
    name: 'crackTime',
    slots: {
      bits: (x) => call.crackTime!(x),
      options: (x) => call.crackTime!(64, x),
      rate: (x) => call.crackTime!(64, { rate: x }),
      attacker: (x) => call.crackTime!(64, { attacker: x }),
    },
  },
  { name: 'formatDuration', slots: { seconds: (x) => call.formatDuration!(x) }, check: isString },
  { name: 'collisionProbability', slots: spaceSlots('collisionProbability'), check: isProbability },
  { name: 'noCollisionProbability', slots: spaceSlots('noCollisionProbability'), check: isProbability },
  {
    name: 'drawsForCollisionProbability',
    slots: {
      p: (x) => call.drawsForCollisionProbability!(x, 2n ** 64n),
      space: (x) => call.drawsForCollisionProbability!(0.5, x),
      'space.bits': (x) => call.drawsForCollisionProbability!(0.5, { bits: x }),
    },
    check: isNonNegative,
  },
  {
    name: 'timeToCollision',
    slots: {
      p: (x) => call.timeToCollision!(x, 2n ** 64n, 1000),
      space: (x) => call.timeToCollision!(0.5, x, 1000),
      rate: (x) => call.timeToCollision!(0.5, 2n ** 64n, x),
    },
    check: isNonNegative,
  },
];
