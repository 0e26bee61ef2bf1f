import { kolmogorovSurvival } from './kolmogorov-distribution.js';
import type { TestResult } from './chi-square.js';

/** As scipy's ks_2samp: exact below this sample size (the larger one), asymptotic above. */
export const KS_EXACT_MAX_N = 10000;

export type KsMethod = 'auto' | 'exact' | 'asymp';

export interface KsResult extends TestResult {
  method: 'exact' | 'asymp';
}

/** sup |F₁ − F₂| of two sorted samples, ties handled as in scipy (both CDFs step past a tied value) */
export function ksStatistic(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length && j < b.length) {
    const x = Math.min(a[i]!, b[j]!);
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
    const diff = Math.abs(i / a.length - j / b.length);
    if (diff > d) d = diff;
  }
  return d;
}

/**
 * Two-sample, two-sided Kolmogorov–Smirnov test as scipy.stats.ks_2samp: statistic and p-value.
 * Inputs sorted ascending, without NaN. 'exact' counts the lattice paths that leave the band
 * |i/n − j/m| < D; 'asymp' uses the one-sample Kolmogorov distribution at n·m/(n+m), as scipy does.
 */
export function ksTwoSample(a: Float64Array, b: Float64Array, method: KsMethod = 'auto'): KsResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new Error('Kolmogorov–Smirnov test needs two non-empty samples');
  let d = ksStatistic(a, b);
  const useExact = method === 'exact' || (method === 'auto' && Math.max(n1, n2) <= KS_EXACT_MAX_N);
  if (useExact) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = Math.round(d * lcm);
    d = h / lcm; // the statistic is a multiple of 1/lcm; rounding removes float noise, as scipy does
    if (h === 0) return { statistic: d, pValue: 1, method: 'exact' };
    const p = exactPValue(n1, n2, g, h);
    if (p !== undefined) return { statistic: d, pValue: p, method: 'exact' };
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = (m * n) / (m + n);
  return { statistic: d, pValue: kolmogorovSurvival(Math.round(en), d), method: 'asymp' };
}

/**
 * P(D ≥ h/lcm) under the null: the probability that a uniformly random interleaving of the two
 * samples leaves the band |i·(n2/g) − j·(n1/g)| < h. Probabilities rather than path counts keep the
 * numbers in range; summing the mass at the moment it leaves (rather than 1 − what stays) keeps
 * tiny p-values accurate to their last digits.
 */
function exactPValue(n1: number, n2: number, g: number, h: number): number | undefined {
  const a = n2 / g; // weight of a step in the first sample
  const b = n1 / g;
  const total = n1 + n2;
  const inside = (i: number, j: number) => Math.abs(i * a - j * b) < h;
  let prev = new Float64Array(n2 + 2);
  let next = new Float64Array(n2 + 2);
  let exited = 0;
  // row 0: only steps in the second sample
  prev[0] = 1;
  let lo = 0;
  let hi = 0;
  for (let j = 1; j <= n2; j++) {
    const p = prev[j - 1]! * ((n2 - j + 1) / (total - j + 1));
    if (!inside(0, j)) {
      exited += p;
      break;
    }
    prev[j] = p;
    hi = j;
  }
  for (let i = 1; i <= n1; i++) {
    // cells that can receive mass: below the previous row's band, or right of this row's band start
    const from = lo;
    const to = Math.min(n2, Math.max(hi, Math.ceil((i * a + h) / b)));
    next.fill(0, Math.max(0, from - 1), Math.min(n2 + 2, to + 2));
    let newLo = -1;
    let newHi = -1;
    for (let j = from; j <= to; j++) {
      const taken = i + j - 1; // steps taken before this one
      const down = j >= lo && j <= hi ? prev[j]! * ((n1 - i + 1) / (total - taken)) : 0;
      const right = j > from ? next[j - 1]! * ((n2 - j + 1) / (total - taken)) : 0;
      const p = down + right;
      if (p === 0) {
        if (newLo >= 0 && j > hi) break;
        continue;
      }
      if (inside(i, j)) {
        next[j] = p;
        if (newLo < 0) newLo = j;
        newHi = j;
      } else {
        exited += p;
        if (newLo >= 0) break; // past the band's upper edge: nothing further right is reachable
      }
    }
    prev.fill(0, Math.max(0, lo - 1), Math.min(n2 + 2, hi + 2));
    [prev, next] = [next, prev];
    if (newLo < 0) return clampProbability(exited);
    lo = newLo;
    hi = newHi;
  }
  return clampProbability(exited);
}

function clampProbability(p: number): number | undefined {
  if (!(p >= -1e-12 && p <= 1 + 1e-12)) return undefined;
  return Math.min(1, Math.max(0, p));
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
