/** @jest-environment ./test/runtime/ort-environment.js */
// Weights are how the bootstrap resamples: a row of integer weight w must count as w copies of it.
import { computeMetrics } from '../../shared/metrics/index.js';
import type { MetricInputs } from '../../shared/metrics/types.js';
import type { Task } from '../../shared/model/types.js';
import { SeededRandom } from '../../shared/metrics/random.js';
import { classifierInputs, expectRelative, regressorInputs, selectRows } from './fixture-models.js';

/** The rows repeated `weights[i]` times each (0 drops the row). */
function repeatRows(inputs: MetricInputs, weights: Float64Array): MetricInputs {
  const rows: number[] = [];
  weights.forEach((w, i) => {
    for (let r = 0; r < w; r++) rows.push(i);
  });
  return selectRows(inputs, rows);
}

// sums of the same terms in another order: equal to the last bits
const EXACT_ENOUGH = 1e-12;
const LABEL_METRICS = new Set(['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted']);

async function fixtureInputs(model: string): Promise<[Task, MetricInputs]> {
  if (model.startsWith('diabetes')) return ['regression', await regressorInputs(`${model}.onnx`, 'diabetes_test.csv')];
  if (model.startsWith('iris')) return ['multiclass', await classifierInputs(`${model}.onnx`, 'iris_test.csv', 3)];
  return ['binary', await classifierInputs(`${model}.onnx`, 'breast_cancer_test.csv', 2)];
}

test.each(['breast_cancer_lr_weak', 'iris_lr', 'diabetes_linreg'])('%s: integer weights (zeros included) equal the rows repeated', async (model) => {
  const [task, inputs] = await fixtureInputs(model);
  const random = new SeededRandom(11);
  for (let trial = 0; trial < 5; trial++) {
    const weights = Float64Array.from(inputs.yTrue, () => random.nextIndex(4));
    const weighted = computeMetrics(task, inputs, weights);
    const repeated = computeMetrics(task, repeatRows(inputs, weights));
    expect(Object.keys(weighted)).toEqual(Object.keys(repeated));
    for (const [name, value] of Object.entries(repeated)) {
      if (LABEL_METRICS.has(name)) expect([name, weighted[name]]).toEqual([name, value]);
      else expectRelative(weighted[name], value, EXACT_ENOUGH, `${model} ${name}`);
    }
  }
});

test('a class whose rows all have weight 0 drops out of the macro averages, as if the rows were absent', async () => {
  const [task, inputs] = await fixtureInputs('iris_lr');
  const weights = Float64Array.from(inputs.yTrue, (y) => (y === 0 ? 0 : 1));
  const weighted = computeMetrics(task, inputs, weights);
  const repeated = computeMetrics(task, repeatRows(inputs, weights));
  expect(weighted.f1_macro).toBe(repeated.f1_macro);
  expect(weighted.accuracy).toBe(repeated.accuracy);
});

test('weights of all ones change nothing', async () => {
  const [task, inputs] = await fixtureInputs('breast_cancer_lr');
  const ones = new Float64Array(inputs.yTrue.length).fill(1);
  const plain = computeMetrics(task, inputs);
  const weighted = computeMetrics(task, inputs, ones);
  for (const [name, value] of Object.entries(plain)) expectRelative(weighted[name], value, EXACT_ENOUGH, name);
});
