/**
 * Issue 11 regressions for the OTP functions, one test per item: options read as own data
 * properties once (item 1), no secret in an error message (item 2), an untrusted token of any
 * type is 'malformed' (item 7), ASCII-only case folding and no control or format characters in
 * otpauth names (item 8).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  hotp,
  hotpSync,
  otpauthUri,
  parseOtpauthUri,
  totp,
  totpSync,
  verifyHotp,
  verifyHotpSync,
  verifyTotp,
  verifyTotpSync,
} from '../../src/index.js';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const TIME = 1_700_000_000_000;
const STEP = Math.floor(TIME / 30000);

type Verify = (token: unknown, secret: string | Uint8Array, o: Record<string, unknown>) => unknown;
const VERIFY_TOTP: [string, Verify][] = [
  ['verifyTotp', (t, s, o) => verifyTotp(t, s, o)],
  ['verifyTotpSync', (t, s, o) => verifyTotpSync(t, s, o)],
];
const VERIFY_HOTP: [string, Verify][] = [
  ['verifyHotp', (t, s, o) => verifyHotp(t, s, o as { counter: number })],
  ['verifyHotpSync', (t, s, o) => verifyHotpSync(t, s, o as { counter: number })],
];

/** Runs `f` with `key` set on `proto` (a pollution bug elsewhere in the program), then removes it. */
async function polluted<T>(proto: object, key: PropertyKey, value: unknown, f: () => Promise<T> | T): Promise<T> {
  Object.defineProperty(proto, key, { value, configurable: true, writable: true, enumerable: true });
  try {
    return await f();
  } finally {
    delete (proto as Record<PropertyKey, unknown>)[key];
  }
}

test('issue 11 item 1: with Object.prototype.window = 10, a five-minute-old TOTP code does not verify', async () => {
  const old = totpSync(SECRET, { time: TIME - 300_000 });
  for (const [name, verify] of VERIFY_TOTP) {
    for (const options of [{ time: TIME }, {}, undefined]) {
      const o = options === undefined ? undefined : { ...options, time: TIME };
      const r = await polluted(Object.prototype, 'window', 10, () => verify(old, SECRET, o as never));
      assert.deepEqual(r, { valid: false, reason: 'mismatch' }, `${name} ${JSON.stringify(options)}`);
    }
    // Control: the code is a real one, accepted with an explicit window of 10.
    assert.equal(((await verify(old, SECRET, { time: TIME, window: 10 })) as { valid: boolean }).valid, true);
  }
});

test('issue 11 item 1: every OTP option key on Object.prototype changes nothing', async () => {
  const code = totpSync(SECRET, { time: TIME });
  const hotpCode = hotpSync(SECRET, 3);
  const pollution: [string, unknown][] = [
    ['time', 0],
    ['period', 60],
    ['epoch', TIME],
    ['digits', 8],
    ['algorithm', 'SHA-512'],
    ['window', [10, 10]],
    ['lastStep', STEP + 5],
    ['counter', 3],
    ['type', 'hotp'],
    ['issuer', 'Evil'],
    ['account', 'mallory'],
    ['secret', 'AAAAAAAAAAAAAAAA'],
  ];
  const uri = otpauthUri({ secret: SECRET, account: 'alice', issuer: 'ACME' });
  for (const [key, value] of pollution) {
    await polluted(Object.prototype, key, value, async () => {
      assert.equal(totpSync(SECRET, { time: TIME }), code, key);
      assert.equal(await totp(SECRET, { time: TIME }), code, key);
      assert.equal(hotpSync(SECRET, 3), hotpCode, key);
      assert.equal(await hotp(SECRET, 3), hotpCode, key);
      for (const [, verify] of VERIFY_TOTP) {
        assert.deepEqual(await verify(code, SECRET, { time: TIME }), { valid: true, step: STEP, delta: 0 }, key);
      }
      for (const [, verify] of VERIFY_HOTP) {
        assert.deepEqual(await verify(hotpCode, SECRET, { counter: 1 }), { valid: true, counter: 3, delta: 2 }, key);
      }
      assert.equal(otpauthUri({ secret: SECRET, account: 'alice', issuer: 'ACME' }), uri, key);
      assert.deepEqual(Object.keys(parseOtpauthUri(uri)).sort(), [
        'account',
        'algorithm',
        'digits',
        'issuer',
        'period',
        'secret',
        'type',
      ]);
    });
  }
});

test('issue 11 item 1: a window array is read by its own elements only, once each', async () => {
  const old = totpSync(SECRET, { time: TIME - 60_000 });
  for (const [name, verify] of VERIFY_TOTP) {
    // A hole is not filled from Array.prototype: it is a missing integer, a TypeError.
    await polluted(Array.prototype, 0, 10, async () => {
      // eslint-disable-next-line no-sparse-arrays -- the hole is the point
      const holey = [, 0] as unknown as [number, number];
      await assert.rejects(async () => verify(old, SECRET, { time: TIME, window: holey }), TypeError, name);
    });
    // A getter element is not run.
    const getter = [0, 0];
    let runs = 0;
    Object.defineProperty(getter, 0, {
      get: () => {
        runs++;
        return 10;
      },
    });
    await assert.rejects(async () => verify(old, SECRET, { time: TIME, window: getter }), TypeError, name);
    assert.equal(runs, 0);
    // A getter-backed options object is read once per key.
    const reads: Record<string, number> = {};
    const o = {};
    for (const [k, v] of Object.entries({ time: TIME, window: [2, 0], lastStep: 1 })) {
      Object.defineProperty(o, k, {
        enumerable: true,
        get: () => {
          reads[k] = (reads[k] ?? 0) + 1;
          return v;
        },
      });
    }
    assert.deepEqual(await verify(old, SECRET, o), { valid: true, step: STEP - 2, delta: -2 });
    assert.deepEqual(reads, { time: 1, window: 1, lastStep: 1 });
  }
});

/** Every substring of `secret` of 6 characters or more must be absent from `message`. */
function assertNoSecret(message: string, secret: string, what: string): void {
  const m = message.toUpperCase();
  const s = secret.toUpperCase().replace(/[ =]/g, '');
  for (let i = 0; i + 6 <= s.length; i++) {
    assert.ok(!m.includes(s.slice(i, i + 6)), `${what}: the message quotes the secret: ${message}`);
  }
}

async function errorOf(f: () => unknown): Promise<Error> {
  try {
    await f();
  } catch (e) {
    return e as Error;
  }
  assert.fail('no error');
}

test('issue 11 item 2: OTP secrets and keys never appear in error messages', async () => {
  const badSecrets = [
    'MZXW6YTBOI1FQZLUMVZXIZLDOJSXI', // a '1' at position 10
    'MZXW6YTBOIYFQZLUMVZXIZLDOJSXIZ', // 30 characters: an impossible length
    'MZXW6YTBOIYFQZLUMVZXIZLDOJSXIZLDOJSXIZ', // non-zero unused bits
    'MZXW6YTB', // 5 bytes: too short
    'mzxw 6ytb oiyf qzlu mvzx izld ojsx ſzld', // a non-ASCII letter
    `MZXW6YTBOIYFQZLU${'A'.repeat(2000)}`, // too long
  ];
  const calls: [string, (s: unknown) => unknown][] = [
    ['hotp', (s) => hotp(s as string, 0)],
    ['hotpSync', (s) => hotpSync(s as string, 0)],
    ['totp', (s) => totp(s as string)],
    ['totpSync', (s) => totpSync(s as string)],
    ['verifyTotp', (s) => verifyTotp('123456', s as string)],
    ['verifyTotpSync', (s) => verifyTotpSync('123456', s as string)],
    ['verifyHotp', (s) => verifyHotp('123456', s as string, { counter: 0 })],
    ['verifyHotpSync', (s) => verifyHotpSync('123456', s as string, { counter: 0 })],
    ['otpauthUri', (s) => otpauthUri({ secret: s as string, account: 'a' })],
    ['parseOtpauthUri', (s) => parseOtpauthUri(`otpauth://totp/a?secret=${encodeURIComponent(s as string)}`)],
  ];
  for (const secret of badSecrets) {
    for (const [name, call] of calls) {
      const e = await errorOf(() => call(secret));
      assert.ok(e instanceof RangeError, `${name}: ${e}`);
      assertNoSecret(e.message, secret, name);
    }
  }
  // The position and the length are given instead.
  const e = await errorOf(() => hotpSync(badSecrets[0]!, 0));
  assert.match(e.message, /position 10 \(of 29\)/);
  // A secret of the wrong type is described by its type and length only.
  for (const [name, call] of calls.slice(0, 8)) {
    const t = await errorOf(() => call(['MZXW6YTBOIYFQZLUMVZXIZLDOJSXIZLD']));
    assert.ok(t instanceof TypeError, name);
    assertNoSecret(t.message, 'MZXW6YTBOIYFQZLUMVZXIZLDOJSXIZLD', name);
  }
  // parseOtpauthUri never quotes the URI, whatever else is wrong with it.
  const good = 'MZXW6YTBOIYFQZLUMVZXIZLDOJSXIZLD';
  for (const tail of ['&algorithm=MD5', '&digits=5', '&period=0', '&issuer=Other', '&secret=AAAA', '&x=%E0%A4%A']) {
    const p = await errorOf(() => parseOtpauthUri(`otpauth://totp/ACME:a?secret=${good}${tail}`));
    assert.ok(p instanceof RangeError);
    assertNoSecret(p.message, good, tail);
  }
  const h = await errorOf(() => parseOtpauthUri(`otpauth://hotp/a?secret=${good}`));
  assertNoSecret(h.message, good, 'hotp without a counter');
});

test('issue 11 item 7: an untrusted token of any type verifies as malformed, never a throw or rejection', async () => {
  const trap = new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
      getPrototypeOf() {
        throw new Error('trap');
      },
    },
  );
  const tokens: unknown[] = [
    ['123456', '123456'], // ?token=a&token=b
    123456, // a JSON number
    755224,
    { token: '123456' },
    undefined,
    null,
    true,
    123456n,
    Symbol('t'),
    new String('123456'),
    () => '123456',
    trap,
    Object.create(null),
  ];
  for (const token of tokens) {
    for (const [name, verify] of VERIFY_TOTP) {
      assert.deepEqual(await verify(token, SECRET, { time: TIME }), { valid: false, reason: 'malformed' }, name);
    }
    for (const [name, verify] of VERIFY_HOTP) {
      assert.deepEqual(await verify(token, SECRET, { counter: 0 }), { valid: false, reason: 'malformed' }, name);
    }
  }
  // The trusted arguments still throw, even when the token is junk.
  for (const [[, verify], o] of [
    ...VERIFY_TOTP.map((v) => [v, { time: TIME }] as const),
    ...VERIFY_HOTP.map((v) => [v, { counter: 0 }] as const),
  ]) {
    await assert.rejects(async () => verify(['1'], 'not base32!', o), RangeError);
    await assert.rejects(async () => verify(123, SECRET, { ...o, bogus: 1 }), TypeError);
    await assert.rejects(async () => verify(undefined, SECRET, { ...o, digits: 11 }), RangeError);
  }
});

test('issue 11 item 8: case folding is ASCII only in secrets and URI parameters', async () => {
  // 'ſ' (U+017F) and 'ı' (U+0131) upper-case to 'S' and 'I' in Unicode; 'K' (U+212A) lower-cases to 'k'.
  const secrets = ['JBſWY3DPEHPK3PXP', 'jbswy3dpehpk3pxpı', 'JBSWY3DPEHP\u212A3PXP'];
  for (const s of secrets) {
    assert.throws(() => hotpSync(s, 0), RangeError, s);
    await assert.rejects(hotp(s, 0), RangeError, s);
    assert.throws(() => otpauthUri({ secret: s, account: 'a' }), RangeError, s);
    assert.throws(() => parseOtpauthUri(`otpauth://totp/a?secret=${encodeURIComponent(s)}`), RangeError, s);
  }
  assert.equal(hotpSync('jbswy3dpehpk3pxp', 0), hotpSync('JBSWY3DPEHPK3PXP', 0));
  for (const alg of ['ſha256', 'ſha1', 'ſHA-512', 'sha-\u0661']) {
    assert.throws(
      () => parseOtpauthUri(`otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&algorithm=${encodeURIComponent(alg)}`),
      /unsupported algorithm/,
      alg,
    );
  }
  for (const alg of ['sha256', 'SHA-256', 'Sha256']) {
    const p = parseOtpauthUri(`otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&algorithm=${alg}`);
    assert.equal(p.algorithm, 'SHA-256');
  }
  // Parameter names fold ASCII only: 'ſecret' is not 'secret'.
  assert.throws(() => parseOtpauthUri('otpauth://totp/a?%C5%BFecret=JBSWY3DPEHPK3PXP'), /secret parameter is missing/);
  assert.equal(parseOtpauthUri('otpauth://totp/a?SECRET=JBSWY3DPEHPK3PXP').secret, 'JBSWY3DPEHPK3PXP');
});

test('issue 11 item 8: control, bidi and format characters are refused in otpauth issuer and account', () => {
  const unsafe = [
    '\n',
    '\r',
    '\u0000',
    '\u007f',
    '\u0085',
    '\u202e', // right-to-left override
    '\u2066', // left-to-right isolate
    '\u200f', // right-to-left mark
    '\u200b', // zero-width space
    '\u200d', // zero-width joiner
    '\u00ad', // soft hyphen
    '\ufeff',
    '\u2028', // line separator
    '\u2029', // paragraph separator
    '\u{e0001}', // language tag
  ];
  for (const c of unsafe) {
    const hex = c.codePointAt(0)!.toString(16);
    for (const name of [`alice${c}@example.com`, `${c}x`]) {
      assert.throws(() => otpauthUri({ secret: SECRET, account: name }), /control and format/, `account U+${hex}`);
      assert.throws(
        () => otpauthUri({ secret: SECRET, account: 'a', issuer: name }),
        /control and format/,
        `issuer U+${hex}`,
      );
      const enc = encodeURIComponent(name);
      for (const uri of [
        `otpauth://totp/${enc}?secret=${SECRET}`,
        `otpauth://totp/${enc}:alice?secret=${SECRET}`,
        `otpauth://totp/alice?secret=${SECRET}&issuer=${enc}`,
      ]) {
        assert.throws(() => parseOtpauthUri(uri), /control and format/, `${uri}`);
      }
    }
  }
  // Ordinary Unicode names, spaces and emoji without joiners are fine.
  for (const name of ['Ünïcödé Co', 'アリス', 'bob smith', '😀 Corp']) {
    const uri = otpauthUri({ secret: SECRET, account: name, issuer: name });
    assert.equal(parseOtpauthUri(uri).account, name);
  }
});
