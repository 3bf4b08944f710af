// Conformance cases for HOTP/TOTP, otpauth URIs, reset links and session keys. Vectors from
// RFC 4226 Appendix D and RFC 6238 Appendix B.
export default function (lib, t) {
  const m = lib['.'];
  const { assert } = t;
  const ascii = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
  const SEED1 = ascii('12345678901234567890');
  const SEED256 = ascii('12345678901234567890123456789012');
  const SEED512 = ascii('1234567890123456789012345678901234567890123456789012345678901234');

  t.test('hotp: RFC 4226 Appendix D', async () => {
    const want = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    for (let c = 0; c < 10; c++) assert.equal(await m.hotp(SEED1, c), want[c]);
    assert.equal(await m.hotp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 1n), '287082');
    assert.equal(await m.hotp('gezdgnbvgy3tqojqgezdgnbvgy3tqojq', 0, { digits: 10 }), '1284755224');
  });

  t.test('totp: RFC 6238 Appendix B (SHA-1, SHA-256, SHA-512)', async () => {
    const rows = [
      [59, '94287082', '46119246', '90693936'],
      [1111111109, '07081804', '68084774', '25091201'],
      [1234567890, '89005924', '91819424', '93441116'],
      [20000000000, '65353130', '77737706', '47863826'],
    ];
    for (const [s, c1, c256, c512] of rows) {
      assert.equal(await m.totp(SEED1, { time: s * 1000, digits: 8 }), c1);
      assert.equal(await m.totp(SEED256, { time: s * 1000, digits: 8, algorithm: 'SHA-256' }), c256);
      assert.equal(await m.totp(SEED512, { time: s * 1000, digits: 8, algorithm: 'SHA-512' }), c512);
    }
  });

  t.test('totp/hotp: argument errors reject with TypeError/RangeError', async () => {
    await assert.rejects(() => m.hotp(new Uint8Array(9), 0), RangeError);
    await assert.rejects(() => m.hotp('not base32!', 0), RangeError);
    await assert.rejects(() => m.hotp(SEED1, -1), RangeError);
    await assert.rejects(() => m.hotp(SEED1, 2n ** 64n), RangeError);
    await assert.rejects(() => m.totp(SEED1, { digits: 5 }), RangeError);
    await assert.rejects(() => m.totp(SEED1, { algorithm: 'SHA1' }), RangeError);
    await assert.rejects(() => m.totp(SEED1, { time: '0' }), TypeError);
    await assert.rejects(() => m.totp(SEED1, { bogus: 1 }), TypeError);
  });

  t.test('verifyTotp: window [1, 0], replay guard, malformed tokens', async () => {
    const time = 1111111109000;
    const step = 37037036;
    const cur = await m.hotp(SEED1, step);
    const prev = await m.hotp(SEED1, step - 1);
    const next = await m.hotp(SEED1, step + 1);
    assert.deepEqual(await m.verifyTotp(cur, SEED1, { time }), { valid: true, step, delta: 0 });
    assert.deepEqual(await m.verifyTotp(prev, SEED1, { time }), { valid: true, step: step - 1, delta: -1 });
    assert.deepEqual(await m.verifyTotp(next, SEED1, { time }), { valid: false, reason: 'mismatch' });
    assert.deepEqual(await m.verifyTotp(next, SEED1, { time, window: [0, 1] }), {
      valid: true,
      step: step + 1,
      delta: 1,
    });
    assert.deepEqual(await m.verifyTotp(cur, SEED1, { time, lastStep: step }), { valid: false, reason: 'replayed' });
    for (const tok of ['1', '12345', '1234567', 'abcdef', '', null]) {
      assert.deepEqual(await m.verifyTotp(tok, SEED1, { time, window: 10 }), { valid: false, reason: 'malformed' });
    }
    await assert.rejects(() => m.verifyTotp(cur, SEED1, { window: [11, 0] }), RangeError);
    // An untrusted token of any type is malformed, never a rejection.
    for (const tok of [123456, ['1', '2'], {}, undefined]) {
      assert.deepEqual(await m.verifyTotp(tok, SEED1, { time }), { valid: false, reason: 'malformed' });
    }
  });

  t.test('hotpSync, totpSync: RFC 4226/6238 vectors, equal to the async codes', async () => {
    const want = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    for (let c = 0; c < 10; c++) assert.equal(m.hotpSync(SEED1, c), want[c]);
    assert.equal(m.hotpSync('gezdgnbvgy3tqojqgezdgnbvgy3tqojq', 0, { digits: 10 }), '1284755224');
    const rows = [
      [59, '94287082', '46119246', '90693936'],
      [1111111109, '07081804', '68084774', '25091201'],
      [20000000000, '65353130', '77737706', '47863826'],
    ];
    for (const [s, c1, c256, c512] of rows) {
      assert.equal(m.totpSync(SEED1, { time: s * 1000, digits: 8 }), c1);
      assert.equal(m.totpSync(SEED256, { time: s * 1000, digits: 8, algorithm: 'SHA-256' }), c256);
      assert.equal(m.totpSync(SEED512, { time: s * 1000, digits: 8, algorithm: 'SHA-512' }), c512);
    }
    for (const counter of [0, 2 ** 53 - 1, 2n ** 53n + 5n, 2n ** 64n - 1n]) {
      for (const algorithm of ['SHA-1', 'SHA-256', 'SHA-512']) {
        assert.equal(m.hotpSync(SEED512, counter, { algorithm }), await m.hotp(SEED512, counter, { algorithm }));
      }
    }
    assert.throws(() => m.hotpSync(new Uint8Array(9), 0), RangeError);
    assert.throws(() => m.totpSync(SEED1, { algorithm: 'SHA1' }), RangeError);
  });

  t.test('verifyTotpSync, verifyHotpSync: window, replay guard, malformed tokens', () => {
    const time = 1111111109000;
    const step = 37037036;
    const prev = m.hotpSync(SEED1, step - 1);
    assert.deepEqual(m.verifyTotpSync(prev, SEED1, { time }), { valid: true, step: step - 1, delta: -1 });
    assert.deepEqual(m.verifyTotpSync(prev, SEED1, { time, lastStep: step - 1 }), { valid: false, reason: 'replayed' });
    assert.deepEqual(m.verifyTotpSync(m.hotpSync(SEED1, step + 1), SEED1, { time }), {
      valid: false,
      reason: 'mismatch',
    });
    for (const tok of ['12345', 123456, ['1'], null]) {
      assert.deepEqual(m.verifyTotpSync(tok, SEED1, { time }), { valid: false, reason: 'malformed' });
      assert.deepEqual(m.verifyHotpSync(tok, SEED1, { counter: 0 }), { valid: false, reason: 'malformed' });
    }
    const c = m.hotpSync(SEED1, 7);
    assert.deepEqual(m.verifyHotpSync(c, SEED1, { counter: 5 }), { valid: true, counter: 7, delta: 2 });
    assert.throws(() => m.verifyHotpSync(c, SEED1, {}), TypeError);
  });

  t.test('verifyHotp: look-ahead', async () => {
    const c = await m.hotp(SEED1, 7);
    assert.deepEqual(await m.verifyHotp(c, SEED1, { counter: 5 }), { valid: true, counter: 7, delta: 2 });
    assert.deepEqual(await m.verifyHotp(c, SEED1, { counter: 8 }), { valid: false, reason: 'mismatch' });
    await assert.rejects(() => m.verifyHotp(c, SEED1, {}), TypeError);
  });

  t.test('otpSecret', () => {
    assert.match(m.otpSecret(), /^[A-Z2-7]{32}$/);
    assert.equal(m.otpSecret(64).length, 103);
    assert.throws(() => m.otpSecret(15), RangeError);
  });

  t.test('otpauthUri and parseOtpauthUri: canonical form and round trip', () => {
    const uri = m.otpauthUri({ secret: 'jbsw y3dp ehpk 3pxp', account: 'alice@example.com', issuer: 'ACME Co' });
    assert.equal(
      uri,
      'otpauth://totp/ACME%20Co:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30',
    );
    const p = m.parseOtpauthUri(uri);
    assert.deepEqual(p, {
      type: 'totp',
      secret: 'JBSWY3DPEHPK3PXP',
      account: 'alice@example.com',
      issuer: 'ACME Co',
      algorithm: 'SHA-1',
      digits: 6,
      period: 30,
    });
    assert.equal(m.otpauthUri(p), uri);
    const h = m.parseOtpauthUri('otpauth://hotp/bob?secret=jbswy3dpehpk3pxp===&algorithm=sha-256&counter=3');
    assert.deepEqual(h, {
      type: 'hotp',
      secret: 'JBSWY3DPEHPK3PXP',
      account: 'bob',
      algorithm: 'SHA-256',
      digits: 6,
      counter: 3,
    });
    assert.throws(() => m.parseOtpauthUri('otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&algorithm=MD5'), RangeError);
    assert.throws(() => m.parseOtpauthUri('otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP'), RangeError);
    assert.throws(() => m.otpauthUri({ secret: 'JBSWY3DPEHPK3PXP', account: 'a:b' }), RangeError);
  });

  t.test('sessionKey', () => {
    assert.match(m.sessionKey(), /^[A-Za-z0-9_-]{43}$/);
    assert.equal(m.sessionKey(16).length, 22);
    assert.throws(() => m.sessionKey(8), RangeError);
  });

  t.test('reset links: create, parse, verify', async () => {
    const { url, token, record } = await m.createResetLink('https://example.com/reset', { now: 0, ttlMs: 60000 });
    assert.match(token, /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
    assert.equal(url, `https://example.com/reset?token=${token}`);
    assert.equal(record.expiresAt, 60000);
    assert.equal(record.verifierHash.length, 43);
    assert.deepEqual(m.parseResetToken(token), { selector: record.selector });
    assert.equal(m.parseResetToken('junk'), undefined);
    assert.deepEqual(await m.verifyResetToken(token, record, { now: 1 }), { valid: true });
    assert.deepEqual(await m.verifyResetToken(token, record, { now: 60000 }), { valid: false, reason: 'expired' });
    assert.deepEqual(await m.verifyResetToken('junk', record, { now: 1 }), { valid: false, reason: 'malformed' });
    const other = await m.createResetLink('https://example.com/reset', { now: 0 });
    assert.deepEqual(await m.verifyResetToken(other.token, record, { now: 1 }), {
      valid: false,
      reason: 'unknown-selector',
    });
    const forged = `${record.selector}.${other.token.slice(23)}`;
    assert.deepEqual(await m.verifyResetToken(forged, record, { now: 1 }), { valid: false, reason: 'mismatch' });
    await assert.rejects(() => m.createResetLink('javascript:alert(1)'), RangeError);
    await assert.rejects(() => m.createResetLink(42), TypeError);
  });

  t.test('SubtleCryptoUnavailableError', () => {
    const e = new m.SubtleCryptoUnavailableError();
    assert.ok(e instanceof Error);
    assert.equal(e.name, 'SubtleCryptoUnavailableError');
  });
}
