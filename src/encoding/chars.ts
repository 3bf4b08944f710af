/**
 * Fast string building from character codes, in every runtime: codes are written into a reused
 * plain array and turned into a string with one `String.fromCharCode.apply` call, which is several
 * times faster in V8 than concatenating short strings. The array is wiped as soon as the string
 * is made, so it never keeps a copy of an output.
 * @internal
 * @module
 */

/** Longest string built in one call; longer outputs are built in pieces of this size. */
export const CHUNK = 1024;

/**
 * Reused arrays by length. Every slot is an own element from the start (no holes), so a lookup
 * never falls through to an index that a polluted `Array.prototype` defines.
 */
const arrays = filled<number[] | undefined>(CHUNK + 1, undefined);

/**
 * An array of `len` copies of `value`, built by `push`: it has no holes, and V8 keeps it packed
 * (an array made by `new Array(len)` stays "holey" even once filled).
 */
export function filled<T>(len: number, value: T): T[] {
  const a: T[] = [];
  for (let i = 0; i < len; i++) a.push(value);
  return a;
}

/** A reused array of exactly `len` (1..CHUNK) small integers, for building one string. */
export function codeArray(len: number): number[] {
  return (arrays[len] ??= filled(len, 0));
}

/** Turns an array from {@link codeArray} into a string, then wipes the array. */
export function codesToString(codes: number[]): string {
  const s = String.fromCharCode.apply(null, codes);
  codes.fill(0);
  return s;
}
