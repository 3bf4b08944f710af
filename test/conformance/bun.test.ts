/**
 * Runs the conformance suite on Bun (the `bun` devDependency) against the built ESM package,
 * loading every subpath of the `exports` map.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, checkResult, findBun, parseResult, runSpec } from '../helpers/runtimes.js';

test('conformance on Bun (dist/esm, every subpath)', async () => {
  const bun = findBun();
  assert.ok(bun, 'no working Bun binary in node_modules: run `npm ci` (the bun devDependency provides it)');
  const out = execFileSync(bun, [join(ROOT, 'test', 'conformance', 'cli-entry.mjs'), JSON.stringify(runSpec())], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120000,
    env: { ...process.env, BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' },
  });
  const r = parseResult(out);
  assert.match(r.runtime, /^bun /);
  await checkResult(r, 'Bun');
});
