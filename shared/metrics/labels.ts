/**
 * Metrics of predicted labels, all read off one weighted confusion matrix, as scikit-learn computes
 * them with its default zero_division ("warn", i.e. 0): a precision with nothing predicted, a recall
 * with no true rows, an F1 with precision + recall = 0 are 0.
 *
 * Macro averages run over the classes that occur (positive weight) in the truth or the predictions,
 * like scikit-learn's unique_labels; with weights this means that a row of weight 0 counts as absent,
 * so integer weights give exactly the figures of the rows repeated (what the bootstrap relies on).
 */

export const LABEL_METRIC_NAMES: readonly string[] = [
  'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1',
  'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted',
];

/** matrix[t * k + p]: total weight of the rows of true class t predicted as class p */
export function weightedConfusion(yTrue: Int32Array, yPred: Int32Array, k: number, weights?: Float64Array): Float64Array {
  const matrix = new Float64Array(k * k);
  const n = yTrue.length;
  if (weights) {
    for (let i = 0; i < n; i++) matrix[yTrue[i]! * k + yPred[i]!] += weights[i]!;
  } else {
    for (let i = 0; i < n; i++) matrix[yTrue[i]! * k + yPred[i]!]++;
  }
  return matrix;
}

/**
 * Every label metric of a confusion matrix, written into `into` in LABEL_METRIC_NAMES order; NaN
 * for all when its total is 0. No objects: the bootstrap calls this once per resample, mostly before
 * V8 has optimised it. precision, recall and f1 are of class index 1 (NaN with fewer than 2 classes).
 */
export function labelMetricValues(matrix: Float64Array, k: number, into: Float64Array): void {
  let total = 0;
  let correct = 0;
  for (let c = 0; c < k; c++) correct += matrix[c * k + c]!;
  for (let j = 0; j < matrix.length; j++) total += matrix[j]!;
  if (!(total > 0)) {
    into.fill(NaN, 0, LABEL_METRIC_NAMES.length);
    return;
  }
  let recallSum = 0;
  let recallCount = 0;
  let present = 0;
  let support = 0;
  let precisionMacro = 0;
  let recallMacro = 0;
  let f1Macro = 0;
  let precisionWeighted = 0;
  let recallWeighted = 0;
  let f1Weighted = 0;
  into[2] = into[3] = into[4] = NaN;
  for (let c = 0; c < k; c++) {
    let trueSum = 0;
    let predSum = 0;
    for (let j = 0; j < k; j++) {
      trueSum += matrix[c * k + j]!;
      predSum += matrix[j * k + c]!;
    }
    const tp = matrix[c * k + c]!;
    const precision = predSum > 0 ? tp / predSum : 0;
    const recall = trueSum > 0 ? tp / trueSum : 0;
    // scikit-learn's form (1 + β²)·P·R / (β²·P + R) with β = 1, kept for bit-identical figures
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    if (c === 1) {
      into[2] = precision;
      into[3] = recall;
      into[4] = f1;
    }
    if (trueSum > 0) {
      recallSum += recall;
      recallCount++;
    }
    // macro and weighted averages over the classes present in the truth or the predictions
    if (trueSum > 0 || predSum > 0) {
      present++;
      precisionMacro += precision;
      recallMacro += recall;
      f1Macro += f1;
      precisionWeighted += precision * trueSum;
      recallWeighted += recall * trueSum;
      f1Weighted += f1 * trueSum;
      support += trueSum;
    }
  }
  into[0] = correct / total;
  into[1] = recallSum / recallCount;
  into[5] = present > 0 ? precisionMacro / present : NaN;
  into[6] = present > 0 ? recallMacro / present : NaN;
  into[7] = present > 0 ? f1Macro / present : NaN;
  into[8] = support > 0 ? precisionWeighted / support : 0;
  into[9] = support > 0 ? recallWeighted / support : 0;
  into[10] = support > 0 ? f1Weighted / support : 0;
}
