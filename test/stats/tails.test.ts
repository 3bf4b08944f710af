/**
 * The tail functions behind every statistical assertion, against reference values computed
 * independently (test/vectors/stats.py: exact integers and 60-digit decimals) and closed forms.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  ALPHA,
  assertBinomial,
  binomialCritical,
  binomialPower,
  binomialTails,
  chiSquareCritical,
  chiSquareP,
  logBinomialPmf,
  noncentralChiSquareQ,
  spent,
  unrecorded,
} from '../helpers/stats.js';

const V = JSON.parse(readFileSync('test/vectors/stats.json', 'utf8')) as {
  binomial: { k: number; n: number; a: number; d: number; lower: number; upper: number; logPmf: number }[];
  chiSquare: { df: number; x: number; q: number }[];
  noncentralChiSquare: { df: number; x: number; lambda: number; q: number }[];
};

const close = (got: number, want: number, rel: number, what: string) =>
  assert.ok(
    got === want || Math.abs(got - want) <= rel * Math.abs(want),
    `${what}: got ${got}, want ${want} (relative ${Math.abs(got - want) / Math.abs(want)})`,
  );

test('binomial tails and pmf match exact reference values', () => {
  assert.ok(V.binomial.length >= 20);
  for (const v of V.binomial) {
    const q = v.a / v.d;
    const qc = (v.d - v.a) / v.d;
    const t = binomialTails(v.k, v.n, q, qc);
    const what = `binomial(${v.n}, ${v.a}/${v.d}) at ${v.k}`;
    close(logBinomialPmf(v.k, v.n, q, qc), v.logPmf, 1e-9, `${what} log pmf`);
    // Tails below ½ to 1e-8 relative; a tail above ½ is a complement, to 1e-12 absolute.
    for (const side of ['lower', 'upper'] as const) {
      if (v[side] < 0.5) close(t[side], v[side], 1e-8, `${what} ${side}`);
      else assert.ok(Math.abs(t[side] - v[side]) < 1e-12, `${what} ${side}: ${t[side]} vs ${v[side]}`);
    }
  }
});

test('binomial tails where q is within 1e-9 of 1: closed forms with the exact complement', () => {
  // n = 750,000 draws, q = 1 − 2/(2^31 + 1): P(X = n) = q^n, P(X = n − 1) = n·qc·q^(n − 1).
  const n = 750_000;
  const qc = 2 / (2 ** 31 + 1);
  const q = 1 - qc;
  const all = Math.exp(n * Math.log1p(-qc));
  close(binomialTails(n, n, q, qc).upper, all, 1e-12, 'P(X >= n)');
  close(binomialTails(n - 1, n, q, qc).lower, -Math.expm1(n * Math.log1p(-qc)), 1e-9, 'P(X <= n - 1)');
  close(Math.exp(logBinomialPmf(n - 1, n, q, qc)), n * qc * Math.exp((n - 1) * Math.log1p(-qc)), 1e-10, 'P(X = n - 1)');
  // P(X <= n − 3) = P(at least 3 misses) = Σ_{j≥3} C(n, j) qc^j q^(n−j): a few terms suffice.
  let term = ((n * (n - 1) * (n - 2)) / 6) * qc ** 3 * Math.exp((n - 3) * Math.log1p(-qc));
  let atLeast3 = 0;
  for (let j = 3; j < 10; j++) {
    atLeast3 += term;
    term *= ((n - j) * qc) / ((j + 1) * q);
  }
  close(binomialTails(n - 3, n, q, qc).lower, atLeast3, 1e-9, 'P(X <= n - 3)');
});

test('chi-square tails match closed forms (even df: a finite Poisson sum; df 1 and 3: erfc)', () => {
  for (const v of V.chiSquare) close(chiSquareP(v.x, v.df), v.q, 1e-9, `chi-square Q(${v.x}; ${v.df})`);
  // df = 2: Q = exp(−x/2) exactly.
  for (const x of [0.1, 1, 10, 41.4465]) close(chiSquareP(x, 2), Math.exp(-x / 2), 1e-13, `Q(${x}; 2)`);
  close(chiSquareP(chiSquareCritical(2), 2), ALPHA, 1e-8, 'critical value on 2 df');
});

test('noncentral chi-square tails match the closed form on 1 df', () => {
  for (const v of V.noncentralChiSquare) {
    close(noncentralChiSquareQ(v.x, v.df, v.lambda), v.q, 1e-8, `Q'(${v.x}; 1, ${v.lambda})`);
  }
});

test('binomial critical counts are the exact edges of the rejection region', () => {
  for (const [n, q] of [
    [750_000, 85 / 171],
    [750_000, 2 / 129],
    [10_000, 0.5],
  ] as const) {
    const { lo, hi } = binomialCritical(n, q);
    assert.ok(binomialTails(lo, n, q).lower <= ALPHA / 2 && binomialTails(lo + 1, n, q).lower > ALPHA / 2);
    assert.ok(binomialTails(hi, n, q).upper <= ALPHA / 2 && binomialTails(hi - 1, n, q).upper > ALPHA / 2);
    unrecorded(() => {
      assert.throws(() => assertBinomial(lo, n, q, 'lo'), /one of them/);
      assert.throws(() => assertBinomial(hi, n, q, 'hi'), /one of them/);
      assertBinomial(lo + 1, n, q, 'lo + 1', { alpha: ALPHA });
      assertBinomial(hi - 1, n, q, 'hi - 1');
    });
  }
  // Power at the null rate is the false-alarm rate itself (at most α), and grows with the shift.
  assert.ok(binomialPower(100_000, 0.5, 0.5) <= ALPHA);
  assert.ok(binomialPower(100_000, 0.5, 0.52) > 0.99);
});

test('one hit on a set of expected 0.0014 hits is not a failure (the normal approximation said z = 26.7)', () => {
  // randbelow(2^31 + 1), 750,000 draws, the 4 values a 64-bit modulo reduction over-weights.
  const q = 4 / (2 ** 31 + 1);
  const before = spent();
  unrecorded(() => {
    assertBinomial(1, 750_000, q, 'one hit');
    assertBinomial(2, 750_000, q, 'two hits');
    assert.throws(() => assertBinomial(4, 750_000, q, 'four hits'), /one of them/);
  });
  assert.deepEqual(spent(), before);
  // Recorded: every assertion on a random count adds its α to the ledger.
  assertBinomial(1, 750_000, q, 'recorded');
  assert.equal(spent().count, before.count + 1);
  assert.equal(spent().total, before.total + ALPHA);
});
