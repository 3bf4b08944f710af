/**
 * Fail closed: in a fresh process where `globalThis.crypto` was removed before the library was
 * imported, every random function of the main entry throws the documented
 * SecureRandomUnavailableError (an async one rejects with it) and never returns a result.
 * Checked on the built package through ESM (dist/esm) and CJS (dist/cjs), driven by the api
 * table: every case needs a `valid` call, unless it is listed in NO_RANDOMNESS.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CASES as TABLE, NO_INPUT, NO_RANDOMNESS } from '../helpers/api.js';

const CASES = [...TABLE, ...NO_INPUT];

const ROOT = resolve('.');

test('every case of the api table has a valid call, or is listed as drawing no randomness', () => {
  const missing = CASES.filter((c) => !c.valid && !NO_RANDOMNESS.has(c.name.split('#')[0]!)).map((c) => c.name);
  assert.deepEqual(missing, [], 'add `valid: () => …` (a call with valid arguments) to these cases in test/helpers/');
});

test('every valid call succeeds when Web Crypto is present', async () => {
  for (const c of CASES) if (c.valid) await c.valid();
});

interface ChildResult {
  cryptoPresent: boolean;
  sameModuleAsBuild: boolean;
  mathRandomCalls: number;
  outcomes: { name: string; kind: string; errorName?: string; isUnavailable?: boolean; message?: string }[];
}

const results = new Map<string, ChildResult>();

/** Runs the child process once per module system (its result is shared by the tests below). */
function childResult(mode: 'esm' | 'cjs'): ChildResult {
  const cached = results.get(mode);
  if (cached) return cached;
  const entry = join(ROOT, 'dist', mode, 'index.js');
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--import', './test/helpers/dist-register.mjs', join('test', 'fail-closed', 'child.ts')],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60000,
      env: { ...process.env, DIST_MODE: mode, DIST_ENTRY: pathToFileURL(entry).href },
    },
  );
  const line = out.split('\n').find((l) => l.startsWith('FAIL-CLOSED '));
  assert.ok(line, `no result from the child process:\n${out}`);
  const r = JSON.parse(line.slice('FAIL-CLOSED '.length)) as ChildResult;
  results.set(mode, r);
  return r;
}

for (const mode of ['esm', 'cjs'] as const) {
  test(`without globalThis.crypto every random function throws SecureRandomUnavailableError (built ${mode.toUpperCase()})`, () => {
    const r = childResult(mode);
    assert.equal(r.cryptoPresent, false, 'globalThis.crypto was not removed');
    assert.equal(r.sameModuleAsBuild, true, `the api table did not run against dist/${mode}`);
    assert.equal(r.outcomes.length, CASES.length);
    let checked = 0;
    for (const o of r.outcomes) {
      if (o.kind === 'no-valid') {
        assert.ok(NO_RANDOMNESS.has(o.name.split('#')[0]!), `${o.name} has no valid call`);
        continue;
      }
      assert.notEqual(o.kind, 'returned', `${o.name} returned a result without Web Crypto`);
      assert.ok(
        o.isUnavailable && o.errorName === 'SecureRandomUnavailableError',
        `${o.name} ${o.kind} ${o.errorName}: ${o.message}`,
      );
      assert.match(o.message!, /getRandomValues is not available/);
      checked++;
    }
    assert.ok(checked >= 7, `only ${checked} functions checked`);
  });

  test(`uuidjs/uuid#416: no Math.random fallback, nothing calls Math.random without Web Crypto (built ${mode.toUpperCase()})`, () => {
    assert.equal(childResult(mode).mathRandomCalls, 0);
  });
}
