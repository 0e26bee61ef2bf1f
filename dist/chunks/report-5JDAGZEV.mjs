import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  directionOf,
  isSkipped
} from "./chunk-ROJ47BXQ.mjs";
import {
  code,
  details,
  escapeHtml,
  escapeMarkdown,
  heading,
  table
} from "./chunk-W3R24WOA.mjs";
import {
  formatBytes,
  formatMs,
  formatNumber,
  formatPercent,
  formatSigned
} from "./chunk-JCJ7PNO6.mjs";
import "./chunk-AR3GCIHW.mjs";

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
export {
  code,
  details,
  escapeHtml,
  escapeMarkdown,
  formatBytes,
  formatMs,
  formatNumber,
  formatPercent,
  formatSigned,
  heading,
  renderEvaluationReport,
  table,
  unicodeBar
};
