/**
 * RFC 4648 §6 base32 (`A–Z2–7`), as used by OTP secrets.
 * @internal
 * @module
 */

export const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Encodes bytes as unpadded upper-case base32 (`ceil(8n/5)` characters). */
export function bytesToBase32(bytes: Uint8Array, alphabet: string = BASE32_ALPHABET): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < bytes.length; i++) {
    acc = ((acc << 8) | bytes[i]!) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += alphabet[(acc >> bits) & 31];
    }
  }
  if (bits > 0) out += alphabet[(acc << (5 - bits)) & 31];
  return out;
}

/**
 * Decodes RFC 4648 base32, accepting lower case, optional `=` padding and no padding. Returns
 * `undefined` for a character outside the alphabet, an impossible length, or non-zero unused bits.
 */
export function base32ToBytes(text: string): Uint8Array | undefined {
  return decode5(text.replace(/=+$/, '').toUpperCase(), BASE32_ALPHABET);
}

/**
 * Decodes 5-bit symbols of `alphabet` (an already normalised text). Returns `undefined` for a
 * character outside the alphabet, an impossible length, or non-zero unused bits.
 */
export function decode5(s: string, alphabet: string): Uint8Array | undefined {
  // Unpadded lengths mod 8 that RFC 4648 can produce: 0, 2, 4, 5, 7.
  if ([1, 3, 6].includes(s.length % 8)) return undefined;
  const out = new Uint8Array(Math.floor((s.length * 5) / 8));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    const v = alphabet.indexOf(s[i]!);
    if (v < 0) return undefined;
    acc = ((acc << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 255;
    }
  }
  // Canonical form only: the unused low bits of the last symbol must be zero.
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) return undefined;
  return out;
}
