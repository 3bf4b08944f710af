/**
 * The synchronous OTP functions (HMAC from @noble/hashes) against the async ones (Web Crypto) and
 * against an HMAC computed here through Web Crypto directly: the same codes for every algorithm,
 * digit count, key length and counter, and the same verification results.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  hotp,
  hotpSync,
  totp,
  totpSync,
  verifyHotp,
  verifyHotpSync,
  verifyTotp,
  verifyTotpSync,
  type OtpAlgorithm,
} from '../../src/index.js';
import { bytesToBase32 } from '../../src/encoding/base32.js';
import { heldStates } from '../../src/otp/sync.js';
import { RFC6238_TABLE } from '../helpers/otp-vectors.js';

const ascii = (s: string) => new TextEncoder().encode(s);
const SEED1 = ascii('12345678901234567890');
const SEED256 = ascii('12345678901234567890123456789012');
const SEED512 = ascii('1234567890123456789012345678901234567890123456789012345678901234');
const SEEDS: Record<OtpAlgorithm, Uint8Array> = { 'SHA-1': SEED1, 'SHA-256': SEED256, 'SHA-512': SEED512 };
const ALGS = ['SHA-1', 'SHA-256', 'SHA-512'] as const;
/** Fixed seed: the property tests are deterministic. */
const SEED = 0x5ec7e75;

/** RFC 4226 §5.3 computed here from a Web Crypto HMAC, independently of the library. */
async function reference(key: Uint8Array, counter: bigint, digits: number, algorithm: OtpAlgorithm): Promise<string> {
  const k = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: algorithm }, false, ['sign']);
  const msg = new Uint8Array(8);
  new DataView(msg.buffer).setBigUint64(0, counter);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', k, msg));
  const o = mac[mac.length - 1]! & 15;
  const bin = (((mac[o]! & 0x7f) << 24) | (mac[o + 1]! << 16) | (mac[o + 2]! << 8) | mac[o + 3]!) >>> 0;
  return String(bin % 10 ** digits).padStart(digits, '0');
}

test('hotpSync: RFC 4226 Appendix D, as bytes, base32 and bigint counters', () => {
  const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
  const b32 = bytesToBase32(SEED1);
  for (let c = 0; c < 10; c++) {
    assert.equal(hotpSync(SEED1, c), expected[c]);
    assert.equal(hotpSync(b32.toLowerCase(), BigInt(c)), expected[c]);
  }
  assert.equal(hotpSync(SEED1, 0, { digits: 10 }), '1284755224');
});

test('totpSync: RFC 6238 Appendix B for SHA-1, SHA-256 and SHA-512, equal to totp', async () => {
  for (const [seconds, ...codes] of RFC6238_TABLE) {
    for (const [i, algorithm] of ALGS.entries()) {
      const o = { time: seconds * 1000, digits: 8, algorithm };
      assert.equal(totpSync(SEEDS[algorithm], o), codes[i], `T=${seconds} ${algorithm}`);
      assert.equal(await totp(SEEDS[algorithm], o), codes[i]);
    }
  }
});

const counterArb = fc.oneof(
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
  // Above 2^53, where a number counter would lose bits.
  fc.bigInt({ min: 2n ** 53n, max: 2n ** 64n - 1n }),
  fc.constantFrom<number | bigint>(0, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1, 2n ** 53n, 2n ** 63n, 2n ** 64n - 1n),
);

test('property: hotpSync equals hotp and a Web Crypto HMAC for random keys, counters, digits, algorithms', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uint8Array({ minLength: 10, maxLength: 128 }),
      counterArb,
      fc.integer({ min: 6, max: 10 }),
      fc.constantFrom(...ALGS),
      fc.boolean(),
      async (key, counter, digits, algorithm, asText) => {
        const secret = asText ? bytesToBase32(key) : key;
        const want = await reference(key, BigInt(counter), digits, algorithm);
        assert.equal(hotpSync(secret, counter, { digits, algorithm }), want);
        assert.equal(await hotp(secret, counter, { digits, algorithm }), want);
      },
    ),
    { seed: SEED, numRuns: 400 },
  );
});

test('property: every key length from 10 to 128 bytes, each algorithm (keys longer than a block are hashed)', async () => {
  const rng = fc.sample(fc.uint8Array({ minLength: 128, maxLength: 128 }), { seed: SEED, numRuns: 1 })[0]!;
  for (let n = 10; n <= 128; n++) {
    const key = rng.subarray(0, n);
    for (const algorithm of ALGS) {
      const counter = BigInt(n) * 2n ** 56n + 12345n;
      assert.equal(
        hotpSync(key, counter, { algorithm }),
        await reference(key, counter, 6, algorithm),
        `${n} ${algorithm}`,
      );
    }
  }
});

test('property: verifyTotpSync gives the result of verifyTotp (windows, replay guard, tokens)', async () => {
  const key = fc.uint8Array({ minLength: 10, maxLength: 64 });
  await fc.assert(
    fc.asyncProperty(
      key,
      fc.integer({ min: 0, max: 4e12 }),
      fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })),
      fc.integer({ min: -12, max: 12 }),
      fc.option(fc.integer({ min: -12, max: 12 })),
      fc.integer({ min: 6, max: 10 }),
      fc.constantFrom(...ALGS),
      async (secret, time, window, offset, replay, digits, algorithm) => {
        const step = Math.floor(time / 30000);
        const at = Math.max(0, step + offset);
        const token = hotpSync(secret, at, { digits, algorithm });
        const lastStep = replay === null ? undefined : Math.max(0, step + replay);
        const o = { time, window, digits, algorithm, lastStep };
        const sync = verifyTotpSync(token, secret, o);
        assert.deepEqual(sync, await verifyTotp(token, secret, o));
        const inWindow = at >= step - window[0] && at <= step + window[1];
        if (sync.valid) assert.ok(inWindow && (lastStep === undefined || sync.step > lastStep));
        else if (inWindow && (lastStep === undefined || at > lastStep))
          assert.fail(`a fresh code in the window: ${sync.reason}`);
      },
    ),
    { seed: SEED, numRuns: 300 },
  );
});

test('property: verifyHotpSync gives the result of verifyHotp, up to the 2^64 - 1 and 2^53 - 1 ends', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uint8Array({ minLength: 10, maxLength: 64 }),
      fc.oneof(
        fc.bigInt({ min: 2n ** 64n - 120n, max: 2n ** 64n - 1n }),
        fc.bigInt({ min: 2n ** 53n, max: 2n ** 60n }),
        fc.integer({ min: Number.MAX_SAFE_INTEGER - 120, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 1000 }),
      ),
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: -3, max: 103 }),
      fc.constantFrom(...ALGS),
      async (secret, counter, window, ahead, algorithm) => {
        const target = typeof counter === 'bigint' ? counter + BigInt(ahead) : counter + ahead;
        const max = typeof counter === 'bigint' ? 2n ** 64n - 1n : Number.MAX_SAFE_INTEGER;
        if (target < 0 || target > max) return;
        const token = hotpSync(secret, target, { algorithm });
        const o = { counter, window, algorithm };
        const sync = verifyHotpSync(token, secret, o);
        assert.deepEqual(sync, await verifyHotp(token, secret, o));
        if (ahead >= 0 && ahead <= window) assert.deepEqual(sync, { valid: true, counter: target, delta: ahead });
      },
    ),
    { seed: SEED, numRuns: 300 },
  );
});

test('sync: alternating algorithms and keys never mix state between calls', () => {
  const a = hotpSync(SEED1, 1);
  const b = hotpSync(SEED512, 1, { algorithm: 'SHA-512' });
  const c = hotpSync(SEED256, 1, { algorithm: 'SHA-256' });
  for (let i = 0; i < 3; i++) {
    assert.equal(hotpSync(SEED512, 1, { algorithm: 'SHA-512' }), b);
    assert.equal(hotpSync(SEED1, 1), a);
    assert.equal(hotpSync(SEED256, 1, { algorithm: 'SHA-256' }), c);
  }
  // A throwing call in between (bad options after a good one) leaves the next call correct.
  assert.throws(() => hotpSync(SEED1, 1, { digits: 11 }), RangeError);
  assert.equal(hotpSync(SEED1, 1), a);
});

test('sync: the hash states kept between calls hold only zeros after every call', () => {
  const zero = (xs: ArrayLike<number>): boolean => Array.prototype.every.call(xs, (v: number) => v === 0);
  for (const algorithm of ALGS) {
    // 100 bytes is longer than a SHA-1 or SHA-256 block, so the key is first hashed: the third
    // recycled hash object is used too.
    for (const key of [SEEDS[algorithm], new Uint8Array(100).fill(0x5a)]) {
      const code = hotpSync(key, 7, { algorithm });
      assert.match(code, /^[0-9]{6}$/);
      verifyHotpSync(code, key, { counter: 5, algorithm, window: 3 });
      const held = heldStates(algorithm);
      // Three recycled objects, the scratch HMAC's inner and outer hashes, and the MAC buffer.
      assert.equal(held.length, 6, algorithm);
      held.forEach(({ words, buffer }, i) => {
        assert.ok(zero(words), `${algorithm}: state words of held object ${i}`);
        assert.ok(zero(buffer), `${algorithm}: block buffer of held object ${i}`);
      });
    }
  }
});

test("sync and async: the caller's secret bytes are neither changed nor kept", async () => {
  const key = SEED512.slice();
  hotpSync(key, 5, { algorithm: 'SHA-512' });
  totpSync(key, { time: 0 });
  verifyTotpSync('123456', key, { time: 0 });
  verifyHotpSync('123456', key, { counter: 0 });
  await hotp(key, 5);
  await verifyTotp('123456', key, { time: 0 });
  assert.deepEqual(key, SEED512);
  // The library works on a private copy: changing the array afterwards changes nothing.
  const before = hotpSync(key, 9);
  key.fill(0x41);
  assert.notEqual(hotpSync(key, 9), before);
  assert.equal(hotpSync(SEED512, 9), before);
});

test('sync: a Uint8Array subclass is read through its storage, not its overridden methods', () => {
  class Sneaky extends Uint8Array {
    override get length(): number {
      return 10;
    }
    override subarray(): never {
      throw new Error('subclass method called');
    }
    override slice(): never {
      throw new Error('subclass method called');
    }
  }
  const s = new Sneaky(SEED1.length);
  s.set(SEED1);
  assert.equal(hotpSync(s, 0), '755224');
});
