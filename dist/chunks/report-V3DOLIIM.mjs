import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  isSkipped
} from "./chunk-UFUTTKXT.mjs";
import {
  metricInfo
} from "./chunk-4FPL64JB.mjs";
import {
  directionOf
} from "./chunk-GVED242L.mjs";
import "./chunk-MQ7BAUGH.mjs";
import {
  code,
  details,
  escapeHtml,
  escapeMarkdown,
  heading,
  table
} from "./chunk-FLES3SGM.mjs";
import {
  formatBytes,
  formatCount,
  formatMs,
  formatNumber,
  formatPercent,
  formatSigned
} from "./chunk-OBKOI45Q.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/report/bootstrap-text.ts
function resamplesText({ resamples, method, subsets, subsetRows }) {
  if (method !== "little-bootstraps") return `${resamples} resamples`;
  return `${resamples} resamples by little bootstraps (${subsets} disjoint random subsets of ${formatCount(subsetRows ?? 0)} rows, each resampled to the size of the whole set)`;
}

// shared/report/marks.ts
function changeMark(direction, change) {
  if (change === 0 || !Number.isFinite(change)) return "\u26AA";
  const better = direction === "higher" ? change > 0 : change < 0;
  return `${better ? "\u{1F7E2}" : "\u{1F534}"} ${change > 0 ? "\u25B2" : "\u25BC"}`;
}
function ruleMark(rule) {
  if (isSkipped(rule)) return "\u23ED\uFE0F";
  if (rule.inconclusive) return "\u26A0\uFE0F";
  return rule.passed ? "\u2705" : "\u274C";
}
function rulesMark(rules) {
  if (rules.length === 0) return "";
  if (rules.some((r) => !r.passed)) return "\u274C";
  if (rules.some((r) => r.inconclusive)) return "\u26A0\uFE0F";
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
      formatPValue(delta.pValue, ctx.result.bootstrap.resamples),
      testText(delta)
    ]];
  });
  if (!rows.length) return "";
  const body = [
    table(["metric", "change", `${ctx.levelText} interval of the change`, "p-value", "test"], rows, ["left", "right", "right", "right", "left"]),
    `The interval is the paired bootstrap's (both models scored on the same resampled rows). The p-value is for "no change" (two-sided): for accuracy and recall from the exact McNemar test on the rows only one model got right, for the other metrics from the paired bootstrap, centred on the observed change.`
  ].join("\n\n");
  return details("Paired comparison with the baseline", body);
}
function testText(delta) {
  if (delta.test === "exact-mcnemar" && delta.discordant) {
    const { candidateOnly, baselineOnly } = delta.discordant;
    return `exact McNemar (only the candidate right on ${candidateOnly} rows, only the baseline on ${baselineOnly})`;
  }
  return delta.test === "bootstrap" ? "paired bootstrap" : "\u2014";
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
    `Bootstrap over ${resamplesText(ctx.result.bootstrap)} (seed ${ctx.result.bootstrap.seed}); a narrower interval means a more precise figure.`
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
  const fixed = candidate.fixedBatchSize ? ` The model's input fixes the batch at ${formatCount(candidate.fixedBatchSize)} row${candidate.fixedBatchSize === 1 ? "" : "s"}; exported with a dynamic batch dimension (dynamic_axes in torch.onnx.export) it would run in fewer, larger batches.` : "";
  const note = `Inference in ${candidate.batches} batch${candidate.batches === 1 ? "" : "es"} of up to ${formatCount(candidate.batchSize)} row${candidate.batchSize === 1 ? "" : "s"}${repeats}, after an untimed warm-up run; timings vary between runners, so compare them within one run.${fixed}`;
  return [
    heading(ctx.level, "Operational figures"),
    table(["figure", "baseline", "candidate", "change", "budget", "verdict"], rows, ["left", "right", "right", "right", "left", "center"]),
    note
  ].join("\n\n");
}

// shared/report/power-section.ts
function inPoints(metric) {
  const info = metricInfo(metric);
  return info !== void 0 && info.direction === "higher" && !["r2", "explained_variance"].includes(metric);
}
function formatDrop(metric, drop) {
  if (drop.value === null) return "none";
  if (drop.relative) return `${formatPercent(drop.value, 2)} of the baseline`;
  return inPoints(metric) ? `${formatNumber(drop.value * 100, 2)} points` : formatNumber(drop.value, 3);
}
function basisText(rule, drop) {
  if (drop.basis === "discordant-rows") {
    return `exact McNemar test; the models disagree on ${formatCount(drop.discordant)} of the ${formatCount(drop.rows)} rows it counts`;
  }
  return `paired bootstrap, standard error of the change ${formatNumber(drop.standardError, 3)}`;
}
function sentence(ctx, rule, drop) {
  const rows = formatCount(ctx.result.data.rows);
  const level = `${Math.round(drop.power * 100)}% power at \u03B1 = ${formatNumber(drop.alpha * 1, 3)}`;
  if (drop.value === null) {
    return `- ${code(rule.metric)} (${escapeMarkdown(rule.id)}): with ${rows} rows this rule **cannot catch a drop at all** (${basisText(rule, drop)}): it needs more rows, or more rows where the models disagree.`;
  }
  return `- ${code(rule.metric)} (${escapeMarkdown(rule.id)}): with ${rows} rows this gate can only catch ${code(rule.metric)} drops of **${formatDrop(rule.metric, drop)}** or more (${level}; ${basisText(rule, drop)}).`;
}
function powerSection(ctx) {
  const rules = ctx.result.gate.rules.filter((r) => r.detectableDrop);
  if (rules.length === 0) return "";
  const lines = rules.filter((r) => !r.slice).map((r) => sentence(ctx, r, r.detectableDrop));
  const sliceRules = rules.filter((r) => r.slice);
  const byRule = /* @__PURE__ */ new Map();
  for (const r of sliceRules) {
    const key = r.id.slice(r.id.indexOf(": ") + 2);
    byRule.set(key, [...byRule.get(key) ?? [], r]);
  }
  for (const [id, group] of byRule) {
    const figures = group.map((r) => r.detectableDrop);
    const catchable = figures.filter((d) => d.value !== null).sort((a, b) => a.value - b.value);
    const metric = group[0].metric;
    const level = `${Math.round(figures[0].power * 100)}% power at \u03B1 = ${formatNumber(figures[0].alpha, 3)} per slice`;
    const none = figures.length - catchable.length;
    const best = catchable[0];
    const worst = catchable.at(-1);
    const range = !best || !worst ? "in **no** slice" : best.value === worst.value ? `from **${formatDrop(metric, best)}** on` : `from **${formatDrop(metric, best)}** (best slice) to **${formatDrop(metric, worst)}**`;
    const uncatchable = none ? `; ${none} of the ${figures.length} slices cannot catch a drop at all` : "";
    lines.push(`- ${escapeMarkdown(id)} per slice: drops are caught ${range} (${level}${uncatchable}).`);
  }
  const note = "The smallest true drop each rule would catch in 80% of evaluations like this one, assuming the models keep disagreeing on the same share of rows. A drop smaller than this will usually pass: evaluate on more rows to guard against it.";
  return [heading(ctx.level, "Smallest detectable drop"), lines.join("\n"), note].join("\n\n");
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
  const powerRule = sliceRules.find((r) => r.detectableDrop);
  const powerId = powerRule?.id.slice(powerRule.id.indexOf(": ") + 2);
  const rows = sliceSet.slices.map((slice) => {
    const rules = sliceRules.filter((r) => r.slice.value === slice.value);
    const power = powerId ? rules.find((r) => r.id.endsWith(`: ${powerId}`))?.detectableDrop : void 0;
    return [
      escapeMarkdown(slice.value, 80),
      formatCount(slice.rows),
      ...metrics.map((metric) => {
        const value = slice.metrics[metric];
        const before = slice.baseline?.[metric];
        if (value === void 0) return "\u2014";
        if (before === void 0 || !Number.isFinite(before) || !Number.isFinite(value)) return formatNumber(value);
        return `${formatNumber(value)} (${changeMark(ctx.direction(metric), value - before)} ${formatSigned(value - before, 3)})`;
      }),
      ...powerRule ? [power ? formatDrop(powerRule.metric, power) : "\u2014"] : [],
      rulesMark(rules)
    ];
  });
  const headers = [escapeMarkdown(sliceSet.column, 60), "rows", ...metrics.map(code), ...powerRule ? [`smallest detectable ${code(powerRule.metric)} drop`] : [], "verdict"];
  const body = [
    table(headers, rows, ["left", "right", ...metrics.map(() => "right"), ...powerRule ? ["right"] : [], "center"]),
    sliceSet.slices.some((s) => s.baseline) ? "Each figure is the candidate's, with its change from the baseline on the same slice." : "",
    familySentence(sliceRules)
  ].filter(Boolean).join("\n\n");
  const failed = sliceRules.some((r) => !r.passed);
  return details(`Slices by ${sliceSet.column} (${sliceSet.slices.length})`, body, failed);
}
function familySentence(rules) {
  const tested = rules.filter((r) => r.test);
  if (tested.length === 0) return "";
  const family = tested.find((r) => r.test.family)?.test.family;
  const alpha = tested[0].test.alpha;
  const inconclusive = tested.filter((r) => r.inconclusive).length;
  const how = family ? `${family.correction === "holm" ? "Holm\u2013Bonferroni" : "Bonferroni"} over the ${family.size} slice tests, so that equal models fail a slice rule in at most \u03B1/2 of evaluations however many slices there are` : "without a correction for their number (slices.correction: none), so each slice may fail on noise at its own \u03B1/2";
  const warn = inconclusive ? ` \u26A0\uFE0F ${inconclusive} slice rule(s) were inconclusive: too few rows where the models disagree for the test ever to show a drop.` : "";
  return `Slice drop rules are judged by a paired test on each slice's rows (\u03B1 = ${formatNumber(alpha, 3)}), ${how}.${warn}`;
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
  const data = `**${escapeMarkdown(result.data.path)}** (${formatCount(result.data.rows)} rows, target column **${escapeMarkdown(result.data.target)}**)`;
  const lines = [`Model ${model}, ${result.task} task, evaluated on ${data}.`];
  lines.push(baselineSentence(result));
  const gate = result.gate;
  if (!gate.gated) {
    lines.push("No gate policy was given, so nothing was gated: the figures below are for information only.");
  } else {
    const skipped = gate.rules.filter(isSkipped).length;
    const failed = gate.rules.filter((r) => !r.passed).length;
    const inconclusive = gate.rules.filter((r) => r.inconclusive).length;
    const passed = gate.rules.length - skipped - failed - inconclusive;
    const unjudged = inconclusive ? `, ${inconclusive} inconclusive (too few rows for their paired test to show a drop; they pass with \u26A0\uFE0F)` : "";
    lines.push(`Policy ${escapeMarkdown(gate.policy ?? "")}: ${passed} rule(s) passed, ${failed} failed${skipped ? `, ${skipped} not applied` : ""}${unjudged}.`);
  }
  let text = lines.join(" ");
  for (const warning of gate.warnings ?? []) text += `

> [!WARNING]
> ${escapeMarkdown(warning, 1e3)}`;
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
  const tests = [];
  if (result.task !== "regression") tests.push(`the exact McNemar test for ${result.task === "binary" || result.confusionMatrix?.classes.length === 2 ? "accuracy and recall" : "accuracy"}`);
  if (resamples > 0) tests.push(`the paired bootstrap (${resamplesText(result.bootstrap)}, seed ${seed})${tests.length ? " for the rest" : ""}`);
  return `Baseline: ${name}, run on the same rows (paired tests: ${tests.length ? tests.join(", ") : "none, as bootstrap-resamples is 0"}).`;
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
    powerSection(ctx),
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
var FEATURE_SOURCE = {
  model: "fed by name, in the order the model records",
  inputs: "one per model input, by name",
  lineage: "fed by name, in the order train-model's lineage records",
  schema: "fed by name, in the order of the data schema",
  data: "fed in the order of the data file (the model does not name its features, so a reordered file would go unnoticed)"
};
function featuresLine(features) {
  const shown = features.columns.slice(0, 60).map((c) => escapeMarkdown(c)).join(", ");
  const more = features.columns.length > 60 ? ` and ${features.columns.length - 60} more` : "";
  const from = features.file ? ` (${escapeMarkdown(features.file)})` : "";
  return `Features (${features.columns.length}), ${FEATURE_SOURCE[features.source]}${from}: ${shown}${more}.`;
}
function provenanceSection(result) {
  const rows = [
    ["candidate model", escapeMarkdown(result.model.path), result.model.sha256.slice(0, 12)],
    ...result.baselineModel ? [["baseline model", escapeMarkdown(result.baselineModel.path), result.baselineModel.sha256.slice(0, 12)]] : [],
    ["data", escapeMarkdown(result.data.path), result.data.sha256.slice(0, 12)]
  ];
  const { seed, level } = result.bootstrap;
  const body = [
    table(["", "file", "sha256"], rows.map((r) => [r[0], r[1], `\`${r[2].replace(/[^0-9a-f]/gi, "")}\``])),
    ...result.features ? [featuresLine(result.features)] : [],
    `Bootstrap: ${resamplesText(result.bootstrap)}, seed ${seed}, ${level * 100}% intervals.${result.gate.policy ? ` Policy: ${escapeMarkdown(result.gate.policy)}.` : ""}${result.scores === "logits" ? " Class scores: logits, turned into probabilities by softmax (a single column: sigmoid)." : ""}`
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
