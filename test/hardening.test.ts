/**
 * Regression tests for issue 11 (a hostile or careless caller), on the sources: each is named after
 * the item it closes. The same promises are attacked through the installed package by
 * test/package/hostile-caller.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import vm from 'node:vm';
import {
  SystemRandom,
  createResetLink,
  createSecureSource,
  totp,
  token,
  verifyResetToken,
  verifyTotp,
  id,
  password,
  randbelow,
  randbits,
  sessionKey,
  systemRandom,
  tokenUrlsafe,
  uuid7,
} from '../src/index.js';
import { MersenneTwister, Random } from '../src/seeded/index.js';
import { codeArray } from '../src/encoding/chars.js';
import { scratchOf } from '../src/ids/sampler.js';
import { planOf } from '../src/password/policy.js';
import { MAX_BIGINT_BITS, getrandbitsBig } from '../src/random/core.js';
import { ReplaySource } from './helpers/fakes.js';

/** A platform stand-in that writes 1, 2, 3, … as little-endian words, so every served word is distinct. */
function counting() {
  let next = 1;
  return (a: Uint8Array) => {
    const v = new DataView(a.buffer, a.byteOffset, a.byteLength);
    for (let i = 0; i + 4 <= a.length; i += 4) v.setUint32(i, next++, true);
    return a;
  };
}
const words = (b: Uint8Array) => {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return Array.from({ length: b.length >> 2 }, (_, i) => v.getUint32(4 * i, true));
};

/** Runs `f` with `Object.prototype[key] = value`, then removes it. */
async function polluted<T>(key: string, value: unknown, f: () => T | Promise<T>): Promise<T> {
  Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
  try {
    return await f();
  } finally {
    delete (Object.prototype as Record<string, unknown>)[key];
  }
}

test('issue 11.1: the attacks of the issue change nothing (now, window, length, alphabet, bits)', async () => {
  const { token: t, record } = await createResetLink('https://example.com/r', { now: 0 });
  assert.deepEqual(await polluted('now', 0, () => verifyResetToken(t, record)), { valid: false, reason: 'expired' });
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  const old = await totp(secret, { time: Date.now() - 300_000 });
  assert.equal((await polluted('window', 10, () => verifyTotp(old, secret))).valid, false);
  for (const [key, value] of [
    ['length', 4],
    ['alphabet', '01'],
    ['bits', 8],
    ['encoding', 'hex'],
  ] as const) {
    assert.match(await polluted(key, value, () => token()), /^[A-Za-z0-9_-]{43}$/, key);
    const p = await polluted(key, value, () => password({}));
    assert.equal(p.length, 16, key);
    assert.match(p, /[a-z]/);
    assert.match(p, /[A-Z]/);
    assert.match(p, /[0-9]/);
    assert.match(p, /[^A-Za-z0-9]/);
  }
  const stored = { ...record, expiresAt: undefined };
  delete stored.expiresAt;
  await assert.rejects(
    polluted('expiresAt', 1e15, () => verifyResetToken(t, stored as never, { now: 0 })),
    /record\.expiresAt must be a number/,
  );
});

test('issue 11.3: a Uint8Array subclass cannot keep a view of the pool', () => {
  const kept: unknown[] = [];
  class Keeper extends Uint8Array {
    override set(a: ArrayLike<number>, offset?: number): void {
      kept.push(a);
      super.set(a, offset);
    }
    override subarray(begin?: number, end?: number) {
      kept.push('subarray');
      return super.subarray(begin, end);
    }
  }
  const src = createSecureSource({ poolSize: 64, getRandomValues: counting() });
  const out = new Keeper(8);
  src.fillBytes(out);
  assert.deepEqual(kept, [], 'the source called the argument’s own methods');
  assert.deepEqual(words(out), [1, 2]);
  assert.equal(src.nextUint32(), 3);
});

test('issue 11.3: a subclass whose set throws is filled anyway, and its bytes are never served again', () => {
  class Thrower extends Uint8Array {
    override set(): void {
      throw new Error('set');
    }
    override get length(): number {
      return 1 << 20; // a lie: the source reads the real length
    }
  }
  const src = createSecureSource({ poolSize: 64, getRandomValues: counting() });
  const out = new Thrower(8);
  src.fillBytes(out);
  assert.deepEqual(words(new Uint8Array(out.buffer)), [1, 2]);
  assert.deepEqual([src.nextUint32(), src.nextUint32()], [3, 4]);
});

test('issue 11.3: fillBytes takes exactly a Uint8Array (any realm), refuses the rest and leaves the pool as it was', () => {
  const src = createSecureSource({ poolSize: 64, getRandomValues: counting() });
  for (const bad of [
    new Uint32Array(2),
    new Uint8ClampedArray(8),
    new Int8Array(8),
    new Float64Array(1),
    new DataView(new ArrayBuffer(8)),
    new ArrayBuffer(8),
    [0, 0, 0, 0],
    { length: 8 },
    new Proxy(new Uint8Array(8), {}),
    null,
  ]) {
    assert.throws(() => src.fillBytes(bad as never), /fillBytes: dest must be a Uint8Array/);
  }
  assert.equal(src.nextUint32(), 1, 'a refused call consumed the pool');
  const foreign = vm.runInNewContext('new Uint8Array(8)') as Uint8Array;
  src.fillBytes(foreign);
  assert.deepEqual(words(new Uint8Array(foreign.buffer)), [2, 3]);
  const u = new Uint8Array(8);
  structuredClone(u.buffer, { transfer: [u.buffer] });
  src.fillBytes(u); // detached: no bytes to fill
  assert.equal(src.nextUint32(), 4);
});

test('issue 11.3: a large fill goes straight to the platform through a view the caller cannot swap', () => {
  const seen: unknown[] = [];
  const src = createSecureSource({
    poolSize: 64,
    getRandomValues: (a) => {
      seen.push(Object.getPrototypeOf(a) === Uint8Array.prototype);
      return a.fill(7);
    },
  });
  class Species extends Uint8Array {
    static get [Symbol.species]() {
      seen.push('species');
      return Uint8Array;
    }
  }
  const big = new Species(100_000);
  src.fillBytes(big);
  assert.ok(big.every((b) => b === 7));
  assert.deepEqual(seen, [true, true]);
});

test('issue 11.3: a source keeps no public state, and systemRandom.source cannot be reassigned', () => {
  const s = createSecureSource();
  assert.deepEqual(Reflect.ownKeys(s), []);
  const d = Object.getOwnPropertyDescriptor(systemRandom, 'source')!;
  assert.equal(d.writable, false);
  assert.equal(d.configurable, false);
  assert.throws(() => {
    (systemRandom as unknown as { source: unknown }).source = new MersenneTwister();
  }, TypeError);
  assert.throws(() => Object.defineProperty(systemRandom, 'source', { value: null }), TypeError);
  assert.notEqual(systemRandom.getrandbits(32), systemRandom.getrandbits(32)); // false alarm 2^-32
});

test('issue 11.4: SystemRandom takes only sources made by createSecureSource', () => {
  const real = createSecureSource();
  const fakes: [string, unknown][] = [
    ['duck-typed', { nextUint32: () => 0, fillBytes: (a: Uint8Array) => a.fill(0) }],
    ['seeded MersenneTwister', new MersenneTwister()],
    ['seeded Random', new Random(42)],
    ['proxy of a secure source', new Proxy(real, {})],
    ['object inheriting from a secure source', Object.create(real)],
    ['replay source', new ReplaySource([1, 2, 3])],
  ];
  for (const [label, fake] of fakes) {
    assert.throws(
      () => new SystemRandom(fake as never),
      (e: Error) =>
        e instanceof TypeError && /SystemRandom: source must be a source made by createSecureSource/.test(e.message),
      label,
    );
  }
  const r = new SystemRandom(real).randint(1, 6);
  assert.ok(r >= 1 && r <= 6);
});

test('issue 11.5: bigints are built from the same words as before, least-significant word first', () => {
  for (const k of [54, 63, 64, 65, 95, 96, 97, 128, 1000, 8192, 8193, 8224, 8225, 65_541]) {
    const n = Math.ceil(k / 32);
    const ws = Array.from({ length: n }, (_, i) => (0x9e3779b9 * (i + 1)) >>> 0);
    let ref = 0n;
    for (let i = 0; i < n; i++) {
      const w = i === n - 1 && k % 32 !== 0 ? ws[i]! >>> (32 - (k % 32)) : ws[i]!;
      ref |= BigInt(w) << BigInt(32 * i);
    }
    const src = new ReplaySource(ws);
    assert.equal(getrandbitsBig(src, k), ref, `k = ${k}`);
    assert.equal(src.remaining, 0);
  }
});

test('issue 11.5: the largest random bigints take well under a few seconds, and one bit more is refused', () => {
  // Generous budget (linear building takes ~0.1 s here; the old limb-by-limb loop took ~27 s at
  // 2^21 bits). A RangeError above the cap comes at once, without any drawing.
  const cap = BigInt(MAX_BIGINT_BITS);
  for (const [label, f] of [
    ['randbits', () => randbits(cap)],
    ['randbelow', () => randbelow((1n << cap) - 1n)],
    ['systemRandom.randrange', () => systemRandom.randrange(0n, (1n << cap) - 1n, 3n)],
    ['seeded getrandbits', () => new Random(1).getrandbits(cap)],
  ] as const) {
    const t0 = performance.now();
    const r = f();
    const ms = performance.now() - t0;
    assert.ok(typeof r === 'bigint' && r >= 0n && r < 1n << cap, label);
    assert.ok(ms < 5000, `${label} took ${ms.toFixed(0)} ms`);
  }
  assert.throws(() => randbits(cap + 1n), RangeError);
  assert.throws(() => randbelow((1n << cap) + 1n), /at most 2\^24 bits/);
  assert.throws(() => systemRandom.randint(0n, 1n << cap), /at most 2\^24 bits/);
});

test('issue 11.6: reused buffers hold only zeros after an output', () => {
  tokenUrlsafe();
  assert.ok(
    codeArray(43).every((c) => c === 0),
    'tokenUrlsafe left its characters in the code array',
  );
  sessionKey(16);
  assert.ok(
    codeArray(22).every((c) => c === 0),
    'sessionKey left its characters in the code array',
  );
  id();
  assert.ok(
    scratchOf(21).codes.every((c) => c === 0),
    'id left its characters in the ID scratch',
  );
  password();
  const plan = planOf(undefined, 'password');
  assert.ok(
    plan.text.every((c) => c === 0) && plan.bytes!.chars.every((c) => c === 0),
    'password left its characters in the cached plan',
  );
});

test('issue 11.8: uuid7 keeps its monotonic state once per realm, hidden under Symbol.for', () => {
  const a = uuid7();
  const d = Object.getOwnPropertyDescriptor(globalThis, Symbol.for('secrets-ts.uuid7'))!;
  assert.ok(d, 'no realm state');
  assert.equal(d.enumerable, false);
  assert.equal(d.writable, false);
  assert.equal(d.configurable, false);
  const state = d.value as { ms: number; counter: number };
  assert.equal(state.ms, Number.parseInt(a.replace(/-/g, '').slice(0, 12), 16));
  // Another copy that advanced the shared state is seen by this one.
  state.ms += 60_000;
  const b = uuid7();
  assert.ok(b > a);
  assert.equal(Number.parseInt(b.replace(/-/g, '').slice(0, 12), 16), state.ms);
  // A state that holds garbage is reset, not trusted.
  state.ms = Number.NaN;
  assert.ok(uuid7() < b, 'a reset state restarts from the clock');
});

test('issue 11.1: a key deleted by an earlier getter is not then read from Object.prototype', () => {
  const proto = Object.prototype as Record<string, unknown>;
  proto.encoding = 'base32';
  proto.digits = false;
  try {
    const opts = {
      get bits() {
        delete (this as { encoding?: string }).encoding;
        return 128;
      },
      encoding: 'hex' as const,
    };
    // encoding is gone when it is read, so the default (base64url, 22 symbols for 128 bits) holds.
    assert.match(token(opts), /^[A-Za-z0-9_-]{22}$/);
    const policy = {
      get length() {
        delete (this as { digits?: number }).digits;
        return 12;
      },
      digits: 1,
    };
    // digits is gone when it is read, so the default (at least one digit) holds, not `false`.
    for (let i = 0; i < 20; i++) assert.match(password(policy), /[0-9]/);
  } finally {
    delete proto.encoding;
    delete proto.digits;
  }
});
