/** @jest-environment ./test/runtime/ort-environment.js */
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../shared/errors.js';
import { findColumn, type Table } from '../../shared/data/table.js';
import { buildModel, tensorType, type NodeSpec } from '../../shared/onnx/build-model.js';
import { loadModel, predict } from '../../shared/model/session.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { fixtureData, fixtureModel, fixtureTable, tableFromCsvText } from './fixture-table.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const expected = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/expected/${name}`, import.meta.url), 'utf8'));

const work = mkdtempSync(join(tmpdir(), 'mlci-predict-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
function writeModel(name: string, bytes: Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

/** A LinearClassifier over two features with classes cat, dog, eel: scores x1, x2, −x1−x2, softmaxed. */
const ANIMALS = ['cat', 'dog', 'eel'];
function animalClassifier(input: string, outputs: [string, string]): NodeSpec {
  return {
    opType: 'LinearClassifier',
    domain: 'ai.onnx.ml',
    inputs: [input],
    outputs,
    attributes: {
      classlabels_strings: { type: 'strings', value: ANIMALS },
      coefficients: { type: 'floats', value: [1, 0, 0, 1, -1, -1] },
      intercepts: { type: 'floats', value: [0, 0, 0] },
      post_transform: { type: 'string', value: 'SOFTMAX' },
    },
  };
}

const targetOf = (table: Table, name: string) => (findColumn(table, name)!.values as Float64Array);

/** scikit-learn's accuracy and log loss, recomputed from predictions */
function accuracyAndLogLoss(labels: Int32Array | Uint8Array, classes: (number | string)[], proba: Float32Array | Float64Array, y: Float64Array) {
  const k = classes.length;
  let correct = 0;
  let loss = 0;
  for (let r = 0; r < y.length; r++) {
    if (classes[labels[r]!] === y[r]) correct++;
    const p = Math.min(Math.max(proba[r * k + classes.indexOf(y[r]!)]!, 1e-15), 1 - 1e-15);
    loss -= Math.log(p);
  }
  return { accuracy: correct / y.length, logLoss: loss / y.length };
}

describe('predict on the fixtures matches scikit-learn', () => {
  test('breast_cancer_lr: binary, 30 features, label + probabilities', async () => {
    const table = fixtureTable('breast_cancer_test.csv');
    const model = await loadModel(fixtureModel('breast_cancer_lr.onnx'), { ort });
    const { predictions, timing } = await predict(model, table, { target: 'target' });
    expect(predictions.task).toBe('binary');
    expect(predictions.classes).toEqual([0, 1]);
    expect(predictions.probabilities!.length).toBe(table.rowCount * 2);
    const sk = expected('breast_cancer_lr.json');
    const ours = accuracyAndLogLoss(predictions.labels!, predictions.classes!, predictions.probabilities!, targetOf(table, 'target'));
    expect(ours.accuracy).toBe(sk.accuracy);
    expect(ours.logLoss).toBeCloseTo(sk.log_loss, 5);
    expect(timing).toMatchObject({ batchSize: 65536, batches: 1 });
    expect(timing.rowsPerSecond).toBeGreaterThan(0);
  });

  test.each(['iris_lr.onnx', 'iris_lr_zipmap.onnx'])('%s: 3 classes', async (name) => {
    const table = fixtureTable('iris_test.csv');
    const model = await loadModel(fixtureModel(name), { ort });
    const { predictions } = await predict(model, table, { target: 'species' });
    expect(predictions.task).toBe('multiclass');
    expect(predictions.classes).toEqual([0, 1, 2]);
    const sk = expected('iris_lr.json');
    const ours = accuracyAndLogLoss(predictions.labels!, predictions.classes!, predictions.probabilities!, targetOf(table, 'species'));
    expect(ours.accuracy).toBe(sk.accuracy);
    expect(ours.logLoss).toBeCloseTo(sk.log_loss, 5);
  });

  test('iris_lr_zipmap gives exactly iris_lr’s probabilities and labels', async () => {
    const table = fixtureTable('iris_test.csv');
    const plain = await predict(await loadModel(fixtureModel('iris_lr.onnx'), { ort }), table, { target: 'species' });
    const zipmap = await predict(await loadModel(fixtureModel('iris_lr_zipmap.onnx'), { ort }), table, { target: 'species' });
    expect(zipmap.predictions.probabilities).toEqual(plain.predictions.probabilities);
    expect(zipmap.predictions.labels).toEqual(plain.predictions.labels);
  });

  test('diabetes_linreg: regression from the [N, 1] "variable" output', async () => {
    const table = fixtureTable('diabetes_test.csv');
    const { predictions } = await predict(await loadModel(fixtureModel('diabetes_linreg.onnx'), { ort }), table, { target: 'progression' });
    expect(predictions.task).toBe('regression');
    const y = targetOf(table, 'progression');
    const p = predictions.values!;
    let abs = 0;
    let sq = 0;
    for (let i = 0; i < y.length; i++) {
      abs += Math.abs(y[i]! - p[i]!);
      sq += (y[i]! - p[i]!) ** 2;
    }
    const sk = expected('diabetes_linreg.json');
    expect(abs / y.length).toBeCloseTo(sk.mae, 3);
    expect(Math.sqrt(sq / y.length)).toBeCloseTo(sk.rmse, 3);
  });

  test('small batches give the same predictions as one batch', async () => {
    const table = fixtureTable('breast_cancer_test.csv');
    const model = await loadModel(fixtureModel('breast_cancer_lr.onnx'), { ort });
    const whole = await predict(model, table, { target: 'target' });
    const batched = await predict(model, table, { target: 'target', batchSize: 7 });
    expect(batched.timing.batches).toBe(Math.ceil(table.rowCount / 7));
    expect(batched.predictions).toEqual(whole.predictions);
  });
});

describe('inputs the model and data disagree on', () => {
  test('a missing feature column: the model’s width and the data’s columns', async () => {
    const table = fixtureTable('breast_cancer_test.csv');
    table.columns.splice(3, 1);
    const model = await loadModel(fixtureModel('breast_cancer_lr.onnx'), { ort });
    const attempt = predict(model, table, { target: 'target' });
    await expect(attempt).rejects.toThrow(UserError);
    await expect(attempt).rejects.toThrow(/takes 30 features per row, but .*breast_cancer_test.csv has 29 feature columns: mean_radius, mean_texture, mean_perimeter, mean_smoothness/);
  });

  test('a text cell in a feature column: the column, the value and its line', async () => {
    const lines = readFileSync(fixtureData('iris_test.csv'), 'utf8').split('\n');
    lines[5] = lines[5]!.replace(/^[^,]+/, 'n/a');
    const table = tableFromCsvText(lines.join('\n'), 'iris_bad.csv');
    const model = await loadModel(fixtureModel('iris_lr.onnx'), { ort });
    const error = await predict(model, table, { target: 'species' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/"sepal_length" holds text \("n\/a" at iris_bad.csv:6\)/);
    expect((error as UserError).location).toEqual({ file: 'iris_bad.csv', line: 6 });
  });

  test('one input per feature: columns map by name, in any order, float64 and int64', async () => {
    // y = 2·a + b − c, from three inputs of three types
    const path = writeModel(
      'named.onnx',
      buildModel({
        producer: 'test',
        opsets: { '': 13 },
        inputs: [
          { name: 'c', type: tensorType('float64', ['N', 1]) },
          { name: 'a', type: tensorType('float32', ['N', 1]) },
          { name: 'b', type: tensorType('int64', ['N', 1]) },
        ],
        outputs: [{ name: 'variable', type: tensorType('float32', ['N', 1]) }],
        nodes: [
          { opType: 'Cast', inputs: ['c'], outputs: ['c32'], attributes: { to: { type: 'int', value: 1 } } },
          { opType: 'Cast', inputs: ['b'], outputs: ['b32'], attributes: { to: { type: 'int', value: 1 } } },
          { opType: 'Mul', inputs: ['a', 'two'], outputs: ['a2'] },
          { opType: 'Add', inputs: ['a2', 'b32'], outputs: ['s'] },
          { opType: 'Sub', inputs: ['s', 'c32'], outputs: ['variable'] },
        ],
        initializers: [{ name: 'two', type: 'float32', dims: [], values: [2] }],
      }),
    );
    const table = tableFromCsvText('b,target,a,c\n1,0,0.5,3\n4,0,-1,0.25\n', 'named.csv');
    const model = await loadModel(path, { ort });
    const { predictions } = await predict(model, table, { target: 'target' });
    expect(Array.from(predictions.values!)).toEqual([2 * 0.5 + 1 - 3, 2 * -1 + 4 - 0.25]);

    const gap = tableFromCsvText('b,target,a,c\n1,0,0.5,3\n,0,-1,0.25\n', 'gap.csv');
    await expect(predict(model, gap, { target: 'target' })).rejects.toThrow(/"b" has a missing value at gap.csv:3, and the model's input "b" is int64/);

    const missing = tableFromCsvText('b,target,x\n1,0,0.5\n', 'missing.csv');
    await expect(predict(model, missing, { target: 'target' })).rejects.toThrow(/columns "c", "a" are missing from missing.csv.*the data has: b, target, x/s);
  });

  test('a binary model with a single probability column: expanded to two, label = argmax', async () => {
    const path = writeModel(
      'single.onnx',
      buildModel({
        producer: 'test',
        opsets: { '': 13 },
        inputs: [{ name: 'x', type: tensorType('float32', ['N', 1]) }],
        outputs: [{ name: 'probability', type: tensorType('float32', ['N', 1]) }],
        nodes: [{ opType: 'Sigmoid', inputs: ['x'], outputs: ['probability'] }],
      }),
    );
    const table = tableFromCsvText('x,y\n-2,0\n0.5,1\n3,1\n', 'single.csv');
    const { predictions } = await predict(await loadModel(path, { ort }), table, { target: 'y' });
    expect(predictions.task).toBe('binary');
    expect(predictions.classes).toEqual([0, 1]);
    expect(Array.from(predictions.labels!)).toEqual([0, 1, 1]);
    const p1 = [-2, 0.5, 3].map((x) => 1 / (1 + Math.exp(-x)));
    p1.forEach((p, r) => {
      expect(predictions.probabilities![r * 2 + 1]).toBeCloseTo(p, 6);
      expect(predictions.probabilities![r * 2]).toBeCloseTo(1 - p, 6);
    });
  });

  test('string class labels map labels to class indices', async () => {
    const path = writeModel(
      'strings.onnx',
      buildModel({
        producer: 'test',
        opsets: { '': 13, 'ai.onnx.ml': 1 },
        inputs: [{ name: 'x', type: tensorType('float32', ['N', 2]) }],
        outputs: [{ name: 'label', type: tensorType('string', ['N']) }, { name: 'probabilities', type: tensorType('float32', ['N', 3]) }],
        nodes: [animalClassifier('x', ['label', 'probabilities'])],
      }),
    );
    const table = tableFromCsvText('x1,x2\n5,0\n0,5\n-5,-5\n', 'animals.csv');
    const { predictions } = await predict(await loadModel(path, { ort }), table);
    expect(predictions.classes).toEqual(['cat', 'dog', 'eel']);
    expect(Array.from(predictions.labels!)).toEqual([0, 1, 2]);
  });
});

test('a ZipMap over string labels, as skl2onnx exports a text-labelled classifier', async () => {
  const labels = ANIMALS;
  const path = writeModel(
    'zipmap-strings.onnx',
    buildModel({
      producer: 'skl2onnx',
      opsets: { '': 13, 'ai.onnx.ml': 1 },
      inputs: [{ name: 'float_input', type: tensorType('float32', [null, 2]) }],
      outputs: [
        { name: 'output_label', type: tensorType('string', [null]) },
        { name: 'output_probability', type: { kind: 'sequence', elemType: { kind: 'map', keyType: 'string', valueType: tensorType('float32') } } },
      ],
      nodes: [
        animalClassifier('float_input', ['output_label', 'probability_tensor']),
        { opType: 'ZipMap', domain: 'ai.onnx.ml', inputs: ['probability_tensor'], outputs: ['output_probability'], attributes: { classlabels_strings: { type: 'strings', value: labels } } },
      ],
    }),
  );
  const table = tableFromCsvText('x1,x2\n5,0\n0,5\n-5,-5\n', 'animals.csv');
  const model = await loadModel(path, { ort });
  expect(model.fetchNames).toEqual({ output_probability: 'probability_tensor' });
  const { predictions } = await predict(model, table);
  expect(predictions.task).toBe('multiclass');
  expect(predictions.classes).toEqual(labels);
  expect(Array.from(predictions.labels!)).toEqual([0, 1, 2]);
  // softmax of the three scores of row 1: x·w = [5, 0, -5]
  const e = [Math.exp(5), 1, Math.exp(-5)];
  const sum = e[0]! + e[1]! + e[2]!;
  e.forEach((v, c) => expect(predictions.probabilities![c]).toBeCloseTo(v / sum, 6));
});

describe('loadModel', () => {
  test('identifies the file: size and sha256', async () => {
    const model = await loadModel(fixtureModel('iris_lr.onnx'), { ort });
    const bytes = readFileSync(fixtureModel('iris_lr.onnx'));
    expect(model.sizeBytes).toBe(bytes.length);
    expect(model.sha256).toBe((await import('node:crypto')).createHash('sha256').update(bytes).digest('hex'));
  });

  test('truncated.onnx: a UserError naming the file, saying it is truncated, and to re-export', async () => {
    const error = await loadModel(fixtureModel('truncated.onnx'), { ort }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).where).toBe(fixtureModel('truncated.onnx'));
    expect((error as UserError).message).toMatch(/truncated\.onnx is not a complete ONNX model.*truncated or is not ONNX\. Re-export/s);
  });

  test('a CSV passed as the model is not ONNX', async () => {
    await expect(loadModel(fixtureData('iris_test.csv'), { ort })).rejects.toThrow(/is not a complete ONNX model/);
  });

  test('a missing file', async () => {
    await expect(loadModel(join(work, 'nope.onnx'), { ort })).rejects.toThrow(/nope\.onnx does not exist/);
  });
});
