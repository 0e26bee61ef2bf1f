/**
 * The two distributions the paired tests need: the binomial (exact McNemar p-values and their
 * power) and the standard normal's quantiles (the power of the bootstrap test). Written out here
 * rather than taken from a dependency: each is a few lines, and test/metrics checks them against
 * scipy.stats.
 */
import { logGamma } from '../stats/special-functions.js';

function logBinomialPmf(m: number, k: number, p: number): number {
  return logGamma(m + 1) - logGamma(k + 1) - logGamma(m - k + 1) + k * Math.log(p) + (m - k) * Math.log1p(-p);
}

/**
 * P(X ≥ k) for X ~ Binomial(m, p). The sum starts at the term nearest the mean and runs outward,
 * where the terms shrink, so it stops as soon as they no longer change the sum; the far side is
 * taken as 1 − the near one.
 */
export function binomialUpperTail(m: number, k: number, p: number): number {
  if (k <= 0) return 1;
  if (k > m) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  if (k > m * p) return sumOutward(m, k, p, +1);
  return Math.max(0, 1 - sumOutward(m, k - 1, p, -1));
}

/** Σ pmf from `start` away from the mean (step +1 up to m, −1 down to 0). */
function sumOutward(m: number, start: number, p: number, step: 1 | -1): number {
  let term = Math.exp(logBinomialPmf(m, start, p));
  let sum = 0;
  const odds = p / (1 - p);
  for (let j = start; j >= 0 && j <= m && term > 0; j += step) {
    sum += term;
    if (term < sum * 1e-17) break;
    term *= step === 1 ? ((m - j) / (j + 1)) * odds : (j / (m - j + 1)) / odds;
  }
  return Math.min(1, sum);
}

/**
 * The standard normal's quantile Φ⁻¹(q), 0 < q < 1: Acklam's rational approximation (relative
 * error below 1.2·10⁻⁹), ample for a power figure quoted to two digits.
 */
export function normalQuantile(q: number): number {
  if (!(q > 0 && q < 1)) throw new RangeError(`normalQuantile needs 0 < q < 1, got ${q}`);
  const low = 0.02425;
  if (q < low) {
    const r = Math.sqrt(-2 * Math.log(q));
    return (((((C[0]! * r + C[1]!) * r + C[2]!) * r + C[3]!) * r + C[4]!) * r + C[5]!) / ((((D[0]! * r + D[1]!) * r + D[2]!) * r + D[3]!) * r + 1);
  }
  if (q > 1 - low) return -normalQuantile(1 - q);
  const s = q - 0.5;
  const r = s * s;
  return ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * s) / (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1);
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
