/** @jest-environment ./test/runtime/ort-environment.js */
// Classifiers that end at their logits: with scores: logits their scores become probabilities
// (softmax, or sigmoid for one column) and every metric matches the same network with its
// Softmax or Sigmoid in the graph; without it, the out-of-range "probabilities" are refused with
// the fix. The reference side is onnxruntime's own Softmax and Sigmoid kernels.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv } from '../../shared/data/csv.js';
import { UserError } from '../../shared/errors.js';
import { evaluateModel } from '../../shared/evaluate/evaluate-model.js';
import { silentLogger } from '../../shared/log.js';
import { sigmoid, softmaxRows } from '../../shared/model/class-scores.js';
import { loadModel, predict } from '../../shared/model/session.js';
import { buildModel, tensorType, type NodeSpec } from '../../shared/onnx/build-model.js';
import { renderEvaluationReport } from '../../shared/report/index.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { fixtureData } from './fixture-table.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const work = mkdtempSync(join(tmpdir(), 'mlci-class-scores-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** a linear layer over iris's 4 features to `width` scores, then `head` (none: the logits) */
function network(name: string, width: number, head?: NodeSpec): string {
  const path = join(work, name);
  const weights = Array.from({ length: 4 * width }, (_, i) => Math.sin(i + 1) * 1.5);
  writeFileSync(
    path,
    buildModel({
      producer: 'test',
      opsets: { '': 13 },
      inputs: [{ name: 'input', type: tensorType('float32', ['N', 4]) }],
      outputs: [{ name: 'output', type: tensorType('float32', ['N', width]) }],
      nodes: [{ opType: 'MatMul', inputs: ['input', 'w'], outputs: [head ? 'logits' : 'output'] }, ...(head ? [head] : [])],
      initializers: [{ name: 'w', type: 'float32', dims: [4, width], values: weights }],
    }),
  );
  return path;
}
const softmax = network('softmax.onnx', 3, { opType: 'Softmax', inputs: ['logits'], outputs: ['output'], attributes: { axis: { type: 'int', value: 1 } } });
const logits3 = network('logits3.onnx', 3);
const sigmoidNet = network('sigmoid.onnx', 1, { opType: 'Sigmoid', inputs: ['logits'], outputs: ['output'] });
const logit1 = network('logit1.onnx', 1);

/** iris_test with the species reduced to "is it virginica" (class 2), for the binary networks */
function binaryIris(): string {
  const path = join(work, 'iris_binary.csv');
  const table = readCsvText(fixtureData('iris_test.csv'));
  writeFileSync(path, `${table.header}\n${table.rows.map((r) => `${r.slice(0, -1).join(',')},${Number(r.at(-1) === '2')}`).join('\n')}\n`);
  return path;
}
function readCsvText(path: string) {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  return { header: header!, rows: lines.map((l) => l.split(',')) };
}

test('softmaxRows and sigmoid: rows sum to 1, large scores neither overflow nor lose the order', () => {
  const rows = new Float64Array([1, 2, 3, 1000, 1001, 999, -1000, 0, 0]);
  softmaxRows(rows, 0, 3, 3);
  for (let r = 0; r < 3; r++) expect(rows[3 * r]! + rows[3 * r + 1]! + rows[3 * r + 2]!).toBeCloseTo(1, 12);
  expect(Array.from(rows.subarray(0, 3))).toEqual([Math.exp(-2), Math.exp(-1), 1].map((e) => e / (Math.exp(-2) + Math.exp(-1) + 1)));
  expect(rows[4]).toBeGreaterThan(rows[3]!);
  expect([sigmoid(0), sigmoid(800), sigmoid(-800)]).toEqual([0.5, 1, 0]);
  expect(sigmoid(-3)).toBeCloseTo(1 / (1 + Math.exp(3)), 15);
});

/** predictions of the network with its head, and of the bare one read with scores: logits */
async function bothHeads(withHead: string, bare: string, data: string, task: 'binary' | 'multiclass') {
  const table = await readCsv(data);
  const [reference, fromLogits] = await Promise.all([
    loadModel(withHead, { ort }).then((m) => predict(m, table, { target: 'species', task })),
    loadModel(bare, { ort }).then((m) => predict(m, table, { target: 'species', task, scores: 'logits' })),
  ]);
  const a = reference.predictions.probabilities!;
  const b = fromLogits.predictions.probabilities!;
  for (let i = 0; i < a.length; i++) expect(b[i]).toBeCloseTo(a[i]!, 6);
  expect(fromLogits.predictions.labels).toEqual(reference.predictions.labels);
}

test('multiclass logits: the probabilities onnxruntime’s Softmax gives, the same labels', async () => {
  await bothHeads(softmax, logits3, fixtureData('iris_test.csv'), 'multiclass');
});

test('a binary log-odds column: sigmoid, as onnxruntime’s Sigmoid gives it', async () => {
  await bothHeads(sigmoidNet, logit1, binaryIris(), 'binary');
});

describe('evaluateModel', () => {
  const options = { data: fixtureData('iris_test.csv'), target: 'species', task: 'multiclass' as const, batchSize: 32, bootstrap: { resamples: 0, seed: 1, level: 0.95 }, ort, logger: silentLogger };

  test('logits without scores: logits are refused, with the fix', async () => {
    const error = await evaluateModel({ ...options, model: logits3 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/does not hold probabilities: its rows do not sum to 1 \(or hold values outside \[0, 1\]\)/);
    expect((error as UserError).fix).toMatch(/set scores: logits/);
  });

  test('with scores: logits, the metrics of the network with its Softmax; the report says how', async () => {
    const reference = await evaluateModel({ ...options, model: softmax });
    const result = await evaluateModel({ ...options, model: logits3, scores: 'logits' });
    expect(result.scores).toBe('logits');
    expect(reference.scores).toBeUndefined();
    for (const [name, value] of Object.entries(reference.metrics)) expect(result.metrics[name]).toBeCloseTo(value, 5);
    expect(result.metrics.accuracy).toBe(reference.metrics.accuracy);
    expect(renderEvaluationReport(result)).toContain('Class scores: logits, turned into probabilities by softmax (a single column: sigmoid).');
  });
});
