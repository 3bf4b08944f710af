/**
 * Hostile input as properties (fast-check, fixed seed): for every case of the api table and every
 * argument slot, an arbitrary value either gives a valid result (the case's check) or throws a
 * TypeError or RangeError, within a time bound. After every thrown error the case's valid call
 * still works, and at the end the shared pool still gives uniform output.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { randbelow, tokenBytes } from '../src/index.js';
import { CASES } from './helpers/api.js';
import { TRAP_MESSAGE } from './helpers/hostile.js';
import { assertUniform } from './helpers/stats.js';

const SEED = 20261128;
const RUNS = 150;
const TIME_BOUND_MS = 2000;

/**
 * Numbers that are either small or beyond every valid limit: a valid size of 2^31 − 1 would make
 * tokenBytes allocate 2 GiB, which is correct but not a quick test.
 */
const extremeNumbers = fc.constantFrom(
  NaN,
  Infinity,
  -Infinity,
  -0,
  2 ** 31,
  2 ** 32,
  2 ** 32 + 1,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 31),
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  1e300,
  -1e300,
);
const smallNumbers = fc.oneof(
  fc.integer({ min: -70000, max: 70000 }),
  fc.double({ min: -1e5, max: 1e5 }),
  fc.double({ noDefaultInfinity: false }),
);
const bigints = fc.oneof(
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
  fc.constantFrom(2n ** 31n, 2n ** 32n, 2n ** 53n, 2n ** 64n, 2n ** 30n + 1n, -(2n ** 64n), 2n ** 100000n),
);
const sizedNumber = fc.oneof(smallNumbers, extremeNumbers);
/** Objects that try coercion: valueOf, toString, Symbol.toPrimitive, and array-likes. */
const coercing = fc.oneof(
  sizedNumber.map((n) => ({ valueOf: () => n })),
  sizedNumber.map((n) => ({ [Symbol.toPrimitive]: () => n })),
  fc.string().map((s) => ({ toString: () => s })),
  fc.record({ length: sizedNumber }),
  fc.array(fc.anything(), { maxLength: 20 }),
  fc.uint8Array({ maxLength: 64 }),
);
const hostile = fc.oneof(fc.anything(), sizedNumber, bigints, fc.string({ maxLength: 200 }), coercing);

/** Values that could make a legal but huge request (a 2^30-bit randbits) are not quick tests either. */
function tooBigToBeQuick(x: unknown): boolean {
  return typeof x === 'bigint' && x > 2n ** 24n && x <= 2n ** 30n;
}

for (const c of CASES) {
  for (const [slot, fn] of Object.entries(c.slots)) {
    test(`property: ${c.name} ${slot} accepts or rejects any value cleanly, and the pool survives`, async () => {
      let threw = 0;
      await fc.assert(
        fc.asyncProperty(hostile, async (x) => {
          if (tooBigToBeQuick(x)) return;
          const t0 = performance.now();
          let failed: unknown;
          try {
            const r = await fn(x);
            c.check?.(r, x, slot);
          } catch (e) {
            failed = e;
          }
          const ms = performance.now() - t0;
          assert.ok(ms < TIME_BOUND_MS, `${c.name} ${slot}: took ${ms.toFixed(0)} ms`);
          if (failed !== undefined) {
            threw++;
            assert.ok(!c.untrusted?.includes(slot), `${c.name} ${slot} threw for untrusted input: ${failed}`);
            const e = failed as Error;
            assert.ok(
              e instanceof TypeError || e instanceof RangeError,
              `${c.name} ${slot} threw ${e?.constructor?.name}: ${e?.message}`,
            );
            if (e.message !== TRAP_MESSAGE) assert.ok(e.message.length > 10, `${c.name} ${slot}: message too short`);
            // The next call with valid arguments still works.
            if (c.valid) await c.valid();
          }
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      if (!c.untrusted?.includes(slot)) assert.ok(threw > 0, `${c.name} ${slot}: no arbitrary value was rejected`);
    });
  }
}

test('after all the hostile properties the shared pool still gives uniform output', () => {
  // 62,000 draws of randbelow(62) and 256 KiB of tokenBytes: a pool left repeated or zeroed by an
  // earlier rejected call would fail these chi-squares grossly (detects a relative bias of ~9%
  // per symbol, 100% for a stuck pool).
  const counts = new Array<number>(62).fill(0);
  for (let i = 0; i < 62000; i++) counts[randbelow(62)]!++;
  assertUniform(counts, 'randbelow(62) after hostile properties');
  const bytes = new Array<number>(256).fill(0);
  for (let i = 0; i < 64; i++) for (const b of tokenBytes(4096)) bytes[b]!++;
  assertUniform(bytes, 'tokenBytes after hostile properties');
});
