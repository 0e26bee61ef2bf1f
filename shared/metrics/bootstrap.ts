import { UserError } from '../errors.js';
import type { Task } from '../model/types.js';
import { defaultMetricNames, prepareMetrics, type MetricEvaluator } from './compute.js';
import { percentileInterval } from './percentile.js';
import { attachPairedTest } from './paired-test.js';
import { resampleCounts, SeededRandom } from './random.js';
import type { BootstrapOptions, Interval, MetricDelta, MetricInputs, MetricValues, PairedTest } from './types.js';

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
  const values = resampledValues(inputs.yTrue.length, options, [{ evaluate: prepareMetrics(task, inputs, names, { repeatedWeights: true }), names }])[0]!;
  return intervalsOf(values, names, options.level);
}

/**
 * Candidate − baseline for each metric on the same rows, with a paired bootstrap: both models are
 * scored on the same resamples (the same weights), so the interval and p-value reflect the change
 * between the models rather than the noise of the rows. The p-values test "no change" with the
 * resampled differences centred on the observed one (pairedPValues).
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
  const prepared = (inputs: MetricInputs): PreparedMetrics => ({ inputs, evaluate: prepareMetrics(task, inputs, names, { repeatedWeights: true }), names });
  return bootstrapAgainstBaseline(prepared(candidateInputs), prepared(baselineInputs), options).deltas;
}

/** A model's metrics made ready for resampling (prepareMetrics), and the names it computes. */
export interface PreparedMetrics {
  inputs: MetricInputs;
  evaluate: MetricEvaluator;
  names: readonly string[];
}

/**
 * Slices whose changes are tested in the same pass. A slice's resample is the whole set's resample
 * restricted to the slice's rows (it holds a random number of them, as the evaluation set itself
 * does); each slice's models are prepared on its own rows (inputsOfRows), so that scoring every
 * slice costs one pass over the rows per resample, however many slices there are.
 */
export interface SliceResampling {
  slices: {
    value: string;
    /** indices of the slice's rows in the whole set */
    rows: Int32Array;
    candidate: Pick<PreparedMetrics, 'evaluate' | 'names'>;
    baseline: Pick<PreparedMetrics, 'evaluate' | 'names'>;
  }[];
}

export interface BaselineBootstrap {
  intervals: Record<string, Interval>;
  deltas: Record<string, MetricDelta>;
  /** slice value → paired deltas of the slice's tested metrics, when slices were given */
  sliceDeltas: Record<string, Record<string, MetricDelta>>;
}

/**
 * bootstrapIntervals of the candidate and pairedBootstrapDeltas against the baseline in one pass:
 * the same seeded resamples, so the same figures as the two calls, but each resample is scored
 * once per model instead of the candidate's twice, and neither model is prepared again. The
 * baseline's names are those the deltas cover (the metrics both models have). Slice tests, when
 * asked for, ride on the same resamples.
 */
export function bootstrapAgainstBaseline(candidate: PreparedMetrics, baseline: PreparedMetrics, options: BootstrapOptions, slices?: SliceResampling): BaselineBootstrap {
  checkOptions(options);
  checkSameRows(candidate.inputs.yTrue, baseline.inputs.yTrue);
  const sliceEvaluators = (slices?.slices ?? []).flatMap(({ rows, candidate, baseline }) => [
    { ...candidate, rows },
    { ...baseline, rows },
  ]);
  const [candidateResampled, baselineResampled, ...sliceResampled] = resampledValues(candidate.inputs.yTrue.length, options, [candidate, baseline, ...sliceEvaluators]);
  const deltas = metricDeltas(candidate.evaluate(), baseline.evaluate());
  const sliceDeltas: BaselineBootstrap['sliceDeltas'] = {};
  slices?.slices.forEach(({ value, candidate: c, baseline: b }, s) => {
    const point = metricDeltas(c.evaluate(), b.evaluate());
    sliceDeltas[value] = pairedDeltasOf(point, sliceResampled[2 * s]!, sliceResampled[2 * s + 1]!, b.names, options.level);
  });
  return {
    intervals: intervalsOf(candidateResampled!, candidate.names, options.level),
    deltas: pairedDeltasOf(deltas, candidateResampled!, baselineResampled!, baseline.names, options.level),
    sliceDeltas,
  };
}

/** each metric's percentile interval over its resampled values (none for a metric undefined in every resample) */
export function intervalsOf(values: Record<string, Float64Array>, names: readonly string[], level: number): Record<string, Interval> {
  const intervals: Record<string, Interval> = {};
  for (const name of names) {
    const interval = percentileInterval(values[name]!, level);
    if (interval) intervals[name] = interval;
  }
  return intervals;
}

/** `deltas` with each metric's paired interval, p-values and standard error from the resampled differences */
export function pairedDeltasOf(deltas: Record<string, MetricDelta>, candidate: Record<string, Float64Array>, baseline: Record<string, Float64Array>, names: readonly string[], level: number): Record<string, MetricDelta> {
  for (const name of names) {
    const delta = deltas[name];
    if (!delta) continue;
    const differences = candidate[name]!.map((value, r) => value - baseline[name]![r]!);
    const interval = percentileInterval(differences, level);
    if (interval && Number.isFinite(delta.absolute)) {
      delta.interval = interval;
      attachPairedTest(delta, pairedPValues(differences, delta.absolute));
    }
  }
  return deltas;
}

/**
 * p-values for "no change" from resampled differences d*, centred: under no change the
 * differences would scatter around 0 as d* − d̂ scatters around 0, so the one-sided p-value for
 * "the candidate is lower" is the share of d* − d̂ at or below the observed d̂ (and likewise
 * above), counted as (1 + hits) / (1 + resamples) so that it is never 0. The plain share of d* on
 * the far side of 0 (what this used to report) is anti-conservative when the models disagree on
 * few rows; docs/gate-policy.md has the calibration table. Two-sided: twice the smaller, capped at 1.
 * Resamples where the metric is undefined are left out.
 */
export function pairedPValues(differences: Float64Array, observed: number): PairedTest {
  // ties (a discrete metric's difference equal to the observed one) count as at least as extreme
  const tolerance = 1e-12 * Math.max(1, Math.abs(observed));
  let below = 0;
  let above = 0;
  let count = 0;
  let sum = 0;
  let sumSquares = 0;
  for (const d of differences) {
    if (Number.isNaN(d)) continue;
    count++;
    const centred = d - observed;
    if (centred <= observed + tolerance) below++;
    if (centred >= observed - tolerance) above++;
    sum += d;
    sumSquares += d * d;
  }
  const down = (1 + below) / (1 + count);
  const up = (1 + above) / (1 + count);
  const mean = count > 0 ? sum / count : NaN;
  const variance = count > 1 ? Math.max(0, (sumSquares - count * mean * mean) / (count - 1)) : NaN;
  return { method: 'bootstrap', pValue: Math.min(1, 2 * Math.min(down, up)), pValueDown: Math.min(1, down), pValueUp: Math.min(1, up), standardError: Math.sqrt(variance) };
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

/**
 * Each evaluator's values of each of its metrics over the same seeded resamples:
 * result[evaluator][metric][resample]. An evaluator with `rows` is prepared on those rows only and
 * sees their weights.
 */
function resampledValues(n: number, options: BootstrapOptions, evaluators: (Pick<PreparedMetrics, 'evaluate' | 'names'> & { rows?: Int32Array })[]): Record<string, Float64Array>[] {
  const random = new SeededRandom(options.seed);
  // counts in 8 bits: a row drawn more than 255 times in n draws has odds below 1e-500 (resampleCounts checks)
  const weights = new Uint8Array(n);
  const gathered = evaluators.map(({ rows }) => (rows ? new Uint8Array(rows.length) : undefined));
  const results = evaluators.map(({ names }) => Object.fromEntries(names.map((name) => [name, new Float64Array(options.resamples)])));
  for (let r = 0; r < options.resamples; r++) {
    resampleCounts(random, n, weights);
    evaluators.forEach(({ evaluate, names, rows }, e) => {
      let w = weights;
      if (rows) {
        w = gathered[e]!;
        for (let j = 0; j < rows.length; j++) w[j] = weights[rows[j]!]!;
      }
      const values = evaluate(w);
      for (const name of names) results[e]![name]![r] = values[name]!;
    });
  }
  return results;
}

export function checkOptions({ resamples, seed, level }: BootstrapOptions): void {
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
