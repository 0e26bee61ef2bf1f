/** @jest-environment ./test/runtime/ort-environment.js */
import { readFileSync } from 'node:fs';
import type { Table } from '../../shared/data/table.js';
import { decodeModel } from '../../shared/onnx/model-proto.js';
import { trainBuiltin } from '../../shared/train/builtin/trainers.js';
import { readNumericCsv } from './helpers/fixture-csv.js';
import { accuracy, rSquared, runOnnx, targetValues } from './helpers/run-onnx.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const data = (name: string) => readNumericCsv(`${fixtures}data/${name}`);
/** scikit-learn's HistGradientBoosting with the built-in defaults, from fixtures/train/make_tree_expected.py */
const treeReference = JSON.parse(readFileSync(`${fixtures}train/expected_trees.json`, 'utf8')) as Record<string, number>;
const expected = (name: string) => JSON.parse(readFileSync(`${fixtures}expected/${name}`, 'utf8')) as Record<string, number>;

describe('built-in trainers, exported to ONNX and run by onnxruntime-node', () => {
  const cancerTrain = data('breast_cancer_train.csv');
  const cancerTest = data('breast_cancer_test.csv');
  const diabetesTrain = data('diabetes_train.csv');
  const diabetesTest = data('diabetes_test.csv');

  test('logistic regression on breast_cancer is within 2 points of scikit-learn', async () => {
    const trained = trainBuiltin('builtin:logistic-regression', cancerTrain, 'target');
    expect(trained.task).toBe('binary');
    const out = await runOnnx(trained.model, cancerTest, trained.featureNames);
    expect(out.probabilities!.dims).toEqual([cancerTest.rowCount, 2]);
    const acc = accuracy(out.label!.data, targetValues(cancerTest, 'target'));
    expect(Math.abs(acc - expected('breast_cancer_lr.json').accuracy!)).toBeLessThanOrEqual(0.02);
  });

  test('a strongly regularized logistic regression (C=0.0005) is as weak as scikit-learn\'s', async () => {
    const trained = trainBuiltin('builtin:logistic-regression', cancerTrain, 'target', { C: 0.0005 });
    const out = await runOnnx(trained.model, cancerTest, trained.featureNames);
    const acc = accuracy(out.label!.data, targetValues(cancerTest, 'target'));
    expect(Math.abs(acc - expected('breast_cancer_lr_weak.json').accuracy!)).toBeLessThanOrEqual(0.02);
  });

  test('multiclass logistic regression on iris gives softmax probabilities and the class values', async () => {
    const trained = trainBuiltin('builtin:logistic-regression', data('iris_train.csv'), 'species');
    expect(trained.classes).toEqual([0, 1, 2]);
    const test = data('iris_test.csv');
    const out = await runOnnx(trained.model, test, trained.featureNames);
    const k = 3;
    for (let i = 0; i < test.rowCount; i++) {
      let sum = 0;
      for (let c = 0; c < k; c++) sum += Number(out.probabilities!.data[i * k + c]);
      expect(sum).toBeCloseTo(1, 5);
    }
    // scikit-learn fitted iris without standardization, so its C means a different penalty: allow 4 points
    expect(Math.abs(accuracy(out.label!.data, targetValues(test, 'species')) - expected('iris_lr.json').accuracy!)).toBeLessThanOrEqual(0.04);
  });

  test('linear regression on diabetes matches scikit-learn\'s R² within 0.02', async () => {
    const trained = trainBuiltin('builtin:linear-regression', diabetesTrain, 'progression');
    const out = await runOnnx(trained.model, diabetesTest, trained.featureNames);
    expect(out.variable!.dims).toEqual([diabetesTest.rowCount, 1]);
    const r2 = rSquared(out.variable!.data, targetValues(diabetesTest, 'progression'));
    expect(Math.abs(r2 - expected('diabetes_linreg.json').r2!)).toBeLessThanOrEqual(0.02);
  });

  test('ridge (alpha=5) matches scikit-learn\'s Ridge R² within 0.02', async () => {
    const trained = trainBuiltin('builtin:linear-regression', diabetesTrain, 'progression', { alpha: 5 });
    const out = await runOnnx(trained.model, diabetesTest, trained.featureNames);
    const r2 = rSquared(out.variable!.data, targetValues(diabetesTest, 'progression'));
    expect(Math.abs(r2 - expected('diabetes_linreg_ridge.json').r2!)).toBeLessThanOrEqual(0.02);
  });

  test('gradient-boosted trees classify breast_cancer as scikit-learn\'s HistGradientBoosting does (within 2 points)', async () => {
    const trained = trainBuiltin('builtin:gradient-boosted-trees', cancerTrain, 'target');
    expect(trained.task).toBe('binary');
    const out = await runOnnx(trained.model, cancerTest, trained.featureNames);
    const acc = accuracy(out.label!.data, targetValues(cancerTest, 'target'));
    expect(Math.abs(acc - treeReference.breast_cancer_accuracy!)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(acc - expected('breast_cancer_lr.json').accuracy!)).toBeLessThanOrEqual(0.02);
  });

  test('gradient-boosted trees classify the three iris species (one tree per class per round, softmax)', async () => {
    const trained = trainBuiltin('builtin:gradient-boosted-trees', data('iris_train.csv'), 'species', { min_child_samples: 5 });
    expect(trained.task).toBe('multiclass');
    const test = data('iris_test.csv');
    const out = await runOnnx(trained.model, test, trained.featureNames);
    expect(out.probabilities!.dims).toEqual([test.rowCount, 3]);
    expect(Math.abs(accuracy(out.label!.data, targetValues(test, 'species')) - expected('iris_lr.json').accuracy!)).toBeLessThanOrEqual(0.04);
  });

  test('gradient-boosted trees regress diabetes (squared loss) as scikit-learn\'s HistGradientBoosting does (R² within 0.02)', async () => {
    for (const [params, reference] of [
      [{ task: 'regression' }, treeReference.diabetes_r2!],
      [{ task: 'regression', learning_rate: 0.05, max_leaves: 8 }, treeReference.diabetes_r2_small_trees!],
    ] as const) {
      const trained = trainBuiltin('builtin:gradient-boosted-trees', diabetesTrain, 'progression', params);
      expect(trained.task).toBe('regression');
      const out = await runOnnx(trained.model, diabetesTest, trained.featureNames);
      expect(Math.abs(rSquared(out.variable!.data, targetValues(diabetesTest, 'progression')) - reference)).toBeLessThanOrEqual(0.02);
    }
  });
});

describe('built-in trainers with awkward data', () => {
  const cancerTrain = data('breast_cancer_train.csv');
  const cancerTest = data('breast_cancer_test.csv');

  /** a copy of a table with every tenth cell of the feature columns missing */
  const withMissing = (table: Table): Table => ({
    ...table,
    columns: table.columns.map((c, j) => (c.kind === 'numeric' && c.name !== 'target' ? { ...c, values: c.values.map((v, i) => ((i + j) % 10 === 0 ? NaN : v)) } : c)),
  });

  test('gradient-boosted trees learn and predict with missing values (NaN follows the learned branch in ONNX too)', async () => {
    const trained = trainBuiltin('builtin:gradient-boosted-trees', withMissing(cancerTrain), 'target');
    const test = withMissing(cancerTest);
    const out = await runOnnx(trained.model, test, trained.featureNames);
    expect(accuracy(out.label!.data, targetValues(test, 'target'))).toBeGreaterThanOrEqual(expected('breast_cancer_lr.json').accuracy! - 0.04);
  });

  test('trees learn which side missing values belong to, and the ONNX model sends them there', async () => {
    // label 1 for large x and for missing x: a missing value must go right, with the large values
    const rows = 400;
    const x = Float64Array.from({ length: rows }, (_, i) => (i % 5 === 0 ? NaN : (i * 37) % 100));
    const noise = Float64Array.from({ length: rows }, (_, i) => (i * 13) % 7);
    const label = Float64Array.from(x, (v) => (Number.isNaN(v) || v >= 50 ? 1 : 0));
    const table: Table = {
      source: 'synthetic',
      format: 'csv',
      rowCount: rows,
      columns: [
        { kind: 'numeric', name: 'x', values: x },
        { kind: 'numeric', name: 'noise', values: noise },
        { kind: 'numeric', name: 'label', values: label },
      ],
    };
    const trained = trainBuiltin('builtin:gradient-boosted-trees', table, 'label', { n_estimators: 20 });
    const out = await runOnnx(trained.model, table, trained.featureNames);
    expect(accuracy(out.label!.data, label)).toBe(1);
  });

  test('linear models refuse missing values, naming the column and row', () => {
    expect(() => trainBuiltin('builtin:logistic-regression', withMissing(cancerTrain), 'target')).toThrow(/missing or infinite value in "mean_radius" \(row 1 of/);
  });

  test('the exported model records its trainer, features, target and classes', () => {
    const trained = trainBuiltin('builtin:logistic-regression', cancerTrain, 'target', { C: 0.5 });
    const meta = decodeModel(trained.model).metadata;
    expect(meta['mlci.trainer']).toBe('builtin:logistic-regression');
    expect(JSON.parse(meta['mlci.feature_names']!)).toEqual(cancerTrain.columns.map((c) => c.name).filter((n) => n !== 'target'));
    expect(meta['mlci.target']).toBe('target');
    expect(JSON.parse(meta['mlci.classes']!)).toEqual([0, 1]);
    expect(JSON.parse(meta['mlci.params']!).C).toBe(0.5);
  });

  test('a single class or a target not in the data is refused with a fix', () => {
    const oneClass: Table = { ...cancerTrain, columns: cancerTrain.columns.map((c) => (c.name === 'target' && c.kind === 'numeric' ? { ...c, values: new Float64Array(c.values.length) } : c)) };
    expect(() => trainBuiltin('builtin:logistic-regression', oneClass, 'target')).toThrow(/single class/);
    expect(() => trainBuiltin('builtin:logistic-regression', cancerTrain, 'nope')).toThrow(/target column "nope" is not in/);
  });
});
