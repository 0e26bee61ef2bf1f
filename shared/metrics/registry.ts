import { UserError } from '../errors.js';
import type { Task } from '../model/types.js';
import type { MetricDirection, MetricInfo } from './types.js';

function info(name: string, direction: MetricDirection, needsProbabilities: boolean, description: string): MetricInfo {
  return { name, direction, description, needsProbabilities };
}

const labelMetrics = {
  accuracy: info('accuracy', 'higher', false, 'Share of rows whose predicted class is the true class.'),
  balanced_accuracy: info('balanced_accuracy', 'higher', false, 'Mean of the recall of each class, so rare classes count as much as common ones.'),
  precision: info('precision', 'higher', false, 'Of the rows predicted positive (class index 1), the share that are positive.'),
  recall: info('recall', 'higher', false, 'Of the positive rows (class index 1), the share predicted positive.'),
  f1: info('f1', 'higher', false, 'Harmonic mean of precision and recall of the positive class (index 1).'),
  precision_macro: info('precision_macro', 'higher', false, 'Precision of each class, averaged with equal weight per class.'),
  recall_macro: info('recall_macro', 'higher', false, 'Recall of each class, averaged with equal weight per class.'),
  f1_macro: info('f1_macro', 'higher', false, 'F1 of each class, averaged with equal weight per class.'),
  precision_weighted: info('precision_weighted', 'higher', false, 'Precision of each class, averaged weighted by how many rows belong to it.'),
  recall_weighted: info('recall_weighted', 'higher', false, 'Recall of each class, averaged weighted by how many rows belong to it.'),
  f1_weighted: info('f1_weighted', 'higher', false, 'F1 of each class, averaged weighted by how many rows belong to it.'),
} as const;

const probabilityMetrics = {
  roc_auc: info('roc_auc', 'higher', true, 'Area under the ROC curve: chance that a random positive row scores above a random negative one.'),
  roc_auc_ovr_macro: info('roc_auc_ovr_macro', 'higher', true, 'ROC AUC of each class against the rest, averaged with equal weight per class.'),
  average_precision: info('average_precision', 'higher', true, 'Area under the precision-recall curve (step-wise, as scikit-learn computes it).'),
  log_loss: info('log_loss', 'lower', true, 'Mean negative log of the probability given to the true class.'),
  brier: info('brier', 'lower', true, 'Mean squared difference between the positive-class probability and the 0/1 truth.'),
  ece: info('ece', 'lower', true, 'Expected calibration error: confidence vs accuracy gap over 10 equal-width confidence bins.'),
} as const;

const regressionMetrics = {
  mae: info('mae', 'lower', false, 'Mean absolute error.'),
  rmse: info('rmse', 'lower', false, 'Root mean squared error.'),
  r2: info('r2', 'higher', false, 'Coefficient of determination: share of the target variance the predictions explain.'),
  mape: info('mape', 'lower', false, 'Mean absolute percentage error, as a fraction (0.1 = 10%).'),
  explained_variance: info('explained_variance', 'higher', false, 'Explained variance: like r2 but ignoring a constant bias in the predictions.'),
} as const;

const allMetrics: Record<string, MetricInfo> = { ...labelMetrics, ...probabilityMetrics, ...regressionMetrics };

const binaryNames = [
  ...Object.keys(labelMetrics),
  'roc_auc', 'average_precision', 'log_loss', 'brier', 'ece',
];
const multiclassNames = [
  'accuracy', 'balanced_accuracy',
  'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted',
  'roc_auc_ovr_macro', 'log_loss', 'ece',
];
const regressionNames = Object.keys(regressionMetrics);

/**
 * The metrics mlci computes for a task, in report order. A multiclass task with two classes gets the
 * binary set, since precision, recall and roc_auc of class index 1 are then well defined.
 */
export function metricsForTask(task: Task, classCount?: number): MetricInfo[] {
  return metricNamesForTask(task, classCount).map((name) => allMetrics[name]!);
}

export function metricNamesForTask(task: Task, classCount?: number): string[] {
  if (task === 'regression') return [...regressionNames];
  if (task === 'binary' || classCount === 2) return [...binaryNames];
  return [...multiclassNames];
}

/** The registry entry of any metric mlci knows, or undefined. */
export function metricInfo(name: string): MetricInfo | undefined {
  return Object.hasOwn(allMetrics, name) ? allMetrics[name] : undefined;
}

export function metricDirection(name: string): MetricDirection {
  const found = metricInfo(name);
  if (!found) throw unknownMetric(name, undefined);
  return found.direction;
}

/** Checks that every name is a metric of the task; the error lists the ones that are. */
export function checkMetricNames(task: Task, classCount: number | undefined, names: readonly string[], where?: string): void {
  const known = new Set(metricNamesForTask(task, classCount));
  for (const name of names) {
    if (!known.has(name)) throw unknownMetric(name, { task, known: [...known], where });
  }
}

function unknownMetric(name: string, context: { task: Task; known: string[]; where?: string } | undefined): UserError {
  if (!context) {
    return new UserError(`"${name}" is not a metric mlci knows.`, undefined, `Use one of: ${Object.keys(allMetrics).join(', ')}.`);
  }
  const what = metricInfo(name)
    ? `The metric "${name}" does not apply to a ${context.task} model.`
    : `"${name}" is not a metric mlci knows.`;
  return new UserError(what, context.where, `Use one of the ${context.task} metrics: ${context.known.join(', ')}.`);
}
