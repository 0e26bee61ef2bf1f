import type { QuantileSketch } from './quantile-sketch.js';

export const HISTOGRAM_BINS = 20;

export interface Histogram {
  /** bins + 1 ascending edges from min to max */
  edges: number[];
  counts: number[];
}

/**
 * A fixed equal-width histogram between min and max, read off the quantile sketch's buckets (so it
 * merges as the sketch does). A bucket's values sit within 1% of its midpoint, so a value can land
 * one bin off only when it lies within 1% of a bin edge. `buckets`: the sketch's, when the caller has them.
 */
export function histogramOf(sketch: QuantileSketch, min: number, max: number, bins = HISTOGRAM_BINS, buckets = sketch.buckets()): Histogram | undefined {
  if (sketch.count === 0 || !(max >= min)) return undefined;
  if (max === min) return { edges: [min, max], counts: [sketch.count] };
  const width = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (const b of buckets) {
    const at = Math.min(bins - 1, Math.max(0, Math.floor((b.value - min) / width)));
    counts[at]! += b.count;
  }
  return { edges, counts };
}
