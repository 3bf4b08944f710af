/**
 * Lowercase hex.
 * @internal
 * @module
 */

let table: string[] | undefined;

/** Encodes bytes as lowercase hex, two characters a byte. */
export function bytesToHex(bytes: Uint8Array): string {
  const t = (table ??= Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0')));
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += t[bytes[i]!];
  return out;
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
