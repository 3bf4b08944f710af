/**
 * Policy passwords: validation, exact counting and the two exactly uniform samplers.
 *
 * A policy splits the characters into disjoint classes, each with a count range `[min, max]`.
 * The valid set is every string of `length` characters from the union whose class counts fall in
 * their ranges. Its size is
 *
 *   N = Σ over count vectors c of  multinomial(length; c) · Π size_i^c_i,
 *
 * computed exactly with bigints by a dynamic programme over the classes. Classes without a range
 * ("free" classes) are merged into one pool whose contribution is simply `pool^n`.
 *
 * Sampling is exactly uniform over the valid set, by one of two methods:
 * - rejection: draw every position uniformly from the union and keep the password only if every
 *   count is in range. Each string of the union is equally likely, so an accepted one is uniform
 *   over the valid set. Used only when the exact acceptance `N / |union|^length` is at least 1/8.
 * - exact: draw a rank uniform in `[0, N)` and unrank it to a count vector (each vector is hit by
 *   exactly its number of passwords), then shuffle the class labels with Fisher–Yates (each
 *   arrangement of that vector equally likely) and draw each character uniformly from its class.
 *   Every password therefore has probability `1/N`.
 * @internal
 * @module
 */
import {
  aalphabet,
  aint,
  aintOr,
  abool,
  aoptions,
  codePoints,
  item,
  optionList,
  ownReadUnless,
  type OwnRead,
  rangeError,
  typeError,
} from '../_assert.js';
import { filled } from '../encoding/chars.js';
import { fillIndexes, planFor, type Plan as LanePlan } from '../ids/sampler.js';
import { bitLengthBig, randbelowBig, randbelowNumber } from '../random/core.js';
import type { RandomSource } from '../source/source.js';

export const LOWERCASE = 'abcdefghijklmnopqrstuvwxyz';
export const UPPERCASE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const DIGITS = '0123456789';
/** The 32 printable ASCII punctuation characters: with the three other classes, all 94 printable. */
export const SYMBOLS = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
/** Look-alikes removed by `excludeAmbiguous`: 0 O o, 1 I l |, and the quotes ' and `. */
export const AMBIGUOUS = "0Oo1Il|'`";

export const DEFAULT_LENGTH = 16;
export const MAX_LENGTH = 4096;
/** Largest class, alphabet or exclusion set, in characters. */
export const MAX_SET = 65536;
/**
 * Work limit of the exact counter, in bigint term operations (about a second on a slow machine).
 * Every realistic policy needs a few thousand at most; only very long passwords with wide count
 * ranges on several classes exceed it, and those are rejected up front instead of hanging.
 */
export const MAX_WORK = 600_000;
/** Rejection attempts before the fallback; at acceptance >= 1/8 all fail with probability < 2^-197. */
const MAX_TRIES = 1024;

export const CLASS_NAMES = ['lowercase', 'uppercase', 'digits', 'symbols'] as const;
export type ClassName = (typeof CLASS_NAMES)[number];
const CLASS_SETS: Record<ClassName, string> = {
  lowercase: LOWERCASE,
  uppercase: UPPERCASE,
  digits: DIGITS,
  symbols: SYMBOLS,
};
const POLICY_KEYS = ['length', ...CLASS_NAMES, 'exclude', 'excludeAmbiguous', 'alphabet'];
const CLASS_KEYS = ['min', 'max', 'chars'];

/** One class after validation and exclusions: `max` is capped at the length. */
interface Cls {
  name: string;
  chars: string[];
  min: number;
  max: number;
}

/** Exact counting tables for the exact sampler (`E[j][n]`, see {@link tables}). */
interface Exact {
  E: bigint[][];
  pow: bigint[][];
}

export interface Plan {
  length: number;
  /** Constrained classes (a minimum above 0 or a maximum below the length), in order. */
  cons: Cls[];
  /** Characters of the free classes, merged. */
  pool: string[];
  /** All characters: constrained classes first, then the pool. */
  union: string[];
  /** Index into `cons` of each union character (`cons.length` for the pool). */
  classOf: Uint8Array;
  /** Start of each class's block in `union`, then of the pool, then `union.length`. */
  offsets: Int32Array;
  mins: Int32Array;
  maxs: Int32Array;
  counts: Int32Array;
  /**
   * How rejection draws the union indices when the union has at most 65,536 characters: the ID
   * sampler's lanes (see the ids module's `Plan`), each a uniform index by Lemire's rule.
   */
  lanes: LanePlan | undefined;
  /** `[0, 1, …, |union| - 1]`, the map that makes the lane sampler write indices (with `lanes`). */
  identity: Uint16Array | undefined;
  /** Scratch: the union indices of one attempt, with room for the lanes of a last word (with `lanes`). */
  idx: Uint16Array | undefined;
  /** Otherwise rejection draws `chunk` characters at once as the base-|union| digits of one uniform integer. */
  chunk: number;
  chunkBound: number;
  /** Scratch: union indices of the password being built. */
  digits: Uint32Array;
  /** UTF-16 code of each union character when all are in the Basic Multilingual Plane. */
  codes: Uint16Array | undefined;
  /** Scratch for {@link spell}: a packed array, the fast input of `String.fromCharCode.apply`. */
  text: number[];
  /** The byte-lane tables of {@link attemptBytes}, when it applies. */
  bytes: ByteLanes | undefined;
  space: bigint;
  bits: number;
  reject: boolean;
  exact: Exact | undefined;
}

/** log2 of a positive bigint, correct to double precision at any size. */
export function log2Big(n: bigint): number {
  const k = bitLengthBig(n);
  if (k <= 53) return Math.log2(Number(n));
  // The top 64 bits carry all the precision a double can hold; the rest is an exact shift.
  const shift = k - 64;
  return Math.log2(Number(n >> BigInt(shift))) + shift;
}

type Range = readonly [number, number];

/**
 * `E[j][n]`: the number of ways to fill `n` labelled positions with classes `j..k-1` (each class
 * count inside `ranges[j]`) and the pool of size `pool` (any count):
 * `E[k][n] = pool^n`, `E[j][n] = Σ_c C(n, c) · size_j^c · E[j+1][n - c]`.
 * Only the `n` reachable from `E[0][L]` are computed (the window `[nlo_j, nhi_j]`).
 */
function tables(sizes: readonly number[], ranges: readonly Range[], pool: number, L: number): Exact {
  const k = sizes.length;
  const { lo: nlo, hi: nhi } = windows(ranges, L);
  const E = filled<bigint[]>(k + 1, []);
  const pow = filled<bigint[]>(k, []);
  const last = filled(L + 1, 0n);
  const p = BigInt(pool);
  let v = p ** BigInt(nlo[k]!);
  for (let n = nlo[k]!; n <= nhi[k]!; n++) {
    last[n] = v;
    v *= p;
  }
  E[k] = last;
  for (let j = k - 1; j >= 0; j--) {
    const [lo, hi] = ranges[j]!;
    const s = BigInt(sizes[j]!);
    const pw = filled(hi + 1, 0n);
    v = 1n;
    for (let c = 0; c <= hi; c++) {
      pw[c] = v;
      v *= s;
    }
    pow[j] = pw;
    const next = E[j + 1]!;
    const cur = filled(L + 1, 0n);
    for (let n = nlo[j]!; n <= nhi[j]!; n++) {
      let sum = 0n;
      let binom = 1n;
      const top = Math.min(hi, n);
      for (let c = 0; c <= top; c++) {
        if (c >= lo) sum += binom * pw[c]! * next[n - c]!;
        binom = (binom * BigInt(n - c)) / BigInt(c + 1);
      }
      cur[n] = sum;
    }
    E[j] = cur;
  }
  return { E, pow };
}

/** The reachable position counts of each level: `[L, L]` first, then widened by each range. */
function windows(ranges: readonly Range[], L: number): { lo: number[]; hi: number[] } {
  const lo = [L];
  const hi = [L];
  ranges.forEach(([a, b], j) => {
    lo.push(Math.max(0, lo[j]! - b));
    hi.push(hi[j]! - a);
  });
  return { lo, hi };
}

/** Bigint term operations {@link tables} performs for these ranges in this order. */
function work(ranges: readonly Range[], L: number): number {
  const { lo, hi } = windows(ranges, L);
  let w = hi[ranges.length]! - lo[ranges.length]! + 1;
  ranges.forEach(([, b], j) => {
    for (let n = lo[j]!; n <= hi[j]!; n++) w += Math.min(b, n) + 1;
  });
  return w;
}

function permutations(k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(k - 1))
    for (let i = 0; i <= p.length; i++) out.push([...p.slice(0, i), k - 1, ...p.slice(i)]);
  return out;
}

/** The class order (of at most four classes, so all 24 are tried) that needs the least work. */
function bestOrder(ranges: readonly Range[], L: number): { order: number[]; work: number } {
  let best = { order: [] as number[], work: Infinity };
  for (const order of permutations(ranges.length)) {
    const w = work(
      order.map((i) => ranges[i]!),
      L,
    );
    if (w < best.work) best = { order, work: w };
  }
  return best;
}

/**
 * Counts the valid set. Classes with a maximum go into the programme directly; a class with only
 * a minimum can also be handled by inclusion–exclusion on its complement "fewer than min"
 * (`N = Σ_D (-1)^|D| N(classes in D below their minimum, the other such classes free)`), which
 * costs `O(min)` instead of `O(length)` per position; the cheaper whole computation is used.
 */
export function count(cons: readonly Cls[], pool: number, L: number, fn: string, force?: 'direct' | 'ie'): bigint {
  const sizes = cons.map((c) => c.chars.length);
  const direct = bestOrder(
    cons.map((c): Range => [c.min, c.max]),
    L,
  );
  const comp: number[] = [];
  cons.forEach((c, i) => {
    if (c.max >= L) comp.push(i);
  });
  const terms: { sizes: number[]; ranges: Range[]; pool: number; sign: bigint }[] = [];
  let ieWork = 0;
  for (let mask = 0; mask < 1 << comp.length; mask++) {
    const tSizes: number[] = [];
    const ranges: Range[] = [];
    let p = pool;
    let sign = 1n;
    cons.forEach((c, i) => {
      const at = comp.indexOf(i);
      if (at < 0) {
        tSizes.push(c.chars.length);
        ranges.push([c.min, c.max]);
      } else if (mask & (1 << at)) {
        tSizes.push(c.chars.length);
        ranges.push([0, c.min - 1]);
        sign = -sign;
      } else p += c.chars.length;
    });
    const { order, work: w } = bestOrder(ranges, L);
    ieWork += w;
    terms.push({ sizes: order.map((i) => tSizes[i]!), ranges: order.map((i) => ranges[i]!), pool: p, sign });
  }
  if (Math.min(direct.work, ieWork) > MAX_WORK) tooCostly(fn, L);
  if (force === 'direct' || (force === undefined && direct.work <= ieWork)) {
    return tables(
      direct.order.map((i) => sizes[i]!),
      direct.order.map((i): Range => [cons[i]!.min, cons[i]!.max]),
      pool,
      L,
    ).E[0]![L]!;
  }
  let total = 0n;
  for (const t of terms) total += t.sign * tables(t.sizes, t.ranges, t.pool, L).E[0]![L]!;
  return total;
}

function tooCostly(fn: string, L: number): never {
  throw new RangeError(
    `${fn}: this policy is too costly to count exactly at length ${L} (more than ${MAX_WORK} bigint ` +
      'operations); use a shorter length or fewer min/max constraints',
  );
}

/** The exact sampler's tables (classes in `plan.cons` order, which build() made the cheapest), built on first use. */
function exactOf(plan: Plan, fn: string): Exact {
  if (plan.exact) return plan.exact;
  const ranges = plan.cons.map((c): Range => [c.min, c.max]);
  if (work(ranges, plan.length) > MAX_WORK) tooCostly(fn, plan.length);
  return (plan.exact = tables(
    plan.cons.map((c) => c.chars.length),
    ranges,
    plan.pool.length,
    plan.length,
  ));
}

/** A string as given, or an array of strings (type-checked only; split and checked later). */
function aset(value: unknown, fn: string, name: string): string | string[] {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.length > MAX_SET) rangeError(fn, name, `at most ${MAX_SET} characters`, value);
    const out: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const s = item(value, i);
      if (typeof s !== 'string') typeError(fn, name, 'a string or an array of single characters', value);
      out.push(s as string);
    }
    return out;
  }
  return typeError(fn, name, 'a string or an array of single characters', value);
}

/** Splits an exclusion set into characters (duplicates are harmless here). */
function exclusionSet(value: string | string[], fn: string): string[] {
  const out = typeof value === 'string' ? [...codePoints(value)] : value;
  if (out.length > MAX_SET) rangeError(fn, 'policy.exclude', `at most ${MAX_SET} characters`, value);
  for (const s of out) {
    if (s.length === 0 || codePoints(s).length !== 1) {
      typeError(fn, 'policy.exclude', 'a string or an array of single characters', value);
    }
  }
  return out;
}

/** A class as read from the policy: `null` when excluded; `chars` not yet split or checked. */
interface ReadClass {
  name: string;
  min: number;
  max: number;
  chars: string | string[] | undefined;
}

interface RawClass {
  name: string;
  min: number;
  max: number;
  chars: string[];
}

const cache = new Map<string, Plan>();
const CACHE_SIZE = 64;
let defaultPlan: Plan | undefined;
/**
 * The plan last made from each policy object, with its keys and values as read then: when they
 * are the same keys in the same order with the same primitive values, the policy is the same one.
 */
const byObject = new WeakMap<object, { read: OwnRead; plan: Plan }>();

function flatten(out: unknown[], set: string | string[] | undefined): void {
  if (set === undefined) out.push(0);
  else if (typeof set === 'string') out.push(1, set);
  else {
    out.push(2, set.length);
    for (const ch of set) out.push(ch);
  }
}

/**
 * Validates a policy (before any randomness is drawn) and returns its plan. Every option is read
 * exactly once and type-checked; the values read make the cache key, so a policy seen before
 * (whose sets were then checked in full) skips the set checks and the counting.
 */
export function planOf(policy: unknown, fn: string): Plan {
  if (policy === undefined || policy === null) {
    return (defaultPlan ??= build(
      CLASS_NAMES.map((name) => ({ name, min: 1, max: MAX_LENGTH, chars: [...CLASS_SETS[name]] })),
      DEFAULT_LENGTH,
      fn,
    ));
  }
  // Each own option is read once, here. A policy object seen before, with the same keys in the same
  // order and the same primitive values, is the same policy: its plan is returned with nothing built
  // but this read.
  const seen = typeof policy === 'object' ? byObject.get(policy) : undefined;
  const given = ownReadUnless(policy, fn, 'policy', seen?.read);
  if (given === undefined) return seen!.plan;
  const vals = optionList(given, fn, POLICY_KEYS);
  const [lengthRaw, , , , , excludeRaw, ambRaw, alphabetRaw] = vals;
  const specs = vals.slice(1, 5);
  const L = aintOr(lengthRaw, DEFAULT_LENGTH, fn, 'policy.length', 1, MAX_LENGTH);
  const exclude = excludeRaw === undefined ? '' : aset(excludeRaw, fn, 'policy.exclude');
  const amb = ambRaw === undefined ? false : abool(ambRaw, fn, 'policy.excludeAmbiguous');
  let read: ReadClass[];
  if (alphabetRaw !== undefined) {
    const chars = aset(alphabetRaw, fn, 'policy.alphabet');
    CLASS_NAMES.forEach((name, i) => {
      if (specs[i] !== undefined) {
        throw new RangeError(
          `${fn}: policy.alphabet replaces the character classes, so policy.${name} must not be given with it`,
        );
      }
    });
    read = [{ name: 'alphabet', min: 0, max: MAX_LENGTH, chars }];
  } else {
    read = [];
    CLASS_NAMES.forEach((name, i) => {
      const c = readClass(name, specs[i], fn);
      if (c) read.push(c);
    });
  }
  // Every validated input, flattened to primitives: equal snapshots mean the same policy.
  const snap: unknown[] = [L, amb];
  flatten(snap, exclude);
  for (const c of read) {
    snap.push(c.name, c.min, c.max);
    flatten(snap, c.chars);
  }
  const key = JSON.stringify(snap);
  let plan = cache.get(key);
  if (plan) {
    byObject.set(policy as object, { read: given, plan });
    return plan;
  }
  const drop = new Set(exclusionSet(exclude, fn));
  if (amb) for (const ch of AMBIGUOUS) drop.add(ch);
  const raw: RawClass[] = read.map((c) => {
    const chars =
      c.chars === undefined
        ? [...CLASS_SETS[c.name as ClassName]]
        : aalphabet(c.chars, fn, `policy.${c.name}${c.name === 'alphabet' ? '' : '.chars'}`, 1, MAX_SET);
    return { name: c.name, min: c.min, max: c.max, chars: drop.size > 0 ? chars.filter((ch) => !drop.has(ch)) : chars };
  });
  plan = build(raw, L, fn);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, plan);
  byObject.set(policy as object, { read: given, plan });
  return plan;
}

function readClass(name: ClassName, spec: unknown, fn: string): ReadClass | null {
  // A class left out means "at least one".
  if (spec === undefined) return { name, min: 1, max: MAX_LENGTH, chars: undefined };
  if (spec === false) return null;
  if (spec === true) return { name, min: 0, max: MAX_LENGTH, chars: undefined };
  if (typeof spec === 'number') {
    return { name, min: aint(spec, fn, `policy.${name}`, 0, MAX_LENGTH), max: MAX_LENGTH, chars: undefined };
  }
  if (typeof spec === 'object' && spec !== null && !Array.isArray(spec)) {
    const o = aoptions<Record<string, unknown>>(spec, fn, CLASS_KEYS, `policy.${name}`);
    const minRaw = o.min;
    const maxRaw = o.max;
    const charsRaw = o.chars;
    const min = aintOr(minRaw, 0, fn, `policy.${name}.min`, 0, MAX_LENGTH);
    const max = aintOr(maxRaw, MAX_LENGTH, fn, `policy.${name}.max`, 0, MAX_LENGTH);
    if (min > max) {
      throw new RangeError(`${fn}: policy.${name}.min (${min}) is greater than policy.${name}.max (${max})`);
    }
    return { name, min, max, chars: charsRaw === undefined ? undefined : aset(charsRaw, fn, `policy.${name}.chars`) };
  }
  return typeError(fn, `policy.${name}`, 'a boolean, a minimum count or { min, max, chars }', spec);
}

function build(raw: RawClass[], L: number, fn: string): Plan {
  const owner = new Map<string, string>();
  const classes: Cls[] = [];
  let minSum = 0;
  let maxSum = 0;
  for (const c of raw) {
    if (c.chars.length === 0) {
      if (c.min > 0) {
        throw new RangeError(
          `${fn}: policy.${c.name} requires at least ${c.min} character(s) but every character of the class is excluded` +
            (c.min === 1 && c.name !== 'alphabet'
              ? ` (a class left out means at least one; pass ${c.name}: false)`
              : ''),
        );
      }
      continue;
    }
    for (const ch of c.chars) {
      const other = owner.get(ch);
      // Classes must be disjoint, or a character's class (and so every count) would be ambiguous.
      if (other !== undefined) {
        throw new RangeError(
          `${fn}: ${JSON.stringify(ch)} is in both policy.${other} and policy.${c.name}; classes must be disjoint ` +
            `so that each count is well defined (exclude it from one class, or set that class to false)`,
        );
      }
      owner.set(ch, c.name);
    }
    const max = Math.min(c.max, L);
    minSum += c.min;
    maxSum += max;
    if (max > 0) classes.push({ name: c.name, chars: c.chars, min: c.min, max });
  }
  if (minSum > L) {
    throw new RangeError(`${fn}: the class minimums add up to ${minSum}, more than policy.length (${L})`);
  }
  if (maxSum < L) {
    throw new RangeError(
      maxSum === 0
        ? `${fn}: every character is excluded; nothing is left to make a password from`
        : `${fn}: the classes allow at most ${maxSum} character(s) in total, fewer than policy.length (${L})`,
    );
  }
  const constrained = classes.filter((c) => c.min > 0 || c.max < L);
  // The exact sampler's tables are cheapest in this order (the order changes nothing else).
  const cons = bestOrder(
    constrained.map((c): Range => [c.min, c.max]),
    L,
  ).order.map((i) => constrained[i]!);
  const pool = classes.filter((c) => !(c.min > 0 || c.max < L)).flatMap((c) => c.chars);
  const union = [...cons.flatMap((c) => c.chars), ...pool];
  const classOf = new Uint8Array(union.length);
  let at = 0;
  cons.forEach((c, j) => {
    classOf.fill(j, at, at + c.chars.length);
    at += c.chars.length;
  });
  classOf.fill(cons.length, at);
  const codes = union.every((ch) => ch.length === 1) ? Uint16Array.from(union, (ch) => ch.charCodeAt(0)) : undefined;
  const space = count(cons, pool.length, L, fn);
  if (space < 2n) {
    throw new RangeError(`${fn}: the policy admits only ${space} password(s); it must admit at least two`);
  }
  return {
    length: L,
    cons,
    pool,
    union,
    classOf,
    offsets: Int32Array.from(
      [0, ...cons.map((c) => c.chars.length), pool.length],
      (
        (sum) => (n: number) =>
          (sum += n)
      )(0),
    ),
    mins: Int32Array.from(cons, (c) => c.min),
    maxs: Int32Array.from(cons, (c) => c.max),
    counts: new Int32Array(cons.length + 1),
    lanes: union.length <= 65536 ? planFor(union.length) : undefined,
    identity: union.length <= 65536 ? Uint16Array.from(union, (_ch, i) => i) : undefined,
    idx: union.length <= 65536 ? new Uint16Array(L + LANE_SPARE) : undefined,
    ...chunking(union.length, L),
    digits: new Uint32Array(L),
    codes,
    text: filled(L, 0),
    bytes: byteLanes(codes, classOf, cons.length, L),
    space,
    bits: log2Big(space),
    // Rejection only when the exact acceptance N / |union|^L is at least 1/8.
    reject: 8n * space >= BigInt(union.length) ** BigInt(L),
    exact: undefined,
  };
}

/** Generates one password: rejection when the plan allows it, else the exact method. */
export function generate(plan: Plan, src: RandomSource, fn: string): string {
  if (plan.reject) {
    for (let t = 0; t < MAX_TRIES; t++) {
      const s = attempt(plan, src);
      if (s !== undefined) return s;
    }
    // Conditioned on every attempt failing, the exact sampler is still uniform, so the
    // mixture is too; this branch has probability below 2^-197.
  }
  return sampleExact(plan, src, fn);
}

/**
 * How many characters one `randbelowNumber(u^k)` draw yields: the `k` with the fewest 32-bit words
 * per character, counting the rejection rate, with `u^k < 2^31` so the digit arithmetic stays in
 * small integers.
 */
function chunking(u: number, L: number): { chunk: number; chunkBound: number } {
  let best = { chunk: 1, chunkBound: u };
  let bestCost = Infinity;
  for (let k = 1, n = u; k <= L && n < 2 ** 31; k++, n *= u) {
    const bits = Math.ceil(Math.log2(n + 1));
    const cost = 1 / ((n / 2 ** bits) * k);
    if (cost < bestCost) {
      bestCost = cost;
      best = { chunk: k, chunkBound: n };
    }
  }
  return best;
}

/** Slots past the last index that the lanes of a last word may write (three 8-bit lanes). */
const LANE_SPARE = 3;

/**
 * Rejection for the common plans (a union of at most 256 characters, not a power of two, all in the
 * Basic Multilingual Plane; at most 255 characters): the ids module's 8-bit lanes with Lemire's
 * rule, the rule evaluated once per lane value into tables, and the class counts packed one per byte.
 */
export interface ByteLanes {
  /**
   * For each lane value `v`: `0x10000 | code` of union character `(v·n) >>> 8` when the lane is kept
   * (`(v·n) & 255 >= 2^8 mod n`, the rule at the ids module's `Plan`), else 0.
   */
  take: Int32Array;
  /** For each lane value: `1 << 8j` when it gives a character of constrained class `j`, else 0. */
  tally: Int32Array;
  /** Scratch: the codes of one attempt (rounded up to whole doubles); wiped after every attempt. */
  chars: Uint16Array;
  /** The first `length` codes of `chars`, for `String.fromCharCode.apply`. */
  exact: Uint16Array;
  /** `chars` as doubles: wiping costs one store per four codes. */
  wipe: Float64Array;
}

function byteLanes(codes: Uint16Array | undefined, classOf: Uint8Array, k: number, L: number): ByteLanes | undefined {
  const n = classOf.length;
  // Packed counts need at most four classes and L <= 255: the counts then add up to at most 255,
  // so no byte carries into the next. A power of two keeps the general path's `bits`-wide lanes.
  if (codes === undefined || n > 256 || (n & (n - 1)) === 0 || L > 255 || k > 4) return undefined;
  const t = 256 % n;
  const take = new Int32Array(256);
  const tally = new Int32Array(256);
  for (let v = 0; v < 256; v++) {
    const m = v * n;
    if ((m & 255) < t) continue;
    const at = m >>> 8;
    take[v] = 0x10000 | codes[at]!;
    const j = classOf[at]!;
    tally[v] = j < k ? 1 << (8 * j) : 0;
  }
  const buf = new ArrayBuffer(8 * Math.ceil(L / 4));
  return { take, tally, chars: new Uint16Array(buf), exact: new Uint16Array(buf, 0, L), wipe: new Float64Array(buf) };
}

const fcc = String.fromCharCode;

/**
 * {@link attempt} with {@link ByteLanes}: the same lanes as `fillIndexes`, lowest first, each kept
 * lane one character, the lanes of the last word past the length discarded (lanes are independent),
 * so the words drawn and the string made are exactly those of the general path.
 */
function attemptBytes(plan: Plan, b: ByteLanes, src: RandomSource): string | undefined {
  const { take, tally, chars } = b;
  const L = plan.length;
  let i = 0;
  let tallies = 0;
  try {
    // While four more lanes fit, every lane writes at i (below L) and advances i only when kept: no branch.
    while (i <= L - 4) {
      const w = src.nextUint32();
      let v = w & 255;
      chars[i] = take[v]!;
      i += take[v]! >>> 16;
      tallies += tally[v]!;
      v = (w >>> 8) & 255;
      chars[i] = take[v]!;
      i += take[v]! >>> 16;
      tallies += tally[v]!;
      v = (w >>> 16) & 255;
      chars[i] = take[v]!;
      i += take[v]! >>> 16;
      tallies += tally[v]!;
      v = w >>> 24;
      chars[i] = take[v]!;
      i += take[v]! >>> 16;
      tallies += tally[v]!;
    }
    while (i < L) {
      const w = src.nextUint32();
      for (let s = 0; s < 32 && i < L; s += 8) {
        const v = (w >>> s) & 255;
        if (take[v]! !== 0) {
          chars[i++] = take[v]!;
          tallies += tally[v]!;
        }
      }
    }
    const { mins, maxs } = plan;
    for (let j = 0; j < mins.length; j++) {
      const c = (tallies >>> (8 * j)) & 255;
      if (c < mins[j]! || c > maxs[j]!) return undefined;
    }
    const c = chars;
    return L === DEFAULT_LENGTH
      ? fcc(
          c[0]!,
          c[1]!,
          c[2]!,
          c[3]!,
          c[4]!,
          c[5]!,
          c[6]!,
          c[7]!,
          c[8]!,
          c[9]!,
          c[10]!,
          c[11]!,
          c[12]!,
          c[13]!,
          c[14]!,
          c[15]!,
        )
      : // eslint-disable-next-line prefer-spread -- spreading a typed array runs the iterator protocol
        fcc.apply(null, b.exact as unknown as number[]);
  } finally {
    // Also when the source throws: no character of the attempt survives.
    const w = b.wipe;
    for (let j = 0; j < w.length; j++) w[j] = 0;
  }
}

/**
 * One rejection attempt: a uniform string over the union, kept only if every count is in range.
 * Every scratch that held the attempt's indices or counts is wiped before it returns.
 */
export function attempt(plan: Plan, src: RandomSource): string | undefined {
  if (plan.bytes !== undefined) return attemptBytes(plan, plan.bytes, src);
  return plan.lanes === undefined ? attemptChunks(plan, src) : attemptIndexes(plan, src);
}

/** {@link attempt} by the ID sampler's lanes, for unions of at most 65,536 characters (and, in tests, any such plan). */
export function attemptIndexes(plan: Plan, src: RandomSource): string | undefined {
  const lanes = plan.lanes!;
  const idx = plan.idx!;
  const { classOf, counts, mins, maxs } = plan;
  const L = plan.length;
  // The ID sampler's lanes give L independent uniform indices below |union| (each lane is kept or
  // discarded by Lemire's rule, which leaves every index equally likely).
  try {
    fillIndexes(src, lanes, plan.identity!, idx, L);
    for (let i = 0; i < L; i++) counts[classOf[idx[i]!]!]!++;
    for (let j = 0; j < mins.length; j++) if (counts[j]! < mins[j]! || counts[j]! > maxs[j]!) return undefined;
    return spell(plan, idx);
  } finally {
    // Also when the source throws: the next call starts from zero counts, and no index survives.
    counts.fill(0);
    idx.fill(0);
  }
}

/**
 * {@link attempt} for unions above 65,536 characters (and, in tests, any plan): a uniform integer
 * below `u^k` has `k` independent uniform base-`u` digits, so each chunk gives `k` uniform characters.
 */
export function attemptChunks(plan: Plan, src: RandomSource): string | undefined {
  const { classOf, counts, mins, maxs, chunk, digits } = plan;
  const u = classOf.length;
  const L = plan.length;
  try {
    for (let at = 0; at < L;) {
      const m = L - at < chunk ? L - at : chunk;
      let r = randbelowNumber(src, m === chunk ? plan.chunkBound : u ** m);
      for (let i = 0; i < m; i++) {
        const d = r % u;
        r = (r - d) / u;
        digits[at++] = d;
        counts[classOf[d]!]!++;
      }
    }
    for (let j = 0; j < mins.length; j++) if (counts[j]! < mins[j]! || counts[j]! > maxs[j]!) return undefined;
    return spell(plan, digits);
  } finally {
    counts.fill(0);
    digits.fill(0);
  }
}

/** The characters of the first `plan.length` union indices of `digits` as a string (scratch wiped). */
function spell(plan: Plan, digits: Uint16Array | Uint32Array): string {
  const { codes } = plan;
  const L = plan.length;
  if (codes) {
    const out = plan.text;
    for (let i = 0; i < L; i++) out[i] = codes[digits[i]!]!;
    const s = String.fromCharCode.apply(null, out);
    out.fill(0);
    return s;
  }
  let s = '';
  for (let i = 0; i < L; i++) s += plan.union[digits[i]!]!;
  return s;
}

/**
 * Maps a rank in `[0, N)` to a count vector (the pool's count last): count vector `c` receives
 * exactly `multinomial(L; c) · Π size^c` ranks, its number of passwords.
 */
export function unrank(plan: Plan, rank: bigint, fn: string): Int32Array {
  const { E, pow } = exactOf(plan, fn);
  const k = plan.cons.length;
  const out = new Int32Array(k + 1);
  let r = rank;
  let n = plan.length;
  for (let j = 0; j < k; j++) {
    const { min, max } = plan.cons[j]!;
    const next = E[j + 1]!;
    const pw = pow[j]!;
    let binom = 1n;
    let c = 0;
    for (; ; c++) {
      if (c >= min) {
        const rest = next[n - c]!;
        const w = binom * pw[c]! * rest;
        if (r < w) {
          // r is uniform in [0, w) and w is a multiple of rest, so r mod rest is uniform below rest.
          r %= rest;
          break;
        }
        r -= w;
      }
      if (c >= Math.min(max, n)) throw new Error('password: internal error, rank out of range');
      binom = (binom * BigInt(n - c)) / BigInt(c + 1);
    }
    out[j] = c;
    n -= c;
  }
  out[k] = n;
  return out;
}

/** The exact method: uniform rank → count vector, Fisher–Yates arrangement, uniform characters. */
export function sampleExact(plan: Plan, src: RandomSource, fn: string): string {
  const { E } = exactOf(plan, fn);
  const L = plan.length;
  const vec = unrank(plan, randbelowBig(src, E[0]![L]!), fn);
  const labels = new Uint8Array(L);
  let at = 0;
  for (let j = 0; j < vec.length; j++) {
    labels.fill(j, at, at + vec[j]!);
    at += vec[j]!;
  }
  for (let i = L - 1; i > 0; i--) {
    const j = randbelowNumber(src, i + 1);
    const t = labels[i]!;
    labels[i] = labels[j]!;
    labels[j] = t;
  }
  // Class j holds union indices [offsets[j], offsets[j + 1]); the pool is the last block.
  const { offsets, digits } = plan;
  try {
    for (let i = 0; i < L; i++) {
      const l = labels[i]!;
      digits[i] = offsets[l]! + randbelowNumber(src, offsets[l + 1]! - offsets[l]!);
    }
    return spell(plan, digits);
  } finally {
    labels.fill(0);
    digits.fill(0);
  }
}
