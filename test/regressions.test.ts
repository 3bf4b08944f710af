/**
 * Regression tests named after known failures of peer libraries that apply to this API. Each one
 * checks the behaviour that would have prevented that failure. (Alphabet, policy and OTP
 * regressions live with those areas.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { randbelowNumber } from '../src/random/core.js';
import {
  SecureRandomUnavailableError,
  choice,
  createSecureSource,
  randbelow,
  randbits,
  tokenBytes,
  tokenHex,
  tokenUrlsafe,
} from '../src/index.js';
import { ReplaySource } from './helpers/fakes.js';
import { assertUniform } from './helpers/stats.js';

const SIZED = { tokenBytes, tokenHex, tokenUrlsafe } as Record<string, (n?: unknown) => unknown>;
const BOUND_MS = 1000;

/** Calls `fn` and returns the error it threw (or undefined), asserting it ran within the bound. */
function quick(fn: () => unknown): unknown {
  const t0 = performance.now();
  try {
    fn();
    return undefined;
  } catch (e) {
    return e;
  } finally {
    assert.ok(performance.now() - t0 < BOUND_MS, 'call took too long');
  }
}

/** The shared pool still serves fresh, uniform bytes (a zeroed or repeating pool fails grossly). */
function assertPoolHealthy(label: string): void {
  const counts = new Array<number>(256).fill(0);
  const seen = new Set<string>();
  for (let i = 0; i < 256; i++) {
    const t = tokenBytes(256);
    const hex = Buffer.from(t).toString('hex');
    assert.ok(!seen.has(hex), `${label}: a token repeated`);
    seen.add(hex);
    for (const b of t) counts[b]!++;
  }
  assertUniform(counts, `${label}: bytes after the hostile calls`);
}

test('nanoid CVE-2024-55565 (ai/nanoid#512): fractional sizes are rejected, never predictable zeros', () => {
  for (const [name, fn] of Object.entries(SIZED)) {
    for (const size of [0.5, 1.5, 2.5, 21.000001, -0.5, Number.EPSILON]) {
      const e = quick(() => fn(size));
      assert.ok(e instanceof TypeError, `${name}(${size}) did not throw a TypeError`);
      assert.match((e as Error).message, new RegExp(`^${name}: nbytes must be`));
    }
  }
  for (const k of [0.5, 7.5]) assert.ok(quick(() => randbits(k)) instanceof TypeError);
  for (const n of [0.5, 1.5, 10.5]) assert.ok(quick(() => randbelow(n)) instanceof TypeError);
  assert.ok(quick(() => choice({ length: 1.5 })) instanceof TypeError);
  assertPoolHealthy('CVE-2024-55565');
});

test('nanoid GHSA-2v37-7h3g-55p8: size 0 returns at once (no endless loop), bound 0 is rejected', () => {
  assert.deepEqual(tokenBytes(0), new Uint8Array(0));
  assert.equal(tokenHex(0), '');
  assert.equal(tokenUrlsafe(0), '');
  assert.equal(tokenHex(-0), '');
  assert.equal(randbits(0), 0);
  assert.equal(randbits(0n), 0n);
  assert.ok(quick(() => randbelow(0)) instanceof RangeError);
  assert.ok(quick(() => randbelow(0n)) instanceof RangeError);
  assert.ok(quick(() => choice([])) instanceof RangeError);
  assert.ok(quick(() => choice('')) instanceof RangeError);
  assert.ok(quick(() => createSecureSource({ poolSize: 0 }).nextUint32()) === undefined);
  assertPoolHealthy('GHSA-2v37-7h3g-55p8');
});

test('nanoid GHSA-28wg-ghj8-5hjv: negative sizes are rejected', () => {
  for (const [name, fn] of Object.entries(SIZED)) {
    for (const size of [-1, -2, -21, -(2 ** 31), -(2 ** 53 - 1)]) {
      assert.ok(quick(() => fn(size)) instanceof RangeError, `${name}(${size})`);
    }
  }
  for (const k of [-1, -53]) assert.ok(quick(() => randbits(k)) instanceof RangeError);
  assert.ok(quick(() => randbits(-1n)) instanceof RangeError);
  assert.ok(quick(() => randbelow(-5)) instanceof RangeError);
  assert.ok(quick(() => randbelow(-(2n ** 100n))) instanceof RangeError);
  assert.ok(quick(() => createSecureSource({ poolSize: -4 })) instanceof RangeError);
  const e = quick(() => choice({ length: -1 }));
  assert.ok(e instanceof RangeError || e instanceof TypeError, 'choice({ length: -1 })');
  assertPoolHealthy('GHSA-28wg-ghj8-5hjv');
});

test('nanoid CVE-2026-73086: sizes past 2^31 are rejected before any work and never corrupt the pool', () => {
  for (const [name, fn] of Object.entries(SIZED)) {
    for (const size of [2 ** 31, 2 ** 32, 2 ** 32 + 1, 2 ** 53 - 1, 2 ** 53, 2 ** 64, 1e300]) {
      const e = quick(() => fn(size));
      assert.ok(e instanceof RangeError || e instanceof TypeError, `${name}(${size}) did not throw`);
    }
  }
  assert.ok(quick(() => randbits(2 ** 31)) instanceof RangeError);
  assert.ok(quick(() => randbits(2n ** 31n)) instanceof RangeError);
  assert.ok(quick(() => randbits(2n ** 64n)) instanceof RangeError);
  assert.ok(quick(() => randbelow(2 ** 53)) instanceof RangeError);
  assert.ok(quick(() => createSecureSource({ poolSize: 2 ** 32 + 4 })) instanceof RangeError);
  // A bound of exactly 2^32 + 1 (a 33-bit draw) and 2^31 + 1 still work and stay in range.
  for (let i = 0; i < 1000; i++) {
    const r = randbelow(2 ** 32 + 1);
    assert.ok(r >= 0 && r <= 2 ** 32);
  }
  assertPoolHealthy('CVE-2026-73086');
});

test('valueOf tricks: objects that coerce to numbers are rejected without calling valueOf', () => {
  let calls = 0;
  const tricks = [
    { valueOf: () => (calls++, 16) },
    { [Symbol.toPrimitive]: () => (calls++, 16) },
    { toString: () => (calls++, '16') },
    new Number(16),
    Object(16n),
    (() => {
      let n = 0;
      return { valueOf: () => (calls++, n++ % 2 === 0 ? 16 : -16) };
    })(),
  ];
  const fns: Record<string, (x: unknown) => unknown> = {
    ...SIZED,
    randbelow: (x) => randbelow(x as number),
    randbits: (x) => randbits(x as number),
    poolSize: (x) => createSecureSource({ poolSize: x as number }),
  };
  for (const [name, fn] of Object.entries(fns)) {
    for (const t of tricks) assert.ok(quick(() => fn(t)) instanceof TypeError, `${name} accepted a coercing object`);
  }
  assert.equal(calls, 0, 'a coercion hook was called');
});

test('hapijs/cryptiles CVE-2018-1000620: digits are unbiased (exact enumeration, and chi-square)', () => {
  // randomDigits did Math.floor(byte / 25.6), over-weighting some digits. randbelow(10) draws the
  // top 4 bits of a word and rejects 10..15: each digit has exactly one accepted pattern.
  const preimages = new Array<number>(10).fill(0);
  for (let v = 0; v < 16; v++) {
    const src = new ReplaySource([v * 2 ** 28, 0]);
    const r = randbelowNumber(src, 10);
    if (v < 10) {
      assert.equal(r, v);
      assert.equal(src.used, 1);
      preimages[r]!++;
    } else {
      assert.equal(src.used, 2, `pattern ${v} must be rejected`);
    }
  }
  assert.deepEqual(preimages, new Array(10).fill(1));
  // And on the secure source: 10^6 digits (detects a relative bias of ~0.9% per digit).
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 1_000_000; i++) counts[randbelow(10)]!++;
  assertUniform(counts, 'randbelow(10)');
  const fromString = new Array<number>(10).fill(0);
  for (let i = 0; i < 200_000; i++) fromString[Number(choice('0123456789'))]!++;
  assertUniform(fromString, "choice('0123456789')");
});

test('uuidjs/uuid#416: a source without Web Crypto throws, and never falls back to Math.random', () => {
  const desc = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  const mathRandom = Object.getOwnPropertyDescriptor(Math, 'random')!;
  let calls = 0;
  Object.defineProperty(Math, 'random', { value: () => (calls++, 0.5), configurable: true, writable: true });
  Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true, writable: true });
  try {
    const src = createSecureSource();
    assert.throws(() => src.nextUint32(), SecureRandomUnavailableError);
    assert.throws(() => src.fillBytes(new Uint8Array(16)), SecureRandomUnavailableError);
    assert.throws(() => createSecureSource({ poolSize: 0 }).nextUint32(), SecureRandomUnavailableError);
    // A getRandomValues that is missing on the crypto object is the same failure.
    Object.defineProperty(globalThis, 'crypto', { value: {}, configurable: true, writable: true });
    assert.throws(() => createSecureSource().nextUint32(), SecureRandomUnavailableError);
  } finally {
    if (desc) Object.defineProperty(globalThis, 'crypto', desc);
    Object.defineProperty(Math, 'random', mathRandom);
  }
  assert.equal(calls, 0);
  // The built package in a fresh process: test/fail-closed/fail-closed.test.ts.
});
