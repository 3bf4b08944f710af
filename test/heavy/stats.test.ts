/**
 * Heavy statistical evidence (`npm run test:stats`, not in CI): the fast suite of test/stats/ sized
 * to detect a 0.1% bias where that is reachable in minutes:
 * - randbelow: 4·10^7 draws per bound; the focused tests then detect a relative shift of 0.1% of
 *   P(S) for over-weighted sets with P(S) ≥ ½ (0.17% at P(S) = ¼), the 16-bin chi-square ~0.12%.
 * - choice over 3 and 62 symbols: ~0.1%; over 65,536 symbols: ~0.4% (65,535 degrees of freedom).
 * - shuffle and sample (120 outcomes): 1.2·10^8 draws, 0.1%.
 * - float low bits: 4·10^7 floats, each bit's P(1) to ±0.05% absolute (0.1% relative).
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
