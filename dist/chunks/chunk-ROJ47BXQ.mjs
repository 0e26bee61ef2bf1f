import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  formatMs,
  formatNumber,
  formatPercent
} from "./chunk-JCJ7PNO6.mjs";

// shared/gate/change.ts
function directedChange(direction, delta) {
  const sign = direction === "higher" ? 1 : -1;
  const absolute = delta.absolute ?? delta.candidate - delta.baseline;
  const relative = delta.relative !== void 0 ? delta.relative : delta.baseline === 0 ? null : absolute / Math.abs(delta.baseline);
  const gain = sign * absolute;
  const relativeGain = relative === null ? gain === 0 ? 0 : gain > 0 ? Infinity : -Infinity : sign * relative;
  return { baseline: delta.baseline, candidate: delta.candidate, gain, relativeGain, ...delta.pValue !== void 0 ? { pValue: delta.pValue } : {} };
}
function atMost(value, limit) {
  return value <= limit + 1e-12 * Math.max(1, Math.abs(limit));
}
function atLeast(value, limit) {
  return value >= limit - 1e-12 * Math.max(1, Math.abs(limit));
}

// shared/gate/rule-text.ts
function plainNumber(value) {
  return String(Number(value.toPrecision(12)));
}
function plainPercent(fraction) {
  return `${plainNumber(fraction * 100)}%`;
}
function thresholdId(metric, bound, limit) {
  return `${metric} ${bound === "min" ? ">=" : "<="} ${plainNumber(limit)}`;
}
function thresholdDescription(bound, limit) {
  return `${bound === "min" ? "\u2265" : "\u2264"} ${formatNumber(limit, 6)}`;
}
var CHANGE_WORDS = {
  max_drop: { id: "drop <=", text: "drop \u2264", relative: false },
  max_relative_drop: { id: "relative drop <=", text: "drop \u2264", relative: true },
  min_gain: { id: "gain >=", text: "gain \u2265", relative: false },
  min_relative_gain: { id: "relative gain >=", text: "gain \u2265", relative: true }
};
function changeId(metric, limitType, limit) {
  const words = CHANGE_WORDS[limitType];
  return `${metric} ${words.id} ${words.relative ? plainPercent(limit) : plainNumber(limit)}`;
}
function changeDescription(limitType, limit, alpha) {
  const words = CHANGE_WORDS[limitType];
  const amount = words.relative ? `${formatPercent(limit, 6)} (relative)` : `${formatNumber(limit, 6)} (absolute)`;
  const significance = alpha !== null && limitType.endsWith("drop") ? `, if significant at \u03B1 = ${plainNumber(alpha)}` : "";
  return `${words.text} ${amount}${significance}`;
}
function isRelative(limitType) {
  return CHANGE_WORDS[limitType].relative;
}
function changeSentence(metric, direction, baseline, candidate, gain) {
  const figures = `from ${formatNumber(baseline)} to ${formatNumber(candidate)}`;
  if (gain === 0) return `${metric} did not change (${formatNumber(candidate)})`;
  return `${metric} ${gain > 0 ? "improved" : "worsened"} ${figures} (${direction} is better)`;
}
function slicePrefix(slice) {
  return slice ? `slice ${slice.column}=${slice.value}: ` : "";
}

// shared/gate/judge-budget.ts
var MEGABYTE = 1e6;
var BUDGETS = {
  latency_p95_ms_per_batch: {
    figure: (op) => op.batchLatencyP95,
    bound: "max",
    show: formatMs,
    what: (op) => `p95 latency per batch (${op.batches} batch${op.batches === 1 ? "" : "es"} of up to ${op.batchSize} rows)`
  },
  latency_p95_ms_per_row: { figure: (op) => op.rowLatencyP95, bound: "max", show: formatMs, what: () => "p95 latency per row" },
  model_size_mb: { figure: (op) => op.modelSizeBytes / MEGABYTE, bound: "max", show: (x) => `${formatNumber(x)} MB`, what: () => "model size" },
  min_rows_per_second: { figure: (op) => op.rowsPerSecond, bound: "min", show: (x) => `${formatNumber(x)} rows/s`, what: () => "throughput" }
};
function judgeBudget(rule, operational) {
  const meaning = BUDGETS[rule.budget];
  const actual = meaning.figure(operational);
  const limit = meaning.show(rule.limit);
  const common = {
    id: `${rule.budget} ${meaning.bound === "max" ? "<=" : ">="} ${plainNumber(rule.limit)}`,
    metric: rule.budget,
    kind: "budget",
    description: `${meaning.bound === "max" ? "\u2264" : "\u2265"} ${limit}`,
    actual,
    policyLine: rule.line
  };
  const what = `The ${meaning.what(operational)} is ${meaning.show(actual)}`;
  if (meaning.bound === "max") {
    const passed2 = atMost(actual, rule.limit);
    return { ...common, passed: passed2, message: passed2 ? `${what}, within the budget of ${limit}.` : `${what}, over the budget of ${limit}.` };
  }
  const passed = atLeast(actual, rule.limit);
  return { ...common, passed, message: passed ? `${what}, at least the required ${limit}.` : `${what}, below the required ${limit}.` };
}

// shared/gate/directions.ts
var DEFAULT_DIRECTIONS = Object.freeze({
  accuracy: "higher",
  balanced_accuracy: "higher",
  precision: "higher",
  recall: "higher",
  f1: "higher",
  precision_macro: "higher",
  recall_macro: "higher",
  f1_macro: "higher",
  precision_weighted: "higher",
  recall_weighted: "higher",
  f1_weighted: "higher",
  roc_auc: "higher",
  roc_auc_ovr_macro: "higher",
  average_precision: "higher",
  log_loss: "lower",
  brier: "lower",
  ece: "lower",
  mae: "lower",
  rmse: "lower",
  r2: "higher",
  mape: "lower",
  explained_variance: "higher"
});
var BUILTIN_METRICS = Object.keys(DEFAULT_DIRECTIONS);
function isBuiltinMetric(name) {
  return Object.hasOwn(DEFAULT_DIRECTIONS, name);
}
function directionOf(metric, override, recorded) {
  return override ?? (isBuiltinMetric(metric) ? DEFAULT_DIRECTIONS[metric] : recorded ?? "higher");
}

// shared/gate/judge-metric.ts
function judgeMetricRules(set, scope, policy) {
  const direction = directionOf(set.metric, policy.directions[set.metric], scope.recordedDirections?.[set.metric]);
  const alpha = set.significance ?? policy.significance;
  return [
    ...set.thresholds.map((rule) => judgeThreshold(set.metric, rule, scope, policy)),
    ...set.changes.map((rule) => judgeChange(set.metric, direction, alpha, rule, scope, policy))
  ];
}
function base(metric, kind, id, description, line, scope) {
  return {
    id: `${slicePrefix(scope.slice)}${id}`,
    metric,
    kind,
    description,
    policyLine: line,
    ...scope.slice ? { slice: scope.slice } : {}
  };
}
function judgeThreshold(metric, rule, scope, policy) {
  const common = base(metric, "threshold", thresholdId(metric, rule.bound, rule.limit), thresholdDescription(rule.bound, rule.limit), rule.line, scope);
  const value = scope.metrics[metric];
  if (value === void 0 || !Number.isFinite(value)) return missing(common, metric, value, "the evaluation", policy);
  const limit = formatNumber(rule.limit, 6);
  const shown = formatNumber(value);
  if (rule.bound === "min") {
    const passed2 = atLeast(value, rule.limit);
    return { ...common, actual: value, passed: passed2, message: passed2 ? `${metric} is ${shown}, at least the required ${limit}.` : `${metric} is ${shown}, below the minimum of ${limit}.` };
  }
  const passed = atMost(value, rule.limit);
  return { ...common, actual: value, passed, message: passed ? `${metric} is ${shown}, within the maximum of ${limit}.` : `${metric} is ${shown}, above the maximum of ${limit}.` };
}
function judgeChange(metric, direction, alpha, rule, scope, policy) {
  const common = base(metric, "change", changeId(metric, rule.limitType, rule.limit), changeDescription(rule.limitType, rule.limit, alpha), rule.line, scope);
  if (!scope.baseline) {
    return { ...common, actual: null, passed: true, message: "No baseline to compare with, so this change rule was not applied." };
  }
  const candidate = scope.metrics[metric];
  const baseline = scope.baseline[metric];
  if (candidate === void 0 || !Number.isFinite(candidate)) return missing(common, metric, candidate, "the evaluation", policy);
  if (baseline === void 0 || !Number.isFinite(baseline)) return missing(common, metric, baseline, "the baseline", policy);
  const change = directedChange(direction, scope.deltas?.[metric] ?? { baseline, candidate });
  const relative = isRelative(rule.limitType);
  const what = changeSentence(metric, direction, change.baseline, change.candidate, change.gain);
  const show = (x) => relative ? formatPercent(x) : formatNumber(x);
  const limit = relative ? formatPercent(rule.limit, 6) : formatNumber(rule.limit, 6);
  if (rule.limitType === "min_gain" || rule.limitType === "min_relative_gain") {
    const gain = relative ? change.relativeGain : change.gain;
    const passed = atLeast(gain, rule.limit);
    return {
      ...common,
      actual: gain,
      passed,
      message: passed ? `${what}: a gain of ${show(gain)}, at least the required ${limit}.` : `${what}: a gain of ${show(gain)}, less than the required ${limit}.`
    };
  }
  const drop = relative ? -change.relativeGain : -change.gain;
  if (atMost(drop, rule.limit)) {
    const allowance = drop > 0 ? `a drop of ${show(drop)}, within the ${limit} allowed` : `no drop (at most ${limit} is allowed)`;
    return { ...common, actual: drop, passed: true, message: `${what}: ${allowance}.` };
  }
  const broken = `${what}: a drop of ${show(drop)}, more than the ${limit} allowed`;
  return { ...common, actual: drop, ...significanceVerdict(broken, change, alpha) };
}
function significanceVerdict(broken, change, alpha) {
  if (alpha === null) return { passed: false, message: `${broken}.` };
  if (change.pValue === void 0) {
    return { passed: false, message: `${broken}; no paired bootstrap test is available here (the baseline did not run on these rows), so the point estimate decides.` };
  }
  const p = formatNumber(change.pValue, 3);
  if (change.pValue < alpha) return { passed: false, message: `${broken}, and the change is significant (p = ${p} < ${alpha}).` };
  return { passed: true, message: `${broken}, but the change is not significant (p = ${p} \u2265 ${alpha}), so the rule passes.` };
}
function missing(common, metric, value, where, policy) {
  const problem = value === void 0 ? `${metric} is not in ${where}` : `${metric} could not be computed in ${where} (${formatNumber(value)})`;
  return policy.failOnMissingMetric ? { ...common, actual: null, passed: false, message: `${problem}; fail_on_missing_metric is true, so the rule fails.` } : { ...common, actual: null, passed: true, message: `${problem}; fail_on_missing_metric is false, so the rule was skipped.` };
}

// shared/gate/judge-slices.ts
var EVERY_SLICE = "(every slice)";
function judgeSlices(slicePolicy, result, policy) {
  const slices = result.slices?.column === slicePolicy.column ? result.slices.slices : void 0;
  if (!slices) {
    const why = result.slices ? `The evaluation was sliced by "${result.slices.column}", not by "${slicePolicy.column}".` : `The evaluation has no slices; set the slice-column input of evaluate-gate to "${slicePolicy.column}".`;
    return [
      ...slicePolicy.everySlice.flatMap((set) => unjudged(set, { column: slicePolicy.column, value: EVERY_SLICE }, why, policy.failOnMissingMetric, policy.significance)),
      ...slicePolicy.values.flatMap((v) => v.rules.flatMap((set) => unjudged(set, { column: slicePolicy.column, value: v.value }, why, policy.failOnMissingMetric, policy.significance)))
    ];
  }
  const verdicts = [];
  for (const slice of slices) {
    const where = { column: slicePolicy.column, value: slice.value };
    const named = slicePolicy.values.find((v) => v.value === slice.value);
    const sets = [...slicePolicy.everySlice, ...named?.rules ?? []];
    if (slice.rows < slicePolicy.minRows) {
      const why = `The slice has ${slice.rows} rows, fewer than min_rows (${slicePolicy.minRows}), so it was not judged.`;
      verdicts.push(...sets.flatMap((set) => unjudged(set, where, why, false, policy.significance)));
      continue;
    }
    const scope = { metrics: slice.metrics, recordedDirections: result.directions, slice: where, ...slice.baseline ? { baseline: slice.baseline } : {} };
    verdicts.push(...sets.flatMap((set) => judgeMetricRules(set, scope, policy)));
  }
  for (const named of slicePolicy.values) {
    if (slices.some((s) => s.value === named.value)) continue;
    const why = `No rows have ${slicePolicy.column} = "${named.value}" (values present: ${slices.map((s) => s.value).slice(0, 10).join(", ")}).`;
    verdicts.push(...named.rules.flatMap((set) => unjudged(set, { column: slicePolicy.column, value: named.value }, why, policy.failOnMissingMetric, policy.significance)));
  }
  return verdicts;
}
function unjudged(set, slice, why, fail, alpha) {
  const suffix = fail ? " fail_on_missing_metric is true, so the rule fails." : "";
  const common = { metric: set.metric, actual: null, passed: !fail, message: `${why}${suffix}`, slice };
  return [
    ...set.thresholds.map((t) => ({
      ...common,
      id: `${slicePrefix(slice)}${thresholdId(set.metric, t.bound, t.limit)}`,
      kind: "threshold",
      description: thresholdDescription(t.bound, t.limit),
      policyLine: t.line
    })),
    ...set.changes.map((c) => ({
      ...common,
      id: `${slicePrefix(slice)}${changeId(set.metric, c.limitType, c.limit)}`,
      kind: "change",
      description: changeDescription(c.limitType, c.limit, set.significance ?? alpha),
      policyLine: c.line
    }))
  ];
}

// shared/gate/evaluate-gate.ts
function evaluateGate(policy, result) {
  if (!policy) return { policy: null, gated: false, passed: true, rules: [] };
  const scope = {
    metrics: result.metrics,
    recordedDirections: result.directions,
    ...result.baseline ? { baseline: result.baseline } : {},
    deltas: result.deltas
  };
  const rules = [
    ...policy.metrics.flatMap((set) => judgeMetricRules(set, scope, policy)),
    ...policy.budgets.map((budget) => judgeBudget(budget, result.operational)),
    ...policy.slices ? judgeSlices(policy.slices, result, policy) : []
  ];
  return { policy: policy.file, gated: true, passed: rules.every((r) => r.passed), rules };
}
function isSkipped(rule) {
  return rule.passed && rule.actual === null;
}

export {
  BUILTIN_METRICS,
  isBuiltinMetric,
  directionOf,
  evaluateGate,
  isSkipped
};
