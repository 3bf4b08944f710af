import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MersenneTwister } from '../../src/seeded/mt19937.js';
import { seedKey } from '../../src/seeded/seed.js';

test('MersenneTwister: reference outputs (mt19937ar.c: init_by_array {0x123, 0x234, 0x345, 0x456})', () => {
  const mt = new MersenneTwister();
  mt.initByArray([0x123, 0x234, 0x345, 0x456]);
  const first = Array.from({ length: 5 }, () => mt.nextUint32());
  assert.deepEqual(first, [1067595299, 955945823, 477289528, 4107218783, 4228976476]);
  for (let i = 5; i < 995; i++) mt.nextUint32();
  // Outputs 996..1000, as CPython 3.13 gives them:
  // r = random.Random(0x456 << 96 | 0x345 << 64 | 0x234 << 32 | 0x123); [r.getrandbits(32) ...]
  assert.deepEqual(
    Array.from({ length: 5 }, () => mt.nextUint32()),
    [2643151863, 3896204135, 2416995901, 1397735321, 3460025646],
  );
});

test('MersenneTwister: default seed 5489 and initGenrand', () => {
  const mt = new MersenneTwister();
  assert.equal(mt.nextUint32(), 3499211612);
  mt.initGenrand(5489);
  assert.equal(mt.nextUint32(), 3499211612);
  assert.throws(() => mt.initGenrand(-1), TypeError);
  assert.throws(() => mt.initGenrand(1.5), TypeError);
});

test('MersenneTwister: initByArray rejects bad keys without changing the state', () => {
  const mt = new MersenneTwister();
  const before = mt.getState();
  assert.throws(() => mt.initByArray([]), RangeError);
  assert.throws(() => mt.initByArray([2 ** 32]), TypeError);
  assert.throws(() => mt.initByArray([-1]), TypeError);
  assert.throws(() => mt.initByArray([0.5]), TypeError);
  assert.throws(() => mt.initByArray(null as never), TypeError);
  assert.deepEqual(mt.getState(), before);
});

test('MersenneTwister: outputs are uint32 and the index wraps through the twist', () => {
  const mt = new MersenneTwister();
  mt.initByArray([1]);
  for (let i = 0; i < 2000; i++) {
    const w = mt.nextUint32();
    assert.ok(Number.isInteger(w) && w >= 0 && w <= 0xffffffff);
  }
  assert.equal(mt.getState()[624], 2000 - 3 * 624);
});

/** The generator's `random()` (a private method, which `Random.random` calls). */
const random53 = (g: MersenneTwister): number => g['_random53']();

/** mt19937ar.c's genrand_int32 on a `getState()` array (words, then the index), twisting in place. */
function referenceNext(st: number[]): number {
  if (st[624] === 624) {
    const mag01 = [0, 0x9908b0df];
    for (let kk = 0; kk < 624; kk++) {
      const y = (st[kk]! & 0x80000000) | (st[(kk + 1) % 624]! & 0x7fffffff);
      st[kk] = (st[(kk + 397) % 624]! ^ (y >>> 1) ^ mag01[y & 1]!) >>> 0;
    }
    st[624] = 0;
  }
  let y = st[st[624]!++]!;
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  return (y ^ (y >>> 18)) >>> 0;
}

test('MersenneTwister: the twist spread over reads matches the reference from any restored index', () => {
  const src = new MersenneTwister();
  src.initByArray(seedKey(2024));
  for (let i = 0; i < 1000; i++) src.nextUint32();
  const base = src.getState().slice(0, 624);
  // Each side of the reference's three twist loops (227 and 623) and both ends of a generation.
  for (const index of [0, 1, 2, 226, 227, 228, 396, 397, 398, 622, 623, 624]) {
    const st = [...base, index];
    const mt = new MersenneTwister();
    mt.setState(st);
    const copy = mt.clone();
    for (const g of [mt, copy]) {
      const ref = st.slice();
      // Odd and even positions, 3,200 words: through five twists, so through both halves of the
      // generator's array twice, by words and by floats, with the state compared at every step.
      for (let n = 0; n < 2300; n++) {
        if (n % 7 < 3) {
          const a = referenceNext(ref) >>> 5;
          const b = referenceNext(ref) >>> 6;
          assert.equal(random53(g), (a * 2 ** 26 + b) / 2 ** 53, `index ${index}, step ${n}`);
        } else {
          assert.equal(g.nextUint32(), referenceNext(ref), `index ${index}, step ${n}`);
        }
        assert.deepEqual(g.getState(), ref, `state at index ${index}, step ${n}`);
        if (n % 401 === 400) {
          // A clone and a generator restored from the state continue as the reference does.
          const c = g.clone();
          const t = new MersenneTwister();
          t.setState(g.getState());
          const r2 = ref.slice();
          for (let m = 0; m < 700; m++) {
            const want = referenceNext(r2);
            assert.equal(c.nextUint32(), want, `clone at index ${index}, step ${n}`);
            assert.equal(t.nextUint32(), want, `restored at index ${index}, step ${n}`);
          }
        }
      }
    }
  }
});

test('MersenneTwister: fillBytes lays out words little-endian, a short tail from the top bytes', () => {
  const a = new MersenneTwister();
  a.initByArray(seedKey(7));
  const b = a.clone();
  const bytes = new Uint8Array(11);
  a.fillBytes(bytes);
  const w = [b.nextUint32(), b.nextUint32(), b.nextUint32()];
  const expect = [
    ...[0, 8, 16, 24].map((s) => (w[0]! >>> s) & 0xff),
    ...[0, 8, 16, 24].map((s) => (w[1]! >>> s) & 0xff),
    // 3 remaining bytes: getrandbits(24) = the top 3 bytes of the word, low first.
    ...[8, 16, 24].map((s) => (w[2]! >>> s) & 0xff),
  ];
  assert.deepEqual([...bytes], expect);
  assert.deepEqual(a.getState(), b.getState(), 'fillBytes(11) consumes 3 words');
  const c = a.clone();
  a.fillBytes(new Uint8Array(0));
  assert.deepEqual(a.getState(), c.getState(), 'fillBytes of nothing consumes nothing');
  for (const bad of [undefined, null, [1, 2], new Uint16Array(2), 'abcd', 4]) {
    assert.throws(() => a.fillBytes(bad as never), TypeError);
  }
  assert.deepEqual(a.getState(), c.getState(), 'a rejected fillBytes consumes nothing');
});

test('MersenneTwister: getState/setState round trip and clone independence', () => {
  const mt = new MersenneTwister();
  mt.initByArray(seedKey(99));
  for (let i = 0; i < 700; i++) mt.nextUint32();
  const st = mt.getState();
  assert.equal(st.length, 625);
  const ahead = Array.from({ length: 1000 }, () => mt.nextUint32());
  mt.setState(st);
  assert.deepEqual(
    Array.from({ length: 1000 }, () => mt.nextUint32()),
    ahead,
  );
  const c = mt.clone();
  c.nextUint32();
  assert.notDeepEqual(c.getState(), mt.getState());
  // A returned state is a copy.
  st[0] = 12345;
  mt.setState(mt.getState());
  assert.notEqual(mt.getState()[0], 12345);
  // Index 624 forces a twist at the next output; index 0 reads the words as they are.
  mt.setState([...Array(624).fill(0), 0]);
  assert.equal(mt.nextUint32(), 0);
  mt.setState(Uint32Array.from([...Array(624).fill(0), 624]));
  assert.equal(mt.nextUint32(), 0);
});

test('MersenneTwister: setState checks like CPython and a failed call changes nothing', () => {
  const mt = new MersenneTwister();
  mt.initByArray(seedKey(1234));
  mt.nextUint32();
  const start = mt.getState();
  const words = start.slice(0, 624);
  const bad: [unknown, typeof TypeError | typeof RangeError][] = [
    [null, TypeError],
    [undefined, TypeError],
    [42, TypeError],
    ['x'.repeat(625), TypeError],
    [[1, 2, 3], RangeError],
    [[...words], RangeError],
    [[...words, 624, 0], RangeError],
    [[...words, 625], RangeError],
    [[...words, -1], RangeError],
    [[...words, 1.5], TypeError],
    [[...words, '1'], TypeError],
    [[...words, 1n], TypeError],
    [[...Array(624).fill('a'), 0], TypeError],
    [[-1, ...words.slice(1), 0], RangeError],
    [[2 ** 32, ...words.slice(1), 0], RangeError],
    [[NaN, ...words.slice(1), 0], TypeError],
  ];
  for (const [state, type] of bad) {
    assert.throws(() => mt.setState(state as never), type);
    assert.deepEqual(mt.getState(), start);
  }
});
