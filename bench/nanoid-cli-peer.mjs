// The peer of `secrets-ts token --hex --bytes 16 --count N` in `npm run bench:cli`: a Node program
// that streams N nanoid 5 `customAlphabet(hex, 32)` IDs to stdout in batches of 4,096 lines,
// waiting for 'drain' as a well-behaved stream writer does.
import { customAlphabet } from 'nanoid5';

const N = Number(process.argv[2] ?? 1_000_000);
const next = customAlphabet('0123456789abcdef', 32);
let left = N;
function pump() {
  while (left > 0) {
    const n = Math.min(4096, left);
    let batch = '';
    for (let i = 0; i < n; i++) batch += next() + '\n';
    left -= n;
    if (!process.stdout.write(batch)) {
      process.stdout.once('drain', pump);
      return;
    }
  }
}
pump();
