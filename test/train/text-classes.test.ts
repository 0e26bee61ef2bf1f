/** @jest-environment ./test/runtime/ort-environment.js */
// Built-in classifiers on a text target: classes sorted as scikit-learn sorts them, a string label
// output, the texts in the model's metadata, and evaluate-gate reading it all back. Checked against
// the same data with the classes as numbers, which the other tests hold to scikit-learn.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Table, TextColumn } from '../../shared/data/table.js';
import { evaluateModel } from '../../shared/evaluate/evaluate-model.js';
import { silentLogger } from '../../shared/log.js';
import { decodeModel } from '../../shared/onnx/model-proto.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { trainBuiltin } from '../../shared/train/builtin/trainers.js';
import { readNumericCsv } from './helpers/fixture-csv.js';
import { runOnnx } from './helpers/run-onnx.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const data = (name: string) => readNumericCsv(`${fixtures}data/${name}`);
const work = mkdtempSync(join(tmpdir(), 'mlci-text-classes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** the table with its numeric target replaced by `names[value]` */
function named(table: Table, target: string, names: string[]): Table {
  return {
    ...table,
    columns: table.columns.map((c) => (c.name === target && c.kind === 'numeric' ? ({ kind: 'text', name: target, values: Array.from(c.values, (v) => names[v]!) } satisfies TextColumn) : c)),
  };
}

/** the table as a CSV file, for evaluate-gate */
function writeCsv(table: Table, name: string): string {
  const path = join(work, name);
  const rows = Array.from({ length: table.rowCount }, (_, r) => table.columns.map((c) => String(c.values[r])).join(','));
  writeFileSync(path, `${table.columns.map((c) => c.name).join(',')}\n${rows.join('\n')}\n`);
  return path;
}

const SPECIES = ['setosa', 'versicolor', 'virginica'];

describe.each(['builtin:logistic-regression', 'builtin:gradient-boosted-trees'])('%s on iris with the species as text', (trainer) => {
  const numeric = data('iris_train.csv');
  const text = named(numeric, 'species', SPECIES);
  const byNumber = trainBuiltin(trainer, numeric, 'species');
  const byName = trainBuiltin(trainer, text, 'species');

  test('the same fit as with class numbers (the names sort in the numbers’ order)', async () => {
    expect(byName.classes).toEqual(SPECIES);
    expect(byName.task).toBe('multiclass');
    const test = data('iris_test.csv');
    const [a, b] = await Promise.all([runOnnx(byNumber.model, test, byNumber.featureNames), runOnnx(byName.model, test, byName.featureNames)]);
    expect(b.probabilities!.data).toEqual(a.probabilities!.data);
    expect(Array.from(b.label!.data as unknown as string[])).toEqual(Array.from(a.label!.data, (v) => SPECIES[Number(v)]));
    expect(JSON.parse(decodeModel(byName.model).metadata['mlci.classes']!)).toEqual(SPECIES);
  });

  test('evaluate-gate scores the text model on text labels exactly as the number model on numbers', async () => {
    const options = { target: 'species', batchSize: 16, bootstrap: { resamples: 20, seed: 5, level: 0.95 }, ort, logger: silentLogger };
    const save = (bytes: Uint8Array, name: string) => {
      writeFileSync(join(work, name), bytes);
      return join(work, name);
    };
    const slug = trainer.replace('builtin:', '');
    const fromNumbers = await evaluateModel({ ...options, model: save(byNumber.model, `${slug}-numbers.onnx`), data: writeCsv(data('iris_test.csv'), 'iris-numbers.csv') });
    const fromNames = await evaluateModel({ ...options, model: save(byName.model, `${slug}-names.onnx`), data: writeCsv(named(data('iris_test.csv'), 'species', SPECIES), 'iris-names.csv') });
    expect(fromNames.metrics).toEqual(fromNumbers.metrics);
    expect(fromNames.confusionMatrix!.matrix).toEqual(fromNumbers.confusionMatrix!.matrix);
    expect(fromNames.confusionMatrix!.classes).toEqual(SPECIES);
  });
});

test('a binary text target whose names sort against the numbers: the classes swap, the fit mirrors', async () => {
  // breast_cancer: 0 is malignant, 1 benign; by name "benign" comes first
  const numeric = data('breast_cancer_train.csv');
  const byNumber = trainBuiltin('builtin:logistic-regression', numeric, 'target');
  const byName = trainBuiltin('builtin:logistic-regression', named(numeric, 'target', ['malignant', 'benign']), 'target');
  expect(byName.classes).toEqual(['benign', 'malignant']);
  expect(byName.task).toBe('binary');
  const test = data('breast_cancer_test.csv');
  const [a, b] = await Promise.all([runOnnx(byNumber.model, test, byNumber.featureNames), runOnnx(byName.model, test, byName.featureNames)]);
  for (let r = 0; r < test.rowCount; r++) expect(Number(b.probabilities!.data[2 * r + 1])).toBeCloseTo(Number(a.probabilities!.data[2 * r]), 4);
  expect(Array.from(b.label!.data as unknown as string[])).toEqual(Array.from(a.label!.data, (v) => (Number(v) === 0 ? 'malignant' : 'benign')));
});

test('a regression on a text target is refused, with what to train instead', () => {
  const text = named(data('iris_train.csv'), 'species', SPECIES);
  expect(() => trainBuiltin('builtin:linear-regression', text, 'species')).toThrow(/builtin:linear-regression regresses a number, but the target "species" holds text \("setosa", "versicolor", "virginica"\)/);
  expect(() => trainBuiltin('builtin:gradient-boosted-trees', text, 'species', { task: 'regression' })).toThrow(/with task: regression regresses a number/);
});

test('a missing text label names its row', () => {
  const text = named(data('iris_train.csv'), 'species', SPECIES);
  (text.columns.find((c) => c.name === 'species') as TextColumn).values[3] = null;
  expect(() => trainBuiltin('builtin:logistic-regression', text, 'species')).toThrow(/The target "species" is missing at .*iris_train.csv, row 4\./);
});
