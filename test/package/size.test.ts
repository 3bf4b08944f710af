/**
 * Size budgets: esbuild bundles small programs that import the BUILT package (`secrets-ts`
 * resolved through its `exports` map to dist/esm/) and each minified bundle must stay under its
 * ceiling and must not contain code it does not use.
 *
 * Budget rule: a ceiling is set a little above the size measured when it was written. Raise a
 * ceiling only in the commit that causes the increase, and say why in that commit. Every subpath
 * of `exports` needs a "whole entry" fixture here; the test fails for one that has none.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ROOT } from '../helpers/pack.js';

/** Traces of the seeded Mersenne Twister: its tempering/initialisation constants and names. */
const MT_MARKERS = [
  '0x9908b0df',
  '2567483615',
  '-1727483681',
  '1812433253',
  '0x6c078965',
  '0x9d2c5680',
  '0xefc60000',
  'MersenneTwister',
  'mersenne',
];
/** Traces of the EFF large wordlist: its first words and its names. */
const WORDLIST_MARKERS = ['abacus', 'abdomen', 'abdominal', 'eff-large', 'eff_large', 'effLarge', 'EFF large'];

interface Fixture {
  name: string;
  code: string;
  /** Ceiling for the minified bundle, in bytes. */
  maxBytes: number;
  /** Strings (case-insensitive) the bundle must not contain. */
  mustNotContain: string[];
}

const NO_SEEDED_NO_WORDS = [...MT_MARKERS, ...WORDLIST_MARKERS];
/**
 * Traces of @noble/hashes: the SHA-1 and SHA-256 initial values (as minified decimals) and names
 * that survive minification. Only the synchronous OTP functions and string seeds need it.
 */
const NOBLE_MARKERS = ['1732584193', '1779033703', 'expected Hash instance', 'iHash', '_cloneInto'];

const FIXTURES: Fixture[] = [
  {
    name: 'imports only tokenUrlsafe',
    code: `import { tokenUrlsafe } from 'secrets-ts'; console.log(tokenUrlsafe());`,
    // 3600 -> 4100: token encoding builds strings from reused code arrays (about 1.5x faster).
    // 4100 -> 4900: tokenUrlsafe spells its text straight from random words (about 1.6x faster).
    // 4900 -> 5700: the default 32 bytes as one 43-argument call from eight words (about 2x faster).
    // 5700 -> 6200: the pool reads its argument only through the built-in typed-array getters
    // (captured at load), and records the sources it makes (issue 11).
    // 6200 -> 6300: option keys deleted by an earlier getter are not read through the prototype.
    // The pool's four-word read for the default id() (issue 13) is paid for by one shared
    // base64url table and limits a bundler can drop: 6,216 B before it, 6,181 B after.
    maxBytes: 6300,
    // The @noble/hashes dependency is never pulled in: none of it is in this bundle.
    mustNotContain: [...NO_SEEDED_NO_WORDS, ...NOBLE_MARKERS, 'randbelow', 'getrandbits'],
  },
  {
    name: 'imports only verifyTotp (async, Web Crypto)',
    code: `import { verifyTotp } from 'secrets-ts'; console.log(verifyTotp);`,
    maxBytes: 8800,
    mustNotContain: [...NO_SEEDED_NO_WORDS, ...NOBLE_MARKERS],
  },
  {
    name: 'imports only verifyTotpSync (HMAC from @noble/hashes)',
    code: `import { verifyTotpSync } from 'secrets-ts'; console.log(verifyTotpSync);`,
    // @noble/hashes' SHA-1, SHA-256, SHA-512 and HMAC are about 12.5 kB of it. 21300 -> 21400:
    // the hash objects are recycled between calls instead of built anew for each keying.
    maxBytes: 21400,
    mustNotContain: NO_SEEDED_NO_WORDS,
  },
  {
    name: 'imports only randbelow',
    code: `import { randbelow } from 'secrets-ts'; console.log(randbelow(10));`,
    // 4500 -> 4800: bigint draws join words into 64-bit limbs (about 8x faster).
    // 4800 -> 6000: bigints above 8,192 bits built from hex text in linear time (the limb joins
    // stay for smaller ones), and the pool's argument checks and source registry (issue 11).
    // 6000 -> 6200: the limb scratch is wiped after every bigint (issue 11.6).
    maxBytes: 6200,
    mustNotContain: [...NO_SEEDED_NO_WORDS, 'base64', 'tokenUrlsafe'],
  },
];

/** Whole-entry fixtures: one per subpath of `exports`, with its ceiling and forbidden markers. */
const WHOLE_ENTRY: Record<string, { maxBytes: number; mustNotContain: string[] }> = {
  // 7600 -> 49000: the random API, OTP and reset links, IDs, UUIDs and the entropy maths joined the
  // main entry. 49000 -> 125000: passwords and passphrases, with the EFF list (about 70 kB) that
  // passphrase() uses by default. Everything tree-shakes away when unused (see the fixtures above
  // and the secure-entry fixture below, which holds no wordlist). 125000 -> 142000: the
  // synchronous OTP functions and @noble/hashes (SHA-1, SHA-256, SHA-512, HMAC). 142000 -> 143500:
  // uuid5 (SHA-1 through Web Crypto, a UTF-8 encoder and the RFC 9562 namespaces, about 1.2 kB).
  // 143500 -> 146000: the speed paths (tokenUrlsafe, lane-sampled passwords, the policy re-read).
  // 146000 -> 150000: hostile-caller hardening (issue 11): own-property reads, the source registry,
  // the built-in typed-array getters, the uuid7 realm state and the reset-link URL checks.
  '.': { maxBytes: 150000, mustNotContain: MT_MARKERS },
  // The wordlist subpath is the list itself.
  './wordlists/eff-large': { maxBytes: 66000, mustNotContain: MT_MARKERS },
  // The seeded generator carries the whole random API plus the Mersenne Twister and SHA-512.
  // 29500 -> 33000: SHA-512 for string seeds from @noble/hashes instead of a hand-written one.
  // 33000 -> 33500: linear-time building of bigints above 8,192 bits (issue 11).
  // 33500 -> 35500: construction from cached init_genrand states and the two-word random() (issue 13).
  // 35500 -> 36000: init_by_array's first pass read from the shared init_genrand state, the MT
  // constants written into the code, CPython's zero state for Random, and the pool's four-word
  // read for the default id() (issue 13).
  './seeded': { maxBytes: 36000, mustNotContain: WORDLIST_MARKERS },
  // 10500 -> 19500: entropyBits counts password policies exactly (the password planner).
  // 19500 -> 20000: durations carried into the next unit at two significant digits (issue 12).
  // 20000 -> 20300: the password planner's byte-lane tables and the seen-policy compare (issue 13).
  './entropy': { maxBytes: 20300, mustNotContain: NO_SEEDED_NO_WORDS },
};

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json');
const specifier = (sub: string) => (sub === '.' ? 'secrets-ts' : `secrets-ts/${sub.slice(2)}`);

let dir = '';
before(() => {
  // A consumer folder whose node_modules/secrets-ts is the repository, so esbuild resolves the
  // package exactly as a user's bundler does: through package.json `exports` to dist/esm/.
  dir = mkdtempSync(join(tmpdir(), 'secrets-ts-size-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'secrets-ts'), 'dir');
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function bundle(name: string, code: string): Promise<string> {
  const entry = join(dir, `${name.replace(/[^a-z0-9]+/gi, '_')}.mjs`);
  writeFileSync(entry, code);
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    absWorkingDir: dir,
    metafile: true,
  });
  const text = r.outputFiles[0]!.text;
  // The bundle must come from the build, not from the TypeScript sources.
  const inputs = Object.keys(r.metafile?.inputs ?? {}).join(' ');
  assert.ok(!/\.ts\b/.test(inputs), `bundled TypeScript sources instead of dist/: ${inputs}`);
  return text;
}

function check(f: Fixture, text: string): void {
  const bytes = Buffer.byteLength(text);
  const gz = gzipSync(text).length;
  console.log(`size ${f.name}: ${bytes} B minified, ${gz} B gzipped (ceiling ${f.maxBytes} B)`);
  assert.ok(bytes <= f.maxBytes, `${f.name}: ${bytes} B minified is above the ${f.maxBytes} B ceiling`);
  const lower = text.toLowerCase();
  for (const m of f.mustNotContain) {
    assert.ok(!lower.includes(m.toLowerCase()), `${f.name}: the bundle contains ${JSON.stringify(m)}`);
  }
}

for (const f of FIXTURES) {
  test(`size budget: ${f.name}`, async () => check(f, await bundle(f.name, f.code)));
}

test('size budget: every export of the main entry but the passphrase pair (no wordlist, no Mersenne Twister)', async () => {
  // The wordlist lives in its own module, reached only through the default list of passphrase()
  // and passphraseEntropy(); every other export, passwords included, must bundle without it.
  const main = (await import(pathToFileURL(join(ROOT, 'dist', 'esm', 'index.js')).href)) as Record<string, unknown>;
  const names = Object.keys(main).filter((k) => k !== 'passphrase' && k !== 'passphraseEntropy');
  assert.ok(names.length > 60, `only ${names.length} exports`);
  const name = 'imports every export of secrets-ts except passphrase and passphraseEntropy';
  const text = await bundle(name, `export { ${names.join(', ')} } from 'secrets-ts';`);
  // 59000 -> 60000: customAlphabet's one-call batch path for the default 21 symbols (about 600 B).
  // 60000 -> 77000: the synchronous OTP functions and @noble/hashes (SHA-1, SHA-256, SHA-512, HMAC).
  // 77000 -> 78500: uuid5 (about 1.2 kB). 78500 -> 80500: tokenUrlsafe's 43-character call,
  // lane-sampled passwords, the policy re-read. 80500 -> 84500: hostile-caller hardening (issue 11).
  // 84500 -> 85000: byte-lane password rejection and the seen-policy compare (issue 13, about 1.3 kB).
  check({ name, code: '', maxBytes: 85000, mustNotContain: NO_SEEDED_NO_WORDS }, text);
});

test('every subpath of exports has a whole-entry size budget', () => {
  for (const sub of subpaths) assert.ok(sub in WHOLE_ENTRY, `add a size budget for ${sub} to WHOLE_ENTRY`);
  for (const sub of Object.keys(WHOLE_ENTRY)) assert.ok(subpaths.includes(sub), `${sub} is not in exports`);
});

for (const sub of subpaths) {
  const budget = WHOLE_ENTRY[sub];
  if (!budget) continue;
  const name = `imports the whole ${specifier(sub)}`;
  test(`size budget: ${name}`, async () => {
    const text = await bundle(name, `export * from '${specifier(sub)}';`);
    check({ name, code: '', ...budget }, text);
  });
}

test('the markers would be found: a bundle of a file holding them trips the check', async () => {
  const text = await bundle('marker self-test', `console.log(0x9908b0df, 'abacus')`);
  assert.throws(() => check({ name: 'self-test', code: '', maxBytes: 1e6, mustNotContain: NO_SEEDED_NO_WORDS }, text));
});
