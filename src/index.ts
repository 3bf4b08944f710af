/**
 * secrets-ts: Python's `secrets` and `random` APIs on a cryptographically secure generator.
 *
 * Everything exported here is secure. The seeded, reproducible generator lives only at
 * `secrets-ts/seeded`.
 * @module
 */
export {
  DEFAULT_ENTROPY,
  randbelow,
  randbits,
  choice,
  tokenBytes,
  tokenHex,
  tokenUrlsafe,
  compareDigest,
} from './secrets/index.js';
export { createSecureSource, SecureRandomUnavailableError } from './source/index.js';
export type { RandomSource, SecureSource, SecureSourceOptions } from './source/index.js';

// Passwords, passphrases and PINs.
export { password, passwordSpace, passwordEntropy, pin } from './password/index.js';
export type { PasswordPolicy, PasswordClass } from './password/index.js';
export { passphrase, passphraseEntropy } from './password/passphrase.js';
export type { PassphraseOptions } from './password/passphrase.js';
export type { WordlistInfo } from './wordlists/types.js';
