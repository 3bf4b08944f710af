/**
 * Crockford's base32 (https://www.crockford.com/base32.html): digits and upper-case letters
 * without I, L, O and U.
 * @internal
 * @module
 */
import { bytesToBase32, decode5 } from './base32.js';

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Encodes bytes as Crockford base32, most significant bits first, unpadded. */
export function bytesToCrockford(bytes: Uint8Array): string {
  return bytesToBase32(bytes, CROCKFORD_ALPHABET);
}

/**
 * Decodes Crockford base32 as the spec asks: case-insensitive, `O` read as `0`, `I` and `L` read
 * as `1`, hyphens ignored. Returns `undefined` for any other character or non-zero unused bits.
 * Only ASCII letters are folded: `toUpperCase` would read `ſ` as `S` or `ı` as `I`.
 */
export function crockfordToBytes(text: string): Uint8Array | undefined {
  const upper = text.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 32));
  return decode5(upper.replace(/-/g, '').replace(/O/g, '0').replace(/[IL]/g, '1'), CROCKFORD_ALPHABET);
}
