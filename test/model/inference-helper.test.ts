/** @jest-environment ./test/runtime/ort-environment.js */
// predict with its helper thread (runs on a worker, the next batch filled meanwhile) must give
// exactly what runs on the main thread give, for every batch size, output kind and input type.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../shared/errors.js';
import { findColumn, type Table } from '../../shared/data/table.js';
import { buildModel, tensorType } from '../../shared/onnx/build-model.js';
import { loadModel, predict, releaseInferenceHelper, startInferenceHelper, type LoadedModel } from '../../shared/model/session.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { fixtureModel, fixtureTable, tableFromCsvText } from './fixture-table.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const expected = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/expected/${name}`, import.meta.url), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'mlci-helper-'));
const loaded: LoadedModel[] = [];
afterAll(async () => {
  await Promise.all(loaded.map((model) => releaseInferenceHelper(model)));
  rmSync(work, { recursive: true, force: true });
});

async function modelWithHelper(path: string): Promise<LoadedModel> {
  const model = await loadModel(path, { ort });
  loaded.push(model);
  // Started before predict, so that every batch of these small tables runs on the helper.
  expect(await startInferenceHelper(model)).toBe(true);
  return model;
}

function accuracy(labels: Int32Array, classes: (number | string)[], table: Table, target: string): number {
  const y = findColumn(table, target)!.values as Float64Array;
  let correct = 0;
  for (let r = 0; r < y.length; r++) if (classes[labels[r]!] === y[r]) correct++;
  return correct / y.length;
}

describe('the helper thread gives exactly the main thread’s predictions', () => {
  test.each([
    ['breast_cancer_lr.onnx', 'breast_cancer_test.csv', 'target', 'breast_cancer_lr.json'],
    ['iris_lr_zipmap.onnx', 'iris_test.csv', 'species', 'iris_lr.json'],
  ])('%s, odd batch sizes', async (modelName, dataName, target, expectedName) => {
    const table = fixtureTable(dataName);
    const model = await modelWithHelper(fixtureModel(modelName));
    // Same batch sizes on both sides: onnxruntime's float rounding may depend on a batch's rows.
    for (const batchSize of [1, 7, 13, table.rowCount - 1]) {
      const alone = await predict(model, table, { target, batchSize, helperThread: false });
      const helped = await predict(model, table, { target, batchSize });
      expect(helped.timing.batches).toBe(Math.ceil(table.rowCount / batchSize));
      expect(helped.predictions).toEqual(alone.predictions);
    }
    // and against scikit-learn, not only against ourselves
    const helped = await predict(model, table, { target, batchSize: 9 });
    expect(accuracy(helped.predictions.labels!, helped.predictions.classes!, table, target)).toBe(expected(expectedName).accuracy);
  });

  test('regression values, and a second predict reusing the same helper', async () => {
    const table = fixtureTable('diabetes_test.csv');
    const model = await modelWithHelper(fixtureModel('diabetes_linreg.onnx'));
    const first = await predict(model, table, { target: 'progression', batchSize: 10 });
    const second = await predict(model, table, { target: 'progression', batchSize: 31 });
    expect(first.predictions).toEqual((await predict(model, table, { target: 'progression', batchSize: 10, helperThread: false })).predictions);
    expect(second.predictions).toEqual((await predict(model, table, { target: 'progression', batchSize: 31, helperThread: false })).predictions);
    expect(first.timing.batchLatencyP50).toBeGreaterThan(0);
    expect(first.timing.rowsPerSecond).toBeGreaterThan(0);
  });

  test('after releaseInferenceHelper, predict starts a new helper', async () => {
    const table = fixtureTable('iris_test.csv');
    const model = await modelWithHelper(fixtureModel('iris_lr.onnx'));
    const before = await predict(model, table, { target: 'species', batchSize: 4 });
    await releaseInferenceHelper(model);
    expect(await startInferenceHelper(model)).toBe(true);
    const after = await predict(model, table, { target: 'species', batchSize: 4 });
    expect(after.predictions).toEqual(before.predictions);
  });
});

describe('errors with batches on the helper', () => {
  // y = a + b over an int64 input: a missing b has no int64 form
  const path = () => {
    const file = join(work, 'sum.onnx');
    writeFileSync(
      file,
      buildModel({
        producer: 'test',
        opsets: { '': 13 },
        inputs: [
          { name: 'a', type: tensorType('float32', ['N', 1]) },
          { name: 'b', type: tensorType('int64', ['N', 1]) },
        ],
        outputs: [{ name: 'variable', type: tensorType('float32', ['N', 1]) }],
        nodes: [
          { opType: 'Cast', inputs: ['b'], outputs: ['b32'], attributes: { to: { type: 'int', value: 1 } } },
          { opType: 'Add', inputs: ['a', 'b32'], outputs: ['variable'] },
        ],
      }),
    );
    return file;
  };
  const csv = (rows: string[]) => tableFromCsvText(`a,b,y\n${rows.join('\n')}\n`, 'sum.csv');

  test('a bad cell in a later batch rejects with its row, and the helper still serves the next predict', async () => {
    const model = await modelWithHelper(path());
    const good = Array.from({ length: 11 }, (_, i) => `${i / 2},${i},0`);
    const bad = [...good.slice(0, 8), '4,,0', ...good.slice(9)];
    const error = await predict(model, csv(bad), { target: 'y', batchSize: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/"b" has a missing value at sum.csv:10/);
    const { predictions } = await predict(model, csv(good), { target: 'y', batchSize: 3 });
    expect(Array.from(predictions.values!)).toEqual(good.map((_, i) => i / 2 + i));
  });
});
