/**
 * CPython's own `math.lgamma` (`m_lgamma` in Modules/mathmodule.c), for positive arguments only.
 * `binomialvariate` compares against it in its BTRS acceptance test, so porting CPython's Lanczos
 * sum (rather than using another approximation) keeps that comparison the same as CPython's; the
 * only difference left is the platform `log`.
 * @internal
 * @module
 */

const LANCZOS_G = 6.024680040776729583740234375;

// The 13-term Lanczos rational function of CPython (g = 6.0246800407767296), numerator and
// denominator coefficients; the denominator is x(x+1)…(x+11) expanded.
const NUM = [
  23531376880.41076, 42919803642.6491, 35711959237.35567, 17921034426.03721, 6039542586.352028, 1439720407.3117216,
  248874557.86205417, 31426415.585400194, 2876370.6289353725, 186056.26539522348, 8071.672002365816, 210.82427775157936,
  2.5066282746310002,
];
const DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0,
  66.0, 1.0,
];

/** CPython `lanczos_sum`: Horner in x below 5, Horner in 1/x above (to avoid overflow). */
function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + NUM[i]!;
      den = den * x + DEN[i]!;
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + NUM[i]!;
      den = den / x + DEN[i]!;
    }
  }
  return num / den;
}

/** `log|Γ(x)|` for `x > 0`, evaluated in the same order as CPython's `m_lgamma`. */
export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === Math.floor(x) && x <= 2) return 0; // lgamma(1) = lgamma(2) = 0 exactly
  if (x < 1e-20) return -Math.log(x);
  let r = Math.log(lanczosSum(x)) - LANCZOS_G;
  r += (x - 0.5) * (Math.log(x + LANCZOS_G - 0.5) - 1);
  return r;
}
