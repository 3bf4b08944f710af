/**
 * Unpadded RFC 4648 §5 base64url.
 * @internal
 * @module
 */
import { CHUNK, codeArray, codesToString } from './chars.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** UTF-16 codes of the base64url alphabet, by 6-bit value. */
export const BASE64URL_CODES: readonly number[] = Array.from(ALPHABET, (c) => c.charCodeAt(0));
/** Bytes per piece: a multiple of 3, so pieces join without padding in between. */
const PIECE = (CHUNK / 4) * 3;

/** Encodes bytes as unpadded base64url: `ceil(4n/3)` characters for `n` bytes. */
export function bytesToBase64url(bytes: Uint8Array): string {
  const n = bytes.length;
  if (n <= PIECE) return b64Part(bytes, 0, n);
  let out = '';
  for (let i = 0; i < n; i += PIECE) out += b64Part(bytes, i, Math.min(n, i + PIECE));
  return out;
}

function b64Part(bytes: Uint8Array, from: number, to: number): string {
  const n = to - from;
  if (n === 0) return '';
  const rem = n % 3;
  const out = codeArray(Math.ceil((4 * n) / 3));
  const C = BASE64URL_CODES;
  let i = from;
  let j = 0;
  for (const full = to - rem; i < full; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[j++] = C[v >> 18]!;
    out[j++] = C[(v >> 12) & 63]!;
    out[j++] = C[(v >> 6) & 63]!;
    out[j++] = C[v & 63]!;
  }
  if (rem === 1) {
    const v = bytes[i]!;
    out[j++] = C[v >> 2]!;
    out[j] = C[(v & 3) << 4]!;
  } else if (rem === 2) {
    const v = (bytes[i]! << 8) | bytes[i + 1]!;
    out[j++] = C[v >> 10]!;
    out[j++] = C[(v >> 4) & 63]!;
    out[j] = C[(v & 15) << 2]!;
  }
  return codesToString(out);
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
