import type { Predictions } from '../model/types.js';

import { SCORE_BOUNDS } from '../model/score-bounds.js';

export { SCORE_BOUNDS };

/**
 * The gated evaluation's score distribution, the reference monitor measures prediction drift
 * against: binary → the positive class's probability, multiclass → the predicted class's (the
 * same definition as serve's mlci_prediction_score). `counts[k]` is the rows with a score in
 * (bounds[k-1], bounds[k]] (the first bin from 0), as Prometheus's `le` buckets count them.
 */
export interface ScoreDistribution {
  score: 'positive-class probability' | 'predicted-class probability';
  bounds: number[];
  counts: number[];
  rows: number;
}

/** `{ scoreDistribution }` for a classifier with probabilities, to spread into metrics.json; `{}` otherwise */
export function scoreDistributionOf(predictions: Predictions): { scoreDistribution?: ScoreDistribution } {
  const p = predictions.probabilities;
  const classes = predictions.classes?.length ?? 0;
  // a binary model's P(class 1) may be kept alone (Predictions): its score all the same
  const width = classes === 2 && p?.length === predictions.rowCount ? 1 : classes;
  if (predictions.task === 'regression' || !p || classes < 2 || p.length !== predictions.rowCount * width) return {};
  const counts = new ScoreCounts(predictions.task);
  counts.add(p, width, predictions.rowCount);
  return counts.distribution();
}

/** A score distribution's counts, added up rows after rows (evaluate-gate adds each batch as it streams). */
export class ScoreCounts {
  private readonly counts = new Array<number>(SCORE_BOUNDS.length).fill(0);
  private rows = 0;

  constructor(private readonly task: 'binary' | 'multiclass') {}

  /** `n` rows of probabilities, `width` a row (1: a binary model's P(class 1) alone) */
  add(p: Float32Array | Float64Array, width: number, n: number): void {
    const { counts } = this;
    for (let r = 0; r < n; r++) {
      let score = p[r * width + width - 1]!;
      if (this.task === 'multiclass') for (let c = 0; c < width - 1; c++) score = Math.max(score, p[r * width + c]!);
      const bin = binOf(score);
      if (bin < 0) continue;
      counts[bin]!++;
      this.rows++;
    }
  }

  distribution(): { scoreDistribution: ScoreDistribution } {
    return { scoreDistribution: { score: this.task === 'binary' ? 'positive-class probability' : 'predicted-class probability', bounds: [...SCORE_BOUNDS], counts: [...this.counts], rows: this.rows } };
  }
}

/** the bin of a score (the first bound it does not exceed); -1 for NaN or a score above 1 */
export function binOf(score: number): number {
  if (!(score <= 1)) return -1;
  let lo = 0;
  let hi = SCORE_BOUNDS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (score <= SCORE_BOUNDS[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
