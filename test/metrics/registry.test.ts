// The metric registry the gate and the report read, and the errors users see.
import { isUserError } from '../../shared/errors.js';
import { computeMetrics, metricDirection, metricInfo, metricNamesForTask, metricsForTask } from '../../shared/metrics/index.js';
import type { ClassificationInputs } from '../../shared/metrics/types.js';

const tiny: ClassificationInputs = {
  yTrue: Int32Array.from([0, 1, 1, 0]),
  yPred: Int32Array.from([0, 1, 0, 0]),
  proba: Float64Array.from([0.8, 0.2, 0.3, 0.7, 0.6, 0.4, 0.9, 0.1]),
  classCount: 2,
};

test('each task has its metrics, each with a direction and a one-line description', () => {
  expect(metricNamesForTask('regression')).toEqual(['mae', 'rmse', 'r2', 'mape', 'explained_variance']);
  expect(metricNamesForTask('binary')).toEqual(expect.arrayContaining(['accuracy', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier', 'ece']));
  expect(metricNamesForTask('multiclass', 3)).toEqual(expect.arrayContaining(['f1_macro', 'roc_auc_ovr_macro', 'log_loss']));
  expect(metricNamesForTask('multiclass', 3)).not.toContain('roc_auc');
  expect(metricNamesForTask('multiclass', 2)).toEqual(metricNamesForTask('binary'));
  for (const task of ['binary', 'multiclass', 'regression'] as const) {
    for (const metric of metricsForTask(task, 3)) {
      expect(['higher', 'lower']).toContain(metric.direction);
      expect(metric.description).toMatch(/^[A-Z].*\.$/);
      expect(metric.description).not.toContain('\n');
    }
  }
  expect(['log_loss', 'brier', 'ece', 'mae', 'rmse', 'mape'].map(metricDirection)).toEqual(Array(6).fill('lower'));
  expect(['accuracy', 'roc_auc', 'r2', 'explained_variance'].map(metricDirection)).toEqual(Array(4).fill('higher'));
  expect(metricInfo('toString')).toBeUndefined();
});

test('computeMetrics gives exactly the registry\'s metrics, in its order', () => {
  expect(Object.keys(computeMetrics('binary', tiny))).toEqual(metricNamesForTask('binary'));
});

test('a model without probabilities gets the label metrics only, and asking for more is a user error', () => {
  const labelsOnly = { ...tiny, proba: undefined };
  const got = computeMetrics('binary', labelsOnly);
  expect(got).toHaveProperty('accuracy', 0.75);
  expect(got).not.toHaveProperty('roc_auc');
  expect(() => computeMetrics('binary', labelsOnly, undefined, ['roc_auc'])).toThrow(/needs class probabilities/);
});

test('a NaN probability is a user error naming its row', () => {
  const proba = Float64Array.from(tiny.proba!);
  proba[5] = NaN;
  let caught: unknown;
  try {
    computeMetrics('binary', { ...tiny, proba });
  } catch (err) {
    caught = err;
  }
  expect(isUserError(caught)).toBe(true);
  expect((caught as Error).message).toMatch(/probability NaN to class 1 at row 3/);
});

test('an unknown metric name is a user error that lists the known ones', () => {
  expect(() => computeMetrics('binary', tiny, undefined, ['auc'])).toThrow(/"auc" is not a metric mlci knows.*roc_auc/);
});
