/**
 * Wordlist metadata type.
 * @module
 */

/** Where a wordlist comes from and what it is worth. */
export interface WordlistInfo {
  /** Short name, e.g. `'eff-large'`. */
  readonly name: string;
  /** Number of distinct words. */
  readonly size: number;
  /** `log2(size)`: the entropy of one uniformly drawn word. */
  readonly bitsPerWord: number;
  /** Licence of the list itself (not of any package that carried it). */
  readonly license: string;
  /** Who must be credited. */
  readonly attribution: string;
  /** Where the list was taken from, with the exact version. */
  readonly source: string;
  /** SHA-256 (hex) of the source file as published. */
  readonly sourceSha256: string;
  /** SHA-256 (hex) of the shipped list: every word followed by `'\n'`. */
  readonly sha256: string;
  /** Words of the source left out, and why they were (see the docs). */
  readonly removed: readonly string[];
}
