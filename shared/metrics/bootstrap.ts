import { UserError } from '../errors.js';
import type { Task } from '../model/types.js';
import { defaultMetricNames, prepareMetrics, type MetricEvaluator } from './compute.js';
import { percentileInterval } from './percentile.js';
import { resampleCounts, SeededRandom } from './random.js';
import type { BootstrapOptions, Interval, MetricDelta, MetricInputs, MetricValues } from './types.js';

export const DEFAULT_BOOTSTRAP_OPTIONS: BootstrapOptions = { resamples: 1000, seed: 0, level: 0.95 };

/**
 * Percentile bootstrap intervals of the metrics: `resamples` times, draw n rows with replacement
 * (as multinomial counts used as weights), compute each metric, and take the central `level` share
 * of the values. Resamples where a metric is undefined (roc_auc of a resample holding one class) are
 * left out; a metric undefined in every resample gets no interval.
 */
export function bootstrapIntervals(task: Task, inputs: MetricInputs, options: BootstrapOptions, metricNames?: readonly string[]): Record<string, Interval> {
  checkOptions(options);
  const names = metricNames ?? defaultMetricNames(task, inputs);
  const values = resampledValues(inputs.yTrue.length, options, [{ evaluate: prepareMetrics(task, inputs, names), names }])[0]!;
  return intervalsOf(values, names, options.level);
}

/**
 * Candidate − baseline for each metric on the same rows, with a paired bootstrap: both models are
 * scored on the same resamples (the same weights), so the interval and p-value reflect the change
 * between the models rather than the noise of the rows. The p-value for "no change" is twice the
 * smaller of the shares of resampled differences ≤ 0 and ≥ 0, capped at 1 (differences of exactly 0
 * count on both sides, so identical models get 1).
 */
export function pairedBootstrapDeltas(
  task: Task,
  candidateInputs: MetricInputs,
  baselineInputs: MetricInputs,
  options: BootstrapOptions,
  metricNames?: readonly string[],
): Record<string, MetricDelta> {
  checkOptions(options);
  checkSameRows(candidateInputs.yTrue, baselineInputs.yTrue);
  const baselineNames = new Set(defaultMetricNames(task, baselineInputs));
  const names = metricNames ?? defaultMetricNames(task, candidateInputs).filter((name) => baselineNames.has(name));
  const prepared = (inputs: MetricInputs): PreparedMetrics => ({ inputs, evaluate: prepareMetrics(task, inputs, names), names });
  return bootstrapAgainstBaseline(prepared(candidateInputs), prepared(baselineInputs), options).deltas;
}

/** A model's metrics made ready for resampling (prepareMetrics), and the names it computes. */
export interface PreparedMetrics {
  inputs: MetricInputs;
  evaluate: MetricEvaluator;
  names: readonly string[];
}

/**
 * bootstrapIntervals of the candidate and pairedBootstrapDeltas against the baseline in one pass:
 * the same seeded resamples, so the same figures as the two calls, but each resample is scored
 * once per model instead of the candidate's twice, and neither model is prepared again. The
 * baseline's names are those the deltas cover (the metrics both models have).
 */
export function bootstrapAgainstBaseline(candidate: PreparedMetrics, baseline: PreparedMetrics, options: BootstrapOptions): { intervals: Record<string, Interval>; deltas: Record<string, MetricDelta> } {
  checkOptions(options);
  checkSameRows(candidate.inputs.yTrue, baseline.inputs.yTrue);
  const [candidateResampled, baselineResampled] = resampledValues(candidate.inputs.yTrue.length, options, [candidate, baseline]);
  const deltas = metricDeltas(candidate.evaluate(), baseline.evaluate());
  return {
    intervals: intervalsOf(candidateResampled!, candidate.names, options.level),
    deltas: pairedDeltasOf(deltas, candidateResampled!, baselineResampled!, baseline.names, options.level),
  };
}

function intervalsOf(values: Record<string, Float64Array>, names: readonly string[], level: number): Record<string, Interval> {
  const intervals: Record<string, Interval> = {};
  for (const name of names) {
    const interval = percentileInterval(values[name]!, level);
    if (interval) intervals[name] = interval;
  }
  return intervals;
}

/** `deltas` with each metric's paired interval and p-value from the resampled differences */
function pairedDeltasOf(deltas: Record<string, MetricDelta>, candidate: Record<string, Float64Array>, baseline: Record<string, Float64Array>, names: readonly string[], level: number): Record<string, MetricDelta> {
  for (const name of names) {
    const delta = deltas[name]!;
    const differences = candidate[name]!.map((value, r) => value - baseline[name]![r]!);
    const interval = percentileInterval(differences, level);
    if (interval) {
      delta.interval = interval;
      delta.pValue = twoSidedPValue(differences);
    }
  }
  return deltas;
}

/**
 * Candidate − baseline for each metric both have, without intervals: for a baseline known only by
 * its figures (a metrics file), or when the rows differ.
 */
export function metricDeltas(candidate: MetricValues, baseline: MetricValues): Record<string, MetricDelta> {
  const deltas: Record<string, MetricDelta> = {};
  for (const [metric, c] of Object.entries(candidate)) {
    const b = baseline[metric];
    if (b === undefined) continue;
    deltas[metric] = { metric, baseline: b, candidate: c, absolute: c - b, relative: b === 0 ? null : (c - b) / Math.abs(b) };
  }
  return deltas;
}

/** Each evaluator's values of each of its metrics over the same seeded resamples: result[evaluator][metric][resample]. */
function resampledValues(n: number, options: BootstrapOptions, evaluators: Pick<PreparedMetrics, 'evaluate' | 'names'>[]): Record<string, Float64Array>[] {
  const random = new SeededRandom(options.seed);
  const weights = new Float64Array(n);
  const results = evaluators.map(({ names }) => Object.fromEntries(names.map((name) => [name, new Float64Array(options.resamples)])));
  for (let r = 0; r < options.resamples; r++) {
    resampleCounts(random, n, weights);
    evaluators.forEach(({ evaluate, names }, e) => {
      const values = evaluate(weights);
      for (const name of names) results[e]![name]![r] = values[name]!;
    });
  }
  return results;
}

function twoSidedPValue(differences: Float64Array): number {
  let atMost = 0;
  let atLeast = 0;
  let count = 0;
  for (const d of differences) {
    if (Number.isNaN(d)) continue;
    count++;
    if (d <= 0) atMost++;
    if (d >= 0) atLeast++;
  }
  return Math.min(1, (2 * Math.min(atMost, atLeast)) / count);
}

function checkOptions({ resamples, seed, level }: BootstrapOptions): void {
  const problem = !Number.isInteger(resamples) || resamples < 1
    ? `resamples must be a whole number of at least 1, got ${resamples}`
    : !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff
      ? `seed must be a whole number from 0 to 4294967295, got ${seed}`
      : !(level > 0 && level < 1)
        ? `level must lie strictly between 0 and 1 (0.95 for 95%), got ${level}`
        : undefined;
  if (problem) throw new UserError(`Invalid bootstrap setting: ${problem}.`, 'bootstrap options', 'Set resamples (e.g. 1000), seed and level (e.g. 0.95) to valid values.');
}

function checkSameRows(candidate: ArrayLike<number>, baseline: ArrayLike<number>): void {
  let same = candidate.length === baseline.length;
  for (let i = 0; same && i < candidate.length; i++) same = candidate[i] === baseline[i];
  if (!same) throw new Error('paired bootstrap needs both models scored on the same rows (the targets differ)');
}
