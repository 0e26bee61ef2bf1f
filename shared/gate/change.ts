import type { Direction } from '../evaluate/types.js';
import type { MetricDelta } from '../metrics/types.js';

/** A change from baseline to candidate seen in the metric's own direction. */
export interface DirectedChange {
  baseline: number;
  candidate: number;
  /** improvement in the metric's units: positive is better, negative is a drop */
  gain: number;
  /**
   * improvement relative to |baseline|; ±Infinity when the baseline is 0 and the value moved,
   * 0 when neither moved
   */
  relativeGain: number;
  pValue?: number;
}

/** Reads a delta (or computes one from two values) in the direction the metric improves. */
export function directedChange(direction: Direction, delta: Pick<MetricDelta, 'baseline' | 'candidate' | 'pValue'> & Partial<MetricDelta>): DirectedChange {
  const sign = direction === 'higher' ? 1 : -1;
  const absolute = delta.absolute ?? delta.candidate - delta.baseline;
  const relative = delta.relative !== undefined ? delta.relative : delta.baseline === 0 ? null : absolute / Math.abs(delta.baseline);
  const gain = sign * absolute;
  const relativeGain = relative === null ? (gain === 0 ? 0 : gain > 0 ? Infinity : -Infinity) : sign * relative;
  return { baseline: delta.baseline, candidate: delta.candidate, gain, relativeGain, ...(delta.pValue !== undefined ? { pValue: delta.pValue } : {}) };
}

/** Rounding noise (1e-12 of the limit) does not decide a rule. */
export function atMost(value: number, limit: number): boolean {
  return value <= limit + 1e-12 * Math.max(1, Math.abs(limit));
}

export function atLeast(value: number, limit: number): boolean {
  return value >= limit - 1e-12 * Math.max(1, Math.abs(limit));
}
