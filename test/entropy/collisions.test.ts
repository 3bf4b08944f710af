import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { collisionProbability, drawsForCollisionProbability, noCollisionProbability } from '../../src/entropy/index.js';

interface Case {
  n: number | string;
  space: string | { bits: number };
  p: string;
  q: string;
}
interface Inverse {
  p: number;
  space: string | { bits: number };
  n: number | string;
  exact: boolean;
}
const vectors = JSON.parse(readFileSync(new URL('../vectors/collisions.json', import.meta.url), 'utf8')) as {
  cases: Case[];
  inverse: Inverse[];
};

const space = (s: Case['space']): number | bigint | { bits: number } => (typeof s === 'string' ? BigInt(s) : s);
const draws = (n: number | string): number | bigint => (typeof n === 'string' ? BigInt(n) : n);

/** 12 significant digits: relative error at most 5e-12 (exact zeros must match exactly). */
function close(got: number, want: number, what: string): void {
  if (want === 0 || got === 0) {
    assert.equal(got, want, what);
    return;
  }
  const rel = Math.abs(got - want) / Math.abs(want);
  assert.ok(rel <= 5e-12, `${what}: got ${got}, want ${want} (relative error ${rel.toExponential(2)})`);
}

test('the vectors span p from 1e-300 to 1 - 1e-15 and space from 2 to 2^1020', () => {
  const ps = vectors.cases.map((c) => Number(c.p)).filter((p) => p > 0);
  const qs = vectors.cases.map((c) => Number(c.q)).filter((q) => q > 0);
  assert.ok(Math.min(...ps) < 1e-299);
  assert.ok(qs.some((q) => q < 2e-15));
  assert.ok(vectors.cases.length > 400);
});

test('collisionProbability and noCollisionProbability agree with the reference to 12 digits', () => {
  let checked = 0;
  for (const c of vectors.cases) {
    const p = Number(c.p);
    const q = Number(c.q);
    const label = `n=${c.n} N=${JSON.stringify(c.space)}`;
    // Below the double range (p < ~1e-307) nothing is required; vectors do not go there.
    if (p >= 1e-305) close(collisionProbability(draws(c.n), space(c.space)), p, `p ${label}`);
    // On the near-1 side the complement carries the information.
    if (q >= 1e-300 && p > 0.5) close(noCollisionProbability(draws(c.n), space(c.space)), q, `q ${label}`);
    if (q === 0) assert.equal(collisionProbability(draws(c.n), space(c.space)), 1, label);
    checked++;
  }
  assert.ok(checked > 400);
});

test('drawsForCollisionProbability is the exact inverse (the smallest n reaching p)', () => {
  for (const v of vectors.inverse) {
    const got = drawsForCollisionProbability(v.p, space(v.space));
    const label = `p=${v.p} N=${JSON.stringify(v.space)}`;
    if (v.exact) assert.equal(got, v.n, label);
    else close(got, Number(v.n), label);
  }
});

test('edge cases: fewer than two draws, more draws than values, tiny and huge spaces', () => {
  assert.equal(collisionProbability(0, 10), 0);
  assert.equal(collisionProbability(1, 1), 0);
  assert.equal(collisionProbability(2, 1), 1);
  assert.equal(collisionProbability(11, 10), 1);
  assert.equal(noCollisionProbability(11, 10n), 0);
  assert.equal(collisionProbability(2, { bits: 0 }), 1);
  assert.equal(collisionProbability(2, { bits: 1 }), 0.5);
  assert.equal(collisionProbability(2n ** 200n, { bits: 1e6 }), 0);
  // 2^128 draws from 2^256: p = 1 - exp(-1/2) to first order.
  close(collisionProbability(2n ** 128n, 2n ** 256n), -Math.expm1(-0.5), '2^128 of 2^256');
  assert.equal(drawsForCollisionProbability(1, 2), 3);
  assert.equal(drawsForCollisionProbability(0.5, 1), 2);
  assert.equal(drawsForCollisionProbability(1e-300, 2n ** 256n), 2);
});

test('drawsForCollisionProbability returns integers up to 2^53 and is monotone in p', () => {
  let prev = 0;
  for (const p of [1e-12, 1e-9, 1e-6, 1e-3, 0.1, 0.5, 0.9, 0.999999]) {
    for (const bits of [20, 60, 100, 104, 105, 106, 107, 108]) {
      const n = drawsForCollisionProbability(p, { bits });
      if (n <= 2 ** 53) {
        assert.ok(Number.isInteger(n), `p=${p} bits=${bits}: ${n}`);
        // Exact smallest n where one draw still moves p by more than double resolution.
        if (n > 2 && n < 1e12) {
          assert.ok(
            collisionProbability(n - 1, { bits }) < p && collisionProbability(n, { bits }) >= p,
            `${p} ${bits}`,
          );
        }
      }
    }
    const n = drawsForCollisionProbability(p, { bits: 64 });
    assert.ok(n > prev);
    prev = n;
  }
});
