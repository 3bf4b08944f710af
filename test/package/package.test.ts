/**
 * Tests the package people install: `npm pack`, install the tarball into an empty folder, then
 * load every entry point of the `exports` map through ESM `import` and CJS `require`. The tarball
 * runs nothing at install time, while a clone still builds on `npm ci` (through `prepare`).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, packInto, withPackLock } from '../helpers/pack.js';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
  engines?: { node?: string };
};
const entries = Object.keys(pkg.exports)
  .filter((k) => k !== './package.json')
  .map((k) => (k === '.' ? 'secrets-ts' : `secrets-ts/${k.slice(2)}`));

let dir = '';
let tarball = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'secrets-ts-pkg-'));
  tarball = packInto(dir);
  writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "private": true }');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: dir, stdio: 'pipe' });
});

after(() => rmSync(dir, { recursive: true, force: true }));

const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare'];

test('the packed package.json has no install-time script, and packing leaves the repository as it was', () => {
  const packed = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as {
    scripts?: Record<string, string>;
  };
  assert.deepEqual(
    INSTALL_SCRIPTS.filter((s) => packed.scripts?.[s] !== undefined),
    [],
  );
  withPackLock(() => {
    const repo = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    assert.equal(repo.scripts.prepare, 'node scripts/build.mjs', 'npm ci in a clone builds through prepare');
    assert.ok(!existsSync(join(ROOT, 'package.json.prepack')), 'postpack restored package.json');
  });
});

test('a fresh clone builds through its prepare script (what npm ci runs), and the CLI then works', () => {
  // The clone's files (as git tracks them) in an empty folder, the installed dev dependencies linked.
  const clone = mkdtempSync(join(tmpdir(), 'secrets-ts-clone-'));
  try {
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\0')
      .filter(Boolean);
    for (const f of files) if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(clone, f));
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
    assert.ok(!existsSync(join(clone, 'dist')));
    execFileSync('npm', ['run', 'prepare'], { cwd: clone, stdio: 'pipe' });
    const token = execFileSync(process.execPath, [join(clone, 'dist', 'cli.cjs'), 'token'], {
      encoding: 'utf8',
    }).trim();
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
});

test('the package has one runtime dependency, @noble/hashes, pinned exactly, and engines to match', () => {
  assert.deepEqual(Object.keys(pkg.dependencies ?? {}), ['@noble/hashes']);
  const pinned = pkg.dependencies!['@noble/hashes']!;
  assert.match(pinned, /^\d+\.\d+\.\d+$/, 'an exact version, no range');
  const noble = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@noble', 'hashes', 'package.json'), 'utf8')) as {
    version: string;
    type?: string;
    engines?: { node?: string };
  };
  assert.equal(noble.version, pinned, 'the installed version is the pinned one');
  // It is ESM-only: the CJS build loads it through require(esm), unflagged from Node 20.19.
  assert.equal(noble.type, 'module');
  assert.equal(pkg.engines?.node, '>=20.19');
});

test('the tarball holds the build, the licence and no sources or tests', () => {
  const list = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
  assert.ok(list.includes('package/dist/esm/index.js'));
  assert.ok(list.includes('package/dist/cjs/index.js'));
  assert.ok(list.includes('package/NOTICE'));
  assert.ok(list.includes('package/LICENSE'));
  assert.ok(!list.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/')));
});

for (const entry of entries) {
  test(`${entry} loads through import and require, with the same exports`, () => {
    const esm = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(entry)}); console.log(JSON.stringify(Object.keys(m).sort()))`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    const cjs = execFileSync(
      process.execPath,
      ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(entry)})).sort()))`],
      { cwd: dir, encoding: 'utf8' },
    );
    const esmKeys = (JSON.parse(esm) as string[]).filter((k) => k !== 'default' && k !== '__esModule');
    const cjsKeys = (JSON.parse(cjs) as string[]).filter((k) => k !== 'default' && k !== '__esModule');
    assert.ok(esmKeys.length > 0, `${entry} exports nothing`);
    assert.deepEqual(cjsKeys, esmKeys);
  });
}

test('the main entry works end to end from the installed package (ESM and CJS)', () => {
  const code = (load: string) =>
    `${load}
     const t = m.tokenUrlsafe(); if (!/^[A-Za-z0-9_-]{43}$/.test(t)) throw new Error('bad token ' + t);
     const r = m.randbelow(10n ** 30n); if (typeof r !== 'bigint' || r < 0n || r >= 10n ** 30n) throw new Error('bad');
     if (m.compareDigest('a', 'a') !== true) throw new Error('bad compare');
     const seed = new TextEncoder().encode('12345678901234567890');
     if (m.hotpSync(seed, 1) !== '287082') throw new Error('bad hotpSync');
     const v = m.verifyTotpSync(m.totpSync(seed, { time: 59000 }), seed, { time: 59000 });
     if (v.valid !== true) throw new Error('bad verifyTotpSync');
     console.log('ok');`;
  assert.equal(
    execFileSync(process.execPath, ['--input-type=module', '-e', code(`const m = await import('secrets-ts');`)], {
      cwd: dir,
      encoding: 'utf8',
    }).trim(),
    'ok',
  );
  // CJS: require() of the ESM-only @noble/hashes from dist/cjs, silently (no warning on stderr).
  const cjs = spawnSync(process.execPath, ['-e', code(`const m = require('secrets-ts');`)], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.equal(cjs.stdout.trim(), 'ok', cjs.stderr);
  assert.equal(cjs.stderr, '');
});

test('the installed bin prints a token', () => {
  const out = execFileSync(join(dir, 'node_modules', '.bin', 'secrets-ts'), ['token'], { encoding: 'utf8' });
  assert.match(out, /^[A-Za-z0-9_-]{43}\n$/);
});
