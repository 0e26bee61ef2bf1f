/** The quality gate: policy files, their judgement of an evaluation, and maintainer overrides. */
import type { GatePolicy } from './policy-types.js';

/**
 * Reads, parses and checks a gate policy file (load-policy.ts). Its YAML parser and schema checker
 * (half a megabyte of JavaScript) load only when a policy is given: an evaluation without one
 * starts without them. parseGatePolicy, for a policy's text, is in load-policy.ts.
 */
export async function loadGatePolicy(path: string): Promise<GatePolicy> {
  const { loadGatePolicy: load } = await import('./load-policy.js');
  return load(path);
}
export { evaluateGate, isSkipped } from './evaluate-gate.js';
export { applyOverride, type GateOverride } from './override.js';
export { DEFAULT_DIRECTIONS, BUILTIN_METRICS, directionOf, dropSide, isBuiltinMetric } from './directions.js';
export { sliceTestedMetrics } from './judge-slices.js';
export { DETECTION_POWER, detectableDrop, exactDetectableDrop, type DetectableDrop } from './detectable-drop.js';
export { gatePolicySchema } from './policy-schema.js';
export type { GatePolicy, MetricRuleSet, ThresholdRule, ChangeRule, ChangeLimit, BudgetRule, BudgetName, MultipleTesting, SlicePolicy, SliceValueRules } from './policy-types.js';
