/**
 * HOTP/TOTP, otpauth URIs and OTP secrets.
 * @module
 */
export { hotp, totp, otpSecret, verifyTotp, verifyHotp } from './otp.js';
export { hotpSync, totpSync, verifyTotpSync, verifyHotpSync } from './sync.js';
export type {
  HotpOptions,
  TotpOptions,
  VerifyTotpOptions,
  VerifyHotpOptions,
  TotpVerifyResult,
  HotpVerifyResult,
} from './otp.js';
export { otpauthUri, parseOtpauthUri } from './uri.js';
export type { OtpauthTotp, OtpauthHotp, OtpauthParams, OtpauthUriOptions } from './uri.js';
export { SubtleCryptoUnavailableError } from './webcrypto.js';
export type { OtpAlgorithm } from './webcrypto.js';
