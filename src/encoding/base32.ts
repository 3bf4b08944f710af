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

/** Each ASCII code's base32 value, upper and lower case alike; -1 outside the alphabet. */
const VALUES = /* @__PURE__ */ (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < 32; i++) {
    const c = BASE32_ALPHABET.charCodeAt(i);
    t[c] = i;
    // Case folding is ASCII only (A-Z and a-z differ by 32): no Unicode folding, so 'ſ' is not 'S'.
    if (c >= 65) t[c + 32] = i;
  }
  return t;
})();

/** {@link decodeBase32} failed: the length can never come out of RFC 4648 encoding. */
export const BAD_LENGTH = -1;
/** {@link decodeBase32} failed: the unused low bits of the last symbol are not zero. */
export const BAD_TAIL = -2;

/**
 * Decodes RFC 4648 base32 in one pass: either case (ASCII only), optional trailing `=` padding,
 * and ASCII spaces anywhere when `spaces` is set. Returns the bytes, or on failure a number: the
 * index of the first character that is not allowed (`>= 0`), {@link BAD_LENGTH} or
 * {@link BAD_TAIL}. Only positions are reported, so a caller can describe a bad secret without
 * showing it.
 */
export function decodeBase32(text: string, spaces: boolean): Uint8Array | number {
  const n = text.length;
  const out = new Uint8Array(Math.floor((n * 5) / 8));
  let acc = 0;
  let bits = 0;
  let j = 0;
  let symbols = 0;
  let padded = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 && spaces) continue;
    if (c === 61) {
      padded = true;
      continue;
    }
    const v = c < 128 && !padded ? VALUES[c]! : -1;
    if (v < 0) return i;
    symbols++;
    acc = ((acc << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 255;
    }
  }
  // Unpadded lengths mod 8 that RFC 4648 can produce: 0, 2, 4, 5, 7.
  const r = symbols % 8;
  if (r === 1 || r === 3 || r === 6) return BAD_LENGTH;
  // Canonical form only: the unused low bits of the last symbol must be zero.
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) return BAD_TAIL;
  return j === out.length ? out : out.subarray(0, j);
}

/**
 * Decodes RFC 4648 base32, accepting lower case (ASCII only), optional `=` padding and no padding.
 * Returns `undefined` for a character outside the alphabet, an impossible length, or non-zero
 * unused bits.
 */
export function base32ToBytes(text: string): Uint8Array | undefined {
  const r = decodeBase32(text, false);
  return typeof r === 'number' ? undefined : r;
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
