import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  SubtleCryptoUnavailableError,
  hotp,
  otpSecret,
  otpauthUri,
  parseOtpauthUri,
  totp,
  verifyHotp,
  verifyTotp,
  type OtpAlgorithm,
  type OtpauthParams,
} from '../src/index.js';
import { bytesToBase32 } from '../src/encoding/base32.js';
import { otpSecretFrom, verifyTotpWithKey } from '../src/otp/otp.js';
import { importHmacKey } from '../src/otp/webcrypto.js';
import { ReplaySource } from './helpers/fakes.js';
import { countingCrypto, withCrypto } from './helpers/subtle.js';
import { RFC6238_TABLE } from './helpers/otp-vectors.js';

const ascii = (s: string) => new TextEncoder().encode(s);
const SEED1 = ascii('12345678901234567890');
const SEED256 = ascii('12345678901234567890123456789012');
const SEED512 = ascii('1234567890123456789012345678901234567890123456789012345678901234');
const SEEDS: Record<OtpAlgorithm, Uint8Array> = { 'SHA-1': SEED1, 'SHA-256': SEED256, 'SHA-512': SEED512 };

test('RFC 4226 Appendix D: HOTP for counters 0..9', async () => {
  const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
  const b32 = bytesToBase32(SEED1);
  for (let c = 0; c < 10; c++) {
    assert.equal(await hotp(SEED1, c), expected[c]);
    assert.equal(await hotp(b32, BigInt(c)), expected[c]);
    assert.equal(await hotp(b32.toLowerCase(), c, { digits: 6, algorithm: 'SHA-1' }), expected[c]);
  }
});

test('RFC 6238 Appendix B: TOTP for SHA-1, SHA-256 and SHA-512, 8 digits', async () => {
  for (const [seconds, ...codes] of RFC6238_TABLE) {
    for (const [i, algorithm] of (['SHA-1', 'SHA-256', 'SHA-512'] as const).entries()) {
      const code = await totp(SEEDS[algorithm], { time: seconds * 1000, digits: 8, algorithm });
      assert.equal(code, codes[i], `T=${seconds} ${algorithm}`);
      // The same step through HOTP: T = floor(seconds / 30).
      assert.equal(await hotp(SEEDS[algorithm], Math.floor(seconds / 30), { digits: 8, algorithm }), codes[i]);
    }
  }
});

test('digits 6 to 10: the low digits of the same 31-bit value, zero-padded', async () => {
  // Counter 0's truncated value in RFC 4226 Appendix D is 1284755224 (0x4c93cf18).
  assert.equal(await hotp(SEED1, 0, { digits: 6 }), '755224');
  assert.equal(await hotp(SEED1, 0, { digits: 7 }), '4755224');
  assert.equal(await hotp(SEED1, 0, { digits: 8 }), '84755224');
  assert.equal(await hotp(SEED1, 0, { digits: 9 }), '284755224');
  assert.equal(await hotp(SEED1, 0, { digits: 10 }), '1284755224');
  // Counter 1's value is 1094287082: ten digits keep every digit.
  assert.equal(await hotp(SEED1, 1, { digits: 10 }), '1094287082');
  await assert.rejects(hotp(SEED1, 0, { digits: 5 }), RangeError);
  await assert.rejects(hotp(SEED1, 0, { digits: 11 }), RangeError);
  await assert.rejects(hotp(SEED1, 0, { algorithm: 'SHA1' as OtpAlgorithm }), RangeError);
  await assert.rejects(hotp(SEED1, 0, { algorithm: 'MD5' as OtpAlgorithm }), RangeError);
});

test('secrets: bytes or base32 in any case, padded or not, with spaces; 10 to 128 bytes', async () => {
  const bytes = SEED1;
  const b32 = bytesToBase32(bytes); // 32 characters, no padding needed
  const ten = new Uint8Array(10).fill(7);
  const tenText = bytesToBase32(ten); // 16 characters
  const forms = [tenText, tenText.toLowerCase(), `${tenText}`, tenText.replace(/(.{4})/g, '$1 ').trim()];
  const want = await hotp(ten, 5);
  for (const f of forms) assert.equal(await hotp(f, 5), want, f);
  // 11 bytes needs padding in RFC 4648: padded and unpadded both work.
  const eleven = new Uint8Array(11).fill(9);
  const t11 = bytesToBase32(eleven);
  assert.equal(await hotp(`${t11}======`.slice(0, 24), 0), await hotp(eleven, 0));
  assert.equal(await hotp(t11, 0), await hotp(eleven, 0));
  assert.equal(await hotp(b32, 3), await hotp(bytes, 3));
  await assert.rejects(hotp('JBSWY3DPEHPK3PX1', 0), /secret must be base32/);
  await assert.rejects(hotp('JBSWY3DPEHPK3PX!', 0), RangeError);
  await assert.rejects(hotp(new Uint8Array(9), 0), /from 10 to 128 bytes, got 9/);
  await assert.rejects(hotp(new Uint8Array(129), 0), RangeError);
  assert.match(await hotp(new Uint8Array(128), 0), /^\d{6}$/);
  await assert.rejects(hotp('', 0), RangeError);
  await assert.rejects(hotp(Array.from(SEED1) as unknown as Uint8Array, 0), TypeError);
  // The caller's array is copied, not retained or mutated.
  const mine = new Uint8Array(SEED1);
  await hotp(mine, 0);
  assert.deepEqual(mine, SEED1);
});

test('HOTP counters: safe integers and bigints up to 2^64 - 1', async () => {
  const max = Number.MAX_SAFE_INTEGER;
  assert.equal(await hotp(SEED1, max), await hotp(SEED1, BigInt(max)));
  assert.equal(await hotp(SEED1, 2 ** 32), await hotp(SEED1, 2n ** 32n));
  assert.equal(await hotp(SEED1, 2 ** 32 + 5), await hotp(SEED1, 2n ** 32n + 5n));
  assert.match(await hotp(SEED1, 2n ** 64n - 1n), /^\d{6}$/);
  await assert.rejects(hotp(SEED1, 2n ** 64n), RangeError);
  await assert.rejects(hotp(SEED1, -1), RangeError);
  await assert.rejects(hotp(SEED1, -1n), RangeError);
  await assert.rejects(hotp(SEED1, 2 ** 53), RangeError);
  await assert.rejects(hotp(SEED1, 1.5), TypeError);
  await assert.rejects(hotp(SEED1, '1' as unknown as number), TypeError);
});

test('TOTP time, period and epoch (milliseconds; period in seconds)', async () => {
  assert.equal(await totp(SEED1, { time: 59_999, digits: 8 }), '94287082');
  assert.equal(await totp(SEED1, { time: 60_000 }), await hotp(SEED1, 2));
  assert.equal(await totp(SEED1, { time: 119_999, period: 60 }), await hotp(SEED1, 1));
  assert.equal(await totp(SEED1, { time: 59.7 }), await hotp(SEED1, 0));
  // epoch shifts step 0: time - epoch is what counts.
  const epoch = 1_000_000_000_000;
  assert.equal(await totp(SEED1, { time: epoch + 59_000, epoch, digits: 8 }), '94287082');
  assert.equal(await totp(SEED1, { time: -60_000, epoch: -120_000 }), await hotp(SEED1, 2));
  await assert.rejects(totp(SEED1, { time: epoch - 1, epoch }), /before epoch/);
  await assert.rejects(totp(SEED1, { time: -1 }), RangeError);
  await assert.rejects(totp(SEED1, { time: NaN }), RangeError);
  await assert.rejects(totp(SEED1, { time: 8.64e15 + 1 }), RangeError);
  await assert.rejects(totp(SEED1, { time: new Date() as unknown as number }), TypeError);
  await assert.rejects(totp(SEED1, { period: 0 }), RangeError);
  await assert.rejects(totp(SEED1, { period: 86401 }), RangeError);
  await assert.rejects(totp(SEED1, { counter: 1 } as never), /unknown option "counter"/);
  // Default time is Date.now(): equal to an explicit time in the same step.
  for (let i = 0; i < 5; i++) {
    const before = Date.now();
    const code = await totp(SEED1);
    const after = Date.now();
    if (Math.floor(before / 30000) !== Math.floor(after / 30000)) continue;
    assert.equal(code, await totp(SEED1, { time: before }));
    return;
  }
  assert.fail('could not sample within one time step');
});

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const NOW = 1_700_000_000_000; // step 56666666
const STEP = Math.floor(NOW / 30000);
const codeAt = (step: number, digits = 6) => hotp(SECRET, step, { digits });

test('verifyTotp: default window [1, 0] accepts the current and the previous step only', async () => {
  const results = [];
  for (let d = -3; d <= 3; d++) results.push(await verifyTotp(await codeAt(STEP + d), SECRET, { time: NOW }));
  assert.deepEqual(results, [
    { valid: false, reason: 'mismatch' },
    { valid: false, reason: 'mismatch' },
    { valid: true, step: STEP - 1, delta: -1 },
    { valid: true, step: STEP, delta: 0 },
    { valid: false, reason: 'mismatch' },
    { valid: false, reason: 'mismatch' },
    { valid: false, reason: 'mismatch' },
  ]);
});

test('verifyTotp: asymmetric and symmetric windows, bounded at 10 each side', async () => {
  for (const [window, lo, hi] of [
    [[2, 1], -2, 1],
    [[0, 0], 0, 0],
    [[0, 2], 0, 2],
    [3, -3, 3],
    [[10, 10], -10, 10],
  ] as const) {
    for (let d = -12; d <= 12; d++) {
      const r = await verifyTotp(await codeAt(STEP + d), SECRET, { time: NOW, window });
      if (d >= lo && d <= hi) assert.deepEqual(r, { valid: true, step: STEP + d, delta: d }, `${window} d=${d}`);
      else assert.deepEqual(r, { valid: false, reason: 'mismatch' }, `${window} d=${d}`);
    }
  }
  await assert.rejects(verifyTotp('123456', SECRET, { window: [11, 0] }), RangeError);
  await assert.rejects(verifyTotp('123456', SECRET, { window: 11 }), RangeError);
  await assert.rejects(verifyTotp('123456', SECRET, { window: [1] as never }), RangeError);
  await assert.rejects(verifyTotp('123456', SECRET, { window: [1, -1] }), RangeError);
  await assert.rejects(verifyTotp('123456', SECRET, { window: '1' as never }), TypeError);
});

test('verifyTotp: near the epoch, steps before 0 are simply absent from the window', async () => {
  assert.deepEqual(await verifyTotp(await codeAt(0), SECRET, { time: 1000, window: [5, 1] }), {
    valid: true,
    step: 0,
    delta: 0,
  });
  assert.deepEqual(await verifyTotp(await codeAt(1), SECRET, { time: 1000, window: [5, 1] }), {
    valid: true,
    step: 1,
    delta: 1,
  });
});

test('verifyTotp: the replay guard refuses codes at or before lastStep', async () => {
  const now = await codeAt(STEP);
  const prev = await codeAt(STEP - 1);
  const ok = await verifyTotp(now, SECRET, { time: NOW });
  assert.ok(ok.valid);
  const lastStep = ok.step;
  assert.deepEqual(await verifyTotp(now, SECRET, { time: NOW, lastStep }), { valid: false, reason: 'replayed' });
  assert.deepEqual(await verifyTotp(prev, SECRET, { time: NOW, lastStep }), { valid: false, reason: 'replayed' });
  // 30 s later the same code is out of the window anyway; the next one is accepted.
  const next = await codeAt(STEP + 1);
  assert.deepEqual(await verifyTotp(next, SECRET, { time: NOW + 30_000, lastStep }), {
    valid: true,
    step: STEP + 1,
    delta: 0,
  });
  // A previous-step login leaves the current step open.
  assert.deepEqual(await verifyTotp(now, SECRET, { time: NOW, lastStep: STEP - 1 }), {
    valid: true,
    step: STEP,
    delta: 0,
  });
  assert.deepEqual(await verifyTotp(prev, SECRET, { time: NOW, lastStep: STEP - 1 }), {
    valid: false,
    reason: 'replayed',
  });
  assert.deepEqual(await verifyTotp('000000', SECRET, { time: NOW, lastStep }), { valid: false, reason: 'mismatch' });
  await assert.rejects(verifyTotp(now, SECRET, { lastStep: -1 }), RangeError);
  await assert.rejects(verifyTotp(now, SECRET, { lastStep: 1.5 }), TypeError);
});

test('hectorm/otpauth#3: a single-digit token never validates, whatever the window', async () => {
  for (let d = 0; d <= 9; d++) {
    assert.deepEqual(await verifyTotp(String(d), SECRET, { time: NOW, window: [10, 10] }), {
      valid: false,
      reason: 'malformed',
    });
  }
});

test('verifyTotp and verifyHotp refuse malformed tokens before computing any HMAC', async () => {
  const good = await codeAt(STEP);
  const bad = [
    '',
    '1',
    '12345',
    '1234567',
    `${good.slice(0, 5)}a`,
    ` ${good.slice(1)}`,
    '١٢٣٤٥٦',
    '１２３４５６',
    '12.456',
    '-12345',
  ];
  // With no crypto.subtle at all, a malformed token still gets its answer: no HMAC was attempted.
  await withCrypto({}, async () => {
    for (const t of [...bad, null, undefined]) {
      assert.deepEqual(await verifyTotp(t, SECRET, { time: NOW }), { valid: false, reason: 'malformed' }, String(t));
      assert.deepEqual(await verifyHotp(t, SECRET, { counter: 0 }), { valid: false, reason: 'malformed' });
    }
    await assert.rejects(verifyTotp(good, SECRET, { time: NOW }), SubtleCryptoUnavailableError);
  });
  // 8-digit mode: a correct 6-digit prefix is malformed, not a near miss.
  assert.deepEqual(await verifyTotp(good, SECRET, { time: NOW, digits: 8 }), { valid: false, reason: 'malformed' });
  assert.deepEqual(await verifyTotp(await codeAt(STEP, 8), SECRET, { time: NOW, digits: 8 }), {
    valid: true,
    step: STEP,
    delta: 0,
  });
  // Wrong types are untrusted input too (issue 11, item 7): malformed, never a rejection.
  assert.deepEqual(await verifyTotp(123456, SECRET), { valid: false, reason: 'malformed' });
  assert.deepEqual(await verifyHotp(123456, SECRET, { counter: 0 }), { valid: false, reason: 'malformed' });
});

test('verifyTotp computes every candidate of the window, even when the first one matches', async () => {
  const { crypto, signs } = countingCrypto();
  const first = await codeAt(STEP - 3);
  await withCrypto(crypto, async () => {
    assert.deepEqual(await verifyTotp(first, SECRET, { time: NOW, window: [3, 2] }), {
      valid: true,
      step: STEP - 3,
      delta: -3,
    });
  });
  assert.equal(signs(), 6);
});

test('verifyTotpWithKey (timing hook) matches verifyTotp', async () => {
  const key = await importHmacKey(SEED1, 'SHA-1');
  assert.deepEqual(await verifyTotpWithKey(key, '94287082', 1, 1, 0, 8, -1), { valid: true, step: 1, delta: 0 });
  assert.deepEqual(await verifyTotpWithKey(key, '94287082', 2, 1, 0, 8, -1), { valid: true, step: 1, delta: -1 });
  assert.deepEqual(await verifyTotpWithKey(key, '94287082', 2, 1, 0, 8, 1), { valid: false, reason: 'replayed' });
  assert.deepEqual(await verifyTotpWithKey(key, '94287082', 3, 1, 0, 8, -1), { valid: false, reason: 'mismatch' });
});

test('verifyHotp: look-ahead window, resynchronisation and counter types', async () => {
  const c5 = await hotp(SECRET, 5);
  assert.deepEqual(await verifyHotp(c5, SECRET, { counter: 5 }), { valid: true, counter: 5, delta: 0 });
  assert.deepEqual(await verifyHotp(c5, SECRET, { counter: 3 }), { valid: true, counter: 5, delta: 2 });
  assert.deepEqual(await verifyHotp(c5, SECRET, { counter: 2 }), { valid: false, reason: 'mismatch' });
  assert.deepEqual(await verifyHotp(c5, SECRET, { counter: 2, window: 3 }), { valid: true, counter: 5, delta: 3 });
  // An old code (counter below the expected one) is refused: storing counter + 1 is the replay guard.
  assert.deepEqual(await verifyHotp(c5, SECRET, { counter: 6, window: 100 }), { valid: false, reason: 'mismatch' });
  assert.deepEqual(await verifyHotp(c5, SECRET, { counter: 5n }), { valid: true, counter: 5n, delta: 0 });
  assert.deepEqual(await verifyHotp(c5, SECRET, { counter: 5, window: 0 }), { valid: true, counter: 5, delta: 0 });
  // The window stops at the largest counter of its type.
  const top = 2n ** 64n - 1n;
  const cTop = await hotp(SECRET, top);
  assert.deepEqual(await verifyHotp(cTop, SECRET, { counter: top - 1n, window: 100 }), {
    valid: true,
    counter: top,
    delta: 1,
  });
  const safe = Number.MAX_SAFE_INTEGER;
  const { crypto, signs } = countingCrypto();
  await withCrypto(crypto, async () => {
    assert.deepEqual(await verifyHotp(await hotp(SECRET, safe), SECRET, { counter: safe - 1, window: 100 }), {
      valid: true,
      counter: safe,
      delta: 1,
    });
  });
  assert.equal(signs(), 3); // 1 for the code itself, 2 candidates
  await assert.rejects(verifyHotp(c5, SECRET, {} as never), TypeError);
  await assert.rejects(verifyHotp(c5, SECRET, undefined as never), TypeError);
  await assert.rejects(verifyHotp(c5, SECRET, { counter: 0, window: 101 }), RangeError);
  await assert.rejects(verifyHotp(c5, SECRET, { counter: 0, lastStep: 1 } as never), TypeError);
});

test('without crypto.subtle every OTP computation rejects with SubtleCryptoUnavailableError', async () => {
  await withCrypto({ getRandomValues: (a: Uint8Array) => a }, async () => {
    await assert.rejects(hotp(SEED1, 0), SubtleCryptoUnavailableError);
    await assert.rejects(
      totp(SEED1),
      (e: Error) => e instanceof SubtleCryptoUnavailableError && /secure context/.test(e.message),
    );
  });
  // Validation comes first: misuse is still a TypeError.
  await withCrypto({}, async () => {
    await assert.rejects(hotp(SEED1, -1), RangeError);
  });
});

test('otpSecret: base32 of nbytes secure bytes, 16 to 64', () => {
  assert.match(otpSecret(), /^[A-Z2-7]{32}$/);
  assert.match(otpSecret(null), /^[A-Z2-7]{32}$/);
  for (const n of [16, 17, 20, 32, 64]) assert.equal(otpSecret(n).length, Math.ceil((8 * n) / 5));
  assert.throws(() => otpSecret(15), RangeError);
  assert.throws(() => otpSecret(65), RangeError);
  assert.throws(() => otpSecret(20.5), TypeError);
  assert.throws(() => otpSecret('20' as unknown as number), TypeError);
  assert.notEqual(otpSecret(), otpSecret());
  // Exactly the source's bytes, encoded.
  const src = new ReplaySource([0x03020100, 0x07060504, 0x0b0a0908, 0x0f0e0d0c, 0x13121110]);
  assert.equal(otpSecretFrom(src, 20), bytesToBase32(Uint8Array.from({ length: 20 }, (_, i) => i)));
  assert.equal(src.remaining, 0);
});

test('otpauthUri: the canonical form', () => {
  assert.equal(
    otpauthUri({ secret: SEED1, account: 'alice@example.com', issuer: 'ACME Co' }),
    'otpauth://totp/ACME%20Co:alice%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30',
  );
  assert.equal(
    otpauthUri({
      type: 'hotp',
      secret: 'gezd gnbv gy3t qojq gezd gnbv gy3t qojq',
      account: 'bob',
      counter: 7n,
      algorithm: 'SHA-512',
      digits: 8,
    }),
    'otpauth://hotp/bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&algorithm=SHA512&digits=8&counter=7',
  );
  assert.equal(
    otpauthUri({ secret: SEED1, account: 'a b&c=d?e/f', issuer: 'Ü+é', algorithm: 'SHA-256', period: 60 }),
    'otpauth://totp/%C3%9C%2B%C3%A9:a%20b%26c%3Dd%3Fe%2Ff?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=%C3%9C%2B%C3%A9&algorithm=SHA256&digits=6&period=60',
  );
  assert.throws(() => otpauthUri({ secret: SEED1, account: 'a:b' }), /colon/);
  assert.throws(() => otpauthUri({ secret: SEED1, account: 'a', issuer: 'X:Y' }), RangeError);
  assert.throws(() => otpauthUri({ secret: SEED1, account: '' }), RangeError);
  assert.throws(() => otpauthUri({ secret: SEED1, account: ' a' }), /spaces/);
  assert.throws(() => otpauthUri({ secret: SEED1, account: '\ud800' }), RangeError);
  assert.throws(() => otpauthUri({ secret: SEED1, account: 'x'.repeat(257) }), RangeError);
  assert.throws(() => otpauthUri({ type: 'hotp', secret: SEED1, account: 'a' }), /counter/);
  assert.throws(() => otpauthUri({ type: 'hotp', secret: SEED1, account: 'a', counter: 1, period: 30 }), TypeError);
  assert.throws(() => otpauthUri({ secret: SEED1, account: 'a', counter: 1 }), TypeError);
  assert.throws(() => otpauthUri({ type: 'motp' as never, secret: SEED1, account: 'a' }), RangeError);
  assert.throws(() => otpauthUri({ secret: new Uint8Array(9), account: 'a' }), RangeError);
  assert.throws(() => otpauthUri({ secret: SEED1, account: 'a', label: 'x' } as never), /unknown option/);
  assert.throws(() => otpauthUri(undefined as never), TypeError);
});

test('parseOtpauthUri: common variants normalise to one form', () => {
  const canonical = {
    type: 'totp',
    secret: 'JBSWY3DPEHPK3PXP',
    account: 'alice@example.com',
    issuer: 'ACME Co',
    algorithm: 'SHA-1',
    digits: 6,
    period: 30,
  };
  for (const uri of [
    'otpauth://totp/ACME%20Co:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30',
    'otpauth://totp/ACME%20Co:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME+Co',
    'OTPAUTH://TOTP/ACME%20Co:%20alice@example.com?SECRET=jbswy3dpehpk3pxp&algorithm=sha-1',
    'otpauth://totp/alice@example.com?secret=jbsw%20y3dp%20ehpk%203pxp&issuer=ACME%20Co&algorithm=SHA-1',
    'otpauth://totp/ACME%20Co%3Aalice@example.com?secret=JBSWY3DPEHPK3PXP&image=https%3A%2F%2Fx.png',
    'otpauth://totp/ACME Co:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME Co#ignored',
  ]) {
    assert.deepEqual(parseOtpauthUri(uri), canonical, uri);
  }
  assert.deepEqual(
    parseOtpauthUri(
      'otpauth://totp/bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ======&algorithm=SHA-512&digits=8&period=60',
    ),
    {
      type: 'totp',
      secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
      account: 'bob',
      algorithm: 'SHA-512',
      digits: 8,
      period: 60,
    },
  );
  assert.deepEqual(parseOtpauthUri('otpauth://hotp/X:bob?secret=JBSWY3DPEHPK3PXP&counter=18446744073709551615'), {
    type: 'hotp',
    secret: 'JBSWY3DPEHPK3PXP',
    account: 'bob',
    issuer: 'X',
    algorithm: 'SHA-1',
    digits: 6,
    counter: 18446744073709551615n,
  });
  assert.equal(
    (parseOtpauthUri('otpauth://hotp/bob?secret=JBSWY3DPEHPK3PXP&counter=0') as { counter: unknown }).counter,
    0,
  );
});

test('parseOtpauthUri: invalid URIs are RangeErrors with a reason', () => {
  const bad: [string, RegExp][] = [
    ['https://totp/a?secret=JBSWY3DPEHPK3PXP', /not of the form/],
    ['otpauth://motp/a?secret=JBSWY3DPEHPK3PXP', /type/],
    ['otpauth://totp/?secret=JBSWY3DPEHPK3PXP', /account/],
    ['otpauth://totp/ACME:?secret=JBSWY3DPEHPK3PXP', /account/],
    ['otpauth://totp/a:b:c?secret=JBSWY3DPEHPK3PXP', /account/],
    ['otpauth://totp/a', /secret parameter is missing/],
    ['otpauth://totp/a?secret=JBSWY3DPEHPK3PX1', /secret must be base32 .* position 15 \(of 16\)/],
    ['otpauth://totp/a?secret=JBSWY3DPEHPK3PXPJ', /17 characters cannot be whole base32/],
    ['otpauth://totp/a?secret=JBSWY3DP', /from 10 to 128 bytes/],
    ['otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&algorithm=MD5', /unsupported algorithm/],
    ['otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=5', /digits/],
    ['otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=six', /digits/],
    ['otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&period=0', /period/],
    ['otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&period=-30', /period/],
    ['otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP', /counter/],
    ['otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=18446744073709551616', /counter/],
    ['otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=1e3', /counter/],
    ['otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&secret=JBSWY3DPEHPK3PXP', /twice/],
    ['otpauth://totp/Evil:a?secret=JBSWY3DPEHPK3PXP&issuer=Good', /disagrees/],
    ['otpauth://totp/%E0%A4%A?secret=JBSWY3DPEHPK3PXP', /percent-encoding/],
    [`otpauth://totp/a?secret=${'A'.repeat(5000)}`, /longer than/],
  ];
  for (const [uri, re] of bad)
    assert.throws(
      () => parseOtpauthUri(uri),
      (e: Error) => e instanceof RangeError && re.test(e.message),
      uri,
    );
  assert.throws(() => parseOtpauthUri(undefined as never), TypeError);
});

const ALGS = ['SHA-1', 'SHA-256', 'SHA-512'] as const;
const name = fc
  .string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
  // Control, format and line-separator characters are refused in names (issue 11, item 8).
  .filter((s) => !s.includes(':') && s.trim() === s && s.length > 0 && !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(s));
const params: fc.Arbitrary<OtpauthParams> = fc.oneof(
  fc
    .record(
      {
        type: fc.constant('totp' as const),
        secret: fc.uint8Array({ minLength: 10, maxLength: 64 }).map((b) => bytesToBase32(b)),
        account: name,
        issuer: name,
        algorithm: fc.constantFrom(...ALGS),
        digits: fc.integer({ min: 6, max: 10 }),
        period: fc.integer({ min: 1, max: 86400 }),
      },
      { requiredKeys: ['type', 'secret', 'account', 'algorithm', 'digits', 'period'] },
    )
    .map((r) => ({ ...r })),
  fc
    .record(
      {
        type: fc.constant('hotp' as const),
        secret: fc.uint8Array({ minLength: 10, maxLength: 64 }).map((b) => bytesToBase32(b)),
        account: name,
        issuer: name,
        algorithm: fc.constantFrom(...ALGS),
        digits: fc.integer({ min: 6, max: 10 }),
        counter: fc.oneof(
          fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
          fc.bigInt({ min: BigInt(Number.MAX_SAFE_INTEGER) + 1n, max: 2n ** 64n - 1n }),
        ),
      },
      { requiredKeys: ['type', 'secret', 'account', 'algorithm', 'digits', 'counter'] },
    )
    .map((r) => ({ ...r })),
);

test('otpauth round trip: parse(build(p)) deep-equals p for every normalised p', () => {
  fc.assert(
    fc.property(params, (p) => {
      const uri = otpauthUri(p);
      assert.deepEqual(parseOtpauthUri(uri), p);
      assert.equal(otpauthUri(parseOtpauthUri(uri)), uri);
    }),
    { numRuns: 500, seed: 20261205 },
  );
});
