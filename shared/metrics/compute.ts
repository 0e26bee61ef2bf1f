import type { Task } from '../model/types.js';
import { classificationPass, type MetricPass } from './classification-pass.js';
import { weightedConfusion } from './labels.js';
import { checkMetricNames, metricInfo, metricNamesForTask } from './registry.js';
import { regressionMetrics, regressionRows } from './regression.js';
import type { ClassificationInputs, ConfusionMatrix, MetricInputs, MetricValues, RegressionInputs } from './types.js';
import { asClassification, asRegression, checkInputs } from './validate.js';

/**
 * Metric values for one set of row weights. Made by `prepareMetrics`, which does the per-model
 * work (sorting scores, per-row losses) once, so that each call is O(n): the bootstrap calls it
 * once per resample with the resample's counts as weights, through `into`, which allocates nothing.
 */
export interface MetricEvaluator {
  (weights?: Float64Array): MetricValues;
  /** the metrics it computes, in the order asked for */
  readonly names: readonly string[];
  /** the same figures as a call, written into out[j] for names[j] */
  into: MetricPass;
}

/**
 * The metrics of `task` over the rows, by scikit-learn's names and definitions; `weights` (one
 * non-negative number per row) act like scikit-learn's sample_weight. `names` defaults to every
 * metric of the task the inputs allow (no probability metrics without `proba`). A metric that is
 * undefined on these rows (roc_auc with one class present) is NaN.
 */
export function computeMetrics(task: Task, inputs: MetricInputs, weights?: Float64Array, names?: readonly string[]): MetricValues {
  checkInputs(task, inputs, weights);
  return prepareMetrics(task, inputs, names, { checked: true })(weights);
}

/** The metric names computed when none are asked for: the task's, less those needing missing probabilities. */
export function defaultMetricNames(task: Task, inputs: MetricInputs): string[] {
  const k = 'classCount' in inputs ? inputs.classCount : undefined;
  const hasProbabilities = 'classCount' in inputs && inputs.proba !== undefined;
  return metricNamesForTask(task, k).filter((name) => hasProbabilities || !metricInfo(name)!.needsProbabilities);
}

export function prepareMetrics(task: Task, inputs: MetricInputs, names?: readonly string[], options: { checked?: boolean } = {}): MetricEvaluator {
  if (!options.checked) checkInputs(task, inputs);
  const wanted = names ?? defaultMetricNames(task, inputs);
  checkMetricNames(task, 'classCount' in inputs ? inputs.classCount : undefined, wanted);
  const into = task === 'regression' ? regressionPass(asRegression(inputs), wanted) : classificationPass(asClassification(inputs), wanted);
  const evaluate = (weights?: Float64Array): MetricValues => {
    const values = new Float64Array(wanted.length);
    into(weights, values);
    // in the order asked for, so reports list them as the caller chose
    const ordered: MetricValues = {};
    wanted.forEach((name, j) => (ordered[name] = values[j]!));
    return ordered;
  };
  return Object.assign(evaluate, { names: wanted, into });
}

function regressionPass(inputs: RegressionInputs, wanted: readonly string[]): MetricPass {
  const rows = regressionRows(inputs);
  const wantedSet = new Set(wanted);
  return (weights, out) => {
    const values = regressionMetrics(rows, wantedSet, weights);
    wanted.forEach((name, j) => (out[j] = values[name]!));
  };
}

/**
 * scikit-learn's confusion_matrix with labels = all classes: matrix[actual][predicted], summing
 * weights when given. `classes` names the class indices (the model's labels); 0..k-1 by default.
 */
export function computeConfusionMatrix(inputs: ClassificationInputs, classes?: (number | string)[], weights?: Float64Array): ConfusionMatrix {
  const k = inputs.classCount;
  checkInputs(k === 2 ? 'binary' : 'multiclass', inputs, weights);
  const flat = weightedConfusion(inputs.yTrue, inputs.yPred, k, weights);
  const labels = classes ?? Array.from({ length: k }, (_, c) => c);
  if (labels.length !== k) throw new Error(`${labels.length} class labels for ${k} classes`);
  return { classes: labels, matrix: Array.from({ length: k }, (_, t) => Array.from(flat.subarray(t * k, (t + 1) * k))) };
}
