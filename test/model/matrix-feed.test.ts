/** @jest-environment ./test/runtime/ort-environment.js */
// predict from a table whose features were read into a feature matrix (shared/data/feature-matrix.ts)
// gives, to the bit, what it gives from the same file read as plain columns; and the mistakes the
// matrix could hide (a text cell, a matrix of the wrong type) are still said.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../shared/errors.js';
import { readCsv } from '../../shared/data/csv.js';
import { evaluateModel, sharedFeatureMatrix } from '../../shared/evaluate/evaluate-model.js';
import { silentLogger } from '../../shared/log.js';
import { featureMatrixRequest } from '../../shared/model/feeds.js';
import { loadModel, predict } from '../../shared/model/session.js';
import { buildModel, tensorType } from '../../shared/onnx/build-model.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { fixtureData, fixtureModel } from './fixture-table.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const work = mkdtempSync(join(tmpdir(), 'mlci-matrix-feed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** y = Σ wᵢ·xᵢ over a [N, 3] input of `type`, in that type all the way */
function matMulModel(name: string, type: 'float32' | 'float64', weights: number[]): string {
  const path = join(work, name);
  writeFileSync(
    path,
    buildModel({
      producer: 'test',
      opsets: { '': 13 },
      inputs: [{ name: 'x', type: tensorType(type, ['N', 3]) }],
      outputs: [{ name: 'variable', type: tensorType(type, ['N', 1]) }],
      nodes: [{ opType: 'MatMul', inputs: ['x', 'w'], outputs: ['variable'] }],
      initializers: [{ name: 'w', type, dims: [3, 1], values: weights }],
    }),
  );
  return path;
}
const float64Model = () => matMulModel('double.onnx', 'float64', [0.1, -3.3, 1e-7]);

/** what `promise` rejects with; the test fails if it resolves */
async function rejection<E>(promise: Promise<unknown>): Promise<E> {
  const outcome = await promise.then(
    () => ({ resolved: true as const }),
    (error: unknown) => ({ resolved: false as const, error }),
  );
  if (outcome.resolved) throw new Error('expected a rejection');
  return outcome.error as E;
}

async function bothWays(modelPath: string, data: string, target: string, batchSize?: number) {
  const model = await loadModel(modelPath, { ort });
  const featureMatrix = featureMatrixRequest(model.signature, [target])!;
  const withMatrix = await readCsv(data, { featureMatrix });
  const plain = await readCsv(data);
  expect(withMatrix.featureMatrix?.type).toBe(model.signature.inputs[0]!.type);
  // the features are not columns of the matrix read: predict can only have used the matrix
  expect(withMatrix.columns.map((c) => c.name)).toEqual([target]);
  return { fromMatrix: await predict(model, withMatrix, { target, batchSize }), fromColumns: await predict(model, plain, { target, batchSize }) };
}

test('breast_cancer_lr (float32 input): the same labels and probabilities, in one batch and in many', async () => {
  for (const batchSize of [undefined, 7]) {
    const { fromMatrix, fromColumns } = await bothWays(fixtureModel('breast_cancer_lr.onnx'), fixtureData('breast_cancer_test.csv'), 'target', batchSize);
    expect(fromMatrix.predictions).toEqual(fromColumns.predictions);
    expect(fromMatrix.timing.batches).toBe(fromColumns.timing.batches);
  }
});

test('a float64 model gets float64 cells, unrounded, including long numbers', async () => {
  const data = join(work, 'double.csv');
  writeFileSync(data, 'a,b,c,y\n0.1,0.2,12345678901234567,1\n1e-300,-7.25,3,0\n,2,1,1\n');
  const { fromMatrix, fromColumns } = await bothWays(float64Model(), data, 'y');
  expect(fromMatrix.predictions.values).toBeInstanceOf(Float64Array);
  expect(fromMatrix.predictions).toEqual(fromColumns.predictions);
  expect(fromMatrix.predictions.values![1]).toBe(1e-300 * 0.1 + -7.25 * -3.3 + 3 * 1e-7);
});

test('a text cell in a feature: the same UserError, at the same line, as from columns', async () => {
  const lines = readFileSync(fixtureData('iris_test.csv'), 'utf8').split('\n');
  lines[5] = lines[5]!.replace(/^[^,]+/, 'n/a');
  const data = join(work, 'iris_bad.csv');
  writeFileSync(data, lines.join('\n'));
  const model = await loadModel(fixtureModel('iris_lr.onnx'), { ort });
  const errors = await Promise.all(
    [{ featureMatrix: featureMatrixRequest(model.signature, ['species'])! }, {}].map(async (options) =>
      rejection<UserError>(predict(model, await readCsv(data, options), { target: 'species' })),
    ),
  );
  expect(errors[0]).toBeInstanceOf(UserError);
  expect(errors[0]!.message).toMatch(/"sepal_length" holds text \("n\/a" at .*iris_bad.csv:6\)/);
  expect(errors[0]!.message).toBe(errors[1]!.message);
  expect(errors[0]!.location).toEqual({ file: data, line: 6 });
});

test('a matrix of another type than the model takes is a caller’s mistake, said as such', async () => {
  const table = await readCsv(fixtureData('breast_cancer_test.csv'), { featureMatrix: { exclude: ['target'], type: 'float64' } });
  const model = await loadModel(fixtureModel('breast_cancer_lr.onnx'), { ort });
  const error = await rejection<Error>(predict(model, table, { target: 'target' }));
  expect(error).not.toBeInstanceOf(UserError);
  expect(error.message).toMatch(/read with a float64 feature matrix .* does not fit the model's input "input" \(float32: mean_radius, .*\); read it without featureMatrix/);
});

test('featureMatrixRequest: one 2-D float input only', async () => {
  const model = await loadModel(fixtureModel('diabetes_linreg.onnx'), { ort });
  expect(featureMatrixRequest(model.signature, ['target'])).toEqual({ exclude: ['target'], type: 'float32' });
  expect(featureMatrixRequest(await loadModel(float64Model(), { ort }).then((m) => m.signature), [])).toEqual({ exclude: [], type: 'float64' });
  const perColumn = { inputs: [{ name: 'a', type: 'float32', shape: ['N', 1] }, { name: 'b', type: 'float32', shape: ['N', 1] }], outputs: [] };
  expect(featureMatrixRequest(perColumn as never, [])).toBeUndefined();
  const int64 = { inputs: [{ name: 'x', type: 'int64', shape: ['N', 3] }], outputs: [] };
  expect(featureMatrixRequest(int64 as never, [])).toBeUndefined();
});

test('evaluate-gate asks for the matrix when every model takes it in one form, and only then', async () => {
  const [strong, weak, float64, iris] = await Promise.all(
    [fixtureModel('breast_cancer_lr.onnx'), fixtureModel('breast_cancer_lr_weak.onnx'), float64Model(), fixtureModel('iris_lr.onnx')].map((path) => loadModel(path, { ort })),
  );
  expect(sharedFeatureMatrix([strong!], ['target'])).toEqual({ exclude: ['target'], type: 'float32' });
  expect(sharedFeatureMatrix([strong!, weak!], ['target', 'size'])).toEqual({ exclude: ['target', 'size'], type: 'float32' });
  expect(sharedFeatureMatrix([iris!, float64!], ['y'])).toBeUndefined();
  expect(sharedFeatureMatrix([float64!], ['y'])).toEqual({ exclude: ['y'], type: 'float64' });
});

test('evaluateModel with a float32 candidate and a float64 baseline: both run (a float32 matrix would not fit the baseline)', async () => {
  // the float64 model on diabetes-shaped data: three features
  const data = join(work, 'three.csv');
  const rows = Array.from({ length: 50 }, (_, i) => `${i / 10},${(i * 7) % 5},${i % 3},${i / 5 - 1}`);
  writeFileSync(data, `a,b,c,target\n${rows.join('\n')}\n`);
  const candidate = matMulModel('float32.onnx', 'float32', [0.5, 0, 0]);
  const options = { data, target: 'target', batchSize: 16, bootstrap: { resamples: 0, seed: 1, level: 0.95 }, ort, logger: silentLogger };
  const mixed = await evaluateModel({ ...options, model: candidate, baseline: float64Model() });
  const alone = await evaluateModel({ ...options, model: candidate });
  expect(mixed.baseline).toBeDefined();
  expect(mixed.metrics).toEqual(alone.metrics);
  // the candidate is 0.5·a = i/20 against i/5 − 1: its mean absolute error, computed here
  const mae = rows.reduce((s, _, i) => s + Math.abs(Math.fround(i / 10) * 0.5 - (i / 5 - 1)), 0) / rows.length;
  expect(mixed.metrics.mae).toBeCloseTo(mae, 6);
});

test('evaluateModel on the Parquet and the CSV copy of breast_cancer_test: the same metrics, to the bit', async () => {
  const options = {
    model: fixtureModel('breast_cancer_lr.onnx'),
    baseline: fixtureModel('breast_cancer_lr_weak.onnx'),
    target: 'target',
    batchSize: 64,
    bootstrap: { resamples: 50, seed: 3, level: 0.95 },
    ort,
    logger: silentLogger,
  };
  const csv = await evaluateModel({ ...options, data: fixtureData('breast_cancer_test.csv') });
  const parquet = await evaluateModel({ ...options, data: new URL('../fixtures/data-formats/breast_cancer_test.parquet', import.meta.url).pathname });
  expect(parquet.metrics).toEqual(csv.metrics);
  expect(parquet.baseline).toEqual(csv.baseline);
  expect(parquet.intervals).toEqual(csv.intervals);
  expect(parquet.deltas).toEqual(csv.deltas);
});
