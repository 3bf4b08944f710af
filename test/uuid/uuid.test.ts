import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isUuid, parseUuid, uuid4, uuid7 } from '../../src/index.js';
import { V7, uuid4From } from '../../src/uuid/index.js';
import { ReplaySource, SplitMix } from '../helpers/fakes.js';
import { assertBinomial } from '../helpers/stats.js';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const V7RE = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('uuid4: version and variant bits of every UUID, the other 122 bits untouched', () => {
  for (let i = 0; i < 20000; i++) assert.match(uuid4(), V4);
  assert.equal(uuid4From(new ReplaySource([0, 0, 0, 0])), '00000000-0000-4000-8000-000000000000');
  assert.equal(
    uuid4From(new ReplaySource([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff])),
    'ffffffff-ffff-4fff-bfff-ffffffffffff',
  );
  assert.equal(
    uuid4From(new ReplaySource([0x01234567, 0x89abcdef, 0x01234567, 0x89abcdef])),
    '01234567-89ab-4def-8123-456789abcdef',
  );
});

test('uuid4: each of the 122 random bits is a fair coin (exact binomial test; power 0.99 at P(1) off ½ by 3%)', () => {
  const n = 20000;
  const ones = new Array<number>(128).fill(0);
  for (let i = 0; i < n; i++) {
    const h = uuid4().replace(/-/g, '');
    for (let d = 0; d < 32; d++) {
      const v = parseInt(h[d]!, 16);
      for (let b = 0; b < 4; b++) if ((v >> (3 - b)) & 1) ones[d * 4 + b]!++;
    }
  }
  for (let bit = 0; bit < 128; bit++) {
    if (bit >= 48 && bit < 52) continue; // version
    if (bit === 64 || bit === 65) continue; // variant
    assertBinomial(ones[bit]!, n, 0.5, `bit ${bit}`);
  }
});

test('uuid7: version and variant of every UUID; strictly increasing over 100,000 in a tight loop', () => {
  let prev = uuid7();
  assert.match(prev, V7RE);
  for (let i = 0; i < 100_000; i++) {
    const u = uuid7();
    assert.ok(u > prev, `${u} <= ${prev}`);
    prev = u;
  }
  assert.match(prev, V7RE);
  const ts = parseUuid(prev)!.timestamp!;
  assert.ok(Math.abs(ts - Date.now()) < 60_000);
});

function clock(times: number[]): () => number {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)]!;
}

test('uuid7 layout: timestamp, counter seeded per millisecond, 32 random bits', () => {
  // Seed words 0x00400000 and 5 give counter (1 << 32) + 5 = 0x100000005 (the top 10 bits of the
  // first word and all of the second); random word 0xdeadbeef.
  const g = new V7(new ReplaySource([0x00400000, 5, 0xdeadbeef, 0xcafebabe]), clock([0x0123456789ab]));
  const a = g.next();
  assert.equal(a, '01234567-89ab-7004-8000-0005deadbeef');
  // Same millisecond: counter + 1, fresh random bits.
  assert.equal(g.next(), '01234567-89ab-7004-8000-0006cafebabe');
  assert.equal(parseUuid(a)!.timestamp, 0x0123456789ab);
});

test('uuid7: the clock going backwards keeps the last timestamp and keeps counting', () => {
  const g = new V7(new SplitMix(1), clock([5000, 5000, 4000, 3000, 5000, 5001]));
  const out = Array.from({ length: 6 }, () => g.next());
  for (let i = 1; i < out.length; i++) assert.ok(out[i]! > out[i - 1]!, `${out[i]} after ${out[i - 1]}`);
  assert.deepEqual(
    out.map((u) => parseUuid(u)!.timestamp),
    [5000, 5000, 5000, 5000, 5000, 5001],
  );
});

test('uuid7: counter overflow advances the timestamp by 1 ms and reseeds', () => {
  const g = new V7(new SplitMix(2), clock([7000]));
  const first = g.next();
  g.counter = 2 ** 42 - 2;
  const a = g.next(); // counter = 2^42 - 1, the largest
  assert.equal(a.slice(15, 18), 'fff');
  const b = g.next(); // overflow
  assert.ok(b > a && a > first);
  assert.equal(parseUuid(b)!.timestamp, 7001);
  assert.ok(g.counter < 2 ** 42, 'reseeded');
  // The real clock still reads 7000: keep 7001 and count.
  const c = g.next();
  assert.ok(c > b);
  assert.equal(parseUuid(c)!.timestamp, 7001);
});

test('uuid7: a new millisecond reseeds the counter with 42 random bits', () => {
  const g = new V7(new ReplaySource([0xffffffff, 0xffffffff, 0, 0, 0, 0]), clock([1, 2]));
  g.next();
  assert.equal(g.counter, 2 ** 42 - 1);
  g.next();
  assert.equal(g.counter, 0);
});

test('uuid7: a clock beyond 48 bits is an error', () => {
  assert.throws(() => new V7(new SplitMix(3), clock([2 ** 48])).next(), RangeError);
});

test('isUuid and parseUuid: nil, max, case, malformed', () => {
  const nil = '00000000-0000-0000-0000-000000000000';
  const max = 'ffffffff-ffff-ffff-ffff-ffffffffffff';
  assert.ok(isUuid(nil) && isUuid(max) && isUuid(max.toUpperCase()));
  assert.deepEqual(parseUuid(nil), { version: 0, variant: 'ncs', bytes: new Uint8Array(16) });
  assert.deepEqual(parseUuid(max), { version: 15, variant: 'future', bytes: new Uint8Array(16).fill(255) });
  for (const bad of [
    '',
    nil.slice(1),
    nil + '0',
    nil.replace(/-/g, ''),
    `{${nil}}`,
    nil.replace('0', 'g'),
    ` ${nil}`,
  ]) {
    assert.equal(isUuid(bad), false, bad);
    assert.equal(parseUuid(bad), undefined, bad);
  }
  assert.throws(() => isUuid(42 as never), TypeError);
  assert.throws(() => parseUuid(null as never), TypeError);
  // RFC 9562 Appendix A.6 example UUIDv7.
  const ex = parseUuid('017F22E2-79B0-7CC3-98C4-DC0C0C07398F')!;
  assert.equal(ex.version, 7);
  assert.equal(ex.variant, 'rfc9562');
  assert.equal(ex.timestamp, 0x017f22e279b0);
  // RFC 9562 Appendix A.3 example UUIDv4.
  assert.equal(parseUuid('919108f7-52d1-4320-9bac-f847db4148a8')!.version, 4);
  assert.equal(parseUuid('919108f7-52d1-4320-cbac-f847db4148a8')!.variant, 'microsoft');
});

test('parse round trips: bytes back to text', () => {
  const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  for (let i = 0; i < 1000; i++) {
    for (const u of [uuid4(), uuid7()]) {
      const p = parseUuid(u)!;
      const h = hex(p.bytes);
      assert.equal(`${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`, u);
      assert.equal(p.variant, 'rfc9562');
    }
  }
});
