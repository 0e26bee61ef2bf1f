/** @jest-environment ./test/runtime/ort-environment.js */
// evaluate-gate keeps as few bytes a row as it can (a binary model's P(class 1) alone while P(class 0)
// is its float32 complement, 8-bit labels and targets, 8-bit weights) and computes the metrics
// without their per-row arrays. Its figures must be those of the whole predictions, as predict()
// gives them (both columns, 32-bit indices), through computeMetrics and bootstrapIntervals: to the
// bit, for a model whose columns are complements, for one whose are not (a softmax over two scores),
// and for a multiclass model.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateModel } from '../../shared/evaluate/evaluate-model.js';
import { silentLogger } from '../../shared/log.js';
import { bootstrapIntervals, computeMetrics } from '../../shared/metrics/index.js';
import { BatchPredictor, predict } from '../../shared/model/predict.js';
import { loadModel } from '../../shared/model/session.js';
import { buildModel, tensorType } from '../../shared/onnx/build-model.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { tableFromCsvText } from '../model/fixture-table.js';
import type { Task } from '../../shared/model/types.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'mlci-compact-rows-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** a linear layer over iris's 4 features to two scores and a softmax: its two columns are rounded apart, not complements */
function softmaxPair(): string {
  const path = join(work, 'softmax2.onnx');
  writeFileSync(
    path,
    buildModel({
      producer: 'test',
      opsets: { '': 13 },
      inputs: [{ name: 'input', type: tensorType('float32', ['N', 4]) }],
      outputs: [{ name: 'output', type: tensorType('float32', ['N', 2]) }],
      nodes: [
        { opType: 'MatMul', inputs: ['input', 'w'], outputs: ['logits'] },
        { opType: 'Softmax', inputs: ['logits'], outputs: ['output'], attributes: { axis: { type: 'int', value: 1 } } },
      ],
      initializers: [{ name: 'w', type: 'float32', dims: [4, 2], values: [0.9, -0.4, 1.3, 0.2, -1.1, 0.7, 0.35, -0.8] }],
    }),
  );
  return path;
}

/** iris_test repeated 20 times (many tied scores), its species reduced to "is it virginica" when `binary` */
function irisRows(binary: boolean): string {
  const [header, ...rows] = readFileSync(fixture('data/iris_test.csv'), 'utf8').trim().split('\n');
  const body = rows.map((r) => (binary ? r.replace(/,(\d)$/, (_, c: string) => `,${Number(c === '2')}`) : r));
  const path = join(work, binary ? 'iris_binary.csv' : 'iris.csv');
  writeFileSync(path, `${header}\n${`${body.join('\n')}\n`.repeat(20)}`);
  return path;
}

const cases: [string, () => { model: string; data: string; target: string; task?: Task; stored: (rows: number) => number }][] = [
  ['a binary model with complementary columns (P(class 1) kept alone)', () => ({ model: fixture('models/breast_cancer_lr.onnx'), data: fixture('data/breast_cancer_test.csv'), target: 'target', stored: (n) => n })],
  ['a binary model whose columns are not complements (both kept)', () => ({ model: softmaxPair(), data: irisRows(true), target: 'species', task: 'binary', stored: (n) => 2 * n })],
  ['a multiclass model', () => ({ model: fixture('models/iris_lr.onnx'), data: irisRows(false), target: 'species', stored: (n) => 3 * n })],
];

test.each(cases)('%s: the figures of the whole predictions, to the bit', async (_name, setup) => {
  const { model, data, target, task, stored } = setup();
  const bootstrap = { resamples: 40, seed: 7, level: 0.9 };
  const result = await evaluateModel({ model, data, target, task, batchSize: 64, bootstrap, ort, logger: silentLogger });

  const table = tableFromCsvText(readFileSync(data, 'utf8'), data);
  const loaded = await loadModel(model, { ort });
  const { predictions } = await predict(loaded, table, { target, task });
  const column = table.columns.find((c) => c.name === target)!;
  const whole = {
    yTrue: Int32Array.from(column.values as Float64Array),
    yPred: predictions.labels as Int32Array,
    proba: predictions.probabilities!,
    classCount: predictions.classes!.length,
  };
  expect(whole.proba.length).toBe(table.rowCount * whole.classCount);
  expect(result.metrics).toEqual(computeMetrics(result.task, whole));
  expect(result.intervals).toEqual(bootstrapIntervals(result.task, whole, bootstrap));

  // what the evaluation kept of the probabilities
  const compact = new BatchPredictor(loaded, { target, task, compact: true, batchSize: 64 });
  await compact.add(table);
  const kept = (await compact.finish()).predictions;
  expect(kept.probabilities!.length).toBe(stored(table.rowCount));
  expect(kept.labels!.BYTES_PER_ELEMENT).toBe(1);
});
