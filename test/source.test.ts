import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSecureSource, SecureRandomUnavailableError } from '../src/index.js';

/** A platform stand-in that writes a running counter, so every byte it ever produced is distinct by position. */
function counterPlatform() {
  const calls: number[] = [];
  const arrays: Uint8Array[] = [];
  let next = 1;
  const getRandomValues = (a: Uint8Array) => {
    assert.ok(a.length <= 65536, `request of ${a.length} bytes exceeds the Web Crypto quota`);
    calls.push(a.length);
    arrays.push(a);
    const v = new DataView(a.buffer, a.byteOffset, a.byteLength);
    for (let i = 0; i + 4 <= a.length; i += 4) v.setUint32(i, next++, true);
    for (let i = a.length & ~3; i < a.length; i++) a[i] = 0xee;
    return a;
  };
  return { calls, arrays, getRandomValues };
}

test('the pool never serves the same bytes twice, across words and byte fills', () => {
  const p = counterPlatform();
  const src = createSecureSource({ poolSize: 1024, getRandomValues: p.getRandomValues });
  const seen = new Set<number>();
  const take = (w: number) => {
    assert.ok(!seen.has(w), `word ${w} served twice`);
    seen.add(w);
  };
  for (let round = 0; round < 50; round++) {
    take(src.nextUint32());
    const n = 1 + (round % 11) * 4; // byte fills of 1..41 bytes, aligned and not
    const buf = new Uint8Array(n + ((4 - (n % 4)) % 4));
    src.fillBytes(buf.subarray(0, n));
    const v = new DataView(buf.buffer);
    for (let i = 0; i + 4 <= n; i += 4) take(v.getUint32(i, true));
  }
  assert.ok(p.calls.length > 1, 'the pool was refilled');
  assert.ok(p.calls.every((n) => n === 1024));
});

test('consumed pool bytes are wiped and outputs are copies, not views', () => {
  const p = counterPlatform();
  const src = createSecureSource({ poolSize: 256, getRandomValues: p.getRandomValues });
  const out = new Uint8Array(16);
  src.fillBytes(out);
  const w = src.nextUint32();
  const pool = p.arrays[0]!;
  assert.notEqual(out.buffer, pool.buffer, 'output shares the pool buffer');
  assert.deepEqual([...pool.subarray(0, 20)], new Array(20).fill(0), 'consumed bytes still in the pool');
  assert.notEqual(pool[20], 0, 'unconsumed bytes were wiped early');
  out.fill(0xff);
  assert.notEqual(src.nextUint32(), w);
  assert.ok(
    pool.subarray(20).some((b) => b !== 0xff),
    'writing to the output changed the pool',
  );
});

test('requests are chunked at 65,536 bytes and large fills bypass the pool', () => {
  const p = counterPlatform();
  const src = createSecureSource({ poolSize: 4096, getRandomValues: p.getRandomValues });
  const big = new Uint8Array(200_000);
  src.fillBytes(big);
  assert.deepEqual(p.calls, [65536, 65536, 65536, 200_000 - 3 * 65536]);
});

test('a failing platform call leaves the pool consistent', () => {
  const p = counterPlatform();
  let fail = false;
  const src = createSecureSource({
    poolSize: 64,
    getRandomValues: (a) => {
      if (fail) throw new Error('platform failure');
      return p.getRandomValues(a);
    },
  });
  const seen = new Set<number>();
  for (let i = 0; i < 16; i++) seen.add(src.nextUint32());
  fail = true;
  assert.throws(() => src.nextUint32(), /platform failure/);
  fail = false;
  for (let i = 0; i < 16; i++) {
    const w = src.nextUint32();
    assert.ok(!seen.has(w), 'a word was served twice after a failure');
    seen.add(w);
  }
});

test('unpooled mode calls the platform for every request', () => {
  const p = counterPlatform();
  const src = createSecureSource({ poolSize: 0, getRandomValues: p.getRandomValues });
  src.nextUint32();
  src.fillBytes(new Uint8Array(3));
  assert.deepEqual(p.calls, [4, 3]);
});

test('without Web Crypto the source fails closed with a message that names the fix', () => {
  const desc = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true, writable: true });
  try {
    const src = createSecureSource();
    assert.throws(
      () => src.nextUint32(),
      (e: unknown) => {
        assert.ok(e instanceof SecureRandomUnavailableError);
        assert.match((e as Error).message, /getRandomValues/);
        assert.match((e as Error).message, /never polyfill it with a non-cryptographic generator/i);
        return true;
      },
    );
    assert.throws(() => src.fillBytes(new Uint8Array(8)), SecureRandomUnavailableError);
  } finally {
    Object.defineProperty(globalThis, 'crypto', desc!);
  }
});

test('createSecureSource validates its options', () => {
  assert.throws(() => createSecureSource({ poolSize: 3 }), RangeError);
  assert.throws(() => createSecureSource({ poolSize: 65540 }), RangeError);
  assert.throws(() => createSecureSource({ poolSize: -4 }), RangeError);
  assert.throws(() => createSecureSource({ poolSize: 1.5 }), TypeError);
  assert.throws(() => createSecureSource({ getRandomValues: 5 as never }), TypeError);
  assert.throws(() => createSecureSource({ poolsize: 8 } as never), /unknown option "poolsize"/);
});

/** The four-word read the default ID uses (a method of every source `createSecureSource` makes). */
type Words4 = { words4<T>(f: (a: number, b: number, c: number, d: number) => T): T };
const four = (src: unknown, f = (a: number, b: number, c: number, d: number) => [a, b, c, d]) =>
  (src as Words4).words4(f);

test('words4 serves the next four words in order, wiped from the pool before its callback runs', () => {
  const p = counterPlatform();
  const src = createSecureSource({ poolSize: 64, getRandomValues: p.getRandomValues });
  const pool = p.arrays;
  assert.equal(src.nextUint32(), 1);
  const wiped: boolean[] = [];
  assert.deepEqual(
    four(src, (a, b, c, d) => {
      wiped.push(pool[0]!.subarray(4, 20).every((x) => x === 0));
      return [a, b, c, d];
    }),
    [2, 3, 4, 5],
  );
  assert.deepEqual(wiped, [true]);
  assert.notEqual(pool[0]![20], 0, 'the next word was wiped early');
  assert.equal(src.nextUint32(), 6);
  // A callback that throws has still consumed its words: they are never served again.
  assert.throws(() => four(src, () => assert.fail('callback')), /callback/);
  assert.equal(src.nextUint32(), 11);
  assert.deepEqual(four(src), [12, 13, 14, 15]);
  // Only word 16 is left: too few, so the pool is refilled and it is never served.
  assert.deepEqual(four(src), [17, 18, 19, 20]);
  assert.deepEqual(p.calls, [64, 64]);
  assert.equal(src.nextUint32(), 21);
});

test('words4 on a pool of fewer than four words, or none, reads them one at a time', () => {
  for (const [poolSize, calls] of [
    [8, [8, 8]],
    [4, [4, 4, 4, 4]],
    [0, [4, 4, 4, 4]],
  ] as const) {
    const p = counterPlatform();
    const src = createSecureSource({ poolSize, getRandomValues: p.getRandomValues });
    assert.deepEqual(four(src), [1, 2, 3, 4], `poolSize ${poolSize}`);
    assert.deepEqual(p.calls, calls, `poolSize ${poolSize}`);
  }
});
