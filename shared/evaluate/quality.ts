import {
  attachPairedTest,
  bootstrapAgainstBaseline,
  countPositive,
  exactPairedTests,
  hasExactPairedTest,
  inputsOfRows,
  littleBootstrapIntervals,
  littleBootstrapsAgainstBaseline,
  bootstrapIntervals,
  computeConfusionMatrix,
  defaultMetricNames,
  metricDeltas,
  metricDirection,
  prepareMetrics,
  rowsOfMask,
  type MetricEvaluator,
  type BootstrapOptions,
  type ClassificationInputs,
  type ConfusionMatrix,
  type Interval,
  type MetricDelta,
  type MetricInputs,
  type MetricValues,
  type RowWeights,
  type SliceResampling,
} from '../metrics/index.js';
import type { Task } from '../model/types.js';
import type { Direction, SliceResult } from './types.js';

/** One model's outputs and the encoded target, ready for the metric functions. */
export interface QualityInputs {
  task: Task;
  inputs: MetricInputs;
  classes?: (number | string)[];
  /** figures computed without weights while the rows streamed (StreamingProbabilityFigures), the same doubles */
  unweighted?: MetricValues;
}

export interface QualityRequest {
  candidate: QualityInputs;
  /** the baseline model's outputs on the same rows */
  baseline?: QualityInputs;
  /** baseline figures from a metrics file, when no baseline model was run */
  baselineMetrics?: MetricValues;
  bootstrap: BootstrapOptions;
  /** rows of each slice as 0/1 weights, made when asked for: one slice's array in memory at a time (the next call may overwrite it) */
  slices?: { value: string; weights: () => RowWeights }[];
  /**
   * metrics whose change per slice the gate judges with a paired test: those without an exact
   * test are bootstrapped per slice, in the same pass as the whole set
   */
  sliceTests?: readonly string[];
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

/** Accuracy and recall: the exact McNemar test replaces the bootstrap's p-values (docs/gate-policy.md). */
function addExactTests(deltas: Record<string, MetricDelta>, candidate: ClassificationInputs, baseline: ClassificationInputs, names: readonly string[], mask?: RowWeights): void {
  const tests = exactPairedTests(candidate, baseline, names.filter((n) => deltas[n] !== undefined), mask);
  for (const [name, test] of Object.entries(tests)) attachPairedTest(deltas[name]!, test);
}

/** The slices' metrics to bootstrap: those the gate tests per slice and no exact test covers. */
function sliceResampling(task: Task, candidate: MetricInputs, baseline: MetricInputs, shared: string[], request: QualityRequest): SliceResampling | undefined {
  const tested = testedOnSlices(task, candidate, shared, request);
  if (!request.slices?.length || tested.length === 0) return undefined;
  return {
    slices: request.slices.map(({ value, weights }) => {
      // only the slice's row numbers are kept for the resamples; its weights go as soon as they are read
      const rows = rowsOfMask(weights());
      const prepare = (inputs: MetricInputs) => ({ evaluate: prepareMetrics(task, inputsOfRows(inputs, rows), tested, { checked: true, repeatedWeights: true }), names: tested });
      return { value, rows, candidate: prepare(candidate), baseline: prepare(baseline) };
    }),
  };
}

/** both models' metrics on a slice, by its value, computed once for its resampling and its row in the slice table */
type SliceFigures = Map<string, { candidate: MetricValues; baseline: MetricValues }>;

/** sliceResampling's counterpart for little bootstraps: each tested slice's mask and both models' metrics on it, one slice at a time */
function littleSlices(task: Task, candidate: MetricInputs, shared: string[], request: QualityRequest, candidateMetrics: MetricEvaluator, baselineMetrics: MetricEvaluator, figures: SliceFigures) {
  const names = testedOnSlices(task, candidate, shared, request);
  if (!request.slices?.length || names.length === 0) return undefined;
  const slices = request.slices;
  return {
    names,
    *each() {
      for (const { value, weights } of slices) {
        const mask = weights();
        const both = { candidate: candidateMetrics(mask), baseline: baselineMetrics(mask) };
        figures.set(value, both); // the slice table below reports the same figures
        yield { value, mask, ...both };
      }
    },
  };
}

/** the metrics the gate tests per slice that no exact test covers: those the slices' resamples are for */
function testedOnSlices(task: Task, candidate: MetricInputs, shared: string[], request: QualityRequest): string[] {
  const classCount = 'classCount' in candidate ? candidate.classCount : 0;
  return shared.filter((n) => request.sliceTests?.includes(n) && !(task !== 'regression' && hasExactPairedTest(n, classCount)));
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
  const resample = bootstrap.resamples > 0;
  // little bootstraps resample copies of a few rows: the whole set's evaluators keep no per-row arrays for them
  const little = resample && bootstrap.method === 'little-bootstraps';
  const sliceFigures: SliceFigures = new Map();
  const candidateMetrics = prepareMetrics(task, candidate.inputs, names, { repeatedWeights: resample && !little, ...(candidate.unweighted ? { unweighted: candidate.unweighted } : {}) });
  const metrics = candidateMetrics();
  const directions: Record<string, Direction> = {};
  for (const name of names) directions[name] = metricDirection(name);

  let intervals: Record<string, Interval> = {};
  let baselineMetrics: MetricValues | undefined;
  let baselineEvaluator: MetricEvaluator | undefined;
  let deltas: Record<string, MetricDelta> = {};
  let sliceDeltas: Record<string, Record<string, MetricDelta>> = {};
  if (baseline) {
    const baselineNames = new Set(defaultMetricNames(task, baseline.inputs));
    const shared = names.filter((n) => baselineNames.has(n));
    baselineEvaluator = prepareMetrics(task, baseline.inputs, shared, { repeatedWeights: resample && !little, ...(baseline.unweighted ? { unweighted: baseline.unweighted } : {}) });
    baselineMetrics = baselineEvaluator();
    if (little) {
      ({ intervals, deltas, sliceDeltas } = littleBootstrapsAgainstBaseline(
        task,
        { inputs: candidate.inputs, names, point: metrics },
        { inputs: baseline.inputs, names: shared, point: baselineMetrics },
        bootstrap,
        littleSlices(task, candidate.inputs, shared, request, candidateMetrics, baselineEvaluator, sliceFigures),
      ));
    } else if (resample) {
      // one pass over the resamples for the intervals, the paired deltas and the slices' tests
      ({ intervals, deltas, sliceDeltas } = bootstrapAgainstBaseline(
        { inputs: candidate.inputs, evaluate: candidateMetrics, names },
        { inputs: baseline.inputs, evaluate: baselineEvaluator, names: shared },
        bootstrap,
        sliceResampling(task, candidate.inputs, baseline.inputs, shared, request),
      ));
    } else deltas = metricDeltas(metrics, baselineMetrics);
    if (task !== 'regression') addExactTests(deltas, candidate.inputs as ClassificationInputs, baseline.inputs as ClassificationInputs, shared);
  } else {
    if (little) intervals = littleBootstrapIntervals(task, { inputs: candidate.inputs, names, point: metrics }, bootstrap);
    else if (resample) intervals = bootstrapIntervals(task, candidate.inputs, bootstrap, names);
    if (request.baselineMetrics) {
      baselineMetrics = request.baselineMetrics;
      deltas = metricDeltas(metrics, baselineMetrics);
    }
  }

  const confusionMatrix = task === 'regression' ? undefined : computeConfusionMatrix(candidate.inputs as ClassificationInputs, candidate.classes);

  const slices = request.slices?.map(({ value, weights: makeWeights }): SliceResult => {
    // the slice's weights for its metrics and its exact tests, then dropped before the next slice's
    const weights = makeWeights();
    const known = sliceFigures.get(value);
    const sliceMetrics = known?.candidate ?? candidateMetrics(weights);
    if (!baselineEvaluator) return { value, rows: countPositive(weights), metrics: sliceMetrics };
    const sliceBaseline = known?.baseline ?? baselineEvaluator(weights);
    const changes = { ...metricDeltas(sliceMetrics, sliceBaseline), ...sliceDeltas[value] };
    if (task !== 'regression') addExactTests(changes, candidate.inputs as ClassificationInputs, baseline!.inputs as ClassificationInputs, Object.keys(changes), weights);
    return { value, rows: countPositive(weights), metrics: sliceMetrics, baseline: sliceBaseline, deltas: changes };
  });

  return { metrics, baseline: baselineMetrics, intervals, deltas, directions, confusionMatrix, slices };
}
