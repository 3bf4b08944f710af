/**
 * The packed tarball passes publint (at the strictest level, suggestions included) and
 * Are the Types Wrong (`attw`, strict profile) with no problem, for every entry of `exports`.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { ROOT, packInto } from '../helpers/pack.js';

let dir = '';
let tarball = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'secrets-ts-lint-'));
  tarball = packInto(dir);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('publint: the tarball has no error, warning or suggestion', async () => {
  const buf = readFileSync(tarball);
  const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  const { messages, pkg } = await publint({ pack: { tarball: ab }, level: 'suggestion', strict: true });
  assert.deepEqual(
    messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`),
    [],
  );
});

test('attw: the types resolve correctly for every entry under every module resolution', () => {
  const bin = join(ROOT, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
  let out: string;
  try {
    out = execFileSync(process.execPath, [bin, tarball, '--format', 'json', '--profile', 'strict'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    out = (e as { stdout?: string }).stdout ?? '';
    assert.fail(`attw failed: ${out.slice(0, 4000)}`);
  }
  const r = JSON.parse(out) as { problems: unknown; analysis: { entrypoints: Record<string, unknown> } };
  const problems = Array.isArray(r.problems) ? r.problems : Object.values(r.problems as object).flat();
  assert.deepEqual(problems, []);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  for (const sub of Object.keys(pkg.exports)) {
    assert.ok(sub in r.analysis.entrypoints, `attw did not analyse ${sub}`);
  }
});
