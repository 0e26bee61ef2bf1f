import type { EvaluationResult, RuleVerdict } from '../evaluate/types.js';
import { settleDropTests, type PendingDropTest } from './drop-tests.js';
import { judgeMetricRules, type MetricScope } from './judge-metric.js';
import type { GatePolicy, MetricRuleSet, SlicePolicy } from './policy-types.js';
import { changeDescription, changeId, slicePrefix, thresholdDescription, thresholdId } from './rule-text.js';

/** Label used for rules that apply to every slice when there are no slices to name. */
export const EVERY_SLICE = '(every slice)';

/**
 * Judges the slice rules: the every_slice rules on each slice, and the named values' rules on
 * their slice. Slices under min_rows are reported as not judged.
 */
export function judgeSlices(slicePolicy: SlicePolicy, result: Omit<EvaluationResult, 'gate'>, policy: GatePolicy): RuleVerdict[] {
  const slices = result.slices?.column === slicePolicy.column ? result.slices.slices : undefined;
  if (!slices) {
    const why = result.slices
      ? `The evaluation was sliced by "${result.slices.column}", not by "${slicePolicy.column}".`
      : `The evaluation has no slices; set the slice-column input of evaluate-gate to "${slicePolicy.column}".`;
    return [
      ...slicePolicy.everySlice.flatMap((set) => unjudged(set, { column: slicePolicy.column, value: EVERY_SLICE }, why, policy.failOnMissingMetric, policy.significance)),
      ...slicePolicy.values.flatMap((v) => v.rules.flatMap((set) => unjudged(set, { column: slicePolicy.column, value: v.value }, why, policy.failOnMissingMetric, policy.significance))),
    ];
  }

  const verdicts: RuleVerdict[] = [];
  // every slice's drop tests form one family, corrected together once all slices are judged
  const pending: PendingDropTest[] = [];
  for (const slice of slices) {
    const where = { column: slicePolicy.column, value: slice.value };
    const named = slicePolicy.values.find((v) => v.value === slice.value);
    const sets = [...slicePolicy.everySlice, ...(named?.rules ?? [])];
    if (slice.rows < slicePolicy.minRows) {
      const why = `The slice has ${slice.rows} rows, fewer than min_rows (${slicePolicy.minRows}), so it was not judged.`;
      verdicts.push(...sets.flatMap((set) => unjudged(set, where, why, false, policy.significance)));
      continue;
    }
    const scope: MetricScope = {
      metrics: slice.metrics,
      recordedDirections: result.directions,
      slice: where,
      resamples: result.bootstrap.resamples,
      pending,
      ...(slice.baseline ? { baseline: slice.baseline } : {}),
      ...(slice.deltas ? { deltas: slice.deltas } : {}),
    };
    verdicts.push(...sets.flatMap((set) => judgeMetricRules(set, scope, policy)));
  }
  settleDropTests(pending, slicePolicy.correction);
  for (const named of slicePolicy.values) {
    if (slices.some((s) => s.value === named.value)) continue;
    const why = `No rows have ${slicePolicy.column} = "${named.value}" (values present: ${slices.map((s) => s.value).slice(0, 10).join(', ')}).`;
    verdicts.push(...named.rules.flatMap((set) => unjudged(set, { column: slicePolicy.column, value: named.value }, why, policy.failOnMissingMetric, policy.significance)));
  }
  return verdicts;
}

/** One verdict per rule of a set that could not be judged: failed when `fail`, else skipped. */
function unjudged(set: MetricRuleSet, slice: { column: string; value: string }, why: string, fail: boolean, alpha: number | null): RuleVerdict[] {
  const suffix = fail ? ' fail_on_missing_metric is true, so the rule fails.' : '';
  const common = { metric: set.metric, actual: null, passed: !fail, message: `${why}${suffix}`, slice };
  return [
    ...set.thresholds.map((t) => ({
      ...common,
      id: `${slicePrefix(slice)}${thresholdId(set.metric, t.bound, t.limit)}`,
      kind: 'threshold' as const,
      description: thresholdDescription(t.bound, t.limit),
      policyLine: t.line,
    })),
    ...set.changes.map((c) => ({
      ...common,
      id: `${slicePrefix(slice)}${changeId(set.metric, c.limitType, c.limit)}`,
      kind: 'change' as const,
      description: changeDescription(c.limitType, c.limit, set.significance ?? alpha),
      policyLine: c.line,
    })),
  ];
}

/**
 * The metrics whose change the slice rules judge with a paired test (drop limits under a
 * significance level): the evaluation tests these per slice.
 */
export function sliceTestedMetrics(policy: GatePolicy | null): string[] {
  const slices = policy?.slices;
  if (!slices) return [];
  const sets = [...slices.everySlice, ...slices.values.flatMap((v) => v.rules)];
  const tested = sets.filter((set) => (set.significance ?? policy.significance) !== null && set.changes.some((c) => c.limitType.endsWith('drop')));
  return [...new Set(tested.map((set) => set.metric))];
}
