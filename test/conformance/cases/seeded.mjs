// Conformance cases for secrets-ts/seeded: CPython 3.13's Mersenne Twister, seeds and states.
export default function (lib, t) {
  const s = lib['./seeded'];
  const { assert } = t;
  const gen = (seed, version) => {
    const mt = new s.MersenneTwister();
    mt.initByArray(s.seedKey(seed, version));
    return mt;
  };
  // random.random() from two words, as CPython builds it.
  const random = (mt) => ((mt.nextUint32() >>> 5) * 67108864 + (mt.nextUint32() >>> 6)) / 9007199254740992;

  t.test('seeded: first random() per seed equals CPython 3.13', () => {
    const cases = [
      [0, 0.8444218515250481],
      [1, 0.13436424411240122],
      [42, 0.6394267984578837],
      [2 ** 32, 0.11299430095636409],
      [2n ** 64n + 7n, 0.9625990769630326],
      [-3, 0.23796462709189137],
      ['hello world', 0.8952335074947013],
      [new Uint8Array([0, 1, 0xfe, 0xff]), 0.31066403565452483],
    ];
    for (const [seed, x] of cases) assert.equal(random(gen(seed)), x, `seed ${String(seed)}`);
  });

  t.test('seeded: CPython test_random values (version 1 seeds, reference implementation, randbytes)', () => {
    const mt = gen('nofar', 1);
    assert.equal(random(mt), 0.7622466465716923); // float.fromhex("0x1.8645314505ad7p-1")
    const ref = gen(61731n + (24903n << 32n) + (614n << 64n) + (42143n << 96n));
    let last = 0;
    for (let i = 0; i < 2000; i++) last = random(ref);
    assert.equal(last * 2 ** 53, 0x191d96d4d334c6);
    const rb = gen(8675309);
    const b = new Uint8Array(16);
    rb.fillBytes(b);
    const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    assert.equal(hex, '33a8f966f4a4d036198f9f82026f65f0');
    const r1 = gen(1234567);
    let v = 0n;
    for (let i = 0; i < 4; i++) {
      let w = r1.nextUint32();
      if (i === 3) w >>>= 28; // getrandbits(100): the last word keeps its top 4 bits
      v |= BigInt(w) << BigInt(32 * i);
    }
    assert.equal(v, 97904845777343510404718956115n);
  });

  t.test('seeded: seed keys, floats and errors', () => {
    assert.deepEqual([...s.seedKey(2n ** 64n + 7n)], [7, 0, 1]);
    assert.deepEqual([...s.seedKey(-3)], [3]);
    assert.deepEqual([...s.seedKey(1.5)], [1, 268435456]);
    assert.deepEqual([...s.floatSeedKey(2 ** 70)], [512]);
    assert.deepEqual([...s.seedKey('', 1)], [0]);
    assert.equal(s.seedKey().length, 624);
    assert.throws(() => s.seedKey(NaN), RangeError);
    assert.throws(() => s.seedKey(2 ** 53), RangeError);
    assert.throws(() => s.seedKey(true), TypeError);
    assert.throws(() => s.seedKey({}), TypeError);
    assert.throws(() => s.seedKey('\ud800'), TypeError);
    assert.throws(() => s.seedKey('abc', 3), RangeError);
  });

  t.test('seeded: state after seed(0) and Python state JSON round trip', () => {
    const mt = gen(0);
    const st = s.getPythonState(mt, null);
    assert.equal(st[0], s.STATE_VERSION);
    assert.deepEqual(st[1].slice(0, 4), [2147483648, 766982754, 497961170, 3952298588]);
    assert.equal(st[1][624], 624);
    const other = new s.MersenneTwister();
    assert.equal(s.setPythonState(other, JSON.parse(JSON.stringify(st))), null);
    assert.equal(other.nextUint32(), mt.nextUint32());
    const before = other.getState();
    assert.throws(() => s.setPythonState(other, [4, st[1], null]), RangeError);
    assert.throws(() => s.setPythonState(other, [3, [1, 2, 3], null]), RangeError);
    assert.throws(() => other.setState([...before.slice(0, 624), 625]), RangeError);
    assert.deepEqual(other.getState(), before);
    assert.equal(s.parsePythonState([2, [...Array(624).fill(-1), 0], 1.5]).internal[0], 4294967295);
  });

  t.test('seeded Random: CPython sequences, state round trip, errors', () => {
    const r = new s.Random(42);
    assert.equal(r.random(), 0.6394267984578837);
    assert.equal(new s.Random('hello world').random(), 0.8952335074947013);
    assert.equal(new s.Random(1234567).getrandbits(100n), 97904845777343510404718956115n);
    const st = r.getstate();
    assert.equal(st.length, 3);
    assert.equal(st[1].length, 625);
    const xs = [r.randrange(1000), r.choice('abcdef'), r.uniform(1, 2), r.sample([1, 2, 3, 4, 5], 3).join()];
    r.setstate(JSON.parse(JSON.stringify(st)));
    assert.deepEqual([r.randrange(1000), r.choice('abcdef'), r.uniform(1, 2), r.sample([1, 2, 3, 4, 5], 3).join()], xs);
    assert.throws(() => r.setstate([4, st[1], null]), RangeError);
    assert.throws(() => new s.Random({}), TypeError);
    assert.throws(() => r.randrange(5, 5), RangeError);
  });
}
