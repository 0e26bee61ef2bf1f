import type { Direction } from '../evaluate/types.js';
import type { MetricDelta } from '../metrics/types.js';
import { dropSide } from './directions.js';

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
  /**
   * p-value of the drop side, doubled so that it reads against α like a two-sided p-value (twice
   * the one-sided p-value of a drop, capped at 1): the drop side's false-fail rate is then α/2.
   * Undefined without a paired test.
   */
  dropPValue?: number;
}

/** Reads a delta (or computes one from two values) in the direction the metric improves. */
export function directedChange(direction: Direction, delta: Pick<MetricDelta, 'baseline' | 'candidate'> & Partial<MetricDelta>): DirectedChange {
  const sign = direction === 'higher' ? 1 : -1;
  const absolute = delta.absolute ?? delta.candidate - delta.baseline;
  const relative = delta.relative !== undefined ? delta.relative : delta.baseline === 0 ? null : absolute / Math.abs(delta.baseline);
  const gain = sign * absolute;
  const relativeGain = relative === null ? (gain === 0 ? 0 : gain > 0 ? Infinity : -Infinity) : sign * relative;
  const dropPValue = dropSidePValue(direction, delta, gain);
  return { baseline: delta.baseline, candidate: delta.candidate, gain, relativeGain, ...(dropPValue !== undefined ? { dropPValue } : {}) };
}

/**
 * The drop side's one-sided p-value, doubled. A delta with only a two-sided p-value (of a
 * symmetric test) gives it for a change for the worse and 1 for one for the better.
 */
function dropSidePValue(direction: Direction, delta: Partial<MetricDelta>, gain: number): number | undefined {
  const oneSided = dropSide(direction) === 'down' ? delta.pValueDown : delta.pValueUp;
  if (oneSided !== undefined) return Math.min(1, 2 * oneSided);
  if (delta.pValue === undefined) return undefined;
  return gain < 0 ? delta.pValue : 1;
}

/** Rounding noise (1e-12 of the limit) does not decide a rule. */
export function atMost(value: number, limit: number): boolean {
  return value <= limit + 1e-12 * Math.max(1, Math.abs(limit));
}

export function atLeast(value: number, limit: number): boolean {
  return value >= limit - 1e-12 * Math.max(1, Math.abs(limit));
}
