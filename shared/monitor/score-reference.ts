import { SCORE_BOUNDS, binOf, type ScoreDistribution } from '../evaluate/score-distribution.js';
import type { ColumnDrift } from '../validate/drift/column-drift.js';
import { DEFAULT_THRESHOLDS } from '../validate/drift/column-drift.js';
import { kolmogorovSurvival } from '../validate/drift/kolmogorov-distribution.js';
import type { DatasetProfile } from '../validate/stats/dataset-profile.js';
import { SCORE_COLUMN } from './log-batch.js';

/** the gated evaluation's score histogram when metrics.json has one in serve's bins (else undefined: today's reference) */
export function scoreHistogramOf(json: { scoreDistribution?: unknown }): ScoreDistribution | undefined {
  const d = json.scoreDistribution as Partial<ScoreDistribution> | undefined;
  if (!d || !Array.isArray(d.bounds) || !Array.isArray(d.counts) || d.counts.length !== d.bounds.length) return undefined;
  if (d.bounds.length !== SCORE_BOUNDS.length || d.bounds.some((b, k) => b !== SCORE_BOUNDS[k])) return undefined;
  const rows = d.counts.reduce((s: number, c) => s + (typeof c === 'number' && c >= 0 ? c : NaN), 0);
  return rows > 0 ? (d as ScoreDistribution) : undefined;
}

/**
 * Prediction drift against the gated evaluation's score histogram: the window's scores (its row
 * sample, up to 5,000) counted in the same bins, and the Kolmogorov–Smirnov statistic at the bins'
 * edges (the largest gap between the two cumulative shares; at most the exact D, as the edges are
 * all it can see), with the two-sample asymptotic p-value scipy uses. Undefined when the window
 * has no scores.
 */
export function histogramDrift(reference: ScoreDistribution, window: DatasetProfile): ColumnDrift | undefined {
  const counts = new Array<number>(SCORE_BOUNDS.length).fill(0);
  let n = 0;
  for (const cell of window.sample.column(SCORE_COLUMN)) {
    const bin = typeof cell === 'number' ? binOf(cell) : -1;
    if (bin < 0) continue;
    counts[bin]!++;
    n++;
  }
  if (n === 0) return undefined;
  const m = reference.counts.reduce((s, c) => s + c, 0);
  let d = 0;
  let a = 0;
  let b = 0;
  for (let k = 0; k < counts.length; k++) {
    a += reference.counts[k]!;
    b += counts[k]!;
    d = Math.max(d, Math.abs(a / m - b / n));
  }
  const en = (m * n) / (m + n);
  const pValue = d === 0 ? 1 : kolmogorovSurvival(Math.max(1, Math.round(en)), d);
  const threshold = DEFAULT_THRESHOLDS.ks;
  return { column: SCORE_COLUMN, method: 'ks', value: pValue, statistic: d, threshold, drifted: pValue <= threshold, approximate: true };
}
