/**
 * Big-number radix encodings of byte strings: base58 (Bitcoin alphabet) and base62. As in
 * Bitcoin's base58, each leading zero byte becomes one leading zero digit, so the encoding is a
 * bijection between byte strings and canonical texts.
 * @internal
 * @module
 */

export const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Encodes bytes in the radix of `alphabet` by repeated division (quadratic; fine for tokens). */
export function bytesToBaseX(bytes: Uint8Array, alphabet: string): string {
  const radix = alphabet.length;
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  // Little-endian digits of the number, grown as needed.
  const digits: number[] = [];
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i]!;
    for (let j = 0; j < digits.length; j++) {
      carry += digits[j]! * 256;
      digits[j] = carry % radix;
      carry = Math.floor(carry / radix);
    }
    while (carry > 0) {
      digits.push(carry % radix);
      carry = Math.floor(carry / radix);
    }
  }
  let out = alphabet[0]!.repeat(zeros);
  for (let j = digits.length - 1; j >= 0; j--) out += alphabet[digits[j]!]!;
  return out;
}

/** Decodes text in the radix of `alphabet`; `undefined` for a character outside it. */
export function baseXToBytes(text: string, alphabet: string): Uint8Array | undefined {
  const radix = alphabet.length;
  let zeros = 0;
  while (zeros < text.length && text[zeros] === alphabet[0]) zeros++;
  const bytes: number[] = [];
  for (let i = zeros; i < text.length; i++) {
    let carry = alphabet.indexOf(text[i]!);
    if (carry < 0) return undefined;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j]! * radix;
      bytes[j] = carry & 255;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 255);
      carry >>= 8;
    }
  }
  const out = new Uint8Array(zeros + bytes.length);
  for (let j = 0; j < bytes.length; j++) out[out.length - 1 - j] = bytes[j]!;
  return out;
}

export const bytesToBase58 = (b: Uint8Array): string => bytesToBaseX(b, BASE58_ALPHABET);
export const base58ToBytes = (s: string): Uint8Array | undefined => baseXToBytes(s, BASE58_ALPHABET);
export const bytesToBase62 = (b: Uint8Array): string => bytesToBaseX(b, BASE62_ALPHABET);
export const base62ToBytes = (s: string): Uint8Array | undefined => baseXToBytes(s, BASE62_ALPHABET);
