import type { Interval } from './types.js';

/**
 * The central `level` interval of `values` by percentiles with linear interpolation between order
 * statistics (numpy.percentile's default): low at (1 − level)/2, high at (1 + level)/2.
 * NaN values (resamples where the metric is undefined) are left out; undefined when none remain.
 */
export function percentileInterval(values: Float64Array, level: number): Interval | undefined {
  const finite = values.filter((v) => !Number.isNaN(v)).sort();
  if (finite.length === 0) return undefined;
  const tail = (1 - level) / 2;
  return { low: percentileOfSorted(finite, tail), high: percentileOfSorted(finite, 1 - tail), level };
}

function percentileOfSorted(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const below = Math.floor(h);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (h - below) * (sorted[above]! - sorted[below]!);
}
