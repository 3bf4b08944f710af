/**
 * The hostile-caller suite (issue 11), run against the package people install: the tarball is
 * packed and installed into an empty folder, and `hostile-caller.child.mjs` attacks it through
 * `import` and through `require`, each in a fresh process (it pollutes prototypes). Every result of
 * the child becomes a test here.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, packInto } from '../helpers/pack.js';

interface Result {
  name: string;
  ok: boolean;
  message?: string;
}

let dir = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'secrets-ts-hostile-'));
  const tarball = packInto(dir);
  writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "private": true }');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: dir, stdio: 'pipe' });
  copyFileSync(join(ROOT, 'test', 'package', 'hostile-caller.child.mjs'), join(dir, 'hostile-caller.child.mjs'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

for (const mode of ['import', 'require']) {
  test(`the hostile caller, through ${mode}`, async (t) => {
    const out = execFileSync(process.execPath, ['hostile-caller.child.mjs', mode], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const results = JSON.parse(out) as Result[];
    assert.ok(results.length > 150, `only ${results.length} results`);
    for (const r of results) {
      await t.test(r.name, () => {
        if (!r.ok) assert.fail(r.message);
      });
    }
  });
}
