/**
 * Crockford's base32 (https://www.crockford.com/base32.html): digits and upper-case letters
 * without I, L, O and U.
 * @internal
 * @module
 */
import { bytesToBase32 } from './base32.js';

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Encodes bytes as Crockford base32, most significant bits first, unpadded. */
export function bytesToCrockford(bytes: Uint8Array): string {
  return bytesToBase32(bytes, CROCKFORD_ALPHABET);
}

/**
 * Decodes Crockford base32 as the spec asks: case-insensitive, `O` read as `0`, `I` and `L` read
 * as `1`, hyphens ignored. Returns `undefined` for any other character or non-zero unused bits.
 */
export function crockfordToBytes(text: string): Uint8Array | undefined {
  const s = text.replace(/-/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  if ([1, 3, 6].includes(s.length % 8)) return undefined;
  const out = new Uint8Array(Math.floor((s.length * 5) / 8));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    const v = CROCKFORD_ALPHABET.indexOf(s[i]!);
    if (v < 0) return undefined;
    acc = ((acc << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 255;
    }
  }
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) return undefined;
  return out;
}
