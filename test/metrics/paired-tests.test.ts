/** @jest-environment ./test/runtime/ort-environment.js */
// The paired tests behind the gate: the exact McNemar test and the distributions it rests on
// against scipy.stats on the same counts, the discordant counts on the real breast-cancer models,
// and the centred bootstrap p-values.
import { spawnSync } from 'node:child_process';
import {
  binomialUpperTail,
  bootstrapAgainstBaseline,
  computeMetrics,
  exactPairedTests,
  inputsOfRows,
  mcNemar,
  normalQuantile,
  pairedBootstrapDeltas,
  pairedPValues,
  prepareMetrics,
  resampleCounts,
  SeededRandom,
} from '../../shared/metrics/index.js';
import { describeWithTools, tools } from '../support/system-tools.js';
import { classifierInputs, regressorInputs } from './fixture-models.js';

/** Runs a Python snippet that prints one JSON value. */
function python(code: string): unknown {
  const run = spawnSync('/usr/bin/python3', ['-c', code], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

// (discordant rows favouring the candidate, favouring the baseline): small, lopsided, balanced, large
const COUNTS: [number, number][] = [[0, 0], [0, 1], [0, 5], [3, 9], [9, 3], [7, 7], [12, 30], [40, 41], [0, 60], [250, 310], [1200, 1330], [4800, 5003]];

describeWithTools('exact McNemar against scipy.stats.binomtest', [tools.pythonScipy], () => {
  test('one-sided and two-sided p-values on the same counts', () => {
    const theirs = python(`
import json
from scipy.stats import binomtest
out = []
for c, b in ${JSON.stringify(COUNTS)}:
    m = c + b
    if m == 0:
        out.append([1.0, 1.0, 1.0]); continue
    out.append([binomtest(b, m, 0.5, alternative='greater').pvalue, binomtest(c, m, 0.5, alternative='greater').pvalue, binomtest(b, m, 0.5).pvalue])
print(json.dumps(out))`) as [number, number, number][];
    COUNTS.forEach(([c, b], i) => {
      const ours = mcNemar(c + b + 17, c, b);
      const [down, up, two] = theirs[i]!;
      expect([c, b, ours.pValueDown]).toEqual([c, b, expect.closeTo(down, 9)]);
      expect(Math.abs(ours.pValueDown - down)).toBeLessThanOrEqual(1e-9 * Math.max(down, 1e-300));
      expect(Math.abs(ours.pValueUp - up)).toBeLessThanOrEqual(1e-9 * Math.max(up, 1e-300));
      expect(Math.abs(ours.pValue - two)).toBeLessThanOrEqual(1e-9 * Math.max(two, 1e-300));
      expect(ours.discordant).toEqual({ rows: c + b + 17, candidateOnly: c, baselineOnly: b });
    });
  });

  test('binomial tails at other probabilities, and normal quantiles', () => {
    const cases: [number, number, number][] = [[20, 15, 0.7], [100, 10, 0.05], [1000, 620, 0.6], [37, 1, 0.99], [5000, 2600, 0.5]];
    const quantiles = [1e-6, 0.0025, 0.025, 0.2, 0.5, 0.8, 0.975, 0.9999];
    const theirs = python(`
import json
from scipy.stats import binom, norm
print(json.dumps([[float(binom.sf(k - 1, m, p)) for m, k, p in ${JSON.stringify(cases)}], [float(norm.ppf(q)) for q in ${JSON.stringify(quantiles)}]]))`) as [number[], number[]];
    cases.forEach(([m, k, p], i) => {
      const want = theirs[0]![i]!;
      expect(Math.abs(binomialUpperTail(m, k, p) - want)).toBeLessThanOrEqual(1e-9 * want + 1e-15);
    });
    quantiles.forEach((q, i) => expect(normalQuantile(q)).toBeCloseTo(theirs[1]![i]!, 7));
  });
});

describe('exact paired tests on the real breast-cancer models', () => {
  test('count the rows only one model got right, over all rows for accuracy and the positive rows for recall', async () => {
    const strong = await classifierInputs('breast_cancer_lr.onnx', 'breast_cancer_test.csv', 2);
    const weak = await classifierInputs('breast_cancer_lr_weak.onnx', 'breast_cancer_test.csv', 2);
    const tests = exactPairedTests(strong, weak, ['accuracy', 'recall', 'f1']);
    expect(Object.keys(tests)).toEqual(['accuracy', 'recall']);
    let onlyStrong = 0;
    let onlyWeak = 0;
    for (let i = 0; i < strong.yTrue.length; i++) {
      const s = strong.yPred[i] === strong.yTrue[i];
      const w = weak.yPred[i] === weak.yTrue[i];
      if (s && !w) onlyStrong++;
      if (w && !s) onlyWeak++;
    }
    expect(tests.accuracy!.discordant).toEqual({ rows: strong.yTrue.length, candidateOnly: onlyStrong, baselineOnly: onlyWeak });
    // the discordant rows account for the whole change in accuracy
    const metricsOf = (inputs: typeof strong) => computeMetrics('binary', inputs, undefined, ['accuracy', 'recall']);
    const change = metricsOf(strong).accuracy! - metricsOf(weak).accuracy!;
    expect((onlyStrong - onlyWeak) / strong.yTrue.length).toBeCloseTo(change, 12);
    const recall = tests.recall!.discordant!;
    expect(recall.rows).toBe(strong.yTrue.filter((y) => y === 1).length);
    expect((recall.candidateOnly - recall.baselineOnly) / recall.rows).toBeCloseTo(metricsOf(strong).recall! - metricsOf(weak).recall!, 12);
    expect(tests.accuracy).toMatchObject({ method: 'exact-mcnemar', pValueDown: binomialUpperTail(onlyStrong + onlyWeak, onlyWeak, 0.5) });
    // multiclass: recall is not one class's share there, so only accuracy has the exact test
    const iris = await classifierInputs('iris_lr.onnx', 'iris_test.csv', 3);
    expect(Object.keys(exactPairedTests(iris, iris, ['accuracy', 'recall_macro']))).toEqual(['accuracy']);
  });

  test('a mask restricts the test to a slice\'s rows', async () => {
    const strong = await classifierInputs('breast_cancer_lr.onnx', 'breast_cancer_test.csv', 2);
    const weak = await classifierInputs('breast_cancer_lr_weak.onnx', 'breast_cancer_test.csv', 2);
    const mask = Float64Array.from(strong.yTrue, (_, i) => (i % 3 === 0 ? 1 : 0));
    const rows = [...mask].filter(Boolean).length;
    expect(exactPairedTests(strong, weak, ['accuracy'], mask).accuracy!.discordant!.rows).toBe(rows);
  });
});

describe('centred paired-bootstrap p-values', () => {
  test('count resampled differences centred on the observed one, never 0', () => {
    const draws = Float64Array.from([-0.07, -0.05, -0.03, -0.01, 0.01, 0.03], (d) => d);
    const p = pairedPValues(draws, -0.02);
    // observed −0.02; centred: −0.05, −0.03, −0.01, 0.01, 0.03, 0.05 → 2 at or below −0.02, 4 at or above it
    expect(p.pValueDown).toBeCloseTo(3 / 7, 12);
    expect(p.pValueUp).toBeCloseTo(5 / 7, 12);
    expect(p.pValue).toBeCloseTo(6 / 7, 12);
    expect(p.standardError).toBeCloseTo(Math.sqrt(0.007 / 5), 12);
    const none = pairedPValues(new Float64Array(50), 0);
    expect([none.pValue, none.pValueDown, none.pValueUp]).toEqual([1, 1, 1]);
  });

  test('a real, large change gets the smallest p-value the resamples allow; a regression pair too', async () => {
    const strong = await classifierInputs('breast_cancer_lr.onnx', 'breast_cancer_test.csv', 2);
    const weak = await classifierInputs('breast_cancer_lr_weak.onnx', 'breast_cancer_test.csv', 2);
    const deltas = pairedBootstrapDeltas('binary', strong, weak, { resamples: 199, seed: 3, level: 0.95 }, ['log_loss']);
    expect(deltas.log_loss).toMatchObject({ test: 'bootstrap', pValueDown: 1 / 200, pValue: 2 / 200 });
    expect(deltas.log_loss!.standardError).toBeGreaterThan(0);
    const linear = await regressorInputs('diabetes_linreg.onnx', 'diabetes_test.csv');
    const ridge = await regressorInputs('diabetes_linreg_ridge.onnx', 'diabetes_test.csv');
    const rmse = pairedBootstrapDeltas('regression', linear, ridge, { resamples: 199, seed: 3, level: 0.95 }, ['rmse']).rmse!;
    expect(rmse.pValue).toBeCloseTo(2 * Math.min(rmse.pValueDown!, rmse.pValueUp!), 12);
  });
});

describe('slices bootstrapped in the same pass', () => {
  test('each slice\'s p-values are those of its metric recomputed on the same seeded resamples, masked to its rows', async () => {
    const strong = await classifierInputs('breast_cancer_lr.onnx', 'breast_cancer_test.csv', 2);
    const weak = await classifierInputs('breast_cancer_lr_weak.onnx', 'breast_cancer_test.csv', 2);
    const n = strong.yTrue.length;
    const names = ['f1', 'log_loss'];
    const options = { resamples: 150, seed: 11, level: 0.9 };
    const masks = [0, 1].map((s) => Float64Array.from({ length: n }, (_, i) => (i % 2 === s ? 1 : 0)));
    const slices = masks.map((weights, s) => {
      const rows = Int32Array.from([...weights.keys()].filter((i) => weights[i] === 1));
      const prepare = (inputs: typeof strong) => ({ evaluate: prepareMetrics('binary', inputsOfRows(inputs, rows), names), names });
      return { value: `s${s}`, rows, candidate: prepare(strong), baseline: prepare(weak) };
    });
    const all = (inputs: typeof strong) => ({ inputs, evaluate: prepareMetrics('binary', inputs, names), names });
    const { sliceDeltas } = bootstrapAgainstBaseline(all(strong), all(weak), options, { slices });

    const random = new SeededRandom(options.seed);
    const counts = new Float64Array(n);
    const differences = masks.map(() => Object.fromEntries(names.map((name) => [name, new Float64Array(options.resamples)])));
    for (let r = 0; r < options.resamples; r++) {
      resampleCounts(random, n, counts);
      masks.forEach((mask, s) => {
        const weights = counts.map((c, i) => c * mask[i]!);
        const c = computeMetrics('binary', strong, weights, names);
        const b = computeMetrics('binary', weak, weights, names);
        for (const name of names) differences[s]![name]![r] = c[name]! - b[name]!;
      });
    }
    masks.forEach((mask, s) => {
      for (const name of names) {
        const observed = computeMetrics('binary', strong, mask, names)[name]! - computeMetrics('binary', weak, mask, names)[name]!;
        const want = pairedPValues(differences[s]![name]!, observed);
        const got = sliceDeltas[`s${s}`]![name]!;
        expect(got.absolute).toBeCloseTo(observed, 12);
        expect([got.pValueDown, got.pValueUp, got.test]).toEqual([want.pValueDown, want.pValueUp, 'bootstrap']);
        expect(got.standardError).toBeCloseTo(want.standardError!, 12);
      }
    });
  });
});
