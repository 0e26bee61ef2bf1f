import { UserError } from '../errors.js';
import { LABEL_METRIC_NAMES, labelMetricValues } from './labels.js';
import { metricInfo } from './registry.js';
import { brierPerRow, CALIBRATION_BINS, calibrationRows, logLossPerRow } from './probability.js';
import { rankScores, rankingFigures } from './ranking.js';
import type { ClassificationInputs } from './types.js';

/** writes the metrics of one set of row weights (none: every row once) into `out`, in the order they were asked for */
export type MetricPass = (weights: Float64Array | undefined, out: Float64Array) => void;

// where each metric's value is found after a pass: the label metrics first, then these
const ROC_AUC = LABEL_METRIC_NAMES.length;
const AVERAGE_PRECISION = ROC_AUC + 1;
const ROC_AUC_OVR_MACRO = ROC_AUC + 2;
const LOG_LOSS = ROC_AUC + 3;
const BRIER = ROC_AUC + 4;
const ECE = ROC_AUC + 5;
const FIGURE_SLOTS: Record<string, number> = {
  ...Object.fromEntries(LABEL_METRIC_NAMES.map((name, slot) => [name, slot])),
  roc_auc: ROC_AUC, average_precision: AVERAGE_PRECISION, roc_auc_ovr_macro: ROC_AUC_OVR_MACRO, log_loss: LOG_LOSS, brier: BRIER, ece: ECE,
};

/**
 * The classification metrics `names`, prepared once per model (scores sorted, per-row losses and
 * calibration gaps computed) so that each set of weights costs one pass over the rows for every
 * weighted sum (the confusion matrix, log loss, Brier score, the calibration bins) and one walk of
 * the sorted scores per ROC curve. Nothing is allocated per call: the bootstrap makes 1,000 of them,
 * on a small file before V8 has optimised any of it.
 *
 * Each sum adds the rows in order, as a separate loop per metric would: the figures are the same to
 * the bit as weightedMean, weightedConfusion and the calibration error computed one by one.
 */
export function classificationPass(inputs: ClassificationInputs, names: readonly string[]): MetricPass {
  const { yTrue, yPred, proba, classCount: k } = inputs;
  const wanted = new Set(names);
  const probabilityNames = names.filter((name) => metricInfo(name)!.needsProbabilities);
  if (probabilityNames.length > 0 && !proba) {
    throw new UserError(
      `The metric ${probabilityNames.join(', ')} needs class probabilities, but the model gives labels only.`,
      undefined,
      'Export the model with a probability output, or gate on label metrics such as accuracy or f1_macro.',
    );
  }
  const labels = LABEL_METRIC_NAMES.some((name) => wanted.has(name));
  const ranked = proba && (wanted.has('roc_auc') || wanted.has('average_precision')) ? rankScores(proba, yTrue, 1, 1, 2) : undefined;
  const perClass = proba && wanted.has('roc_auc_ovr_macro') ? Array.from({ length: k }, (_, c) => rankScores(proba, yTrue, c, c, k)) : undefined;
  const loss = proba && wanted.has('log_loss') ? logLossPerRow(proba, yTrue, k) : undefined;
  const squared = proba && wanted.has('brier') ? brierPerRow(proba, yTrue) : undefined;
  const calibration = proba && wanted.has('ece') ? calibrationRows(proba, yTrue, k) : undefined;
  const bin = calibration?.bin;
  const gap = calibration?.gap;

  const slots = Int32Array.from(names, (name) => FIGURE_SLOTS[name]!);
  const figures = new Float64Array(ECE + 1);
  const matrix = new Float64Array(k * k);
  const binGap = new Float64Array(CALIBRATION_BINS);
  const n = yTrue.length;
  // each row's cell of the confusion matrix
  const cell = labels ? Int32Array.from(yTrue, (t, i) => t * k + yPred[i]!) : undefined;
  // no weights is weight 1 for every row: w · x = x and the weights sum to n, exactly
  let ones: Float64Array | undefined;

  return (weights, out) => {
    const w = weights ?? (ones ??= new Float64Array(n).fill(1));
    matrix.fill(0);
    binGap.fill(0);
    let lossSum = 0;
    let squaredSum = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const wi = w[i]!;
      total += wi;
      if (cell) matrix[cell[i]!] += wi;
      if (loss) lossSum += wi * loss[i]!;
      if (squared) squaredSum += wi * squared[i]!;
      if (bin) binGap[bin[i]!] += wi * gap![i]!;
    }
    if (labels) labelMetricValues(matrix, k, figures);
    if (ranked) {
      const { rocAuc, averagePrecision } = rankingFigures(ranked, weights);
      figures[ROC_AUC] = rocAuc;
      figures[AVERAGE_PRECISION] = averagePrecision;
    }
    if (perClass) {
      // one class absent from the rows leaves its AUC undefined, and the average with it (NaN)
      let sum = 0;
      for (const classRanked of perClass) sum += rankingFigures(classRanked, weights).rocAuc;
      figures[ROC_AUC_OVR_MACRO] = sum / k;
    }
    figures[LOG_LOSS] = total > 0 ? lossSum / total : NaN;
    figures[BRIER] = total > 0 ? squaredSum / total : NaN;
    // ECE = Σ_bins (W_b / W) · |accuracy_b − confidence_b| = Σ_bins |Σ_{i in b} wᵢ·gapᵢ| / W
    let calibrationSum = 0;
    for (let b = 0; b < CALIBRATION_BINS; b++) calibrationSum += Math.abs(binGap[b]!);
    figures[ECE] = total > 0 ? calibrationSum / total : NaN;
    for (let j = 0; j < slots.length; j++) out[j] = figures[slots[j]!]!;
  };
}
