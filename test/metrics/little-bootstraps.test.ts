/** @jest-environment ./test/runtime/ort-environment.js */
// The bag of little bootstraps: its binomial and multinomial draws (against scipy), the weights it
// resamples with (counts in the hundreds: the metrics must equal those of the rows repeated, and
// scikit-learn's with sample_weight), and its intervals and paired tests against the ordinary
// bootstrap's on the same rows.
import { spawnSync } from 'node:child_process';
import { binomialDraw, uniformMultinomial } from '../../shared/metrics/binomial-draw.js';
import {
  bootstrapAgainstBaseline,
  bootstrapIntervals,
  computeMetrics,
  littleBootstrapIntervals,
  littleBootstrapsAgainstBaseline,
  littleBootstrapsPlan,
  prepareMetrics,
  SeededRandom,
} from '../../shared/metrics/index.js';
import { disjointSubsets } from '../../shared/metrics/little-bootstraps.js';
import type { BootstrapOptions, ClassificationInputs, MetricInputs } from '../../shared/metrics/types.js';
import type { Task } from '../../shared/model/types.js';
import { describeWithTools, tools } from '../support/system-tools.js';
import { classifierInputs, expectRelative, regressorInputs, selectRows } from './fixture-models.js';

function python(code: string, input: unknown): unknown {
  const run = spawnSync('/usr/bin/python3', ['-c', code], { encoding: 'utf8', input: JSON.stringify(input), maxBuffer: 64 * 2 ** 20 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

describeWithTools('binomial and multinomial draws against scipy.stats', [tools.pythonScipy], () => {
  // (trials, p): inversion (mean < 10), transformed rejection, the mirrored side, and the sizes a 10 GB file gives
  const CASES: [number, number][] = [[30, 0.1], [1000, 0.004], [200, 0.3], [5000, 0.5], [400, 0.93], [47_007_900, 1 / 235_000], [1_000_000, 0.37]];

  test('draws follow Binomial(trials, p): chi-square goodness of fit, and the mean and variance', () => {
    const draws = 20_000;
    const samples = CASES.map(([trials, p], c) => {
      const random = new SeededRandom(100 + c);
      return Array.from({ length: draws }, () => binomialDraw(random, trials, p));
    });
    // scipy's pmf over the values drawn, the tails pooled into the end bins until each expects ≥ 5
    const pValues = python(`
import json, sys
import numpy as np
from scipy import stats
cases, samples = json.load(sys.stdin)
out = []
for (n, p), xs in zip(cases, samples):
    xs = np.array(xs)
    dist = stats.binom(n, p)
    lo, hi = int(dist.ppf(1e-4)), int(dist.isf(1e-4))
    edges = list(range(lo, hi + 1))
    expected = [dist.cdf(lo)] + [dist.pmf(k) for k in edges[1:-1]] + [dist.sf(hi - 1)]
    observed = [np.sum(xs <= lo)] + [np.sum(xs == k) for k in edges[1:-1]] + [np.sum(xs >= hi)]
    e, o = [], []
    acc_e = acc_o = 0.0
    for ex, ob in zip(expected, observed):
        acc_e += ex; acc_o += ob
        if acc_e * len(xs) >= 5:
            e.append(acc_e); o.append(acc_o); acc_e = acc_o = 0.0
    e[-1] += acc_e; o[-1] += acc_o
    e = np.array(e) / np.sum(e) * len(xs)
    out.append(float(stats.chisquare(o, e).pvalue))
print(json.dumps(out))`, [CASES, samples]) as number[];
    CASES.forEach(([trials, p], c) => {
      // fixed seeds: the same draws every run; a sampler off by a little fails all of these at 20,000 draws
      expect([trials, p, pValues[c]! > 0.001]).toEqual([trials, p, true]);
      const xs = samples[c]!;
      const mean = xs.reduce((a, b) => a + b, 0) / draws;
      const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws - 1);
      const sd = Math.sqrt(trials * p * (1 - p));
      expect(Math.abs(mean - trials * p)).toBeLessThan((5 * sd) / Math.sqrt(draws));
      expect(variance / (sd * sd)).toBeGreaterThan(0.95);
      expect(variance / (sd * sd)).toBeLessThan(1.05);
    });
  });
});

test('a uniform multinomial puts exactly the total on the cells, each cell a binomial share, the same for the same seed', () => {
  const cells = new Float64Array(2_000);
  const total = 470_000;
  const means = new Float64Array(cells.length);
  const squares = new Float64Array(cells.length);
  const random = new SeededRandom(5);
  for (let r = 0; r < 200; r++) {
    uniformMultinomial(random, total, cells);
    expect(cells.reduce((a, b) => a + b, 0)).toBe(total);
    cells.forEach((c, i) => {
      means[i] += c / 200;
      squares[i] += (c * c) / 200;
    });
  }
  // every cell, first or last in the chain, averages total/cells = 235 (sd of a 200-draw mean ≈ 1.1)
  expect(Math.min(...means)).toBeGreaterThan(229);
  expect(Math.max(...means)).toBeLessThan(241);
  // and spreads as a binomial: variance total·p·(1 − p) = 234.9 (the cells' pooled sample variance,
  // sd ≈ 0.3%), which draws with the right means but too even or too wide a spread miss
  let pooled = 0;
  for (let i = 0; i < cells.length; i++) pooled += ((squares[i]! - means[i]! ** 2) * 200) / 199 / cells.length;
  const p = 1 / cells.length;
  expect(pooled / (total * p * (1 - p))).toBeGreaterThan(0.97);
  expect(pooled / (total * p * (1 - p))).toBeLessThan(1.03);
  const again = (seed: number) => uniformMultinomial(new SeededRandom(seed), total, new Float64Array(50));
  expect(again(9)).toEqual(again(9));
  expect(again(9)).not.toEqual(again(10));
});

test('subsets are disjoint, of the planned size, within the mask, in row order', () => {
  const n = 100_000;
  const plan = littleBootstrapsPlan(n, 1000);
  expect(plan).toEqual({ subsets: 10, subsetRows: Math.ceil(n ** 0.7) });
  const subsets = disjointSubsets(new SeededRandom(3), n, n, plan);
  const seen = new Set<number>();
  let ascending = true;
  for (const subset of subsets) {
    expect(subset.length).toBe(plan.subsetRows);
    subset.forEach((row, i) => {
      seen.add(row);
      if (i > 0 && !(row > subset[i - 1]!)) ascending = false;
    });
  }
  expect(seen.size).toBe(plan.subsets * plan.subsetRows);
  expect(ascending).toBe(true);
  const mask = Uint8Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 1 : 0));
  const eligible = Math.ceil(n / 7);
  const masked = disjointSubsets(new SeededRandom(3), n, eligible, littleBootstrapsPlan(eligible, 1000), mask);
  expect(masked.every((subset) => subset.every((row) => row % 7 === 0))).toBe(true);
});

/** The rows repeated `weights[i]` times each. */
function repeatRows<T extends MetricInputs>(inputs: T, weights: Float64Array): T {
  const rows: number[] = [];
  weights.forEach((w, i) => {
    for (let r = 0; r < w; r++) rows.push(i);
  });
  return selectRows(inputs, rows);
}

async function fixture(model: string): Promise<[Task, MetricInputs]> {
  if (model.startsWith('diabetes')) return ['regression', await regressorInputs(`${model}.onnx`, 'diabetes_test.csv')];
  if (model.startsWith('iris')) return ['multiclass', await classifierInputs(`${model}.onnx`, 'iris_test.csv', 3)];
  return ['binary', await classifierInputs(`${model}.onnx`, 'breast_cancer_test.csv', 2)];
}

test.each(['breast_cancer_lr_weak', 'iris_lr', 'diabetes_linreg'])('%s: a little bootstrap\'s weights (hundreds a row) give the metrics of the rows repeated', async (model) => {
  const [task, inputs] = await fixture(model);
  const n = inputs.yTrue.length;
  const weights = uniformMultinomial(new SeededRandom(21), n * 300, new Float64Array(n));
  expect(Math.max(...weights)).toBeGreaterThan(255);
  // the resample's evaluator, as little bootstraps prepare it, and the plain function
  const weighted = prepareMetrics(task, inputs, undefined, { repeatedWeights: true })(weights);
  expect(computeMetrics(task, inputs, weights)).toEqual(weighted);
  const repeated = computeMetrics(task, repeatRows(inputs, weights));
  for (const [name, value] of Object.entries(repeated)) {
    if (name.startsWith('precision') || name.startsWith('recall') || name.startsWith('f1') || name.endsWith('accuracy')) expect([name, weighted[name]]).toEqual([name, value]);
    else expectRelative(weighted[name], value, 1e-11, `${model} ${name}`);
  }
});

describeWithTools('weights of a little bootstrap against scikit-learn\'s sample_weight', [tools.pythonSklearn], () => {
  test('binary metrics with counts in the hundreds', async () => {
    const [, inputs] = await fixture('breast_cancer_lr_weak');
    const c = inputs as ClassificationInputs;
    const n = c.yTrue.length;
    const weights = uniformMultinomial(new SeededRandom(4), n * 500, new Float64Array(n));
    const ours = computeMetrics('binary', c, weights);
    const theirs = python(`
import json, sys
import numpy as np
from sklearn import metrics
y, pred, p1, w = (np.array(a) for a in json.load(sys.stdin))
p = np.stack([1 - p1, p1], axis=1).astype(np.float32)
print(json.dumps({
  'accuracy': metrics.accuracy_score(y, pred, sample_weight=w),
  'f1': metrics.f1_score(y, pred, sample_weight=w),
  'balanced_accuracy': metrics.balanced_accuracy_score(y, pred, sample_weight=w),
  'roc_auc': metrics.roc_auc_score(y, p1, sample_weight=w),
  'average_precision': metrics.average_precision_score(y, p1, sample_weight=w),
  'log_loss': metrics.log_loss(y, p, sample_weight=w),
  'brier': metrics.brier_score_loss(y, p1, sample_weight=w),
}))`, [Array.from(c.yTrue), Array.from(c.yPred), Array.from({ length: n }, (_, i) => c.proba![2 * i + 1]!), Array.from(weights)]) as Record<string, number>;
    for (const [name, value] of Object.entries(theirs)) expectRelative(ours[name], value, 1e-6, name);
  });
});

/** A binary task of n rows from two models that see the same signal with correlated noise. */
function syntheticPair(n: number, seed: number, signal = [1.5, 1.5]): [ClassificationInputs, ClassificationInputs] {
  const random = new SeededRandom(seed);
  const unit = () => random.nextUnit();
  const normal = () => Math.sqrt(-2 * Math.log(unit())) * Math.cos(2 * Math.PI * unit());
  const yTrue = new Uint8Array(n);
  const models = signal.map(() => ({ yPred: new Uint8Array(n), proba: new Float32Array(n) }));
  for (let i = 0; i < n; i++) {
    const y = unit() < 0.3 ? 1 : 0;
    const e = normal();
    yTrue[i] = y;
    signal.forEach((mu, m) => {
      const noise = m === 0 ? e : 0.5 * e + Math.sqrt(0.75) * normal();
      const p = Math.fround(1 / (1 + Math.exp(-1.5 * (mu * y + noise - mu / 2))));
      models[m]!.proba[i] = p;
      models[m]!.yPred[i] = p > Math.fround(1 - p) ? 1 : 0;
    });
  }
  return models.map(({ yPred, proba }) => ({ yTrue, yPred, proba, classCount: 2 })) as [ClassificationInputs, ClassificationInputs];
}

const NAMES = ['accuracy', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier'];

test('on the same 20,000 rows, little bootstraps\' intervals and paired tests are close to the ordinary bootstrap\'s', () => {
  const [candidate, baseline] = syntheticPair(20_000, 17, [1.43, 1.5]);
  const options = { resamples: 200, seed: 5, level: 0.95 };
  const prepared = (inputs: MetricInputs) => ({ inputs, evaluate: prepareMetrics('binary', inputs, NAMES, { repeatedWeights: true }), names: NAMES });
  const ordinary = bootstrapAgainstBaseline(prepared(candidate), prepared(baseline), options);
  const point = (inputs: MetricInputs) => computeMetrics('binary', inputs, undefined, NAMES);
  const little = littleBootstrapsAgainstBaseline('binary', { inputs: candidate, names: NAMES, point: point(candidate) }, { inputs: baseline, names: NAMES, point: point(baseline) }, { ...options, method: 'little-bootstraps' }, undefined);
  for (const name of NAMES) {
    const a = ordinary.intervals[name]!;
    const b = little.intervals[name]!;
    const width = a.high - a.low;
    // the same centre (the value on all rows), widths within 20%, ends within a quarter of a width
    expect([name, b.low <= point(candidate)[name]! && point(candidate)[name]! <= b.high]).toEqual([name, true]);
    expect([name, Math.abs((b.high - b.low) / width - 1) < 0.2]).toEqual([name, true]);
    expect([name, Math.abs(a.low - b.low) < 0.25 * width && Math.abs(a.high - b.high) < 0.25 * width]).toEqual([name, true]);
    const da = ordinary.deltas[name]!;
    const db = little.deltas[name]!;
    expect(db.absolute).toBe(da.absolute);
    expect(db.test).toBe('bootstrap');
    expect([name, Math.abs(db.standardError! / da.standardError! - 1) < 0.2]).toEqual([name, true]);
    // both see (or both do not see) the candidate's weaker signal at 5%
    expect([name, db.pValue! < 0.05]).toEqual([name, da.pValue! < 0.05]);
  }
});

test('little bootstraps are deterministic with the seed, and the interval holds the value on all rows', () => {
  const [candidate] = syntheticPair(10_000, 8);
  const point = computeMetrics('binary', candidate);
  const names = Object.keys(point);
  const options = { resamples: 200, seed: 11, level: 0.9, method: 'little-bootstraps' as const };
  const first = littleBootstrapIntervals('binary', { inputs: candidate, names, point }, options);
  expect(littleBootstrapIntervals('binary', { inputs: candidate, names, point }, options)).toEqual(first);
  expect(littleBootstrapIntervals('binary', { inputs: candidate, names, point }, { ...options, seed: 12 })).not.toEqual(first);
  const ordinaryIntervals = bootstrapIntervals('binary', candidate, { resamples: 200, seed: 11, level: 0.9 }, names);
  for (const name of names) {
    expect([name, first[name]!.low <= point[name]! && point[name]! <= first[name]!.high]).toEqual([name, true]);
    expect(first[name]!.level).toBe(0.9);
    // and near the ordinary bootstrap's
    const ordinary = ordinaryIntervals[name]!;
    const [widthLittle, widthOrdinary] = [first[name]!.high - first[name]!.low, ordinary.high - ordinary.low];
    // ece aside: near 0 and biased upwards on few rows, its subsets' spread is not the whole set's (docs/gate-policy.md)
    if (name !== 'ece') expect([name, Math.abs(widthLittle - widthOrdinary) <= 0.35 * widthOrdinary + 1e-4]).toEqual([name, true]);
  }
});

/** 20,000 synthetic rows with a slice of the even ones: little bootstraps against the baseline, the slice's from `littleFrom` rows */
function withEvenSlice(seed: number) {
  const [candidate, baseline] = syntheticPair(20_000, seed, [1.45, 1.5]);
  const names = ['f1', 'roc_auc', 'log_loss'];
  const mask = Uint8Array.from(candidate.yTrue, (_, i) => (i % 2 === 0 ? 1 : 0));
  const point = (inputs: MetricInputs, weights?: Uint8Array) => computeMetrics('binary', inputs, weights, names);
  const run = (options: BootstrapOptions, littleFrom: number) =>
    littleBootstrapsAgainstBaseline(
      'binary',
      { inputs: candidate, names, point: point(candidate) },
      { inputs: baseline, names, point: point(baseline) },
      options,
      { names, each: () => [{ value: 'even', mask, candidate: point(candidate, mask), baseline: point(baseline, mask) }] },
      littleFrom,
    );
  return { candidate, baseline, names, mask, point, run };
}

test('a slice of many rows is tested by little bootstraps of its own rows, close to the ordinary bootstrap of the slice', () => {
  const { candidate, baseline, names, mask, point, run: against } = withEvenSlice(23);
  const options = { resamples: 200, seed: 2, level: 0.95, method: 'little-bootstraps' as const };
  const run = (littleFrom: number) => against(options, littleFrom).sliceDeltas.even!;
  const little = run(1_000); // 10,000 rows: little bootstraps
  const ordinary = run(Infinity); // the ordinary bootstrap of the slice's rows
  for (const name of names) {
    expect(little[name]!.absolute).toBe(ordinary[name]!.absolute);
    expect(little[name]!.absolute).toBeCloseTo(point(candidate, mask)[name]! - point(baseline, mask)[name]!, 12);
    expect([name, Math.abs(little[name]!.standardError! / ordinary[name]!.standardError! - 1) < 0.2]).toEqual([name, true]);
    expect([name, little[name]!.interval!.low <= little[name]!.absolute && little[name]!.absolute <= little[name]!.interval!.high]).toEqual([name, true]);
  }
});

test("a plan worked out by the caller (evaluate-gate's, once) is the one taken: the same plan gives the same figures, slices included; another plan, others", () => {
  const { candidate, names, point, run: against } = withEvenSlice(29);
  const options = { resamples: 200, seed: 4, level: 0.95, method: 'little-bootstraps' as const };
  // the slice's 10,000 rows by little bootstraps too
  const run = (bootstrap: BootstrapOptions) => against(bootstrap, 1_000);
  const workedOut = run(options);
  const plan = littleBootstrapsPlan(20_000, 200);
  expect(run({ ...options, plan })).toEqual(workedOut);
  expect(littleBootstrapIntervals('binary', { inputs: candidate, names, point: point(candidate) }, { ...options, plan })).toEqual(workedOut.intervals);
  // half the subset rows: the whole set's figures change, the slice's (its own plan) do not
  const other = run({ ...options, plan: { ...plan, subsetRows: Math.floor(plan.subsetRows / 2) } });
  expect(other.intervals).not.toEqual(workedOut.intervals);
  expect(other.deltas).not.toEqual(workedOut.deltas);
  expect(other.sliceDeltas).toEqual(workedOut.sliceDeltas);
});

test('ece: little bootstraps\' interval against the ordinary bootstrap\'s on the same rows', () => {
  const [candidate] = syntheticPair(20_000, 31);
  const names = ['ece'];
  const point = computeMetrics('binary', candidate, undefined, names).ece!;
  const options = { resamples: 200, seed: 7, level: 0.95 };
  const little = littleBootstrapIntervals('binary', { inputs: candidate, names, point: { ece: point } }, { ...options, method: 'little-bootstraps' }).ece!;
  const ordinary = bootstrapIntervals('binary', candidate, options, names).ece!;
  const width = ordinary.high - ordinary.low;
  // both hold the value on all rows, within ece's range [0, 1]
  for (const interval of [little, ordinary]) {
    expect(interval.low).toBeGreaterThanOrEqual(0);
    expect(interval.low <= point && point <= interval.high).toBe(true);
  }
  // ece is biased upwards (a resample's bins are noisier than the rows'), the more so on a subset's
  // b rows: recentring by the subset's own value then shifts little bootstraps' interval down. So
  // the looser bounds docs/gate-policy.md states for ece (ends up to 0.36 widths apart): widths
  // within 0.7-1.5x, the low end below the ordinary one by under 0.45 of its width, the high end
  // within 0.2 of it (measured: 1.21x, -0.32, -0.10)
  expect((little.high - little.low) / width).toBeGreaterThan(0.7);
  expect((little.high - little.low) / width).toBeLessThan(1.5);
  expect(little.low).toBeLessThanOrEqual(ordinary.low);
  expect(ordinary.low - little.low).toBeLessThan(0.45 * width);
  expect(Math.abs(little.high - ordinary.high)).toBeLessThan(0.2 * width);
});
