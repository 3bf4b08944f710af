// Conformance cases for the secrets API (Python's `secrets`).
export default function (lib, t) {
  const m = lib['.'];
  const { assert } = t;

  t.test('DEFAULT_ENTROPY', () => assert.equal(m.DEFAULT_ENTROPY, 32));

  t.test('randbelow ranges, bigint bounds and errors', () => {
    for (const n of [1, 2, 10, 2 ** 31 + 1, 2 ** 48 - 1, Number.MAX_SAFE_INTEGER]) {
      for (let i = 0; i < 100; i++) {
        const r = m.randbelow(n);
        assert.ok(Number.isInteger(r) && r >= 0 && r < n, `randbelow(${n}) gave ${r}`);
      }
    }
    const big = 2n ** 200n + 1n;
    for (let i = 0; i < 50; i++) {
      const r = m.randbelow(big);
      assert.ok(typeof r === 'bigint' && r >= 0n && r < big);
    }
    assert.throws(() => m.randbelow(0), RangeError);
    assert.throws(() => m.randbelow(0n), RangeError);
    assert.throws(() => m.randbelow(1.5), TypeError);
    assert.throws(() => m.randbelow(2 ** 53), RangeError);
    assert.throws(() => m.randbelow('5'), TypeError);
  });

  t.test('randbits', () => {
    assert.equal(m.randbits(0), 0);
    for (let k = 1; k <= 53; k++) assert.ok(m.randbits(k) < 2 ** k);
    assert.ok(m.randbits(300n) < 2n ** 300n);
    assert.throws(() => m.randbits(-1), RangeError);
    assert.throws(() => m.randbits(54), RangeError);
  });

  t.test('choice by code point', () => {
    assert.equal(m.choice([42]), 42);
    for (let i = 0; i < 30; i++) assert.ok(['😀', 'a'].includes(m.choice('😀a')));
    assert.throws(() => m.choice([]), RangeError);
    assert.throws(() => m.choice(''), RangeError);
  });

  t.test('tokens: lengths, alphabets, defaults', () => {
    assert.equal(m.tokenBytes().length, 32);
    assert.ok(m.tokenBytes(5) instanceof Uint8Array);
    assert.equal(m.tokenBytes(0).length, 0);
    assert.match(m.tokenHex(), /^[0-9a-f]{64}$/);
    assert.match(m.tokenUrlsafe(), /^[A-Za-z0-9_-]{43}$/);
    for (let n = 0; n < 40; n++) assert.equal(m.tokenUrlsafe(n).length, Math.ceil((4 * n) / 3));
    assert.throws(() => m.tokenHex(-1), RangeError);
    assert.throws(() => m.tokenUrlsafe(1.5), TypeError);
    assert.throws(() => m.tokenBytes('3'), TypeError);
  });

  t.test('compareDigest', () => {
    assert.equal(m.compareDigest('abc', 'abc'), true);
    assert.equal(m.compareDigest('abc', 'abd'), false);
    assert.equal(m.compareDigest('abc', 'abcd'), false);
    assert.equal(m.compareDigest(new Uint8Array([1, 2]), new Uint8Array([1, 2])), true);
    assert.equal(m.compareDigest(new ArrayBuffer(2), new DataView(new ArrayBuffer(2))), true);
    assert.throws(() => m.compareDigest('a', new Uint8Array(1)), TypeError);
  });

  t.test('createSecureSource', () => {
    const s = m.createSecureSource({ poolSize: 0 });
    const w = s.nextUint32();
    assert.ok(Number.isInteger(w) && w >= 0 && w < 2 ** 32);
    assert.throws(() => m.createSecureSource({ poolSize: 3 }), RangeError);
  });

  t.test('SecureRandomUnavailableError: a source without a generator fails closed', () => {
    const broken = m.createSecureSource({
      getRandomValues: () => {
        throw new m.SecureRandomUnavailableError('test');
      },
    });
    const e = assert.throws(() => broken.nextUint32(), m.SecureRandomUnavailableError);
    assert.ok(e instanceof Error);
    assert.equal(e.name, 'SecureRandomUnavailableError');
    assert.match(e.message, /non-cryptographic generator/);
  });
}
