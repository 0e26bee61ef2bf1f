/** @jest-environment ./test/runtime/ort-environment.js */
// Bootstrap intervals and paired deltas on the fixture models.
import { bootstrapAgainstBaseline, bootstrapIntervals, computeMetrics, metricDeltas, pairedBootstrapDeltas, percentileInterval, prepareMetrics, SeededRandom } from '../../shared/metrics/index.js';
import { classifierInputs, expected, expectRelative, regressorInputs, selectRows } from './fixture-models.js';

const options = { resamples: 200, seed: 7, level: 0.9 };
const strong = () => classifierInputs('breast_cancer_lr.onnx', 'breast_cancer_test.csv', 2);
const weak = () => classifierInputs('breast_cancer_lr_weak.onnx', 'breast_cancer_test.csv', 2);

test('the same seed gives identical intervals; another seed gives other ones', async () => {
  const inputs = await weak();
  const first = bootstrapIntervals('binary', inputs, options);
  expect(bootstrapIntervals('binary', inputs, options)).toEqual(first);
  expect(bootstrapIntervals('binary', inputs, { ...options, seed: 8 })).not.toEqual(first);
  expect(Object.keys(first)).toEqual(Object.keys(computeMetrics('binary', inputs)));
});

test('intervals are those of the metric over physically resampled rows', async () => {
  const inputs = await weak();
  const n = inputs.yTrue.length;
  const names = ['accuracy', 'f1_macro', 'roc_auc', 'log_loss', 'ece'];
  const intervals = bootstrapIntervals('binary', inputs, options, names);
  // draw the same indices the bootstrap draws (n per resample, in order) and copy those rows
  const random = new SeededRandom(options.seed);
  const values: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let r = 0; r < options.resamples; r++) {
    const rows = Array.from({ length: n }, () => random.nextIndex(n));
    const got = computeMetrics('binary', selectRows(inputs, rows), undefined, names);
    for (const name of names) values[name]!.push(got[name]!);
  }
  for (const name of names) {
    const want = percentileInterval(Float64Array.from(values[name]!), options.level)!;
    expectRelative(intervals[name]!.low, want.low, 1e-12, `${name} low`);
    expectRelative(intervals[name]!.high, want.high, 1e-12, `${name} high`);
  }
});

test('each interval lies around the metric on all rows', async () => {
  const inputs = await classifierInputs('iris_lr.onnx', 'iris_test.csv', 3);
  const point = computeMetrics('multiclass', inputs);
  const intervals = bootstrapIntervals('multiclass', inputs, { resamples: 300, seed: 1, level: 0.95 });
  for (const [name, interval] of Object.entries(intervals)) {
    expect([name, interval.low <= point[name]! && point[name]! <= interval.high]).toEqual([name, true]);
    expect(interval.level).toBe(0.95);
  }
  const regression = await regressorInputs('diabetes_linreg.onnx', 'diabetes_test.csv');
  const rmse = bootstrapIntervals('regression', regression, options, ['rmse']).rmse!;
  expect(rmse.low).toBeLessThan(expected('diabetes_linreg').rmse as number);
  expect(rmse.high).toBeGreaterThan(expected('diabetes_linreg').rmse as number);
});

test('paired deltas: strong vs weak breast-cancer model, figures from scikit-learn, a clear gain in accuracy', async () => {
  const deltas = pairedBootstrapDeltas('binary', await strong(), await weak(), options);
  const accuracy = deltas.accuracy!;
  expect(accuracy.candidate).toBe(expected('breast_cancer_lr').accuracy);
  expect(accuracy.baseline).toBe(expected('breast_cancer_lr_weak').accuracy);
  expect(accuracy.absolute).toBe(accuracy.candidate - accuracy.baseline);
  expect(accuracy.relative).toBe(accuracy.absolute / accuracy.baseline);
  expect(accuracy.interval!.low).toBeGreaterThan(0);
  expect(accuracy.pValue).toBeLessThan(0.01);
  // log_loss falls (lower is better): the delta is negative
  expect(deltas.log_loss!.interval!.high).toBeLessThan(0);
});

test('bootstrapAgainstBaseline: in one pass, exactly the intervals and paired deltas of the two calls', async () => {
  const iris = await classifierInputs('iris_lr.onnx', 'iris_test.csv', 3);
  // a multiclass baseline: iris_lr with every seventh label moved to the next class
  const irisBaseline = { ...iris, yPred: iris.yPred.map((p, i) => (i % 7 === 0 ? (p + 1) % 3 : p)) };
  for (const [task, candidate, baseline] of [
    ['binary', await strong(), await weak()],
    ['multiclass', iris, irisBaseline],
    ['regression', await regressorInputs('diabetes_linreg.onnx', 'diabetes_test.csv'), await regressorInputs('diabetes_linreg_ridge.onnx', 'diabetes_test.csv')],
  ] as const) {
    const names = Object.keys(computeMetrics(task, candidate));
    // the baseline covers fewer metrics than the candidate, as when a baseline lacks probabilities
    const shared = names.slice(1);
    const together = bootstrapAgainstBaseline(
      { inputs: candidate, evaluate: prepareMetrics(task, candidate, names), names },
      { inputs: baseline, evaluate: prepareMetrics(task, baseline, shared), names: shared },
      options,
    );
    expect(together.intervals).toEqual(bootstrapIntervals(task, candidate, options, names));
    expect(together.deltas).toEqual(pairedBootstrapDeltas(task, candidate, baseline, options, shared));
  }
});

test('paired deltas of a model against itself are 0 with p-value 1', async () => {
  const inputs = await weak();
  const deltas = pairedBootstrapDeltas('binary', inputs, inputs, options, ['accuracy', 'roc_auc']);
  for (const delta of Object.values(deltas)) {
    expect(delta.absolute).toBe(0);
    expect(delta.interval).toEqual({ low: 0, high: 0, level: 0.9 });
    expect(delta.pValue).toBe(1);
  }
});

test('bad options are reported as user errors', async () => {
  const inputs = await weak();
  expect(() => bootstrapIntervals('binary', inputs, { ...options, level: 95 })).toThrow(/level must lie strictly between 0 and 1/);
  expect(() => bootstrapIntervals('binary', inputs, { ...options, resamples: 0 })).toThrow(/resamples must be a whole number/);
  expect(() => bootstrapIntervals('binary', inputs, options, ['rmse'])).toThrow(/"rmse" does not apply to a binary model/);
});

test('plain deltas: candidate − baseline, relative to |baseline|, null relative for a 0 baseline, shared metrics only', () => {
  const deltas = metricDeltas({ accuracy: 0.9, log_loss: 0.2, r2: 0.5, f1: 0.7 }, { accuracy: 0.8, log_loss: 0.25, r2: 0, mae: 3 });
  expect(Object.keys(deltas)).toEqual(['accuracy', 'log_loss', 'r2']);
  expect(deltas.accuracy).toEqual({ metric: 'accuracy', baseline: 0.8, candidate: 0.9, absolute: 0.9 - 0.8, relative: (0.9 - 0.8) / 0.8 });
  expect(deltas.log_loss!.relative).toBeCloseTo(-0.2, 12);
  expect(deltas.r2!.relative).toBeNull();
  expect(deltas.r2!.interval).toBeUndefined();
});
