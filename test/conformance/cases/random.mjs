// Conformance cases for the random area: SystemRandom, RandomBase and the module-level functions
// (Python's random module on the secure generator), plus CPython 3.13 vectors replayed through
// RandomBase over a splitmix32 word stream (values from running CPython's Lib/random.py on the
// same words; see test/vectors/random-cpython.py).
export default function (lib, t) {
  const m = lib['.'];
  const { assert } = t;

  t.test('random: random, uniform, triangular', () => {
    for (let i = 0; i < 200; i++) {
      const x = m.random();
      assert.ok(x >= 0 && x < 1 && Number.isInteger(x * 2 ** 53));
      const u = m.uniform(-2, 3);
      assert.ok(u >= -2 && u <= 3);
      const tr = m.triangular(0, 10, 9);
      assert.ok(tr >= 0 && tr <= 10);
    }
    assert.equal(m.triangular(1, 1, 1), 1);
    assert.throws(() => m.uniform('1', 2), TypeError);
  });

  t.test('random: randrange, randint, getrandbits, randbytes', () => {
    for (let i = 0; i < 200; i++) {
      assert.ok([10, 8, 6, 4, 2].includes(m.randrange(10, 0, -2)));
      const d = m.randint(1, 6);
      assert.ok(d >= 1 && d <= 6);
      const b = m.randrange(10n ** 30n, -(10n ** 40n), -7n);
      assert.ok(b <= 10n ** 30n && b > -(10n ** 40n) && (10n ** 30n - b) % 7n === 0n);
      assert.ok(m.getrandbits(20) < 2 ** 20);
      assert.ok(m.getrandbits(300n) < 2n ** 300n);
    }
    assert.equal(m.randrange(3, 4, 10), 3);
    assert.equal(m.getrandbits(0), 0);
    assert.equal(m.randbytes(7).length, 7);
    assert.equal(m.randbytes(0).length, 0);
    assert.throws(() => m.randrange(5, 5), RangeError);
    assert.throws(() => m.randrange(0, 10, 0), RangeError);
    assert.throws(() => m.randrange(10, undefined, 2), TypeError);
    assert.throws(() => m.randrange(1.5), TypeError);
    assert.throws(() => m.randrange(0, 5n), TypeError);
    assert.throws(() => m.randint(2, 1), RangeError);
    assert.throws(() => m.getrandbits(-1), RangeError);
    assert.throws(() => m.getrandbits(54), RangeError);
    assert.throws(() => m.randbytes(-1), RangeError);
  });

  t.test('random: shuffle, sample, choices', () => {
    const a = Array.from({ length: 50 }, (_, i) => i);
    m.shuffle(a);
    assert.deepEqual(
      [...a].sort((x, y) => x - y),
      Array.from({ length: 50 }, (_, i) => i),
    );
    assert.throws(() => m.shuffle('abc'), TypeError);
    for (const k of [0, 1, 5, 50, 99, 100]) {
      const s = m.sample(
        Array.from({ length: 100 }, (_, i) => i),
        k,
      );
      assert.equal(s.length, k);
      assert.equal(new Set(s).size, k);
    }
    assert.deepEqual(m.sample(['x'], 3, { counts: [3] }), ['x', 'x', 'x']);
    assert.throws(() => m.sample([1, 2], 3), RangeError);
    assert.throws(() => m.sample([1, 2], 1, { counts: [0, 0] }), RangeError);
    assert.equal(m.choices([1, 2, 3], { k: 10 }).length, 10);
    assert.deepEqual(m.choices('ab', { weights: [0, 1], k: 2 }), ['b', 'b']);
    assert.deepEqual(m.choices('ab', { cumWeights: [1, 1], k: 2 }), ['a', 'a']);
    assert.deepEqual(m.choices([1], { k: -1 }), []);
    assert.throws(() => m.choices([1, 2], { weights: [1], k: 1 }), RangeError);
    assert.throws(() => m.choices([1, 2], { weights: [1, 1], cumWeights: [1, 2] }), TypeError);
    assert.throws(() => m.choices([], { k: 1 }), RangeError);
    assert.throws(() => m.choices([1, 2], { weights: [0, 0] }), RangeError);
  });

  t.test('random: distributions, constants and errors', () => {
    for (let i = 0; i < 100; i++) {
      assert.ok(Number.isFinite(m.gauss(0, 1)) && Number.isFinite(m.normalvariate(0, 1)));
      assert.ok(m.lognormvariate(0, 1) > 0);
      assert.ok(m.expovariate(3) >= 0);
      const v = m.vonmisesvariate(1, 2);
      assert.ok(v >= 0 && v <= 2 * Math.PI);
      assert.ok(m.gammavariate(0.5, 1) >= 0 && m.gammavariate(4, 1) >= 0);
      const b = m.betavariate(2, 3);
      assert.ok(b >= 0 && b <= 1);
      assert.ok(m.paretovariate(2) >= 1);
      assert.ok(m.weibullvariate(1, 2) >= 0);
      const k = m.binomialvariate(200, 0.3);
      assert.ok(Number.isInteger(k) && k >= 0 && k <= 200);
    }
    assert.equal(m.expovariate(Infinity), 0);
    assert.equal(m.vonmisesvariate(3, Infinity), 3);
    assert.equal(m.lognormvariate(0, 0), 1);
    assert.equal(m.paretovariate(Infinity), 1);
    assert.equal(m.weibullvariate(10, Infinity), 10);
    assert.equal(m.binomialvariate(10, 1), 10);
    assert.throws(() => m.gammavariate(0, 1), RangeError);
    assert.throws(() => m.betavariate(1, 0), RangeError);
    assert.throws(() => m.expovariate(0), RangeError);
    assert.throws(() => m.paretovariate(0), RangeError);
    assert.throws(() => m.weibullvariate(1, 0), RangeError);
    assert.throws(() => m.binomialvariate(-1, 0.5), RangeError);
    assert.throws(() => m.binomialvariate(5, 1.5), RangeError);
    assert.throws(() => m.vonmisesvariate(0, NaN), RangeError);
  });

  t.test('random: SystemRandom, systemRandom, seed and state', () => {
    const r = new m.SystemRandom();
    assert.ok(r instanceof m.RandomBase);
    assert.ok(m.systemRandom instanceof m.SystemRandom);
    assert.ok(r.choice([1, 2, 3]) >= 1);
    assert.equal(m.seed(123), undefined);
    r.seed('anything');
    assert.throws(() => m.getstate(), TypeError);
    assert.throws(() => m.setstate([3, [], null]), TypeError);
    assert.throws(() => r.getstate(), TypeError);
    assert.throws(() => new m.SystemRandom(null), TypeError);
    assert.throws(() => r.choice([]), RangeError);
  });

  t.test('random: CPython 3.13 vectors through RandomBase over splitmix32', () => {
    let s = 1;
    let used = 0;
    const source = {
      nextUint32() {
        used++;
        s = (s + 0x9e3779b9) >>> 0;
        let z = s;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
        return (z ^ (z >>> 16)) >>> 0;
      },
      fillBytes() {
        throw new Error('not used');
      },
    };
    const g = new m.RandomBase(source);
    const dec = (x) =>
      Array.isArray(x)
        ? x.map(dec)
        : x !== null && typeof x === 'object'
          ? 'big' in x
            ? BigInt(x.big)
            : 'float' in x
              ? Number(x.float)
              : Array.from({ length: x.range }, (_, i) => i)
          : x;
    for (const [call, args, want, words] of VECTORS) {
      const a = dec(args);
      const before = used;
      let got;
      if (call === 'shuffle') {
        got = [...a[0]];
        g.shuffle(got);
      } else if (call === 'sample_counts') got = g.sample(a[0], a[1], { counts: a[2] });
      else if (call === 'choices') got = g.choices(a[0], { k: a[1], weights: a[2], cumWeights: a[3] });
      else got = g[call](...a);
      assert.equal(used - before, words, `${call} consumed ${used - before} words, CPython ${words}`);
      // null: the value passes through libm (log, exp, cos…), which may differ by an ulp.
      if (want !== null) assert.deepEqual(got, dec(want), `${call}(${JSON.stringify(args)})`);
    }
  });
}

// [method, args, CPython result (null: libm-dependent, only consumption checked), words consumed]
const VECTORS = [
  ['random', [], { float: '0.5883937707035913' }, 2],
  ['getrandbits', [1], 1, 1],
  ['getrandbits', [31], 1020716019, 1],
  ['getrandbits', [32], 1495043544, 1],
  ['getrandbits', [33], 7740950473, 2],
  ['getrandbits', [53], 955064810408800, 2],
  ['getrandbits', [{ big: '64' }], { big: '8890495083653777959' }, 2],
  ['getrandbits', [{ big: '100' }], { big: '144592862131180617857386932280' }, 4],
  [
    'getrandbits',
    [{ big: '1000' }],
    {
      big: '1035053618246327495980469120364761722061651395645126206136387346668413877225145260099229408408267992197025617041057325784603287515089937436844282353622620560675563307202250474884632341339579131404548501462392095864062583519507436349736126856946940188287365304463487018293097614159631160538391100096467',
    },
    32,
  ],
  ['randrange', [10], 6, 2],
  ['randrange', [4294967296], 2598856510, 2],
  ['randrange', [1, 2], 1, 1],
  ['randrange', [3, 4, 10], 3, 1],
  ['randrange', [10, 0, -2], 10, 1],
  ['randrange', [-9007199254740991, 9007199254740991], -6125647539730630, 2],
  ['randrange', [0, 100, 7], 63, 1],
  ['randrange', [{ big: '633825300114114700748351602688' }], { big: '215500867530827443279857140475' }, 4],
  [
    'randrange',
    [{ big: '1000000000000' }, { big: '-100000000000000000000' }, { big: '-200' }],
    { big: '-24578287791635249600' },
    2,
  ],
  [
    'randrange',
    [{ big: '-1180591620717411303424' }, { big: '1180591620717411303424' }, { big: '3' }],
    { big: '-1132708213340894092987' },
    6,
  ],
  ['randint', [1, 6], 1, 1],
  ['randint', [-1000, 1000], 579, 1],
  [
    'randint',
    [{ big: '0' }, { big: '340282366920938463463374607431768211456' }],
    { big: '5073089933023087361127359840826763921' },
    15,
  ],
  ['choice', [{ range: 7 }], 0, 1],
  ['choice', ['h\u00e9llo'], '\u00e9', 1],
  ['shuffle', [{ range: 10 }], [7, 8, 5, 1, 9, 6, 2, 3, 4, 0], 11],
  [
    'shuffle',
    [{ range: 50 }],
    [
      36, 5, 2, 16, 15, 35, 12, 43, 24, 46, 14, 0, 9, 18, 22, 27, 41, 20, 37, 42, 48, 26, 13, 40, 11, 38, 33, 17, 47, 4,
      6, 10, 23, 3, 34, 21, 8, 31, 45, 39, 32, 7, 28, 29, 1, 44, 49, 19, 25, 30,
    ],
    73,
  ],
  ['sample', [{ range: 20 }, 10], [19, 13, 12, 11, 2, 15, 0, 17, 5, 9], 12],
  ['sample', [{ range: 100 }, 10], [20, 81, 48, 2, 97, 85, 76, 62, 37, 90], 14],
  [
    'sample',
    [{ range: 1000 }, 100],
    [
      685, 259, 496, 224, 16, 706, 53, 417, 510, 995, 664, 239, 167, 528, 25, 139, 841, 324, 154, 718, 908, 103, 45,
      807, 213, 547, 794, 556, 301, 885, 375, 697, 182, 432, 164, 480, 538, 641, 342, 431, 132, 212, 711, 236, 320, 889,
      724, 482, 278, 788, 29, 254, 5, 797, 299, 341, 688, 948, 275, 157, 615, 972, 201, 15, 525, 58, 785, 624, 390, 85,
      776, 221, 125, 857, 214, 263, 96, 648, 282, 140, 996, 536, 534, 861, 272, 27, 288, 989, 318, 598, 919, 934, 771,
      209, 649, 71, 569, 687, 472, 833,
    ],
    113,
  ],
  [
    'sample',
    [{ range: 30 }, 30],
    [23, 5, 18, 16, 1, 9, 3, 8, 24, 7, 26, 21, 14, 0, 28, 22, 20, 10, 6, 25, 27, 12, 17, 11, 29, 2, 19, 15, 13, 4],
    49,
  ],
  ['sample', ['abcdefg', 3], ['a', 'e', 'd'], 4],
  ['sample_counts', [['a', 'b', 'c'], 4, [2, 3, 1]], ['c', 'b', 'a', 'a'], 4],
  [
    'sample_counts',
    [['x', 'y'], 50, [100, 200]],
    [
      'y',
      'y',
      'y',
      'y',
      'y',
      'x',
      'x',
      'y',
      'y',
      'x',
      'y',
      'y',
      'x',
      'y',
      'y',
      'y',
      'y',
      'x',
      'x',
      'y',
      'y',
      'y',
      'y',
      'y',
      'y',
      'x',
      'y',
      'y',
      'x',
      'x',
      'x',
      'y',
      'y',
      'y',
      'y',
      'y',
      'x',
      'y',
      'x',
      'x',
      'y',
      'x',
      'y',
      'x',
      'y',
      'y',
      'x',
      'y',
      'y',
      'y',
    ],
    94,
  ],
  ['choices', [[10, 20, 30], 5, null, null], [10, 30, 10, 10, 10], 10],
  ['choices', [[10, 20, 30], 5, [1, 2, 3], null], [20, 30, 10, 20, 30], 10],
  ['choices', [[10, 20, 30], 5, null, [1, 1.5, 4]], [20, 30, 30, 10, 20], 10],
  ['choices', [[0, 1], 20, [1e-323, 1e-323], null], [1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0, 1, 0], 40],
  ['uniform', [2, 5], { float: '3.597769858618392' }, 2],
  ['uniform', [5, -3], { float: '-0.07805487833059388' }, 2],
  ['triangular', [], { float: '0.6275753938700968' }, 2],
  ['triangular', [0, 10, 3], { float: '2.4684453942174738' }, 2],
  ['triangular', [1, 1, 1], 1, 2],
  ['triangular', [2, 9], { float: '4.917065169102743' }, 2],
  ['normalvariate', [], { float: '-2.162941843276824' }, 4],
  ['normalvariate', [1, 2], { float: '1.6293606028934178' }, 4],
  ['gauss', [], null, 4],
];
