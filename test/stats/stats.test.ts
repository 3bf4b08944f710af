/**
 * Fast statistical evidence (in `npm test`): see suite.ts for the tests and what each detects.
 * Sizes: 750,000 draws per randbelow bound (a relative bias of ~2% over 1,024 bins, ~0.7% on the
 * focused sets where P(S) is near 1/2), 150,000 for the 200-bit bound, 750,000 floats.
 */
import { registerPowerCheck, registerStatsSuite } from './suite.js';

registerStatsSuite({ randbelow: 750_000, big: 150_000, choice: 1_000_000, shuffle: 120_000, float: 750_000 });
registerPowerCheck(100_000);
