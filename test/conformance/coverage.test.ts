/**
 * Every export of every entry point is exercised by the conformance suite that runs on every
 * runtime: each exported name must appear in some test/conformance/cases/*.mjs.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = resolve('.');
const dir = join(ROOT, 'test', 'conformance', 'cases');
const text = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, { import: { default: string } } | string>;
};

for (const [sub, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') continue;
  test(`every export of ${sub} is used by a conformance case`, async () => {
    const mod = (await import(pathToFileURL(join(ROOT, target.import.default)).href)) as Record<string, unknown>;
    const missing = Object.keys(mod).filter((name) => !new RegExp(`\\b${name}\\b`).test(text));
    assert.deepEqual(missing, [], `add conformance cases for these exports of ${sub}`);
  });
}
