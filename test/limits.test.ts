/**
 * Issue 11.5: every function at its largest allowed size finishes within a generous budget (a
 * benchmark-style bound that catches quadratic paths, not a speed target), and one step above the
 * cap is a RangeError at once. Sizes whose output alone is gigabytes (tokenBytes, tokenHex,
 * tokenUrlsafe, randbytes, choices, sample at their caps) run in test/heavy/limits.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  MAX_ID_SIZE,
  customAlphabet,
  entropyBits,
  id,
  otpSecret,
  passphrase,
  password,
  passwordSpace,
  pin,
  sessionKey,
  token,
  verifyHotp,
  verifyTotp,
} from '../src/index.js';

/** Generous: the slowest case below takes about 1 s on a loaded 2-core machine. */
const BUDGET_MS = 15_000;
/** 65,536 distinct one-code-point symbols (skipping the surrogate range). */
const HUGE_ALPHABET = Array.from({ length: 65536 }, (_, i) => String.fromCodePoint(i < 0xd800 ? i : i + 0x2800));
const SECRET = 'JBSWY3DPEHPK3PXP'.repeat(12);

const LARGEST: [string, () => unknown, () => unknown][] = [
  ['id', () => id(MAX_ID_SIZE), () => id(MAX_ID_SIZE + 1)],
  [
    'customAlphabet (65,536 symbols)',
    () => customAlphabet(HUGE_ALPHABET, MAX_ID_SIZE)(),
    () => customAlphabet(HUGE_ALPHABET, MAX_ID_SIZE + 1),
  ],
  ['token (base58)', () => token({ bits: 65536, encoding: 'base58' }), () => token({ bits: 65537 })],
  ['token (65,536 symbols)', () => token({ bits: 65536, alphabet: HUGE_ALPHABET }), () => token({ bytes: 8193 })],
  ['password', () => password({ length: 4096 }), () => password({ length: 4097 })],
  [
    'passwordSpace',
    () => passwordSpace({ length: 4096, digits: { min: 100, max: 200 }, symbols: 50 }),
    () => passwordSpace({ length: 4097 }),
  ],
  ['passphrase', () => passphrase({ words: 1024 }), () => passphrase({ words: 1025 })],
  ['pin', () => pin(64), () => pin(65)],
  ['sessionKey', () => sessionKey(1024), () => sessionKey(1025)],
  ['otpSecret', () => otpSecret(64), () => otpSecret(65)],
  [
    'entropyBits',
    () => entropyBits({ alphabet: HUGE_ALPHABET, length: 1e9 }),
    () => entropyBits({ kind: 'id', size: MAX_ID_SIZE + 1 }),
  ],
  [
    'verifyHotp',
    () => verifyHotp('000000', SECRET, { counter: 0, window: 100 }),
    () => verifyHotp('000000', SECRET, { counter: 0, window: 101 }),
  ],
  [
    'verifyTotp',
    () => verifyTotp('000000', SECRET, { window: 10 }),
    () => verifyTotp('000000', SECRET, { window: 11 }),
  ],
];

for (const [name, largest, above] of LARGEST) {
  test(`issue 11.5: ${name} at its largest allowed size runs within the budget; above it is a RangeError`, async () => {
    const t0 = performance.now();
    await largest();
    const ms = performance.now() - t0;
    assert.ok(ms < BUDGET_MS, `${name} took ${ms.toFixed(0)} ms`);
    const t1 = performance.now();
    await assert.rejects(async () => above(), RangeError);
    assert.ok(performance.now() - t1 < 1000, `${name}: the refusal was slow`);
  });
}
