// Conformance cases for IDs, tokens, UUIDs and the entropy maths (main entry and ./entropy).
export default function (lib, t) {
  const m = lib['.'];
  const e = lib['./entropy'];
  const { assert } = t;

  t.test('id: URL alphabet, lengths, size errors', () => {
    assert.equal(m.URL_ALPHABET, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
    assert.match(m.id(), /^[A-Za-z0-9_-]{21}$/);
    for (let n = 1; n < 40; n++) assert.equal(m.id(n).length, n);
    assert.throws(() => m.id(0), RangeError);
    assert.throws(() => m.id(-1), RangeError);
    assert.throws(() => m.id(1.5), TypeError);
    assert.throws(() => m.id(m.MAX_ID_SIZE + 1), RangeError);
  });

  t.test('customAlphabet: sizes 2, 10, 62, 300 and emoji; alphabet errors', () => {
    for (const a of ['01', '0123456789', '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz']) {
      const s = m.customAlphabet(a, 30)();
      assert.equal(s.length, 30);
      for (const c of s) assert.ok(a.includes(c));
      // The default 21 symbols take the one-call batch path for alphabets of up to 63 symbols.
      const d = m.customAlphabet(a)();
      assert.equal(d.length, 21);
      for (const c of d) assert.ok(a.includes(c));
    }
    const wide = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x100 + i));
    assert.equal(m.customAlphabet(wide)(12).length, 12);
    assert.equal([...m.customAlphabet('🐶🐱🐭')(9)].length, 9);
    assert.throws(() => m.customAlphabet(''), RangeError);
    assert.throws(() => m.customAlphabet('a'), RangeError);
    assert.throws(() => m.customAlphabet('aba'), RangeError);
    assert.throws(() => m.customAlphabet(5), TypeError);
    assert.throws(() => m.customAlphabet('ab')(0), RangeError);
    assert.throws(() => m.customAlphabet('ab')(2.5), TypeError);
  });

  t.test('token: encodings and exact entropy', () => {
    assert.match(m.token(), /^[A-Za-z0-9_-]{43}$/);
    assert.match(m.token({ bits: 128, encoding: 'hex' }), /^[0-9a-f]{32}$/);
    assert.match(m.token({ bits: 160, encoding: 'base32' }), /^[A-Z2-7]{32}$/);
    assert.match(m.token({ bits: 130, encoding: 'crockford' }), /^[0-9A-HJKMNP-TV-Z]{26}$/);
    assert.match(m.token({ bits: 128, encoding: 'base58' }), /^[1-9A-HJ-NP-Za-km-z]{22}$/);
    assert.match(m.token({ bits: 128, encoding: 'base62' }), /^[0-9A-Za-z]{22}$/);
    assert.deepEqual(m.tokenEntropy({ bytes: 16, encoding: 'hex' }), { bits: 128, length: 32 });
    assert.throws(() => m.token({ encoding: 'base64' }), RangeError);
    assert.throws(() => m.token({ bits: 0 }), RangeError);
  });

  t.test('uuid4 and uuid7 bits; parse; nil and max', () => {
    for (let i = 0; i < 200; i++) {
      assert.match(m.uuid4(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    let prev = m.uuid7();
    for (let i = 0; i < 2000; i++) {
      const u = m.uuid7();
      assert.match(u, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.ok(u > prev, 'uuid7 is monotonic');
      prev = u;
    }
    const p = m.parseUuid('017f22e2-79b0-7cc3-98c4-dc0c0c07398f');
    assert.equal(p.version, 7);
    assert.equal(p.variant, 'rfc9562');
    assert.equal(p.timestamp, 1645557742000);
    assert.equal(p.bytes.length, 16);
    assert.equal(m.isUuid('00000000-0000-0000-0000-000000000000'), true);
    assert.equal(m.parseUuid('ffffffff-ffff-ffff-ffff-ffffffffffff').version, 15);
    assert.equal(m.parseUuid('x'), undefined);
    assert.throws(() => m.isUuid(1), TypeError);
  });

  t.test('uuid5: RFC 9562 name-based UUIDs with SHA-1 from Web Crypto', async () => {
    // Values from the uuid package (v5), checked in test/uuid/uuid5.test.ts.
    assert.equal(await m.uuid5('dns', 'www.example.com'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
    assert.equal(
      await m.uuid5('6BA7B811-9DAD-11D1-80B4-00C04FD430C8', 'https://example.com/'),
      await m.uuid5('url', 'https://example.com/'),
    );
    assert.equal(await m.uuid5('oid', new Uint8Array([1, 2, 3])), '5c593a1a-b417-5358-b4f0-1a25295ae654');
    assert.equal(await m.uuid5('x500', 'ü ☃ 😀'), 'd1d394e9-da2e-56f6-afed-02552c4db892');
    await assert.rejects(() => m.uuid5('nope', 'a'), RangeError);
  });

  t.test('entropy subpath: the same functions, entropy of each generator', () => {
    for (const name of ['entropyBits', 'crackTime', 'collisionProbability', 'drawsForCollisionProbability']) {
      assert.equal(typeof e[name], 'function');
    }
    assert.equal(e.entropyBits({ kind: 'id' }), 126);
    assert.equal(e.entropyBits({ kind: 'uuid4' }), 122);
    assert.equal(e.entropyBits({ kind: 'uuid7' }), 74);
    assert.equal(m.entropyBits({ alphabetSize: 1024, length: 3 }), 30);
    assert.equal(e.crackTime(40, { rate: 1e10 }).worst, '1.8 minutes');
  });

  t.test('collision vectors (reference: scripts/vectors/collisions.py)', () => {
    const close = (a, b) => assert.ok(Math.abs(a - b) <= 5e-12 * Math.abs(b), `${a} vs ${b}`);
    close(e.collisionProbability(23, 365), 0.5072972343239857);
    close(e.collisionProbability(2, 2n ** 1000n), 9.332636185032188789900895447238e-302);
    close(e.collisionProbability(2n ** 64n, 2n ** 128n), 0.3934693402873665);
    close(e.noCollisionProbability(1000, 65536), 0.000470925686318567);
    assert.equal(e.collisionProbability(366, 365), 1);
    assert.equal(e.drawsForCollisionProbability(0.5, 365), 23);
    assert.equal(e.drawsForCollisionProbability(0.5, 2 ** 32), 77164);
  });

  t.test('crack-time presets, durations and the time to a collision', () => {
    for (const x of [m, e]) {
      assert.ok(Object.isFrozen(x.ATTACKERS));
      assert.equal(x.ATTACKERS['offline-fast'], 1e10);
      assert.equal(x.crackTime(0, { attacker: 'online' }).expectedSeconds, 0.1);
    }
    assert.equal(e.formatDuration(90), '1.5 minutes');
    assert.equal(e.formatDuration(0.001), 'instant');
    assert.throws(() => e.formatDuration(-1), RangeError);
    // 23 draws at 1 per second reach p = 0.5 over 365 values after 23 seconds.
    assert.equal(e.timeToCollision(0.5, 365, 1), 23);
    assert.equal(m.timeToCollision(0.5, 365, 23), 1);
    assert.throws(() => e.timeToCollision(0.5, 365, 0), RangeError);
  });
}
