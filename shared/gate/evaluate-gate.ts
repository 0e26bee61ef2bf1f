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
    resamples: result.bootstrap.resamples,
  };
  const rules: RuleVerdict[] = [
    ...policy.metrics.flatMap((set) => judgeMetricRules(set, scope, policy)),
    ...policy.budgets.map((budget) => judgeBudget(budget, result.operational)),
    ...(policy.slices ? judgeSlices(policy.slices, result, policy) : []),
  ];
  const warnings = policyWarnings(policy);
  return { policy: policy.file, gated: true, passed: rules.every((r) => r.passed), rules, ...(warnings.length ? { warnings } : {}) };
}

/** Drop limits without a significance level judge the point estimate, which fails on noise. */
function policyWarnings(policy: GatePolicy): string[] {
  const sets = [...policy.metrics, ...(policy.slices ? [...policy.slices.everySlice, ...policy.slices.values.flatMap((v) => v.rules)] : [])];
  const unguarded = sets.filter((set) => (set.significance ?? policy.significance) === null && set.changes.some((c) => c.limitType.endsWith('drop')));
  if (unguarded.length === 0) return [];
  const names = [...new Set(unguarded.map((s) => s.metric))];
  const metrics = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
  return [
    `The drop limits on ${metrics} run without significance, so they judge the point estimate alone and fail on noise (two equally good models differ by chance on every evaluation set). Add significance: 0.05 at the top of the policy: a drop then fails only when a paired test shows it is real (docs/gate-policy.md, Significance).`,
  ];
}

/**
 * A rule that was not applied: no baseline for a change rule, a metric missing while
 * fail_on_missing_metric is false, a slice under min_rows. It passed without a figure.
 */
export function isSkipped(rule: RuleVerdict): boolean {
  return rule.passed && rule.actual === null;
}
