/**
 * Fake sources that replay chosen words, to drive rejection loops through exact paths.
 */
import type { RandomSource, SecureSource } from '../../src/source/source.js';

/** Thrown when a replay source runs out: the code under test drew more than it should. */
export class Exhausted extends Error {}

/**
 * Replays `words` in order through `nextUint32`; `fillBytes` takes little-endian bytes of further
 * words (the same layout the pooled source produces on a little-endian machine). Counts what it hands out.
 */
export class ReplaySource implements RandomSource {
  words: number[];
  i = 0;
  constructor(words: readonly number[]) {
    this.words = [...words];
  }
  get used(): number {
    return this.i;
  }
  get remaining(): number {
    return this.words.length - this.i;
  }
  nextUint32(): number {
    if (this.i >= this.words.length) throw new Exhausted(`replay source exhausted after ${this.i} words`);
    return this.words[this.i++]! >>> 0;
  }
  fillBytes(dest: Uint8Array): void {
    for (let off = 0; off < dest.length; off += 4) {
      const w = this.nextUint32();
      for (let b = 0; b < 4 && off + b < dest.length; b++) dest[off + b] = (w >>> (8 * b)) & 255;
    }
  }
}

/** The same replay, typed as secure, for tests of secret-making code paths only. */
export function replaySecure(words: readonly number[]): ReplaySource & SecureSource {
  return new ReplaySource(words) as ReplaySource & SecureSource;
}

/** A deterministic, well-mixed source (splitmix32) for statistical tests that must be reproducible. */
export class SplitMix implements RandomSource {
  #s: number;
  constructor(seed: number) {
    this.#s = seed >>> 0;
  }
  nextUint32(): number {
    let z = (this.#s = (this.#s + 0x9e3779b9) >>> 0);
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }
  fillBytes(dest: Uint8Array): void {
    for (let off = 0; off < dest.length; off += 4) {
      const w = this.nextUint32();
      for (let b = 0; b < 4 && off + b < dest.length; b++) dest[off + b] = (w >>> (8 * b)) & 255;
    }
  }
}
