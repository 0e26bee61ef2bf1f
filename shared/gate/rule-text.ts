import type { Direction } from '../evaluate/types.js';
import { formatNumber, formatPercent } from '../report/format.js';
import type { ChangeLimit, ThresholdBound } from './policy-types.js';

/** Limits in ids are written as in the policy file, so an id can be searched for there. */
export function plainNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

export function plainPercent(fraction: number): string {
  return `${plainNumber(fraction * 100)}%`;
}

export function thresholdId(metric: string, bound: ThresholdBound, limit: number): string {
  return `${metric} ${bound === 'min' ? '>=' : '<='} ${plainNumber(limit)}`;
}

export function thresholdDescription(bound: ThresholdBound, limit: number): string {
  return `${bound === 'min' ? '≥' : '≤'} ${formatNumber(limit, 6)}`;
}

const CHANGE_WORDS: Record<ChangeLimit, { id: string; text: string; relative: boolean }> = {
  max_drop: { id: 'drop <=', text: 'drop ≤', relative: false },
  max_relative_drop: { id: 'relative drop <=', text: 'drop ≤', relative: true },
  min_gain: { id: 'gain >=', text: 'gain ≥', relative: false },
  min_relative_gain: { id: 'relative gain >=', text: 'gain ≥', relative: true },
};

export function changeId(metric: string, limitType: ChangeLimit, limit: number): string {
  const words = CHANGE_WORDS[limitType];
  return `${metric} ${words.id} ${words.relative ? plainPercent(limit) : plainNumber(limit)}`;
}

export function changeDescription(limitType: ChangeLimit, limit: number, alpha: number | null): string {
  const words = CHANGE_WORDS[limitType];
  const amount = words.relative ? `${formatPercent(limit, 6)} (relative)` : `${formatNumber(limit, 6)} (absolute)`;
  const significance = alpha !== null && limitType.endsWith('drop') ? `, if significant at α = ${plainNumber(alpha)}` : '';
  return `${words.text} ${amount}${significance}`;
}

export function isRelative(limitType: ChangeLimit): boolean {
  return CHANGE_WORDS[limitType].relative;
}

/** "accuracy improved from 0.8596 to 0.9766 (+0.117)" and the like, in the metric's direction. */
export function changeSentence(metric: string, direction: Direction, baseline: number, candidate: number, gain: number): string {
  const figures = `from ${formatNumber(baseline)} to ${formatNumber(candidate)}`;
  if (gain === 0) return `${metric} did not change (${formatNumber(candidate)})`;
  return `${metric} ${gain > 0 ? 'improved' : 'worsened'} ${figures} (${direction} is better)`;
}

export function slicePrefix(slice: { column: string; value: string } | undefined): string {
  return slice ? `slice ${slice.column}=${slice.value}: ` : '';
}
