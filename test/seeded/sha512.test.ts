import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { sha512 } from '../../src/hash/sha512.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

// FIPS 180-4 / NIST CSRC example values for SHA-512.
const NIST: [string, Uint8Array, string][] = [
  [
    'abc',
    ascii('abc'),
    'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
      '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  ],
  [
    '896-bit two-block message',
    ascii(
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
    ),
    '8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018' +
      '501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909',
  ],
  [
    'empty string',
    new Uint8Array(0),
    'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce' +
      '47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
  ],
  [
    "one million 'a'",
    new Uint8Array(1_000_000).fill(0x61),
    'e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb' +
      'de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b',
  ],
];

for (const [name, msg, digest] of NIST) {
  test(`sha512: NIST example "${name}"`, () => assert.equal(hex(sha512(msg)), digest));
}

test('sha512: equals node:crypto on random inputs of every length 0..300 and a few large ones', () => {
  for (const n of [...Array(301).keys(), 1000, 4096, 65537]) {
    const b = new Uint8Array(randomBytes(n));
    assert.equal(hex(sha512(b)), createHash('sha512').update(b).digest('hex'), `length ${n}`);
  }
});

test('sha512: padding boundaries (111, 112, 127, 128 bytes) and subarray views', () => {
  for (const n of [111, 112, 113, 127, 128, 129, 239, 240, 255, 256]) {
    const b = new Uint8Array(n).map((_, i) => (i * 7 + n) & 0xff);
    assert.equal(hex(sha512(b)), createHash('sha512').update(b).digest('hex'), `length ${n}`);
  }
  const big = new Uint8Array(randomBytes(300));
  const view = big.subarray(17, 250);
  assert.equal(hex(sha512(view)), createHash('sha512').update(view).digest('hex'));
});

test('sha512: does not modify its input', () => {
  const b = new Uint8Array(randomBytes(200));
  const copy = b.slice();
  sha512(b);
  assert.deepEqual(b, copy);
});
