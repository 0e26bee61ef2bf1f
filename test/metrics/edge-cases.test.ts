// Hand-made cases (ties, one class only, zero division, hard 0/1 probabilities, weights, absent
// classes, constant targets) against scikit-learn's values in test/fixtures/metrics/metric_cases.json,
// made by make_metric_cases.py next to it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeMetrics, percentileInterval } from '../../shared/metrics/index.js';
import type { MetricInputs } from '../../shared/metrics/types.js';
import type { Task } from '../../shared/model/types.js';
import { expectRelative, fixtures } from './fixture-models.js';

interface Case {
  name: string;
  task: Task;
  classCount?: number;
  yTrue: number[];
  yPred: number[];
  proba?: number[];
  probaType?: 'float32' | 'float64';
  weights?: number[];
  expected: Record<string, number | null>;
}

const reference = JSON.parse(readFileSync(join(fixtures, 'metrics', 'metric_cases.json'), 'utf8')) as {
  cases: Case[];
  percentiles: { values: number[]; level: number; low: number; high: number }[];
};

function caseInputs(c: Case): MetricInputs {
  if (c.task === 'regression') return { yTrue: Float64Array.from(c.yTrue), yPred: Float64Array.from(c.yPred) };
  const proba = c.probaType === 'float32' ? Float32Array.from(c.proba!) : Float64Array.from(c.proba!);
  return { yTrue: Int32Array.from(c.yTrue), yPred: Int32Array.from(c.yPred), proba, classCount: c.classCount! };
}

// Debian's scikit-learn (1.2) renormalises log_loss rows, which moves float32 rows by ~1e-7
const TOLERANCE: Record<string, number> = { log_loss: 1e-6 };

test.each(reference.cases.map((c) => [c.name, c] as const))('%s matches scikit-learn', (_name, c) => {
  const weights = c.weights ? Float64Array.from(c.weights) : undefined;
  const got = computeMetrics(c.task, caseInputs(c), weights, Object.keys(c.expected));
  expect(Object.keys(got).sort()).toEqual(Object.keys(c.expected).sort());
  for (const [name, want] of Object.entries(c.expected)) expectRelative(got[name], want, TOLERANCE[name] ?? 1e-12, `${c.name} ${name}`);
});

test('unweighted label metrics are bit-identical to scikit-learn', () => {
  const labelNames = ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'precision_macro', 'recall_macro', 'f1_macro'];
  let compared = 0;
  for (const c of reference.cases.filter((c) => c.task !== 'regression' && !c.weights)) {
    const got = computeMetrics(c.task, caseInputs(c));
    for (const name of labelNames.filter((n) => n in c.expected)) {
      expect([c.name, name, got[name]]).toEqual([c.name, name, c.expected[name]]);
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(40);
});

test.each(reference.percentiles.map((p) => [p.values.length, p] as const))('percentile interval of %i values equals numpy.percentile', (_n, p) => {
  const interval = percentileInterval(Float64Array.from(p.values), p.level)!;
  expect(interval.level).toBe(p.level);
  expectRelative(interval.low, p.low, 1e-12, 'low');
  expectRelative(interval.high, p.high, 1e-12, 'high');
});

test('resample values that are NaN are left out of the interval, and all-NaN gives none', () => {
  expect(percentileInterval(Float64Array.from([NaN, 1, NaN, 3]), 0.5)).toEqual({ low: 1.5, high: 2.5, level: 0.5 });
  expect(percentileInterval(Float64Array.from([NaN, NaN]), 0.95)).toBeUndefined();
});
