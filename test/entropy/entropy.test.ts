import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as sub from '../../src/entropy/index.js';
import {
  ATTACKERS,
  crackTime,
  entropyBits,
  formatDuration,
  timeToCollision,
  drawsForCollisionProbability,
} from '../../src/index.js';

test('entropyBits for every descriptor', () => {
  assert.equal(entropyBits({ alphabet: 'abcd', length: 5 }), 10);
  assert.equal(entropyBits({ alphabet: ['🙂', '🙃'], length: 7 }), 7);
  assert.equal(entropyBits({ kind: 'alphabet', alphabetSize: 62, length: 21 }), 21 * Math.log2(62));
  assert.equal(entropyBits({ alphabetSize: 2n ** 200n, length: 2 }), 400);
  assert.equal(entropyBits({ alphabetSize: 1, length: 10 }), 0);
  assert.equal(entropyBits({ alphabetSize: 10, length: 0 }), 0);
  assert.equal(entropyBits({ kind: 'id' }), 126);
  assert.equal(entropyBits({ kind: 'id', size: 10 }), 60);
  assert.equal(entropyBits({ kind: 'id', alphabet: '0123456789', size: 6 }), 6 * Math.log2(10));
  assert.equal(entropyBits({ kind: 'token' }), 258);
  assert.equal(entropyBits({ kind: 'token', bytes: 16, encoding: 'hex' }), 128);
  assert.equal(entropyBits({ kind: 'token', bits: 128, encoding: 'base58' }), 22 * Math.log2(58));
  assert.equal(entropyBits({ kind: 'uuid4' }), 122);
  assert.equal(entropyBits({ kind: 'uuid7' }), 74);
});

test('entropyBits rejects malformed descriptors', () => {
  assert.throws(() => entropyBits({ kind: 'pasword' } as never), TypeError);
  assert.throws(() => entropyBits({ kind: 'password', policy: { length: 2, digits: 3 } }), RangeError);
  assert.throws(() => entropyBits({ kind: 'passphrase', words: 3, bits: 40 }), RangeError);
  assert.throws(() => entropyBits({ alphabet: 'ab', alphabetSize: 2, length: 1 }), TypeError);
  assert.throws(() => entropyBits({ length: 3 } as never), TypeError);
  assert.throws(() => entropyBits({ alphabetSize: 0, length: 3 }), RangeError);
  assert.throws(() => entropyBits({ alphabetSize: 10, length: -1 }), RangeError);
  assert.throws(() => entropyBits({ kind: 'uuid4', size: 3 } as never), TypeError);
  assert.throws(() => entropyBits({ kind: 'id', size: 0 }), RangeError);
  assert.throws(() => entropyBits(null as never), TypeError);
});

test('crackTime: expected is half the space (plus one half), worst the whole space', () => {
  const t = crackTime(64, { rate: 1e9 });
  assert.equal(t.worstSeconds, 2 ** 64 / 1e9);
  assert.equal(t.expectedSeconds, (2 ** 64 + 1) / 2 / 1e9);
  assert.equal(crackTime(0, { rate: 1 }).expectedSeconds, 1);
  assert.equal(crackTime(1, { rate: 1 }).expectedSeconds, 1.5);
  // 2^256 and beyond in log space.
  const big = crackTime(4096, { attacker: 'gpu-cluster' });
  assert.equal(big.worstSeconds, Infinity);
  assert.ok(Math.abs(big.worstLog10 - (4096 * Math.log10(2) - 13)) < 1e-9);
  assert.match(big.worst, /^\d\.\d × 10\^\d+ years$/);
  assert.equal(crackTime(256).rate, ATTACKERS['offline-fast']);
  assert.equal(crackTime(20, { attacker: 'online-throttled' }).worst, '1.2 years');
  assert.equal(crackTime(10, { attacker: 'online' }).expected, '51 seconds');
  assert.throws(() => crackTime(10, { rate: 1, attacker: 'online' }), TypeError);
  assert.throws(() => crackTime(10, { attacker: 'nsa' as never }), RangeError);
  assert.throws(() => crackTime(-1), RangeError);
  assert.throws(() => crackTime(10, { rate: 0 }), RangeError);
});

test('formatDuration renders every scale', () => {
  const Y = 31556952;
  const cases: [number, string][] = [
    [0, 'instant'],
    [0.999, 'instant'],
    [1, '1 second'],
    [42, '42 seconds'],
    [60, '1 minute'],
    [3600 * 5, '5 hours'],
    [86400 * 3.25, '3.3 days'],
    [Y / 2, '6 months'],
    [Y * 12, '12 years'],
    [Y * 1500, '1.5 thousand years'],
    [Y * 3.2e6, '3.2 million years'],
    [Y * 4.5e9, '4.5 billion years'],
    [Y * 7e12, '7 trillion years'],
    [Y * 2e15, '2.0 × 10^15 years'],
    [Infinity, 'forever'],
  ];
  for (const [s, want] of cases) assert.equal(formatDuration(s), want, `${s}`);
  assert.throws(() => formatDuration(-1), RangeError);
  assert.throws(() => formatDuration(NaN), RangeError);
});

test('formatDuration keeps two significant digits and carries at every unit boundary', () => {
  const M = 2629746;
  const Y = 31556952;
  const cases: [number, string][] = [
    // seconds → minutes
    [59.4, '59 seconds'],
    [59.5, '1 minute'],
    [59.9, '1 minute'],
    [60, '1 minute'],
    [61, '1 minute'],
    [64, '1.1 minutes'],
    // minutes → hours
    [59.4 * 60, '59 minutes'],
    [59.6 * 60, '1 hour'],
    // hours → days
    [23.4 * 3600, '23 hours'],
    [23.6 * 3600, '1 day'],
    // days → months (a month is 30.436875 days; 30.4 days rounds to 30 days, 30.5 carries)
    [30 * 86400, '30 days'],
    [30.5 * 86400, '1 month'],
    // months → years
    [11.4 * M, '11 months'],
    [365 * 86400, '1 year'],
    [364 * 86400, '1 year'],
    // years → thousand years: two digits, never three
    [627 * Y, '630 years'],
    [999 * Y, '1 thousand years'],
    [999.6 * Y, '1 thousand years'],
    // thousand → million → billion → trillion
    [627e3 * Y, '630 thousand years'],
    [999.6e3 * Y, '1 million years'],
    [999.9e6 * Y, '1 billion years'],
    [999.9e9 * Y, '1 trillion years'],
    [45e12 * Y, '45 trillion years'],
    // trillion → scientific
    [999.9e12 * Y, '1.0 × 10^15 years'],
    [9.96e15 * Y, '1.0 × 10^16 years'],
    [5.44e17 * Y, '5.4 × 10^17 years'],
  ];
  for (const [s, want] of cases) assert.equal(formatDuration(s), want, `${s} s`);
  for (let e = -1; e < 30; e += 0.01) {
    const text = formatDuration(10 ** e);
    assert.doesNotMatch(text, /\b(60 seconds|60 minutes|24 hours|12 months|1000 (years|thousand|million|billion|trillion))/, text);
    const digits = (/^([\d.]+)/.exec(text)?.[1] ?? '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
    assert.ok(digits.length <= 2, `more than two significant digits: ${text}`);
  }
});

test('timeToCollision is draws over rate', () => {
  assert.equal(timeToCollision(0.5, 365, 23), 1);
  const n = drawsForCollisionProbability(1e-6, { bits: 122 });
  assert.equal(timeToCollision(1e-6, { bits: 122 }, 1e6), n / 1e6);
  assert.throws(() => timeToCollision(0, 10, 1), RangeError);
  assert.throws(() => timeToCollision(0.5, 10, -1), RangeError);
});

test('the entropy subpath is pure: it never imports the random source', () => {
  for (const f of ['index.ts', 'collision.ts', 'plan.ts']) {
    const text = readFileSync(new URL(`../../src/entropy/${f}`, import.meta.url), 'utf8');
    assert.doesNotMatch(text, /from '\.\.\/(source|random|ids|uuid|encoding)\//, f);
  }
  assert.equal(typeof sub.entropyBits, 'function');
  assert.equal(sub.collisionProbability, (sub as Record<string, unknown>).collisionProbability);
});

test('the attacker presets cannot be changed by a caller', () => {
  assert.ok(Object.isFrozen(ATTACKERS));
  assert.throws(() => {
    (ATTACKERS as Record<string, number>)['offline-fast'] = 1;
  }, TypeError);
});

test('password and passphrase descriptors give the same exact bits as their generators', async () => {
  const { passwordEntropy, passphraseEntropy } = await import('../../src/index.js');
  const { EFF_LARGE_INFO } = await import('../../src/wordlists/eff-large.js');
  for (const policy of [{}, { length: 10, lowercase: 1, uppercase: 1, digits: 1, symbols: 1 }, { length: 6, alphabet: 'abc' }]) {
    assert.equal(entropyBits({ kind: 'password', policy }), passwordEntropy(policy));
  }
  assert.equal(entropyBits({ kind: 'password' }), passwordEntropy());
  for (const o of [{}, { words: 4 }, { bits: 80 }, { words: 5, digit: true, symbol: true }]) {
    assert.equal(entropyBits({ kind: 'passphrase', ...o }), passphraseEntropy(o));
  }
  assert.equal(entropyBits({ kind: 'passphrase', words: 3, wordlistSize: 1024 }), 30);
  // The default list size used by the descriptor is the shipped list's.
  assert.equal(entropyBits({ kind: 'passphrase', words: 1 }), Math.log2(EFF_LARGE_INFO.size));
});
