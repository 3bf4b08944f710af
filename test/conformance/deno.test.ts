/**
 * Runs the conformance suite on Deno (the `deno` devDependency) against the built ESM package,
 * loading every subpath of the `exports` map. Deno runs with read access to the repository only.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, checkResult, findDeno, parseResult, runSpec } from '../helpers/runtimes.js';

test('conformance on Deno (dist/esm, every subpath)', async () => {
  const deno = findDeno();
  assert.ok(deno, 'no working Deno binary in node_modules: run `npm ci` (the deno devDependency provides it)');
  const out = execFileSync(
    deno,
    [
      'run',
      '--no-config',
      // Bare specifiers (the @noble/hashes dependency) resolve from node_modules, as in a Deno
      // project with a package.json.
      '--node-modules-dir=manual',
      '--no-lock',
      '--no-prompt',
      `--allow-read=${ROOT}`,
      join(ROOT, 'test', 'conformance', 'cli-entry.mjs'),
      JSON.stringify(runSpec()),
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120000,
      env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    },
  );
  const r = parseResult(out);
  assert.match(r.runtime, /^deno /);
  await checkResult(r, 'Deno');
});
