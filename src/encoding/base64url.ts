/**
 * Unpadded RFC 4648 §5 base64url.
 * @internal
 * @module
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Every 12-bit value as its two base64url characters: one lookup per 1.5 bytes. */
let pairs: string[] | undefined;

/** Encodes bytes as unpadded base64url: `ceil(4n/3)` characters for `n` bytes. */
export function bytesToBase64url(bytes: Uint8Array): string {
  const p = (pairs ??= Array.from({ length: 4096 }, (_, i) => ALPHABET[i >> 6]! + ALPHABET[i & 63]!));
  const n = bytes.length;
  const full = n - (n % 3);
  let out = '';
  let i = 0;
  for (; i < full; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += p[v >> 12]! + p[v & 4095]!;
  }
  if (n - full === 1) {
    const v = bytes[i]!;
    out += ALPHABET[v >> 2]! + ALPHABET[(v & 3) << 4]!;
  } else if (n - full === 2) {
    const v = (bytes[i]! << 8) | bytes[i + 1]!;
    out += ALPHABET[v >> 10]! + ALPHABET[(v >> 4) & 63]! + ALPHABET[(v & 15) << 2]!;
  }
  return out;
}

/** Decodes unpadded base64url; returns `undefined` for any character or length outside the form. */
export function base64urlToBytes(text: string): Uint8Array | undefined {
  const n = text.length;
  if (n % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((n * 3) / 4));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const v = ALPHABET.indexOf(text[i]!);
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 255;
    }
  }
  // Canonical form only: the unused low bits of the last character must be zero.
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) return undefined;
  return out;
}
