import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  bootstrapAgainstBaseline,
  bootstrapIntervals,
  computeConfusionMatrix,
  defaultMetricNames,
  metricDeltas,
  metricDirection,
  prepareMetrics
} from "./chunk-YQMANWY7.mjs";
import {
  GraphField,
  ModelField,
  ProtoDecodeError,
  ProtoWriter,
  attributeOf,
  decodeModel,
  loadOnnxRuntime,
  signatureOf,
  writeValueInfo
} from "./chunk-23HZM3YN.mjs";
import {
  YamlLocator,
  didYouMean,
  readConfigFile
} from "./chunk-7SY4YXBS.mjs";
import {
  require_dist,
  resolveOutputDir
} from "./chunk-C2VWTQXC.mjs";
import {
  GITHUB_STEP_INPUTS,
  openGitHubSession,
  overrideFromLabel,
  parseCommentMode,
  require_ajv,
  resolveInputPath,
  shareStepResults
} from "./chunk-EQTXTZOH.mjs";
import {
  OPERATIONS,
  actionsArtifactDownloader,
  callGitHub,
  code,
  details,
  escapeMarkdown,
  heading,
  parseBooleanInput,
  parseNumberInput,
  requireInput,
  sha256Bytes,
  sha256File,
  table,
  verifyOutputManifest,
  writeFileAtomic,
  writeJsonAtomic
} from "./chunk-C2TNI2RU.mjs";
import {
  formatBytes,
  formatMs,
  formatNumber,
  formatPercent,
  formatSigned
} from "./chunk-JCJ7PNO6.mjs";
import {
  columnNames,
  describeRow,
  findColumn,
  loadTable
} from "./chunk-6S2IIISV.mjs";
import {
  UserError,
  __toESM,
  describeError
} from "./chunk-YCFNLZYA.mjs";

// shared/evaluate/step.ts
import { join as join3, resolve } from "node:path";

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

// shared/report/marks.ts
function changeMark(direction, change) {
  if (change === 0 || !Number.isFinite(change)) return "\u26AA";
  const better = direction === "higher" ? change > 0 : change < 0;
  return `${better ? "\u{1F7E2}" : "\u{1F534}"} ${change > 0 ? "\u25B2" : "\u25BC"}`;
}
function ruleMark(rule) {
  if (isSkipped(rule)) return "\u23ED\uFE0F";
  return rule.passed ? "\u2705" : "\u274C";
}
function rulesMark(rules) {
  if (rules.length === 0) return "";
  if (rules.some((r) => !r.passed)) return "\u274C";
  if (rules.every(isSkipped)) return "\u23ED\uFE0F";
  return "\u2705";
}

// shared/report/metrics-section.ts
function reportedMetrics(ctx) {
  return Object.keys(ctx.result.metrics);
}
function metricsSection(ctx) {
  const { result } = ctx;
  const rows = reportedMetrics(ctx).map((metric) => {
    const value = result.metrics[metric];
    const before = result.baseline?.[metric];
    const delta = result.deltas[metric];
    const absolute = delta?.absolute ?? (before !== void 0 ? value - before : void 0);
    const relative = delta ? delta.relative : before !== void 0 && before !== 0 ? (value - before) / Math.abs(before) : null;
    const interval = result.intervals[metric];
    const rules = ctx.rulesFor(metric);
    return [
      `${code(metric)} ${ctx.direction(metric) === "higher" ? "\u2191" : "\u2193"}`,
      formatNumber(before),
      `**${formatNumber(value)}**`,
      absolute === void 0 ? "\u2014" : `${changeMark(ctx.direction(metric), absolute)} ${formatSigned(absolute)}`,
      absolute === void 0 ? "\u2014" : formatPercent(relative, 3, true),
      interval ? `[${formatNumber(interval.low)}, ${formatNumber(interval.high)}]` : "\u2014",
      escapeMarkdown(rules.map((r) => r.description).join("; "), 400),
      rulesMark(rules)
    ];
  });
  const headers = ["metric", "baseline", "candidate", "change", "change %", `${ctx.levelText} interval`, "rule", "verdict"];
  const note = "\u2191 higher is better, \u2193 lower is better; \u{1F7E2} a change for the better, \u{1F534} for the worse (\u25B2 up, \u25BC down).";
  return [heading(ctx.level, "Metrics"), table(headers, rows, ["left", "right", "right", "right", "right", "right", "left", "center"]), note].join("\n\n");
}
function formatPValue(p, resamples) {
  if (p === void 0) return "\u2014";
  if (p === 0 && resamples > 0) return `< ${formatNumber(1 / resamples, 3)}`;
  return formatNumber(p, 3);
}
function pairedSection(ctx) {
  const rows = reportedMetrics(ctx).flatMap((metric) => {
    const delta = ctx.result.deltas[metric];
    if (!delta?.interval && delta?.pValue === void 0) return [];
    return [[
      code(metric),
      `${changeMark(ctx.direction(metric), delta.absolute)} ${formatSigned(delta.absolute)}`,
      delta.interval ? `[${formatSigned(delta.interval.low)}, ${formatSigned(delta.interval.high)}]` : "\u2014",
      formatPValue(delta.pValue, ctx.result.bootstrap.resamples)
    ]];
  });
  if (!rows.length) return "";
  const body = [
    table(["metric", "change", `${ctx.levelText} interval of the change`, "p-value"], rows, ["left", "right", "right", "right"]),
    'Paired bootstrap: both models are scored on the same resampled rows; the p-value is for "no change" (two-sided).'
  ].join("\n\n");
  return details("Paired comparison with the baseline", body);
}

// shared/report/charts.ts
var MAX_CHART_METRICS = 8;
function comparisonChart(ctx) {
  const baseline = ctx.result.baseline;
  if (!baseline) return "";
  const metrics = reportedMetrics(ctx).filter((m) => ctx.direction(m) === "higher" && onUnitScale(ctx.result.metrics[m]) && onUnitScale(baseline[m])).slice(0, MAX_CHART_METRICS);
  if (metrics.length === 0) return "";
  const values = (source) => `[${metrics.map((m) => Number(source[m].toPrecision(4))).join(", ")}]`;
  const chart = [
    "```mermaid",
    "xychart-beta",
    '  title "Candidate (bars) vs baseline (line)"',
    // names come from our metric table, but keep the label syntax safe regardless
    `  x-axis [${metrics.map((m) => `"${m.replace(/[^\w]/g, "")}"`).join(", ")}]`,
    '  y-axis "score" 0 --> 1',
    `  bar ${values(ctx.result.metrics)}`,
    `  line ${values(baseline)}`,
    "```"
  ].join("\n");
  return details("Chart: candidate vs baseline", chart);
}
function onUnitScale(value) {
  return value !== void 0 && Number.isFinite(value) && value >= 0 && value <= 1;
}
var BAR_WIDTH = 20;
var EIGHTHS = ["", "\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589"];
function unicodeBar(fraction, width = BAR_WIDTH) {
  const eighths = Math.round(Math.min(1, Math.max(0, fraction)) * width * 8);
  return "\u2588".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}
function intervalWidthSection(ctx) {
  const entries = reportedMetrics(ctx).flatMap((metric) => {
    const interval = ctx.result.intervals[metric];
    return interval && Number.isFinite(interval.high - interval.low) ? [{ metric, interval, width: interval.high - interval.low }] : [];
  });
  if (!entries.length) return "";
  const widest = Math.max(...entries.map((e) => e.width));
  const rows = entries.map((e) => [
    code(e.metric),
    `[${formatNumber(e.interval.low)}, ${formatNumber(e.interval.high)}]`,
    formatNumber(e.width, 3),
    `\`${unicodeBar(widest > 0 ? e.width / widest : 0) || "\xB7"}\``
  ]);
  const body = [
    table(["metric", `${ctx.levelText} interval`, "width", "width, relative to the widest"], rows, ["left", "right", "right", "left"]),
    `Bootstrap over ${ctx.result.bootstrap.resamples} resamples (seed ${ctx.result.bootstrap.seed}); a narrower interval means a more precise figure.`
  ].join("\n\n");
  return details("Interval widths", body);
}

// shared/report/confusion-section.ts
var MAX_CLASSES = 20;
var OPEN_UP_TO = 4;
function confusionSection(ctx) {
  const cm = ctx.result.confusionMatrix;
  if (!cm || cm.classes.length === 0) return "";
  const shown = Math.min(cm.classes.length, MAX_CLASSES);
  const labels = cm.classes.slice(0, shown).map((c) => escapeMarkdown(String(c), 40));
  const rows = labels.map((label, actual) => [
    `**${label}**`,
    ...cm.matrix[actual].slice(0, shown).map((count, predicted) => actual === predicted ? `**${count}**` : String(count)),
    String(cm.matrix[actual].reduce((a, b) => a + b, 0))
  ]);
  const parts = [table(["actual \u2572 predicted", ...labels, "total"], rows, ["left", ...labels.map(() => "right"), "right"])];
  if (shown < cm.classes.length) parts.push(`Only the first ${shown} of ${cm.classes.length} classes are shown.`);
  const body = parts.join("\n\n");
  return cm.classes.length <= OPEN_UP_TO ? `${heading(ctx.level, "Confusion matrix")}

${body}` : details(`Confusion matrix (${cm.classes.length} classes)`, body);
}

// shared/report/context.ts
function reportContext(result, level) {
  const topRules = result.gate.rules.filter((r) => !r.slice);
  return {
    result,
    level,
    hasBaseline: Boolean(result.baseline),
    levelText: `${Number((result.bootstrap.level * 100).toPrecision(4))}%`,
    // the same order of precedence as the gate, so marks and verdicts agree
    direction: (metric) => directionOf(metric, void 0, result.directions[metric]),
    rulesFor: (metric) => topRules.filter((r) => r.metric === metric)
  };
}

// shared/report/operational-section.ts
var FIGURES = [
  { label: "model size", value: (op) => op.modelSizeBytes, show: formatBytes, direction: "lower", budget: "model_size_mb" },
  { label: "latency per batch, p50", value: (op) => op.batchLatencyP50, show: formatMs, direction: "lower" },
  { label: "latency per batch, p95", value: (op) => op.batchLatencyP95, show: formatMs, direction: "lower", budget: "latency_p95_ms_per_batch" },
  { label: "latency per row, p50", value: (op) => op.rowLatencyP50, show: formatMs, direction: "lower" },
  { label: "latency per row, p95", value: (op) => op.rowLatencyP95, show: formatMs, direction: "lower", budget: "latency_p95_ms_per_row" },
  { label: "throughput", value: (op) => op.rowsPerSecond, show: (x) => `${formatNumber(x, 3)} rows/s`, direction: "higher", budget: "min_rows_per_second" }
];
function operationalSection(ctx) {
  const candidate = ctx.result.operational;
  const baseline = ctx.result.baselineOperational;
  const budgets = ctx.result.gate.rules.filter((r) => r.kind === "budget");
  const rows = FIGURES.map((figure) => {
    const now = figure.value(candidate);
    const before = baseline ? figure.value(baseline) : void 0;
    const rules = budgets.filter((r) => r.metric === figure.budget);
    return [
      figure.label,
      before === void 0 ? "\u2014" : figure.show(before),
      figure.show(now),
      before === void 0 ? "\u2014" : `${changeMark(figure.direction, now - before)} ${before === 0 ? "" : formatPercent((now - before) / before, 3, true)}`.trim(),
      escapeMarkdown(rules.map((r) => r.description).join("; ")),
      rulesMark(rules)
    ];
  });
  const samples = candidate.latencySamples ?? candidate.batches;
  const repeats = samples > candidate.batches ? `, latencies over ${samples} timed runs (the first batch repeated)` : "";
  const fixed = candidate.fixedBatchSize ? ` The model's input fixes the batch at ${candidate.fixedBatchSize.toLocaleString("en-US")} row${candidate.fixedBatchSize === 1 ? "" : "s"}; exported with a dynamic batch dimension (dynamic_axes in torch.onnx.export) it would run in fewer, larger batches.` : "";
  const note = `Inference in ${candidate.batches} batch${candidate.batches === 1 ? "" : "es"} of up to ${candidate.batchSize.toLocaleString("en-US")} row${candidate.batchSize === 1 ? "" : "s"}${repeats}, after an untimed warm-up run; timings vary between runners, so compare them within one run.${fixed}`;
  return [
    heading(ctx.level, "Operational figures"),
    table(["figure", "baseline", "candidate", "change", "budget", "verdict"], rows, ["left", "right", "right", "right", "left", "center"]),
    note
  ].join("\n\n");
}

// shared/report/rules-section.ts
var HEADERS = ["", "rule", "figure", "limit", "why", "policy line"];
var MAX_FAILED_SHOWN = 30;
var MAX_RULES_SHOWN = 100;
function rulesTable(rules, policy, most) {
  const shown = table(HEADERS, rules.slice(0, most).map((r) => row(r, policy)));
  return rules.length > most ? `${shown}

\u2026and ${rules.length - most} more; metrics.json lists every rule.` : shown;
}
function row(rule, policy) {
  return [
    ruleMark(rule),
    escapeMarkdown(rule.id),
    formatNumber(rule.actual),
    escapeMarkdown(rule.description),
    escapeMarkdown(rule.message, 400),
    rule.policyLine && policy ? `${escapeMarkdown(policy)}:${rule.policyLine}` : ""
  ];
}
function rulesSection(ctx) {
  const gate = ctx.result.gate;
  if (!gate.gated) return "";
  const parts = [];
  const failed = gate.rules.filter((r) => !r.passed);
  if (failed.length) {
    parts.push(heading(ctx.level, gate.override ? "Failed rules (overridden)" : "Failed rules"));
    parts.push(rulesTable(failed, gate.policy, MAX_FAILED_SHOWN));
  }
  if (gate.rules.length) {
    parts.push(details(`All ${gate.rules.length} gate rules`, rulesTable(gate.rules, gate.policy, MAX_RULES_SHOWN)));
  }
  return parts.join("\n\n");
}

// shared/report/slices-section.ts
var MAX_SLICE_METRICS = 4;
function slicesSection(ctx) {
  const sliceSet = ctx.result.slices;
  if (!sliceSet || sliceSet.slices.length === 0) return "";
  const sliceRules = ctx.result.gate.rules.filter((r) => r.slice && r.slice.column === sliceSet.column);
  const available = new Set(sliceSet.slices.flatMap((s) => Object.keys(s.metrics)));
  const metrics = [.../* @__PURE__ */ new Set([...sliceRules.map((r) => r.metric), ...Object.keys(ctx.result.metrics)])].filter((m) => available.has(m)).slice(0, MAX_SLICE_METRICS);
  const rows = sliceSet.slices.map((slice) => {
    const rules = sliceRules.filter((r) => r.slice.value === slice.value);
    return [
      escapeMarkdown(slice.value, 80),
      slice.rows.toLocaleString("en-US"),
      ...metrics.map((metric) => {
        const value = slice.metrics[metric];
        const before = slice.baseline?.[metric];
        if (value === void 0) return "\u2014";
        if (before === void 0 || !Number.isFinite(before) || !Number.isFinite(value)) return formatNumber(value);
        return `${formatNumber(value)} (${changeMark(ctx.direction(metric), value - before)} ${formatSigned(value - before, 3)})`;
      }),
      rulesMark(rules)
    ];
  });
  const headers = [escapeMarkdown(sliceSet.column, 60), "rows", ...metrics.map(code), "verdict"];
  const body = [
    table(headers, rows, ["left", "right", ...metrics.map(() => "right"), "center"]),
    sliceSet.slices.some((s) => s.baseline) ? "Each figure is the candidate's, with its change from the baseline on the same slice." : ""
  ].filter(Boolean).join("\n\n");
  const failed = sliceRules.some((r) => !r.passed);
  return details(`Slices by ${sliceSet.column} (${sliceSet.slices.length})`, body, failed);
}

// shared/report/summary-section.ts
function verdictHeading(result, level, title) {
  const gate = result.gate;
  const failed = gate.rules.filter((r) => !r.passed).length;
  let text;
  if (!gate.gated) text = `\u2139\uFE0F ${title}: not gated`;
  else if (gate.override) text = `\u26A0\uFE0F ${title}: failed, overridden`;
  else if (gate.passed) text = `\u2705 ${title}: passed`;
  else text = `\u274C ${title}: failed (${failed} of ${gate.rules.length} rule${gate.rules.length === 1 ? "" : "s"})`;
  return heading(level, text);
}
function summaryParagraph(result) {
  const model = `**${escapeMarkdown(result.model.path)}** (${formatBytes(result.model.sizeBytes)})`;
  const data = `**${escapeMarkdown(result.data.path)}** (${result.data.rows.toLocaleString("en-US")} rows, target column **${escapeMarkdown(result.data.target)}**)`;
  const lines = [`Model ${model}, ${result.task} task, evaluated on ${data}.`];
  lines.push(baselineSentence(result));
  const gate = result.gate;
  if (!gate.gated) {
    lines.push("No gate policy was given, so nothing was gated: the figures below are for information only.");
  } else {
    const skipped = gate.rules.filter(isSkipped).length;
    const failed = gate.rules.filter((r) => !r.passed).length;
    const passed = gate.rules.length - skipped - failed;
    lines.push(`Policy ${escapeMarkdown(gate.policy ?? "")}: ${passed} rule(s) passed, ${failed} failed${skipped ? `, ${skipped} not applied` : ""}.`);
  }
  const text = lines.join(" ");
  if (gate.override) {
    return `${text}

> [!WARNING]
> The gate failed and was **overridden** by ${escapeMarkdown(gate.override.by)}: ${escapeMarkdown(gate.override.reason, 500)}`;
  }
  return text;
}
function baselineSentence(result) {
  if (!result.baseline) return "No baseline was given, so there are no changes to show.";
  const { resamples, seed } = result.bootstrap;
  if (result.baselineSource === "metrics-file") {
    return "Baseline: figures from a metrics file, so changes have no paired test.";
  }
  const name = result.baselineModel ? `**${escapeMarkdown(result.baselineModel.path)}**` : "a baseline model";
  return `Baseline: ${name}, run on the same rows (paired bootstrap, ${resamples} resamples, seed ${seed}).`;
}

// shared/report/render-report.ts
function renderEvaluationReport(result, options = {}) {
  const level = options.headingLevel ?? 2;
  const ctx = reportContext(result, level + 1);
  const sections = [
    verdictHeading(result, level, options.title ?? "Model quality gate"),
    summaryParagraph(result),
    rulesSection(ctx),
    metricsSection(ctx),
    comparisonChart(ctx),
    pairedSection(ctx),
    intervalWidthSection(ctx),
    confusionSection(ctx),
    operationalSection(ctx),
    slicesSection(ctx),
    provenanceSection(result)
  ];
  return `${sections.filter(Boolean).join("\n\n")}
`;
}
function provenanceSection(result) {
  const rows = [
    ["candidate model", escapeMarkdown(result.model.path), result.model.sha256.slice(0, 12)],
    ...result.baselineModel ? [["baseline model", escapeMarkdown(result.baselineModel.path), result.baselineModel.sha256.slice(0, 12)]] : [],
    ["data", escapeMarkdown(result.data.path), result.data.sha256.slice(0, 12)]
  ];
  const { resamples, seed, level } = result.bootstrap;
  const body = [
    table(["", "file", "sha256"], rows.map((r) => [r[0], r[1], `\`${r[2].replace(/[^0-9a-f]/gi, "")}\``])),
    `Bootstrap: ${resamples} resamples, seed ${seed}, ${level * 100}% intervals.${result.gate.policy ? ` Policy: ${escapeMarkdown(result.gate.policy)}.` : ""}${result.scores === "logits" ? " Class scores: logits, turned into probabilities by softmax (a single column: sigmoid)." : ""}`
  ].join("\n\n");
  return details("Provenance", body);
}

// shared/model/class-scores.ts
var CLASS_SCORES = ["probabilities", "logits"];
function softmaxRows(data, offset, n, width) {
  for (let r = 0, o = offset; r < n; r++, o += width) {
    let max = -Infinity;
    for (let c = 0; c < width; c++) max = Math.max(max, data[o + c]);
    let sum = 0;
    for (let c = 0; c < width; c++) sum += Math.exp(data[o + c] - max);
    for (let c = 0; c < width; c++) data[o + c] = Math.exp(data[o + c] - max) / sum;
  }
}
function sigmoid(x) {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

// shared/evaluate/evaluate-model.ts
import { stat } from "node:fs/promises";

// shared/model/row-major.ts
var MAX_GENERATED_WIDTH = 512;
var WARM_UP_CALLS = 1e3;
var WARM_UP_ROWS = 4;
var copiers = /* @__PURE__ */ new WeakMap();
function rowMajorCopier(columns, kind = Float32Array) {
  const width = columns.length;
  if (width === 0 || width > MAX_GENERATED_WIDTH) return (target, start, count) => copyRowMajorLoop(target, columns, start, count);
  const known = copiers.get(columns[0]) ?? [];
  const same = known.find((k) => k.kind === kind && k.columns.length === width && k.columns.every((column, c) => column === columns[c]));
  if (same) return same.copy;
  const copy = generateCopier(columns);
  const rows = Math.min(WARM_UP_ROWS, ...columns.map((column) => column.length));
  if (rows > 0) {
    const scratch = new kind(rows * width);
    for (let i = 0; i < WARM_UP_CALLS; i++) copy(scratch, 0, rows);
  }
  copiers.set(columns[0], [...known, { columns: [...columns], kind, copy }]);
  return copy;
}
function generateCopier(columns) {
  const width = columns.length;
  const params = Array.from({ length: width }, (_, c) => `c${c}`);
  const body = params.map((p, c) => `t[o + ${c}] = ${p}[i];`).join("\n");
  const source = `return (t, start, count) => {
for (let i = start, o = 0, end = start + count; i < end; i++, o += ${width}) {
${body}
}
};`;
  return new Function(...params, source)(...columns);
}
function copyRowMajorLoop(target, columns, start, count) {
  const width = columns.length;
  for (let c = 0; c < width; c++) {
    const column = columns[c];
    for (let r = 0, o = c; r < count; r++, o += width) target[o] = column[start + r];
  }
}

// shared/model/feeds.ts
var INPUT_TYPES = ["float32", "float64", "int64", "int32"];
function planFeeds(signature, table2, features) {
  const inputs = signature.inputs;
  if (inputs.length === 0) throw new UserError("The model declares no inputs.", "model inputs", "Re-export the model with its feature input.");
  if (inputs.length === 1) {
    const input = inputs[0];
    const rank = Math.max(1, input.shape.length);
    const declared = rank >= 2 ? input.shape[1] : 1;
    if (typeof declared === "number" && declared > 0 && declared !== features.length) {
      throw new UserError(
        `The model's input "${input.name}" takes ${declared} feature${declared === 1 ? "" : "s"} per row, but ${table2.source} has ${features.length} feature columns: ${features.join(", ")}.`,
        table2.source,
        `Evaluate on data with exactly the ${declared} feature columns the model was trained on (plus the target), or drop the extra columns.`
      );
    }
    return [matrixFeed(input, features, rank, table2) ?? makeFeed(input, features, rank, table2)];
  }
  const missing2 = inputs.filter((i) => !findColumn(table2, i.name)).map((i) => i.name);
  if (missing2.length > 0) {
    throw new UserError(
      `The model has one input per feature, and ${missing2.length === 1 ? "the column" : "the columns"} ${missing2.map((m) => `"${m}"`).join(", ")} ${missing2.length === 1 ? "is" : "are"} missing from ${table2.source}.`,
      table2.source,
      `Add the missing columns. The model's inputs are: ${inputs.map((i) => i.name).join(", ")}; the data has: ${columnNames(table2).join(", ")}.`
    );
  }
  return inputs.map((input) => {
    const width = input.shape.length >= 2 ? input.shape[1] : 1;
    if (typeof width === "number" && width > 1) {
      throw new UserError(
        `The model's input "${input.name}" takes ${width} values per row, but a column holds one.`,
        "model inputs",
        "Export the model with one [N, 1] input per feature column, or one [N, k] input for all of them."
      );
    }
    return makeFeed(input, [input.name], Math.max(1, input.shape.length), table2);
  });
}
function makeFeed(input, names, rank, table2) {
  checkInputType(input, table2);
  const columns = names.map((name) => numericColumn(table2, name));
  const kind = input.type === "float64" ? Float64Array : input.type === "int32" ? Int32Array : Float32Array;
  return { from: "columns", name: input.name, type: input.type, columns, columnNames: names, width: columns.length, rank, copyRows: rowMajorCopier(columns, kind) };
}
function checkInputType(input, table2) {
  if (!INPUT_TYPES.includes(input.type)) {
    throw new UserError(
      `The model's input "${input.name}" has type ${input.type}; mlci feeds ${INPUT_TYPES.join(", ")} inputs from ${table2.source}.`,
      "model inputs",
      "Re-export the model with a float input (FloatTensorType in skl2onnx)."
    );
  }
}
function matrixFeed(input, features, rank, table2) {
  const matrix = table2.featureMatrix;
  if (!matrix || !features.some((name) => matrix.columns.includes(name))) return void 0;
  if (matrix.type !== input.type || matrix.columns.length !== features.length || matrix.columns.some((name, i) => name !== features[i])) {
    throw new Error(`${table2.source} was read with a ${matrix.type} feature matrix of ${matrix.columns.join(", ")}, which does not fit the model's input "${input.name}" (${input.type}: ${features.join(", ")}); read it without featureMatrix`);
  }
  if (matrix.textCell) {
    const { column, row: row2, text } = matrix.textCell;
    throw textCellError(table2, column, row2, text);
  }
  return { from: "matrix", name: input.name, type: input.type, columnNames: features, width: features.length, rank, matrix: matrix.data };
}
function allocateInput(feed, rows) {
  if (feed.from === "matrix") return void 0;
  const size = rows * feed.width;
  switch (feed.type) {
    case "float64":
      return new Float64Array(size);
    case "int64":
      return new BigInt64Array(size);
    case "int32":
      return new Int32Array(size);
    default:
      return new Float32Array(size);
  }
}
function numericColumn(table2, name) {
  const column = findColumn(table2, name);
  if (!column) throw new UserError(`The feature column "${name}" is not in ${table2.source}.`, table2.source, `Use columns from: ${columnNames(table2).join(", ")}.`);
  if (column.kind === "numeric") return column.values;
  const row2 = firstTextRow(column);
  throw textCellError(table2, name, row2, row2 === void 0 ? void 0 : column.values[row2]);
}
function textCellError(table2, column, row2, text) {
  return new UserError(
    `The feature column "${column}" holds text${row2 === void 0 ? "" : ` ("${text}" at ${describeRow(table2, row2)})`}, and the model takes numbers.`,
    row2 === void 0 ? table2.source : describeRow(table2, row2),
    "Encode the column as numbers before evaluation (or fix the cell if it is a typo), or exclude it from the features.",
    row2 === void 0 ? void 0 : { file: table2.source, ...table2.rowLines ? { line: table2.rowLines[row2] } : {} }
  );
}
function firstTextRow(column) {
  if (column.firstNonNumericRow !== void 0) return column.firstNonNumericRow;
  const row2 = column.values.findIndex((v) => v !== null && Number.isNaN(Number(v)));
  return row2 < 0 ? void 0 : row2;
}
function fillFeed(feed, buffer, table2, start, end) {
  const n = end - start;
  const dims = feed.rank === 1 ? [n] : [n, feed.width];
  if (feed.from === "matrix") return { name: feed.name, type: feed.type, data: feed.matrix.subarray(start * feed.width, end * feed.width), dims };
  const size = n * feed.width;
  if (feed.type === "int64") fillInt64(feed, buffer, table2, start, n);
  else feed.copyRows(buffer, start, n);
  const data = buffer.length === size ? buffer : buffer.subarray(0, size);
  return { name: feed.name, type: feed.type, data, dims };
}
function fillInt64(feed, buffer, table2, start, n) {
  const { width } = feed;
  for (let c = 0; c < width; c++) {
    const column = feed.columns[c];
    for (let r = 0, o = c; r < n; r++, o += width) {
      const value = column[start + r];
      if (!Number.isFinite(value)) {
        throw new UserError(
          `The feature column "${feed.columnNames[c]}" has a missing value at ${describeRow(table2, start + r)}, and the model's input "${feed.name}" is int64, which has no missing value.`,
          describeRow(table2, start + r),
          "Fill or drop rows with missing values before evaluation, or export the model with a float input."
        );
      }
      buffer[o] = BigInt(Math.trunc(value));
    }
  }
}
function featureMatrixRequest(signature, exclude) {
  const inputs = signature.inputs;
  if (inputs.length !== 1 || inputs[0].shape.length !== 2) return void 0;
  const type = inputs[0].type;
  return type === "float32" || type === "float64" ? { exclude, type } : void 0;
}

// shared/model/session.ts
import { readFile } from "node:fs/promises";

// shared/model/zipmap.ts
function exposeZipMapInputs(bytes, model) {
  const graphOutputs = new Set(model.graph.outputs.map((o) => o.name));
  const replacements = {};
  const added = new ProtoWriter();
  for (const node of model.graph.nodes) {
    if (node.opType !== "ZipMap" || node.domain !== "ai.onnx.ml") continue;
    const output = node.outputs[0];
    const input = node.inputs[0];
    if (!output || !input || !graphOutputs.has(output)) continue;
    replacements[output] = input;
    if (graphOutputs.has(input)) continue;
    graphOutputs.add(input);
    const classes = (attributeOf(node, "classlabels_int64s", "ints") ?? attributeOf(node, "classlabels_strings", "strings"))?.length;
    added.message(
      GraphField.output,
      (v) => writeValueInfo(v, { name: input, type: { kind: "tensor", elemType: "float32", shape: [null, classes ?? null] } })
    );
  }
  if (added.byteLength === 0) return { bytes, replacements };
  const graphPatch = new ProtoWriter().bytes(ModelField.graph, added.finish()).finish();
  const patched = new Uint8Array(bytes.length + graphPatch.length);
  patched.set(bytes);
  patched.set(graphPatch, bytes.length);
  return { bytes: patched, replacements };
}

// shared/model/batch-runner.ts
function mainThreadRunner(ort, session) {
  return {
    async run(inputs, fetches, targets) {
      const feeds = {};
      for (const input of inputs) feeds[input.name] = new ort.Tensor(input.type, input.data, input.dims);
      const wanted = {};
      for (const name of fetches) {
        const target = targets?.[name];
        wanted[name] = target ? new ort.Tensor(target.type, target.data, target.dims) : null;
      }
      let started = performance.now();
      let result;
      let placed = targets;
      try {
        result = await session.run(feeds, placed ? wanted : fetches);
      } catch (error) {
        if (!placed) throw error;
        placed = void 0;
        started = performance.now();
        result = await session.run(feeds, fetches);
      }
      const ms = performance.now() - started;
      const outputs = {};
      for (const name of fetches) outputs[name] = { dims: result[name].dims, data: placed?.[name]?.data ?? result[name].data };
      return { outputs, ms };
    }
  };
}

// shared/model/fixed-batch.ts
function declaredBatchSize(signature) {
  const sizes = signature.inputs.map((input) => input.shape[0]);
  const first = sizes[0];
  return typeof first === "number" && first > 0 && sizes.every((size) => size === first) ? first : void 0;
}
function padBatch(inputs, rows, size) {
  return inputs.map((input) => {
    const perRow = input.data.length / rows;
    const Kind = input.data.constructor;
    const data = new Kind(size * perRow);
    data.set(input.data);
    const last = input.data.subarray((rows - 1) * perRow, rows * perRow);
    for (let r = rows; r < size; r++) data.set(last, r * perRow);
    return { ...input, data, dims: [size, ...input.dims.slice(1)] };
  });
}
function trimOutputs(outputs, rows, size) {
  const trimmed = {};
  for (const [name, output] of Object.entries(outputs)) {
    const perRow = output.data.length / size;
    const data = Array.isArray(output.data) ? output.data.slice(0, rows * perRow) : output.data.subarray(0, rows * perRow);
    trimmed[name] = { dims: [rows, ...output.dims.slice(1)], data };
  }
  return trimmed;
}

// shared/model/latency-runs.ts
var FIRST_WARM_UP_ROWS = 1024;
var WHOLE_BATCH_WARM_UP_MS = 250;
var WARM_UP_MS = 5;
var MAX_WARM_UP_RUNS = 20;
var MIN_LATENCY_SAMPLES = 10;
var EXTRA_SAMPLES_MS = 50;
async function warmUp(run, batchRows) {
  if (batchRows === 0) return;
  let runs = 0;
  let spent = 0;
  let last = 0;
  const once = async (rows) => {
    last = await run(rows);
    spent += last;
    runs++;
  };
  const first = Math.min(batchRows, FIRST_WARM_UP_ROWS);
  await once(first);
  if (batchRows > first) {
    if (last * batchRows / first >= WHOLE_BATCH_WARM_UP_MS) return;
    await once(batchRows);
  }
  while (runs < MAX_WARM_UP_RUNS && spent + last < WARM_UP_MS) await once(batchRows);
}
async function extraLatencySamples(run, firstRows, passMs, batchMs, batchRows) {
  const budget = Math.max(EXTRA_SAMPLES_MS, passMs / 2);
  let spent = 0;
  let last = batchMs[0] ?? 0;
  while (batchMs.length > 0 && batchMs.length < MIN_LATENCY_SAMPLES && spent + last <= budget) {
    last = await run(firstRows);
    batchMs.push(last);
    batchRows.push(firstRows);
    spent += last;
  }
}

// shared/model/output-collector.ts
var OutputCollector = class {
  constructor(model, plan2, rows, scores = "probabilities") {
    this.model = model;
    this.plan = plan2;
    this.rows = rows;
    this.scores = scores;
    const fetchName = (name) => model.fetchNames[name] ?? name;
    this.fetch = {
      ...plan2.label ? { label: fetchName(plan2.label.name) } : {},
      ...plan2.probabilities ? { probabilities: fetchName(plan2.probabilities.name) } : {},
      ...plan2.values ? { values: fetchName(plan2.values.name) } : {}
    };
    const probabilities = plan2.probabilities;
    const width = probabilities?.shape[1];
    if (probabilities?.type === "float32" && probabilities.shape.length === 2 && typeof width === "number" && width >= 2 && this.fetch.probabilities === probabilities.name) {
      this.directColumns = width;
    }
    if (plan2.label?.type === "int64" && plan2.label.shape.length === 1 && this.fetch.label === plan2.label.name) this.labelScratch = new BigInt64Array(0);
    const values = plan2.values;
    if (values && (values.type === "float32" || values.type === "float64") && this.fetch.values === values.name) {
      if (values.shape.length === 1 || values.shape.length === 2 && values.shape[1] === 1) {
        this.directValueDims = values.shape.slice(1);
        this.values = values.type === "float64" ? new Float64Array(rows) : new Float32Array(rows);
      }
    }
  }
  model;
  plan;
  rows;
  scores;
  fetch;
  probabilities;
  columns;
  labels;
  values;
  classes;
  labelIndex;
  /** classes are 0..k-1, so an int64 label is its own index */
  identityClasses = false;
  /** probability columns, when the model declares a float32 [N, k] output onnxruntime can write in place */
  directColumns;
  /** when the model declares an int64 [N] label: the batch's labels, before they become indices */
  labelScratch;
  /** the dims after N of a declared float [N] or [N, 1] values output, written in place */
  directValueDims;
  fetchNames() {
    return Object.values(this.fetch);
  }
  /**
   * Where onnxruntime can write rows [start, end) of the outputs itself: the probabilities
   * straight into their final place, int64 labels into a scratch array reused by every batch.
   * Saves onnxruntime's allocation of its output tensors and a copy out of each.
   */
  targets(start, end) {
    const n = end - start;
    const targets = {};
    const k = this.directColumns;
    if (k !== void 0) {
      if (this.columns === void 0) this.start(k);
      targets[this.fetch.probabilities] = { type: "float32", data: this.probabilities.subarray(start * k, end * k), dims: [n, k] };
    }
    if (this.labelScratch) {
      if (this.labelScratch.length < n) this.labelScratch = new BigInt64Array(n);
      targets[this.fetch.label] = { type: "int64", data: this.labelScratch.subarray(0, n), dims: [n] };
    }
    if (this.directValueDims) {
      const values = this.values;
      const type = isArrayOf(values, "Float64Array") ? "float64" : "float32";
      targets[this.fetch.values] = { type, data: values.subarray(start, end), dims: [n, ...this.directValueDims] };
    }
    return Object.keys(targets).length > 0 ? targets : void 0;
  }
  collect(outputs, start, end) {
    const n = end - start;
    if (this.fetch.values) this.collectValues(outputs[this.fetch.values], start, n);
    if (this.fetch.probabilities) this.collectProbabilities(outputs[this.fetch.probabilities], start, n);
    if (this.fetch.label) this.collectLabels(outputs[this.fetch.label], start, n);
  }
  collectValues(tensor, start, n) {
    const data = tensor.data;
    if (data.length !== n) throw shapeError(this.fetch.values, tensor.dims, n, "one value per row");
    this.values ??= isArrayOf(data, "Float64Array") ? new Float64Array(this.rows) : new Float32Array(this.rows);
    if (!isInPlace(data, this.values, start)) this.values.set(data, start);
  }
  collectProbabilities(tensor, start, n) {
    const data = tensor.data;
    const width = n > 0 ? data.length / n : 0;
    if (!Number.isInteger(width) || width < 1) throw shapeError(this.fetch.probabilities, tensor.dims, n, "one row of probabilities per row");
    if (this.columns === void 0) this.start(width);
    const out = this.probabilities;
    const logits = this.scores === "logits";
    if (width === 1) {
      for (let r = 0, o = start * 2; r < n; r++, o += 2) {
        const p = logits ? sigmoid(data[r]) : data[r];
        out[o] = 1 - p;
        out[o + 1] = p;
      }
    } else {
      if (width !== this.columns) throw shapeError(this.fetch.probabilities, tensor.dims, n, `${this.columns} columns, as ${this.directColumns ? "the model declares" : "in the first batch"}`);
      if (!isInPlace(data, out, start * width)) out.set(data, start * width);
      if (logits) softmaxRows(out, start * width, n, width);
    }
  }
  /** sizes the outputs once the first batch shows the probability width */
  start(width) {
    const columns = Math.max(width, 2);
    this.columns = columns;
    this.probabilities = new Float32Array(this.rows * columns);
    this.labels = new Int32Array(this.rows);
    const declared = this.model.signature.classLabels;
    if (declared && declared.length !== columns) {
      throw new UserError(
        `The model declares ${declared.length} class labels but its probability output has ${columns} columns.`,
        this.model.path,
        "Re-export the model so that its class labels match its probability columns."
      );
    }
    this.classes = declared ?? Array.from({ length: columns }, (_, i) => i);
    this.labelIndex = new Map(this.classes.map((c, i) => [c, i]));
    this.identityClasses = this.classes.every((c, i) => c === i);
  }
  collectLabels(tensor, start, n) {
    const data = tensor.data;
    if (data.length !== n) throw shapeError(this.fetch.label, tensor.dims, n, "one label per row");
    const labels = this.labels;
    if (isArrayOf(data, "BigInt64Array") && this.identityClasses && int64IndicesInto(data, labels, start, this.columns)) return;
    const index = this.labelIndex;
    for (let r = 0; r < n; r++) {
      const raw = data[r];
      const key = typeof raw === "bigint" ? Number(raw) : raw;
      const at = index.get(key);
      if (at === void 0) {
        throw new UserError(
          `The model predicted the label ${JSON.stringify(String(key))}, which is not among its classes (${this.classes.join(", ")}).`,
          this.model.path,
          "Re-export the model so that its label output and its declared classes agree."
        );
      }
      labels[start + r] = at;
    }
  }
  finish() {
    const { task } = this.plan;
    if (task === "regression") return { task, rowCount: this.rows, values: this.values ?? new Float32Array(0) };
    if (this.columns === void 0) this.start(this.plan.probabilityColumns ?? 2);
    if (!this.fetch.label) argmaxRows(this.probabilities, this.columns, this.labels);
    return { task, rowCount: this.rows, classes: this.classes, labels: this.labels, probabilities: this.probabilities };
  }
};
function int64IndicesInto(data, labels, start, classes) {
  const n = data.length;
  const halves = new Int32Array(data.buffer, data.byteOffset, n * 2);
  for (let r = 0, h = 0, at = start; r < n; r++, h += 2, at++) {
    const low = halves[h];
    if (halves[h + 1] !== 0 || low >>> 0 >= classes) return false;
    labels[at] = low;
  }
  return true;
}
function argmaxRows(probabilities, columns, labels) {
  for (let r = 0, o = 0; r < labels.length; r++, o += columns) {
    let best = 0;
    for (let c = 1; c < columns; c++) if (probabilities[o + c] > probabilities[o + best]) best = c;
    labels[r] = best;
  }
}
function isInPlace(data, whole, offset) {
  return data.buffer === whole.buffer && data.byteOffset === whole.byteOffset + offset * whole.BYTES_PER_ELEMENT;
}
function isArrayOf(data, tag) {
  return ArrayBuffer.isView(data) && data[Symbol.toStringTag] === tag;
}
function shapeError(output, dims, rows, expected) {
  return new UserError(
    `The model's output "${output}" has shape [${dims.join(", ")}] for a batch of ${rows} rows; mlci expects ${expected}.`,
    "model outputs",
    "Export the model with a batch dimension first in every output, or set the task input if mlci picked the wrong output."
  );
}

// shared/model/task.ts
var LABEL_NAMES = ["label", "output_label", "labels", "predicted_label"];
var PROBABILITY_NAMES = ["probabilities", "output_probability", "probability", "probabilities_output", "scores", "probs"];
var VALUE_NAMES = ["variable", "predictions", "prediction", "output", "predicted", "value"];
var FLOAT_TYPES = /* @__PURE__ */ new Set(["float32", "float64", "float16"]);
function planOutputs(signature, override) {
  const byName = (names) => {
    for (const name of names) {
      const output = signature.outputs.find((o) => o.name.toLowerCase() === name);
      if (output) return output;
    }
    return void 0;
  };
  const label = byName(LABEL_NAMES);
  let probabilities = byName(PROBABILITY_NAMES);
  let values = byName(VALUE_NAMES);
  if (values && !oneValuePerRow(values)) values = void 0;
  const floats = signature.outputs.filter((o) => FLOAT_TYPES.has(o.type));
  const classifier = override === "binary" || override === "multiclass";
  if (classifier && !probabilities && floats.length === 1 && values?.name.toLowerCase() !== "variable") values = void 0;
  if (!probabilities && !values && floats.length === 1) {
    const only = floats[0];
    if (override === "binary" || override === "multiclass" || !override && label) probabilities = only;
    else if (override === "regression" || oneValuePerRow(only)) values = only;
  }
  const columns = probabilities ? probabilityColumns(probabilities, signature) : void 0;
  const classifierTask = probabilities ? columns === void 0 ? void 0 : columns <= 2 ? "binary" : "multiclass" : void 0;
  const outputs = describeOutputs(signature);
  if (override === "regression") {
    if (!values) throw cannotTell(`The model has no output that looks like regression values (outputs: ${outputs}).`, 'Name the prediction output "variable" or "predictions", or set task to the kind of model it is.');
    return { task: "regression", values };
  }
  if (override === "binary" || override === "multiclass") {
    if (!probabilities) {
      throw cannotTell(
        `The model has no probability output, which ${override} evaluation needs (outputs: ${outputs}).`,
        "Export the classifier with its probabilities (for skl2onnx, keep the default probability output), or set task to regression if it is a regressor."
      );
    }
    if (columns !== void 0 && override === "binary" !== columns <= 2) {
      throw new UserError(
        `task is ${override}, but the model's probability output "${probabilities.name}" has ${columns} columns.`,
        "input task",
        `Set task to ${columns <= 2 ? "binary" : "multiclass"}, or leave it empty to infer it.`
      );
    }
    return plan(override, label, probabilities, columns);
  }
  if (probabilities) {
    if (!classifierTask) {
      throw cannotTell(`The model's probability output "${probabilities.name}" does not declare how many classes it has.`, "Set task to binary or multiclass.");
    }
    return plan(classifierTask, label, probabilities, columns);
  }
  if (values && !label) return { task: "regression", values };
  if (label) {
    throw cannotTell(
      `The model outputs labels ("${label.name}") but no probabilities, which classification metrics need (outputs: ${outputs}).`,
      "Export the classifier with its probability output."
    );
  }
  throw cannotTell(
    `mlci cannot tell what the model predicts from its outputs (${outputs}).`,
    'Set task to binary, multiclass or regression; classifiers should output "label" and "probabilities", regressors "variable".'
  );
}
function plan(task, label, probabilities, columns) {
  return { task, probabilities, ...label ? { label } : {}, ...columns !== void 0 ? { probabilityColumns: columns } : {} };
}
function probabilityColumns(output, signature) {
  const last = lastDim(output);
  if (typeof last === "number" && last > 0 && output.shape.length >= 2) return last;
  if (output.shape.length === 1 && output.type !== "sequence<map>") return 1;
  return signature.classLabels?.length;
}
function oneValuePerRow(output) {
  return output.shape.length <= 1 || output.shape.length === 2 && typeof output.shape[1] !== "number" || output.shape[1] === 1;
}
function lastDim(output) {
  return output.shape[output.shape.length - 1];
}
function describeOutputs(signature) {
  return signature.outputs.map((o) => `${o.name}: ${o.type}[${o.shape.join(", ")}]`).join("; ") || "none";
}
function cannotTell(what, fix) {
  return new UserError(what, "model outputs", fix);
}

// shared/model/timing.ts
function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}
function summarizeTiming(batchMs, batchRows, batchSize, totalMs, passBatches = batchMs.length) {
  const batches = Float64Array.from(batchMs).sort();
  const perRow = Float64Array.from(batchMs, (ms, i) => ms / Math.max(1, batchRows[i])).sort();
  const rows = batchRows.slice(0, passBatches).reduce((a, b) => a + b, 0);
  return {
    batchSize,
    batches: passBatches,
    latencySamples: batchMs.length,
    batchLatencyP50: percentile(batches, 0.5),
    batchLatencyP95: percentile(batches, 0.95),
    rowLatencyP50: percentile(perRow, 0.5),
    rowLatencyP95: percentile(perRow, 0.95),
    rowsPerSecond: totalMs > 0 ? rows * 1e3 / totalMs : 0,
    totalMs
  };
}

// shared/model/predict.ts
var DEFAULT_BATCH_SIZE = 65536;
async function predict(model, table2, options = {}) {
  const excluded = /* @__PURE__ */ new Set([...options.target ? [options.target] : [], ...options.excludeColumns ?? []]);
  const features = options.featureColumns ?? columnNames(table2).filter((n) => !excluded.has(n));
  const fixedBatch = declaredBatchSize(model.signature);
  const batchSize = fixedBatch ?? Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const rows = table2.rowCount;
  const plan2 = planOutputs(model.signature, options.task);
  const feeds = planFeeds(model.signature, table2, features);
  const collector = new OutputCollector(model, plan2, rows, options.scores);
  const fetches = collector.fetchNames();
  const runner = mainThreadRunner(model.ort, model.session);
  const capacity = Math.min(batchSize, Math.max(rows, 1));
  const buffers = feeds.map((feed) => allocateInput(feed, capacity));
  const run = async (start, end, targets) => {
    const n = end - start;
    const inputs = feeds.map((feed, i) => fillFeed(feed, buffers[i], table2, start, end));
    try {
      if (fixedBatch === void 0 || n === fixedBatch) return await runner.run(inputs, fetches, targets);
      const padded = await runner.run(padBatch(inputs, n, fixedBatch), fetches);
      return { ...padded, outputs: trimOutputs(padded.outputs, n, fixedBatch) };
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(
        `onnxruntime could not run ${model.path} on rows ${start + 1} to ${end} of ${table2.source}: ${describeError(error)}`,
        model.path,
        "Check that the model runs on this data with onnxruntime elsewhere; a dimension error usually means the model was exported with fixed input sizes (export it with a dynamic batch axis, as dynamic_axes in torch.onnx.export)."
      );
    }
  };
  const firstBatch = Math.min(rows, batchSize);
  const runFirst = async (n) => (await run(0, n)).ms;
  await warmUp(runFirst, firstBatch);
  const batchMs = [];
  const batchRows = [];
  const started = performance.now();
  for (let start = 0; start < rows; start += batchSize) {
    const end = Math.min(rows, start + batchSize);
    const { outputs, ms } = await run(start, end, collector.targets(start, end));
    collector.collect(outputs, start, end);
    batchMs.push(ms);
    batchRows.push(end - start);
  }
  const totalMs = performance.now() - started;
  const batches = batchMs.length;
  await extraLatencySamples(runFirst, firstBatch, totalMs, batchMs, batchRows);
  const timing = summarizeTiming(batchMs, batchRows, batchSize, totalMs, batches);
  return { predictions: collector.finish(), timing: fixedBatch === void 0 ? timing : { ...timing, fixedBatchSize: fixedBatch } };
}

// shared/model/session.ts
var NO_SPIN_OPTIONS = { extra: { session: { intra_op: { allow_spinning: "0" }, inter_op: { allow_spinning: "0" } } } };
async function loadModel(path, options) {
  const bytes = await readFile(path).catch((err) => {
    throw new UserError(
      err.code === "ENOENT" ? `The model file ${path} does not exist.` : `The model file ${path} cannot be read: ${describeError(err)}`,
      path,
      "Check the model path (relative paths start at the repository root) and that an earlier step produced the file."
    );
  });
  const model = decodeOnnxFile(bytes, path);
  const { bytes: runnable, replacements } = exposeZipMapInputs(bytes, model);
  const sessionSource = runnable === bytes ? path : runnable;
  const sessionOptions = options.sessionOptions ?? NO_SPIN_OPTIONS;
  let session;
  try {
    session = typeof sessionSource === "string" ? await options.ort.InferenceSession.create(sessionSource, sessionOptions) : await options.ort.InferenceSession.create(sessionSource, sessionOptions);
  } catch (err) {
    throw new UserError(
      `onnxruntime cannot load ${path}: ${describeError(err)}`,
      path,
      "Re-export the model with an opset and operators onnxruntime supports (opset \u2264 22 is safe), and check that it loads with onnxruntime in Python."
    );
  }
  return {
    path,
    sizeBytes: bytes.length,
    sha256: sha256Bytes(bytes),
    signature: signatureOf(model),
    session,
    ort: options.ort,
    fetchNames: replacements
  };
}
function decodeOnnxFile(bytes, path) {
  const notOnnx = (why) => new UserError(
    `${path} is not a complete ONNX model: ${why}.`,
    path,
    "The file is truncated or is not ONNX. Re-export the model (for scikit-learn, with skl2onnx) and, if it is stored with Git LFS, make sure the checkout fetched the real file (actions/checkout with lfs: true)."
  );
  if (bytes.length === 0) throw notOnnx("the file is empty");
  if (looksLikeLfsPointer(bytes)) throw notOnnx("it is a Git LFS pointer, not the model itself");
  let model;
  try {
    model = decodeModel(bytes);
  } catch (err) {
    if (err instanceof ProtoDecodeError) throw notOnnx(`its bytes end or break off mid-message (${err.message}; the file has ${bytes.length} bytes)`);
    throw err;
  }
  if (!model.irVersion || model.opsetImports.length === 0 || model.graph.outputs.length === 0) {
    throw notOnnx("it decodes, but has no IR version, opset or graph outputs");
  }
  return model;
}
function looksLikeLfsPointer(bytes) {
  const prefix = "version https://git-lfs";
  return bytes.length < 1024 && Buffer.from(bytes.subarray(0, prefix.length)).toString("latin1") === prefix;
}

// shared/evaluate/targets.ts
function encodeClassTarget(table2, target, classes) {
  const index = /* @__PURE__ */ new Map();
  classes.forEach((c, i) => index.set(String(c), i));
  const out = new Int32Array(table2.rowCount);
  for (let row2 = 0; row2 < table2.rowCount; row2++) {
    const raw = target.values[row2];
    if (raw === null || typeof raw === "number" && Number.isNaN(raw)) {
      throw new UserError(`The target column "${target.name}" is empty at ${describeRow(table2, row2)}.`, describeRow(table2, row2), "Fill in the label or drop the row before evaluation.", locationOf(table2, row2));
    }
    const key = String(raw);
    const cls = index.get(key);
    if (cls === void 0) {
      throw new UserError(
        `The target value "${key}" at ${describeRow(table2, row2)} is not one of the classes the model predicts (${classes.map(String).join(", ")}).`,
        describeRow(table2, row2),
        "Check that the target column and the model belong together, or remove rows of classes the model was not trained on.",
        locationOf(table2, row2)
      );
    }
    out[row2] = cls;
  }
  return out;
}
function encodeRegressionTarget(table2, target) {
  if (target.kind !== "numeric") {
    const row2 = target.firstNonNumericRow ?? target.values.findIndex((v) => v !== null && Number.isNaN(Number(v)));
    throw new UserError(
      `The target column "${target.name}" holds text ("${target.values[row2]}" at ${describeRow(table2, row2)}), but a regression model predicts numbers.`,
      describeRow(table2, row2),
      "Fix the cell, or pass task: binary/multiclass if this is a classification target.",
      locationOf(table2, row2)
    );
  }
  for (let row2 = 0; row2 < table2.rowCount; row2++) {
    if (Number.isNaN(target.values[row2])) {
      throw new UserError(`The target column "${target.name}" is empty at ${describeRow(table2, row2)}.`, describeRow(table2, row2), "Fill in the value or drop the row before evaluation.", locationOf(table2, row2));
    }
  }
  return target.values;
}
function locationOf(table2, row2) {
  const line = table2.rowLines?.[row2];
  return line === void 0 ? void 0 : { file: table2.source, line };
}

// shared/evaluate/quality.ts
function rowCount(weights) {
  let n = 0;
  for (let i = 0; i < weights.length; i++) n += weights[i];
  return n;
}
function measureQuality(request) {
  const { candidate, baseline, bootstrap } = request;
  const { task } = candidate;
  const names = defaultMetricNames(task, candidate.inputs);
  const candidateMetrics = prepareMetrics(task, candidate.inputs, names);
  const metrics = candidateMetrics();
  const directions = {};
  for (const name of names) directions[name] = metricDirection(name);
  const resample = bootstrap.resamples > 0;
  let intervals = {};
  let baselineMetrics;
  let baselineEvaluator;
  let deltas = {};
  if (baseline) {
    const baselineNames = new Set(defaultMetricNames(task, baseline.inputs));
    const shared = names.filter((n) => baselineNames.has(n));
    baselineEvaluator = prepareMetrics(task, baseline.inputs, shared);
    baselineMetrics = baselineEvaluator();
    if (resample) {
      ({ intervals, deltas } = bootstrapAgainstBaseline(
        { inputs: candidate.inputs, evaluate: candidateMetrics, names },
        { inputs: baseline.inputs, evaluate: baselineEvaluator, names: shared },
        bootstrap
      ));
    } else deltas = metricDeltas(metrics, baselineMetrics);
  } else {
    if (resample) intervals = bootstrapIntervals(task, candidate.inputs, bootstrap, names);
    if (request.baselineMetrics) {
      baselineMetrics = request.baselineMetrics;
      deltas = metricDeltas(metrics, baselineMetrics);
    }
  }
  const confusionMatrix = task === "regression" ? void 0 : computeConfusionMatrix(candidate.inputs, candidate.classes);
  const slices = request.slices?.map(({ value, weights }) => ({
    value,
    rows: rowCount(weights),
    metrics: candidateMetrics(weights),
    ...baselineEvaluator ? { baseline: baselineEvaluator(weights) } : {}
  }));
  return { metrics, baseline: baselineMetrics, intervals, deltas, directions, confusionMatrix, slices };
}

// shared/evaluate/baseline-metrics.ts
import { readFile as readFile2 } from "node:fs/promises";
async function readBaselineMetrics(path) {
  let parsed;
  try {
    parsed = JSON.parse(await readFile2(path, "utf8"));
  } catch (err) {
    throw new UserError(`The baseline metrics file ${path} is not valid JSON: ${err.message}.`, path, "Pass the metrics.json of an earlier mlci evaluation, or a JSON object of metric name \u2192 number.");
  }
  const source = parsed && typeof parsed === "object" && "metrics" in parsed ? parsed.metrics : parsed;
  if (!source || typeof source !== "object" || Array.isArray(source)) {
    throw new UserError(`The baseline metrics file ${path} holds no metrics object.`, path, 'Write it as {"accuracy": 0.95, ...} or pass an mlci metrics.json.');
  }
  const metrics = {};
  for (const [name, value] of Object.entries(source)) {
    if (typeof value === "number" && Number.isFinite(value)) metrics[name] = value;
  }
  if (Object.keys(metrics).length === 0) {
    throw new UserError(`The baseline metrics file ${path} has no numeric metrics.`, path, 'Write metric values as numbers, e.g. {"accuracy": 0.95}.');
  }
  return metrics;
}

// shared/gate/load-policy.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);

// shared/gate/policy-error.ts
function policyError(file, line, what, fix) {
  return new UserError(what, line ? `${file}:${line}` : file, fix, { file, ...line ? { line } : {} });
}

// shared/gate/policy-schema.ts
var NUMBER = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?`;
var PERCENT_PATTERN = String.raw`^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*%\s*$`;
var SHORTHAND_PATTERN = String.raw`^\s*(>=|<=|≥|≤)\s*(${NUMBER})\s*$`;
var METRIC_NAME_PATTERN = "^[A-Za-z][A-Za-z0-9_]*$";
var relativeLimit = {
  anyOf: [
    { type: "number", minimum: 0 },
    { type: "string", pattern: PERCENT_PATTERN }
  ]
};
var metricRules = {
  if: { type: "string" },
  then: { type: "string", pattern: SHORTHAND_PATTERN },
  else: {
    type: "object",
    additionalProperties: false,
    minProperties: 1,
    properties: {
      min: { type: "number" },
      max: { type: "number" },
      max_drop: { type: "number", minimum: 0 },
      max_relative_drop: relativeLimit,
      min_gain: { type: "number", minimum: 0 },
      min_relative_gain: relativeLimit,
      direction: { enum: ["higher", "lower"] },
      significance: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 }
    }
  }
};
var metricMap = {
  type: "object",
  propertyNames: { pattern: METRIC_NAME_PATTERN },
  additionalProperties: metricRules
};
var BUDGET_KEYS = ["latency_p95_ms_per_batch", "latency_p95_ms_per_row", "model_size_mb", "min_rows_per_second"];
var gatePolicySchema = {
  title: "mlci gate policy",
  type: "object",
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    significance: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
    fail_on_missing_metric: { type: "boolean" },
    metrics: metricMap,
    budgets: {
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(BUDGET_KEYS.map((key) => [key, { type: "number", exclusiveMinimum: 0 }]))
    },
    slices: {
      type: "object",
      additionalProperties: false,
      required: ["column"],
      properties: {
        column: { type: "string", minLength: 1 },
        min_rows: { type: "integer", minimum: 0 },
        every_slice: metricMap,
        values: { type: "object", additionalProperties: metricMap }
      }
    }
  }
};

// shared/gate/schema-errors.ts
function schemaError(errors, file, locator) {
  const explained = errors.flatMap((error) => explain(error, errors, file, locator) ?? []);
  explained.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
  const first = explained[0];
  if (!first) return policyError(file, 1, "The gate policy does not match its format.", "See docs/gate-policy.md for the keys a policy may use.");
  const others = new Set(explained.map((e) => e.location?.line)).size - 1;
  if (others > 0) {
    return policyError(file, first.location?.line, `${first.what} (The file has ${others} more problem${others === 1 ? "" : "s"} after this one.)`, first.fix ?? "");
  }
  return first;
}
function explain(error, all, file, locator) {
  const path = pointerToPath(error.instancePath);
  const name = path.length ? `"${path.join(".")}"` : "the top level";
  const value = error.data;
  const at = (line, what, fix) => policyError(file, line, what, fix);
  if (error.keyword === "if") return void 0;
  if (insideAnyOf(error, all)) return void 0;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys(error.parentSchema.properties ?? {});
      return at(
        locator.keyLine([...path, key]),
        `Unknown key "${key}" in ${name}.${didYouMean(key, allowed)}`,
        `Use one of: ${allowed.join(", ")}.`
      );
    }
    case "propertyNames": {
      const key = String(error.params.propertyName);
      return at(
        locator.keyLine([...path, key]),
        `"${key}" in ${name} is not a metric name.`,
        "Metric names are letters, digits and underscores, as scikit-learn names them (accuracy, f1_macro, log_loss, ...)."
      );
    }
    case "pattern":
      if (error.propertyName !== void 0) return void 0;
      return at(
        locator.valueLine(path),
        `${name} is "${String(value)}", which is not a rule.`,
        'Write a shorthand such as ">= 0.9" or "<= 0.2" (only >= and <=), or a mapping such as { min: 0.9, max_drop: 0.01 }.'
      );
    case "anyOf":
      return at(
        locator.valueLine(path),
        `${name} is ${JSON.stringify(value)}, not a relative limit.`,
        'Write a fraction such as 0.05 or a percentage such as "5%".'
      );
    case "type": {
      const expected = String(error.params.type);
      if (error.schemaPath.endsWith("/else/type")) {
        return at(
          locator.valueLine(path),
          `The rules of ${name} are ${describeValue(value)}, not a mapping of rules.`,
          'Write a mapping such as { min: 0.9, max_drop: 0.01 } or a shorthand string such as ">= 0.9".'
        );
      }
      return at(
        locator.valueLine(path),
        `${name} is ${describeValue(value)}, but it must be ${article(expected)} ${expected === "integer" ? "whole number" : expected}.`,
        TYPE_FIXES[expected] ?? "See docs/gate-policy.md for the format."
      );
    }
    case "enum":
    case "const": {
      const allowed = error.keyword === "enum" ? error.params.allowedValues : [error.params.allowedValue];
      return at(locator.valueLine(path), `${name} is ${JSON.stringify(value)}, which is not allowed.${didYouMean(String(value), allowed.map(String))}`, `Use one of: ${allowed.map(String).join(", ")}.`);
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const { comparison, limit } = error.params;
      return at(locator.valueLine(path), `${name} is ${JSON.stringify(value)}, but it must be ${comparison} ${limit}.`, rangeFix(path));
    }
    case "required": {
      const missing2 = String(error.params.missingProperty);
      return at(locator.keyLine(path), `${name} needs the key "${missing2}".`, missing2 === "column" ? "Name the slice column, e.g. column: region (the same as the slice-column input of evaluate-gate)." : `Add ${missing2}.`);
    }
    case "minProperties":
      return at(locator.keyLine(path), `${name} sets no rules.`, "Give it at least one rule, e.g. { min: 0.9 }, or remove it.");
    default:
      return at(locator.valueLine(path), `${name} ${error.message ?? "is not valid"}.`, "See docs/gate-policy.md for the format.");
  }
}
var TYPE_FIXES = {
  number: "Write a number such as 0.9, without quotes.",
  integer: "Write a whole number such as 30.",
  boolean: "Write true or false.",
  string: "Write text, such as the name of a column.",
  object: "Write a mapping of keys to values, one per line, indented below it."
};
function rangeFix(path) {
  const key = path[path.length - 1];
  if (key === "significance") return "Use a significance level (alpha) between 0 and 1, such as 0.05.";
  if (key === "max_drop" || key === "min_gain") return "Write the amount as a positive number: the metric's direction decides which way is worse.";
  if (key === "min_rows") return "Use a whole number of rows, 0 or more.";
  return "Budgets are positive numbers: milliseconds, megabytes (1 MB = 1,000,000 bytes) or rows per second.";
}
function insideAnyOf(error, all) {
  if (error.keyword === "anyOf") return false;
  return all.some((other) => other.keyword === "anyOf" && other.instancePath === error.instancePath && error.schemaPath.startsWith(other.schemaPath.replace(/\/anyOf$/, "/anyOf/")));
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function describeValue(value) {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text "${value}"`;
  return `${typeof value} ${String(value)}`;
}
function article(word) {
  return /^[aeiou]/.test(word) ? "an" : "a";
}

// shared/gate/load-policy.ts
async function loadGatePolicy(path) {
  const text = await readConfigFile(path, { what: "gate policy", input: "policy", fix: "Set policy to the path of your policy file relative to the repository root (e.g. .mlci/gate.yml), or leave it empty to gate nothing." });
  return parseGatePolicy(text, path);
}
function parseGatePolicy(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    const unquotedShorthand = /:\s*>=?\s*[-+.\d]/.test(text.split("\n")[line - 1] ?? "");
    throw policyError(
      file,
      line,
      `The gate policy is not valid YAML: ${yamlError.message.split("\n")[0]}`,
      unquotedShorthand ? 'Quote the shorthand, as in accuracy: ">= 0.9" (YAML takes an unquoted > for the start of a block of text).' : "Fix the YAML syntax at that line (indentation, a missing colon, a duplicated key)."
    );
  }
  const raw = doc.toJS({ maxAliasCount: 100 });
  if (raw === null || raw === void 0) {
    throw policyError(file, 1, "The gate policy is empty.", "Add rules (see docs/gate-policy.md), or leave the policy input empty to gate nothing.");
  }
  const locator = new YamlLocator(doc, lineCounter);
  const validate = policyValidator();
  if (!validate(raw)) throw schemaError(validate.errors ?? [], file, locator);
  return new PolicyBuilder(file, locator).build(raw);
}
var compiled;
function policyValidator() {
  compiled ??= new import_ajv.Ajv({ allErrors: true, verbose: true, strict: true, strictNumbers: true }).compile(gatePolicySchema);
  return compiled;
}
var CHANGE_KEYS = ["max_drop", "max_relative_drop", "min_gain", "min_relative_gain"];
var RELATIVE_KEYS = ["max_relative_drop", "min_relative_gain"];
var PolicyBuilder = class {
  constructor(file, locator) {
    this.file = file;
    this.locator = locator;
  }
  file;
  locator;
  directions = {};
  directionLines = {};
  build(raw) {
    this.collectDirections(raw.metrics, ["metrics"]);
    this.collectDirections(raw.slices?.every_slice, ["slices", "every_slice"]);
    for (const [value, map] of Object.entries(raw.slices?.values ?? {})) this.collectDirections(map, ["slices", "values", value]);
    const policy = {
      file: this.file,
      significance: raw.significance ?? null,
      failOnMissingMetric: raw.fail_on_missing_metric ?? true,
      directions: this.directions,
      metrics: this.ruleSets(raw.metrics, ["metrics"]),
      budgets: this.budgets(raw.budgets),
      slices: this.slices(raw.slices)
    };
    const ruleCount = policy.metrics.length + policy.budgets.length + (policy.slices ? policy.slices.everySlice.length + policy.slices.values.reduce((n, v) => n + v.rules.length, 0) : 0);
    if (ruleCount === 0) {
      throw policyError(this.file, 1, "The gate policy sets no rules.", "Add metrics, budgets or slices rules (see docs/gate-policy.md), or leave the policy input empty to gate nothing.");
    }
    return policy;
  }
  collectDirections(map, path) {
    for (const [metric, rules] of Object.entries(map ?? {})) {
      if (typeof rules !== "object" || rules.direction === void 0) continue;
      const direction = rules.direction;
      const line = this.locator.valueLine([...path, metric, "direction"]);
      const earlier = this.directions[metric];
      if (earlier && earlier !== direction) {
        throw policyError(this.file, line, `The direction of ${metric} is "${direction}" here but "${earlier}" at line ${this.directionLines[metric]}.`, "A metric improves one way only: give it the same direction everywhere, or only once.");
      }
      this.directions[metric] = direction;
      this.directionLines[metric] = line;
    }
  }
  ruleSets(map, path) {
    return Object.entries(map ?? {}).map(([metric, rules]) => this.ruleSet(metric, rules, [...path, metric]));
  }
  ruleSet(metric, rules, path) {
    const line = this.locator.keyLine(path);
    if (!isBuiltinMetric(metric) && !this.directions[metric]) {
      throw policyError(
        this.file,
        line,
        `Unknown metric "${metric}" in "${path.slice(0, -1).join(".")}".${didYouMean(metric, BUILTIN_METRICS)}`,
        `Use a metric mlci computes (${BUILTIN_METRICS.join(", ")}), or give a custom metric its direction: ${metric}: { direction: higher, min: ... }.`
      );
    }
    const set = { metric, line, thresholds: [], changes: [] };
    if (typeof rules === "string") {
      const [, op, number] = new RegExp(SHORTHAND_PATTERN).exec(rules);
      set.thresholds.push({ kind: "threshold", bound: op === ">=" || op === "\u2265" ? "min" : "max", limit: Number(number), line: this.locator.valueLine(path) });
      return set;
    }
    for (const bound of ["min", "max"]) {
      if (typeof rules[bound] === "number") set.thresholds.push({ kind: "threshold", bound, limit: rules[bound], line: this.locator.keyLine([...path, bound]) });
    }
    this.checkMinBelowMax(set.thresholds, path);
    for (const limitType of CHANGE_KEYS) {
      const value = rules[limitType];
      if (value === void 0) continue;
      const keyPath = [...path, limitType];
      const limit = RELATIVE_KEYS.includes(limitType) ? this.relativeLimit(value, keyPath) : value;
      set.changes.push({ kind: "change", limitType, limit, line: this.locator.keyLine(keyPath) });
    }
    if (typeof rules.significance === "number") set.significance = rules.significance;
    if (set.thresholds.length + set.changes.length === 0) {
      throw policyError(this.file, line, `"${path.join(".")}" sets no rule, only ${Object.keys(rules).join(" and ")}.`, "Add a rule such as min, max, max_drop or min_gain, or remove the entry.");
    }
    return set;
  }
  checkMinBelowMax(thresholds, path) {
    const min = thresholds.find((t) => t.bound === "min");
    const max = thresholds.find((t) => t.bound === "max");
    if (min && max && min.limit > max.limit) {
      throw policyError(this.file, max.line, `"${path.join(".")}" has min ${min.limit} above max ${max.limit}: no value can pass.`, "Swap them, or fix the one that is wrong.");
    }
  }
  /** "5%" → 0.05; a bare number is a fraction, and one of 1 or more is most likely a percentage. */
  relativeLimit(value, path) {
    if (typeof value === "string") {
      if (!new RegExp(PERCENT_PATTERN).test(value)) throw new Error(`schema let through relative limit ${value}`);
      return Number(value.replace("%", "").trim()) / 100;
    }
    if (value >= 1) {
      throw policyError(
        this.file,
        this.locator.valueLine(path),
        `"${path.join(".")}" is ${value}, which as a fraction means ${value * 100}%.`,
        `Relative limits are fractions (0.05 = 5%). Write "${value}%" for ${value} percent, or "${value * 100}%" if you really mean ${value * 100} percent.`
      );
    }
    return value;
  }
  budgets(raw) {
    return Object.entries(raw ?? {}).map(([budget, limit]) => ({ budget, limit, line: this.locator.keyLine(["budgets", budget]) }));
  }
  slices(raw) {
    if (!raw) return null;
    return {
      column: raw.column,
      minRows: raw.min_rows ?? 0,
      line: this.locator.keyLine(["slices"]),
      everySlice: this.ruleSets(raw.every_slice, ["slices", "every_slice"]),
      values: Object.entries(raw.values ?? {}).map(([value, map]) => ({
        value,
        line: this.locator.keyLine(["slices", "values", value]),
        rules: this.ruleSets(map, ["slices", "values", value])
      }))
    };
  }
};

// shared/evaluate/evaluate-model.ts
async function identifyFile(path) {
  return { path, sha256: await sha256File(path), sizeBytes: (await stat(path)).size };
}
function targetColumn(table2, target) {
  const column = findColumn(table2, target);
  if (!column) {
    throw new UserError(
      `The target column "${target}" is not in ${table2.source}.`,
      table2.source,
      `Set target to one of: ${columnNames(table2).join(", ")}.`
    );
  }
  return column;
}
function qualityInputs(table2, target, predictions) {
  const column = targetColumn(table2, target);
  if (predictions.task === "regression") {
    return { task: "regression", inputs: { yTrue: encodeRegressionTarget(table2, column), yPred: predictions.values } };
  }
  const classes = predictions.classes;
  return {
    task: predictions.task,
    classes,
    inputs: { yTrue: encodeClassTarget(table2, column, classes), yPred: predictions.labels, proba: predictions.probabilities, classCount: classes.length }
  };
}
function operationalFigures(timing, modelSizeBytes) {
  return { ...timing, modelSizeBytes };
}
async function kindOfBaseline(path) {
  if (!(await stat(path).catch(() => null))?.isFile()) {
    throw new UserError(`The baseline ${path} does not exist.`, "input baseline", "Pass an ONNX model or a metrics.json from an earlier evaluation, or leave baseline empty.");
  }
  return path.toLowerCase().endsWith(".json") ? "metrics" : "model";
}
function sharedFeatureMatrix(models, exclude) {
  const requests = models.map((model) => featureMatrixRequest(model.signature, exclude));
  const first = requests[0];
  return first && requests.every((r) => r?.type === first.type) ? first : void 0;
}
async function evaluateModel(options) {
  const { logger } = options;
  const excluded = [options.target, ...options.sliceColumn ? [options.sliceColumn] : []];
  const policy = options.policy ? await loadGatePolicy(options.policy) : null;
  const candidateModel = await loadModel(options.model, { ort: options.ort });
  const baselineKind = options.baseline ? await kindOfBaseline(options.baseline) : void 0;
  const baselineModel = baselineKind === "model" ? await loadModel(options.baseline, { ort: options.ort }) : void 0;
  const featureMatrix = sharedFeatureMatrix([candidateModel, ...baselineModel ? [baselineModel] : []], excluded);
  const table2 = await logger.group(`Loading ${options.data}`, () => loadTable(options.data, featureMatrix ? { featureMatrix } : {}));
  if (table2.rowCount === 0) throw new UserError(`${options.data} has no rows.`, options.data, "Evaluate on a file with at least one data row.");
  targetColumn(table2, options.target);
  if (options.sliceColumn && !findColumn(table2, options.sliceColumn)) {
    throw new UserError(`The slice column "${options.sliceColumn}" is not in ${options.data}.`, options.data, `Set slice-column to one of: ${columnNames(table2).join(", ")}.`);
  }
  const featureColumns = table2.featureMatrix?.columns ?? table2.columns.map((c) => c.name).filter((n) => !excluded.includes(n));
  const run = async (model) => {
    const { predictions, timing } = await predict(model, table2, { featureColumns, batchSize: options.batchSize, task: options.task, scores: options.scores });
    return { model, predictions, timing };
  };
  const candidate = await logger.group(`Running ${options.model}`, () => run(candidateModel));
  const candidateInputs = qualityInputs(table2, options.target, candidate.predictions);
  let baselineRun;
  let baselineInputs;
  const baselineFromFile = baselineKind === "metrics" ? await readBaselineMetrics(options.baseline) : void 0;
  if (baselineModel) {
    baselineRun = await logger.group(`Running baseline ${options.baseline}`, () => run(baselineModel));
    if (baselineRun.predictions.task !== candidate.predictions.task) {
      throw new UserError(
        `The baseline is a ${baselineRun.predictions.task} model but the candidate is ${candidate.predictions.task}.`,
        "input baseline",
        "Compare models of the same task, or pass the task input explicitly."
      );
    }
    baselineInputs = qualityInputs(table2, options.target, baselineRun.predictions);
  }
  const quality = await logger.group(
    "Computing metrics",
    async () => measureQuality({
      candidate: candidateInputs,
      baseline: baselineInputs,
      baselineMetrics: baselineFromFile,
      bootstrap: options.bootstrap,
      slices: options.sliceColumn ? sliceRows(table2, options.sliceColumn) : void 0
    })
  );
  const modelIdentity = { path: options.model, sha256: candidate.model.sha256, sizeBytes: candidate.model.sizeBytes };
  const withoutGate = {
    schema: "mlci/evaluation@1",
    task: candidate.predictions.task,
    model: modelIdentity,
    ...baselineRun ? { baselineModel: { path: options.baseline, sha256: baselineRun.model.sha256, sizeBytes: baselineRun.model.sizeBytes } } : {},
    data: { ...await identifyFile(options.data), rows: table2.rowCount, target: options.target },
    metrics: quality.metrics,
    ...quality.baseline ? { baseline: quality.baseline, baselineSource: baselineRun ? "model" : "metrics-file" } : {},
    intervals: quality.intervals,
    deltas: quality.deltas,
    directions: quality.directions,
    ...quality.confusionMatrix ? { confusionMatrix: quality.confusionMatrix } : {},
    operational: operationalFigures(candidate.timing, modelIdentity.sizeBytes),
    ...baselineRun ? { baselineOperational: operationalFigures(baselineRun.timing, baselineRun.model.sizeBytes) } : {},
    ...quality.slices && options.sliceColumn ? { slices: { column: options.sliceColumn, slices: quality.slices } } : {},
    bootstrap: options.bootstrap,
    ...options.scores === "logits" && candidate.predictions.task !== "regression" ? { scores: "logits" } : {}
  };
  return { ...withoutGate, gate: evaluateGate(policy, withoutGate) };
}
function sliceRows(table2, column) {
  const col = findColumn(table2, column);
  const groups = /* @__PURE__ */ new Map();
  for (let row2 = 0; row2 < table2.rowCount; row2++) {
    const raw = col.values[row2];
    const value = raw === null || typeof raw === "number" && Number.isNaN(raw) ? "(missing)" : String(raw);
    let weights = groups.get(value);
    if (!weights) {
      if (groups.size >= MAX_SLICES) {
        throw new UserError(
          `The slice column "${column}" has more than ${MAX_SLICES} distinct values.`,
          table2.source,
          "Slice by a categorical column (or bucket a numeric one into a few ranges first)."
        );
      }
      weights = new Float64Array(table2.rowCount);
      groups.set(value, weights);
    }
    weights[row2] = 1;
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })).map(([value, weights]) => ({ value, weights }));
}
var MAX_SLICES = 100;

// shared/evaluate/step.ts
import { readFile as readFile3 } from "node:fs/promises";

// shared/github/step-baseline.ts
import { join as join2 } from "node:path";

// shared/github/baseline.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
var TRUSTED_EVENTS = ["push", "workflow_dispatch", "schedule"];
var RUNS_SEARCHED = 20;
function baselineBranch(context) {
  if (context.pullRequest) return context.pullRequest.baseRef;
  if (context.mergeGroupBaseRef) return context.mergeGroupBaseRef;
  if (context.ref.startsWith("refs/heads/")) return context.ref.slice("refs/heads/".length);
  return void 0;
}
async function findBaselineRun(api, query, logger) {
  const { owner, repo } = query.repo;
  const fullName = `${owner}/${repo}`.toLowerCase();
  const runs = [];
  for (const event of TRUSTED_EVENTS) {
    const { data } = await callGitHub(
      OPERATIONS.readArtifacts,
      () => api.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: query.workflow, branch: query.branch, event, status: "success", exclude_pull_requests: true, per_page: RUNS_SEARCHED })
    );
    runs.push(...data.workflow_runs);
  }
  runs.sort((a, b) => b.created_at.localeCompare(a.created_at));
  for (const run of runs.slice(0, RUNS_SEARCHED)) {
    if (run.id === query.currentRunId) continue;
    const from = run.head_repository?.full_name?.toLowerCase();
    if (from && from !== fullName) continue;
    const { data: artifacts } = await callGitHub(OPERATIONS.readArtifacts, () => api.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: run.id, name: query.artifactName, per_page: 10 }));
    const artifact = artifacts.artifacts.find((a) => a.name === query.artifactName && !a.expired);
    if (artifact) return { runId: run.id, headSha: run.head_sha, artifactId: artifact.id, artifactName: artifact.name, htmlUrl: run.html_url };
    logger.debug(`Run ${run.id} of ${query.workflow} has no unexpired artifact "${query.artifactName}".`);
  }
  return void 0;
}
async function describeContents(dir, manifest) {
  const names = manifest.files.map((f) => f.path);
  const top = new Set(await readdir(dir));
  const model = names.find((n) => n.endsWith(".onnx"));
  return {
    metricsFile: top.has("metrics.json") && names.includes("metrics.json") ? join(dir, "metrics.json") : void 0,
    modelFile: model ? join(dir, model) : void 0
  };
}
async function fetchBaseline(options) {
  const { api, query, downloader, cache, dir, logger } = options;
  const run = await findBaselineRun(api, query, logger);
  if (!run) {
    logger.info(`No baseline yet: no successful run of ${query.workflow} on ${query.branch} has an artifact "${query.artifactName}". The report shows the candidate alone; the first run on ${query.branch} becomes the baseline.`);
    return void 0;
  }
  const key = `mlci-baseline-${query.artifactName}-${run.headSha}`;
  if (await cache.restore(key, dir)) {
    try {
      const manifest2 = await verifyOutputManifest(dir);
      logger.info(`Baseline from ${query.branch} at ${run.headSha.slice(0, 7)} (run ${run.runId}), restored from the cache.`);
      return { run, dir, manifest: manifest2, fromCache: true, ...await describeContents(dir, manifest2) };
    } catch (err) {
      logger.warning(`The cached baseline ${key} failed its digest check (${describeError(err)}); downloading it again.`);
    }
  }
  await downloader.download(run, dir);
  const manifest = await verifyOutputManifest(dir);
  logger.info(`Baseline from ${query.branch} at ${run.headSha.slice(0, 7)}: artifact "${run.artifactName}" of ${run.htmlUrl}.`);
  await cache.save(key, dir);
  return { run, dir, manifest, fromCache: false, ...await describeContents(dir, manifest) };
}

// shared/github/step-baseline.ts
var MAIN_BRANCH_BASELINE = "main-branch";
var DEFAULT_BASELINE_ARTIFACT = "mlci-evaluation";
var GITHUB_BASELINE_INPUTS = {
  "baseline-workflow": { description: "With baseline: main-branch, the workflow file whose runs on the base branch supply the baseline (e.g. main-baseline.yml). Empty: this workflow.", default: "" },
  "baseline-artifact": { description: "With baseline: main-branch, the name of the artifact that holds the baseline model and metrics.json.", default: DEFAULT_BASELINE_ARTIFACT }
};
async function fetchMainBranchBaseline(host, session, downloader) {
  const fix = "Use baseline: main-branch in a GitHub Actions workflow with a token that has actions: read, or pass a model or metrics.json path.";
  if (!session) throw new UserError("baseline: main-branch needs GitHub (the runs of the base branch).", "input baseline", fix);
  if (!session.api) throw new UserError("baseline: main-branch needs a GitHub token to list runs and download artifacts.", "input github-token", fix);
  const { context } = session;
  const workflow = host.input("baseline-workflow").trim() || context.workflowFile;
  if (!workflow) throw new UserError("Could not tell which workflow this is (GITHUB_WORKFLOW_REF is not set).", "input baseline-workflow", "Set baseline-workflow to the workflow file whose main-branch runs hold the baseline, e.g. main-baseline.yml.");
  const branch = baselineBranch(context);
  if (!branch) {
    host.logger.info(`No base branch for a ${context.eventName} event: the report shows the candidate alone.`);
    return void 0;
  }
  return fetchBaseline({
    api: session.api,
    query: {
      repo: context.repo,
      workflow,
      branch,
      artifactName: host.input("baseline-artifact").trim() || DEFAULT_BASELINE_ARTIFACT,
      currentRunId: Number(context.runId) || void 0
    },
    downloader: downloader ?? actionsArtifactDownloader(session.token, context.repo),
    cache: host.cache,
    dir: join2(host.tempDir, "mlci-baseline"),
    logger: host.logger
  });
}

// shared/evaluate/verdict-file.ts
var VERDICT_FILE = "verdict.json";
function buildVerdictFile(result) {
  return {
    schema: "mlci/verdict@1",
    passed: result.gate.passed,
    gated: result.gate.gated,
    overridden: Boolean(result.gate.override),
    modelSha256: result.model.sha256,
    dataSha256: result.data.sha256,
    policy: result.gate.policy,
    failedRules: result.gate.rules.filter((r) => !r.passed).map((r) => r.id),
    createdAt: (/* @__PURE__ */ new Date()).toISOString()
  };
}

// shared/evaluate/step.ts
var TASKS = ["binary", "multiclass", "regression"];
var evaluateGateStep = {
  name: "evaluate-gate",
  description: "Evaluates an ONNX model on a dataset, compares it with a baseline, and gates the merge on a quality policy.",
  inputs: {
    model: { description: "Path of the candidate ONNX model.", required: true },
    data: { description: "Evaluation data file: CSV, JSON Lines (.jsonl) or Parquet; CSV and JSON Lines may be gzip-compressed (.csv.gz).", required: true },
    target: { description: "Name of the target (label) column in the data.", required: true },
    baseline: { description: `Baseline to compare with: an ONNX model (run on the same rows, paired bootstrap), a metrics.json from an earlier evaluation, or ${MAIN_BRANCH_BASELINE} (on GitHub: the model and metrics of the latest successful run of this workflow on the base branch). Empty: no comparison.`, default: "" },
    policy: { description: "Gate policy YAML file (for example .mlci/gate.yml). Empty: report the numbers and gate nothing.", default: "" },
    "slice-column": { description: "Column whose values split the rows into slices; every metric is reported per slice.", default: "" },
    task: { description: "binary, multiclass or regression. Empty: inferred from the model outputs.", default: "" },
    scores: { description: "What a classifier's score output holds: probabilities, or logits (turned into probabilities by softmax, or sigmoid for a single column), for both models.", default: "probabilities" },
    "batch-size": { description: "Rows per inference batch.", default: "65536" },
    "bootstrap-resamples": { description: "Bootstrap resamples for confidence intervals and paired tests (0 turns them off).", default: "1000" },
    seed: { description: "Seed of the bootstrap: the same seed gives the same intervals.", default: "42" },
    "confidence-level": { description: "Confidence level of the intervals.", default: "0.95" },
    "fail-on-regression": { description: "Fail the step when the gate fails. false: report only, and read the passed output.", default: "true" },
    "output-dir": { description: "Where results are written. Default: a folder under the runner temp dir (CLI: ./mlci-output/evaluate-gate).", default: "" },
    "upload-artifact": { description: "Upload output-dir as an artifact of this name (on main, name it as baseline-artifact so later pull requests find it). Empty: no upload.", default: "" },
    ...GITHUB_STEP_INPUTS,
    ...GITHUB_BASELINE_INPUTS
  },
  outputs: {
    passed: { description: '"true" when the gate passed (or nothing was gated), "false" otherwise.' },
    gated: { description: '"true" when a policy was applied.' },
    "metrics-file": { description: "Path of metrics.json." },
    "report-file": { description: "Path of report.md." },
    "verdict-file": { description: "Path of verdict.json, which a later deploy step can require." },
    "output-dir": { description: "The directory holding all results and manifest.json." }
  },
  async run(host) {
    const scores = host.input("scores").trim() || "probabilities";
    if (!CLASS_SCORES.includes(scores)) {
      throw new UserError(`Input "scores" must be one of ${CLASS_SCORES.join(", ")}, got "${scores}".`, "input scores", "Use logits for a model that ends without softmax, probabilities otherwise.");
    }
    const taskInput = host.input("task").trim();
    if (taskInput && !TASKS.includes(taskInput)) {
      throw new UserError(`Input "task" must be one of ${TASKS.join(", ")}, got "${taskInput}".`, "input task", "Leave it empty to infer the task from the model.");
    }
    parseCommentMode(host.input("comment"));
    const outputDir = await resolveOutputDir(host, "evaluate-gate");
    const session = await openGitHubSession(host);
    const model = await resolveInputPath(host, "model", requireInput("model", host.input("model"), "Set model to the path of your ONNX file (or artifact:NAME/model.onnx)."));
    let baseline = host.input("baseline").trim() || void 0;
    if (baseline === MAIN_BRANCH_BASELINE) {
      const fetched = await fetchMainBranchBaseline(host, session);
      baseline = fetched?.modelFile ?? fetched?.metricsFile;
    } else if (baseline) {
      baseline = await resolveInputPath(host, "baseline", baseline);
    }
    const policy = host.input("policy").trim();
    const ort = await loadOnnxRuntime({ toolCacheDir: host.toolCacheDir, cache: host.cache, logger: host.logger, allowInstall: host.onRunner });
    const result = await evaluateModel({
      model,
      data: await resolveInputPath(host, "data", requireInput("data", host.input("data"), "Set data to a CSV, JSON Lines or Parquet file.")),
      target: requireInput("target", host.input("target"), "Set target to the name of the label column."),
      baseline,
      policy: policy ? await resolveInputPath(host, "policy", policy) : void 0,
      sliceColumn: host.input("slice-column").trim() || void 0,
      task: taskInput || void 0,
      scores,
      batchSize: parseNumberInput("batch-size", host.input("batch-size"), 65536, { min: 1, integer: true }),
      bootstrap: {
        resamples: parseNumberInput("bootstrap-resamples", host.input("bootstrap-resamples"), 1e3, { min: 0, max: 1e5, integer: true }),
        seed: parseNumberInput("seed", host.input("seed"), 42, { integer: true }),
        level: parseNumberInput("confidence-level", host.input("confidence-level"), 0.95, { min: 0.5, max: 0.999 })
      },
      ort,
      logger: host.logger
    });
    result.gate = await overrideFromLabel(host, session, result.gate);
    const report = renderEvaluationReport(result);
    const metricsFile = join3(outputDir, "metrics.json");
    const reportFile = join3(outputDir, "report.md");
    const verdictFile = join3(outputDir, VERDICT_FILE);
    await writeJsonAtomic(metricsFile, result);
    await writeFileAtomic(reportFile, report);
    await writeJsonAtomic(verdictFile, buildVerdictFile(result));
    const modelCopy = join3(outputDir, "model.onnx");
    if (resolve(model) !== modelCopy) await writeFileAtomic(modelCopy, await readFile3(model));
    await host.summary(report);
    await shareStepResults(host, session, { step: "evaluate-gate", section: { id: "evaluate-gate", title: "Model evaluation", markdown: report }, verdict: result.gate, report, outputDir });
    host.setOutput("passed", String(result.gate.passed));
    host.setOutput("gated", String(result.gate.gated));
    host.setOutput("metrics-file", metricsFile);
    host.setOutput("report-file", reportFile);
    host.setOutput("verdict-file", verdictFile);
    host.setOutput("output-dir", outputDir);
    const failOnRegression = parseBooleanInput("fail-on-regression", host.input("fail-on-regression"), true);
    if (!result.gate.passed) {
      const failed = result.gate.rules.filter((r) => !r.passed).map((r) => `${r.id}: ${r.message}`);
      const message = `The quality gate failed (${failed.length} rule${failed.length === 1 ? "" : "s"}):
  ${failed.join("\n  ")}`;
      if (failOnRegression) return { failure: message };
      host.logger.warning(`${message}
(fail-on-regression is false: the step passes; read the passed output.)`);
    }
    return {};
  }
};

export {
  evaluateGateStep
};
