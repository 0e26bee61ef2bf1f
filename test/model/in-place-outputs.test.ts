/** @jest-environment ./test/runtime/ort-environment.js */
// predict has onnxruntime write declared outputs straight into the whole-table arrays (a slice
// per batch). Checked against onnxruntime's own outputs for the whole table in one plain
// session.run, built here without predict's buffers, for batch sizes that leave a short last
// batch, and for each output kind: float32 probabilities, int64 labels, float32 and float64 values.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../shared/errors.js';
import { findColumn, type Table } from '../../shared/data/table.js';
import { buildModel, tensorType, type ModelSpec } from '../../shared/onnx/build-model.js';
import { loadModel, predict } from '../../shared/model/session.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { fixtureModel, fixtureTable, tableFromCsvText } from './fixture-table.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const work = mkdtempSync(join(tmpdir(), 'mlci-in-place-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
function writeModel(name: string, spec: ModelSpec): string {
  const path = join(work, name);
  writeFileSync(path, buildModel(spec));
  return path;
}

/** onnxruntime's outputs for all rows at once, from a session of its own */
async function reference(path: string, table: Table, features: string[], input: string, type: 'float32' | 'float64') {
  const session = await ort.InferenceSession.create(path);
  const n = table.rowCount;
  const data = type === 'float64' ? new Float64Array(n * features.length) : new Float32Array(n * features.length);
  features.forEach((name, c) => {
    const column = findColumn(table, name)!.values as Float64Array;
    for (let r = 0; r < n; r++) data[r * features.length + c] = column[r]!;
  });
  return session.run({ [input]: new ort.Tensor(type, data, [n, features.length]) });
}

const featuresOf = (table: Table, target: string) => table.columns.map((c) => c.name).filter((name) => name !== target);

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>) {
  expect(actual.length).toBe(expected.length);
  // onnxruntime's float rounding may depend on a batch's row count: equal to float32 precision
  for (let i = 0; i < expected.length; i++) expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected[i]!)));
}

test.each([
  ['breast_cancer_lr.onnx', 'breast_cancer_test.csv', 'target'],
  ['iris_lr.onnx', 'iris_test.csv', 'species'],
])('%s: probabilities and labels in place, every batch size', async (modelName, dataName, target) => {
  const table = fixtureTable(dataName);
  const ours = await loadModel(fixtureModel(modelName), { ort });
  const want = await reference(fixtureModel(modelName), table, featuresOf(table, target), 'input', 'float32');
  const wantLabels = Array.from(want.label!.data as BigInt64Array, Number);
  for (const batchSize of [1, 7, 64, table.rowCount - 1, table.rowCount]) {
    const { predictions, timing } = await predict(ours, table, { target, batchSize });
    expect(timing.batches).toBe(Math.ceil(table.rowCount / batchSize));
    expectClose(predictions.probabilities!, want.probabilities!.data as Float32Array);
    // classes are 0..k-1 in these fixtures, so a label is its class index
    expect(Array.from(predictions.labels!)).toEqual(wantLabels);
  }
});

test('diabetes_linreg: float32 [N, 1] values in place', async () => {
  const table = fixtureTable('diabetes_test.csv');
  const ours = await loadModel(fixtureModel('diabetes_linreg.onnx'), { ort });
  const want = await reference(fixtureModel('diabetes_linreg.onnx'), table, featuresOf(table, 'progression'), 'input', 'float32');
  for (const batchSize of [1, 10, table.rowCount]) {
    const { predictions } = await predict(ours, table, { target: 'progression', batchSize });
    expect(predictions.values).toBeInstanceOf(Float32Array);
    expectClose(predictions.values!, want.variable!.data as Float32Array);
  }
});

test('float64 [N] values in place: a model summing two double features', async () => {
  const path = writeModel('sum64.onnx', {
    producer: 'test',
    opsets: { '': 11 },
    inputs: [{ name: 'x', type: tensorType('float64', ['N', 2]) }],
    outputs: [{ name: 'variable', type: tensorType('float64', ['N']) }],
    nodes: [{ opType: 'ReduceSum', inputs: ['x'], outputs: ['variable'], attributes: { axes: { type: 'ints', value: [1] }, keepdims: { type: 'int', value: 0 } } }],
  });
  const rows = Array.from({ length: 7 }, (_, i) => [i + 0.1, i * 1e-9 - 3]);
  const table = tableFromCsvText(`a,b,y\n${rows.map(([a, b]) => `${a},${b},0`).join('\n')}\n`, 'sum64.csv');
  const { predictions } = await predict(await loadModel(path, { ort }), table, { target: 'y', batchSize: 3 });
  expect(predictions.values).toBeInstanceOf(Float64Array);
  // float64 end to end: exact sums of the parsed cells
  expect(Array.from(predictions.values!)).toEqual(rows.map(([a, b]) => Number(`${a}`) + Number(`${b}`)));
});

test('an output wider than the model declares: a clear error, not a failed write', async () => {
  const path = writeModel('liar.onnx', {
    producer: 'test',
    opsets: { '': 13 },
    inputs: [{ name: 'x', type: tensorType('float32', ['N', 3]) }],
    // declared two columns; Softmax over three features gives three
    outputs: [{ name: 'probabilities', type: tensorType('float32', ['N', 2]) }],
    nodes: [{ opType: 'Softmax', inputs: ['x'], outputs: ['probabilities'], attributes: { axis: { type: 'int', value: 1 } } }],
  });
  const table = tableFromCsvText('a,b,c,y\n1,2,3,0\n0,0,0,1\n', 'liar.csv');
  const error = await predict(await loadModel(path, { ort }), table, { target: 'y' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).message).toMatch(/output "probabilities" has shape \[2, 3\] for a batch of 2 rows; mlci expects 2 columns, as the model declares/);
});
