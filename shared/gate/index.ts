/** The quality gate: policy files, their judgement of an evaluation, and maintainer overrides. */
export { loadGatePolicy, parseGatePolicy } from './load-policy.js';
export { evaluateGate, isSkipped } from './evaluate-gate.js';
export { applyOverride, type GateOverride } from './override.js';
export { DEFAULT_DIRECTIONS, BUILTIN_METRICS, directionOf, isBuiltinMetric } from './directions.js';
export { gatePolicySchema } from './policy-schema.js';
export type { GatePolicy, MetricRuleSet, ThresholdRule, ChangeRule, ChangeLimit, BudgetRule, BudgetName, SlicePolicy, SliceValueRules } from './policy-types.js';
