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

/** `size` uniform symbols from `symbols` (one entry per symbol; `symbols.length === plan.n`). */
export function sample(src: RandomSource, plan: Plan, symbols: readonly string[], size: number): string {
  let out = '';
  let i = 0;
  if (plan.bits !== 0) {
    const bits = plan.bits;
    const mask = plan.n - 1;
    const per = plan.perWord;
    while (i < size) {
      let w = src.nextUint32() >>> plan.shift;
      const end = Math.min(size, i + per);
      for (; i < end; i++, w >>>= bits) out += symbols[w & mask]!;
    }
    return out;
  }
  const { n, limit, perWord, shift } = plan;
  while (i < size) {
    let w = src.nextUint32() >>> shift;
    while (w >= limit) w = src.nextUint32() >>> shift;
    const end = Math.min(size, i + perWord);
    for (; i < end; i++) {
      // w < 2^32, so the float quotient is within 2^-21 of its true value and truncation is exact.
      const q = (w / n) >>> 0;
      out += symbols[w - q * n]!;
      w = q;
    }
  }
  return out;
}

/** Pairs of URL-alphabet symbols for every 12-bit value: one lookup per two symbols. */
let pairs: string[] | undefined;

/**
 * A 64-symbol ID. 64 is a power of two, so every 6-bit field of a uniform word is a uniform symbol
 * and nothing is rejected: each word gives two 12-bit pairs and one 6-bit symbol (bits 24–25 are
 * dropped, which removes no uniformity).
 */
export function urlId(src: RandomSource, alphabet: string, size: number): string {
  const p = (pairs ??= Array.from({ length: 4096 }, (_, v) => alphabet[v & 63]! + alphabet[v >> 6]!));
  let out = '';
  let i = 0;
  for (; i + 5 <= size; i += 5) {
    const w = src.nextUint32();
    out += p[w & 4095]! + p[(w >>> 12) & 4095]! + alphabet[w >>> 26]!;
  }
  if (i < size) {
    let w = src.nextUint32();
    for (; i < size; i++, w >>>= 6) out += alphabet[w & 63]!;
  }
  return out;
}
