import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as api from '../src/index.js';
import * as seeded from '../src/seeded/index.js';
import { CASES, NOT_CALLABLE, type ApiCase } from './helpers/api.js';
import { CASES_SEEDED, NOT_CALLABLE_SEEDED } from './helpers/api-seeded.js';
import { HOSTILE, TRAP_MESSAGE } from './helpers/hostile.js';
import { assertUniform } from './helpers/stats.js';

/** No single call may take longer than this: a hang or a runaway loop fails here. */
const TIME_BOUND_MS = 2000;

test('every export of the main entry is in the hostile-input table', () => {
  const covered = new Set(CASES.map((c) => c.name.split('#')[0]));
  for (const name of Object.keys(api)) {
    assert.ok(covered.has(name) || NOT_CALLABLE.has(name), `export ${name} is missing from test/helpers/api.ts`);
  }
});

test('every export of secrets-ts/seeded is in the hostile-input table', () => {
  const covered = new Set(CASES_SEEDED.map((c) => c.name.split('#')[0]));
  for (const name of Object.keys(seeded)) {
    assert.ok(
      covered.has(name) || NOT_CALLABLE_SEEDED.has(name),
      `seeded export ${name} is missing from test/helpers/api-seeded.ts`,
    );
  }
});

for (const c of [...CASES, ...CASES_SEEDED.map((x): ApiCase => ({ ...x, name: `seeded ${x.name}` }))]) {
  test(`hostile inputs: ${c.name}`, async () => {
    let threw = 0;
    let returned = 0;
    for (const [slot, fn] of Object.entries(c.slots)) {
      for (const h of HOSTILE) {
        const x = h.value();
        const t0 = performance.now();
        try {
          const r = await fn(x);
          returned++;
          c.check?.(r, x, slot);
        } catch (e) {
          threw++;
          assert.ok(!c.untrusted?.includes(slot), `${c.name} ${slot}=${h.label} threw for untrusted input: ${e}`);
          assert.ok(
            !c.untrusted?.includes(slot),
            `${c.name} ${slot}=${h.label}: untrusted input threw ${(e as Error)?.message}`,
          );
          assert.ok(
            e instanceof TypeError || e instanceof RangeError,
            `${c.name} ${slot}=${h.label} threw ${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`,
          );
          if ((e as Error).message === TRAP_MESSAGE) continue;
          assert.ok((e as Error).message.length > 10, `${c.name} ${slot}=${h.label}: message too short`);
        }
        const ms = performance.now() - t0;
        assert.ok(ms < TIME_BOUND_MS, `${c.name} ${slot}=${h.label} took ${ms.toFixed(0)} ms`);
      }
    }
    const trusted = Object.keys(c.slots).filter((slot) => !c.untrusted?.includes(slot));
    if (trusted.length > 0) assert.ok(threw > 0, `${c.name}: no hostile input was rejected`);
    assert.equal(threw + returned, Object.keys(c.slots).length * HOSTILE.length);
  });
}

test('after every rejected call the shared pool still gives uniform output', () => {
  // Draws 62,000 values of randbelow(62); a pool corrupted by the hostile calls above (repeated or
  // zeroed bytes) would show up as a gross chi-square failure.
  const counts = new Array<number>(62).fill(0);
  for (let i = 0; i < 62000; i++) counts[api.randbelow(62)]!++;
  assertUniform(counts, 'randbelow(62) after hostile calls');
});
