// Random-area cases: SystemRandom.shuffle and sample against the obvious hand-rolled versions on
// Node's crypto.randomInt (Fisher–Yates, and a partial Fisher–Yates on a copy).
import { randomInt } from 'node:crypto';
import { SystemRandom } from '../../dist/esm/index.js';

const rng = new SystemRandom();
const N = 1000;
const deck = Array.from({ length: N }, (_, i) => i);
const pop = Array.from({ length: N }, (_, i) => i);

function fisherYates(a) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

function partialShuffle(population, k) {
  const a = population.slice();
  const n = a.length;
  for (let i = 0; i < k; i++) {
    const j = i + randomInt(n - i);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a.slice(0, k);
}

export const cases = [
  {
    name: 'SystemRandom.shuffle(1000 items)',
    ours: () => rng.shuffle(deck),
    peer: () => fisherYates(deck),
    peerName: 'Fisher–Yates with crypto.randomInt',
    target: 2,
  },
  {
    name: 'SystemRandom.sample(1000 items, 100)',
    ours: () => rng.sample(pop, 100),
    peer: () => partialShuffle(pop, 100),
    peerName: 'partial Fisher–Yates with crypto.randomInt',
    target: 2,
  },
];
