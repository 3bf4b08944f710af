/**
 * Uniform strings over any alphabet of 2 to 65,536 symbols, written against {@link RandomSource}.
 * @internal
 * @module
 */
import type { RandomSource } from '../source/source.js';

/**
 * How one 32-bit word becomes symbols. Each accepted word yields `perWord` symbols, the base-`n`
 * digits of the word.
 *
 * Why it is unbiased: a word `w` is accepted only below `limit`, a multiple of `m = n^perWord`, so
 * an accepted `w` is uniform on `[0, limit)`, hence `w mod m` is uniform on `[0, m)`, and the
 * `perWord` base-`n` digits of a uniform value below `n^perWord` are independent and uniform.
 * Rejected words are discarded whole, which only removes patterns. When `n` is a power of two,
 * `m` divides 2^32 (or `limit = 2^32`), nothing is ever rejected and the digits are plain bit
 * fields.
 */
export interface Plan {
  n: number;
  /** log2(n) when n is a power of two, else 0. */
  bits: number;
  perWord: number;
  limit: number;
  /** Right shift applied to every word: 0 in the library; tests use 24 to enumerate 8-bit words. */
  shift: number;
}

/**
 * Picks `perWord` to maximise symbols per word drawn, `perWord * limit / 2^W` (the acceptance
 * rate times the digits kept), over every `perWord` with `n^perWord <= 2^W`.
 */
export function planFor(n: number, wordBits = 32): Plan {
  const W = 2 ** wordBits;
  const shift = 32 - wordBits;
  if ((n & (n - 1)) === 0) {
    const bits = 31 - Math.clz32(n);
    return { n, bits, perWord: Math.floor(wordBits / bits), limit: W, shift };
  }
  let best = { perWord: 1, limit: Math.floor(W / n) * n, rate: 0 };
  for (let k = 1, m = n; m <= W; k++, m *= n) {
    const limit = Math.floor(W / m) * m;
    const rate = (k * limit) / W;
    if (rate > best.rate) best = { perWord: k, limit, rate };
  }
  return { n, bits: 0, perWord: best.perWord, limit: best.limit, shift };
}

const fcc = String.fromCharCode;

/** Longest run built by one `String.fromCharCode` call (engines cap the argument count). */
const CHUNK = 4096;

/** Reused code buffers, one per length up to 64 (at most 4 KiB in all); wiped after every use. */
const scratch = new Map<number, Uint16Array>();
let last: Uint16Array = new Uint16Array(21);
function codesOf(length: number): Uint16Array {
  if (length === last.length) return last;
  if (length > 64) return new Uint16Array(length);
  let a = scratch.get(length);
  if (a === undefined) scratch.set(length, (a = new Uint16Array(length)));
  return (last = a);
}

/** One string from a full code buffer: a fixed-arity call for the common 21, a spread otherwise. */
function build(c: Uint16Array): string {
  const s =
    c.length === 21
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
        fcc.apply(null, c as unknown as number[]);
  // The scratch must not keep a copy of the output once the caller has dropped it.
  for (let i = 0; i < c.length; i++) c[i] = 0;
  return s;
}

/** Fills `out` with uniform indexes below `plan.n` (the digit extraction documented at {@link Plan}). */
function fillIndexes(src: RandomSource, plan: Plan, map: Uint16Array, out: Uint16Array): void {
  const size = out.length;
  let i = 0;
  if (plan.bits !== 0) {
    const bits = plan.bits;
    const mask = plan.n - 1;
    const per = plan.perWord;
    while (i < size) {
      let w = src.nextUint32() >>> plan.shift;
      const end = Math.min(size, i + per);
      for (; i < end; i++, w >>>= bits) out[i] = map[w & mask]!;
    }
    return;
  }
  const { n, limit, perWord, shift } = plan;
  while (i < size) {
    let w = src.nextUint32() >>> shift;
    while (w >= limit) w = src.nextUint32() >>> shift;
    const end = Math.min(size, i + perWord);
    for (; i < end; i++) {
      // w < 2^32: the float quotient is within 2^-21 of w/n, and a non-integer w/n is at least
      // 1/n >= 2^-16 from the next integer, so truncating it gives exactly floor(w/n).
      const q = (w / n) >>> 0;
      // The digit is below n <= 65,536: `| 0` keeps the index a small integer for fast lookups.
      out[i] = map[(w - q * n) | 0]!;
      w = q;
    }
  }
}

/** Symbol tables prepared once per alphabet. */
export interface Symbols {
  list: readonly string[];
  /** UTF-16 code of each symbol, when every symbol is one code unit; otherwise undefined. */
  codes: Uint16Array | undefined;
  /** `[0, 1, …, n-1]`, for alphabets with symbols outside the Basic Multilingual Plane. */
  index: Uint16Array | undefined;
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
    };
    prepared.set(list, s);
  }
  return s;
}

/** `size` uniform symbols from `symbols` (one entry per symbol; `symbols.list.length === plan.n`). */
export function sample(src: RandomSource, plan: Plan, symbols: Symbols, size: number): string {
  const codes = symbols.codes;
  if (codes !== undefined && size <= 64) {
    const part = codesOf(size);
    fillIndexes(src, plan, codes, part);
    return build(part);
  }
  let out = '';
  for (let done = 0; done < size; done += CHUNK) {
    const part = codesOf(Math.min(CHUNK, size - done));
    if (codes !== undefined) {
      fillIndexes(src, plan, codes, part);
      out += build(part);
    } else {
      fillIndexes(src, plan, symbols.index!, part);
      const list = symbols.list;
      for (let i = 0; i < part.length; i++) out += list[part[i]!]!;
      part.fill(0);
    }
  }
  return out;
}

/** UTF-16 codes of the URL alphabet. */
let urlCodes: Uint8Array | undefined;

/**
 * A 64-symbol ID. 64 is a power of two, so every 6-bit field of a uniform word is a uniform symbol
 * and nothing is rejected: each word gives five symbols (bits 30–31 are dropped, which removes no
 * uniformity).
 */
export function urlId(src: RandomSource, alphabet: string, size: number): string {
  const t = (urlCodes ??= Uint8Array.from(alphabet, (c) => c.charCodeAt(0)));
  if (size === 21) {
    // The default size straight from five words into one call: no scratch to fill or wipe.
    const a = src.nextUint32();
    const b = src.nextUint32();
    const c = src.nextUint32();
    const d = src.nextUint32();
    const e = src.nextUint32();
    return fcc(
      t[a & 63]!,
      t[(a >>> 6) & 63]!,
      t[(a >>> 12) & 63]!,
      t[(a >>> 18) & 63]!,
      t[(a >>> 24) & 63]!,
      t[b & 63]!,
      t[(b >>> 6) & 63]!,
      t[(b >>> 12) & 63]!,
      t[(b >>> 18) & 63]!,
      t[(b >>> 24) & 63]!,
      t[c & 63]!,
      t[(c >>> 6) & 63]!,
      t[(c >>> 12) & 63]!,
      t[(c >>> 18) & 63]!,
      t[(c >>> 24) & 63]!,
      t[d & 63]!,
      t[(d >>> 6) & 63]!,
      t[(d >>> 12) & 63]!,
      t[(d >>> 18) & 63]!,
      t[(d >>> 24) & 63]!,
      t[e & 63]!,
    );
  }
  let out = '';
  for (let done = 0; done < size; done += CHUNK) {
    const c = codesOf(Math.min(CHUNK, size - done));
    const n = c.length;
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
    out += build(c);
  }
  return out;
}
