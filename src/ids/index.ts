/**
 * Random IDs: nanoid-style URL-safe IDs and generators over any alphabet, unbiased for every
 * alphabet size, with every argument validated before any randomness is drawn.
 * @module
 */
import { aalphabet } from '../_assert.js';
import { DEFAULT_ID_SIZE, MAX_ID_SIZE, URL_ALPHABET, aidsize } from '../entropy/plan.js';
import { systemSource, systemWords4 } from '../source/system.js';
import { pairsFor, planFor, prepare, sample, sample21, url21, urlId } from './sampler.js';

export { URL_ALPHABET, MAX_ID_SIZE };

/**
 * Returns a random URL-safe ID: `size` symbols from {@link URL_ALPHABET} (`A–Z a–z 0–9 _ -`),
 * 6 bits each, so the default 21 symbols carry 126 bits, as a nanoid.
 *
 * @param size - Number of symbols, an integer from 1 to 1,048,576 (default 21).
 * @returns The ID.
 * @throws {TypeError} if `size` is not an integer number (`1.5`, `NaN`, `'21'`).
 * @throws {RangeError} if `size` is below 1 or above 1,048,576.
 * @example
 * ```ts
 * import { id } from 'secrets-ts';
 * assert.match(id(), /^[A-Za-z0-9_-]{21}$/);
 * assert.equal(id(8).length, 8);
 * assert.throws(() => id(0), RangeError);
 * ```
 */
export function id(size?: number): string {
  if (size === undefined) return systemWords4(url21);
  const n = aidsize(size, DEFAULT_ID_SIZE, 'id');
  return n === DEFAULT_ID_SIZE ? systemWords4(url21) : urlId(systemSource(), URL_ALPHABET, n);
}

/** A generator made by {@link customAlphabet}: `size` defaults to the size given there. */
export type IdGenerator = (size?: number) => string;

/**
 * Makes an ID generator over an alphabet. The alphabet is split into code points (so emoji
 * work) and checked once, here: 2 to 65,536 distinct symbols. Every symbol is equally likely at
 * every position, whatever the alphabet size.
 *
 * @param alphabet - A string, or an array of single code points, with no duplicates.
 * @param size - Default ID length for the generator, an integer from 1 to 1,048,576 (default 21).
 * @returns A function `(size?) => string` that validates its own `size` the same way.
 * @throws {TypeError} if `alphabet` is not a string or an array of single characters, or `size`
 *   is not an integer number.
 * @throws {RangeError} if the alphabet has fewer than 2 or more than 65,536 symbols or a repeated
 *   symbol, or `size` is out of range.
 * @example
 * ```ts
 * import { customAlphabet } from 'secrets-ts';
 * const digits = customAlphabet('0123456789', 6);
 * assert.match(digits(), /^[0-9]{6}$/);
 * assert.match(digits(10), /^[0-9]{10}$/);
 * const dice = customAlphabet('⚀⚁⚂⚃⚄⚅🎲');
 * assert.equal([...dice(5)].length, 5);
 * assert.throws(() => customAlphabet('aab'), RangeError);
 * ```
 */
export function customAlphabet(alphabet: string | readonly string[], size?: number): IdGenerator {
  const symbols = prepare(aalphabet(alphabet, 'customAlphabet', 'alphabet'));
  const dflt = aidsize(size, DEFAULT_ID_SIZE, 'customAlphabet');
  const plan = planFor(symbols.list.length);
  const pairs = dflt === DEFAULT_ID_SIZE ? pairsFor(plan, symbols) : undefined;
  // A generator of its own for the common case, so that a default call goes straight to `sample21`.
  if (pairs !== undefined) {
    return (n?: number): string =>
      n === undefined
        ? sample21(systemSource(), pairs)
        : sample(systemSource(), plan, symbols, aidsize(n, dflt, 'customAlphabet generator'));
  }
  return (n?: number): string =>
    sample(systemSource(), plan, symbols, n === undefined ? dflt : aidsize(n, dflt, 'customAlphabet generator'));
}
