/**
 * Heavy statistical evidence (`npm run test:stats`, not in CI): the fast suite of test/stats/,
 * larger. With power 0.99 it then catches (docs/statistics.md):
 * - randbelow: 4·10^7 draws per bound: a relative bias of 0.22–0.33% per bin, 0.16% over 16 bins;
 *   the focused sets are kept or listed as not testable by their exact power, as in the fast suite.
 * - choice over 3 and 62 symbols: 0.14%; over 65,536 symbols: 0.49%.
 * - shuffle and sample (120 outcomes): 1.2·10^8 draws, 0.12%.
 * - float low bits: 4·10^7 floats, each bit's P(1) to ±0.067% absolute.
 * HEAVY_SCALE=0.01 runs the same at a hundredth of the size (a quick smoke run).
 */
import { registerPowerCheck, registerStatsSuite } from '../stats/suite.js';

const scale = Number(process.env.HEAVY_SCALE ?? 1);
const n = (x: number) => Math.max(1000, Math.round(x * scale));

registerStatsSuite({
  randbelowAt: { [2 ** 15 + 1]: 5_000_000 },
  randbelow: n(40_000_000),
  big: n(2_000_000),
  choice: n(130_000_000),
  shuffle: n(120_000_000),
  float: n(40_000_000),
});
registerPowerCheck(100_000);
