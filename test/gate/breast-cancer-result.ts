// Builds evaluation results from scikit-learn's own figures for the breast-cancer models:
// the candidate (C=1) from expected/breast_cancer_lr.json and the weak baseline (C=0.0005) from
// expected/breast_cancer_lr_weak.json, with per-slice figures from gate/breast_cancer_slices.json
// (made by gate/make_slice_expected.py). Intervals, p-values and timings are test inputs chosen
// here, not computed results.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EvaluationResult, OperationalFigures } from '../../shared/evaluate/types.js';
import type { MetricDelta, MetricValues } from '../../shared/metrics/types.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const fixturePath = (relative: string) => `${fixtures}${relative}`;

function readExpected(name: string): { metrics: MetricValues; confusion: number[][] } {
  const raw = JSON.parse(readFileSync(fixturePath(`expected/${name}`), 'utf8')) as Record<string, unknown>;
  const { confusion_matrix, ...metrics } = raw;
  return { metrics: metrics as MetricValues, confusion: confusion_matrix as number[][] };
}

export const candidate = readExpected('breast_cancer_lr.json');
export const weak = readExpected('breast_cancer_lr_weak.json');

interface SliceFixture {
  column: string;
  slices: Record<string, { rows: number; candidate: MetricValues; baseline: MetricValues }>;
}
export const sliceFixture = JSON.parse(readFileSync(fixturePath('gate/breast_cancer_slices.json'), 'utf8')) as SliceFixture;

export const operational: OperationalFigures = {
  batchSize: 64,
  batches: 3,
  batchLatencyP50: 0.8,
  batchLatencyP95: 1.4,
  rowLatencyP50: 0.0125,
  rowLatencyP95: 0.022,
  rowsPerSecond: 61000,
  totalMs: 2.8,
  modelSizeBytes: 1834,
};

const baselineOperational: OperationalFigures = { ...operational, batchLatencyP95: 1.2, rowLatencyP95: 0.019, rowsPerSecond: 70000, modelSizeBytes: 1834 };

export interface ResultOptions {
  baseline?: boolean;
  /** p-values to attach to the paired deltas (a baseline metrics file would give none) */
  pValues?: Record<string, number>;
  slices?: boolean;
}

export function breastCancerResult(options: ResultOptions = {}): Omit<EvaluationResult, 'gate'> {
  const withBaseline = options.baseline ?? true;
  const deltas: Record<string, MetricDelta> = {};
  if (withBaseline) {
    for (const [metric, value] of Object.entries(candidate.metrics)) {
      const before = weak.metrics[metric]!;
      const pValue = options.pValues?.[metric];
      deltas[metric] = {
        metric,
        baseline: before,
        candidate: value,
        absolute: value - before,
        relative: (value - before) / Math.abs(before),
        interval: { low: value - before - 0.03, high: value - before + 0.03, level: 0.95 },
        ...(pValue !== undefined ? { pValue } : {}),
      };
    }
  }
  const intervals = Object.fromEntries(
    Object.entries(candidate.metrics).map(([metric, value]) => [metric, { low: value - 0.02, high: Math.min(1, value + 0.01), level: 0.95 }]),
  );
  return {
    schema: 'mlci/evaluation@1',
    task: 'binary',
    model: { path: 'models/candidate.onnx', sha256: 'a'.repeat(64), sizeBytes: 1834 },
    ...(withBaseline ? { baselineModel: { path: 'models/baseline.onnx', sha256: 'b'.repeat(64), sizeBytes: 1834 }, baseline: weak.metrics, baselineSource: 'model' as const } : {}),
    data: { path: 'data/breast_cancer_test.csv', sha256: 'c'.repeat(64), sizeBytes: 52000, rows: 171, target: 'target' },
    metrics: candidate.metrics,
    intervals,
    deltas,
    directions: {},
    confusionMatrix: { classes: [0, 1], matrix: candidate.confusion },
    operational,
    ...(withBaseline ? { baselineOperational } : {}),
    ...(options.slices
      ? {
          slices: {
            column: sliceFixture.column,
            slices: Object.entries(sliceFixture.slices).map(([value, s]) => ({
              value,
              rows: s.rows,
              metrics: s.candidate,
              ...(withBaseline ? { baseline: s.baseline } : {}),
            })),
          },
        }
      : {}),
    bootstrap: { resamples: 1000, seed: 42, level: 0.95 },
  };
}
