import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  binomialUpperTail,
  normalQuantile
} from "./chunk-4FPL64JB.mjs";
import {
  directionOf,
  dropSide
} from "./chunk-GVED242L.mjs";
import {
  formatMs,
  formatNumber,
  formatPercent
} from "./chunk-OBKOI45Q.mjs";

// shared/gate/detectable-drop.ts
var DETECTION_POWER = 0.8;
function detectableDrop(delta, limit, alpha, relativeTo) {
  if (!delta) return void 0;
  const scale = (absolute) => absolute === null ? null : relativeTo === null ? absolute : relativeTo === 0 ? null : absolute / Math.abs(relativeTo);
  const common = { relative: relativeTo !== null, alpha, power: DETECTION_POWER };
  if (delta.discordant) {
    const { rows, candidateOnly, baselineOnly } = delta.discordant;
    const m = candidateOnly + baselineOnly;
    return { ...common, value: scale(exactDetectableDrop(rows, m, limit, alpha)), basis: "discordant-rows", rows, discordant: m };
  }
  if (delta.standardError !== void 0) {
    const s = delta.standardError;
    const value = s > 0 ? Math.max(limit, normalQuantile(1 - alpha / 2) * s) + normalQuantile(DETECTION_POWER) * s : null;
    return { ...common, value: scale(value), basis: "bootstrap-spread", standardError: s };
  }
  return void 0;
}
function exactDetectableDrop(rows, m, limit, alpha) {
  if (m === 0 || rows === 0) return null;
  const tail = (k) => binomialUpperTail(m, k, 0.5);
  if (!(tail(m) < alpha / 2)) return null;
  let lo = 0;
  let hi = m;
  while (hi - lo > 1) {
    const mid = lo + hi >> 1;
    if (tail(mid) < alpha / 2) hi = mid;
    else lo = mid;
  }
  const beyondLimit = Math.floor((rows * (limit + 1e-12 * Math.max(1, limit)) + m) / 2) + 1;
  const needed = Math.max(hi, beyondLimit);
  if (needed > m) return null;
  let below = 0.5;
  let above = 1;
  for (let i = 0; i < 60; i++) {
    const pi = (below + above) / 2;
    if (binomialUpperTail(m, needed, pi) >= DETECTION_POWER) above = pi;
    else below = pi;
  }
  return m / rows * (2 * above - 1);
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

// shared/gate/drop-tests.ts
var METHOD_NAMES = { "exact-mcnemar": "exact McNemar test", bootstrap: "paired bootstrap" };
function settleDropTests(tests, correction, familyName = "slice tests") {
  const m = tests.length;
  const adjusted = adjustedPValues(tests, correction);
  const scale = correction === "none" ? 1 : m;
  tests.forEach((test, i) => {
    const { verdict, alpha } = test;
    const level = alpha / scale;
    const adjustedP = adjusted[i];
    const family = correction !== "none" && m > 1 ? { size: m, correction } : void 0;
    verdict.test = {
      ...test.method ? { method: test.method } : {},
      pValue: test.p,
      ...family ? { adjustedPValue: adjustedP, family } : {},
      alpha
    };
    const detectable = detectableDrop(test.delta, test.limit, level, test.relativeTo);
    if (detectable) verdict.detectableDrop = detectable;
    if (test.broken === null) return;
    const how = test.method ? `${METHOD_NAMES[test.method]}, ` : "";
    const p = formatNumber(test.p, 3);
    const familyText = family ? `, ${correction === "holm" ? "Holm" : "Bonferroni"}-adjusted over ${m} ${familyName}: ${formatNumber(adjustedP, 3)}` : "";
    if (adjustedP < alpha) {
      verdict.passed = false;
      verdict.message = `${test.broken}, and the drop is significant (${how}p = ${p}${familyText} < ${plainNumber(alpha)}).`;
    } else if (test.minP >= level) {
      verdict.passed = true;
      verdict.inconclusive = true;
      verdict.message = `${test.broken} (${how}p = ${p}), but these rows are too few for the test ever to show a drop: ${tooFewWhy(test)}the smallest p-value it can give is ${formatNumber(test.minP, 3)}, not below ${levelText(alpha, scale, familyName)}. Not judged: the rule passes with this warning; add rows, or use a min rule here.`;
    } else {
      verdict.passed = true;
      verdict.message = `${test.broken}, but the drop is not significant (${how}p = ${p}${familyText} \u2265 ${plainNumber(alpha)}), so the rule passes.`;
    }
  });
}
function tooFewWhy(test) {
  if (!test.discordant) return "";
  const m = test.discordant.candidateOnly + test.discordant.baselineOnly;
  return `the models disagree on ${m} of its ${test.discordant.rows} rows, so `;
}
function levelText(alpha, scale, familyName) {
  return scale === 1 ? `\u03B1 = ${plainNumber(alpha)}` : `\u03B1/${scale} = ${formatNumber(alpha / scale, 3)} (\u03B1 = ${plainNumber(alpha)} over ${scale} ${familyName})`;
}
function adjustedPValues(tests, correction) {
  const m = tests.length;
  if (correction === "none") return tests.map((t) => t.p);
  if (correction === "bonferroni") return tests.map((t) => Math.min(1, m * t.p));
  const order = tests.map((t, i) => ({ q: t.p / t.alpha, i })).sort((a, b) => a.q - b.q);
  const adjusted = new Array(m);
  let running = 0;
  order.forEach(({ q, i }, j) => {
    running = Math.max(running, (m - j) * q);
    adjusted[i] = Math.min(1, running * tests[i].alpha);
  });
  return adjusted;
}

// shared/gate/change.ts
function directedChange(direction, delta) {
  const sign = direction === "higher" ? 1 : -1;
  const absolute = delta.absolute ?? delta.candidate - delta.baseline;
  const relative = delta.relative !== void 0 ? delta.relative : delta.baseline === 0 ? null : absolute / Math.abs(delta.baseline);
  const gain = sign * absolute;
  const relativeGain = relative === null ? gain === 0 ? 0 : gain > 0 ? Infinity : -Infinity : sign * relative;
  const dropPValue = dropSidePValue(direction, delta, gain);
  return { baseline: delta.baseline, candidate: delta.candidate, gain, relativeGain, ...dropPValue !== void 0 ? { dropPValue } : {} };
}
function dropSidePValue(direction, delta, gain) {
  const oneSided = dropSide(direction) === "down" ? delta.pValueDown : delta.pValueUp;
  if (oneSided !== void 0) return Math.min(1, 2 * oneSided);
  if (delta.pValue === void 0) return void 0;
  return gain < 0 ? delta.pValue : 1;
}
function atMost(value, limit) {
  return value <= limit + 1e-12 * Math.max(1, Math.abs(limit));
}
function atLeast(value, limit) {
  return value >= limit - 1e-12 * Math.max(1, Math.abs(limit));
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
  const delta = scope.deltas?.[metric];
  const change = directedChange(direction, delta ?? { baseline, candidate });
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
  const withinLimit = atMost(drop, rule.limit);
  const allowance = drop > 0 ? `a drop of ${show(drop)}, within the ${limit} allowed` : `no drop (at most ${limit} is allowed)`;
  const broken = `${what}: a drop of ${show(drop)}, more than the ${limit} allowed`;
  const verdict = withinLimit ? { ...common, actual: drop, passed: true, message: `${what}: ${allowance}.` } : { ...common, actual: drop, passed: false, message: `${broken}.` };
  if (alpha === null) return verdict;
  if (change.dropPValue === void 0) {
    if (!withinLimit) verdict.message = `${broken}; no paired test is available here (the baseline did not run on these rows), so the point estimate decides.`;
    return verdict;
  }
  const test = {
    verdict,
    p: change.dropPValue,
    alpha,
    minP: smallestPValue(delta, scope.resamples),
    method: delta?.test,
    broken: withinLimit ? null : broken,
    delta,
    limit: relative ? rule.limit * Math.abs(baseline) : rule.limit,
    relativeTo: relative ? baseline : null,
    discordant: delta?.discordant
  };
  if (scope.pending) scope.pending.push(test);
  else settleDropTests([test], "none");
  return verdict;
}
function smallestPValue(delta, resamples) {
  if (delta?.discordant) return Math.min(1, 2 * 0.5 ** (delta.discordant.candidateOnly + delta.discordant.baselineOnly));
  if (delta?.test === "bootstrap" && resamples) return Math.min(1, 2 / (resamples + 1));
  return 0;
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
  const pending = [];
  for (const slice of slices) {
    const where = { column: slicePolicy.column, value: slice.value };
    const named = slicePolicy.values.find((v) => v.value === slice.value);
    const sets = [...slicePolicy.everySlice, ...named?.rules ?? []];
    if (slice.rows < slicePolicy.minRows) {
      const why = `The slice has ${slice.rows} rows, fewer than min_rows (${slicePolicy.minRows}), so it was not judged.`;
      verdicts.push(...sets.flatMap((set) => unjudged(set, where, why, false, policy.significance)));
      continue;
    }
    const scope = {
      metrics: slice.metrics,
      recordedDirections: result.directions,
      slice: where,
      resamples: result.bootstrap.resamples,
      pending,
      ...slice.baseline ? { baseline: slice.baseline } : {},
      ...slice.deltas ? { deltas: slice.deltas } : {}
    };
    verdicts.push(...sets.flatMap((set) => judgeMetricRules(set, scope, policy)));
  }
  settleDropTests(pending, slicePolicy.correction);
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
function sliceTestedMetrics(policy) {
  const slices = policy?.slices;
  if (!slices) return [];
  const sets = [...slices.everySlice, ...slices.values.flatMap((v) => v.rules)];
  const tested = sets.filter((set) => (set.significance ?? policy.significance) !== null && set.changes.some((c) => c.limitType.endsWith("drop")));
  return [...new Set(tested.map((set) => set.metric))];
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

// shared/gate/evaluate-gate.ts
function evaluateGate(policy, result) {
  if (!policy) return { policy: null, gated: false, passed: true, rules: [] };
  const scope = {
    metrics: result.metrics,
    recordedDirections: result.directions,
    ...result.baseline ? { baseline: result.baseline } : {},
    deltas: result.deltas,
    resamples: result.bootstrap.resamples
  };
  const rules = [
    ...policy.metrics.flatMap((set) => judgeMetricRules(set, scope, policy)),
    ...policy.budgets.map((budget) => judgeBudget(budget, result.operational)),
    ...policy.slices ? judgeSlices(policy.slices, result, policy) : []
  ];
  const warnings = policyWarnings(policy);
  return { policy: policy.file, gated: true, passed: rules.every((r) => r.passed), rules, ...warnings.length ? { warnings } : {} };
}
function policyWarnings(policy) {
  const sets = [...policy.metrics, ...policy.slices ? [...policy.slices.everySlice, ...policy.slices.values.flatMap((v) => v.rules)] : []];
  const unguarded = sets.filter((set) => (set.significance ?? policy.significance) === null && set.changes.some((c) => c.limitType.endsWith("drop")));
  if (unguarded.length === 0) return [];
  const names = [...new Set(unguarded.map((s) => s.metric))];
  const metrics = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
  return [
    `The drop limits on ${metrics} run without significance, so they judge the point estimate alone and fail on noise (two equally good models differ by chance on every evaluation set). Add significance: 0.05 at the top of the policy: a drop then fails only when a paired test shows it is real (docs/gate-policy.md, Significance).`
  ];
}
function isSkipped(rule) {
  return rule.passed && rule.actual === null;
}

export {
  sliceTestedMetrics,
  evaluateGate,
  isSkipped
};
