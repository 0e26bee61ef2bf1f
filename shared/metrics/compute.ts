import { UserError } from '../errors.js';
import type { Task } from '../model/types.js';
import { LABEL_METRIC_NAMES, labelMetrics, weightedConfusion } from './labels.js';
import { brier, expectedCalibrationError, logLoss, logLossPerRow, storedColumns } from './probability.js';
import { prepareRanking } from './ranking.js';
import { checkMetricNames, metricInfo, metricNamesForTask } from './registry.js';
import { regressionMetrics } from './regression.js';
import type { ClassificationInputs, ConfusionMatrix, MetricInputs, MetricValues, RowWeights } from './types.js';
import { asClassification, asRegression, checkInputs } from './validate.js';
import { weightedMean } from './weighted-mean.js';

/**
 * Metric values for one set of row weights. Made by `prepareMetrics`, which does the per-model
 * work (sorting scores) once, when first needed, so that each call is O(n): the bootstrap calls it
 * once per resample with the resample's counts as weights.
 */
export type MetricEvaluator = (weights?: RowWeights) => MetricValues;

/**
 * The metrics of `task` over the rows, by scikit-learn's names and definitions; `weights` (one
 * non-negative number per row) act like scikit-learn's sample_weight. `names` defaults to every
 * metric of the task the inputs allow (no probability metrics without `proba`). A metric that is
 * undefined on these rows (roc_auc with one class present) is NaN.
 */
export function computeMetrics(task: Task, inputs: MetricInputs, weights?: RowWeights, names?: readonly string[]): MetricValues {
  checkInputs(task, inputs, weights);
  return prepareMetrics(task, inputs, names, { checked: true })(weights);
}

/** The metric names computed when none are asked for: the task's, less those needing missing probabilities. */
export function defaultMetricNames(task: Task, inputs: MetricInputs): string[] {
  const k = 'classCount' in inputs ? inputs.classCount : undefined;
  const hasProbabilities = 'classCount' in inputs && inputs.proba !== undefined;
  return metricNamesForTask(task, k).filter((name) => hasProbabilities || !metricInfo(name)!.needsProbabilities);
}

export interface PrepareOptions {
  /** the inputs were checked already (checkInputs) */
  checked?: boolean;
  /**
   * the evaluator will be called with many weightings (the bootstrap's resamples): the per-row
   * log losses are then kept (8 bytes a row) rather than their logarithms taken at every call
   */
  repeatedWeights?: boolean;
  /**
   * figures already computed without weights over these very rows (StreamingProbabilityFigures:
   * the same doubles), given by the call without weights instead of computed again
   */
  unweighted?: MetricValues;
}

/**
 * Memory: besides the inputs, an evaluator keeps per row only what its weighted calls need, made
 * at the first of them: the ranking metrics' order (4 bytes a row per ranked column) and, with
 * `repeatedWeights`, the log losses. A call without weights sorts in 4 bytes a row and keeps nothing.
 */
export function prepareMetrics(task: Task, inputs: MetricInputs, names?: readonly string[], options: PrepareOptions = {}): MetricEvaluator {
  if (!options.checked) checkInputs(task, inputs);
  const wanted = names ?? defaultMetricNames(task, inputs);
  checkMetricNames(task, 'classCount' in inputs ? inputs.classCount : undefined, wanted);
  const wantedSet = new Set(wanted);
  let evaluate: (out: MetricValues, weights?: RowWeights) => void;
  if (task === 'regression') {
    const regression = asRegression(inputs);
    evaluate = (out, weights) => Object.assign(out, regressionMetrics(regression, wantedSet, weights));
  } else {
    const parts = classificationParts(asClassification(inputs), wantedSet, options.repeatedWeights ?? false, options.unweighted ?? {});
    evaluate = (out, weights) => parts.forEach((part) => part(out, weights));
  }
  return (weights) => {
    const out: MetricValues = {};
    evaluate(out, weights);
    // in the order asked for, so reports list them as the caller chose
    const ordered: MetricValues = {};
    for (const name of wanted) ordered[name] = out[name]!;
    return ordered;
  };
}

type Part = (out: MetricValues, weights?: RowWeights) => void;

function classificationParts(inputs: ClassificationInputs, wanted: Set<string>, repeatedWeights: boolean, unweighted: MetricValues): Part[] {
  const { yTrue, yPred, proba, classCount: k } = inputs;
  const parts: Part[] = [];
  if (LABEL_METRIC_NAMES.some((name) => wanted.has(name))) {
    parts.push((out, w) => Object.assign(out, labelMetrics(weightedConfusion(yTrue, yPred, k, w), k, wanted)));
  }
  const probabilityNames = [...wanted].filter((name) => metricInfo(name)!.needsProbabilities);
  if (probabilityNames.length === 0) return parts;
  if (!proba) {
    throw new UserError(
      `The metric ${probabilityNames.join(', ')} needs class probabilities, but the model gives labels only.`,
      undefined,
      'Export the model with a probability output, or gate on label metrics such as accuracy or f1_macro.',
    );
  }
  // a binary model's P(class 1) alone (storedColumns) is column 0 of one
  const width = storedColumns(proba, yTrue.length, k);
  if (wanted.has('roc_auc') || wanted.has('average_precision')) {
    const ranking = prepareRanking(proba, yTrue, 1, width === 1 ? 0 : 1, width);
    parts.push((out, w) => {
      const figures = ranking.figures(w);
      if (wanted.has('roc_auc')) out.roc_auc = figures.rocAuc;
      if (wanted.has('average_precision')) out.average_precision = figures.averagePrecision;
    });
  }
  if (wanted.has('roc_auc_ovr_macro')) {
    const perClass = Array.from({ length: k }, (_, c) => prepareRanking(proba, yTrue, c, c, k));
    // one class absent from the rows leaves its AUC undefined, and the average with it (NaN)
    parts.push((out, w) => (out.roc_auc_ovr_macro = perClass.reduce((sum, ranking) => sum + ranking.figures(w).rocAuc, 0) / k));
  }
  if (wanted.has('log_loss')) {
    let perRow: Float64Array | undefined;
    parts.push((out, w) => {
      if (!w && unweighted.log_loss !== undefined) return void (out.log_loss = unweighted.log_loss);
      if (w && repeatedWeights) perRow ??= logLossPerRow(proba, yTrue, k);
      out.log_loss = perRow ? weightedMean(perRow, w) : logLoss(proba, yTrue, k, w);
    });
  }
  if (wanted.has('brier')) parts.push((out, w) => (out.brier = !w && unweighted.brier !== undefined ? unweighted.brier : brier(proba, yTrue, w)));
  if (wanted.has('ece')) parts.push((out, w) => (out.ece = !w && unweighted.ece !== undefined ? unweighted.ece : expectedCalibrationError(proba, yTrue, k, w)));
  return parts;
}

/**
 * scikit-learn's confusion_matrix with labels = all classes: matrix[actual][predicted], summing
 * weights when given. `classes` names the class indices (the model's labels); 0..k-1 by default.
 */
export function computeConfusionMatrix(inputs: ClassificationInputs, classes?: (number | string)[], weights?: RowWeights): ConfusionMatrix {
  const k = inputs.classCount;
  checkInputs(k === 2 ? 'binary' : 'multiclass', inputs, weights);
  const flat = weightedConfusion(inputs.yTrue, inputs.yPred, k, weights);
  const labels = classes ?? Array.from({ length: k }, (_, c) => c);
  if (labels.length !== k) throw new Error(`${labels.length} class labels for ${k} classes`);
  return { classes: labels, matrix: Array.from({ length: k }, (_, t) => Array.from(flat.subarray(t * k, (t + 1) * k))) };
}
