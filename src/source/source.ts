/**
 * The one random-source interface. Everything random in secrets-ts is written once against it: the
 * secure pooled source implements it, and so does the reproducible Python-compatible generator (behind its own
 * import).
 * @module
 */

/**
 * A source of uniform random bits.
 *
 * - `nextUint32()` returns the next uniform integer in `[0, 2^32)`.
 * - `fillBytes(dest)` overwrites every byte of `dest` with uniform bytes.
 *
 * A source never hands out the same bits twice.
 */
export interface RandomSource {
  nextUint32(): number;
  fillBytes(dest: Uint8Array): void;
}

declare const secureBrand: unique symbol;

/**
 * A {@link RandomSource} backed by a cryptographically secure generator. The brand exists only in
 * the types: a generator that is not secure cannot be passed where a `SecureSource` is required. Only
 * `createSecureSource` makes values of this type.
 */
export interface SecureSource extends RandomSource {
  readonly [secureBrand]: true;
}
