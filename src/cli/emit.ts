/**
 * Streams a generator's results: batched writes, `--json`, `--unique`, and the progress bar.
 * @internal
 * @module
 */
import { UsageError } from './args.js';
import { systemRandom } from '../index.js';
import { jsonLine, type Emitter, type Io, type Result } from './io.js';

/**
 * The set of results already printed, for `--unique`, at 8 bytes a slot, at most 3/4 full: a
 * table of 64-bit fingerprints under a per-run random key. A fingerprint match counts as a
 * duplicate, so a repeat can never get through; a distinct value that happens to share a
 * fingerprint (probability about n/2^64) is only redrawn, which leaves the output uniform over the
 * values whose fingerprints are unused.
 */
export class FingerprintSet {
  #table = new Uint32Array(2 * 1024);
  #mask = 1023;
  #size = 0;
  readonly #k1: number;
  readonly #k2: number;
  constructor() {
    this.#k1 = systemRandom.getrandbits(32) | 1;
    this.#k2 = systemRandom.getrandbits(32) | 1;
  }

  get size(): number {
    return this.#size;
  }

  /** Adds the fingerprint of `s`; `false` if it was already there. */
  add(s: string): boolean {
    // Two 32-bit multiply-xorshift lanes with different random keys: 64 bits together.
    let h1 = this.#k1 ^ s.length;
    let h2 = this.#k2;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x9e3779b1);
      h1 ^= h1 >>> 15;
      h2 = Math.imul(h2 ^ c, 0x85ebca77);
      h2 ^= h2 >>> 13;
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 0x7feb352d);
    h1 ^= h1 >>> 15;
    h2 = Math.imul(h2 ^ (h2 >>> 16), 0x846ca68b);
    h2 ^= h2 >>> 16;
    // (0, 0) marks an empty slot; folding it onto (0, 1) only adds one more possible match.
    if (h1 === 0 && h2 === 0) h2 = 1;
    return this.#insert(h1 >>> 0, h2 >>> 0);
  }

  #insert(a: number, b: number): boolean {
    const t = this.#table;
    let i = (a ^ Math.imul(b, 0x27d4eb2f)) & this.#mask;
    for (;;) {
      const x = t[2 * i]!;
      const y = t[2 * i + 1]!;
      if (x === 0 && y === 0) break;
      if (x === a && y === b) return false;
      i = (i + 1) & this.#mask;
    }
    t[2 * i] = a;
    t[2 * i + 1] = b;
    if (++this.#size * 4 > (this.#mask + 1) * 3) this.#grow();
    return true;
  }

  #grow(): void {
    const old = this.#table;
    this.#table = new Uint32Array(old.length * 2);
    this.#mask = this.#mask * 2 + 1;
    this.#size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0 || old[i + 1] !== 0) this.#insert(old[i]!, old[i + 1]!);
  }
}

/** Options of the emitter, from the generator flags. */
export interface EmitOptions {
  count: number;
  json: boolean;
  unique: boolean;
  quiet: boolean;
}

/** A progress bar shows only when a person watches stderr and stdout goes elsewhere. */
export function showsProgress(io: Io, quiet: boolean): boolean {
  return !quiet && io.stderrIsTTY && !io.stdoutIsTTY;
}

/** The progress bar: drawn at most ten times a second once the job has run `progressAfterMs`. */
class Progress {
  readonly #on: boolean;
  readonly #started: number;
  readonly #after: number;
  #last = -Infinity;
  #drawn = false;
  constructor(
    readonly io: Io,
    quiet: boolean,
    readonly total: number,
  ) {
    this.#on = showsProgress(io, quiet);
    this.#started = io.now();
    this.#after = io.progressAfterMs ?? 1000;
  }

  update(done: number): void {
    if (!this.#on) return;
    const t = this.io.now();
    if (t - this.#started >= this.#after && t - this.#last > 100) {
      this.#last = t;
      this.#drawn = true;
      const pct = Math.floor((done / this.total) * 100);
      this.io.error(`\r[${'#'.repeat(Math.floor(pct / 5)).padEnd(20)}] ${pct}% (${done}/${this.total})`);
    }
  }

  end(): void {
    if (this.#drawn) this.io.error(`\r${' '.repeat(60)}\r`);
  }
}

export function emitter(io: Io, o: EmitOptions): Emitter {
  const { count, json, unique } = o;
  return async (next: () => Result, space?: bigint) => {
    if (unique && space !== undefined && BigInt(count) > space) {
      throw new UsageError(`--unique: cannot make ${count} distinct results from a space of only ${space}`);
    }
    // When the results fill much of a small space, exact strings: a redraw loop must always end.
    const exact = unique && space !== undefined && (space <= 65536n || space < 2n * BigInt(count));
    const seen = unique ? (exact ? new Set<string>() : new FingerprintSet()) : undefined;
    const progress = new Progress(io, o.quiet, count);
    let buf = '';
    for (let i = 0; i < count; i++) {
      let r = next();
      if (seen) {
        if (seen instanceof Set) {
          while (seen.has(r.value)) r = next();
          seen.add(r.value);
        } else {
          while (!seen.add(r.value)) r = next();
        }
      }
      buf += json ? jsonLine({ value: r.value, entropyBits: r.entropyBits, model: r.model }) : r.value + '\n';
      if (buf.length >= 65536) {
        if ((await io.write(buf)) === false) return;
        buf = '';
        progress.update(i + 1);
      }
    }
    if (buf) await io.write(buf);
    progress.end();
  };
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
/** ASCII pairs of the 256 byte values in lowercase hex, as 16-bit little-endian units. */
const HEX_PAIRS = /* @__PURE__ */ (() => {
  const t = new Uint16Array(256);
  const d = '0123456789abcdef';
  for (let i = 0; i < 256; i++) t[i] = d.charCodeAt(i >> 4) | (d.charCodeAt(i & 15) << 8);
  return t;
})();

/**
 * Writes `count` lines of `bytes` uniform random bytes in hex, in batches of about 64 KiB, as bytes:
 * no string is made for a line. Each batch is encoded from fresh randomness, handed to the writer
 * (which copies it), and both buffers are wiped before the next batch.
 */
export async function emitHexLines(
  io: Io,
  o: EmitOptions,
  bytes: number,
  fill: (b: Uint8Array) => void,
): Promise<void> {
  const perLine = 2 * bytes + 1;
  const lines = Math.max(1, Math.floor(65536 / perLine));
  const rnd = new Uint8Array(lines * bytes);
  const out = new Uint8Array(lines * perLine);
  const pairs = new Uint16Array(out.buffer, 0, out.length >> 1);
  const progress = new Progress(io, o.quiet, o.count);
  for (let done = 0; done < o.count;) {
    const n = Math.min(lines, o.count - done);
    const r = rnd.subarray(0, n * bytes);
    fill(r);
    let at = 0;
    for (let k = 0; k < n; k++) {
      const base = k * bytes;
      if (LITTLE_ENDIAN && (at & 1) === 0) {
        // Even offset: two hex digits per 16-bit store (little-endian puts the high nibble first).
        const p = at >> 1;
        for (let j = 0; j < bytes; j++) pairs[p + j] = HEX_PAIRS[r[base + j]!]!;
      } else {
        for (let j = 0; j < bytes; j++) {
          const v = HEX_PAIRS[r[base + j]!]!;
          out[at + 2 * j] = v & 0xff;
          out[at + 2 * j + 1] = v >> 8;
        }
      }
      at += 2 * bytes;
      out[at++] = 10;
    }
    r.fill(0);
    const ok = await io.writeBytes!(out.subarray(0, at));
    out.fill(0, 0, at);
    if (ok === false) return;
    done += n;
    progress.update(done);
  }
  progress.end();
}
