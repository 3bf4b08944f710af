import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MersenneTwister } from '../../src/seeded/mt19937.js';
import { seedKey } from '../../src/seeded/seed.js';
import { getPythonState, parsePythonState, setPythonState, type PythonState } from '../../src/seeded/state.js';
import { VECTORS } from './vectors.js';

function gen(seed: number): MersenneTwister {
  const mt = new MersenneTwister();
  mt.initByArray(seedKey(seed));
  return mt;
}

test('python state: getPythonState is [3, [624 words, index], gaussNext] and survives JSON', () => {
  const mt = gen(5);
  mt.nextUint32();
  const st = getPythonState(mt, 0.25);
  assert.equal(st[0], 3);
  assert.equal(st[1].length, 625);
  assert.equal(st[1][624], 1);
  assert.equal(st[2], 0.25);
  const other = new MersenneTwister();
  assert.equal(setPythonState(other, JSON.parse(JSON.stringify(st))), 0.25);
  assert.deepEqual(other.getState(), mt.getState());
  assert.throws(() => getPythonState(mt, undefined as never), TypeError);
  assert.throws(() => getPythonState(mt, '0.5' as never), TypeError);
});

test('python state: the vectors hold a non-null gaussNext after the sequence, and it round-trips', () => {
  const withGauss = VECTORS.seeds.filter((s) => s.final_state[2] !== null);
  for (const sv of withGauss) {
    const mt = new MersenneTwister();
    const g = setPythonState(mt, sv.final_state);
    assert.equal(g, sv.final_state[2]);
    assert.deepEqual(getPythonState(mt, g), sv.final_state);
  }
});

test('python state: version 2 reduces every element mod 2^32, Python style', () => {
  const words = gen(8).getState().slice(0, 624);
  const v2 = [2, words.map((w, i) => (i % 2 ? w - 4294967296 : w + 3 * 4294967296)).concat([624 + 4294967296]), null];
  const mt = new MersenneTwister();
  setPythonState(mt, v2);
  assert.deepEqual(mt.getState(), [...words, 624]);
  // bigint elements are accepted too.
  setPythonState(mt, [2, [...words.map(BigInt), -4294967296n + 5n], null]);
  assert.equal(mt.getState()[624], 5);
});

test('python state: version 3 keeps the low 32 bits of words below 2^64 (C unsigned long)', () => {
  const words = gen(8).getState().slice(0, 624);
  const mt = new MersenneTwister();
  setPythonState(mt, [3, [...words.map((w) => BigInt(w) + (5n << 32n)), 10], null]);
  assert.deepEqual(mt.getState(), [...words, 10]);
  assert.throws(() => setPythonState(mt, [3, [1n << 64n, ...words.slice(1), 10], null]), RangeError);
});

test('python state: CPython setstate errors, and a failed setstate changes nothing', () => {
  const mt = gen(77);
  mt.nextUint32();
  const start = mt.getState();
  const ok = [...start];
  const cases: [unknown, typeof TypeError | typeof RangeError, RegExp?][] = [
    [null, TypeError],
    ['[3, [], null]', TypeError],
    [[1, null, null], RangeError, /state with version 1 passed to Random\.setstate\(\) of version 3/],
    [[4, ok, null], RangeError, /state with version 4 passed to Random\.setstate\(\) of version 3/],
    [['3', ok, null], RangeError],
    [[3n, ok, null], RangeError],
    [[3, ok], RangeError],
    [[3, ok, null, 0], RangeError],
    [[2, null, null], TypeError, /state vector must be/],
    [[3, { length: 625 }, null], TypeError],
    [[2, [1, 2, 3], null], RangeError, /wrong size/],
    [[2, Array(625).fill('a'), null], TypeError],
    [[2, [...Array(624).fill(0), 'a'], null], TypeError],
    [[2, [...Array(624).fill(1), 625], null], RangeError, /invalid state/],
    [[3, [...Array(624).fill(1), -1], null], RangeError, /invalid state/],
    [[3, [-1, ...ok.slice(1)], null], RangeError],
    [[3, [0.5, ...ok.slice(1)], null], TypeError],
    [[2, [NaN, ...ok.slice(1)], null], TypeError],
    [[3, [2 ** 60, ...ok.slice(1)], null], RangeError],
    [[3, ok, 'x'], TypeError],
    [[3, ok, undefined], TypeError],
  ];
  for (const [state, type, re] of cases) {
    assert.throws(() => setPythonState(mt, state), type);
    if (re) assert.throws(() => setPythonState(mt, state), re);
    assert.deepEqual(mt.getState(), start, String(state).slice(0, 60));
  }
  // The test_setstate_middle_arg check: the next getrandbits(100) is unchanged by the failures.
  const a = mt.clone();
  setPythonState(mt, [3, start, null]);
  assert.deepEqual(mt.getState(), a.getState());
});

test('python state: parsePythonState returns copies and does not modify its input', () => {
  const st: PythonState = getPythonState(gen(3), null);
  const copy = JSON.parse(JSON.stringify(st)) as PythonState;
  const parsed = parsePythonState(st);
  parsed.internal[0] = 1;
  assert.deepEqual(st, copy);
});
