/**
 * Policy passwords, uniform over every password the policy allows, with their exact count and
 * entropy; and PINs.
 * @module
 */
import { aintOr } from '../_assert.js';
import { randbelowNumber } from '../random/core.js';
import { systemSource } from '../source/system.js';
import { generate, planOf } from './policy.js';

/**
 * How one character class takes part in a password:
 * - `true`: allowed, no minimum;
 * - `false`: excluded;
 * - a number `n`: at least `n` characters of the class;
 * - `{ min?, max?, chars? }`: a count range (default `0` to the length) and optionally a custom
 *   character set replacing the class's own (no duplicates; disjoint from the other classes).
 *
 * A class left out of the policy means "at least one".
 */
export type PasswordClass = boolean | number | { min?: number; max?: number; chars?: string | readonly string[] };

/** The policy of {@link password}, {@link passwordSpace} and {@link passwordEntropy}. */
export interface PasswordPolicy {
  /** Number of characters, 1 to 4096 (default 16). */
  length?: number;
  /** `a`–`z`. */
  lowercase?: PasswordClass;
  /** `A`–`Z`. */
  uppercase?: PasswordClass;
  /** `0`–`9`. */
  digits?: PasswordClass;
  /** The 32 printable ASCII punctuation characters ``!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~``. */
  symbols?: PasswordClass;
  /** Characters to leave out of every class (a string or an array of single characters). */
  exclude?: string | readonly string[];
  /** Leave out the look-alikes `0 O o 1 I l |` and the quotes `'` and `` ` `` (default `false`). */
  excludeAmbiguous?: boolean;
  /** A whole custom alphabet instead of the four classes (which must then not be given). */
  alphabet?: string | readonly string[];
}

/**
 * Returns a random password drawn uniformly from every password that satisfies `policy`.
 *
 * The default is 16 characters with at least one lowercase letter, one uppercase letter, one digit
 * and one symbol, from the 94 printable ASCII characters. Uniform means exactly uniform over the
 * valid set (never "insert the required characters, then shuffle", which over-weights passwords
 * rich in the constrained classes); {@link passwordEntropy} gives its exact size in bits. The
 * policy is validated in full before any randomness is drawn, so an impossible policy fails at once.
 *
 * @param policy - The {@link PasswordPolicy}; omitted or `null` for the default.
 * @returns A password of `policy.length` characters (code points).
 * @throws {TypeError} if the policy or one of its options has the wrong type, or names an unknown
 *   option.
 * @throws {RangeError} if the policy is impossible or degenerate: minimums adding up past the
 *   length, `min > max`, a required class with every character excluded, everything excluded,
 *   duplicate characters in a set, a character in two classes, `alphabet` together with a class,
 *   a length outside 1–4096, or a policy admitting fewer than two passwords.
 * @example
 * ```ts
 * import { password } from 'secrets-ts';
 * const p = password();
 * assert.equal(p.length, 16);
 * const q = password({ length: 10, lowercase: 1, uppercase: 1, digits: 1, symbols: 1 });
 * assert.match(q, /[a-z]/);
 * assert.match(q, /[0-9]/);
 * const pin = password({ length: 8, alphabet: '0123456789' });
 * assert.match(pin, /^[0-9]{8}$/);
 * ```
 */
export function password(policy?: PasswordPolicy | null): string {
  return generate(planOf(policy, 'password'), systemSource(), 'password');
}

/**
 * Returns the exact number of passwords that satisfy `policy`: the size of the set
 * {@link password} draws from.
 *
 * @param policy - The {@link PasswordPolicy}; omitted or `null` for the default.
 * @returns The count, as a bigint.
 * @throws {TypeError} as {@link password}.
 * @throws {RangeError} as {@link password}.
 * @example
 * ```ts
 * import { passwordSpace } from 'secrets-ts';
 * assert.equal(passwordSpace({ length: 2, alphabet: '012345689' }), 81n);
 * // One of each class in 4 characters: 4! arrangements of 26 · 26 · 10 · 32 characters.
 * assert.equal(passwordSpace({ length: 4 }), 24n * 26n * 26n * 10n * 32n);
 * assert.equal(passwordSpace({ length: 2, lowercase: false, uppercase: false, symbols: false, digits: true }), 100n);
 * ```
 */
export function passwordSpace(policy?: PasswordPolicy | null): bigint {
  return planOf(policy, 'passwordSpace').space;
}

/**
 * Returns the entropy of {@link password} under `policy` in bits: `log2` of
 * {@link passwordSpace}, exact to double precision at any size.
 *
 * Class minimums cost entropy: 10 characters over the 94 printable with one of each class give
 * about 64.81 bits, not `10 · log2(94) ≈ 65.55`.
 *
 * @param policy - The {@link PasswordPolicy}; omitted or `null` for the default.
 * @returns The entropy in bits.
 * @throws {TypeError} as {@link password}.
 * @throws {RangeError} as {@link password}.
 * @example
 * ```ts
 * import { passwordEntropy } from 'secrets-ts';
 * const bits = passwordEntropy({ length: 10, lowercase: 1, uppercase: 1, digits: 1, symbols: 1 });
 * assert.ok(bits > 64.8 && bits < 64.82);
 * assert.equal(passwordEntropy({ length: 4, alphabet: '01' }), 4);
 * ```
 */
export function passwordEntropy(policy?: PasswordPolicy | null): number {
  return planOf(policy, 'passwordEntropy').bits;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/**
 * Returns a uniform random PIN: a string of decimal digits, leading zeros included.
 *
 * @param digits - Number of digits, 1 to 64 (default 6); the entropy is `digits · log2(10)` bits.
 * @returns A string of `digits` characters `0`–`9`.
 * @throws {TypeError} if `digits` is not an integer number.
 * @throws {RangeError} if `digits` is outside 1–64.
 * @example
 * ```ts
 * import { pin } from 'secrets-ts';
 * assert.match(pin(), /^[0-9]{6}$/);
 * assert.match(pin(4), /^[0-9]{4}$/);
 * ```
 */
export function pin(digits?: number | null): string {
  const n = aintOr(digits, 6, 'pin', 'digits', 1, 64);
  const src = systemSource();
  let s = '';
  // A uniform integer below 10^m, zero-padded, is m independent uniform digits.
  for (let left = n; left > 0; left -= 9) {
    const m = Math.min(left, 9);
    s += String(randbelowNumber(src, POW10[m]!)).padStart(m, '0');
  }
  return s;
}
