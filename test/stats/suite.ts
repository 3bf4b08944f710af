/**
 * The statistical test suite, written once and run at two sizes: test/stats/*.test.ts (fast, in
 * `npm test`) and test/heavy/*.test.ts (`npm run test:stats`, larger).
 * Every assertion has a false-alarm rate of at most 1e-9 (test/helpers/stats.ts), and every test
 * prints the smallest bias it detects with power 0.99 at the size it ran with.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  choice,
  randbelow,
  randbits,
  random as libRandom,
  sample as libSample,
  shuffle as libShuffle,
} from '../../src/index.js';
import { overweighted, type OverweightedSet } from '../helpers/reductions.js';
import {
  ALPHA,
  assertBinomial,
  assertUniform,
  binomialPower,
  binomialTails,
  detectableChiSquareDelta,
} from '../helpers/stats.js';

/** Just above powers of two: rejection sampling rejects almost half of the draws here. */
export const POW2_PLUS_1 = [2 ** 7 + 1, 2 ** 15 + 1, 2 ** 31 + 1, 2 ** 52 + 1];
/** Near ⅔·2^m: a modulo or multiply-shift reduction from m bits over-weights half the values twice over. */
export const TWO_THIRDS = [171, 43691, 2863311531, Math.floor(2 ** 54 / 3)];
/** Raw draw widths of the reductions the focused tests target (53: `floor(random() * n)`). */
export const WIDTHS = [8, 16, 32, 53, 64];

const fmt = (x: number) => x.toExponential(2);

/** Bins `[0, n)` into `bins` contiguous bins of width `ceil(n/bins)` (the last one shorter), exactly. */
function binner(n: number, bins: number): { width: number; count: number; expected: (N: number) => number[] } {
  const width = Math.ceil(n / bins);
  const count = Math.ceil(n / width);
  return {
    width,
    count,
    expected: (N) => Array.from({ length: count }, (_, i) => (N * (Math.min(n, (i + 1) * width) - i * width)) / n),
  };
}

/** Index of the bin of `r`: a float division corrected to the exact integer quotient. */
function binOf(r: number, width: number): number {
  let b = Math.floor(r / width);
  if (b * width > r) b--;
  else if ((b + 1) * width <= r) b++;
  return b;
}

/** The power a focused set must have, against its target reduction, to be kept. */
export const FOCUSED_POWER = 0.99;

/** A focused set and the exact power of its binomial test against the reduction it targets. */
export interface Focused {
  set: OverweightedSet;
  power: number;
  kept: boolean;
}

/** The focused sets of `[0, n)` for every reduction width, each with its exact power at N draws. */
export function focusedSets(n: number, N: number): Focused[] {
  return WIDTHS.filter((w) => 2 ** w >= n)
    .flatMap((w) => (['modulo', 'multiply-shift'] as const).map((red) => overweighted(red, n, w)))
    .filter((s) => s.size > 0)
    .map((set) => {
      const power = binomialPower(N, set.pUniform, set.pBiased, { qc: set.pUniformC, q1c: set.pBiasedC });
      return { set, power, kept: power >= FOCUSED_POWER };
    });
}

/** The reductions from the narrowest width that covers n: the biased implementations one meets. */
export function naturalWidth(n: number): number {
  return WIDTHS.find((w) => 2 ** w >= n)!;
}

/**
 * randbelow(n) for a number n: a chi-square over up to 1,024 exact bins (and over 16 coarse bins),
 * and the focused tests: the total frequency of the exact set of values a biased reduction
 * (modulo, multiply-shift, from 8/16/32/53/64-bit draws) would over-weight, as an exact binomial
 * test. A set is tested only when that test catches its reduction with power ≥ 0.99 at N draws
 * (computed exactly); the others are listed with their power, as not testable at this size.
 */
export function randbelowSuite(n: number, N: number): Focused[] {
  const fine = binner(n, 1024);
  const coarse = binner(n, 16);
  const fineCounts = new Array<number>(fine.count).fill(0);
  const coarseCounts = new Array<number>(coarse.count).fill(0);
  const focused = focusedSets(n, N);
  const live = focused.filter((f) => f.kept).map((f) => f.set);
  const hits = new Array<number>(live.length).fill(0);
  for (let i = 0; i < N; i++) {
    const r = randbelow(n);
    fineCounts[binOf(r, fine.width)]!++;
    coarseCounts[binOf(r, coarse.width)]!++;
    for (let j = 0; j < live.length; j++) if (live[j]!.has(r)) hits[j]!++;
  }
  assertUniform(fineCounts, `randbelow(${n}) over ${fine.count} bins`, fine.expected(N));
  assertUniform(coarseCounts, `randbelow(${n}) over ${coarse.count} bins`, coarse.expected(N));
  console.log(
    `randbelow(${n}), ${N} draws: chi-square detects (power 0.99) a relative bias of ` +
      `${fmt(detectableChiSquareDelta(N, fine.count - 1))} (${fine.count} bins), ` +
      `${fmt(detectableChiSquareDelta(N, coarse.count - 1))} (${coarse.count} bins)`,
  );
  live.forEach((s, j) => {
    const label = `randbelow(${n}): values a ${s.w}-bit ${s.reduction} reduction over-weights (${s.size} of ${n})`;
    assertBinomial(hits[j]!, N, s.pUniform, label, { qc: s.pUniformC });
  });
  for (const { set: s, power, kept } of focused) {
    const what = `  ${s.w}-bit ${s.reduction} (${s.size} values, P(S) ${fmt(s.pUniform)} → ${fmt(s.pBiased)})`;
    if (kept) {
      console.log(`${what}: tested, power ${power.toFixed(6)} against that reduction`);
      continue;
    }
    // Why not: the reduction moves the expected count by less than the test can see at this N.
    // Draws needed, by the normal approximation (a diagnostic only): ((z_{α/2} + z_{0.99})·sd/Δ)².
    const shift = Math.abs(s.pBiased - s.pUniform);
    const need =
      ((6.11 + 2.33) ** 2 * Math.min(s.pUniform, s.pUniformC) * Math.max(s.pUniform, s.pUniformC)) / shift ** 2;
    console.log(
      `${what}: NOT TESTABLE at ${N} draws: power ${fmt(power)} < ${FOCUSED_POWER}; ` +
        (shift === 0
          ? 'the reduction shifts P(S) by less than double precision resolves'
          : `it shifts the expected count by ${fmt(N * shift)}, and needs about ${fmt(need)} draws`),
    );
  }
  return focused;
}

/** randbelow(n) for a bigint n: exact bins over the range, and the low byte and the byte at bit 32. */
export function randbelowBigSuite(n: bigint, N: number): void {
  const bins = 256n;
  const width = (n + bins - 1n) / bins;
  const count = Number((n + width - 1n) / width);
  const counts = new Array<number>(count).fill(0);
  const low = new Array<number>(256).fill(0);
  const word = new Array<number>(256).fill(0);
  for (let i = 0; i < N; i++) {
    const r = randbelow(n);
    counts[Number(r / width)]!++;
    low[Number(r & 255n)]!++;
    word[Number((r >> 32n) & 255n)]!++;
  }
  const expected = Array.from({ length: count }, (_, i) => {
    const hi = BigInt(i + 1) * width < n ? BigInt(i + 1) * width : n;
    return (N * Number(((hi - BigInt(i) * width) * 10n ** 12n) / n)) / 1e12;
  });
  assertUniform(counts, `randbelow(${n}n) over ${count} bins`, expected);
  assertUniform(low, `randbelow(${n}n) low byte`);
  assertUniform(word, `randbelow(${n}n) bits 32..39`);
  console.log(
    `randbelow(2n**200n + 1n), ${N} draws: detects (power 0.99) a relative bias of ${fmt(detectableChiSquareDelta(N, 255))}`,
  );
}

/** choice over `k` symbols (an array of k numbers, or a string when `asString`). */
export function choiceSuite(k: number, N: number, asString = false): void {
  const counts = new Array<number>(k).fill(0);
  if (asString) {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.slice(0, k);
    assert.equal(alphabet.length, k);
    const index = new Map([...alphabet].map((c, i) => [c, i]));
    for (let i = 0; i < N; i++) counts[index.get(choice(alphabet))!]!++;
  } else {
    const seq = Array.from({ length: k }, (_, i) => i);
    for (let i = 0; i < N; i++) counts[choice(seq)]!++;
  }
  assertUniform(counts, `choice over ${k} symbols`);
  console.log(
    `choice over ${k} symbols, ${N} draws: detects (power 0.99) a relative bias of ${fmt(detectableChiSquareDelta(N, k - 1))}`,
  );
}

/** Rank of a permutation of 0..n-1 in [0, n!) (Lehmer code). */
function permIndex(p: readonly number[]): number {
  let idx = 0;
  for (let i = 0; i < p.length; i++) {
    let smaller = 0;
    for (let j = i + 1; j < p.length; j++) if (p[j]! < p[i]!) smaller++;
    idx = idx * (p.length - i) + smaller;
  }
  return idx;
}

/**
 * Shuffles of 5 items over all 120 permutations, with the library's `shuffle` (SystemRandom).
 */
export function shuffleSuite(N: number, shuffle: (a: number[]) => void = libShuffle): void {
  const counts = new Array<number>(120).fill(0);
  for (let i = 0; i < N; i++) {
    const a = [0, 1, 2, 3, 4];
    shuffle(a);
    counts[permIndex(a)]!++;
  }
  assertUniform(counts, 'shuffle of 5 items over 120 permutations');
  console.log(
    `shuffle of 5, ${N} shuffles: detects (power 0.99) a relative bias of ${fmt(detectableChiSquareDelta(N, 119))}`,
  );
}

/**
 * Ordered samples of 3 out of 6 items (120 outcomes), with the library's `sample` (SystemRandom).
 */
export function sampleSuite(N: number, sample: (pop: number[], k: number) => number[] = libSample): void {
  const counts = new Array<number>(120).fill(0);
  for (let i = 0; i < N; i++) {
    const [x, y, z] = sample([0, 1, 2, 3, 4, 5], 3) as [number, number, number];
    assert.ok(x !== y && y !== z && x !== z);
    // Index of the ordered triple among 6·5·4 outcomes.
    const y2 = y - (y > x ? 1 : 0);
    const z2 = z - (z > x ? 1 : 0) - (z > y ? 1 : 0);
    counts[x * 20 + y2 * 4 + z2]!++;
  }
  assertUniform(counts, 'sample(6 items, 3) over 120 ordered outcomes');
  console.log(
    `sample 3 of 6, ${N} samples: detects (power 0.99) a relative bias of ${fmt(detectableChiSquareDelta(N, 119))}`,
  );
}

/**
 * The low mantissa bits of a 53-bit float: each of the low 8 bits of floor(random() · 2^53) is 1
 * with probability 1/2 (a float built by division or from fewer bits leaves them 0 or biased), and
 * the low byte is uniform.
 */
export function floatLowBitsSuite(N: number, random: () => number = libRandom): void {
  const ones = new Array<number>(8).fill(0);
  const bytes = new Array<number>(256).fill(0);
  for (let i = 0; i < N; i++) {
    const x = random();
    const m = x * 2 ** 53;
    assert.ok(Number.isInteger(m) && m >= 0 && m < 2 ** 53, `random() gave ${x}`);
    const lo = m % 256;
    bytes[lo]!++;
    for (let b = 0; b < 8; b++) ones[b]! += (lo >> b) & 1;
  }
  for (let b = 0; b < 8; b++) assertBinomial(ones[b]!, N, 0.5, `bit ${b} of floor(random() * 2^53)`);
  assertUniform(bytes, 'low byte of floor(random() * 2^53)');
  let shift = 0.5;
  for (let step = 0.25; step > 1e-9; step /= 2) if (binomialPower(N, 0.5, 0.5 + shift - step) >= 0.99) shift -= step;
  console.log(
    `random(), ${N} floats: with power 0.99 each low bit detects P(1) off 1/2 by ${fmt(shift)}; ` +
      `the low byte a relative bias of ${fmt(detectableChiSquareDelta(N, 255))}`,
  );
}

/**
 * The focused sets that must be testable (power ≥ 0.99) at the suite's size: the reductions from
 * the narrowest width, where modulo and multiply-shift bias is largest. Just above 2^31 and 2^52
 * that bias sits on 2 values of 2^31 + 1 (2^52 + 1) and needs about 3·10^11 (6·10^17) draws: the run
 * lists those sets as not testable instead.
 */
export const REQUIRED_FOCUSED = [2 ** 7 + 1, 2 ** 15 + 1, ...TWO_THIRDS];

/** Registers the whole suite with the given draw counts (`randbelowAt` overrides per bound). */
export function registerStatsSuite(size: {
  randbelow: number;
  randbelowAt?: Record<number, number>;
  big: number;
  choice: number;
  shuffle: number;
  float: number;
}): void {
  const drawsFor = (n: number) => Math.max(size.randbelow, size.randbelowAt?.[n] ?? 0);
  const focusedTest = (n: number, title: string) =>
    test(title, () => {
      const focused = randbelowSuite(n, drawsFor(n));
      if (!REQUIRED_FOCUSED.includes(n)) return;
      const w = naturalWidth(n);
      for (const red of ['modulo', 'multiply-shift'] as const) {
        const f = focused.find((x) => x.set.w === w && x.set.reduction === red);
        assert.ok(f, `randbelow(${n}): no ${w}-bit ${red} set`);
        assert.ok(
          f.kept && f.power >= FOCUSED_POWER,
          `randbelow(${n}): the ${w}-bit ${red} set has power ${f.power} < ${FOCUSED_POWER} at ${drawsFor(n)} draws`,
        );
      }
    });
  for (const n of POW2_PLUS_1) {
    focusedTest(
      n,
      `randbelow(${n}) = randbelow(2^${Math.log2(n - 1)} + 1) is uniform, also on the over-weighted sets it can test`,
    );
  }
  for (const n of TWO_THIRDS) {
    focusedTest(
      n,
      `randbelow(${n}) ≈ ⅔·2^${Math.round(Math.log2(n * 1.5))} is uniform, also on the over-weighted sets it can test`,
    );
  }
  test('randbelow(2n**200n + 1n) is uniform over exact bins, in the low byte and at the first word boundary', () => {
    randbelowBigSuite(2n ** 200n + 1n, size.big);
  });
  test('choice over 3 symbols', () => choiceSuite(3, Math.round(size.choice * 0.3)));
  test('choice over 62 symbols (a string)', () => choiceSuite(62, Math.round(size.choice * 0.6), true));
  test('choice over 65,536 symbols', () => choiceSuite(65536, Math.max(size.choice, 65536 * 16)));
  test('shuffle of 5 items is uniform over all 120 permutations', () => shuffleSuite(size.shuffle));
  test('sample of 3 out of 6 is uniform over all 120 ordered outcomes', () => sampleSuite(size.shuffle));
  test('the low 8 mantissa bits of a 53-bit random float are fair coins', () => floatLowBitsSuite(size.float));
}

/**
 * The focused test can fail: draws through an 8-bit modulo reduction to [0, 171) land in the
 * rejection region of the same test (its power there is computed, and the check needs ≥ 0.99).
 */
export function registerPowerCheck(N: number): void {
  test('the focused test catches a biased reduction (8-bit modulo to 171)', () => {
    const s = overweighted('modulo', 171, 8);
    assert.ok(binomialPower(N, s.pUniform, s.pBiased) >= FOCUSED_POWER);
    let hits = 0;
    for (let i = 0; i < N; i++) if (s.has(randbits(8) % 171)) hits++;
    const { lower, upper } = binomialTails(hits, N, s.pUniform);
    assert.ok(Math.min(lower, upper) <= ALPHA / 2, `a biased count ${hits} of ${N} passed`);
  });
}
