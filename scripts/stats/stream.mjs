// Writes an endless byte stream made by the BUILT package to stdout, for dieharder and rngtest.
//   node scripts/stats/stream.mjs bytes        raw bytes: tokenBytes(65536) in a loop
//   node scripts/stats/stream.mjs randbelow    one byte per randbelow(256)
//   node scripts/stats/stream.mjs choice64     characters of id() (64-symbol URL alphabet),
//                                              mapped back to 6-bit values, 4 characters -> 3 bytes
// Optional second argument: stop after that many bytes. Exits quietly when the reader closes.
import { URL_ALPHABET, id, randbelow, tokenBytes } from '../../dist/esm/index.js';

const kind = process.argv[2] ?? 'bytes';
const limit = process.argv[3] ? Number(process.argv[3]) : Infinity;
const ALPHABET = URL_ALPHABET;
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));
const CHUNK = 65536; // a multiple of 3

function next() {
  if (kind === 'bytes') return tokenBytes(CHUNK);
  const out = new Uint8Array(CHUNK);
  if (kind === 'randbelow') {
    for (let i = 0; i < CHUNK; i++) out[i] = randbelow(256);
    return out;
  }
  if (kind === 'choice64') {
    let text = '';
    let at = 0;
    for (let i = 0; i < CHUNK; i += 3) {
      if (at + 4 > text.length) {
        text = id(256);
        at = 0;
      }
      const v =
        (INDEX.get(text[at]) << 18) |
        (INDEX.get(text[at + 1]) << 12) |
        (INDEX.get(text[at + 2]) << 6) |
        INDEX.get(text[at + 3]);
      at += 4;
      out[i] = v >>> 16;
      out[i + 1] = (v >>> 8) & 255;
      out[i + 2] = v & 255;
    }
    return out;
  }
  throw new Error(`unknown stream kind ${kind}`);
}

process.stdout.on('error', () => process.exit(0));
// STREAM_REPORT=1 prints how many bytes were handed to the reader (for sizing test runs).
if (process.env.STREAM_REPORT) process.on('exit', () => process.stderr.write(`${kind}: ${written} bytes\n`));
let written = 0;
function pump() {
  while (written < limit) {
    let chunk = next();
    if (written + chunk.length > limit) chunk = chunk.subarray(0, limit - written);
    written += chunk.length;
    if (!process.stdout.write(chunk)) {
      process.stdout.once('drain', pump);
      return;
    }
  }
}
pump();
