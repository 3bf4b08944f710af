/**
 * Issue 11, items 1 (internal caches) and 6: no internal array read or written by index can fall
 * through to `Array.prototype`, and every reused buffer that held an output holds only zeros once
 * the output is made. The prototype test runs first in this file's own process, so every cache is
 * still cold and is filled while `Array.prototype` is polluted.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  choice,
  createResetLink,
  customAlphabet,
  id,
  otpSecret,
  passphrase,
  password,
  pin,
  randbelow,
  randbits,
  sample,
  sessionKey,
  shuffle,
  token,
  tokenBytes,
  tokenHex,
  tokenUrlsafe,
  uuid4,
  uuid7,
} from '../src/index.js';
import { codeArray } from '../src/encoding/chars.js';
import { scratchOf } from '../src/ids/sampler.js';
import { attemptChunks, attemptIndexes, generate, planOf } from '../src/password/policy.js';
import { Exhausted, ReplaySource } from './helpers/fakes.js';
import { limbScratch } from '../src/random/core.js';
import { scratchBytes } from '../src/secrets/index.js';

const B64 = /^[A-Za-z0-9_-]*$/;
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const POLICY = { length: 16, lowercase: 1, uppercase: 1, digits: 1, symbols: 1 };
const EXACT_POLICY = { length: 12, digits: { min: 6 }, symbols: 2 };
/** Every size the generators below use, for the code arrays and byte scratches to check. */
const SIZES = [...Array.from({ length: 101 }, (_, i) => i), 128, 256, 500, 768, 1000, 1024];

type Check = (v: unknown) => boolean;
const str =
  (re: RegExp, len?: number): Check =>
  (v) =>
    typeof v === 'string' && re.test(v) && (len === undefined || [...v].length === len);

/**
 * Calls every generator whose internal caches could index an array and records each output with
 * its check in `out` (a `Map`, which never touches an array); the checks run later, once
 * `Array.prototype` is clean again, so no assertion code runs while it is polluted.
 */
function runGenerators(out: Map<string, [unknown, Check]>): void {
  const put = (label: string, v: unknown, check: Check): void => void out.set(label, [v, check]);
  for (const n of SIZES) {
    const b64 = Math.ceil((4 * n) / 3);
    put(`tokenUrlsafe(${n})`, tokenUrlsafe(n), str(B64, b64));
    put(`tokenHex(${n})`, tokenHex(n), str(/^[0-9a-f]*$/, 2 * n));
    put(`tokenBytes(${n})`, tokenBytes(n), (v) => v instanceof Uint8Array && v.length === n);
    if (n >= 16) put(`sessionKey(${n})`, sessionKey(n), str(B64, b64));
    if (n >= 1) {
      put(`id(${n})`, id(n), str(B64, n));
      put(`alnum(${n})`, customAlphabet(ALNUM)(n), str(/^[0-9A-Za-z]*$/, n));
      put(`digits(${n})`, customAlphabet('0123456789')(n), str(/^[0-9]*$/, n));
      put(`dice(${n})`, customAlphabet('⚀⚁⚂⚃⚄⚅🎲')(n), str(/^[⚀⚁⚂⚃⚄⚅🎲]*$/u, n));
      const bits = BigInt(n * 11);
      put(`randbits(${bits})`, randbits(bits), (v) => typeof v === 'bigint' && v >= 0n && v < 1n << bits);
      const below = 10n ** BigInt(n);
      put(`randbelow(${below})`, randbelow(below), (v) => typeof v === 'bigint' && v >= 0n && v < below);
    }
  }
  put('sessionKey()', sessionKey(), str(B64, 43));
  put('id()', id(), str(B64, 21));
  for (const encoding of ['hex', 'base64url', 'base32', 'crockford', 'base58', 'base62'] as const) {
    put(`token ${encoding}`, token({ encoding }), (v) => typeof v === 'string' && v.length > 0);
  }
  put('password()', password(), str(/^[\x21-\x7e]*$/, 16));
  put('password(POLICY)', password(POLICY), str(/^[\x21-\x7e]*$/, 16));
  put('password(EXACT_POLICY)', password(EXACT_POLICY), str(/^[\x21-\x7e]*$/, 12));
  put('password(alphabet)', password({ length: 30, alphabet: 'ab' }), str(/^[ab]*$/, 30));
  put('passphrase()', passphrase(), (v) => typeof v === 'string' && v.split('-').length === 5);
  put('pin()', pin(), str(/^[0-9]*$/, 6));
  put('uuid4()', uuid4(), str(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));
  put('uuid7()', uuid7(), str(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));
  put('otpSecret()', otpSecret(), str(/^[A-Z2-7]*$/, 32));
  put('choice', choice(ALNUM), (v) => typeof v === 'string' && v.length === 1 && ALNUM.includes(v));
  const deck = Array.from({ length: 100 }, (_, i) => i);
  shuffle(deck);
  put('shuffle', deck, (v) => new Set(v as number[]).size === 100 && (v as number[]).every((x) => x >= 0 && x < 100));
  put('sample', sample(deck, 50), (v) => new Set(v as number[]).size === 50);
}

test('issue 11.1: with Array.prototype[0..1100] defined, every generator is correct and the prototype is never read or written', async () => {
  const reads: number[] = [];
  const writes: number[] = [];
  const indices = Array.from({ length: 1101 }, (_, i) => i);
  // An accessor that records reads; its setter keeps the semantics of an inherited data property
  // (the element becomes the receiver's own), and records a write that reaches the prototype itself.
  const install = (): void => {
    for (const i of indices) {
      Object.defineProperty(Array.prototype, i, {
        configurable: true,
        get() {
          reads.push(i);
          return 'x';
        },
        set(this: object, v: unknown) {
          if (this === Array.prototype) writes.push(i);
          else Object.defineProperty(this, i, { value: v, writable: true, enumerable: true, configurable: true });
        },
      });
    }
  };
  const remove = (): void => {
    for (const i of indices) delete (Array.prototype as unknown as Record<number, unknown>)[i];
  };
  const out = new Map<string, [unknown, Check]>();
  let link: Awaited<ReturnType<typeof createResetLink>> | undefined;
  let failure: unknown;
  install();
  try {
    runGenerators(out);
    link = await createResetLink('https://example.com/reset', { now: 0 });
  } catch (e) {
    failure = e;
  } finally {
    remove();
  }
  assert.equal(failure, undefined);
  assert.deepEqual(reads, [], 'indices read through Array.prototype');
  assert.deepEqual(writes, [], 'indices written to Array.prototype');
  assert.equal(Object.getOwnPropertyNames(Array.prototype).filter((k) => /^\d+$/.test(k)).length, 0);
  for (const [label, [v, check]] of out) assert.ok(check(v), `${label}: ${String(v).slice(0, 40)}`);
  assert.ok(out.size > 700);
  assert.match(link!.token, /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
});

test('issue 11.1: Array.prototype[43] set to a string: sessionKey() works and the value is untouched', () => {
  (Array.prototype as unknown as Record<number, unknown>)[43] = 'x';
  try {
    for (let i = 0; i < 10; i++) assert.match(sessionKey(), /^[A-Za-z0-9_-]{43}$/);
    for (let n = 16; n <= 64; n++) assert.equal(sessionKey(n).length, Math.ceil((4 * n) / 3));
    assert.equal((Array.prototype as unknown as Record<number, unknown>)[43], 'x');
  } finally {
    delete (Array.prototype as unknown as Record<number, unknown>)[43];
  }
});

const allZero = (a: ArrayLike<number>): boolean => Array.prototype.every.call(a, (v: number) => v === 0);

test('issue 11.6: the code arrays behind tokenUrlsafe, sessionKey and tokenHex hold only zeros after an output', () => {
  for (const n of SIZES) {
    tokenUrlsafe(n);
    if (n >= 16 && n <= 1024) sessionKey(n);
    const b64 = Math.ceil((4 * n) / 3);
    if (b64 >= 1 && b64 <= 1024) assert.ok(allZero(codeArray(b64)), `base64url code array of ${b64}`);
    tokenHex(n);
    const hex = 2 * n;
    if (hex >= 1 && hex <= 1024) assert.ok(allZero(codeArray(hex)), `hex code array of ${hex}`);
    if (n <= 256) assert.ok(allZero(scratchBytes(n)), `byte scratch of ${n}`);
  }
  // Longer outputs are built in pieces of 1,024 characters through the same arrays.
  tokenUrlsafe(100_000);
  tokenHex(100_000);
  assert.ok(allZero(codeArray(1024)));
});

test('issue 11.6: the ID and token scratches hold only zeros after an output', () => {
  for (let n = 1; n <= 64; n++) {
    id(n);
    assert.ok(allZero(scratchOf(n).codes), `id(${n})`);
    customAlphabet(ALNUM)(n);
    assert.ok(allZero(scratchOf(n).codes), `customAlphabet 62 (${n})`);
    customAlphabet('0123456789')(n);
    assert.ok(allZero(scratchOf(n).codes), `customAlphabet 10 (${n})`);
    customAlphabet('⚀⚁⚂⚃⚄⚅🎲')(n);
    assert.ok(allZero(scratchOf(n).codes), `customAlphabet emoji (${n})`);
  }
  for (const encoding of ['hex', 'base32', 'crockford', 'base58', 'base62'] as const) {
    const t = token({ encoding });
    assert.ok(allZero(scratchOf(t.length).codes), `token ${encoding}`);
  }
});

test('issue 11.6: a cached password plan keeps no characters, indices or counts of the last password', () => {
  for (const policy of [undefined, POLICY, EXACT_POLICY, { length: 40, alphabet: 'abc' }]) {
    const plan = planOf(policy, 'password');
    for (let i = 0; i < 20; i++) password(policy);
    assert.ok(allZero(plan.text), 'spelled characters');
    assert.ok(allZero(plan.digits), 'indices');
    assert.ok(plan.idx === undefined || allZero(plan.idx), 'lane indices');
    assert.ok(plan.bytes === undefined || allZero(plan.bytes.chars), 'byte-lane characters');
    assert.ok(allZero(plan.counts), 'class counts');
  }
  // The byte lanes are what the default policy, POLICY and the 3-letter alphabet use.
  assert.ok(planOf(undefined, 'password').bytes && planOf(POLICY, 'password').bytes);
  assert.ok(planOf({ length: 40, alphabet: 'abc' }, 'password').bytes);
  // The exact sampler is what EXACT_POLICY uses.
  assert.equal(planOf(EXACT_POLICY, 'password').reject, false);
});

test('issue 11.6: a source that fails in the middle of a password leaves no indices or counts behind', () => {
  for (const policy of [POLICY, EXACT_POLICY]) {
    const plan = planOf(policy, 'password');
    for (let words = 0; words < 6; words++) {
      const src = new ReplaySource(Array.from({ length: words }, (_, i) => (0x9e3779b9 * (i + 1)) >>> 0));
      assert.throws(() => generate(plan, src, 'password'), Exhausted);
      assert.ok(allZero(plan.counts) && allZero(plan.digits) && (plan.idx === undefined || allZero(plan.idx)));
      assert.ok(plan.bytes === undefined || allZero(plan.bytes.chars), 'byte-lane characters');
      assert.throws(() => attemptIndexes(plan, new ReplaySource([1, 2].slice(0, words))), Exhausted);
      assert.ok(allZero(plan.counts) && allZero(plan.digits) && (plan.idx === undefined || allZero(plan.idx)));
      assert.throws(() => attemptChunks(plan, new ReplaySource([1, 2].slice(0, words))), Exhausted);
      assert.ok(allZero(plan.counts) && allZero(plan.digits));
    }
    // The next password still meets the policy: no stale count from the failed attempts.
    for (let i = 0; i < 50; i++) {
      const p = password(policy);
      assert.match(p, /[0-9]/);
      assert.match(p, /[^A-Za-z0-9]/);
    }
  }
});

test('issue 11.6: the limb scratch behind large randbits and randbelow holds zeros after each bigint', () => {
  for (const k of [54n, 64n, 65n, 200n, 1000n]) {
    randbits(k);
    const dv = limbScratch();
    assert.ok(dv !== undefined);
    assert.equal(dv.getBigUint64(0), 0n, `randbits(${k})`);
    randbelow(3n ** k);
    assert.equal(dv.getBigUint64(0), 0n, `randbelow(3n ** ${k}n)`);
  }
});
