/**
 * Issue 11.5, the sizes whose output alone is gigabytes (`npm run test:stats`, not in CI): each
 * function at its largest allowed size finishes within a generous budget, and one more is refused.
 * HEAVY_SCALE=0.01 runs the same calls at a hundredth of the size (a quick smoke run).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_STRING_LENGTH } from '../../src/_assert.js';
import { choices, randbytes, sample, tokenBytes, tokenHex, tokenUrlsafe } from '../../src/index.js';

const scale = Number(process.env.HEAVY_SCALE ?? 1);
const size = (max: number) => Math.max(1, Math.floor(max * scale));
/** Generous: about a minute per call, for outputs of up to 2 GiB. */
const BUDGET_MS = 60_000;
const MAX_BYTES = 2 ** 31 - 1;
const MAX_ITEMS = 2 ** 24;

const LARGEST: [string, number, (n: number) => { length: number }][] = [
  ['tokenBytes', MAX_BYTES, (n) => tokenBytes(n)],
  ['randbytes', MAX_BYTES, (n) => randbytes(n)],
  ['tokenHex', Math.floor(MAX_STRING_LENGTH / 2), (n) => tokenHex(n)],
  ['tokenUrlsafe', Math.floor(MAX_STRING_LENGTH / 4) * 3, (n) => tokenUrlsafe(n)],
  ['choices', MAX_ITEMS, (n) => choices([1, 2, 3], { k: n })],
  ['sample', MAX_ITEMS, (n) => sample(new Uint32Array(n), n)],
];

for (const [name, max, call] of LARGEST) {
  test(`issue 11.5: ${name} at its largest allowed size runs within the budget; one more is refused`, () => {
    const n = size(max);
    const t0 = performance.now();
    const out = call(n);
    const ms = performance.now() - t0;
    assert.ok(out.length >= n, `${name}: short output`);
    assert.ok(ms < BUDGET_MS, `${name}(${n}) took ${ms.toFixed(0)} ms`);
    assert.throws(() => call(max + 1), RangeError);
  });
}
