/**
 * Uniform strings over any alphabet of 2 to 65,536 symbols, written against {@link RandomSource}.
 * @internal
 * @module
 */
import { URL_ALPHABET } from '../entropy/plan.js';
import type { RandomSource } from '../source/source.js';

/**
 * How 32-bit words become symbols: each word is split into lanes of `lane` bits (8 or 16), lowest
 * first, and each lane gives at most one symbol.
 *
 * When `n` is a power of two (`bits` > 0), a lane is `bits` wide and is the symbol: a uniform
 * bit field is a uniform index, so nothing is rejected.
 *
 * Otherwise each lane `v` is multiplied by `n` and split as `v·n = q·2^lane + r`; the symbol is
 * `q` unless `r < t = 2^lane mod n`, when the lane is discarded. Why it is unbiased: the lane values
 * with high part `q` are consecutive, so their low parts start below `n` and step by `n`, and at most
 * the first is discarded; Lemire ("Fast Random Integer Generation in an Interval", 2019, Lemma 4.1)
 * shows exactly `⌊2^lane/n⌋` values survive for every `q`, so an accepted lane is a uniform symbol.
 * Lanes are disjoint bit fields of a uniform word, so they are independent, and discarding one
 * changes no other.
 */
export interface Plan {
  n: number;
  /** log2(n) when n is a power of two, else 0. */
  bits: number;
  /** Lane width in bits for a non-power-of-two `n`: 8 when `n <= 256` keeps more symbols per word, else 16. */
  lane: 8 | 16;
  /** `2^lane mod n`: lanes whose low part `v·n mod 2^lane` is below this are discarded. */
  t: number;
}

/**
 * Picks the lane width that keeps the most symbols per word on average: `32/lane` lanes times the
 * acceptance `1 - t/2^lane` (each at least 1/2, since `2^lane mod n < 2^(lane-1)` whenever
 * `n <= 2^lane`).
 */
export function planFor(n: number): Plan {
  if ((n & (n - 1)) === 0) return { n, bits: 31 - Math.clz32(n), lane: 8, t: 0 };
  const t8 = 256 % n;
  const t16 = 65536 % n;
  const lane = n <= 256 && 4 * (1 - t8 / 256) >= 2 * (1 - t16 / 65536) ? 8 : 16;
  return { n, bits: 0, lane, t: lane === 8 ? t8 : t16 };
}

const fcc = String.fromCharCode;

/** Longest run built by one `String.fromCharCode` call (engines cap the argument count). */
const CHUNK = 4096;

/** Slots past the last symbol that the lanes of a last word may still write (three 8-bit lanes). */
const SPARE = 3;

/**
 * The codes of one output: `codes` has room for `SPARE` more, `exact` views the first `length`
 * for `String.fromCharCode.apply`, and `wipe` views the same bytes as doubles, so wiping costs one
 * store per four codes.
 */
interface Scratch {
  codes: Uint16Array;
  exact: Uint16Array;
  wipe: Float64Array;
}

function newScratch(length: number): Scratch {
  const buf = new ArrayBuffer(8 * Math.ceil((length + SPARE) / 4));
  return { codes: new Uint16Array(buf), exact: new Uint16Array(buf, 0, length), wipe: new Float64Array(buf) };
}

/** Reused scratches, one per length up to 64 (4,736 bytes of codes in all); wiped after every use. */
const scratches = new Map<number, Scratch>();
let last: Scratch | undefined;

/** The scratch for an output of `length` codes: reused up to 64, fresh above (exported for tests). */
export function scratchOf(length: number): Scratch {
  if (last !== undefined && last.exact.length === length) return last;
  if (length > 64) return newScratch(length);
  let s = scratches.get(length);
  if (s === undefined) scratches.set(length, (s = newScratch(length)));
  return (last = s);
}

/** One string from a filled scratch: a fixed-arity call for the common 21, an apply otherwise. */
function build(s: Scratch): string {
  const c = s.codes;
  const out =
    s.exact.length === 21
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
          c[16]!,
          c[17]!,
          c[18]!,
          c[19]!,
          c[20]!,
        )
      : // eslint-disable-next-line prefer-spread -- spreading a typed array runs the iterator protocol, 4x slower
        fcc.apply(null, s.exact as unknown as number[]);
  // The scratch must not keep a copy of the output once the caller has dropped it.
  const w = s.wipe;
  for (let i = 0; i < w.length; i++) w[i] = 0;
  return out;
}

/**
 * Writes `size` uniform indexes below `plan.n` to `out`, mapped through `map` (the lanes documented
 * at {@link Plan}). The lanes of the last word are all written, so up to `SPARE` slots past `size`
 * may be overwritten; they never reach the output.
 */
export function fillIndexes(src: RandomSource, plan: Plan, map: Uint16Array, out: Uint16Array, size: number): void {
  let i = 0;
  if (plan.bits !== 0) {
    const bits = plan.bits;
    const mask = plan.n - 1;
    const per = Math.floor(32 / bits);
    while (i < size) {
      let w = src.nextUint32();
      const end = Math.min(size, i + per);
      for (; i < end; i++, w >>>= bits) out[i] = map[w & mask]!;
    }
    return;
  }
  const { n, t } = plan;
  if (plan.lane === 8) {
    while (i < size) {
      const w = src.nextUint32();
      // v·n < 2^8 · 2^8: the high part `m >>> 8` is below n and the low byte is `m & 255`.
      let m = (w & 255) * n;
      if ((m & 255) >= t) out[i++] = map[m >>> 8]!;
      m = ((w >>> 8) & 255) * n;
      if ((m & 255) >= t) out[i++] = map[m >>> 8]!;
      m = ((w >>> 16) & 255) * n;
      if ((m & 255) >= t) out[i++] = map[m >>> 8]!;
      m = (w >>> 24) * n;
      if ((m & 255) >= t) out[i++] = map[m >>> 8]!;
    }
    return;
  }
  while (i < size) {
    const w = src.nextUint32();
    // v·n < 2^16 · 2^16 = 2^32: exact in a double, and `>>>`/`&` see it whole.
    let m = (w & 0xffff) * n;
    if ((m & 0xffff) >= t) out[i++] = map[m >>> 16]!;
    m = (w >>> 16) * n;
    if ((m & 0xffff) >= t) out[i++] = map[m >>> 16]!;
  }
}

/** Symbol tables prepared once per alphabet. */
export interface Symbols {
  list: readonly string[];
  /** UTF-16 code of each symbol, when every symbol is one code unit; otherwise undefined. */
  codes: Uint16Array | undefined;
  /** `[0, 1, …, n-1]`, for alphabets with symbols outside the Basic Multilingual Plane. */
  index: Uint16Array | undefined;
  /** Pair tables for {@link sample21}, built on first use. */
  pairs: Pairs | undefined;
}

/** For every `q < n²`, the codes of symbols `⌊q/n⌋` (`hi`) and `q mod n` (`lo`); `t = 2^16 mod n²`. */
interface Pairs {
  nn: number;
  t: number;
  hi: Uint16Array;
  lo: Uint16Array;
}

/** Largest alphabet with pair tables: 63² = 3,969 pairs, 15,876 bytes of tables. */
const MAX_PAIRED = 63;

function pairsOf(codes: Uint16Array): Pairs {
  const n = codes.length;
  const nn = n * n;
  const hi = new Uint16Array(nn);
  const lo = new Uint16Array(nn);
  for (let q = 0; q < nn; q++) {
    hi[q] = codes[Math.floor(q / n)]!;
    lo[q] = codes[q % n]!;
  }
  return { nn, t: 65536 % nn, hi, lo };
}

const prepared = new WeakMap<readonly string[], Symbols>();

/** Prepares (and remembers) the tables of a validated symbol list. */
export function prepare(list: readonly string[]): Symbols {
  let s = prepared.get(list);
  if (s === undefined) {
    const single = list.every((c) => c.length === 1);
    s = {
      list,
      codes: single ? Uint16Array.from(list, (c) => c.charCodeAt(0)) : undefined,
      index: single ? undefined : Uint16Array.from(list, (_c, i) => i),
      pairs: undefined,
    };
    prepared.set(list, s);
  }
  return s;
}

/**
 * The default 21 symbols from an alphabet of at most {@link MAX_PAIRED} (not a power of two),
 * straight into one call with no scratch. Each 16-bit lane gives a pair: the rule at {@link Plan}
 * applied to `n²` pairs keeps a uniform `q < n²` (`t = 2^16 mod n²`), and `⌊q/n⌋`, `q mod n` are
 * then two uniform, independent symbols. Eleven lanes give 22 symbols, of which the last is unused.
 * A batch with any discarded lane is dropped whole and a fresh one drawn: batches are independent,
 * so the batch kept is uniform over the batches whose every lane is kept, which leaves each lane
 * uniform and independent. `t < n² < 2^12` keeps a batch with probability above `(15/16)^11 > 0.49`.
 */
export function sample21(src: RandomSource, pairs: Pairs): string {
  const { nn, t, hi, lo } = pairs;
  for (;;) {
    const a = src.nextUint32();
    const b = src.nextUint32();
    const c = src.nextUint32();
    const d = src.nextUint32();
    const e = src.nextUint32();
    const f = src.nextUint32();
    // v·n² < 2^16 · 2^12: exact, and `>>>`/`&` see it whole.
    const m0 = (a & 0xffff) * nn;
    const m1 = (a >>> 16) * nn;
    const m2 = (b & 0xffff) * nn;
    const m3 = (b >>> 16) * nn;
    const m4 = (c & 0xffff) * nn;
    const m5 = (c >>> 16) * nn;
    const m6 = (d & 0xffff) * nn;
    const m7 = (d >>> 16) * nn;
    const m8 = (e & 0xffff) * nn;
    const m9 = (e >>> 16) * nn;
    const m10 = (f & 0xffff) * nn;
    // `(m & 0xffff) - t` is negative exactly for a discarded lane, and OR keeps any sign bit.
    if (
      (((m0 & 0xffff) - t) |
        ((m1 & 0xffff) - t) |
        ((m2 & 0xffff) - t) |
        ((m3 & 0xffff) - t) |
        ((m4 & 0xffff) - t) |
        ((m5 & 0xffff) - t) |
        ((m6 & 0xffff) - t) |
        ((m7 & 0xffff) - t) |
        ((m8 & 0xffff) - t) |
        ((m9 & 0xffff) - t) |
        ((m10 & 0xffff) - t)) >=
      0
    ) {
      const q0 = m0 >>> 16;
      const q1 = m1 >>> 16;
      const q2 = m2 >>> 16;
      const q3 = m3 >>> 16;
      const q4 = m4 >>> 16;
      const q5 = m5 >>> 16;
      const q6 = m6 >>> 16;
      const q7 = m7 >>> 16;
      const q8 = m8 >>> 16;
      const q9 = m9 >>> 16;
      const q10 = m10 >>> 16;
      return fcc(
        hi[q0]!,
        lo[q0]!,
        hi[q1]!,
        lo[q1]!,
        hi[q2]!,
        lo[q2]!,
        hi[q3]!,
        lo[q3]!,
        hi[q4]!,
        lo[q4]!,
        hi[q5]!,
        lo[q5]!,
        hi[q6]!,
        lo[q6]!,
        hi[q7]!,
        lo[q7]!,
        hi[q8]!,
        lo[q8]!,
        hi[q9]!,
        lo[q9]!,
        hi[q10]!,
      );
    }
  }
}

/** The pair tables of `symbols` if {@link sample21} serves it (built on first use), else undefined. */
export function pairsFor(plan: Plan, symbols: Symbols): Pairs | undefined {
  const codes = symbols.codes;
  if (codes === undefined || plan.bits !== 0 || plan.n > MAX_PAIRED) return undefined;
  return (symbols.pairs ??= pairsOf(codes));
}

/** `size` uniform symbols from `symbols` (one entry per symbol; `symbols.list.length === plan.n`). */
export function sample(src: RandomSource, plan: Plan, symbols: Symbols, size: number): string {
  const codes = symbols.codes;
  if (size === 21) {
    const pairs = pairsFor(plan, symbols);
    if (pairs !== undefined) return sample21(src, pairs);
  }
  if (codes !== undefined && size <= 64) {
    const part = scratchOf(size);
    fillIndexes(src, plan, codes, part.codes, size);
    return build(part);
  }
  let out = '';
  for (let done = 0; done < size; done += CHUNK) {
    const len = Math.min(CHUNK, size - done);
    const part = scratchOf(len);
    if (codes !== undefined) {
      fillIndexes(src, plan, codes, part.codes, len);
      out += build(part);
    } else {
      fillIndexes(src, plan, symbols.index!, part.codes, len);
      const list = symbols.list;
      for (let i = 0; i < len; i++) out += list[part.codes[i]!]!;
      part.wipe.fill(0);
    }
  }
  return out;
}

/**
 * UTF-16 codes of {@link URL_ALPHABET}: a packed array of small integers (the fastest table to
 * index), made once at load so that the JIT can embed it.
 */
const URL_CODES: readonly number[] = /* @__PURE__ */ Array.from(URL_ALPHABET, (c) => c.charCodeAt(0));

/**
 * The default 21 symbols from four words, straight into one call: no scratch to fill or wipe. 64 is a
 * power of two, so every 6-bit field of a uniform word is a uniform symbol and nothing is rejected;
 * the 21 fields take 126 bits (two span two words; the top 2 bits of `d` are dropped), and
 * disjoint bit fields of uniform words are uniform and independent.
 */
export function url21(a: number, b: number, c: number, d: number): string {
  const t = URL_CODES;
  return fcc(
    t[a & 63]!,
    t[(a >>> 6) & 63]!,
    t[(a >>> 12) & 63]!,
    t[(a >>> 18) & 63]!,
    t[(a >>> 24) & 63]!,
    t[(a >>> 30) | ((b & 15) << 2)]!,
    t[(b >>> 4) & 63]!,
    t[(b >>> 10) & 63]!,
    t[(b >>> 16) & 63]!,
    t[(b >>> 22) & 63]!,
    t[(b >>> 28) | ((c & 3) << 4)]!,
    t[(c >>> 2) & 63]!,
    t[(c >>> 8) & 63]!,
    t[(c >>> 14) & 63]!,
    t[(c >>> 20) & 63]!,
    t[c >>> 26]!,
    t[d & 63]!,
    t[(d >>> 6) & 63]!,
    t[(d >>> 12) & 63]!,
    t[(d >>> 18) & 63]!,
    t[(d >>> 24) & 63]!,
  );
}

/**
 * A `size`-symbol ID over {@link URL_ALPHABET} (the only alphabet passed): 21 symbols by
 * {@link url21}, other sizes five 6-bit fields a word (the same argument as there).
 */
export function urlId(src: RandomSource, _alphabet: typeof URL_ALPHABET, size: number): string {
  // Arguments are evaluated left to right: the words in the order they are drawn.
  if (size === 21) return url21(src.nextUint32(), src.nextUint32(), src.nextUint32(), src.nextUint32());
  const t = URL_CODES;
  let out = '';
  for (let done = 0; done < size; done += CHUNK) {
    const n = Math.min(CHUNK, size - done);
    const part = scratchOf(n);
    const c = part.codes;
    let i = 0;
    for (; i + 5 <= n; i += 5) {
      const w = src.nextUint32();
      c[i] = t[w & 63]!;
      c[i + 1] = t[(w >>> 6) & 63]!;
      c[i + 2] = t[(w >>> 12) & 63]!;
      c[i + 3] = t[(w >>> 18) & 63]!;
      c[i + 4] = t[(w >>> 24) & 63]!;
    }
    if (i < n) {
      let w = src.nextUint32();
      for (; i < n; i++, w >>>= 6) c[i] = t[w & 63]!;
    }
    out += build(part);
  }
  return out;
}
