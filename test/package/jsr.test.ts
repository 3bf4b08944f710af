/**
 * JSR, beside npm: jsr.json maps the same entry points as package.json's `exports` to the
 * TypeScript sources, and `deno publish --dry-run` (the `deno` devDependency) passes: the sources
 * type-check and the public API has no slow types. The dry run needs no network.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, findDeno } from '../helpers/runtimes.js';

const jsr = JSON.parse(readFileSync(join(ROOT, 'jsr.json'), 'utf8')) as {
  name: string;
  version: string;
  exports: Record<string, string>;
  imports?: Record<string, string>;
};
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
};

test('jsr.json has the entry points, version and runtime dependencies of package.json', () => {
  assert.match(jsr.name, /^@[a-z0-9-]+\/secrets-ts$/);
  assert.equal(jsr.version, pkg.version);
  const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json');
  assert.deepEqual(Object.keys(jsr.exports).sort(), subpaths.sort());
  for (const [sub, file] of Object.entries(jsr.exports)) {
    assert.equal(file, sub === '.' ? './src/index.ts' : `./src/${sub.slice(2)}/index.ts`);
    assert.ok(existsSync(join(ROOT, file)), `${file} exists`);
  }
  // Every npm runtime dependency is mapped to the same exact version for Deno and JSR.
  for (const [name, version] of Object.entries(pkg.dependencies ?? {})) {
    assert.equal(jsr.imports?.[name], `npm:${name}@${version}`, `jsr.json imports ${name}`);
  }
});

test('deno publish --dry-run passes, with no slow types, offline', () => {
  const deno = findDeno();
  assert.ok(deno, 'no working Deno binary in node_modules: run `npm ci` (the deno devDependency provides it)');
  const r = spawnSync(deno, ['publish', '--dry-run', '--allow-dirty', '--config', 'jsr.json'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
    // A proxy that refuses every connection: the dry run must not need the network.
    env: {
      ...process.env,
      DENO_NO_UPDATE_CHECK: '1',
      NO_COLOR: '1',
      HTTP_PROXY: 'http://127.0.0.1:9',
      HTTPS_PROXY: 'http://127.0.0.1:9',
    },
  });
  const out = r.stdout + r.stderr;
  assert.equal(r.status, 0, out);
  assert.match(out, /Checking for slow types in the public API/);
  assert.match(out, /Success Dry run complete/);
  assert.doesNotMatch(out, /slow-type|warning/i);
  assert.match(out, /src\/index\.ts/);
  assert.doesNotMatch(out, /src\/cli\//, 'the CLI is not part of the JSR package');
});
