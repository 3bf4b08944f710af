/**
 * Tokens with a requested minimum entropy in any encoding or alphabet, and their exact entropy.
 * @module
 */
import { type TokenOptions, tokenPlan } from '../entropy/plan.js';
import { planFor, prepare, sample } from '../ids/sampler.js';
import { systemSource } from '../source/system.js';

export type { TokenEncoding, TokenOptions } from '../entropy/plan.js';

/**
 * Returns a random token with at least the requested entropy, in a built-in encoding or a custom
 * alphabet.
 *
 * The token is `L` uniform, independent symbols, where `L` is the least length with
 * `size^L >= 2^bits`, so its entropy is exactly `L * log2(size)` >= `bits` (see
 * {@link tokenEntropy}). For `hex`, `base32`, `crockford` and `base64url` this is the same as
 * encoding `L * log2(size)` random bits; for `base58`, `base62` and custom alphabets every symbol
 * is drawn directly (not a re-encoding of bytes, whose first symbol would not be uniform).
 *
 * @param options - `bits` (1–65,536, default 256) or `bytes` (`bits = 8 * bytes`); `encoding`
 *   (`'hex' | 'base64url' | 'base32' | 'crockford' | 'base58' | 'base62'`, default `'base64url'`)
 *   or `alphabet` (2 to 65,536 distinct code points).
 * @returns The token.
 * @throws {TypeError} if an option has the wrong type, is unknown, or both of `bits`/`bytes` or
 *   `encoding`/`alphabet` are given.
 * @throws {RangeError} if `bits`/`bytes` is out of range, the encoding is unknown, or the alphabet
 *   is invalid.
 * @example
 * ```ts
 * import { token } from 'secrets-ts';
 * assert.match(token(), /^[A-Za-z0-9_-]{43}$/);
 * assert.match(token({ bits: 128, encoding: 'hex' }), /^[0-9a-f]{32}$/);
 * assert.equal(token({ bits: 128, encoding: 'base58' }).length, 22);
 * assert.match(token({ bytes: 10, encoding: 'crockford' }), /^[0-9A-HJKMNP-TV-Z]{16}$/);
 * ```
 */
export function token(options?: TokenOptions): string {
  const plan = tokenPlan(options, 'token');
  return sample(systemSource(), planFor(plan.symbols.length), prepare(plan.symbols), plan.length);
}

/**
 * The exact entropy in bits of a {@link token} made with these options, and its length. Draws no
 * randomness.
 *
 * @param options - The same options as {@link token}.
 * @returns `{ bits, length }`: `length` symbols carrying exactly `bits` bits.
 * @throws {TypeError} if an option has the wrong type or is unknown.
 * @throws {RangeError} if an option is out of range.
 * @example
 * ```ts
 * import { tokenEntropy } from 'secrets-ts';
 * assert.deepEqual(tokenEntropy({ bits: 128, encoding: 'hex' }), { bits: 128, length: 32 });
 * assert.deepEqual(tokenEntropy(), { bits: 258, length: 43 });
 * assert.equal(tokenEntropy({ bits: 128, encoding: 'base62' }).length, 22);
 * ```
 */
export function tokenEntropy(options?: TokenOptions): { bits: number; length: number } {
  const plan = tokenPlan(options, 'tokenEntropy');
  return { bits: plan.bits, length: plan.length };
}
