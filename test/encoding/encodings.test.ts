import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { token, tokenEntropy } from '../../src/index.js';
import { base32ToBytes, bytesToBase32 } from '../../src/encoding/base32.js';
import { base64urlToBytes, bytesToBase64url } from '../../src/encoding/base64url.js';
import {
  BASE58_ALPHABET,
  BASE62_ALPHABET,
  base58ToBytes,
  base62ToBytes,
  bytesToBase58,
  bytesToBase62,
} from '../../src/encoding/basex.js';
import { bytesToCrockford, crockfordToBytes } from '../../src/encoding/crockford.js';
import { bytesToHex, hexToBytes } from '../../src/encoding/hex.js';
import { ENCODINGS } from '../../src/entropy/plan.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** An independent reference: the bytes as one bigint, written in the radix, plus leading zeros. */
function bigintReference(bytes: Uint8Array, alphabet: string): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  const r = BigInt(alphabet.length);
  let s = '';
  while (n > 0n) {
    s = alphabet[Number(n % r)]! + s;
    n /= r;
  }
  return alphabet[0]!.repeat(zeros) + s;
}

const samples = (): Uint8Array[] => {
  const out = [new Uint8Array(0), new Uint8Array([0]), new Uint8Array([0, 0, 1]), new Uint8Array(8).fill(255)];
  for (let n = 1; n <= 70; n++) out.push(new Uint8Array(randomBytes(n)));
  const z = new Uint8Array(randomBytes(20));
  z.fill(0, 0, 3);
  out.push(z);
  return out;
};

test('hex and base64url round trip against Node Buffer', () => {
  for (const b of samples()) {
    assert.equal(bytesToHex(b), Buffer.from(b).toString('hex'));
    assert.equal(bytesToBase64url(b), Buffer.from(b).toString('base64url'));
    assert.deepEqual(hexToBytes(bytesToHex(b)), b);
    assert.deepEqual(base64urlToBytes(bytesToBase64url(b)), b);
  }
});

test('base58 and base62 match a bigint reference and round trip', () => {
  for (const b of samples()) {
    assert.equal(bytesToBase58(b), bigintReference(b, BASE58_ALPHABET));
    assert.equal(bytesToBase62(b), bigintReference(b, BASE62_ALPHABET));
    assert.deepEqual(base58ToBytes(bytesToBase58(b)), b);
    assert.deepEqual(base62ToBytes(bytesToBase62(b)), b);
  }
  // Well-known Bitcoin base58 examples.
  assert.equal(bytesToBase58(utf8('Hello World!')), '2NEpo7TZRRrLZSi2U');
  assert.equal(bytesToBase58(new Uint8Array([0, 0, 0x28, 0x7f, 0xb4, 0xcd])), '11233QC4');
  assert.equal(base58ToBytes('0OIl'), undefined);
  assert.equal(base62ToBytes('abc-'), undefined);
});

test('base32: RFC 4648 §10 test vectors (unpadded) and round trips', () => {
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ];
  for (const [plain, enc] of vectors) {
    assert.equal(bytesToBase32(utf8(plain)), enc);
    assert.deepEqual(base32ToBytes(enc), utf8(plain));
  }
  assert.deepEqual(base32ToBytes('MZXW6YQ='), utf8('foob'));
  for (const b of samples()) assert.deepEqual(base32ToBytes(bytesToBase32(b)), b);
});

test('Crockford base32: spec alphabet and decoding rules', () => {
  // 0..31 are the digits of the alphabet in order; I/L read as 1, O as 0, hyphens ignored.
  assert.equal(ENCODINGS.crockford, '0123456789ABCDEFGHJKMNPQRSTVWXYZ');
  assert.equal(bytesToCrockford(new Uint8Array([0xff])), 'ZW');
  assert.equal(bytesToCrockford(utf8('foobar')), 'CSQPYRK1E8');
  assert.deepEqual(crockfordToBytes('csqp-yrk1-e8'), utf8('foobar'));
  assert.deepEqual(crockfordToBytes('CSQPYRKIE8'), utf8('foobar'));
  assert.deepEqual(crockfordToBytes('CSQPYRKlE8'), utf8('foobar'));
  assert.deepEqual(crockfordToBytes('0O'), crockfordToBytes('00'));
  // issue 11.8: only ASCII letters fold; the long s and the dotless i are not S and I.
  assert.equal(crockfordToBytes('C\u017fQPYRKIE8'), undefined);
  assert.equal(crockfordToBytes('CSQPYRK\u0131E8'), undefined);
  assert.equal(crockfordToBytes('CSQPYRKUE8'), undefined, 'U is not a digit');
  for (const b of samples()) assert.deepEqual(crockfordToBytes(bytesToCrockford(b)), b);
});

test('token: lengths, alphabets and exact entropy for every encoding', () => {
  const re: Record<string, RegExp> = {
    hex: /^[0-9a-f]+$/,
    base64url: /^[A-Za-z0-9_-]+$/,
    base32: /^[A-Z2-7]+$/,
    crockford: /^[0-9A-HJKMNP-TV-Z]+$/,
    base58: /^[1-9A-HJ-NP-Za-km-z]+$/,
    base62: /^[0-9A-Za-z]+$/,
  };
  for (const [encoding, alphabet] of Object.entries(ENCODINGS)) {
    for (const bits of [1, 8, 64, 100, 128, 256, 1000]) {
      const e = tokenEntropy({ bits, encoding: encoding as never });
      const t = token({ bits, encoding: encoding as never });
      assert.match(t, re[encoding]!);
      assert.equal(t.length, e.length);
      assert.equal(e.bits, e.length * Math.log2(alphabet.length));
      // At least the requested entropy, and one symbol fewer would not be enough.
      assert.ok(e.bits >= bits && (e.length - 1) * Math.log2(alphabet.length) < bits, `${encoding} ${bits}`);
    }
  }
  assert.equal(tokenEntropy({ bytes: 32, encoding: 'hex' }).length, 64);
  assert.equal(tokenEntropy({ bits: 128, encoding: 'base58' }).length, 22);
  assert.equal(tokenEntropy({ bits: 256, encoding: 'base62' }).length, 43);
  assert.equal(token({ alphabet: '🙂🙃', bits: 10 }).length, 20);
});

test('token: exact length where bits / log2(size) is close to an integer', () => {
  // 3^L >= 2^bits at the smallest L, checked with bigints over every bits up to 2,000.
  for (const size of [3, 10, 58, 62, 100]) {
    const alphabet = Array.from({ length: size }, (_, i) => String.fromCharCode(0x4e00 + i));
    for (let bits = 1; bits <= 2000; bits++) {
      const { length } = tokenEntropy({ bits, alphabet });
      const need = 1n << BigInt(bits);
      assert.ok(BigInt(size) ** BigInt(length) >= need && BigInt(size) ** BigInt(length - 1) < need, `${size} ${bits}`);
    }
  }
});

test('token: option errors', () => {
  assert.throws(() => token({ bits: 0 }), RangeError);
  assert.throws(() => token({ bits: 65537 }), RangeError);
  assert.throws(() => token({ bits: 1.5 }), TypeError);
  assert.throws(() => token({ bits: 8, bytes: 1 }), TypeError);
  assert.throws(() => token({ encoding: 'base64' as never }), RangeError);
  assert.throws(() => token({ encoding: 'hex', alphabet: 'ab' }), TypeError);
  assert.throws(() => token({ alphabet: 'aa' }), RangeError);
  assert.throws(() => token({ bitz: 8 } as never), TypeError);
  assert.throws(() => token({ encoding: 'toString' as never }), RangeError);
});
