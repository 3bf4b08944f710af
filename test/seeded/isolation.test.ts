import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSync } from 'esbuild';

/** The main entry bundled the way a user's bundler would see it. */
function bundle(entry: string): string {
  const r = buildSync({ entryPoints: [entry], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  return r.outputFiles[0]!.text;
}

// MATRIX_A, the tempering masks and the init_genrand multiplier, in the spellings a build may use.
const MT_MARKS = [/9908b0df/i, /2567483615/, /9d2c5680/i, /2636928640/, /1812433253/, /MersenneTwister/];

test('the secure main entry never includes the Mersenne Twister', () => {
  const main = bundle('src/index.ts');
  for (const re of MT_MARKS) assert.doesNotMatch(main, re);
});

test('the seeded entry does include it (the check above can fail)', () => {
  const seeded = bundle('src/seeded/index.ts');
  assert.ok(MT_MARKS.filter((re) => re.test(seeded)).length >= 3);
});
