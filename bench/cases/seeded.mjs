// The seeded Random (secrets-ts/seeded: CPython's random.Random on the Mersenne Twister) against
// the seeded Mersenne Twisters of pure-rand and random-js, used the way their docs show.
import { mersenne } from 'pure-rand/generator/mersenne';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { MersenneTwister19937, Random as RandomJs } from 'random-js';
import { Random } from '../../dist/esm/seeded/index.js';

const ours = new Random(42);
const pr = mersenne(42);
const rj = new RandomJs(MersenneTwister19937.seed(42));
const deckA = Array.from({ length: 1000 }, (_, i) => i);
const deckB = Array.from({ length: 1000 }, (_, i) => i);
const deckC = Array.from({ length: 1000 }, (_, i) => i);

// pure-rand has no shuffle: the same Fisher–Yates as CPython's, on its uniformInt.
function pureRandShuffle(a) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = uniformInt(pr, 0, i);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}

export const cases = [
  {
    name: 'seeded Random.random()',
    ours: () => ours.random(),
    peer: () => uniformFloat64(pr),
    peerName: 'pure-rand mersenne + uniformFloat64',
    target: 1.2,
  },
  {
    name: 'seeded Random.random() vs random-js',
    ours: () => ours.random(),
    peer: () => rj.real(0, 1),
    peerName: 'random-js MersenneTwister19937 real(0, 1)',
  },
  {
    name: 'seeded Random.randrange(1000)',
    ours: () => ours.randrange(1000),
    peer: () => uniformInt(pr, 0, 999),
    peerName: 'pure-rand mersenne + uniformInt(0, 999)',
  },
  {
    name: 'seeded Random.randrange(1000) vs random-js',
    ours: () => ours.randrange(1000),
    peer: () => rj.integer(0, 999),
    peerName: 'random-js MersenneTwister19937 integer(0, 999)',
  },
  {
    name: 'seeded Random.shuffle(1000 items)',
    ours: () => (ours.shuffle(deckA), deckA),
    peer: () => pureRandShuffle(deckB),
    peerName: 'Fisher–Yates on pure-rand mersenne + uniformInt',
  },
  {
    name: 'seeded Random.shuffle(1000 items) vs random-js',
    ours: () => (ours.shuffle(deckA), deckA),
    peer: () => rj.shuffle(deckC),
    peerName: 'random-js MersenneTwister19937 shuffle',
  },
  {
    name: 'seeded Random(seed) construction',
    ours: () => new Random(12345),
    peer: () => mersenne(12345),
    peerName: 'pure-rand mersenne(seed)',
    target: 1.2,
  },
];
