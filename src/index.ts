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
