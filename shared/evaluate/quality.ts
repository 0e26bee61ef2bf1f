import {
  bootstrapAgainstBaseline,
  bootstrapIntervals,
  computeConfusionMatrix,
  defaultMetricNames,
  metricDeltas,
  metricDirection,
  prepareMetrics,
  type MetricEvaluator,
  type BootstrapOptions,
  type ClassificationInputs,
  type ConfusionMatrix,
  type Interval,
  type MetricDelta,
  type MetricInputs,
  type MetricValues,
} from '../metrics/index.js';
import type { Task } from '../model/types.js';
import type { Direction, SliceResult } from './types.js';

/** One model's outputs and the encoded target, ready for the metric functions. */
export interface QualityInputs {
  task: Task;
  inputs: MetricInputs;
  classes?: (number | string)[];
}

export interface QualityRequest {
  candidate: QualityInputs;
  /** the baseline model's outputs on the same rows */
  baseline?: QualityInputs;
  /** baseline figures from a metrics file, when no baseline model was run */
  baselineMetrics?: MetricValues;
  bootstrap: BootstrapOptions;
  /** rows of each slice as 0/1 weights, made when asked for: one slice's array in memory at a time */
  slices?: { value: string; weights: () => Float64Array }[];
}

export interface QualityFigures {
  metrics: MetricValues;
  baseline?: MetricValues;
  intervals: Record<string, Interval>;
  deltas: Record<string, MetricDelta>;
  directions: Record<string, Direction>;
  confusionMatrix?: ConfusionMatrix;
  slices?: SliceResult[];
}

function rowCount(weights: Float64Array): number {
  let n = 0;
  for (let i = 0; i < weights.length; i++) n += weights[i];
  return n;
}

/**
 * Every quality figure evaluate-gate reports: the metrics, their bootstrap intervals, the change
 * against the baseline (paired on the same resamples when the baseline model ran here), the
 * confusion matrix and the per-slice metrics.
 */
export function measureQuality(request: QualityRequest): QualityFigures {
  const { candidate, baseline, bootstrap } = request;
  const { task } = candidate;
  const names = defaultMetricNames(task, candidate.inputs);
  // Prepared once (scores sorted, per-row losses computed): the metrics, and each slice's as 0/1
  // weights, are then O(n) calls instead of one sort per slice.
  const candidateMetrics = prepareMetrics(task, candidate.inputs, names);
  const metrics = candidateMetrics();
  const directions: Record<string, Direction> = {};
  for (const name of names) directions[name] = metricDirection(name);

  const resample = bootstrap.resamples > 0;
  let intervals: Record<string, Interval> = {};
  let baselineMetrics: MetricValues | undefined;
  let baselineEvaluator: MetricEvaluator | undefined;
  let deltas: Record<string, MetricDelta> = {};
  if (baseline) {
    const baselineNames = new Set(defaultMetricNames(task, baseline.inputs));
    const shared = names.filter((n) => baselineNames.has(n));
    baselineEvaluator = prepareMetrics(task, baseline.inputs, shared);
    baselineMetrics = baselineEvaluator();
    if (resample) {
      // one pass over the resamples for the intervals and the paired deltas (the candidate scored once per resample)
      ({ intervals, deltas } = bootstrapAgainstBaseline(
        { inputs: candidate.inputs, evaluate: candidateMetrics, names },
        { inputs: baseline.inputs, evaluate: baselineEvaluator, names: shared },
        bootstrap,
      ));
    } else deltas = metricDeltas(metrics, baselineMetrics);
  } else {
    if (resample) intervals = bootstrapIntervals(task, candidate.inputs, bootstrap, names);
    if (request.baselineMetrics) {
      baselineMetrics = request.baselineMetrics;
      deltas = metricDeltas(metrics, baselineMetrics);
    }
  }

  const confusionMatrix = task === 'regression' ? undefined : computeConfusionMatrix(candidate.inputs as ClassificationInputs, candidate.classes);

  const slices = request.slices?.map(({ value, weights: makeWeights }) => {
    const weights = makeWeights();
    return {
      value,
      rows: rowCount(weights),
      metrics: candidateMetrics(weights),
      ...(baselineEvaluator ? { baseline: baselineEvaluator(weights) } : {}),
    };
  });

  return { metrics, baseline: baselineMetrics, intervals, deltas, directions, confusionMatrix, slices };
}
