import type { EvaluationResult, GateVerdict, RuleVerdict } from '../evaluate/types.js';
import { judgeBudget } from './judge-budget.js';
import { judgeMetricRules } from './judge-metric.js';
import { judgeSlices } from './judge-slices.js';
import type { GatePolicy } from './policy-types.js';

/**
 * Judges an evaluation by a policy: one verdict per rule (per slice for slice rules), in policy
 * order. Without a policy nothing is gated, and the verdict says so rather than claiming a pass.
 */
export function evaluateGate(policy: GatePolicy | null, result: Omit<EvaluationResult, 'gate'>): GateVerdict {
  if (!policy) return { policy: null, gated: false, passed: true, rules: [] };
  const scope = {
    metrics: result.metrics,
    recordedDirections: result.directions,
    ...(result.baseline ? { baseline: result.baseline } : {}),
    deltas: result.deltas,
  };
  const rules: RuleVerdict[] = [
    ...policy.metrics.flatMap((set) => judgeMetricRules(set, scope, policy)),
    ...policy.budgets.map((budget) => judgeBudget(budget, result.operational)),
    ...(policy.slices ? judgeSlices(policy.slices, result, policy) : []),
  ];
  return { policy: policy.file, gated: true, passed: rules.every((r) => r.passed), rules };
}

/**
 * A rule that was not applied: no baseline for a change rule, a metric missing while
 * fail_on_missing_metric is false, a slice under min_rows. It passed without a figure.
 */
export function isSkipped(rule: RuleVerdict): boolean {
  return rule.passed && rule.actual === null;
}
