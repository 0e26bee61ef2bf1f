/**
 * Class scores that are not probabilities yet: most networks (a PyTorch classifier's `output`)
 * end at their logits and leave softmax to the loss. Metrics of probabilities (log loss, Brier,
 * calibration, ROC AUC's ties) need the real thing, so such a model is evaluated with
 * `scores: logits`, and its scores become probabilities here: softmax across the columns, or the
 * logistic sigmoid of a single column (a binary model's log-odds of its positive class).
 */
export type ClassScores = 'probabilities' | 'logits';

export const CLASS_SCORES: ClassScores[] = ['probabilities', 'logits'];

/** softmax of each of the `n` rows of `width` logits in `data` from `offset`, in place (in float64, stored as its type) */
export function softmaxRows(data: Float32Array | Float64Array, offset: number, n: number, width: number): void {
  for (let r = 0, o = offset; r < n; r++, o += width) {
    let max = -Infinity;
    for (let c = 0; c < width; c++) max = Math.max(max, data[o + c]!);
    let sum = 0;
    for (let c = 0; c < width; c++) sum += Math.exp(data[o + c]! - max);
    for (let c = 0; c < width; c++) data[o + c] = Math.exp(data[o + c]! - max) / sum;
  }
}

/** the logistic sigmoid, without overflow for large negative inputs */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
