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

/**
 * Cases that wait for work done elsewhere in issue 11, by the exact name the child gives them. A
 * listed case still runs and is reported; it does not fail the suite until the work is merged.
 */
const OTP = 'needs the OTP hardening';
const BUFFERS = 'needs the buffer and cache hardening';
const TODO = new Map<string, string>([
  ...['hotp', 'totp', 'verifyTotp', 'verifyHotp', 'otpauthUri'].map((f): [string, string] => [
    `issue 11.3: ${f} secret given a Uint8Array subclass gives the plain result or a clean error (otp)`,
    OTP,
  ]),
  ...[
    'hotp secret with a bad character',
    'totp secret with a bad character',
    'verifyTotp secret',
    'verifyHotp secret',
    'otpauthUri secret',
    'parseOtpauthUri with a bad parameter',
    'parseOtpauthUri with a bad secret',
  ].map((s): [string, string] => [`issue 11.2: the error for ${s} does not contain the secret (otp)`, OTP]),
  ['issue 11.7: verifyTotp answers malformed for a token of any type (otp)', OTP],
  ['issue 11.7: verifyHotp answers malformed for a token of any type (otp)', OTP],
  ['issue 11.1: no call reads an array hole (Array.prototype getters on 0..2047, cold caches)', BUFFERS],
]);

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
    const names = new Set(results.map((r) => r.name));
    for (const name of TODO.keys())
      assert.ok(names.has(name), `the todo list names a case that does not exist: ${name}`);
    for (const r of results) {
      await t.test(r.name, { todo: TODO.get(r.name) }, () => {
        if (!r.ok) assert.fail(r.message);
      });
    }
  });
}
