/** @jest-environment ./test/runtime/ort-environment.js */
// mlci's metrics on the fixture models' test splits against the values scikit-learn computed
// (test/fixtures/expected, made by test/fixtures/make_fixtures.py).
import { computeConfusionMatrix, computeMetrics } from '../../shared/metrics/index.js';
import { classifierInputs, expected, expectRelative, regressorInputs } from './fixture-models.js';

const LABEL_METRICS = ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'precision_macro', 'recall_macro', 'f1_macro'];
const PROBABILITY_METRICS = ['roc_auc', 'average_precision', 'log_loss', 'brier', 'roc_auc_ovr_macro'];

describe.each([
  ['breast_cancer_lr', 'breast_cancer_test.csv', 2],
  ['breast_cancer_lr_weak', 'breast_cancer_test.csv', 2],
  ['iris_lr', 'iris_test.csv', 3],
])('%s on its test split', (model, csv, k) => {
  const want = expected(model);
  const task = k === 2 ? 'binary' : 'multiclass';

  test('label metrics and confusion matrix equal scikit-learn exactly', async () => {
    const inputs = await classifierInputs(`${model}.onnx`, csv, k);
    const got = computeMetrics(task, inputs);
    const names = LABEL_METRICS.filter((name) => name in want);
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) expect([name, got[name]]).toEqual([name, want[name]]);
    expect(computeConfusionMatrix(inputs).matrix).toEqual(want.confusion_matrix);
  });

  test('probability metrics match scikit-learn within 1e-4 relative', async () => {
    const got = computeMetrics(task, await classifierInputs(`${model}.onnx`, csv, k));
    const names = PROBABILITY_METRICS.filter((name) => name in want);
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const name of names) expectRelative(got[name], want[name] as number, 1e-4, `${model} ${name}`);
  });
});

test.each(['diabetes_linreg', 'diabetes_linreg_ridge'])('%s regression metrics match scikit-learn within 1e-4 relative', async (model) => {
  const got = computeMetrics('regression', await regressorInputs(`${model}.onnx`, 'diabetes_test.csv'));
  const want = expected(model);
  expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
  for (const name of Object.keys(want)) expectRelative(got[name], want[name] as number, 1e-4, `${model} ${name}`);
});

test('the confusion matrix carries the class labels given', async () => {
  const inputs = await classifierInputs('iris_lr.onnx', 'iris_test.csv', 3);
  const cm = computeConfusionMatrix(inputs, ['setosa', 'versicolor', 'virginica']);
  expect(cm.classes).toEqual(['setosa', 'versicolor', 'virginica']);
  expect(cm.matrix).toEqual(expected('iris_lr').confusion_matrix);
});
