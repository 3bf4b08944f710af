/**
 * Statistical tests of password() against the EXACT law of a uniform valid password (computed here
 * from the count vectors, independently of the library), and of pin(). Every assertion has a
 * false-alarm rate of at most 1e-9.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { password, pin } from '../../src/index.js';
import { assertUniform, Z_ALPHA } from '../helpers/stats.js';

const CLASSES = [
  { re: /[a-z]/, size: 26 },
  { re: /[A-Z]/, size: 26 },
  { re: /[0-9]/, size: 10 },
  { re: /[^a-zA-Z0-9]/, size: 32 },
];
const classOf = (ch: string): number => CLASSES.findIndex((c) => c.re.test(ch));

const fact = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * fact(n - 1));

/**
 * The law of a uniform password of length L whose class counts lie in [min, max]: the weight of a
 * count vector is its number of passwords, multinomial(L; c) · Π size^c. Returns the probability
 * that a given position holds each class (E[c_j] / L, the same at every position by symmetry), and
 * the mean and variance of each class count.
 */
function law(L: number, ranges: [number, number][]): { p: number[]; mean: number[]; variance: number[] } {
  const k = ranges.length;
  const sum = new Array<bigint>(k).fill(0n);
  const sq = new Array<bigint>(k).fill(0n);
  let total = 0n;
  const c = new Array<number>(k).fill(0);
  const rec = (j: number, left: number): void => {
    if (j === k - 1) {
      if (left < ranges[j]![0] || left > ranges[j]![1]) return;
      c[j] = left;
      let w = fact(L);
      for (let i = 0; i < k; i++) w = (w / fact(c[i]!)) * BigInt(CLASSES[i]!.size) ** BigInt(c[i]!);
      total += w;
      for (let i = 0; i < k; i++) {
        sum[i] = sum[i]! + BigInt(c[i]!) * w;
        sq[i] = sq[i]! + BigInt(c[i]! * c[i]!) * w;
      }
      return;
    }
    for (let x = ranges[j]![0]; x <= Math.min(ranges[j]![1], left); x++) {
      c[j] = x;
      rec(j + 1, left - x);
    }
  };
  rec(0, L);
  const ratio = (a: bigint): number => Number((a * 2n ** 60n) / total) / 2 ** 60;
  const mean = sum.map(ratio);
  return { p: mean.map((m) => m / L), mean, variance: sq.map((s, i) => ratio(s) - mean[i]! ** 2) };
}

/** Per-position class counts and per-class character counts of `n` passwords. */
function tally(n: number, L: number, make: () => string): { pos: number[][]; chars: Map<string, number>[] } {
  const pos = Array.from({ length: L }, () => [0, 0, 0, 0]);
  const chars = CLASSES.map(() => new Map<string, number>());
  for (let i = 0; i < n; i++) {
    const s = make();
    assert.equal(s.length, L);
    for (let p = 0; p < L; p++) {
      const j = classOf(s[p]!);
      pos[p]![j]!++;
      chars[j]!.set(s[p]!, (chars[j]!.get(s[p]!) ?? 0) + 1);
    }
  }
  return { pos, chars };
}

function checkLaw(label: string, n: number, L: number, ranges: [number, number][], make: () => string): void {
  const { p } = law(L, ranges);
  const { pos, chars } = tally(n, L, make);
  for (let q = 0; q < L; q++) {
    const cells = pos[q]!.map((o, j) => ({ o, e: n * p[j]! })).filter((x) => x.e > 0);
    assertUniform(
      cells.map((x) => x.o),
      `${label}: classes at position ${q}`,
      cells.map((x) => x.e),
    );
  }
  CLASSES.forEach((c, j) => {
    const m = chars[j]!;
    if (m.size === 0) return;
    assert.equal(m.size, c.size, `${label}: every character of class ${j} occurs`);
    assertUniform([...m.values()], `${label}: characters within class ${j}`);
  });
}

test('length 10, one of each class (rejection path): per-position class law and per-character law are exact', () => {
  // 40,000 passwords: at each position the digit share has standard error 0.0015, and the 1e-9
  // chi-square threshold (df 3, ~44) flags a shift of about 0.011 in one class's share (~10%
  // relative for digits). Within a class, a character over-weighted by about 12% is flagged.
  checkLaw(
    'len10',
    40000,
    10,
    [
      [1, 10],
      [1, 10],
      [1, 10],
      [1, 10],
    ],
    () => password({ length: 10, lowercase: 1, uppercase: 1, digits: 1, symbols: 1 }),
  );
});

test('length 8, at least 3 digits and 3 symbols (exact path, acceptance ~1%): exact law', () => {
  // The uniform law puts digits at 39.6% of positions here, not the 10.6% of the printable set:
  // a uniform-per-position check would fail, the exact one must pass. 20,000 passwords flag a
  // shift of about 0.03 in a class share at one position.
  const { p } = law(8, [
    [0, 8],
    [0, 8],
    [3, 8],
    [3, 8],
  ]);
  assert.ok(p[2]! > 0.35 && p[2]! < 0.45);
  checkLaw(
    'min3',
    20000,
    8,
    [
      [0, 8],
      [0, 8],
      [3, 8],
      [3, 8],
    ],
    () => password({ length: 8, digits: 3, symbols: 3, lowercase: true, uppercase: true }),
  );
});

test('bitwarden/clients#2829: the number of digits under "min 5 digits" follows the exact uniform law', () => {
  // Insertion ("place 5 digits, fill the rest from the union, shuffle") averages 5 + 9·10/62 = 6.45
  // digits; the uniform law averages about 5.5. The z-test below flags a mean off by 6.1 standard
  // errors (about 0.03 digits with 10,000 samples), so insertion bias fails it by a wide margin.
  const L = 14;
  const { mean, variance } = law(L, [
    [0, L],
    [0, L],
    [5, L],
    [0, 0],
  ]);
  const insertion = 5 + ((L - 5) * 10) / 62;
  const n = 10000;
  const se = Math.sqrt(variance[2]! / n);
  assert.ok((insertion - mean[2]!) / se > 20 * Z_ALPHA, 'the test can tell insertion from uniform');
  let digits = 0;
  for (let i = 0; i < n; i++) {
    const s = password({ length: L, lowercase: true, uppercase: true, digits: 5, symbols: false });
    digits += s.replace(/[^0-9]/g, '').length;
  }
  const z = (digits / n - mean[2]!) / se;
  assert.ok(Math.abs(z) < Z_ALPHA, `mean digits ${digits / n} against exact ${mean[2]}, z = ${z}`);
});

test('pin digits are uniform at every position, leading zeros included', () => {
  // 20,000 PINs of 12 digits (two chunks): a digit over-weighted by ~17% at one position is flagged.
  const n = 20000;
  const counts = Array.from({ length: 12 }, () => new Array<number>(10).fill(0));
  for (let i = 0; i < n; i++) {
    const s = pin(12);
    for (let p = 0; p < 12; p++) counts[p]![s.charCodeAt(p) - 48]!++;
  }
  counts.forEach((c, p) => assertUniform(c, `pin position ${p}`));
});
