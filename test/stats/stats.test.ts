/**
 * Fast statistical evidence (in `npm test`): see suite.ts for the tests and what each detects.
 * Sizes: 750,000 draws per randbelow bound (5,000,000 for 2^15 + 1, where the 16-bit reductions'
 * bias sits on 2 of 32,769 values and needs that many to be caught with power 0.99), 150,000 for
 * the 200-bit bound, 750,000 floats.
 */
import { registerPowerCheck, registerStatsSuite } from './suite.js';

registerStatsSuite({
  randbelow: 750_000,
  randbelowAt: { [2 ** 15 + 1]: 5_000_000 },
  big: 150_000,
  choice: 1_000_000,
  shuffle: 120_000,
  float: 750_000,
});
registerPowerCheck(100_000);
