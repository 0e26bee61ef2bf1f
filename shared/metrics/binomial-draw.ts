/**
 * Binomial and multinomial draws for the little bootstraps (little-bootstraps.ts): a resample
 * there puts n rows' worth of weight on b ≪ n rows, a multinomial(n; 1/b, …, 1/b) draw. Drawing n
 * row numbers would cost O(n) a resample (47M for a 10 GB file); the multinomial as a chain of
 * binomials costs O(b), each binomial O(1) by Hörmann's transformed rejection.
 */
import type { SeededRandom } from './random.js';

/** below this mean, inversion (walking the probabilities up from 0) is cheaper than rejection */
const INVERSION_MAX_MEAN = 10;

/** X ~ Binomial(trials, p), trials a whole number ≥ 0, 0 ≤ p ≤ 1 */
export function binomialDraw(random: SeededRandom, trials: number, p: number): number {
  if (trials === 0 || p <= 0) return 0;
  if (p >= 1) return trials;
  // the draws below need p ≤ ½: the count of failures of the complement is the same distribution mirrored
  if (p > 0.5) return trials - binomialDraw(random, trials, 1 - p);
  return trials * p < INVERSION_MAX_MEAN ? byInversion(random, trials, p) : byTransformedRejection(random, trials, p);
}

/** the smallest x with P(X ≤ x) ≥ u, the probabilities by their ratio P(x)/P(x − 1) */
function byInversion(random: SeededRandom, trials: number, p: number): number {
  const q = 1 - p;
  const odds = p / q;
  const ratio = (trials + 1) * odds;
  let probability = Math.exp(trials * Math.log1p(-p));
  let u = random.nextUnit();
  let x = 0;
  while (u > probability && x < trials) {
    u -= probability;
    x++;
    probability *= ratio / x - odds;
  }
  return x;
}

/**
 * BTRS (Hörmann, "The generation of binomial random variates", J. Statist. Comput. Simul. 46,
 * 1993): a candidate from a transformed uniform, accepted at once inside a squeeze (most draws),
 * else against the exact log-probability. Needs trials·p ≥ 10 and p ≤ ½.
 */
function byTransformedRejection(random: SeededRandom, trials: number, p: number): number {
  const q = 1 - p;
  const spread = Math.sqrt(trials * p * q);
  const b = 1.15 + 2.53 * spread;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = trials * p + 0.5;
  const squeeze = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spread;
  const logOdds = Math.log(p / q);
  const mode = Math.floor((trials + 1) * p);
  const logAtMode = logFactorial(mode) + logFactorial(trials - mode);
  for (;;) {
    const u = random.nextUnit() - 0.5;
    const v = random.nextUnit();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > trials) continue;
    if (us >= 0.07 && v <= squeeze) return k;
    const logV = Math.log((v * alpha) / (a / (us * us) + b));
    if (logV <= logAtMode - logFactorial(k) - logFactorial(trials - k) + (k - mode) * logOdds) return k;
  }
}

const SMALL_FACTORIALS = 256;
const logSmallFactorials = (() => {
  const table = new Float64Array(SMALL_FACTORIALS);
  for (let k = 1; k < SMALL_FACTORIALS; k++) table[k] = table[k - 1]! + Math.log(k);
  return table;
})();

/** ln k!: summed exactly below 256, Stirling's series above (error below 10⁻¹⁵ relative there) */
function logFactorial(k: number): number {
  if (k < SMALL_FACTORIALS) return logSmallFactorials[k]!;
  const x = k + 1;
  const inverse = 1 / x;
  const inverse2 = inverse * inverse;
  // ln Γ(x) = (x − ½) ln x − x + ½ ln 2π + 1/(12x) − 1/(360x³) + 1/(1260x⁵) − …
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 / 1260));
}

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * Counts of `total` draws spread uniformly over `into.length` cells (multinomial(total; 1/b, …,
 * 1/b)), written into `into`: cell i gets Binomial(what is left, 1/(cells left)), the conditional
 * of a multinomial's first cell given the cells before it.
 */
export function uniformMultinomial(random: SeededRandom, total: number, into: Float64Array): Float64Array {
  const cells = into.length;
  let left = total;
  for (let i = 0; i < cells - 1; i++) {
    const count = left > 0 ? binomialDraw(random, left, 1 / (cells - i)) : 0;
    into[i] = count;
    left -= count;
  }
  if (cells > 0) into[cells - 1] = left;
  return into;
}
