/**
 * Entropy of picks and arrangements of a list, shared by `choice`, `shuffle` and `sample`.
 * @internal
 * @module
 */
import { jsonLine, type Io } from '../io.js';

/** log2 of the number of distinct arrangements of `list`: n! over the factorials of repeat counts. */
export function arrangementsLog2(list: readonly string[]): number {
  const counts = new Map<string, number>();
  let bits = 0;
  for (let i = 0; i < list.length; i++) {
    const c = (counts.get(list[i]!) ?? 0) + 1;
    counts.set(list[i]!, c);
    // Builds n!/(m1!·m2!·…) one item at a time: the i-th item adds log2(i+1) - log2(its count so far).
    bits += Math.log2(i + 1) - Math.log2(c);
  }
  return bits;
}

/** Exact Shannon entropy of a uniform pick from `list` (duplicates make some values likelier). */
export function pickEntropy(list: readonly string[]): { bits: number; distinct: number } {
  const counts = new Map<string, number>();
  for (const x of list) counts.set(x, (counts.get(x) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) h -= (c / list.length) * Math.log2(c / list.length);
  return { bits: h, distinct: counts.size };
}

export async function writeList(
  io: Io,
  list: readonly string[],
  json: boolean,
  bits: number,
  model: string,
): Promise<void> {
  if (json) await io.write(jsonLine({ value: list, entropyBits: bits, model }));
  else if (list.length) await io.write(list.join('\n') + '\n');
}
