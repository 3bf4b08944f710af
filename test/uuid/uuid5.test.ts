import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { v5 } from 'uuid';
import { parseUuid, uuid5 } from '../../src/index.js';

// RFC 9562 §6.6 (the uuid package exports only DNS and URL).
const NAMESPACES = {
  dns: v5.DNS,
  url: v5.URL,
  oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
  x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
} as const;

test('uuid5 matches the uuid package for every RFC 9562 namespace, by name and by UUID', async () => {
  for (const [name, ns] of Object.entries(NAMESPACES)) {
    for (const n of ['', 'www.example.com', 'https://example.com/a?b=c', '1.3.6.1', 'CN=x, O=y', 'ü ☃ 😀']) {
      const want = v5(n, ns);
      assert.equal(await uuid5(name as keyof typeof NAMESPACES, n), want, `${name} ${n}`);
      assert.equal(await uuid5(ns.toUpperCase(), n), want);
    }
  }
  assert.equal(await uuid5('dns', 'www.example.com'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
});

test('uuid5 matches the uuid package on random names, bytes and namespaces', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uuid(), fc.oneof(fc.string({ unit: 'grapheme' }), fc.uint8Array()), async (ns, name) => {
      const got = await uuid5(ns, name);
      assert.equal(got, v5(name, ns));
      const p = parseUuid(got)!;
      assert.equal(p.version, 5);
      assert.equal(p.variant, 'rfc9562');
    }),
    { numRuns: 300 },
  );
});

test('uuid5 rejects bad input with the parameter named and never resolves to garbage', async () => {
  await assert.rejects(uuid5('nope', 'a'), { name: 'RangeError', message: /uuid5: namespace must be a UUID/ });
  await assert.rejects(uuid5(1 as unknown as string, 'a'), TypeError);
  await assert.rejects(uuid5('dns', 5 as unknown as string), { name: 'TypeError', message: /uuid5: name must be/ });
  await assert.rejects(uuid5('dns', '\ud800'), { name: 'RangeError', message: /lone surrogate/ });
  await assert.rejects(uuid5('toString', 'a'), RangeError, 'the namespace names are own properties only');
});
