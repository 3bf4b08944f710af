export type { RandomSource, SecureSource } from './source.js';
export { createSecureSource, SecureRandomUnavailableError } from './system.js';
export type { SecureSourceOptions } from './system.js';
