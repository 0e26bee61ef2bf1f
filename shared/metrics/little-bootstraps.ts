/**
 * The bag of little bootstraps (Kleiner, Talwalkar, Sarkar & Jordan, "A scalable bootstrap for
 * massive data", JRSS B 76, 2014), for sets of rows the ordinary bootstrap cannot take: its
 * weighted calls keep each model's per-row log losses and each ranked column's order (about 13
 * bytes a row a model: 1.1–2 GB for a 10 GB file) and cost ~50 CPU-ms a resample per million rows
 * (40 minutes for 1,000 resamples of 47M rows).
 *
 * Instead: s disjoint random subsets of b = n^0.7 of the rows (from the scores, targets and slice
 * codes already kept: nothing is read again). Each subset is resampled r times by a
 * multinomial(n; 1/b, …, 1/b) draw, so each resample stands for n rows, as an ordinary resample
 * does, and its metrics are weighted sums over b rows. A subset's resampled values scatter around
 * the subset's own value θ̂ⱼ as the ordinary bootstrap's scatter around θ̂; so each resampled value
 * is recentred, θ̂ + (θ*ⱼ − θ̂ⱼ), and the s·r recentred values are handed to the same interval and
 * paired-test code as the ordinary bootstrap's resamples: the percentile interval is then centred
 * on the whole set's θ̂ exactly, and the p-values and standard errors come from the pooled
 * recentred spread (averaging the subsets' distributions, then reading the figure off, rather
 * than averaging each subset's figure: the two agree as s·r grows, and pooling keeps the p-value's
 * resolution at 1/(s·r + 1), as with s·r ordinary resamples). s·r is the resamples asked for:
 * 1,000 gives 10 subsets of 100.
 *
 * Memory: the subsets' row numbers (s·b a few million at most) and one subset's inputs and
 * working arrays at a time. Time: s·r passes over b rows and s·r multinomial draws of b cells.
 */
import type { Task } from '../model/types.js';
import { checkOptions, intervalsOf, metricDeltas, pairedBootstrapDeltas, pairedDeltasOf } from './bootstrap.js';
import { uniformMultinomial } from './binomial-draw.js';
import { prepareMetrics } from './compute.js';
import { SeededRandom } from './random.js';
import { metricRange } from './ranges.js';
import { countPositive, inputsOfRows, rowsOfMask } from './select-rows.js';
import type { BootstrapOptions, Interval, LittleBootstrapsPlan, MetricDelta, MetricInputs, MetricValues, RowWeights } from './types.js';

export type { LittleBootstrapsPlan } from './types.js';

/** b = n^γ: Kleiner et al. found γ = 0.7 about as accurate as the ordinary bootstrap, 0.6 a little less */
export const SUBSET_EXPONENT = 0.7;
/** s; with 1,000 resamples, r = 100 each (the paper's experiments settle by s ≈ 10–20, r ≈ 50–100) */
export const SUBSETS = 10;
/**
 * From this many rows evaluate-gate resamples by little bootstraps even when the ordinary
 * bootstrap would fit in memory: 1,000 ordinary resamples of 2M rows take about 100 CPU-s a model;
 * little ones (b = 26,000) about 3.
 */
export const LITTLE_BOOTSTRAPS_FROM_ROWS = 2_000_000;

/**
 * A tested slice of an evaluation resampled by little bootstraps gets the ordinary bootstrap of its
 * own rows below this many rows, little bootstraps of them from it: with up to 100 slices, the
 * ordinary bootstraps then cover at most 2M rows in all (about 100 CPU-s a model at 1,000
 * resamples), and a slice of 20,000 rows gives subsets of 1,024 (test/metrics/little-bootstraps.test.ts
 * compares the two ways on a slice of 10,000).
 */
export const SLICE_LITTLE_BOOTSTRAPS_FROM_ROWS = 20_000;

/** s and b for `rows` rows and `resamples` resamples in all */
export function littleBootstrapsPlan(rows: number, resamples: number): LittleBootstrapsPlan {
  const subsets = Math.max(1, Math.min(SUBSETS, resamples));
  // disjoint subsets need s·b ≤ n (n ≥ 2,154 for s = 10); at the sizes this runs at, b = n^0.7 is far below n/s
  const subsetRows = Math.max(1, Math.min(Math.floor(rows / subsets), Math.ceil(rows ** SUBSET_EXPONENT)));
  return { subsets, subsetRows };
}

/**
 * The fewest rows little bootstraps take with `resamples` resamples: s disjoint subsets of
 * b = ⌈n^0.7⌉ rows need s·b ≤ n (2,160 rows for s = 10). Fewer, and the subsets would be cut to
 * a handful of rows (none, under s rows), whose metrics are undefined: NaN intervals.
 */
export function littleBootstrapsMinRows(resamples: number): number {
  const { subsets } = littleBootstrapsPlan(0, resamples);
  let rows = Math.ceil(subsets ** (1 / (1 - SUBSET_EXPONENT)));
  while (subsets * Math.ceil(rows ** SUBSET_EXPONENT) > rows) rows++;
  return rows;
}

/** A model over the whole rows: its inputs, the metrics to resample, and their values on the rows resampled. */
export interface LittleBootstrapModel {
  inputs: MetricInputs;
  names: readonly string[];
  point: MetricValues;
}

/**
 * Each model's recentred resampled values of each of its metrics, on the same subsets and
 * weights (so paired): result[model][metric][resample], `options.resamples` of them. With a
 * `slice`, only the rows of positive weight in its mask (`rows` of them, as the caller counted)
 * are resampled; their values are the models' `point`s on those rows.
 */
export function littleBootstrapValues(task: Task, models: LittleBootstrapModel[], options: BootstrapOptions, slice?: { mask: RowWeights; rows: number }): Record<string, Float64Array>[] {
  checkOptions(options);
  const n = models[0]!.inputs.yTrue.length;
  const rows = slice ? slice.rows : n;
  // the whole set's plan as the caller worked it out, if it did; a slice's for its own rows
  const plan = (!slice && options.plan) || littleBootstrapsPlan(rows, options.resamples);
  const random = new SeededRandom(options.seed);
  const subsets = disjointSubsets(random, n, rows, plan, slice?.mask);
  const results = models.map(({ names }) => Object.fromEntries(names.map((name) => [name, new Float64Array(options.resamples)])));
  let r = 0;
  subsets.forEach((subset, j) => {
    // one subset's inputs at a time: b rows of scores, labels and targets, and their working arrays
    const evaluators = models.map(({ inputs, names }) => prepareMetrics(task, inputsOfRows(inputs, subset), names, { checked: true, repeatedWeights: true }));
    const centres = evaluators.map((evaluate) => evaluate());
    const weights = new Float64Array(subset.length);
    const count = Math.floor(options.resamples / plan.subsets) + (j < options.resamples % plan.subsets ? 1 : 0);
    for (let k = 0; k < count; k++, r++) {
      // counts can far exceed 255 here (n/b ≈ 200 on average for 47M rows): float64 weights, b of them
      uniformMultinomial(random, rows, weights);
      evaluators.forEach((evaluate, e) => {
        const values = evaluate(weights);
        const { names, point } = models[e]!;
        for (const name of names) results[e]![name]![r] = point[name]! + (values[name]! - centres[e]![name]!);
      });
    }
  });
  return results;
}

/**
 * s disjoint random subsets of b rows among the n (those of positive weight in `mask`, `eligible`
 * of them), each in ascending row order. The s·b rows are chosen by selection sampling (Knuth's
 * algorithm S: one pass, each eligible row taken with probability still-needed / still-eligible,
 * so no array of n), then shuffled and dealt into subsets.
 */
export function disjointSubsets(random: SeededRandom, n: number, eligible: number, plan: LittleBootstrapsPlan, mask?: RowWeights): Int32Array[] {
  const wanted = Math.min(eligible, plan.subsets * plan.subsetRows);
  const chosen = new Int32Array(wanted);
  let needed = wanted;
  let left = eligible;
  for (let i = 0; i < n && needed > 0; i++) {
    if (mask && !(mask[i]! > 0)) continue;
    if (random.nextIndex(left) < needed) chosen[wanted - needed--] = i;
    left--;
  }
  for (let i = wanted - 1; i > 0; i--) {
    const j = random.nextIndex(i + 1);
    const t = chosen[i]!;
    chosen[i] = chosen[j]!;
    chosen[j] = t;
  }
  // views of the one array, each sorted in place: no second copy of the s·b rows
  return Array.from({ length: plan.subsets }, (_, j) => chosen.subarray(j * plan.subsetRows, (j + 1) * plan.subsetRows).sort());
}

/** The candidate's intervals by little bootstraps (bootstrapIntervals' counterpart). */
export function littleBootstrapIntervals(task: Task, candidate: LittleBootstrapModel, options: BootstrapOptions): Record<string, Interval> {
  return withinRanges(intervalsOf(littleBootstrapValues(task, [candidate], options)[0]!, candidate.names, options.level));
}

/**
 * Intervals cut to the values each metric can take: a recentred value can step outside them where
 * the ordinary bootstrap's cannot (ece near 0, whose resampled values all lie above the value on
 * the rows, moves below 0 when shifted back by a subset's own value).
 */
function withinRanges(intervals: Record<string, Interval>): Record<string, Interval> {
  for (const [name, interval] of Object.entries(intervals)) {
    const range = metricRange(name);
    if (!range) continue;
    interval.low = Math.min(Math.max(interval.low, range[0]), range[1]);
    interval.high = Math.min(Math.max(interval.high, range[0]), range[1]);
  }
  return intervals;
}

/** A slice whose changes are tested: its rows as 0/1 weights over the whole set, and each model's metrics on it. */
export interface LittleBootstrapSlice {
  value: string;
  mask: RowWeights;
  candidate: MetricValues;
  baseline: MetricValues;
}

/**
 * bootstrapAgainstBaseline's counterpart: the candidate's intervals and the paired deltas, on the
 * same little bootstraps; each slice's deltas of `sliceNames` on its own. A slice of fewer than
 * SLICE_LITTLE_BOOTSTRAPS_FROM_ROWS rows gets the ordinary paired bootstrap of its rows (copied
 * out: few enough to keep per-row arrays for); a larger one, little bootstraps of its rows. (The ordinary
 * path resamples a slice as part of the whole set, so that its row count varies between
 * resamples; here it is fixed at the slice's. For metrics that are shares and means within the
 * slice the difference is of a smaller order than the spread.)
 */
export function littleBootstrapsAgainstBaseline(
  task: Task,
  candidate: LittleBootstrapModel,
  baseline: LittleBootstrapModel,
  options: BootstrapOptions,
  slices: { names: readonly string[]; each: () => Iterable<LittleBootstrapSlice> } | undefined,
  littleFromRows = SLICE_LITTLE_BOOTSTRAPS_FROM_ROWS,
): { intervals: Record<string, Interval>; deltas: Record<string, MetricDelta>; sliceDeltas: Record<string, Record<string, MetricDelta>> } {
  const [candidateValues, baselineValues] = littleBootstrapValues(task, [candidate, baseline], options);
  const sliceDeltas: Record<string, Record<string, MetricDelta>> = {};
  const names = slices?.names ?? [];
  for (const slice of slices?.each() ?? []) {
    const rows = countPositive(slice.mask);
    if (rows < littleFromRows) {
      // a small slice: the ordinary paired bootstrap of its own rows
      const rowNumbers = rowsOfMask(slice.mask, rows);
      sliceDeltas[slice.value] = pairedBootstrapDeltas(task, inputsOfRows(candidate.inputs, rowNumbers), inputsOfRows(baseline.inputs, rowNumbers), options, names);
      continue;
    }
    const point = metricDeltas(pick(slice.candidate, names), pick(slice.baseline, names));
    const [c, b] = littleBootstrapValues(task, [{ inputs: candidate.inputs, names, point: slice.candidate }, { inputs: baseline.inputs, names, point: slice.baseline }], options, { mask: slice.mask, rows });
    sliceDeltas[slice.value] = pairedDeltasOf(point, c!, b!, names, options.level);
  }
  return {
    intervals: withinRanges(intervalsOf(candidateValues!, candidate.names, options.level)),
    deltas: pairedDeltasOf(metricDeltas(candidate.point, baseline.point), candidateValues!, baselineValues!, baseline.names, options.level),
    sliceDeltas,
  };
}

function pick(values: MetricValues, names: readonly string[]): MetricValues {
  const out: MetricValues = {};
  for (const name of names) if (name in values) out[name] = values[name]!;
  return out;
}
