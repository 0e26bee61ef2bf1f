import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  readStatisticsFile
} from "./chunk-4EEPXGXP.mjs";
import {
  loadLabels
} from "./chunk-AFCQDXXM.mjs";
import {
  loadDataSchema
} from "./chunk-C7XPZRWK.mjs";
import {
  binOf
} from "./chunk-Z22XVRBF.mjs";
import {
  SCORE_BOUNDS
} from "./chunk-5YE5YN4U.mjs";
import {
  computeMetrics
} from "./chunk-4654B4NB.mjs";
import {
  metricDirection,
  metricInfo
} from "./chunk-4FPL64JB.mjs";
import {
  parseCheckedYamlConfig
} from "./chunk-7HKBFPHF.mjs";
import {
  DEFAULT_THRESHOLDS,
  columnDrift,
  datasetDrift,
  isPValueMethod,
  kolmogorovSurvival
} from "./chunk-IPVAEDLY.mjs";
import "./chunk-6OODKWHZ.mjs";
import {
  didYouMean,
  readConfigFile
} from "./chunk-43IUD2SB.mjs";
import "./chunk-ZKCPA3OA.mjs";
import "./chunk-OTA34LXD.mjs";
import {
  configError
} from "./chunk-3S52KM2R.mjs";
import "./chunk-L4IWRTIY.mjs";
import "./chunk-MQ7BAUGH.mjs";
import "./chunk-BLYFCIPT.mjs";
import {
  code,
  details,
  escapeMarkdown,
  heading,
  table
} from "./chunk-FLES3SGM.mjs";
import "./chunk-MHOJOIAV.mjs";
import {
  DEFAULT_TABULAR_COLUMNS,
  LABEL_COLUMN,
  PREDICTION_COLUMNS,
  SCORE_COLUMN,
  readLogsInWindows,
  versionKey
} from "./chunk-LGIV2YE5.mjs";
import "./chunk-SJ6TO5GV.mjs";
import "./chunk-J5MMDF3H.mjs";
import "./chunk-FOAE3HMN.mjs";
import "./chunk-E6H5GRHK.mjs";
import "./chunk-PIO7UDJF.mjs";
import {
  formatNumber,
  formatPercent
} from "./chunk-OBKOI45Q.mjs";
import "./chunk-MWAICGG4.mjs";
import "./chunk-AUKHAFSQ.mjs";
import "./chunk-Z7FU6QYM.mjs";
import "./chunk-OODZNGRG.mjs";
import "./chunk-HMON5L2P.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-I3CLNAZB.mjs";
import {
  writeFileAtomic,
  writeJsonAtomic
} from "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/monitor/monitor.ts
import { join } from "node:path";

// shared/monitor/duration.ts
var UNIT_MS = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function parseDuration(text, input) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$/i.exec(text);
  const ms = match ? Number(match[1]) * UNIT_MS[match[2].toLowerCase()] : NaN;
  if (!(ms > 0)) throw new UserError(`${input} is "${text}", which is not a duration.`, `input ${input}`, "Write a number and a unit: 30m, 6h, 1d, 7d or 2w (s, m, h, d, w).");
  return ms;
}
var ROWS = /^\s*(\d+)\s*rows?\s*$/i;
function parseWindowSize(text, input) {
  const rows = ROWS.exec(text);
  if (!rows) {
    if (/^\s*\d+(?:\.\d+)?\s*[smhdw]\s*$/i.test(text)) return { ms: parseDuration(text, input) };
    throw new UserError(`${input} is "${text}", which is neither a duration nor a number of rows.`, `input ${input}`, "Write a duration (6h, 1d, 7d) for windows of time, or a number of rows (10000 rows) for chunks of rows.");
  }
  const n = Number(rows[1]);
  if (!(n >= 1)) throw new UserError(`${input} is "${text}": a chunk needs at least one row.`, `input ${input}`, "Write a number of rows of 1 or more, such as 10000 rows.");
  return { rows: n };
}
function formatWindowSize(size) {
  return "rows" in size ? `${size.rows} rows` : formatDuration(size.ms);
}
function parseTime(text, input) {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new UserError(`${input} is "${text}", which is not a time.`, `input ${input}`, "Write an ISO 8601 time such as 2026-12-01 or 2026-12-01T06:00:00Z.");
  return ms;
}
function formatDuration(ms) {
  for (const unit of ["w", "d", "h", "m", "s"]) if (ms % UNIT_MS[unit] === 0) return `${ms / UNIT_MS[unit]}${unit}`;
  return `${ms}ms`;
}
function resolveRange(options) {
  const until = options.until ? parseTime(options.until, "until") : options.window ? options.now : Infinity;
  let since = options.since ? parseTime(options.since, "since") : -Infinity;
  if (options.window) {
    if (options.since) throw new UserError("Both since and window are set.", "input window", "Give since (and until) for a fixed period, or window for the last 7d (say) before until or now, not both.");
    since = until - parseDuration(options.window, "window");
  }
  if (since >= until) throw new UserError(`The period is empty: since (${new Date(since).toISOString()}) is not before until (${new Date(until).toISOString()}).`, "input since", "Set since before until.");
  return { since, until };
}

// shared/monitor/policy-schema.ts
var DURATION = "^\\s*\\d+(\\.\\d+)?\\s*[smhdwSMHDW]\\s*$";
var WINDOW_SIZE = "^\\s*(\\d+(\\.\\d+)?\\s*[smhdwSMHDW]|[1-9]\\d*\\s*[rR][oO][wW][sS]?)\\s*$";
var alertRule = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  properties: {
    min: { type: "number" },
    max: { type: "number" },
    max_drop: { type: "number", minimum: 0 },
    sigma: { type: "number", exclusiveMinimum: 0 },
    level: { enum: ["warning", "critical"] },
    consecutive: { type: "integer", minimum: 1 }
  }
};
var monitorPolicySchema = {
  type: "object",
  additionalProperties: false,
  required: ["alerts"],
  properties: {
    version: { const: 1 },
    min_rows: { type: "integer", minimum: 0 },
    consecutive: { type: "integer", minimum: 1 },
    cooldown: { type: "string", pattern: DURATION },
    chunk: { type: "string", pattern: WINDOW_SIZE },
    baseline_windows: { type: "integer", minimum: 0 },
    drift_share: { type: "number", minimum: 0, maximum: 1 },
    alerts: {
      type: "object",
      minProperties: 1,
      propertyNames: { pattern: "^[A-Za-z][A-Za-z0-9_]*$" },
      additionalProperties: alertRule
    }
  }
};

// shared/monitor/policy.ts
var WINDOW_FIGURES = {
  rows: "either",
  feature_drift_share: "higher",
  drifted_features: "higher",
  prediction_drift: "higher",
  missing_share: "higher",
  schema_violations: "higher"
};
var WORDS = {
  what: "monitor policy",
  docs: "docs/monitor.md",
  keyNames: { what: "a figure name", fix: `Name a window figure (${Object.keys(WINDOW_FIGURES).join(", ")}) or a metric (accuracy, roc_auc, rmse, ...).` },
  rangeFix: (key2) => key2 === "consecutive" ? "Use a whole number of windows, 1 or more." : key2 === "min_rows" || key2 === "baseline_windows" ? "Use a whole number, 0 or more." : void 0,
  patternFix: "Write a duration such as 1d, 12h or 7d (chunk also takes a number of rows, such as 10000 rows)."
};
var DEFAULT_POLICY_TEXT = `version: 1
min_rows: 30
cooldown: 7d
alerts:
  drifted_features: { max: 1, level: critical }
  schema_violations: { max: 0, level: warning }
  missing_share: { max: 0.1, level: warning }
`;
async function loadMonitorPolicy(path) {
  const text = await readConfigFile(path, { what: "monitor policy", input: "policy", fix: "Set policy to the path of your monitor policy (e.g. .mlci/monitor.yml), or leave it empty for the default policy (see docs/monitor.md)." });
  return parseMonitorPolicy(text, path);
}
function parseMonitorPolicy(text, file) {
  const { raw, locator } = parseCheckedYamlConfig(text, file, monitorPolicySchema, { ...WORDS, emptyFix: "Add alerts (see docs/monitor.md), or leave the policy input empty for the default policy." });
  const policy = raw;
  const baselineWindows = policy.baseline_windows ?? 0;
  const rules = Object.entries(policy.alerts).map(([figure, r]) => {
    const line = locator.keyLine(["alerts", figure]);
    const isWindowFigure = Object.hasOwn(WINDOW_FIGURES, figure);
    if (!isWindowFigure && !metricInfo(figure)) {
      throw configError(file, line, `Unknown figure "${figure}" in alerts.${didYouMean(figure, Object.keys(WINDOW_FIGURES))}`, WORDS.keyNames.fix);
    }
    if (r.max_drop !== void 0 && isWindowFigure) throw configError(file, locator.keyLine(["alerts", figure, "max_drop"]), `"alerts.${figure}" sets max_drop, which compares a metric with its gated value; ${figure} has none.`, "Use min or max (or sigma) for window figures; max_drop is for metrics such as accuracy.");
    if (r.sigma !== void 0 && baselineWindows < 2) throw configError(file, locator.keyLine(["alerts", figure, "sigma"]), `"alerts.${figure}" sets sigma, but baseline_windows is ${baselineWindows}: a band needs at least two baseline windows.`, "Set baseline_windows: 7 (say) at the top level: the first windows of the period then set mean \xB1 sigma\xB7\u03C3.");
    if (r.min === void 0 && r.max === void 0 && r.max_drop === void 0 && r.sigma === void 0) {
      throw configError(file, line, `"alerts.${figure}" sets no limit.`, "Add min, max, max_drop or sigma.");
    }
    if (r.min !== void 0 && r.max !== void 0 && r.min > r.max) throw configError(file, locator.keyLine(["alerts", figure, "max"]), `"alerts.${figure}" has min ${r.min} above max ${r.max}: every window would alert.`, "Swap them, or fix the one that is wrong.");
    return {
      figure,
      ...r.min !== void 0 ? { min: r.min } : {},
      ...r.max !== void 0 ? { max: r.max } : {},
      ...r.max_drop !== void 0 ? { maxDrop: r.max_drop } : {},
      ...r.sigma !== void 0 ? { sigma: r.sigma } : {},
      level: r.level ?? "warning",
      consecutive: r.consecutive ?? policy.consecutive ?? 1,
      line
    };
  });
  return {
    file,
    minRows: policy.min_rows ?? 30,
    cooldownMs: parseDuration(policy.cooldown ?? "7d", "cooldown"),
    baselineWindows,
    driftShare: policy.drift_share ?? 0.5,
    ...policy.chunk !== void 0 ? { chunk: parseWindowSize(policy.chunk, "chunk") } : {},
    rules
  };
}
function worseDirection(figure) {
  if (Object.hasOwn(WINDOW_FIGURES, figure)) return WINDOW_FIGURES[figure];
  return metricDirection(figure) === "higher" ? "lower" : "higher";
}

// shared/monitor/alerts.ts
function judgeWindows(policy, windows, gated) {
  return policy.rules.map((rule) => {
    const { low, high } = limits(rule, windows, gated);
    const breaches = windows.map((w) => {
      const value = w.figures[rule.figure];
      if (w.baseline || w.rows < policy.minRows || value === null || value === void 0 || Number.isNaN(value)) return null;
      return low !== void 0 && value < low || high !== void 0 && value > high;
    });
    const judged = breaches.filter((b) => b !== null);
    const tail = judged.slice(-rule.consecutive);
    const lastJudged = windows.map((w, i) => breaches[i] === null ? null : w.figures[rule.figure] ?? null).filter((v) => v !== null);
    return {
      id: ruleId(rule, low, high),
      figure: rule.figure,
      level: rule.level,
      policyLine: rule.line,
      ...low !== void 0 ? { low } : {},
      ...high !== void 0 ? { high } : {},
      breaches,
      latest: lastJudged.length ? lastJudged[lastJudged.length - 1] : null,
      consecutive: rule.consecutive,
      firing: tail.length === rule.consecutive && tail.every(Boolean)
    };
  });
}
function limits(rule, windows, gated) {
  let low = rule.min;
  let high = rule.max;
  const worse = worseDirection(rule.figure);
  if (rule.maxDrop !== void 0) {
    const base = gated?.[rule.figure];
    if (base !== void 0 && Number.isFinite(base)) {
      if (worse === "lower") low = Math.max(low ?? -Infinity, base - rule.maxDrop);
      else high = Math.min(high ?? Infinity, base + rule.maxDrop);
    }
  }
  if (rule.sigma !== void 0) {
    const values = windows.filter((w) => w.baseline).map((w) => w.figures[rule.figure]).filter((v) => typeof v === "number" && Number.isFinite(v));
    if (values.length >= 2) {
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
      if (worse !== "higher") low = Math.max(low ?? -Infinity, mean - rule.sigma * sd);
      if (worse !== "lower") high = Math.min(high ?? Infinity, mean + rule.sigma * sd);
    }
  }
  return { ...low !== void 0 ? { low } : {}, ...high !== void 0 ? { high } : {} };
}
function ruleId(rule, low, high) {
  const parts = [low !== void 0 ? `< ${formatNumber(low)}` : "", high !== void 0 ? `> ${formatNumber(high)}` : ""].filter(Boolean);
  return `${rule.figure} ${parts.join(" or ") || "(no limit: no gated value or baseline)"}`;
}

// shared/monitor/report.ts
var CHART_WINDOWS = 30;
var TOP_FEATURES = 10;
function renderMonitorReport(r) {
  const firing = r.alerts.filter((a) => a.firing);
  const who = r.model ? `${code(r.model)}${r.version ? ` version ${code(r.version)}` : ""}` : "the model";
  const out = [heading(2, `Production monitor: ${firing.length ? `${firing.length} alert${firing.length === 1 ? "" : "s"}` : "within policy"}`)];
  const rows = r.windows.reduce((s, w) => s + w.rows, 0);
  out.push(`${who}: ${rows} rows in ${r.windows.length} window${r.windows.length === 1 ? "" : "s"}${r.windowSize ? ` of ${r.windowSize}` : ""}, from ${r.files.length} log file${r.files.length === 1 ? "" : "s"}; policy ${escapeMarkdown(r.policy.file)}.`);
  if (r.alerts.length) {
    out.push(
      table(
        ["", "Rule", "Level", "Latest", "Windows breached"],
        r.alerts.map((a) => [a.firing ? "\u{1F534}" : "\u{1F7E2}", escapeMarkdown(a.id), a.level, formatNumber(a.latest), `${a.breaches.filter((b) => b === true).length} of ${a.breaches.filter((b) => b !== null).length}${a.consecutive > 1 ? ` (fires after ${a.consecutive} in a row)` : ""}`]),
        ["center", "left", "left", "right", "right"]
      )
    );
  }
  out.push(...warnings(r));
  for (const a of r.alerts) out.push(trendChart(a.figure, r.windows, a));
  out.push(topDriftingFeatures(r.windows));
  out.push(windowTable(r.windows, r.gated));
  return `${out.filter(Boolean).join("\n\n")}
`;
}
function warnings(r) {
  const out = [];
  for (const f of r.failures) out.push(`> [!WARNING]
> ${escapeMarkdown(f.file)} could not be read to its end (${escapeMarkdown(f.message)}); the rows before the fault are counted, the other files were read.`);
  for (const v of r.otherVersions) out.push(`> [!NOTE]
> ${v.rows} rows from ${escapeMarkdown(v.model ?? "an unnamed model")} version ${escapeMarkdown(v.version ?? "(none)")} (${v.first ?? "?"} to ${v.last ?? "?"}) are left out: only the monitored version's rows are judged.`);
  if (r.notInReference.length) out.push(`> [!NOTE]
> Not in the reference, so not tested for drift: ${r.notInReference.slice(0, 20).map((c) => escapeMarkdown(c)).join(", ")}.`);
  if (r.missingFromLogs.length) out.push(`> [!WARNING]
> Reference features no window has: ${r.missingFromLogs.slice(0, 20).map((c) => escapeMarkdown(c)).join(", ")}.`);
  if (r.problemCount) out.push(details(`${r.problemCount} log line${r.problemCount === 1 ? "" : "s"} skipped`, r.problems.slice(0, 10).map((p) => `- ${escapeMarkdown(p.file)}${p.line ? `:${p.line}` : ""}: ${escapeMarkdown(p.message)}`).join("\n")));
  return out;
}
function windowLabel(w, i) {
  return w.start ? w.start.slice(0, 16).replace("T00:00", "").replace("T", " ") : `all ${i + 1}`;
}
function trendChart(figure, windows, alert) {
  const shown = windows.slice(-CHART_WINDOWS);
  const values = shown.map((w) => w.figures[figure]);
  if (shown.length < 2 || values.every((v) => v === null || v === void 0)) return "";
  const numbers = values.map((v) => typeof v === "number" && Number.isFinite(v) ? Number(v.toPrecision(4)) : 0);
  const limits2 = [alert.low, alert.high].filter((v) => v !== void 0 && Number.isFinite(v));
  const lo = Math.min(...numbers, ...limits2);
  const hi = Math.max(...numbers, ...limits2);
  const pad = hi > lo ? (hi - lo) * 0.1 : Math.abs(hi) * 0.1 || 1;
  const chart = [
    "```mermaid",
    "xychart-beta",
    `  title "${figure.replace(/[^\w]/g, " ")} per window"`,
    // labels are our own ISO dates, but keep the syntax safe regardless
    `  x-axis [${shown.map((w, i) => `"${windowLabel(w, i).replace(/[^\w :.-]/g, "")}"`).join(", ")}]`,
    `  y-axis "${figure.replace(/[^\w]/g, " ")}" ${Number((lo - pad).toPrecision(4))} --> ${Number((hi + pad).toPrecision(4))}`,
    `  line [${numbers.join(", ")}]`,
    ...limits2.map((l) => `  line [${shown.map(() => Number(l.toPrecision(4))).join(", ")}]`),
    "```"
  ].join("\n");
  return details(`Trend: ${figure}${limits2.length ? " (flat lines: the limits)" : ""}`, chart, alert.firing);
}
function driftStrength(d) {
  return isPValueMethod(d.method) ? d.threshold / Math.max(d.value, 1e-300) : d.value / d.threshold;
}
function topDriftingFeatures(windows) {
  const judged = windows.filter((w) => !w.baseline);
  const last = judged[judged.length - 1];
  if (!last || last.featureDrift.columns.length === 0) return "";
  const driftedIn = /* @__PURE__ */ new Map();
  for (const w of judged) for (const c of w.featureDrift.columns) if (c.drifted) driftedIn.set(c.column, (driftedIn.get(c.column) ?? 0) + 1);
  const top = [...last.featureDrift.columns].sort((a, b) => driftStrength(b) - driftStrength(a)).slice(0, TOP_FEATURES);
  return [
    heading(3, `Top drifting features (latest window: ${last.featureDrift.driftedColumns} of ${last.featureDrift.testedColumns} drifted, ${formatPercent(last.featureDrift.share)})`),
    table(
      ["Feature", "Method", "Value", "Drift at", "Latest", "Windows drifted"],
      top.map((c) => [escapeMarkdown(c.column), c.method, formatNumber(c.value), `${isPValueMethod(c.method) ? "\u2264" : "\u2265"} ${c.threshold}`, c.drifted ? "\u26A0\uFE0F drifted" : "ok", `${driftedIn.get(c.column) ?? 0} of ${judged.length}`]),
      ["left", "left", "right", "right", "left", "right"]
    )
  ].join("\n\n");
}
function windowTable(windows, gated) {
  const metricNames = [...new Set(windows.flatMap((w) => Object.keys(w.performance?.metrics ?? {})))].slice(0, 4);
  const headers = ["Window", "Rows", "Feature drift", "Prediction drift", "Missing", "Schema", ...metricNames.map((m) => `${m}${gated?.[m] !== void 0 ? ` (gated ${formatNumber(gated[m])})` : ""}`)];
  const rows = windows.map((w, i) => [
    `${windowLabel(w, i)}${w.baseline ? " (baseline)" : ""}`,
    String(w.rows),
    w.featureDrift.testedColumns ? `${w.featureDrift.driftedColumns}/${w.featureDrift.testedColumns}` : "\u2013",
    formatNumber(w.figures.prediction_drift),
    formatPercent(w.figures.missing_share),
    w.figures.schema_violations === null ? "\u2013" : String(w.figures.schema_violations),
    ...metricNames.map((m) => formatNumber(w.performance?.metrics[m]))
  ]);
  return details(`Every window (${windows.length})`, table(headers, rows), windows.length <= 7);
}

// shared/monitor/score-reference.ts
function scoreHistogramOf(json) {
  const d = json.scoreDistribution;
  if (!d || !Array.isArray(d.bounds) || !Array.isArray(d.counts) || d.counts.length !== d.bounds.length) return void 0;
  if (d.bounds.length !== SCORE_BOUNDS.length || d.bounds.some((b, k) => b !== SCORE_BOUNDS[k])) return void 0;
  const rows = d.counts.reduce((s, c) => s + (typeof c === "number" && c >= 0 ? c : NaN), 0);
  return rows > 0 ? d : void 0;
}
function histogramDrift(reference, window) {
  const counts = new Array(SCORE_BOUNDS.length).fill(0);
  let n = 0;
  for (const cell of window.sample.column(SCORE_COLUMN)) {
    const bin = typeof cell === "number" ? binOf(cell) : -1;
    if (bin < 0) continue;
    counts[bin]++;
    n++;
  }
  if (n === 0) return void 0;
  const m = reference.counts.reduce((s, c) => s + c, 0);
  let d = 0;
  let a = 0;
  let b = 0;
  for (let k = 0; k < counts.length; k++) {
    a += reference.counts[k];
    b += counts[k];
    d = Math.max(d, Math.abs(a / m - b / n));
  }
  const en = m * n / (m + n);
  const pValue = d === 0 ? 1 : kolmogorovSurvival(Math.max(1, Math.round(en)), d);
  const threshold = DEFAULT_THRESHOLDS.ks;
  return { column: SCORE_COLUMN, method: "ks", value: pValue, statistic: d, threshold, drifted: pValue <= threshold, approximate: true };
}

// shared/monitor/performance.ts
function windowPerformance(labeled, gatedTask) {
  const n = labeled.truth.length;
  if (n === 0) return void 0;
  const classifier = gatedTask ? gatedTask !== "regression" : labeled.classCount > 0 || labeled.predicted.some((p) => p !== null);
  if (!classifier) {
    const yTrue2 = Float64Array.from(labeled.truth, (v) => typeof v === "number" ? v : Number(v));
    const yPred2 = Float64Array.from(labeled.scores);
    const keep2 = indexes(n, (i) => Number.isFinite(yTrue2[i]) && Number.isFinite(yPred2[i]));
    if (keep2.length === 0) return void 0;
    return { task: "regression", rows: keep2.length, metrics: computeMetrics("regression", { yTrue: pick(yTrue2, keep2), yPred: pick(yPred2, keep2) }) };
  }
  const classes = classIndex(labeled);
  const k = Math.max(labeled.classCount, classes.size);
  const keep = indexes(n, (i) => classes.has(key(labeled.truth[i])) && classes.has(key(predictedAt(labeled, i))));
  if (keep.length === 0 || k < 2) return void 0;
  const yTrue = Int32Array.from(keep, (i) => classes.get(key(labeled.truth[i])));
  const yPred = Int32Array.from(keep, (i) => classes.get(key(predictedAt(labeled, i))));
  const task = gatedTask ?? (k === 2 ? "binary" : "multiclass");
  const withProba = labeled.classCount === k && labeled.probabilities.length === n * k;
  const proba = withProba ? Float64Array.from(keep.flatMap((i) => labeled.probabilities.slice(i * k, (i + 1) * k))) : void 0;
  return { task, rows: keep.length, metrics: computeMetrics(task, { yTrue, yPred, classCount: k, ...proba ? { proba } : {} }) };
}
function key(cell) {
  return cell === null || cell === void 0 ? "" : String(cell);
}
function predictedAt(labeled, i) {
  const p = labeled.predicted[i];
  if (p !== null && p !== void 0) return p;
  const k = labeled.classCount;
  if (!k) return null;
  let best = 0;
  for (let c = 1; c < k; c++) if (labeled.probabilities[i * k + c] > labeled.probabilities[i * k + best]) best = c;
  return best;
}
function classIndex(labeled) {
  const values = /* @__PURE__ */ new Set();
  for (let i = 0; i < labeled.truth.length; i++) {
    values.add(labeled.truth[i]);
    values.add(predictedAt(labeled, i));
  }
  values.delete(null);
  const list = [...values];
  const integers = list.every((v) => typeof v === "number" && Number.isInteger(v) && v >= 0) || list.every((v) => typeof v === "string" && /^\d+$/.test(v));
  if (integers) return new Map(list.map((v) => [String(v), Number(v)]));
  const sorted = list.map(String).sort();
  return new Map(sorted.map((v, i) => [v, i]));
}
function indexes(n, ok) {
  const out = [];
  for (let i = 0; i < n; i++) if (ok(i)) out.push(i);
  return out;
}
function pick(values, keep) {
  return Float64Array.from(keep, (i) => values[i]);
}

// shared/monitor/window-figures.ts
function windowFigures(window, inputs, baseline, statisticsFile) {
  const profile = window.profile;
  const features = new Set(inputs.features);
  const perColumn = new Map([...profile.columns.keys()].filter((c) => !features.has(c)).map((c) => [c, false]));
  for (const c of inputs.schema?.columns ?? []) if (c.drift !== void 0) perColumn.set(c.name, c.drift);
  const featureDrift = datasetDrift(inputs.reference, profile, { driftShare: inputs.driftShare, perColumn });
  const predictionDrift = (inputs.scoreHistogram ? histogramDrift(inputs.scoreHistogram, profile) : inputs.scoreReference ? columnDrift(SCORE_COLUMN, inputs.scoreReference, profile, { method: "ks" }) : void 0) ?? null;
  const missing = {};
  const absentFeatures = [];
  for (const name of inputs.features) {
    const column = profile.columns.get(name);
    if (!column || column.missing === column.count) absentFeatures.push(name);
    missing[name] = column && column.count ? column.missing / column.count : 1;
  }
  const schemaViolations = window.rules.flatMap((r) => r.results()).filter((r) => r.verdict === "fail").map((r) => ({ id: r.id, message: r.message }));
  const performance = windowPerformance(window.labeled, inputs.gatedTask) ?? null;
  const missingShares = Object.values(missing);
  const figures = {
    rows: profile.rows,
    feature_drift_share: featureDrift.testedColumns ? featureDrift.share : null,
    drifted_features: featureDrift.driftedColumns,
    prediction_drift: predictionDrift?.statistic ?? null,
    missing_share: missingShares.length ? Math.max(...missingShares) : null,
    schema_violations: window.rules.length ? schemaViolations.length : null,
    ...performance?.metrics ?? {}
  };
  return {
    start: Number.isFinite(window.start) ? new Date(window.start).toISOString() : null,
    end: Number.isFinite(window.end) ? new Date(window.end).toISOString() : null,
    ...window.chunk ? { chunk: window.key + 1 } : {},
    rows: profile.rows,
    baseline,
    figures,
    featureDrift,
    predictionDrift,
    missing,
    absentFeatures,
    schemaViolations,
    performance,
    statisticsFile
  };
}

// shared/monitor/gated-metrics.ts
import { readFile } from "node:fs/promises";
async function readGatedMetrics(file) {
  let json;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    throw new UserError(`The gated metrics ${file} cannot be read: ${err.message}`, "input gated-metrics", "Point it at the metrics.json evaluate-gate wrote for the production model (or use reference: NAME@production).", { file });
  }
  if (!json.metrics || typeof json.metrics !== "object") throw new UserError(`${file} has no "metrics": it is not evaluate-gate's metrics.json.`, "input gated-metrics", "Point it at the metrics.json evaluate-gate wrote.", { file });
  const scores = scoreHistogramOf(json);
  return { ...json.task ? { task: json.task } : {}, metrics: json.metrics, ...scores ? { scores } : {} };
}

// shared/monitor/monitor.ts
async function monitorLogs(options) {
  const { logger } = options;
  const policy = options.policy ? await loadMonitorPolicy(options.policy) : parseMonitorPolicy(DEFAULT_POLICY_TEXT, "the default monitor policy");
  const reference = await readStatisticsFile(options.reference);
  const schema = options.schema ? await loadDataSchema(options.schema) : void 0;
  const target = options.target ?? schema?.dataset.target;
  const features = [...reference.columns.keys()].filter((c) => c !== target && !PREDICTION_COLUMNS.includes(c));
  const kinds = new Map([...reference.columns].map(([name, c]) => [name, c.kind]));
  const gated = options.gatedMetrics ? await readGatedMetrics(options.gatedMetrics) : void 0;
  const range = resolveRange({ ...pick2(options, "since", "until", "window"), now: options.now });
  const size = options.windowSize ? parseWindowSize(options.windowSize, "window-size") : policy.chunk;
  const context = {
    range,
    sizeMs: size && "ms" in size ? size.ms : null,
    sizeRows: size && "rows" in size ? size.rows : null,
    kinds: [...kinds],
    labelColumn: LABEL_COLUMN,
    tabular: { ...DEFAULT_TABULAR_COLUMNS, ...options.tabularColumns },
    featureNames: features,
    ...options.segmentBytes ? { segmentBytes: options.segmentBytes } : {},
    ...options.schema ? { schemaFile: options.schema } : {},
    ...options.labels ? { labels: { file: options.labels, ...options.labelColumns ? { columns: options.labelColumns } : {} } } : {}
  };
  const workers = options.workerScript && !context.sizeRows ? options.workers ?? 1 : 1;
  const labels = options.labels && workers <= 1 ? await loadLabels(options.labels, options.labelColumns) : void 0;
  const { windowed, summary: read } = await logger.group(
    "Reading the logs",
    () => readLogsInWindows(options.logs, context, { ...schema ? { schema } : {}, ...labels ? { labels } : {} }, { workers, ...options.workerScript ? { workerScript: options.workerScript } : {}, logger, ...options.cwd ? { cwd: options.cwd } : {} })
  );
  const chosen = chooseVersion(windowed.versions, options.version, options.model);
  const otherVersions = [...windowed.versions].filter(([key2, v]) => key2 !== chosen && v.rows > 0).map(([, v]) => ({ ...v, first: isoOrNull(v.first), last: isoOrNull(v.last) }));
  for (const v of otherVersions) logger.warning(`${v.rows} rows from ${v.model ?? "an unnamed model"} version ${v.version ?? "(none)"} are reported apart, not mixed with the version monitored.`);
  const stats = [...chosen !== void 0 ? windowed.byVersion.get(chosen)?.values() ?? [] : []].sort((a, b) => a.key - b.key);
  if (stats.length === 0 && options.version && otherVersions.length) {
    throw new UserError(
      `No rows of the logs come from ${options.model ? `${options.model} ` : ""}version ${options.version}: they hold ${otherVersions.map((v) => `${v.model ?? "?"} ${v.version ?? "(no version)"} (${v.rows} rows)`).join(", ")}.`,
      "input version",
      "Monitor the model and version production runs (the model input is the name the server logs; the reference's alias may have moved since these logs were written), or read logs from after the deploy (since)."
    );
  }
  if (stats.length === 0) {
    throw new UserError(
      `No rows of the logs fall in the period (${describeRange(range)}): ${read.files.length} file${read.files.length === 1 ? "" : "s"} read, ${windowed.outOfRange} rows outside it.`,
      "input logs",
      "Check since, until and window against the times in the logs (UTC), and that logs names the right files or folder."
    );
  }
  const baselineCount = Math.min(policy.baselineWindows, stats.length);
  const scoreReference = reference.columns.has(SCORE_COLUMN) ? reference : baselineCount ? mergeProfiles(stats.slice(0, baselineCount).map((s) => s.profile)) : void 0;
  const predictionReference = gated?.scores ? "gated evaluation" : reference.columns.has(SCORE_COLUMN) ? "reference statistics" : baselineCount ? "baseline windows" : null;
  const windowsDir = join(options.outputDir, "windows");
  const inputs = { reference, features, scoreReference, driftShare: policy.driftShare, ...schema ? { schema } : {}, ...gated?.task ? { gatedTask: gated.task } : {}, ...gated?.scores ? { scoreHistogram: gated.scores } : {} };
  const windows = [];
  for (const [i, s] of stats.entries()) {
    const file = join(windowsDir, `${s.chunk ? `chunk-${String(s.key + 1).padStart(6, "0")}` : windowName(s.start, i)}.statistics.json`);
    await writeJsonAtomic(file, s.profile.toFileJSON());
    windows.push(windowFigures(s, inputs, i < baselineCount, file));
  }
  const alerts = judgeWindows(policy, windows, gated?.metrics);
  const firing = alerts.filter((a) => a.firing);
  const judgedDrift = windows.some((w) => !w.baseline && w.rows >= policy.minRows && w.featureDrift.drifted);
  const seen = chosen !== void 0 ? windowed.versions.get(chosen) : void 0;
  const model = options.model ?? seen?.model ?? null;
  const version = seen?.version ?? null;
  const missingFromLogs = features.filter((f) => windows.every((w) => w.absentFeatures.includes(f)));
  const notInReference = [...new Set(stats.flatMap((s) => [...s.profile.columns.keys()]))].filter((c) => !reference.columns.has(c) && !PREDICTION_COLUMNS.includes(c));
  if (notInReference.length) logger.warning(`Columns in the logs that the reference does not have (no drift measured for them): ${notInReference.slice(0, 10).join(", ")}`);
  if (missingFromLogs.length) logger.warning(`Reference features no window has: ${missingFromLogs.slice(0, 10).join(", ")}`);
  const report = renderMonitorReport({ model, version, policy, windows, alerts, files: read.files, failures: read.failures, otherVersions, notInReference, missingFromLogs, ...gated ? { gated: gated.metrics } : {}, windowSize: size ? formatWindowSize(size) : null, problems: read.problems.kept, problemCount: read.problems.count });
  const paths = { monitor: join(options.outputDir, "monitor.json"), report: join(options.outputDir, "report.md"), windowsDir };
  await writeJsonAtomic(paths.monitor, {
    format: "mlci-monitor",
    version: 1,
    model,
    modelVersion: version,
    reference: options.reference,
    policy: policy.file,
    period: { since: isoOrNull(range.since), until: isoOrNull(range.until), windowSize: size ? formatWindowSize(size) : null },
    drifted: judgedDrift,
    predictionReference,
    alerts,
    firing: firing.map((a) => a.id),
    windows,
    gated: gated?.metrics ?? null,
    files: read.files,
    failures: read.failures,
    problems: { count: read.problems.count, first: read.problems.kept },
    otherVersions,
    shadowRows: windowed.shadowRows,
    outOfRange: windowed.outOfRange,
    unpairedEvents: read.unpaired,
    notInReference,
    missingFromLogs
  });
  await writeFileAtomic(paths.report, report);
  logger.info(firing.length ? `${firing.length} alert${firing.length === 1 ? "" : "s"} firing: ${firing.map((a) => a.id).join("; ")}` : `Within policy over ${windows.length} window${windows.length === 1 ? "" : "s"}.`);
  return { model, version, windows, alerts, firing, drifted: judgedDrift, files: read.files, failures: read.failures, otherVersions, report, policy, paths };
}
function chooseVersion(versions, version, model) {
  const name = model?.replace(/^.*\//, "").replace(/[:@].*$/, "");
  const candidates = [...versions].filter(([, v]) => v.rows > 0 && (!name || v.model === null || v.model === name));
  if (version) return candidates.find(([, v]) => v.version === version)?.[0] ?? versionKey(name ?? null, version);
  candidates.sort((a, b) => b[1].last - a[1].last || b[1].rows - a[1].rows);
  return candidates[0]?.[0];
}
function mergeProfiles(profiles) {
  return profiles.slice(1).reduce((a, b) => a.merge(b), profiles[0]);
}
function windowName(start, index) {
  return Number.isFinite(start) ? new Date(start).toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z") : `window-${index + 1}`;
}
function isoOrNull(ms) {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
function describeRange(range) {
  return `${isoOrNull(range.since) ?? "the start"} to ${isoOrNull(range.until) ?? "the end"}`;
}
function pick2(o, ...keys) {
  const out = {};
  for (const k of keys) if (o[k] !== void 0) out[k] = o[k];
  return out;
}
export {
  monitorLogs
};
