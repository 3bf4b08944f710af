/**
 * Runs the conformance suite on Node against the built package (dist/), through ESM import and
 * through CJS require. Other runtimes run the same cases from their own runners.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = resolve('.');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { import: { default: string }; require: { default: string } }>;
};
const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json');
const caseDir = join(ROOT, 'test', 'conformance', 'cases');
const caseFiles = readdirSync(caseDir).filter((f) => f.endsWith('.mjs'));

async function run(load: (sub: string) => Promise<unknown>) {
  const { runConformance } = await import(pathToFileURL(join(ROOT, 'test', 'conformance', 'harness.mjs')).href);
  const lib: Record<string, unknown> = {};
  for (const sub of subpaths) lib[sub] = await load(sub);
  const mods = [];
  for (const f of caseFiles) mods.push(await import(pathToFileURL(join(caseDir, f)).href));
  return runConformance(lib, mods);
}

const target = (sub: string, kind: 'import' | 'require') => {
  const e = pkg.exports[sub]!;
  return join(ROOT, typeof e === 'string' ? e : e[kind].default);
};

test('conformance on Node through ESM import (dist/esm)', async () => {
  const r = await run((sub) => import(pathToFileURL(target(sub, 'import')).href));
  assert.deepEqual(r.failures, []);
  assert.ok(r.passed >= 6, `only ${r.passed} conformance cases ran`);
});

test('conformance on Node through CJS require (dist/cjs)', async () => {
  const req = createRequire(import.meta.url);
  const r = await run(async (sub) => req(target(sub, 'require')));
  assert.deepEqual(r.failures, []);
  assert.ok(r.passed >= 6);
});
