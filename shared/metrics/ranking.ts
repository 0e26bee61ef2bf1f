import { sortScores } from './sort.js';

/**
 * ROC AUC and average precision from scores sorted once. Each evaluation walks the rows from the
 * highest score down, accumulating weighted true and false positives, and closes a point of the
 * curves only where the score changes: tied scores form one threshold, as in scikit-learn's
 * roc_curve / precision_recall_curve. With the order fixed, a bootstrap resample (new weights) costs
 * one O(n) pass.
 */
export interface RankedScores {
  /** row indices, ascending by score; walked from the end */
  order: Uint32Array;
  /** 1 where the row at this sorted position is of the positive class */
  positive: Uint8Array;
  /** 1 where a threshold closes at this sorted position (the next lower score differs, or none) */
  closesThreshold: Uint8Array;
}

/** Sorts `scores[offset + i * stride]` (one column of a row-major matrix) against `yTrue == positiveClass`. */
export function rankScores(scores: Float32Array | Float64Array, yTrue: Int32Array, positiveClass: number, offset = 0, stride = 1): RankedScores {
  const n = yTrue.length;
  const { order, keys } = sortScores(scores, n, offset, stride);
  const positive = new Uint8Array(n);
  const closesThreshold = new Uint8Array(n);
  for (let pos = 0; pos < n; pos++) positive[pos] = yTrue[order[pos]!] === positiveClass ? 1 : 0;
  // a threshold closes where the next lower score differs: sorted keys differ exactly when scores do
  for (const key of keys) {
    if (n > 0) closesThreshold[0] = 1;
    for (let pos = 1; pos < n; pos++) if (key[pos] !== key[pos - 1]) closesThreshold[pos] = 1;
  }
  return { order, positive, closesThreshold };
}

export interface RankingFigures {
  /** NaN when the weighted rows hold only one class (scikit-learn raises) */
  rocAuc: number;
  /** 0 when no positive row has weight (scikit-learn warns and its curve gives 0); NaN without any weight */
  averagePrecision: number;
}

export function rankingFigures({ order, positive, closesThreshold }: RankedScores, weights?: Float64Array): RankingFigures {
  let tp = 0;
  let fp = 0;
  let tpBefore = 0;
  let fpBefore = 0;
  let area = 0;
  let precisionSum = 0;
  for (let pos = order.length - 1; pos >= 0; pos--) {
    const w = weights ? weights[order[pos]!]! : 1;
    if (positive[pos]) tp += w;
    else fp += w;
    if (closesThreshold[pos]) {
      area += ((fp - fpBefore) * (tp + tpBefore)) / 2;
      if (tp > tpBefore) precisionSum += ((tp - tpBefore) * tp) / (tp + fp);
      tpBefore = tp;
      fpBefore = fp;
    }
  }
  return {
    rocAuc: tp > 0 && fp > 0 ? area / (tp * fp) : NaN,
    averagePrecision: tp > 0 ? precisionSum / tp : fp > 0 ? 0 : NaN,
  };
}
