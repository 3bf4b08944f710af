// Seeded generator: the raw Mersenne Twister under the shared core, against the seeded
// Mersenne Twisters of pure-rand and random-js (the full Random class is compared elsewhere).
import { mersenne } from 'pure-rand/generator/mersenne';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { MersenneTwister19937, Random as RandomJs } from 'random-js';
import { MersenneTwister, seedKey } from '../../dist/esm/seeded/index.js';
import { random53, randbelowNumber } from '../../dist/esm/random/core.js';

const ours = new MersenneTwister();
ours.initByArray(seedKey(42));
const pr = mersenne(42);
const rj = new RandomJs(MersenneTwister19937.seed(42));

export const cases = [
  {
    name: 'seeded MT random() (53-bit float)',
    ours: () => random53(ours),
    peer: () => uniformFloat64(pr),
    peerName: 'pure-rand mersenne + uniformFloat64',
    target: 1,
  },
  {
    name: 'seeded MT random() vs random-js',
    ours: () => random53(ours),
    peer: () => rj.real(0, 1),
    peerName: 'random-js MersenneTwister19937 real(0, 1)',
    target: 1,
  },
  {
    name: 'seeded MT randbelow(1000)',
    ours: () => randbelowNumber(ours, 1000),
    peer: () => uniformInt(pr, 0, 999),
    peerName: 'pure-rand mersenne + uniformInt(0, 999)',
    target: 1,
  },
  {
    name: 'seeded MT randbelow(1000) vs random-js',
    ours: () => randbelowNumber(ours, 1000),
    peer: () => rj.integer(0, 999),
    peerName: 'random-js MersenneTwister19937 integer(0, 999)',
    target: 1,
  },
  {
    name: 'seeded MT seed from an int',
    ours: () => ours.initByArray(seedKey(12345)),
    peer: () => mersenne(12345),
    peerName: 'pure-rand mersenne(seed)',
  },
];
