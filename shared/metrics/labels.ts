import type { ClassIndices, MetricValues, RowWeights } from './types.js';

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
export function weightedConfusion(yTrue: ClassIndices, yPred: ClassIndices, k: number, weights?: RowWeights): Float64Array {
  const matrix = new Float64Array(k * k);
  const n = yTrue.length;
  if (weights) {
    for (let i = 0; i < n; i++) matrix[yTrue[i]! * k + yPred[i]!] += weights[i]!;
  } else {
    for (let i = 0; i < n; i++) matrix[yTrue[i]! * k + yPred[i]!]++;
  }
  return matrix;
}

interface ClassScores {
  present: boolean;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

function classScores(matrix: Float64Array, k: number): ClassScores[] {
  const scores: ClassScores[] = [];
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
    scores.push({ present: trueSum > 0 || predSum > 0, support: trueSum, precision, recall, f1 });
  }
  return scores;
}

type ScoreName = 'precision' | 'recall' | 'f1';

function macro(scores: ClassScores[], name: ScoreName): number {
  let sum = 0;
  let count = 0;
  for (const s of scores) {
    if (!s.present) continue;
    sum += s[name];
    count++;
  }
  return count > 0 ? sum / count : NaN;
}

function weighted(scores: ClassScores[], name: ScoreName): number {
  let sum = 0;
  let support = 0;
  for (const s of scores) {
    if (!s.present) continue;
    sum += s[name] * s.support;
    support += s.support;
  }
  return support > 0 ? sum / support : 0;
}

/** The label metrics named in `wanted`, from a confusion matrix; NaN for all when its total is 0. */
export function labelMetrics(matrix: Float64Array, k: number, wanted: ReadonlySet<string>): MetricValues {
  const out: MetricValues = {};
  let total = 0;
  let correct = 0;
  for (let c = 0; c < k; c++) correct += matrix[c * k + c]!;
  for (let j = 0; j < matrix.length; j++) total += matrix[j]!;
  const scores = classScores(matrix, k);
  const positive = scores[1]!;
  const all: Record<string, () => number> = {
    accuracy: () => correct / total,
    balanced_accuracy: () => {
      let sum = 0;
      let count = 0;
      for (const s of scores) {
        if (s.support > 0) {
          sum += s.recall;
          count++;
        }
      }
      return sum / count;
    },
    precision: () => positive.precision,
    recall: () => positive.recall,
    f1: () => positive.f1,
    precision_macro: () => macro(scores, 'precision'),
    recall_macro: () => macro(scores, 'recall'),
    f1_macro: () => macro(scores, 'f1'),
    precision_weighted: () => weighted(scores, 'precision'),
    recall_weighted: () => weighted(scores, 'recall'),
    f1_weighted: () => weighted(scores, 'f1'),
  };
  for (const name of LABEL_METRIC_NAMES) {
    if (wanted.has(name)) out[name] = total > 0 ? all[name]!() : NaN;
  }
  return out;
}
