/**
 * Run by scripts/run-tests.mjs after the suite (not a *.test.ts file: it reads what the suite left).
 * Every statistical assertion records its false-alarm rate α in a ledger (test/helpers/stats.ts);
 * this sums them over all test files of the run: the probability that a correct generator fails
 * the run somewhere is at most that sum (a union bound), and it must stay at or below 1e-6.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { ALPHA, ALPHA_BUDGET } from '../helpers/stats.js';

const dir = process.env.STATS_LEDGER;
const suite = process.env.STATS_SUITE ?? 'fast';
const files = JSON.parse(process.env.STATS_FILES ?? '[]') as string[];

const fmt = (x: number) => x.toExponential(0);

test(`the ${suite} suite's total false-alarm probability is at most ${fmt(ALPHA_BUDGET)}`, () => {
  assert.ok(dir, 'run through scripts/run-tests.mjs (npm test, npm run test:stats)');
  const entries = readdirSync(dir)
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { file: string; count: number; total: number })
    .map((e) => ({ ...e, file: relative('.', e.file) }))
    .sort((a, b) => b.total - a.total);
  const count = entries.reduce((s, e) => s + e.count, 0);
  const total = entries.reduce((s, e) => s + e.total, 0);
  for (const e of entries)
    console.log(`${e.file}: ${e.count} statistical assertions, α total ${e.total.toExponential(2)}`);
  console.log(
    `${suite} suite: ${count} statistical assertions in ${entries.length} files, each at α ≤ ${fmt(ALPHA)}; ` +
      `total false-alarm probability ${total.toExponential(3)} (budget ${fmt(ALPHA_BUDGET)})`,
  );
  // The statistical files of the suite must have reported, or the sum would be vacuous.
  const expected = {
    heavy: ['test/heavy/stats.test.ts'],
    fast: ['test/stats/stats.test.ts', 'test/random/distributions.test.ts'],
  };
  for (const f of expected[suite as 'fast'] ?? []) {
    assert.ok(files.includes(f), `${f} was not run`);
    assert.ok(
      entries.some((e) => e.file === f && e.count > 0),
      `${f} recorded no statistical assertion`,
    );
  }
  assert.ok(total <= ALPHA_BUDGET, `total false-alarm probability ${total} exceeds ${ALPHA_BUDGET}`);
});
