/**
 * Passphrases: the shipped wordlist and its provenance, exact entropy, uniform words, injectivity
 * of every allowed option combination, validation, and tree-shaking of the list.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { build } from 'esbuild';
import { passphrase, passphraseEntropy } from '../../src/index.js';
import { bitLength } from '../../src/random/core.js';
import { drawPhrase, phrasePlan } from '../../src/password/passphrase.js';
import { EFF_LARGE, effLargeWords } from '../../src/wordlists/eff-large/index.js';
import { ReplaySource } from '../helpers/fakes.js';
import { assertUniform } from '../helpers/stats.js';

const wordFor = (v: number, n: number): number => (v * 2 ** (32 - bitLength(n))) >>> 0;

test('the EFF list: 7,772 words, pinned SHA-256, no hyphens, provenance metadata', () => {
  const words = effLargeWords();
  assert.equal(words.length, 7772);
  assert.equal(EFF_LARGE.size, 7772);
  assert.equal(new Set(words).size, 7772);
  assert.ok(words.every((w) => /^[a-z]+$/.test(w)));
  assert.ok(!words.some((w) => w.includes('-')));
  for (const w of EFF_LARGE.removed) assert.ok(!words.includes(w));
  assert.deepEqual([...EFF_LARGE.removed], ['drop-down', 'felt-tip', 't-shirt', 'yo-yo']);
  const sha = createHash('sha256')
    .update(words.join('\n') + '\n')
    .digest('hex');
  assert.equal(sha, EFF_LARGE.sha256);
  assert.equal(sha, '18586c092f641ecd1a471dd6ab35618ab69f0aa7483486424f7caf0996d06259');
  assert.equal(EFF_LARGE.sourceSha256, 'addd35536511597a02fa0a9ff1e5284677b8883b83e986e43f15a3db996b903e');
  assert.equal(EFF_LARGE.bitsPerWord, Math.log2(7772));
  assert.equal(EFF_LARGE.license, 'CC BY 3.0 US');
  assert.match(EFF_LARGE.attribution, /Electronic Frontier Foundation/);
  assert.ok(Object.isFrozen(words));
  assert.equal(effLargeWords(), words);
});

test('entropy: words · log2(N) plus the exact digit and symbol bits; default is the fewest words reaching 64', () => {
  const b = Math.log2(7772);
  assert.equal(passphraseEntropy(), 5 * b);
  assert.equal(passphraseEntropy({ words: 4 }), 4 * b);
  assert.equal(passphraseEntropy({ bits: 80 }), 7 * b);
  assert.equal(passphraseEntropy({ bits: 5 * b }), 5 * b);
  assert.equal(passphraseEntropy({ words: 3, digit: true }), 3 * b + Math.log2(30));
  assert.equal(passphraseEntropy({ words: 3, digit: true, symbol: true }), 3 * b + Math.log2(30) + Math.log2(48));
  // With the extras, 64 bits needs 4 words only if 4 words reach it: 51.7 + 5.3 + 6 = 63 < 64.
  assert.equal(passphraseEntropy({ digit: true, symbol: true }), 5 * b + Math.log2(50) + Math.log2(80));
  assert.equal(passphraseEntropy({ wordlist: ['a', 'b', 'c', 'd'], words: 10 }), 20);
  assert.equal(passphraseEntropy({ wordlist: ['a', 'b', 'c', 'd'] }), 64);
  assert.equal(passphrase().split('-').length, 5);
  assert.equal(passphrase({ bits: 100 }).split('-').length, 8);
});

test('every draw path gives a distinct string, so the entropy counts distinct passphrases exactly', () => {
  // Empty separator + capitalize + digit + symbol: 3^2 words × (2 × 10) × (2 × 16) = 5,760 paths.
  const plan = phrasePlan(
    { wordlist: ['x', 'yz', 'zy'], words: 2, separator: '', capitalize: true, digit: true, symbol: true },
    't',
  );
  const out = new Set<string>();
  for (let w0 = 0; w0 < 3; w0++)
    for (let w1 = 0; w1 < 3; w1++)
      for (let dp = 0; dp < 2; dp++)
        for (let d = 0; d < 10; d++)
          for (let sp = 0; sp < 2; sp++)
            for (let s = 0; s < 16; s++) {
              const src = new ReplaySource([
                wordFor(w0, 3),
                wordFor(w1, 3),
                wordFor(dp, 2),
                wordFor(d, 10),
                wordFor(sp, 2),
                wordFor(s, 16),
              ]);
              out.add(drawPhrase(plan, src));
              assert.equal(src.remaining, 0);
            }
  assert.equal(out.size, 5760);
  assert.ok(Math.abs(2 ** plan.bits / 5760 - 1) < 1e-12);
  assert.ok(out.has('XZy0!') || [...out].some((p) => /^[XYZ][a-z]*\d?[!#$%&*+/:;=?@^_~]?[XYZ]/.test(p)));
});

test('words are uniform: a small list per position, and the EFF list in 29 equal bins', () => {
  // 20,000 phrases of 4 words from 5: a word over-weighted by ~11% at one position is flagged.
  const list = ['ant', 'bee', 'cat', 'dog', 'eel'];
  const counts = Array.from({ length: 4 }, () => new Array<number>(5).fill(0));
  for (let i = 0; i < 20000; i++) {
    passphrase({ wordlist: list, words: 4 })
      .split('-')
      .forEach((w, p) => counts[p]![list.indexOf(w)]!++);
  }
  counts.forEach((c, p) => assertUniform(c, `word at position ${p}`));
  // 7,772 = 29 · 268: bins of word index mod 29 are equally likely. 100,000 words flag a bin
  // over-weighted by ~16%.
  const index = new Map(effLargeWords().map((w, i) => [w, i]));
  const bins = new Array<number>(29).fill(0);
  for (let i = 0; i < 20000; i++) for (const w of passphrase().split('-')) bins[index.get(w)! % 29]!++;
  assertUniform(bins, 'EFF word bins');
});

test('the digit and the symbol land on a uniform word with a uniform value', () => {
  const n = 20000;
  const where = new Array<number>(4).fill(0);
  const digit = new Array<number>(10).fill(0);
  const sym = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const words = passphrase({ words: 4, digit: true, symbol: true }).split('-');
    const at = words.findIndex((w) => /[0-9]/.test(w));
    where[at]!++;
    digit[Number(/[0-9]/.exec(words[at]!)![0])]!++;
    const s = /[^a-z0-9]/.exec(words.join(''))![0];
    sym.set(s, (sym.get(s) ?? 0) + 1);
    assert.ok(words.every((w) => /^[a-z]+[0-9]?[!#$%&*+/:;=?@^_~]?$/.test(w)));
  }
  assertUniform(where, 'digit position');
  assertUniform(digit, 'digit value');
  assert.equal(sym.size, 16);
  assertUniform([...sym.values()], 'symbol value');
});

test('validation: ambiguous or impossible options are RangeErrors, wrong types TypeErrors', () => {
  const range: [unknown, RegExp][] = [
    [{ words: 0 }, /options.words must be an integer from 1 to 1024/],
    [{ words: 1025 }, /from 1 to 1024/],
    [{ words: 3, bits: 40 }, /not both/],
    [{ bits: 0 }, /positive/],
    [{ bits: -1 }, /positive/],
    [{ bits: 1e6 }, /at most 1024 words/],
    [{ separator: 'e' }, /"e" of options.separator also occurs in a word/],
    [{ separator: 'A', capitalize: true }, /"A" of options.separator/],
    [{ separator: '' }, /empty separator/],
    [{ wordlist: ['a'] }, /from 2 to/],
    [{ wordlist: ['a', 'a', 'b'] }, /more than once/],
    [{ wordlist: ['apple', 'Apple'], capitalize: true }, /with capitalize, two words .* "Apple"/],
    [{ wordlist: ['a', ''] }, /non-empty/],
    [{ wordlist: ['a-b', 'c'] }, /"-" of options.separator/],
    [{ wordlist: ['a1', 'b'], digit: true }, /"1" of options.digit/],
    [{ wordlist: ['a!', 'b'], symbol: true }, /"!" of options.symbol/],
    [{ separator: '1', digit: true }, /free of digits/],
    [{ separator: '+', symbol: true }, /free of the symbols/],
    [{ separator: 'x'.repeat(65) }, /at most 64/],
  ];
  for (const [o, re] of range) {
    assert.throws(
      () => passphrase(o as never),
      (e: Error) => e instanceof RangeError && re.test(e.message),
      JSON.stringify(o),
    );
    assert.throws(() => passphraseEntropy(o as never), RangeError);
  }
  const types: unknown[] = [
    { words: '5' },
    { words: 2.5 },
    { bits: '64' },
    { separator: 1 },
    { capitalize: 'yes' },
    { digit: 1 },
    { symbol: null },
    { wordlist: 'abc' },
    { wordlist: ['a', 1] },
    { wordlist: new Array(2) },
    { wordlist: { length: 2 } },
    { extra: true },
    5,
  ];
  for (const o of types) assert.throws(() => passphrase(o as never), TypeError, JSON.stringify(o));
  // Allowed: multi-character separators without letters, CamelCase with no separator.
  assert.match(passphrase({ separator: ' · ', words: 3 }), /^[a-z]+ · [a-z]+ · [a-z]+$/);
  assert.match(passphrase({ separator: '', capitalize: true, words: 3 }), /^([A-Z][a-z]+){3}$/);
});

test('tree-shaking: a bundle using only password() contains none of the wordlist', async () => {
  const bundle = async (name: string): Promise<string> => {
    const r = await build({
      stdin: { contents: `export { ${name} } from './src/index.ts';`, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      format: 'esm',
      write: false,
      minify: true,
      logLevel: 'silent',
    });
    return r.outputFiles[0]!.text;
  };
  const pw = await bundle('password');
  assert.ok(!pw.includes('abacus') && !pw.includes('zoologist'), 'the wordlist leaked into a password-only bundle');
  assert.ok(pw.length < 30000, `password bundle is ${pw.length} bytes`);
  const pp = await bundle('passphrase');
  assert.ok(pp.includes('abacus'));
});
