import type { Direction, RuleVerdict } from '../evaluate/types.js';
import type { MetricDelta, MetricValues } from '../metrics/types.js';
import { settleDropTests, type PendingDropTest } from './drop-tests.js';
import { formatNumber, formatPercent } from '../report/format.js';
import { atLeast, atMost, directedChange } from './change.js';
import { directionOf } from './directions.js';
import type { ChangeRule, GatePolicy, MetricRuleSet, ThresholdRule } from './policy-types.js';
import { changeDescription, changeId, changeSentence, isRelative, slicePrefix, thresholdDescription, thresholdId } from './rule-text.js';

/** The figures one set of rules is judged on: the whole data set, or one slice of it. */
export interface MetricScope {
  metrics: MetricValues;
  /** baseline figures on the same rows; undefined when there is no baseline */
  baseline?: MetricValues;
  /** paired deltas (with p-values) when both models ran on these rows */
  deltas?: Record<string, MetricDelta>;
  /** directions the evaluation recorded, used for metrics the gate does not know */
  recordedDirections?: Record<string, Direction>;
  slice?: { column: string; value: string };
  /** bootstrap resamples behind the deltas' bootstrap p-values (their resolution) */
  resamples?: number;
  /** drop rules waiting for their paired test's verdict (settleDropTests); judged here when absent */
  pending?: PendingDropTest[];
}

/** Judges every rule of one metric's rule set in one scope: one verdict per rule. */
export function judgeMetricRules(set: MetricRuleSet, scope: MetricScope, policy: GatePolicy): RuleVerdict[] {
  const direction = directionOf(set.metric, policy.directions[set.metric], scope.recordedDirections?.[set.metric]);
  const alpha = set.significance ?? policy.significance;
  return [
    ...set.thresholds.map((rule) => judgeThreshold(set.metric, rule, scope, policy)),
    ...set.changes.map((rule) => judgeChange(set.metric, direction, alpha, rule, scope, policy)),
  ];
}

function base(metric: string, kind: RuleVerdict['kind'], id: string, description: string, line: number, scope: MetricScope) {
  return {
    id: `${slicePrefix(scope.slice)}${id}`,
    metric,
    kind,
    description,
    policyLine: line,
    ...(scope.slice ? { slice: scope.slice } : {}),
  };
}

function judgeThreshold(metric: string, rule: ThresholdRule, scope: MetricScope, policy: GatePolicy): RuleVerdict {
  const common = base(metric, 'threshold', thresholdId(metric, rule.bound, rule.limit), thresholdDescription(rule.bound, rule.limit), rule.line, scope);
  const value = scope.metrics[metric];
  if (value === undefined || !Number.isFinite(value)) return missing(common, metric, value, 'the evaluation', policy);
  const limit = formatNumber(rule.limit, 6);
  const shown = formatNumber(value);
  if (rule.bound === 'min') {
    const passed = atLeast(value, rule.limit);
    return { ...common, actual: value, passed, message: passed ? `${metric} is ${shown}, at least the required ${limit}.` : `${metric} is ${shown}, below the minimum of ${limit}.` };
  }
  const passed = atMost(value, rule.limit);
  return { ...common, actual: value, passed, message: passed ? `${metric} is ${shown}, within the maximum of ${limit}.` : `${metric} is ${shown}, above the maximum of ${limit}.` };
}

function judgeChange(metric: string, direction: Direction, alpha: number | null, rule: ChangeRule, scope: MetricScope, policy: GatePolicy): RuleVerdict {
  const common = base(metric, 'change', changeId(metric, rule.limitType, rule.limit), changeDescription(rule.limitType, rule.limit, alpha), rule.line, scope);
  if (!scope.baseline) {
    return { ...common, actual: null, passed: true, message: 'No baseline to compare with, so this change rule was not applied.' };
  }
  const candidate = scope.metrics[metric];
  const baseline = scope.baseline[metric];
  if (candidate === undefined || !Number.isFinite(candidate)) return missing(common, metric, candidate, 'the evaluation', policy);
  if (baseline === undefined || !Number.isFinite(baseline)) return missing(common, metric, baseline, 'the baseline', policy);

  const delta = scope.deltas?.[metric];
  const change = directedChange(direction, delta ?? { baseline, candidate });
  const relative = isRelative(rule.limitType);
  const what = changeSentence(metric, direction, change.baseline, change.candidate, change.gain);
  const show = (x: number) => (relative ? formatPercent(x) : formatNumber(x));
  const limit = relative ? formatPercent(rule.limit, 6) : formatNumber(rule.limit, 6);

  if (rule.limitType === 'min_gain' || rule.limitType === 'min_relative_gain') {
    const gain = relative ? change.relativeGain : change.gain;
    const passed = atLeast(gain, rule.limit);
    return {
      ...common,
      actual: gain,
      passed,
      message: passed ? `${what}: a gain of ${show(gain)}, at least the required ${limit}.` : `${what}: a gain of ${show(gain)}, less than the required ${limit}.`,
    };
  }

  const drop = relative ? -change.relativeGain : -change.gain;
  const withinLimit = atMost(drop, rule.limit);
  const allowance = drop > 0 ? `a drop of ${show(drop)}, within the ${limit} allowed` : `no drop (at most ${limit} is allowed)`;
  const broken = `${what}: a drop of ${show(drop)}, more than the ${limit} allowed`;
  const verdict: RuleVerdict = withinLimit
    ? { ...common, actual: drop, passed: true, message: `${what}: ${allowance}.` }
    : { ...common, actual: drop, passed: false, message: `${broken}.` };
  if (alpha === null) return verdict;
  if (change.dropPValue === undefined) {
    if (!withinLimit) verdict.message = `${broken}; no paired test is available here (the baseline did not run on these rows), so the point estimate decides.`;
    return verdict;
  }
  const test: PendingDropTest = {
    verdict,
    p: change.dropPValue,
    alpha,
    minP: smallestPValue(delta, scope.resamples),
    method: delta?.test,
    broken: withinLimit ? null : broken,
    delta,
    limit: relative ? rule.limit * Math.abs(baseline) : rule.limit,
    relativeTo: relative ? baseline : null,
    discordant: delta?.discordant,
  };
  if (scope.pending) scope.pending.push(test);
  else settleDropTests([test], 'none');
  return verdict;
}

/**
 * The smallest drop-side p-value (doubled) the test could give on these rows: with m discordant
 * rows the exact test cannot go below 2·2⁻ᵐ, and a bootstrap of R resamples not below 2/(R + 1).
 */
function smallestPValue(delta: MetricDelta | undefined, resamples: number | undefined): number {
  if (delta?.discordant) return Math.min(1, 2 * 0.5 ** (delta.discordant.candidateOnly + delta.discordant.baselineOnly));
  if (delta?.test === 'bootstrap' && resamples) return Math.min(1, 2 / (resamples + 1));
  return 0;
}

function missing<T extends object>(common: T, metric: string, value: number | undefined, where: string, policy: GatePolicy): T & Pick<RuleVerdict, 'actual' | 'passed' | 'message'> {
  const problem = value === undefined ? `${metric} is not in ${where}` : `${metric} could not be computed in ${where} (${formatNumber(value)})`;
  return policy.failOnMissingMetric
    ? { ...common, actual: null, passed: false, message: `${problem}; fail_on_missing_metric is true, so the rule fails.` }
    : { ...common, actual: null, passed: true, message: `${problem}; fail_on_missing_metric is false, so the rule was skipped.` };
}
