// Foundation cases: randbelow against crypto.randomInt and pure-rand, tokens against Node and nanoid.
import { randomBytes, randomInt } from 'node:crypto';
import { nanoid } from 'nanoid';
import { nanoid as nanoid5 } from 'nanoid5';
import { uniformBigInt } from 'pure-rand/distribution/uniformBigInt';
import { randbelow, tokenBytes, tokenHex, tokenUrlsafe } from '../../dist/esm/index.js';

// pure-rand has no CSPRNG engine; this adapter feeds it 32-bit words from Node's crypto through a
// 4 KiB cache, the cheapest honest "crypto engine" for it.
function cryptoEngine() {
  let buf = new Int32Array(0);
  let i = 0;
  const engine = {
    next() {
      if (i >= buf.length) {
        buf = new Int32Array(randomBytes(4096).buffer);
        i = 0;
      }
      return buf[i++];
    },
    clone() {
      return engine;
    },
    getState() {
      return [];
    },
  };
  return engine;
}
const engine = cryptoEngine();
const BIG = 10n ** 30n;

// Not secrets-ts: the fastest way to make a fresh 43-character string, with no randomness and no
// lookups, against nanoid(43). It bounds what any design that builds each token anew can reach.
const fcc = String.fromCharCode;
let k = 0;
// prettier-ignore
const fresh43 = () =>
  fcc(
    65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90,
    97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 65 + (k++ & 15),
  );

export const cases = [
  ...[10, 1000, 2 ** 31 + 1, 2 ** 48 - 1].map((n) => ({
    name: `randbelow(${n === 2 ** 31 + 1 ? '2^31+1' : n === 2 ** 48 - 1 ? '2^48-1' : n})`,
    ours: () => randbelow(n),
    peer: () => randomInt(n),
    peerName: 'crypto.randomInt',
    target: 1.5,
  })),
  {
    name: 'randbelow(10n**30n)',
    ours: () => randbelow(BIG),
    peer: () => uniformBigInt(engine, 0n, BIG - 1n),
    peerName: 'pure-rand uniformBigInt (crypto engine)',
    target: 2.5,
  },
  {
    name: 'tokenBytes(32)',
    ours: () => tokenBytes(32),
    peer: () => randomBytes(32),
    peerName: 'crypto.randomBytes(32)',
    target: 10,
  },
  {
    name: 'tokenHex(32)',
    ours: () => tokenHex(32),
    peer: () => randomBytes(32).toString('hex'),
    peerName: "randomBytes(32).toString('hex')",
    target: 5,
  },
  // nanoid 6 hands out slices of a pre-generated string of IDs (up to 32,768 characters kept in the
  // heap); secrets-ts never pools outputs, so nanoid 5 (pooled bytes) is the like-for-like peer.
  {
    name: 'tokenUrlsafe(32)',
    ours: () => tokenUrlsafe(32),
    peer: () => nanoid(43),
    peerName: 'nanoid 6 nanoid(43)',
    target: 1,
  },
  {
    name: '(bound) a fresh 43-char string, no randomness',
    ours: fresh43,
    peer: () => nanoid(43),
    peerName: 'nanoid 6 nanoid(43)',
  },
  {
    name: 'tokenUrlsafe(32)',
    ours: () => tokenUrlsafe(32),
    peer: () => nanoid5(43),
    peerName: 'nanoid 5 nanoid(43)',
    target: 1.9,
  },
];
