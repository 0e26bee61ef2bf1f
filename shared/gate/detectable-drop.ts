import { binomialUpperTail, normalQuantile } from '../metrics/distributions.js';
import type { MetricDelta } from '../metrics/types.js';

/** The power at which the smallest detectable drop is quoted: the usual 80%. */
export const DETECTION_POWER = 0.8;

/**
 * The smallest true drop a drop rule would catch in DETECTION_POWER of evaluations like this one:
 * "with 500 rows this gate can only catch accuracy drops of 3.1 points or more".
 */
export interface DetectableDrop {
  /** in the rule's units (a fraction of the baseline for relative rules); null when no drop can be caught */
  value: number | null;
  relative: boolean;
  /** the level each test is run at: α, or α/m in a family of m slice tests (the first step of Holm and Bonferroni) */
  alpha: number;
  power: number;
  /** what the figure rests on: the share of rows the models disagree on (exact test), or the bootstrap's spread */
  basis: 'discordant-rows' | 'bootstrap-spread';
  /** exact test: rows the metric is a share of, and how many of them the models disagree on */
  rows?: number;
  discordant?: number;
  /** bootstrap: standard error of the change */
  standardError?: number;
}

/**
 * The detectable drop of a rule that fails when the drop exceeds `limit` (absolute, in the
 * metric's units) and its paired test is significant at `alpha` (two-sided, so α/2 on the drop
 * side). Exact test: the models are taken to keep disagreeing on the same rows (the discordant
 * count m), and the drop δ shifts the share of them favouring the baseline to π = (1 + δ·n/m)/2;
 * the figure is the δ at which P(Binomial(m, π) ≥ the count needed to fail) reaches 80%. Bootstrap:
 * the change is taken as normal with the bootstrap's standard error s, so δ = max(limit, z₁₋α/₂·s) + z₀.₈·s.
 * Undefined without a paired test.
 */
export function detectableDrop(delta: MetricDelta | undefined, limit: number, alpha: number, relativeTo: number | null): DetectableDrop | undefined {
  if (!delta) return undefined;
  const scale = (absolute: number | null) => (absolute === null ? null : relativeTo === null ? absolute : relativeTo === 0 ? null : absolute / Math.abs(relativeTo));
  const common = { relative: relativeTo !== null, alpha, power: DETECTION_POWER };
  if (delta.discordant) {
    const { rows, candidateOnly, baselineOnly } = delta.discordant;
    const m = candidateOnly + baselineOnly;
    return { ...common, value: scale(exactDetectableDrop(rows, m, limit, alpha)), basis: 'discordant-rows', rows, discordant: m };
  }
  if (delta.standardError !== undefined) {
    const s = delta.standardError;
    const value = s > 0 ? Math.max(limit, normalQuantile(1 - alpha / 2) * s) + normalQuantile(DETECTION_POWER) * s : null;
    return { ...common, value: scale(value), basis: 'bootstrap-spread', standardError: s };
  }
  return undefined;
}

/** δ for the exact McNemar test over `rows` rows with `m` discordant ones; null when none is catchable. */
export function exactDetectableDrop(rows: number, m: number, limit: number, alpha: number): number | null {
  if (m === 0 || rows === 0) return null;
  // the fewest rows favouring the baseline that make the test significant: P(X ≥ k | ½) < α/2
  const tail = (k: number) => binomialUpperTail(m, k, 0.5);
  if (!(tail(m) < alpha / 2)) return null;
  let lo = 0;
  let hi = m; // tail(hi) < α/2 holds; find the smallest such k
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (tail(mid) < alpha / 2) hi = mid;
    else lo = mid;
  }
  // and enough for the drop (2k − m)/rows to exceed the limit (beyond rounding, as the rule judges)
  const beyondLimit = Math.floor((rows * (limit + 1e-12 * Math.max(1, limit)) + m) / 2) + 1;
  const needed = Math.max(hi, beyondLimit);
  if (needed > m) return null;
  let below = 0.5;
  let above = 1;
  for (let i = 0; i < 60; i++) {
    const pi = (below + above) / 2;
    if (binomialUpperTail(m, needed, pi) >= DETECTION_POWER) above = pi;
    else below = pi;
  }
  return (m / rows) * (2 * above - 1);
}
