import type { RowWeights } from './types.js';

/** Σ wᵢ·valuesᵢ / Σ wᵢ (the plain mean without weights); NaN when the weights sum to 0. */
export function weightedMean(values: Float64Array, weights?: RowWeights): number {
  let sum = 0;
  if (!weights) {
    for (let i = 0; i < values.length; i++) sum += values[i]!;
    return values.length > 0 ? sum / values.length : NaN;
  }
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i]!;
    sum += w * values[i]!;
    total += w;
  }
  return total > 0 ? sum / total : NaN;
}
