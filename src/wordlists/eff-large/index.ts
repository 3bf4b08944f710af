/**
 * `secrets-ts/wordlists/eff-large`: the EFF long wordlist (7,772 words without its four hyphenated
 * ones) with its provenance. `passphrase()` uses it by default; import it here to inspect it or to
 * pass it on. Licence: CC BY 3.0 US, Electronic Frontier Foundation (see NOTICE).
 * @module
 */
import { EFF_LARGE_INFO, effLargeWordsInternal } from '../eff-large.js';
import type { WordlistInfo } from '../types.js';

export type { WordlistInfo } from '../types.js';

/**
 * Provenance and size of the list: name, size (7,772), bits per word, licence, attribution, source
 * package and file, SHA-256 of that file and of the shipped list, and the removed words.
 *
 * @example
 * ```ts
 * import { EFF_LARGE } from 'secrets-ts/wordlists/eff-large';
 * assert.equal(EFF_LARGE.size, 7772);
 * assert.equal(EFF_LARGE.license, 'CC BY 3.0 US');
 * ```
 */
export const EFF_LARGE: WordlistInfo = EFF_LARGE_INFO;

/**
 * Returns the 7,772 words of the EFF long list in the EFF order, as a frozen array (split from one
 * string on first use).
 *
 * @returns The frozen word array.
 * @throws {TypeError} never; the list takes no input.
 * @example
 * ```ts
 * import { effLargeWords } from 'secrets-ts/wordlists/eff-large';
 * const words = effLargeWords();
 * assert.equal(words.length, 7772);
 * assert.equal(words[0], 'abacus');
 * assert.ok(words.every((w) => /^[a-z]+$/.test(w)));
 * ```
 */
export function effLargeWords(): readonly string[] {
  return effLargeWordsInternal();
}
