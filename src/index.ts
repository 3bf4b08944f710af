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

// OTP: HOTP/TOTP, otpauth URIs, OTP secrets; reset links and session keys.
export {
  hotp,
  totp,
  otpSecret,
  verifyTotp,
  verifyHotp,
  hotpSync,
  totpSync,
  verifyTotpSync,
  verifyHotpSync,
  otpauthUri,
  parseOtpauthUri,
  SubtleCryptoUnavailableError,
} from './otp/index.js';
export type {
  OtpAlgorithm,
  HotpOptions,
  TotpOptions,
  VerifyTotpOptions,
  VerifyHotpOptions,
  TotpVerifyResult,
  HotpVerifyResult,
  OtpauthTotp,
  OtpauthHotp,
  OtpauthParams,
  OtpauthUriOptions,
} from './otp/index.js';
export { sessionKey, createResetLink, parseResetToken, verifyResetToken } from './reset/index.js';
export type { ResetRecord, ResetLink, ResetLinkOptions, ResetVerifyResult } from './reset/index.js';
// random: Python's random.Random API (RandomBase), SystemRandom and its module-level functions.
export { RandomBase } from './random/random-base.js';
export type { ChoicesOptions, MutableSequence, SampleOptions } from './random/random-base.js';
export {
  SystemRandom,
  systemRandom,
  seed,
  getstate,
  setstate,
  random,
  uniform,
  triangular,
  randint,
  randrange,
  getrandbits,
  randbytes,
  choices,
  sample,
  shuffle,
  gauss,
  normalvariate,
  lognormvariate,
  expovariate,
  vonmisesvariate,
  gammavariate,
  betavariate,
  paretovariate,
  weibullvariate,
  binomialvariate,
} from './random/system-random.js';
// IDs, tokens, UUIDs and the entropy maths.
export { id, customAlphabet, URL_ALPHABET, MAX_ID_SIZE } from './ids/index.js';
export type { IdGenerator } from './ids/index.js';
export { token, tokenEntropy } from './encoding/token.js';
export type { TokenEncoding, TokenOptions } from './encoding/token.js';
export { uuid4, uuid7, uuid5, isUuid, parseUuid } from './uuid/index.js';
export type { ParsedUuid, UuidNamespace, UuidVariant } from './uuid/index.js';
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
  PasswordDescriptor,
  PassphraseDescriptor,
  Attacker,
  CrackTime,
  CrackTimeOptions,
  Space,
} from './entropy/index.js';
// Passwords, passphrases and PINs.
export { password, passwordSpace, passwordEntropy, pin } from './password/index.js';
export type { PasswordPolicy, PasswordClass } from './password/index.js';
export { passphrase, passphraseEntropy } from './password/passphrase.js';
export type { PassphraseOptions } from './password/passphrase.js';
export type { WordlistInfo } from './wordlists/types.js';
