/** The quality gate: policy files, their judgement of an evaluation, and maintainer overrides. */
export { loadGatePolicy, parseGatePolicy } from './load-policy.js';
export { evaluateGate, isSkipped } from './evaluate-gate.js';
export { applyOverride, type GateOverride } from './override.js';
export { DEFAULT_DIRECTIONS, BUILTIN_METRICS, directionOf, dropSide, isBuiltinMetric } from './directions.js';
export { sliceTestedMetrics } from './judge-slices.js';
export { DETECTION_POWER, detectableDrop, exactDetectableDrop, type DetectableDrop } from './detectable-drop.js';
export { gatePolicySchema } from './policy-schema.js';
export type { GatePolicy, MetricRuleSet, ThresholdRule, ChangeRule, ChangeLimit, BudgetRule, BudgetName, MultipleTesting, SlicePolicy, SliceValueRules } from './policy-types.js';
