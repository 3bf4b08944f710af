import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import {
  SubtleCryptoUnavailableError,
  createResetLink,
  parseResetToken,
  sessionKey,
  verifyResetToken,
  type ResetRecord,
} from '../src/index.js';
import { createResetLinkFrom } from '../src/reset/index.js';
import { ReplaySource } from './helpers/fakes.js';
import { withCrypto } from './helpers/subtle.js';

const TOKEN_RE = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;
const b64url = (b: Uint8Array) => Buffer.from(b).toString('base64url');

test('sessionKey: base64url of nbytes secure bytes, 16 to 1024', () => {
  assert.match(sessionKey(), /^[A-Za-z0-9_-]{43}$/);
  assert.match(sessionKey(null), /^[A-Za-z0-9_-]{43}$/);
  for (const n of [16, 17, 18, 64, 1024]) {
    const k = sessionKey(n);
    assert.equal(k.length, Math.ceil((4 * n) / 3));
    assert.equal(Buffer.from(k, 'base64url').length, n);
  }
  assert.notEqual(sessionKey(), sessionKey());
  assert.throws(() => sessionKey(15), RangeError);
  assert.throws(() => sessionKey(1025), RangeError);
  assert.throws(() => sessionKey(16.5), TypeError);
});

test('createResetLink: exact token, hash and expiry from the source', async () => {
  // 16 selector bytes 0..15, then 32 verifier bytes 16..47.
  const words = Array.from(
    { length: 12 },
    (_, w) => ((4 * w) | ((4 * w + 1) << 8) | ((4 * w + 2) << 16) | ((4 * w + 3) << 24)) >>> 0,
  );
  const src = new ReplaySource(words);
  const link = await createResetLinkFrom(src, 'https://example.com/reset', { now: 1000, ttlMs: 60_000 });
  assert.equal(src.remaining, 0);
  const sel = Uint8Array.from({ length: 16 }, (_, i) => i);
  const ver = Uint8Array.from({ length: 32 }, (_, i) => 16 + i);
  assert.equal(link.token, `${b64url(sel)}.${b64url(ver)}`);
  assert.deepEqual(link.record, {
    selector: b64url(sel),
    verifierHash: createHash('sha256').update(ver).digest('base64url'),
    expiresAt: 61_000,
  });
  assert.equal(link.url, `https://example.com/reset?token=${link.token}`);
  assert.ok(!JSON.stringify(link.record).includes(b64url(ver)), 'the verifier is never stored');
});

test('createResetLink: URL building, placement and param', async () => {
  const a = await createResetLink('https://example.com/a/reset?lang=de#top', { param: 't' });
  assert.match(a.token, TOKEN_RE);
  assert.equal(a.url, `https://example.com/a/reset?lang=de&t=${a.token}#top`);
  const b = await createResetLink('https://example.com/reset/', { placement: 'path' });
  assert.equal(b.url, `https://example.com/reset/${b.token}`);
  const c = await createResetLink('http://localhost:8080/reset?x=1', { placement: 'path' });
  assert.equal(c.url, `http://localhost:8080/reset/${c.token}?x=1`);
  const d = await createResetLink(new URL('https://example.com'));
  assert.equal(d.url, `https://example.com/?token=${d.token}`);
  const e = await createResetLink('https://example.com/r?token=old');
  assert.equal(e.url, `https://example.com/r?token=${e.token}`);
  const before = Date.now();
  const f = await createResetLink('https://example.com/r');
  assert.ok(f.record.expiresAt >= before + 3_600_000 && f.record.expiresAt <= Date.now() + 3_600_000);
  assert.notEqual(a.record.selector, b.record.selector);
});

test('createResetLink: junk is a TypeError or RangeError, before any randomness', async () => {
  const src = new ReplaySource([]);
  for (const url of [
    '',
    'not a url',
    '/reset',
    'ftp://example.com/x',
    'javascript:alert(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    `https://e.com/${'a'.repeat(9000)}`,
  ]) {
    await assert.rejects(createResetLinkFrom(src, url, undefined), RangeError, url);
  }
  for (const url of [42, null, undefined, { href: 'https://example.com' }]) {
    await assert.rejects(createResetLinkFrom(src, url, undefined), TypeError);
  }
  const base = 'https://example.com/r';
  await assert.rejects(createResetLinkFrom(src, base, { ttlMs: 999 }), RangeError);
  await assert.rejects(createResetLinkFrom(src, base, { ttlMs: 32 * 86_400_000 }), RangeError);
  await assert.rejects(createResetLinkFrom(src, base, { ttlMs: 1.5 }), TypeError);
  await assert.rejects(createResetLinkFrom(src, base, { now: NaN }), RangeError);
  await assert.rejects(createResetLinkFrom(src, base, { now: '0' }), TypeError);
  await assert.rejects(createResetLinkFrom(src, base, { param: '' }), RangeError);
  await assert.rejects(createResetLinkFrom(src, base, { param: 'a b' }), RangeError);
  await assert.rejects(createResetLinkFrom(src, base, { param: 1 }), TypeError);
  await assert.rejects(createResetLinkFrom(src, base, { placement: 'fragment' }), RangeError);
  await assert.rejects(createResetLinkFrom(src, base, { placement: 1 }), TypeError);
  await assert.rejects(createResetLinkFrom(src, base, { ttl: 1000 }), /unknown option "ttl"/);
  assert.equal(src.used, 0);
});

test('verifyResetToken: valid, expired, unknown selector, mismatch', async () => {
  const { token, record } = await createResetLink('https://example.com/r', { now: 0, ttlMs: 60_000 });
  assert.deepEqual(await verifyResetToken(token, record, { now: 0 }), { valid: true });
  assert.deepEqual(await verifyResetToken(token, record, { now: 59_999 }), { valid: true });
  assert.deepEqual(await verifyResetToken(token, record, { now: 60_000 }), { valid: false, reason: 'expired' });
  const other = await createResetLink('https://example.com/r', { now: 0 });
  assert.deepEqual(await verifyResetToken(other.token, record, { now: 0 }), {
    valid: false,
    reason: 'unknown-selector',
  });
  // Same selector, another verifier (change one character in the middle of the verifier).
  const i = 40;
  const forged = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
  assert.match(forged, TOKEN_RE);
  assert.deepEqual(await verifyResetToken(forged, record, { now: 0 }), { valid: false, reason: 'mismatch' });
  // issue 11.8: an expired link with a wrong verifier says mismatch, so the selector alone does not
  // tell whether the link is live.
  assert.deepEqual(await verifyResetToken(forged, record, { now: 60_000 }), { valid: false, reason: 'mismatch' });
  // Default now is Date.now(): a fresh link is valid.
  const fresh = await createResetLink('https://example.com/r');
  assert.deepEqual(await verifyResetToken(fresh.token, fresh.record), { valid: true });
});

test('verifyResetToken and parseResetToken: malformed tokens are answers, not exceptions', async () => {
  const { token, record } = await createResetLink('https://example.com/r', { now: 0 });
  const sel = record.selector;
  const malformed = [
    '',
    '.',
    'x.y',
    token + 'A',
    token.slice(0, -1),
    token.replace('.', '-'),
    `${sel}.${'A'.repeat(42)}B`, // non-canonical last character
    `${sel}.${'A'.repeat(42)}=`,
    `${sel}.${'+'.repeat(43)}`,
    `${sel.slice(0, 21)}.${token.slice(22)}A`,
    '\ud800'.repeat(66),
    'A'.repeat(100000),
    null,
    undefined,
    // issue 11.7: untrusted tokens of any type (?token=a&token=b, a JSON number or object).
    42,
    [token, token],
    [token],
    { token },
    new String(token),
    true,
    Symbol('t'),
    12n,
  ];
  for (const t of malformed) {
    assert.deepEqual(
      await verifyResetToken(t, record, { now: 0 }),
      { valid: false, reason: 'malformed' },
      typeof t === 'symbol' ? 'symbol' : String(t).slice(0, 80),
    );
    assert.equal(parseResetToken(t), undefined);
  }
  assert.deepEqual(parseResetToken(token), { selector: sel });
});

test('verifyResetToken: a bad record or option is misuse (TypeError/RangeError)', async () => {
  const { token, record } = await createResetLink('https://example.com/r');
  const bad: [unknown, typeof TypeError | typeof RangeError][] = [
    [null, TypeError],
    ['record', TypeError],
    [{}, TypeError],
    [{ ...record, selector: 1 }, TypeError],
    [{ ...record, verifierHash: undefined }, TypeError],
    [{ ...record, expiresAt: '1' }, TypeError],
    [{ ...record, expiresAt: NaN }, RangeError],
    [{ ...record, selector: 'short' }, RangeError],
    [{ ...record, verifierHash: 'x'.repeat(43) + '=' }, RangeError],
    [{ ...record, verifierHash: '!'.repeat(43) }, RangeError],
  ];
  for (const [r, E] of bad) await assert.rejects(verifyResetToken(token, r as ResetRecord), E, JSON.stringify(r));
  await assert.rejects(verifyResetToken(token, record, { now: Infinity }), RangeError);
  await assert.rejects(verifyResetToken(token, record, { when: 0 } as never), TypeError);
});

test('reset links need crypto.subtle and say so', async () => {
  const { token, record } = await createResetLink('https://example.com/r');
  const rv = globalThis.crypto.getRandomValues.bind(globalThis.crypto);
  await withCrypto({ getRandomValues: rv }, async () => {
    await assert.rejects(createResetLink('https://example.com/r'), SubtleCryptoUnavailableError);
    await assert.rejects(verifyResetToken(token, record), SubtleCryptoUnavailableError);
    // Steps before the hash still answer.
    assert.deepEqual(await verifyResetToken('x', record), { valid: false, reason: 'malformed' });
  });
});

test('issue 11.8: createResetLink requires https, except on loopback or with allowHttp, and no credentials', async () => {
  for (const base of ['http://localhost/r', 'http://127.0.0.1:8080/r', 'http://127.5.6.7/r', 'http://[::1]:3000/r']) {
    assert.match((await createResetLink(base)).url, /^http:/, base);
  }
  for (const base of [
    'http://example.com/r',
    'http://10.0.0.1/r',
    'http://localhost.example.com/r',
    'http://128.0.0.1/',
  ]) {
    await assert.rejects(createResetLink(base), /baseUrl must be https/, base);
  }
  assert.match((await createResetLink('http://example.com/r', { allowHttp: true })).url, /^http:\/\/example\.com/);
  await assert.rejects(createResetLink('http://example.com/r', { allowHttp: 1 as never }), TypeError);
  for (const base of [
    'https://user:hunter2@example.com/r',
    'https://user@example.com/r',
    'https://:hunter2@example.com/',
  ]) {
    await assert.rejects(createResetLink(base), (e: Error) => {
      assert.ok(e instanceof RangeError);
      assert.match(e.message, /without a username or password/);
      assert.ok(!e.message.includes('hunter2') && !e.message.includes('user@'), e.message);
      return true;
    });
  }
  await assert.rejects(createResetLink('ftp://example.com/'), RangeError);
});

test('issue 11.1: a reset record is read from its own fields, once', async () => {
  const { token, record } = await createResetLink('https://example.com/r', { now: 0, ttlMs: 60_000 });
  const proto = Object.prototype as Record<string, unknown>;
  proto.expiresAt = 1e15;
  try {
    const { expiresAt: _e, ...noExpiry } = record;
    await assert.rejects(verifyResetToken(token, noExpiry as never, { now: 0 }), /record\.expiresAt must be a number/);
    // A stored row may carry other columns.
    assert.deepEqual(await verifyResetToken(token, { ...record, id: 7 } as never, { now: 0 }), { valid: true });
  } finally {
    delete proto.expiresAt;
  }
  const reads: Record<string, number> = {};
  const counted = new Proxy(record, {
    get(t, k, r) {
      reads[String(k)] = (reads[String(k)] ?? 0) + 1;
      return Reflect.get(t, k, r) as unknown;
    },
  });
  assert.deepEqual(await verifyResetToken(token, counted, { now: 0 }), { valid: true });
  assert.deepEqual(reads, { selector: 1, verifierHash: 1, expiresAt: 1 });
});

test('issue 11.2: reset record errors never show the stored hash', async () => {
  const { token, record } = await createResetLink('https://example.com/r');
  const secret = record.verifierHash;
  for (const bad of [
    { ...record, verifierHash: secret + '=' },
    { ...record, verifierHash: secret.slice(1) + '!' },
  ]) {
    await assert.rejects(verifyResetToken(token, bad), (e: Error) => {
      assert.ok(e instanceof RangeError);
      assert.ok(!e.message.includes(secret.slice(1, 20)), e.message);
      return true;
    });
  }
});
