import type { InferenceTiming } from './types.js';

/** Percentile with linear interpolation between closest ranks (numpy's default). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * Summarizes timed runs (ms) and their sizes into the report's operational figures. A run's time
 * is its session.run, from the call to its resolution: the model's latency for that many rows,
 * as a serving call would see it. Filling the input from the columns and collecting the outputs
 * are not in it; they are in `totalMs` and so in `rowsPerSecond`, the pass's throughput over its
 * `passBatches` batches of `passRows` rows in all (the timed runs may leave out a first batch that
 * was warm-up, and add extra latency samples after the pass).
 */
export function summarizeTiming(batchMs: number[], batchRows: number[], batchSize: number, totalMs: number, passBatches: number, passRows: number): InferenceTiming {
  const batches = Float64Array.from(batchMs).sort();
  const perRow = Float64Array.from(batchMs, (ms, i) => ms / Math.max(1, batchRows[i]!)).sort();
  return {
    batchSize,
    batches: passBatches,
    latencySamples: batchMs.length,
    batchLatencyP50: percentile(batches, 0.5),
    batchLatencyP95: percentile(batches, 0.95),
    rowLatencyP50: percentile(perRow, 0.5),
    rowLatencyP95: percentile(perRow, 0.95),
    rowsPerSecond: totalMs > 0 ? (passRows * 1000) / totalMs : 0,
    totalMs,
  };
}
