/**
 * Statistical tests of password() against the EXACT law of a uniform valid password (computed here
 * from the count vectors, independently of the library), and of pin(). Every assertion has a
 * false-alarm rate of at most 1e-9.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { password, pin } from '../../src/index.js';
import { assertUniform, chiSquarePower } from '../helpers/stats.js';

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
 * the law of each class count (dist[j][c] = P(class j occurs c times)).
 */
function law(L: number, ranges: [number, number][]): { p: number[]; dist: number[][] } {
  const k = ranges.length;
  const sum = new Array<bigint>(k).fill(0n);
  const byCount = Array.from({ length: k }, () => new Array<bigint>(L + 1).fill(0n));
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
        byCount[i]![c[i]!] = byCount[i]![c[i]!]! + w;
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
  return { p: sum.map((x) => ratio(x) / L), dist: byCount.map((row) => row.map(ratio)) };
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

/** Groups consecutive cells until each expects at least `min` of `n` draws; returns the groups' bounds. */
function pool(probs: number[], n: number, min = 50): number[][] {
  const groups: number[][] = [];
  let cur: number[] = [];
  let e = 0;
  probs.forEach((q, c) => {
    if (q === 0) return;
    cur.push(c);
    e += n * q;
    if (e >= min) {
      groups.push(cur);
      cur = [];
      e = 0;
    }
  });
  if (cur.length) groups[groups.length - 1]!.push(...cur);
  return groups;
}

test('bitwarden/clients#2829: the number of digits under "min 5 digits" follows the exact uniform law', () => {
  // Insertion ("place 5 digits, fill the rest from the union, shuffle") gives 5 + binomial(9, 10/62)
  // digits; the uniform law puts more weight on exactly 5. The chi-square of the digit count against
  // the exact law, over cells expecting ≥ 50 passwords each, catches insertion with power ≥ 0.99
  // (computed from its noncentrality below).
  const L = 14;
  const { dist } = law(L, [
    [0, L],
    [0, L],
    [5, L],
    [0, 0],
  ]);
  const uniform = dist[2]!;
  const insertion = uniform.map((_, c) => {
    if (c < 5) return 0;
    const j = c - 5;
    let comb = 1;
    for (let i = 0; i < j; i++) comb = (comb * (9 - i)) / (i + 1);
    return comb * (10 / 62) ** j * (52 / 62) ** (9 - j);
  });
  const n = 10000;
  const groups = pool(uniform, n);
  const sumOf = (v: number[], grp: number[]) => grp.reduce((s, c) => s + v[c]!, 0);
  const lambda = groups.reduce(
    (s, grp) => s + (n * (sumOf(insertion, grp) - sumOf(uniform, grp)) ** 2) / sumOf(uniform, grp),
    0,
  );
  const power = chiSquarePower(groups.length - 1, lambda);
  assert.ok(power >= 0.99, `power against insertion ${power}`);
  const counts = new Array<number>(L + 1).fill(0);
  for (let i = 0; i < n; i++) {
    const s = password({ length: L, lowercase: true, uppercase: true, digits: 5, symbols: false });
    counts[s.replace(/[^0-9]/g, '').length]!++;
  }
  assert.equal(sumOf(counts, groups.flat()), n, 'every count is in a cell of positive probability');
  assertUniform(
    groups.map((grp) => sumOf(counts, grp)),
    `digit count over ${groups.length} cells (power ${power.toFixed(4)} against insertion)`,
    groups.map((grp) => n * sumOf(uniform, grp)),
  );
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
