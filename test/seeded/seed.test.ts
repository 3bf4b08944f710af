import assert from 'node:assert/strict';
import { test } from 'node:test';
import { random53 } from '../../src/random/core.js';
import { MersenneTwister } from '../../src/seeded/mt19937.js';
import { floatHash, floatSeedKey, seedKey } from '../../src/seeded/seed.js';
import { pyFloatHex } from './vectors.js';

/** `random.Random(a, version).random().hex()` through our key. */
function firstHex(key: Uint32Array): string {
  const mt = new MersenneTwister();
  mt.initByArray(key);
  return pyFloatHex(random53(mt));
}

test('seedKey: int keys are abs(a) in 32-bit limbs, least significant first; 0 gives [0]', () => {
  assert.deepEqual([...seedKey(0)], [0]);
  assert.deepEqual([...seedKey(0n)], [0]);
  assert.deepEqual([...seedKey(-0)], [0]);
  assert.deepEqual([...seedKey(2 ** 32)], [0, 1]);
  assert.deepEqual([...seedKey(2n ** 32n)], [0, 1]);
  assert.deepEqual([...seedKey(2n ** 64n + 7n)], [7, 0, 1]);
  assert.deepEqual([...seedKey(-3)], [3]);
  assert.deepEqual(seedKey(-3), seedKey(3));
  assert.deepEqual(seedKey(-12345678901234n), seedKey(12345678901234));
  assert.deepEqual([...seedKey(2 ** 53 - 1)], [0xffffffff, 0x1fffff]);
  // Values checked with CPython 3.13: random.seed(±(2**53-1)); random.random().hex()
  assert.equal(firstHex(seedKey(2 ** 53 - 1)), '0x1.820cb51f0a138p-4');
  assert.equal(firstHex(seedKey(-(2 ** 53 - 1))), '0x1.820cb51f0a138p-4');
});

test('seedKey: version is ignored for ints, as in CPython', () => {
  assert.deepEqual(seedKey(42, 1), seedKey(42));
  assert.deepEqual(seedKey(42n, 7), seedKey(42));
});

test('seedKey: a long seed (1 << 80000) - 1 gives 2,500 limbs and seeds', () => {
  const key = seedKey((1n << 80000n) - 1n);
  assert.equal(key.length, 2500);
  assert.ok(key.every((w) => w === 0xffffffff));
  const mt = new MersenneTwister();
  mt.initByArray(key);
  const x = random53(mt);
  assert.ok(x >= 0 && x < 1);
});

test('seedKey: non-integer numbers are Python floats, keyed through hash(float)', () => {
  // hash(1.5) == 2**60 + 1; hash(-1.5) == -(2**60 + 1) read as size_t
  assert.deepEqual([...seedKey(1.5)], [1, 2 ** 28]);
  assert.deepEqual([...seedKey(-1.5)], [0xffffffff, 0xefffffff]);
  assert.equal(floatHash(1.5), 2n ** 60n + 1n);
  assert.equal(floatHash(-1), -2n);
  assert.equal(floatHash(1), 1n);
  assert.equal(floatHash(2 ** 70), 512n);
  assert.equal(floatHash(Infinity), 314159n);
  assert.equal(floatHash(-Infinity), -314159n);
  // The 1 / 2^k branch: hash(0.5) == 2**60 (the inverse of 2 mod 2**61 - 1).
  assert.equal(floatHash(0.5), 2n ** 60n);
  // Values checked with CPython 3.13: random.seed(x); random.random().hex()
  const cases: [number, string][] = [
    [0.5, '0x1.1e336efff4236p-2'],
    [1e300, '0x1.0bb03504c5e90p-2'],
    [1e-320, '0x1.e7618f478b3fdp-1'], // subnormal
    [Infinity, '0x1.89f60746564c8p-3'],
    [-Infinity, '0x1.a4443ff3d6a92p-1'],
  ];
  for (const [x, hex] of cases) {
    assert.equal(firstHex(Number.isInteger(x) ? floatSeedKey(x) : seedKey(x)), hex, String(x));
  }
  // -0.0 hashes to 0, like seed(0).
  assert.equal(firstHex(floatSeedKey(-0)), '0x1.b0580f98a7dbep-1');
  assert.deepEqual(seedKey(Infinity), floatSeedKey(Infinity));
});

test('floatSeedKey: whole-number floats differ from ints only when negative or large', () => {
  assert.deepEqual(floatSeedKey(3), seedKey(3));
  assert.deepEqual([...floatSeedKey(-1)], [0xfffffffe, 0xffffffff]); // hash(-1.0) == -2
  assert.deepEqual([...floatSeedKey(2 ** 70)], [512]);
  assert.throws(() => floatSeedKey(NaN), RangeError);
  assert.throws(() => floatSeedKey(1n as never), TypeError);
});

test('seedKey: NaN and unsafe integer numbers are rejected', () => {
  assert.throws(() => seedKey(NaN), RangeError);
  assert.throws(() => seedKey(2 ** 53), /bigint/);
  assert.throws(() => seedKey(-(2 ** 60)), RangeError);
  assert.deepEqual([...seedKey(Infinity)], [314159]); // Infinity is a float: hash(inf) == 314159
});

test('seedKey: str and bytes version 2 read B + sha512(B) big-endian', () => {
  // 11 bytes + 64 digest bytes = 75 bytes: 19 limbs.
  assert.equal(seedKey('hello world').length, 19);
  assert.deepEqual(seedKey('abc'), seedKey(new TextEncoder().encode('abc')));
  assert.deepEqual(seedKey('abc', 2), seedKey('abc'));
  // Leading zero bytes vanish from the integer: 5 + 64 = 69 bytes would be 18 limbs, but the top
  // one holds a lone zero byte and is dropped, which changes init_by_array's loop.
  const zeros = new Uint8Array([0, 0, 0, 0, 1]);
  assert.equal(seedKey(zeros).length, 17);
  assert.equal(firstHex(seedKey(zeros)), '0x1.8084e62504520p-5'); // CPython 3.13
  // The input is not modified.
  const b = new Uint8Array([1, 2, 3]);
  seedKey(b);
  assert.deepEqual([...b], [1, 2, 3]);
});

test('seedKey: a lone surrogate cannot be UTF-8 encoded (CPython UnicodeEncodeError)', () => {
  assert.throws(() => seedKey('\ud800'), TypeError);
  assert.throws(() => seedKey('ab\udc00'), /lone surrogate/);
  assert.throws(() => seedKey('x\ud83d'), TypeError);
  assert.doesNotThrow(() => seedKey('\ud83d\ude00'));
});

test('seedKey: version 1 hashes code points (not UTF-16 units) and latin-1 bytes', () => {
  assert.deepEqual([...seedKey('', 1)], [0]);
  assert.deepEqual([...seedKey(new Uint8Array(0), 1)], [0]);
  assert.deepEqual(seedKey('nofar', 1), seedKey(new TextEncoder().encode('nofar'), 1));
  // Values checked with CPython 3.13: random.seed(s, version=1); random.random().hex()
  assert.equal(firstHex(seedKey('\u{1F600}a', 1)), '0x1.03004031b09e0p-1');
  assert.equal(firstHex(seedKey('\ud800x', 1)), '0x1.3b3428c6032c0p-7'); // lone surrogates are fine here
});

test('seedKey: versions other than 1 and 2 are rejected for str and bytes', () => {
  for (const v of [0, 3, -1]) {
    assert.throws(() => seedKey('abc', v), RangeError);
    assert.throws(() => seedKey(new Uint8Array(2), v), RangeError);
  }
  assert.throws(() => seedKey('abc', 1.5), TypeError);
  assert.throws(() => seedKey('abc', '2' as never), TypeError);
  assert.throws(() => seedKey(5, 2n as never), TypeError);
});

test('seedKey: every other type is a TypeError naming the supported types', () => {
  const bad: unknown[] = [true, false, {}, [], [1, 2], Symbol('s'), () => 1, new Uint16Array(2), new ArrayBuffer(4)];
  bad.push(new Date(0), { valueOf: () => 3 }, new Number(3), new String('a'));
  for (const a of bad) {
    assert.throws(
      () => seedKey(a),
      (e: unknown) => e instanceof TypeError && /None, int, float, str/.test(e.message),
    );
  }
});

test('seedKey: no seed takes 624 fresh words from the secure source', () => {
  const a = seedKey();
  const b = seedKey(null);
  assert.equal(a.length, 624);
  assert.equal(b.length, 624);
  assert.notDeepEqual(a, b);
});

test('seedKey: strings are UTF-8 encoded like TextEncoder (1- to 4-byte sequences)', () => {
  const enc = new TextEncoder();
  for (const s of [
    '',
    'a',
    '\u007f',
    '\u0080',
    '\u07ff',
    '\u0800',
    '\uffff',
    '\u{10000}',
    '\u{10ffff}',
    'héllo ✓ 😀',
  ]) {
    assert.deepEqual(seedKey(s), seedKey(enc.encode(s)), JSON.stringify(s));
  }
});
