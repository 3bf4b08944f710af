/**
 * Lowercase hex.
 * @internal
 * @module
 */
import { CHUNK, codeArray, codesToString } from './chars.js';

const DIGITS = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];

/** Encodes bytes as lowercase hex, two characters a byte. */
export function bytesToHex(bytes: Uint8Array): string {
  const n = bytes.length;
  if (n * 2 <= CHUNK) return hexPart(bytes, 0, n);
  let out = '';
  for (let i = 0; i < n; i += CHUNK / 2) out += hexPart(bytes, i, Math.min(n, i + CHUNK / 2));
  return out;
}

function hexPart(bytes: Uint8Array, from: number, to: number): string {
  if (to === from) return '';
  const out = codeArray(2 * (to - from));
  for (let i = from, j = 0; i < to; i++, j += 2) {
    const b = bytes[i]!;
    out[j] = DIGITS[b >> 4]!;
    out[j + 1] = DIGITS[b & 15]!;
  }
  return codesToString(out);
}

/** Decodes hex (either case); returns `undefined` for odd length or a non-hex character. */
export function hexToBytes(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = nibble(hex.charCodeAt(2 * i));
    const lo = nibble(hex.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return undefined;
    out[i] = (hi << 4) | lo;
  }
  return out;
}

function nibble(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 32;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}
