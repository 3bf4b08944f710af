// Conformance cases for policy passwords, passphrases, PINs and the EFF wordlist subpath.
export default function (lib, t) {
  const m = lib['.'];
  const eff = lib['./wordlists/eff-large'];
  const { assert } = t;

  t.test('password: default policy, one of each class, 16 printable characters', () => {
    for (let i = 0; i < 50; i++) {
      const p = m.password();
      assert.match(p, /^[\x21-\x7e]{16}$/);
      assert.match(p, /[a-z]/);
      assert.match(p, /[A-Z]/);
      assert.match(p, /[0-9]/);
      assert.match(p, /[^a-zA-Z0-9]/);
    }
  });

  t.test('password: policies, custom sets, exclusions, both samplers', () => {
    for (let i = 0; i < 30; i++) {
      const a = m.password({ length: 10, lowercase: 1, uppercase: 1, digits: 1, symbols: 1 });
      assert.equal(a.length, 10);
      const b = m.password({ length: 8, digits: 3, symbols: 3, lowercase: true, uppercase: true });
      assert.ok(b.replace(/[^0-9]/g, '').length >= 3);
      const c = m.password({ length: 12, excludeAmbiguous: true });
      assert.ok(!/[0Oo1Il|'`]/.test(c));
      const d = m.password({ length: 6, alphabet: 'xyz' });
      assert.match(d, /^[xyz]{6}$/);
      const e = m.password({
        length: 4,
        digits: { min: 4, chars: '01' },
        lowercase: false,
        uppercase: false,
        symbols: false,
      });
      assert.match(e, /^[01]{4}$/);
    }
  });

  t.test('passwordSpace and passwordEntropy: exact values', () => {
    assert.equal(m.passwordSpace({ length: 4 }), 24n * 26n * 26n * 10n * 32n);
    assert.equal(m.passwordSpace({ length: 2, lowercase: true, uppercase: false, symbols: false, digits: 1 }), 620n);
    // Inclusion–exclusion: Σ over subsets S of the classes of (-1)^|S| (94 - |S's characters|)^10.
    assert.equal(
      m.passwordSpace({ length: 10, lowercase: 1, uppercase: 1, digits: 1, symbols: 1 }),
      32333391317360640000n,
    );
    assert.equal(m.passwordEntropy({ length: 8, alphabet: '01' }), 8);
    assert.equal(m.passwordSpace({ length: 3, alphabet: 'abc' }), 27n);
    const bits = m.passwordEntropy({ length: 10, lowercase: 1, uppercase: 1, digits: 1, symbols: 1 });
    assert.ok(bits > 64.8 && bits < 64.82, `bits ${bits}`);
  });

  t.test('password errors', () => {
    assert.throws(() => m.password({ length: 3, digits: 2, symbols: 2 }), RangeError);
    assert.throws(() => m.password({ symbols: 1, exclude: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~' }), RangeError);
    assert.throws(() => m.password({ lowercase: false, symbols: { chars: 'aaaa' } }), RangeError);
    assert.throws(() => m.password({ symbols: { chars: 'abc' } }), RangeError);
    assert.throws(() => m.password({ digits: { min: 3, max: 2 } }), RangeError);
    assert.throws(() => m.password({ length: 0 }), RangeError);
    assert.throws(() => m.password({ length: 4097 }), RangeError);
    assert.throws(() => m.password({ alphabet: 'ab', digits: true }), RangeError);
    assert.throws(() => m.password({ colour: 'red' }), TypeError);
    assert.throws(() => m.password({ length: '8' }), TypeError);
    assert.throws(() => m.passwordSpace({ digits: 'x' }), TypeError);
  });

  t.test('passphrase: default, options, entropy', () => {
    const words = m.passphrase().split('-');
    assert.equal(words.length, 5);
    assert.ok(words.every((w) => /^[a-z]+$/.test(w)));
    assert.match(m.passphrase({ words: 3, separator: ' ', capitalize: true }), /^[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+$/);
    assert.match(m.passphrase({ words: 3, separator: '', capitalize: true }), /^([A-Z][a-z]+){3}$/);
    assert.match(m.passphrase({ wordlist: ['yes', 'no'], words: 4 }), /^(yes|no)(-(yes|no)){3}$/);
    const b = Math.log2(7772);
    assert.equal(m.passphraseEntropy(), 5 * b);
    assert.equal(m.passphraseEntropy({ bits: 80 }), 7 * b);
    assert.equal(m.passphraseEntropy({ words: 4, digit: true }), 4 * b + Math.log2(40));
    assert.equal(m.passphraseEntropy({ wordlist: ['a', 'b'], words: 8 }), 8);
    assert.throws(() => m.passphrase({ words: 0 }), RangeError);
    assert.throws(() => m.passphrase({ words: 2, bits: 30 }), RangeError);
    assert.throws(() => m.passphrase({ separator: 'a' }), RangeError);
    assert.throws(() => m.passphrase({ separator: '' }), RangeError);
    assert.throws(() => m.passphrase({ wordlist: ['a', 'a'] }), RangeError);
    assert.throws(() => m.passphrase({ wordlist: 'ab' }), TypeError);
  });

  t.test('pin', () => {
    assert.match(m.pin(), /^[0-9]{6}$/);
    for (const n of [1, 4, 9, 10, 18, 64]) assert.match(m.pin(n), new RegExp(`^[0-9]{${n}}$`));
    assert.throws(() => m.pin(0), RangeError);
    assert.throws(() => m.pin(65), RangeError);
    assert.throws(() => m.pin(1.5), TypeError);
  });

  t.test('wordlists/eff-large subpath: 7,772 words with provenance', () => {
    const words = eff.effLargeWords();
    assert.equal(words.length, 7772);
    assert.equal(words[0], 'abacus');
    assert.equal(words[7771], 'zoom');
    assert.ok(!words.some((w) => w.includes('-')));
    assert.equal(eff.EFF_LARGE.size, 7772);
    assert.equal(eff.EFF_LARGE.license, 'CC BY 3.0 US');
    assert.equal(eff.EFF_LARGE.sha256, '18586c092f641ecd1a471dd6ab35618ab69f0aa7483486424f7caf0996d06259');
  });
}
