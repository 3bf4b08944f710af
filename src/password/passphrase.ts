/**
 * Passphrases: words drawn uniformly and independently (with replacement) from a wordlist, by
 * default the EFF long list without its four hyphenated words (7,772 words, 12.92 bits each).
 * @module
 */
import { aint, abool, afinite, aoptions, astring, item, rangeError, typeError } from '../_assert.js';
import { randbelowNumber } from '../random/core.js';
import type { RandomSource } from '../source/source.js';
import { systemSource } from '../source/system.js';
import { effLargeWordsInternal } from '../wordlists/eff-large.js';

/** Options of {@link passphrase} and {@link passphraseEntropy}. */
export interface PassphraseOptions {
  /** Number of words, 1 to 1024. Not together with `bits`. */
  words?: number;
  /** Minimum entropy in bits: the fewest words reaching it are used (default 64). Not with `words`. */
  bits?: number;
  /** Put between words (default `'-'`); no word may contain any of its characters. */
  separator?: string;
  /** Upper-case the first character of every word (default `false`). */
  capitalize?: boolean;
  /** Append one random digit `0`–`9` to the end of one uniformly chosen word (default `false`). */
  digit?: boolean;
  /** Append one random symbol of ``!#$%&*+/:;=?@^_~`` to the end of one uniformly chosen word (after the digit if both land there). */
  symbol?: boolean;
  /** A custom list: 2 to 2^20 distinct non-empty strings. */
  wordlist?: readonly string[];
}

export const MAX_WORDS = 1024;
const MAX_LIST = 1 << 20;
const DEFAULT_BITS = 64;
/** The symbols `symbol: true` draws from (16, so exactly 4 bits): shell- and URL-tame, no '-' or space. */
export const PASSPHRASE_SYMBOLS = '!#$%&*+/:;=?@^_~';
const DIGITS = '0123456789';
const KEYS = ['words', 'bits', 'separator', 'capitalize', 'digit', 'symbol', 'wordlist'];

/** What is known of a list (as used, i.e. after capitalization) to prove outputs unambiguous. */
interface ListFacts {
  words: readonly string[];
  /** Every code point that occurs in some word. */
  chars: Set<string>;
  /** First code points of the words, and code points occurring after the first. */
  firsts: Set<string>;
  inner: Set<string>;
}

export interface PhrasePlan {
  words: readonly string[];
  count: number;
  separator: string;
  digit: boolean;
  symbol: boolean;
  bits: number;
}

const capitalize = (w: string): string => {
  const first = String.fromCodePoint(w.codePointAt(0)!);
  return first.toUpperCase() + w.slice(first.length);
};

function facts(list: readonly string[], cap: boolean, fn: string): ListFacts {
  const raw = new Set<string>();
  for (const w of list) {
    if (raw.has(w))
      throw new RangeError(`${fn}: the wordlist has ${JSON.stringify(w)} more than once (it would be over-weighted)`);
    raw.add(w);
  }
  const words = cap ? list.map(capitalize) : list;
  const seen = cap ? new Set<string>() : raw;
  const chars = new Set<string>();
  const firsts = new Set<string>();
  const inner = new Set<string>();
  for (const w of words) {
    if (cap) {
      if (seen.has(w)) {
        throw new RangeError(
          `${fn}: with capitalize, two words of the wordlist become ${JSON.stringify(w)}, so the passphrases would not be distinct`,
        );
      }
      seen.add(w);
    }
    let first = true;
    for (const ch of w) {
      chars.add(ch);
      (first ? firsts : inner).add(ch);
      first = false;
    }
  }
  return { words, chars, firsts, inner };
}

let effFacts: ListFacts | undefined;
let effCapFacts: ListFacts | undefined;

function checkList(value: unknown, fn: string): readonly string[] {
  if (!Array.isArray(value)) return typeError(fn, 'options.wordlist', 'an array of strings', value);
  const n = value.length;
  if (n < 2 || n > MAX_LIST) {
    throw new RangeError(`${fn}: options.wordlist must have from 2 to ${MAX_LIST} words, got ${n}`);
  }
  const list = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const w = item(value, i);
    if (typeof w !== 'string') return typeError(fn, `options.wordlist[${i}]`, 'a string', w);
    if (w.length === 0) return rangeError(fn, `options.wordlist[${i}]`, 'a non-empty word', w);
    list[i] = w;
  }
  return list;
}

/** log2 of the number of distinct passphrases: N^k, times 10k for the digit and 16k for the symbol. */
/**
 * Bits of `k` words drawn with replacement from `n`, plus one digit (10 values) and one symbol (16)
 * each appended to one of the `k` words.
 * @internal
 */
export function entropyOf(n: number, k: number, digit: boolean, symbol: boolean): number {
  return k * Math.log2(n) + (digit ? Math.log2(10 * k) : 0) + (symbol ? Math.log2(16 * k) : 0);
}

/**
 * The number of words: `words` if given, else the fewest that reach `bits` (default 64).
 * @internal
 */
export function phraseWords(
  n: number,
  wordsRaw: unknown,
  bitsRaw: unknown,
  digit: boolean,
  symbol: boolean,
  fn: string,
  prefix = 'options.',
): number {
  if (wordsRaw !== undefined && bitsRaw !== undefined) {
    throw new RangeError(`${fn}: give ${prefix}words or ${prefix}bits, not both`);
  }
  if (wordsRaw !== undefined) return aint(wordsRaw, fn, `${prefix}words`, 1, MAX_WORDS);
  const bits = bitsRaw === undefined ? DEFAULT_BITS : afinite(bitsRaw, fn, `${prefix}bits`);
  if (!(bits > 0)) rangeError(fn, `${prefix}bits`, 'positive', bits);
  let count = 1;
  while (entropyOf(n, count, digit, symbol) < bits) {
    if (++count > MAX_WORDS) {
      rangeError(fn, `${prefix}bits`, `reachable with at most ${MAX_WORDS} words of this list`, bits);
    }
  }
  return count;
}

/**
 * Validates the options and proves that distinct draws give distinct strings, so that the reported
 * entropy is exact: words (as capitalized) are distinct, no word contains a character of the
 * separator or of the appended digit/symbol, and with an empty separator each word starts with a
 * character no word has elsewhere (so the boundaries stay visible).
 * @internal
 */
export function phrasePlan(options: unknown, fn: string): PhrasePlan {
  const o = aoptions<Record<string, unknown>>(options, fn, KEYS);
  const wordsRaw = o.words;
  const bitsRaw = o.bits;
  const sepRaw = o.separator;
  const capRaw = o.capitalize;
  const digitRaw = o.digit;
  const symbolRaw = o.symbol;
  const listRaw = o.wordlist;
  const separator = sepRaw === undefined ? '-' : astring(sepRaw, fn, 'options.separator');
  if (separator.length > 64) rangeError(fn, 'options.separator', 'at most 64 characters long', separator);
  const cap = capRaw === undefined ? false : abool(capRaw, fn, 'options.capitalize');
  const digit = digitRaw === undefined ? false : abool(digitRaw, fn, 'options.digit');
  const symbol = symbolRaw === undefined ? false : abool(symbolRaw, fn, 'options.symbol');
  let f: ListFacts;
  if (listRaw === undefined) {
    f = cap
      ? (effCapFacts ??= facts(effLargeWordsInternal(), true, fn))
      : (effFacts ??= facts(effLargeWordsInternal(), false, fn));
  } else f = facts(checkList(listRaw, fn), cap, fn);
  const n = f.words.length;
  const count = phraseWords(n, wordsRaw, bitsRaw, digit, symbol, fn);
  const clash = (set: string, what: string): void => {
    for (const ch of set) {
      if (f.chars.has(ch)) {
        throw new RangeError(
          `${fn}: ${JSON.stringify(ch)} of ${what} also occurs in a word of the wordlist, so different passphrases could read the same`,
        );
      }
    }
  };
  if (separator.length > 0) clash(separator, 'options.separator');
  else {
    for (const ch of f.firsts) {
      if (f.inner.has(ch)) {
        throw new RangeError(
          `${fn}: with an empty separator every word must start with a character that no word has elsewhere ` +
            `(${JSON.stringify(ch)} does not), or word boundaries would be lost; use capitalize with a lowercase list, or a separator`,
        );
      }
    }
  }
  if (digit) {
    clash(DIGITS, 'options.digit');
    for (const ch of separator)
      if (DIGITS.includes(ch)) rangeError(fn, 'options.separator', 'free of digits when digit is true', separator);
  }
  if (symbol) {
    clash(PASSPHRASE_SYMBOLS, 'options.symbol');
    for (const ch of separator) {
      if (PASSPHRASE_SYMBOLS.includes(ch)) {
        rangeError(fn, 'options.separator', `free of the symbols ${PASSPHRASE_SYMBOLS} when symbol is true`, separator);
      }
    }
  }
  return { words: f.words, count, separator, digit, symbol, bits: entropyOf(n, count, digit, symbol) };
}

/**
 * Draws a passphrase: the words, then the digit's word and value, then the symbol's word and value.
 * @internal
 */
export function drawPhrase(plan: PhrasePlan, src: RandomSource): string {
  const { words, count } = plan;
  const n = words.length;
  const out = new Array<string>(count);
  for (let i = 0; i < count; i++) out[i] = words[randbelowNumber(src, n)]!;
  if (plan.digit) {
    const at = randbelowNumber(src, count);
    out[at] += DIGITS[randbelowNumber(src, 10)]!;
  }
  if (plan.symbol) {
    const at = randbelowNumber(src, count);
    out[at] += PASSPHRASE_SYMBOLS[randbelowNumber(src, 16)]!;
  }
  return out.join(plan.separator);
}

/**
 * Returns a random passphrase of words drawn uniformly and independently (with replacement).
 *
 * The default is the fewest words reaching 64 bits (5 words of the 7,772-word EFF long list,
 * 64.62 bits) joined by `'-'`. `digit` and `symbol` each append one character to one uniformly
 * chosen word. The options are checked so that different draws can never give the same string,
 * which makes {@link passphraseEntropy} exact.
 *
 * @param options - {@link PassphraseOptions}.
 * @returns The passphrase.
 * @throws {TypeError} if an option has the wrong type or is unknown.
 * @throws {RangeError} if `words` is outside 1–1024, `bits` is not positive or needs more than 1024
 *   words, both are given, the wordlist is too short, has duplicates or empty words, or a word
 *   contains a character of the separator (or of the digit/symbol), or words could run together.
 * @example
 * ```ts
 * import { passphrase } from 'secrets-ts';
 * assert.equal(passphrase().split('-').length, 5);
 * const p = passphrase({ words: 4, separator: ' ', capitalize: true, digit: true });
 * assert.match(p, /^[A-Z][a-z]*[0-9]?( [A-Z][a-z]*[0-9]?){3}$/);
 * assert.match(passphrase({ wordlist: ['yes', 'no'], words: 3 }), /^(yes|no)(-(yes|no)){2}$/);
 * ```
 */
export function passphrase(options?: PassphraseOptions | null): string {
  return drawPhrase(phrasePlan(options, 'passphrase'), systemSource());
}

/**
 * Returns the exact entropy in bits of {@link passphrase} with the same options: `log2` of the
 * number of equally likely distinct passphrases, `words · log2(N)` plus `log2(10 · words)` for
 * `digit` and `log2(16 · words)` for `symbol`.
 *
 * @param options - {@link PassphraseOptions}, validated as by {@link passphrase}.
 * @returns The entropy in bits.
 * @throws {TypeError} as {@link passphrase}.
 * @throws {RangeError} as {@link passphrase}.
 * @example
 * ```ts
 * import { passphraseEntropy } from 'secrets-ts';
 * assert.equal(passphraseEntropy({ words: 1 }), Math.log2(7772));
 * assert.equal(passphraseEntropy({ wordlist: ['a', 'b'], words: 8 }), 8);
 * assert.ok(passphraseEntropy() >= 64);
 * ```
 */
export function passphraseEntropy(options?: PassphraseOptions | null): number {
  return phrasePlan(options, 'passphraseEntropy').bits;
}
