// The hostile caller, run against the installed package: `node hostile-caller.child.mjs import|require`
// inside a folder where the packed tarball is installed. It prints one JSON array of
// { name, ok, message } results; test/package/hostile-caller.test.ts turns each into a test.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';

const mode = globalThis.process.argv[2];
const require = createRequire(join(globalThis.process.cwd(), 'index.js'));
const load = async (entry) => (mode === 'import' ? await import(entry) : require(entry));
const m = await load('secrets-ts');
const entropy = await load('secrets-ts/entropy');
const seeded = await load('secrets-ts/seeded');
const words = new Set((await load('secrets-ts/wordlists/eff-large')).effLargeWords());

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
  } catch (e) {
    results.push({ name, ok: false, message: String((e && e.stack) || e).slice(0, 4000) });
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
/** Runs `f` and returns its value, or `threw <Type>: <message>`, as a comparable string. */
async function outcome(f) {
  try {
    return await f();
  } catch (e) {
    return `threw ${e?.constructor?.name}: ${e?.message}`;
  }
}

// ---- internal caches never read array holes (first, while every cache is cold) ----------------------

await check('issue 11.1: no call reads an array hole (Array.prototype getters on 0..2047, cold caches)', async () => {
  // A Set and a re-entrancy guard: recording must not touch an array index itself.
  const seen = new Set();
  let inside = false;
  const note = (what) => {
    if (inside) return;
    inside = true;
    const stack = new Error().stack ?? '';
    inside = false;
    // The frame that made the access: the first one outside this file.
    const at = stack
      .split('\n')
      .slice(1)
      .find((l) => !l.includes('hostile-caller.child.mjs'));
    if (at?.includes('node_modules/secrets-ts')) seen.add(`${what} ${at.trim()}`);
  };
  for (let i = 0; i < 2048; i++) {
    Object.defineProperty(Array.prototype, i, {
      configurable: true,
      get: () => (note(`read [${i}]`), undefined),
      // A write lands where it would under a polluting data property: on the array itself, as own
      // data (so the runtime keeps working). Only a read can bring a polluted value in.
      set(v) {
        Object.defineProperty(this, i, { value: v, writable: true, enumerable: true, configurable: true });
      },
    });
  }
  try {
    m.sessionKey();
    m.sessionKey(100);
    m.tokenUrlsafe();
    m.tokenUrlsafe(1000);
    m.tokenHex();
    m.tokenHex(600);
    m.tokenBytes();
    m.id();
    m.id(10);
    m.id(2000);
    m.customAlphabet('abc', 12)();
    m.customAlphabet('0123456789', 50)();
    m.token();
    m.token({ bits: 128, encoding: 'base58' });
    m.password();
    m.password({ length: 40, symbols: false });
    m.passphrase();
    m.pin();
    m.otpSecret();
    m.uuid4();
    m.uuid7();
    m.randbelow(10n ** 40n);
    m.randbits(200n);
    m.choice('abc');
    m.sample([1, 2, 3], 2);
    m.choices([1, 2, 3], { k: 5 });
    m.entropyBits({ kind: 'id' });
    await m.createResetLink('https://example.com/r');
  } finally {
    for (let i = 0; i < 2048; i++) delete Array.prototype[i];
  }
  const places = [...new Set([...seen].map((x) => x.replace(/\[\d+\] /, '')))];
  assert(seen.size === 0, `${seen.size} hole accesses, at\n${places.join('\n')}`);
});

// ---- fixtures (made before any pollution) -------------------------------------------------------

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const SECRET_BYTES = Uint8Array.from([72, 101, 108, 108, 111, 33, 222, 173, 190, 239, 72, 101, 108, 108, 111, 33]);
const T = 1_700_000_000_000;
const oldCode = await m.totp(SECRET, { time: T - 300_000 });
const oldCodeNow = await m.totp(SECRET, { time: Date.now() - 300_000 });
const hotp5 = await m.hotp(SECRET, 5);
const expiredLink = await m.createResetLink('https://example.com/reset', { now: 0 });
const uri = m.otpauthUri({ secret: SECRET, account: 'alice@example.com', issuer: 'Example' });
const BASE = 'https://example.com/reset';

// ---- the option keys, from the validation's own lists ----------------------------------------------

const PROBE = '__hostileProbe__';
const probe = { [PROBE]: 1 };
/** Every options-taking call: `call(options)` puts `options` where the export reads its options. */
const OPTION_CALLS = [
  { name: 'createSecureSource', call: (o) => m.createSecureSource(o), base: { poolSize: 64 } },
  { name: 'choices', call: (o) => m.choices([1, 2, 3], o), base: { k: 2, weights: [1, 1, 1] } },
  { name: 'sample', call: (o) => m.sample([1, 2, 3], 2, o), base: { counts: [1, 1, 1] } },
  { name: 'SystemRandom#choices', call: (o) => new m.SystemRandom().choices([1, 2], o), base: { k: 2 } },
  { name: 'seeded Random#sample', call: (o) => new seeded.Random(1).sample([1, 2], 1, o), base: { counts: [1, 1] } },
  { name: 'token', call: (o) => m.token(o), base: { bits: 64, encoding: 'hex' } },
  { name: 'tokenEntropy', call: (o) => m.tokenEntropy(o), base: { bits: 64, alphabet: '01' } },
  { name: 'password', call: (o) => m.password(o), base: { length: 12, digits: 2, exclude: 'O0' } },
  {
    name: 'password class spec',
    call: (o) => m.password({ lowercase: o }),
    base: { min: 2, max: 5, chars: 'abc' },
  },
  { name: 'passwordSpace', call: (o) => m.passwordSpace(o), base: { length: 8, alphabet: '0123456789' } },
  { name: 'passwordEntropy', call: (o) => m.passwordEntropy(o), base: { length: 8, symbols: false } },
  { name: 'passphrase', call: (o) => m.passphrase(o), base: { words: 4, separator: ' ', capitalize: true } },
  { name: 'passphraseEntropy', call: (o) => m.passphraseEntropy(o), base: { bits: 80, digit: true } },
  {
    name: 'entropyBits alphabet',
    call: (o) => m.entropyBits({ alphabetSize: 10, length: 4, ...o }),
    base: { length: 6 },
  },
  { name: 'entropyBits id', call: (o) => m.entropyBits({ kind: 'id', ...o }), base: { size: 10 } },
  { name: 'entropyBits token', call: (o) => m.entropyBits({ kind: 'token', ...o }), base: { bits: 64 } },
  { name: 'entropyBits password', call: (o) => m.entropyBits({ kind: 'password', ...o }), base: {} },
  { name: 'entropyBits passphrase', call: (o) => m.entropyBits({ kind: 'passphrase', ...o }), base: { words: 3 } },
  { name: 'entropyBits uuid4', call: (o) => m.entropyBits({ kind: 'uuid4', ...o }), base: {} },
  { name: 'entropyBits uuid7', call: (o) => m.entropyBits({ kind: 'uuid7', ...o }), base: {} },
  { name: 'crackTime', call: (o) => m.crackTime(64, o), base: { attacker: 'online' } },
  { name: 'collisionProbability space', call: (o) => m.collisionProbability(10, o), base: { bits: 64 } },
  { name: 'noCollisionProbability space', call: (o) => m.noCollisionProbability(10, o), base: { bits: 64 } },
  {
    name: 'drawsForCollisionProbability space',
    call: (o) => m.drawsForCollisionProbability(0.5, o),
    base: { bits: 64 },
  },
  { name: 'timeToCollision space', call: (o) => m.timeToCollision(0.5, o, 10), base: { bits: 64 } },
  { name: 'entropy entry: entropyBits id', call: (o) => entropy.entropyBits({ kind: 'id', ...o }), base: {} },
  { name: 'hotp', call: (o) => m.hotp(SECRET, 0, o), base: { digits: 8 } },
  { name: 'totp', call: (o) => m.totp(SECRET, o), base: { time: T, period: 60 } },
  { name: 'verifyTotp', call: (o) => m.verifyTotp('123456', SECRET, o), base: { time: T, window: 1 } },
  { name: 'verifyHotp', call: (o) => m.verifyHotp('123456', SECRET, o), base: { counter: 3, window: 2 } },
  { name: 'hotpSync', call: (o) => m.hotpSync(SECRET, 0, o), base: { digits: 8 } },
  { name: 'totpSync', call: (o) => m.totpSync(SECRET, o), base: { time: T, period: 60 } },
  { name: 'verifyTotpSync', call: (o) => m.verifyTotpSync('123456', SECRET, o), base: { time: T, window: 1 } },
  { name: 'verifyHotpSync', call: (o) => m.verifyHotpSync('123456', SECRET, o), base: { counter: 3, window: 2 } },
  { name: 'otpauthUri', call: (o) => m.otpauthUri({ secret: SECRET, account: 'a', ...o }), base: { issuer: 'I' } },
  { name: 'createResetLink', call: (o) => m.createResetLink(BASE, o), base: { now: 0, ttlMs: 60_000 } },
  {
    name: 'verifyResetToken',
    call: (o) => m.verifyResetToken(expiredLink.token, expiredLink.record, o),
    base: { now: 1000 },
  },
];
/** Fields of records, which may hold other keys (a database row), so no key list is in an error. */
const RECORD_KEYS = ['selector', 'verifierHash', 'expiresAt'];

/** The key list that the unknown-option error of `call(probe)` names, or undefined. */
async function keysOf(call) {
  const e = await outcome(() => call(probe));
  const list = /unknown option .*; expected one of (.*)$/.exec(typeof e === 'string' ? e : '')?.[1];
  return list?.split(', ');
}
/**
 * Every options object reachable from a call, as `path -> keys`: the keys of the call's own
 * options, then, recursively, those of any key whose value is itself an options object (a probe
 * object there gets an unknown-option error of its own, such as a password class spec).
 */
const optionKeys = new Map();
async function discover(name, call, depth) {
  const keys = (await keysOf(call)) ?? [];
  optionKeys.set(name, keys);
  if (depth === 0) return;
  for (const k of keys) {
    const inner = (o) => call({ [k]: o });
    const nested = await keysOf(inner);
    if (nested !== undefined && nested.join() !== keys.join()) await discover(`${name}.${k}`, inner, depth - 1);
  }
}
for (const c of OPTION_CALLS) await discover(c.name, c.call, 2);
await check('issue 11.1: every options-taking call names its option keys in its unknown-option error', () => {
  const empty = [...optionKeys].filter(([, keys]) => keys.length === 0).map(([name]) => name);
  assert(empty.length === 0, `no key list from: ${empty.join(', ')}`);
  for (const path of ['password.lowercase', 'password.symbols', 'entropyBits password.policy.digits']) {
    assert(optionKeys.has(path), `nested options not found: ${path} (found ${[...optionKeys.keys()].join(', ')})`);
  }
});

// A new options parameter cannot be left out of OPTION_CALLS: every exported function whose declared
// parameters take an options object, policy, descriptor or space must be listed.
await check('issue 11.1: every export declared with an options parameter is in the option table', () => {
  const root = join(globalThis.process.cwd(), 'node_modules', 'secrets-ts', 'dist', 'esm');
  const listed = new Set(OPTION_CALLS.map((c) => c.name.split(/[ #:]/)[0]));
  for (const c of OPTION_CALLS) if (c.name.startsWith('entropy entry')) listed.add('entropyBits');
  listed.add('choices').add('sample'); // RandomBase#choices/#sample are the same methods
  const missing = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, f.name);
      if (f.isDirectory()) walk(p);
      else if (f.name.endsWith('.d.ts')) {
        const text = readFileSync(p, 'utf8');
        for (const [, fn, params] of text.matchAll(/export declare function (\w+)\(([^)]*)\)/g)) {
          if (/Options|Policy|Descriptor|Space\b/.test(params) && !listed.has(fn)) missing.push(fn);
        }
      }
    }
  };
  walk(root);
  assert(missing.length === 0, `not in the option table: ${[...new Set(missing)].join(', ')}`);
});

// ---- pollution: every key, many values, every observed behaviour ----------------------------------

const allKeys = [...new Set([...[...optionKeys.values()].flat(), ...RECORD_KEYS])].sort();
const VALUES = [
  0,
  1,
  4,
  8,
  10,
  100,
  -1,
  2 ** 31,
  '01',
  'hex',
  'path',
  'SHA-256',
  'x',
  true,
  false,
  null,
  ['0', '1'],
  [0, 0, 1],
  {},
  (a) => a,
];

const sigPassword = (s) =>
  `${[...s].length}|${/[a-z]/.test(s)}${/[A-Z]/.test(s)}${/[0-9]/.test(s)}${/[^A-Za-z0-9]/.test(s)}|${/^[\x21-\x7e]+$/.test(s)}`;
const sigPhrase = (s) => {
  const w = s.split('-');
  return `${w.length}|${w.every((x) => words.has(x))}`;
};
/** An array of `n` elements with only the given indices present. */
const holey = (n, present) => Object.assign(new Array(n), present);
const sigText = (re) => (s) => `${s.length}|${re.test(s)}`;
const b64 = /^[A-Za-z0-9_-]+$/;
/** Observed behaviours: each returns a string that is the same on every unpolluted run. */
const BATTERY = {
  'token()': () => sigText(b64)(m.token()),
  'token({ bits: 128 })': () => sigText(b64)(m.token({ bits: 128 })),
  'tokenEntropy()': () => JSON.stringify(m.tokenEntropy()),
  'id()': () => sigText(b64)(m.id()),
  customAlphabet: () => sigText(/^[abc]+$/)(m.customAlphabet('abc', 12)()),
  'password()': () => sigPassword(m.password()),
  'password({})': () => sigPassword(m.password({})),
  'password({ lowercase: { min: 2 } })': () => sigPassword(m.password({ lowercase: { min: 2 } })),
  'passwordSpace()': () => String(m.passwordSpace()),
  'passwordEntropy({ length: 10 })': () => String(m.passwordEntropy({ length: 10 })),
  'passphrase()': () => sigPhrase(m.passphrase()),
  'passphraseEntropy({})': () => String(m.passphraseEntropy({})),
  'pin()': () => sigText(/^\d+$/)(m.pin()),
  'sessionKey()': () => sigText(b64)(m.sessionKey()),
  'tokenUrlsafe()': () => sigText(b64)(m.tokenUrlsafe()),
  'tokenHex()': () => sigText(/^[0-9a-f]+$/)(m.tokenHex()),
  'tokenBytes()': () => String(m.tokenBytes().length),
  'otpSecret()': () => sigText(/^[A-Z2-7]+$/)(m.otpSecret()),
  'uuid4()': () => sigText(/^[0-9a-f-]+$/)(m.uuid4()),
  'randbits(8)': () => String(m.randbits(8) < 256),
  entropyBits: () =>
    JSON.stringify([
      m.entropyBits({ alphabetSize: 10, length: 4 }),
      m.entropyBits({ kind: 'id' }),
      m.entropyBits({ kind: 'token' }),
      m.entropyBits({ kind: 'password' }),
      m.entropyBits({ kind: 'passphrase' }),
      entropy.entropyBits({ kind: 'uuid7' }),
    ]),
  'crackTime(64)': () => JSON.stringify(m.crackTime(64)),
  collisions: () =>
    JSON.stringify([
      m.collisionProbability(1e6, { bits: 64 }),
      m.drawsForCollisionProbability(0.5, 2n ** 64n),
      m.timeToCollision(0.5, { bits: 64 }, 1000),
    ]),
  sample: () => m.sample([1, 2, 3, 4], 4).sort().join(),
  'choices()': () => String(m.choices(['a', 'b']).length),
  'choices({ k: 64 })': () =>
    m
      .choices(['a', 'b'], { k: 64 })
      .sort()
      .join('')
      .replace(/(.)\1+/g, '$1'),
  'seeded Random(42)': () => {
    const r = new seeded.Random(42);
    return JSON.stringify([r.random(), r.choices([1, 2, 3], { k: 3 }), r.sample([1, 2, 3], 2)]);
  },
  'createSecureSource()': () => {
    const sizes = [];
    const s = m.createSecureSource({
      getRandomValues: (a) => (sizes.push(a.length), globalThis.crypto.getRandomValues(a)),
    });
    s.nextUint32();
    const p = m.createSecureSource();
    return `${sizes.join()}|${new Set([p.nextUint32(), p.nextUint32(), p.nextUint32()]).size}`;
  },
  hotp: async () => (await m.hotp(SECRET, 0)) + (await m.hotp(SECRET, 0, {})),
  totp: async () => m.totp(SECRET, { time: T }),
  'verifyTotp (a five-minute-old code)': async () =>
    JSON.stringify([await m.verifyTotp(oldCode, SECRET, { time: T }), await m.verifyTotp(oldCodeNow, SECRET)]),
  // Holes must not be read from Array.prototype.
  'verifyTotp (a window with a hole)': async () =>
    outcome(() => m.verifyTotp(oldCode, SECRET, { time: T, window: holey(2, { 1: 0 }) })),
  'seeded setstate (a state with holes)': () =>
    outcome(() => new seeded.Random(1).setstate(holey(3, { 0: 3, 2: null }))),
  'verifyHotp (counter 5 from 0)': async () => JSON.stringify(await m.verifyHotp(hotp5, SECRET, { counter: 0 })),
  hotpSync: () => m.hotpSync(SECRET, 0) + m.hotpSync(SECRET, 0, {}),
  totpSync: () => m.totpSync(SECRET, { time: T }),
  'verifyTotpSync (a five-minute-old code)': () =>
    JSON.stringify([m.verifyTotpSync(oldCode, SECRET, { time: T }), m.verifyTotpSync(oldCodeNow, SECRET)]),
  'verifyTotpSync (a window with a hole)': () =>
    outcome(() => m.verifyTotpSync(oldCode, SECRET, { time: T, window: holey(2, { 1: 0 }) })),
  'verifyHotpSync (counter 5 from 0)': () => JSON.stringify(m.verifyHotpSync(hotp5, SECRET, { counter: 0 })),
  otpauthUri: () => m.otpauthUri({ secret: SECRET, account: 'alice@example.com', issuer: 'Example' }),
  parseOtpauthUri: () => JSON.stringify(m.parseOtpauthUri(uri)),
  'createResetLink (fresh)': async () => {
    const l = await m.createResetLink(BASE);
    const ttl = l.record.expiresAt - Date.now();
    return `${l.url === `${BASE}?token=${l.token}`}|${ttl > 3_500_000 && ttl <= 3_600_000}`;
  },
  'createResetLink (http)': async () => outcome(() => m.createResetLink('http://example.com/reset')),
  'verifyResetToken (expired link)': async () =>
    JSON.stringify([
      await m.verifyResetToken(expiredLink.token, expiredLink.record),
      await m.verifyResetToken(expiredLink.token, expiredLink.record, {}),
    ]),
};
const baseline = {};
for (const [name, f] of Object.entries(BATTERY)) baseline[name] = await outcome(f);
// Two unpolluted runs agree (else the battery itself is not deterministic).
for (const [name, f] of Object.entries(BATTERY)) {
  const again = await outcome(f);
  if (again !== baseline[name])
    throw new Error(`battery entry ${name} is not deterministic: ${baseline[name]} / ${again}`);
}

const changed = Object.fromEntries(Object.keys(BATTERY).map((n) => [n, []]));
async function runPolluted(label, pollute, clean) {
  pollute();
  try {
    for (const [name, f] of Object.entries(BATTERY)) {
      const got = await outcome(f);
      if (got !== baseline[name]) changed[name].push(`${label}: ${String(got).slice(0, 160)}`);
    }
  } finally {
    clean();
  }
}
for (const key of allKeys) {
  for (const v of VALUES) {
    await runPolluted(
      `Object.prototype.${key} = ${typeof v === 'function' ? 'a function' : JSON.stringify(v)}`,
      () => Object.defineProperty(Object.prototype, key, { value: v, configurable: true, writable: true }),
      () => delete Object.prototype[key],
    );
  }
}
for (const name of Object.keys(BATTERY)) {
  await check(`issue 11.1: Object.prototype pollution of every option key changes nothing: ${name}`, () => {
    assert(
      changed[name].length === 0,
      `changed by ${changed[name].length} pollutions, e.g.\n${changed[name].slice(0, 5).join('\n')}`,
    );
  });
  changed[name] = [];
}
for (const v of ['x', 0, 10, 'A']) {
  await runPolluted(
    `Array.prototype[0..255] = ${JSON.stringify(v)}`,
    () => {
      for (let i = 0; i < 256; i++)
        Object.defineProperty(Array.prototype, i, { value: v, configurable: true, writable: true });
    },
    () => {
      for (let i = 0; i < 256; i++) delete Array.prototype[i];
    },
  );
}
for (const name of Object.keys(BATTERY)) {
  await check(`issue 11.1: Array.prototype index pollution changes nothing: ${name}`, () => {
    assert(
      changed[name].length === 0,
      `changed by ${changed[name].length} pollutions, e.g.\n${changed[name].slice(0, 5).join('\n')}`,
    );
  });
}
await check('issue 11.1: Array.prototype[43] does not receive the characters of the next sessionKey()', () => {
  try {
    for (let i = 0; i < 256; i++)
      Object.defineProperty(Array.prototype, i, { value: 0, configurable: true, writable: true });
    const k = m.sessionKey();
    const t = m.tokenUrlsafe();
    for (let i = 0; i < 256; i++) assert(Array.prototype[i] === 0, `Array.prototype[${i}] was written`);
    assert(k.length === 43 && t.length === 43, 'wrong lengths');
  } finally {
    for (let i = 0; i < 256; i++) delete Array.prototype[i];
  }
});

// ---- Proxy and getter-backed options: each key read at most once ----------------------------------

for (const c of OPTION_CALLS) {
  await check(`issue 11.1: ${c.name} reads each option of a Proxy once`, async () => {
    const gets = {};
    let ownKeys = 0;
    const p = new Proxy(
      { ...c.base },
      {
        get(t, k, r) {
          if (typeof k === 'string') gets[k] = (gets[k] ?? 0) + 1;
          return Reflect.get(t, k, r);
        },
        ownKeys(t) {
          ownKeys++;
          return Reflect.ownKeys(t);
        },
      },
    );
    const r = await outcome(() => c.call(p));
    assert(!(typeof r === 'string' && r.startsWith('threw')), `the valid options were refused: ${r}`);
    for (const [k, n] of Object.entries(gets)) assert(n <= 1, `${k} read ${n} times`);
    assert(ownKeys <= 1, `keys listed ${ownKeys} times`);
  });
  await check(`issue 11.1: ${c.name} runs each option getter once`, async () => {
    const runs = {};
    const o = {};
    for (const [k, v] of Object.entries(c.base)) {
      Object.defineProperty(o, k, {
        enumerable: true,
        get: () => {
          runs[k] = (runs[k] ?? 0) + 1;
          return v;
        },
      });
    }
    const r = await outcome(() => c.call(o));
    assert(!(typeof r === 'string' && r.startsWith('threw')), `the valid options were refused: ${r}`);
    for (const [k, n] of Object.entries(runs)) assert(n <= 1, `getter ${k} ran ${n} times`);
  });
}

// ---- bytes: typed-array subclasses, foreign realms, detached buffers ------------------------------

const overridden = [];
class Sneaky extends Uint8Array {
  set(...a) {
    overridden.push('set');
    return super.set(...a);
  }
  subarray(...a) {
    overridden.push('subarray');
    return super.subarray(...a);
  }
  slice(...a) {
    overridden.push('slice');
    return super.slice(...a);
  }
  get length() {
    overridden.push('length');
    return 7;
  }
  [Symbol.iterator]() {
    overridden.push('iterator');
    return super[Symbol.iterator]();
  }
}
const foreign = (bytes) => vm.runInNewContext(`new Uint8Array([${[...bytes]}])`);
const detached = () => {
  const u = new Uint8Array(16);
  globalThis.structuredClone(u.buffer, { transfer: [u.buffer] });
  return u;
};
const VARIANTS = {
  'a Uint8Array subclass': (b) => Sneaky.from(b),
  'a foreign-realm Uint8Array': foreign,
  'a detached Uint8Array': () => detached(),
};
/** Functions that take bytes; `strict` ones must never call the argument's own methods or getters. */
const BYTES = [
  { name: 'compareDigest (a)', call: (x) => m.compareDigest(x, SECRET_BYTES), strict: true },
  { name: 'compareDigest (b)', call: (x) => m.compareDigest(SECRET_BYTES, x), strict: true },
  { name: 'hotp secret', call: (x) => m.hotp(x, 0), strict: true, otp: true },
  { name: 'totp secret', call: (x) => m.totp(x, { time: T }), strict: true, otp: true },
  { name: 'verifyTotp secret', call: (x) => m.verifyTotp(oldCode, x, { time: T }), strict: true, otp: true },
  { name: 'verifyHotp secret', call: (x) => m.verifyHotp(hotp5, x, { counter: 0 }), strict: true, otp: true },
  { name: 'otpauthUri secret', call: (x) => m.otpauthUri({ secret: x, account: 'a' }), strict: true, otp: true },
  { name: 'hotpSync secret', call: (x) => m.hotpSync(x, 0), strict: true, otp: true },
  { name: 'totpSync secret', call: (x) => m.totpSync(x, { time: T }), strict: true, otp: true },
  { name: 'verifyTotpSync secret', call: (x) => m.verifyTotpSync(oldCode, x, { time: T }), strict: true, otp: true },
  { name: 'verifyHotpSync secret', call: (x) => m.verifyHotpSync(hotp5, x, { counter: 0 }), strict: true, otp: true },
  {
    name: 'createSecureSource().fillBytes',
    call: (x) => {
      m.createSecureSource({ getRandomValues: (a) => a.fill(9) }).fillBytes(x);
      return `${x.byteLength}`;
    },
    strict: true,
    random: true,
  },
  { name: 'choice', call: (x) => typeof m.choice(x), random: true },
  { name: 'sample', call: (x) => m.sample(x, 2).length, random: true },
  { name: 'shuffle', call: (x) => (m.shuffle(x), x.byteLength), random: true },
  { name: 'seeded Random seed bytes', call: (x) => new seeded.Random(x).random() },
  { name: 'seeded Random seed bytes, version 1', call: (x) => new seeded.Random(x, 1).random() },
  {
    name: 'seeded MersenneTwister#fillBytes',
    call: (x) => (new seeded.MersenneTwister().fillBytes(x), `${x.byteLength}`),
    random: true,
  },
];
for (const b of BYTES) {
  for (const [variant, make] of Object.entries(VARIANTS)) {
    await check(
      `issue 11.3: ${b.name} given ${variant} gives the plain result or a clean error${b.otp ? ' (otp)' : ''}`,
      async () => {
        const plain = await outcome(() =>
          b.call(variant.includes('detached') ? new Uint8Array(0) : Uint8Array.from(SECRET_BYTES)),
        );
        overridden.length = 0;
        let got;
        let err;
        try {
          got = await b.call(make(SECRET_BYTES));
        } catch (e) {
          err = e;
        }
        if (err !== undefined) {
          assert(
            err instanceof TypeError || err instanceof RangeError,
            `threw ${err?.constructor?.name}: ${err?.message}`,
          );
        } else if (!b.random || typeof plain === 'string') {
          assert(
            String(got) === String(plain),
            `gave ${String(got).slice(0, 80)}, a plain Uint8Array gives ${String(plain).slice(0, 80)}`,
          );
        }
        if (b.strict) assert(overridden.length === 0, `called the argument's own ${overridden.join(', ')}`);
      },
    );
  }
}
await check('issue 11.3: fillBytes refuses a Uint32Array and other types, and serves those bytes later', () => {
  let n = 0;
  const src = m.createSecureSource({ poolSize: 64, getRandomValues: (a) => a.fill(++n) });
  for (const bad of [
    new Uint32Array(4),
    new Uint8ClampedArray(4),
    new Int8Array(4),
    new DataView(new ArrayBuffer(4)),
    { length: 4 },
    [0, 0, 0, 0],
  ]) {
    let threw = false;
    try {
      src.fillBytes(bad);
    } catch (e) {
      threw = e instanceof TypeError;
    }
    assert(threw, `accepted ${Object.prototype.toString.call(bad)}`);
  }
  assert(src.nextUint32() === 0x01010101, 'a refused call used the pool');
});
await check('issue 11.3: a Uint8Array subclass cannot keep a view of the pool', () => {
  let kept;
  class Keeper extends Uint8Array {
    set(a) {
      kept = a;
    }
  }
  const src = m.createSecureSource({ poolSize: 64, getRandomValues: (a) => globalThis.crypto.getRandomValues(a) });
  const out = new Keeper(8);
  src.fillBytes(out);
  assert(kept === undefined, 'the subclass saw the pool');
  assert(
    out.some((x) => x !== 0),
    'the bytes were not written',
  );
});
await check('issue 11.3: the internals of a source and of systemRandom are private and fixed', () => {
  const s = m.createSecureSource();
  assert(Object.getOwnPropertyNames(s).length === 0 && Object.getOwnPropertySymbols(s).length === 0, 'own properties');
  const d = Object.getOwnPropertyDescriptor(m.systemRandom, 'source');
  assert(d && !d.writable && !d.configurable, 'systemRandom.source can be replaced');
  let threw = false;
  try {
    m.systemRandom.source = { nextUint32: () => 0, fillBytes: () => {} };
  } catch {
    threw = true;
  }
  assert(threw, 'assigning systemRandom.source did not throw');
  assert(new Set([m.randint(0, 2 ** 40), m.randint(0, 2 ** 40), m.randint(0, 2 ** 40)]).size === 3, 'stuck output');
});

// ---- secret-bearing arguments never reach an error message ----------------------------------------

const MARK = 'SeCrEtMaRkEr';
const B32MARK = 'JBSWY3DPEHPK3PXPSECRETMARKER';
const SECRET_ERRORS = [
  { name: 'compareDigest a (string vs number)', call: () => m.compareDigest(`${MARK}x`, 5), mark: MARK },
  { name: 'compareDigest b (number vs string)', call: () => m.compareDigest(5, `${MARK}x`), mark: MARK },
  { name: 'compareDigest (bytes vs string)', call: () => m.compareDigest(new Uint8Array(2), `${MARK}x`), mark: MARK },
  { name: 'compareDigest (object with the secret)', call: () => m.compareDigest({ s: MARK }, 'x'), mark: MARK },
  { name: 'hotp secret with a bad character', call: () => m.hotp(`${B32MARK}!`, 0), mark: B32MARK, otp: true },
  { name: 'hotp secret too short', call: () => m.hotp(B32MARK.slice(0, 8), 0), mark: B32MARK.slice(0, 8), otp: true },
  {
    name: 'totp secret with a bad character',
    call: () => m.totp(`${B32MARK}1`, { time: T }),
    mark: B32MARK,
    otp: true,
  },
  { name: 'verifyTotp secret', call: () => m.verifyTotp('123456', `${B32MARK}0`), mark: B32MARK, otp: true },
  {
    name: 'verifyHotp secret',
    call: () => m.verifyHotp('123456', `${B32MARK}8`, { counter: 0 }),
    mark: B32MARK,
    otp: true,
  },
  { name: 'hotpSync secret with a bad character', call: () => m.hotpSync(`${B32MARK}!`, 0), mark: B32MARK, otp: true },
  {
    name: 'totpSync secret with a bad character',
    call: () => m.totpSync(`${B32MARK}1`, { time: T }),
    mark: B32MARK,
    otp: true,
  },
  { name: 'verifyTotpSync secret', call: () => m.verifyTotpSync('123456', `${B32MARK}0`), mark: B32MARK, otp: true },
  {
    name: 'verifyHotpSync secret',
    call: () => m.verifyHotpSync('123456', `${B32MARK}8`, { counter: 0 }),
    mark: B32MARK,
    otp: true,
  },
  {
    name: 'otpauthUri secret',
    call: () => m.otpauthUri({ secret: `${B32MARK}9`, account: 'a' }),
    mark: B32MARK,
    otp: true,
  },
  {
    name: 'parseOtpauthUri with a bad parameter',
    call: () => m.parseOtpauthUri(`otpauth://totp/a?secret=${B32MARK}&digits=99`),
    mark: B32MARK,
    otp: true,
  },
  {
    name: 'parseOtpauthUri with a bad secret',
    call: () => m.parseOtpauthUri(`otpauth://totp/a?secret=${B32MARK}1`),
    mark: B32MARK,
    otp: true,
  },
  {
    name: 'verifyResetToken record with a bad verifierHash',
    call: () => m.verifyResetToken(expiredLink.token, { ...expiredLink.record, verifierHash: `${MARK}`.repeat(4) }),
    mark: MARK,
  },
  {
    name: 'verifyResetToken record with a non-string verifierHash',
    call: () => m.verifyResetToken(expiredLink.token, { ...expiredLink.record, verifierHash: [MARK] }),
    mark: MARK,
  },
  {
    name: 'verifyResetToken record with a bad selector',
    call: () => m.verifyResetToken(expiredLink.token, { ...expiredLink.record, selector: MARK }),
    mark: MARK,
  },
  {
    name: 'createResetLink with credentials',
    call: () => m.createResetLink(`https://u:${MARK}@example.com/`),
    mark: MARK,
  },
];
for (const s of SECRET_ERRORS) {
  await check(`issue 11.2: the error for ${s.name} does not contain the secret${s.otp ? ' (otp)' : ''}`, async () => {
    let err;
    try {
      await s.call();
    } catch (e) {
      err = e;
    }
    assert(err instanceof TypeError || err instanceof RangeError, `no TypeError/RangeError (${err})`);
    const text = `${err.message}\n${err.stack}`;
    assert(!text.toLowerCase().includes(s.mark.toLowerCase()), `the message holds the secret: ${err.message}`);
  });
}

// ---- untrusted tokens of any type ------------------------------------------------------------------

const UNTRUSTED = [
  undefined,
  null,
  42,
  1n,
  true,
  [expiredLink.token, 'x'],
  [expiredLink.token],
  { token: 1 },
  Symbol('t'),
  () => 1,
];
await check('issue 11.7: verifyResetToken and parseResetToken answer malformed for a token of any type', async () => {
  for (const t of UNTRUSTED) {
    const r = await m.verifyResetToken(t, expiredLink.record);
    assert(JSON.stringify(r) === '{"valid":false,"reason":"malformed"}', `${typeof t}: ${JSON.stringify(r)}`);
    assert(m.parseResetToken(t) === undefined, `parseResetToken(${typeof t})`);
  }
});
for (const [name, f] of [
  ['verifyTotp', (t) => m.verifyTotp(t, SECRET, { time: T })],
  ['verifyHotp', (t) => m.verifyHotp(t, SECRET, { counter: 0 })],
  ['verifyTotpSync', (t) => m.verifyTotpSync(t, SECRET, { time: T })],
  ['verifyHotpSync', (t) => m.verifyHotpSync(t, SECRET, { counter: 0 })],
]) {
  await check(`issue 11.7: ${name} answers malformed for a token of any type (otp)`, async () => {
    for (const t of UNTRUSTED) {
      const r = await f(t);
      assert(r.valid === false && r.reason === 'malformed', `${typeof t}: ${JSON.stringify(r)}`);
    }
  });
}

// ---- sources ---------------------------------------------------------------------------------------

const real = m.createSecureSource();
const SOURCES = {
  'a duck-typed object': () => ({ nextUint32: () => 0, fillBytes: (a) => a.fill(0) }),
  'a seeded MersenneTwister': () => new seeded.MersenneTwister(),
  'a seeded Random': () => new seeded.Random(1),
  'a Proxy of a secure source': () => new Proxy(real, {}),
  'an object inheriting from a secure source': () => Object.create(real),
  'a secure source with its methods copied': () => ({
    nextUint32: () => real.nextUint32(),
    fillBytes: (a) => real.fillBytes(a),
  }),
};
for (const [name, make] of Object.entries(SOURCES)) {
  await check(`issue 11.4: SystemRandom refuses ${name}`, () => {
    let err;
    try {
      new m.SystemRandom(make()).randint(1, 6);
    } catch (e) {
      err = e;
    }
    assert(err instanceof TypeError && /createSecureSource/.test(err.message), `accepted, or threw ${err}`);
  });
}
await check('issue 11.4: SystemRandom accepts a source made by createSecureSource', () => {
  const r = new m.SystemRandom(m.createSecureSource({ poolSize: 0 })).randint(1, 6);
  assert(r >= 1 && r <= 6, `bad ${r}`);
});

// ---- uuid7: one monotonic state per realm, across the ESM and the CJS build ------------------------

await check('issue 11.8: uuid7 from the ESM and the CJS build, interleaved, strictly increases', async () => {
  const esm = await import('secrets-ts');
  const cjs = require('secrets-ts');
  assert(esm.uuid7 !== cjs.uuid7, 'the two builds are one module');
  let prev = '';
  for (let i = 0; i < 10_000; i++) {
    const u = (i % 3 === 0 ? cjs : esm).uuid7();
    assert(u > prev, `uuid ${i} ${u} is not after ${prev}`);
    prev = u;
  }
  const d = Object.getOwnPropertyDescriptor(globalThis, Symbol.for('secrets-ts.uuid7'));
  assert(d && !d.enumerable && !d.writable && !d.configurable, 'the realm state is not a fixed hidden property');
});

globalThis.process.stdout.write(JSON.stringify(results));
