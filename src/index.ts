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

// IDs, tokens, UUIDs and the entropy maths.
export { id, customAlphabet, URL_ALPHABET, MAX_ID_SIZE } from './ids/index.js';
export type { IdGenerator } from './ids/index.js';
export { token, tokenEntropy } from './encoding/token.js';
export type { TokenEncoding, TokenOptions } from './encoding/token.js';
export { uuid4, uuid7, isUuid, parseUuid } from './uuid/index.js';
export type { ParsedUuid, UuidVariant } from './uuid/index.js';
export {
  entropyBits,
  crackTime,
  formatDuration,
  collisionProbability,
  noCollisionProbability,
  drawsForCollisionProbability,
  timeToCollision,
  ATTACKERS,
} from './entropy/index.js';
export type {
  EntropyDescriptor,
  AlphabetDescriptor,
  IdDescriptor,
  TokenDescriptor,
  Uuid4Descriptor,
  Uuid7Descriptor,
  Attacker,
  CrackTime,
  CrackTimeOptions,
  Space,
} from './entropy/index.js';
