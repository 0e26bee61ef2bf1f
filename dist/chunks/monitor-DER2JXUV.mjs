import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  readStatisticsFile
} from "./chunk-ORZ6GGM5.mjs";
import {
  computeMetrics
} from "./chunk-3MRV7OLK.mjs";
import {
  metricDirection,
  metricInfo
} from "./chunk-M5GYH7QB.mjs";
import {
  loadDataSchema
} from "./chunk-BUQZTGLI.mjs";
import "./chunk-FXP66TXB.mjs";
import "./chunk-MJFBZJ6R.mjs";
import {
  parseCheckedYamlConfig
} from "./chunk-RPFWIVR5.mjs";
import {
  columnDrift,
  datasetDrift,
  isPValueMethod
} from "./chunk-MS2W4EYM.mjs";
import "./chunk-GALJ5ZCG.mjs";
import {
  configError,
  didYouMean,
  readConfigFile
} from "./chunk-6Y6UUE6Q.mjs";
import "./chunk-GR73T2LK.mjs";
import "./chunk-3MADTVWW.mjs";
import "./chunk-GAFWRQNM.mjs";
import "./chunk-DYWEVUKM.mjs";
import {
  ColumnRules,
  DatasetProfile
} from "./chunk-C7UD2C3U.mjs";
import {
  formatNumber,
  formatPercent
} from "./chunk-JCJ7PNO6.mjs";
import {
  detectFormat,
  loadTable,
  streamJsonObjects,
  streamTable,
  textAt
} from "./chunk-E4GX3LBF.mjs";
import {
  findColumn
} from "./chunk-WKRJA3LE.mjs";
import "./chunk-PEPV4RQA.mjs";
import {
  code,
  details,
  escapeMarkdown,
  heading,
  table
} from "./chunk-W3R24WOA.mjs";
import {
  resolveDataFiles
} from "./chunk-MUF43UFQ.mjs";
import "./chunk-SKS7E2VR.mjs";
import {
  writeFileAtomic,
  writeJsonAtomic
} from "./chunk-LMEGT7DZ.mjs";
import {
  UserError,
  isUserError
} from "./chunk-Y5HJ3DQY.mjs";
import "./chunk-AR3GCIHW.mjs";

// shared/monitor/monitor.ts
import { join as join2 } from "node:path";

// shared/monitor/duration.ts
var UNIT_MS = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function parseDuration(text, input) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$/i.exec(text);
  const ms = match ? Number(match[1]) * UNIT_MS[match[2].toLowerCase()] : NaN;
  if (!(ms > 0)) throw new UserError(`${input} is "${text}", which is not a duration.`, `input ${input}`, "Write a number and a unit: 30m, 6h, 1d, 7d or 2w (s, m, h, d, w).");
  return ms;
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
  patternFix: "Write a duration such as 1d, 12h or 7d."
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

// shared/monitor/labels.ts
async function loadLabels(file, columns = { id: "request_id", label: "label" }) {
  const table2 = await loadTable(file);
  const byName = new Map(table2.columns.map((c) => [c.name, c]));
  const id = byName.get(columns.id);
  const label = byName.get(columns.label);
  if (!id || !label) {
    throw new UserError(`The labels file ${file} has no "${!id ? columns.id : columns.label}" column.`, "input labels", `Give it the columns ${columns.id} (the request id mlci serve logged) and ${columns.label} (the true label); its columns are ${table2.columns.map((c) => c.name).slice(0, 10).join(", ")}.`, { file });
  }
  const out = /* @__PURE__ */ new Map();
  for (let r = 0; r < table2.rowCount; r++) {
    const key2 = cellAt(id, r);
    if (key2 !== null) out.set(String(key2), cellAt(label, r));
  }
  return out;
}
function cellAt(column, row) {
  if (column.kind === "numeric") {
    const v = column.values[row];
    return v === v ? v : null;
  }
  return textAt(column, row);
}

// shared/monitor/log-batch.ts
var SCORE_COLUMN = "prediction.score";
var LABEL_COLUMN = "prediction.label";
var PREDICTION_COLUMNS = [SCORE_COLUMN, LABEL_COLUMN];
var BATCH_ROWS = 4096;
var LogBatchBuilder = class {
  constructor(source, emit) {
    this.source = source;
    this.emit = emit;
  }
  source;
  emit;
  columns = /* @__PURE__ */ new Map();
  timestamps = [];
  rowIds = [];
  lines = [];
  probabilities = [];
  classCount = 0;
  key;
  fileRows = 0;
  batchStart = 0;
  /** adds `rows` rows, their cells by column; every column array has `rows` cells */
  add(meta, rows, cells, probabilities) {
    const key2 = this.key;
    if (key2 && (key2.model !== meta.model || key2.version !== meta.version || key2.role !== meta.role)) this.flush();
    if (probabilities && this.classCount && probabilities[0] && probabilities[0].length !== this.classCount) this.flush();
    this.key = { model: meta.model, version: meta.version, role: meta.role };
    const before = this.timestamps.length;
    for (const [name, values] of cells) {
      let column = this.columns.get(name);
      if (!column) {
        column = new Array(before).fill(null);
        this.columns.set(name, column);
      }
      for (let i = 0; i < rows; i++) column.push(values[i] ?? null);
    }
    for (const [name, column] of this.columns) if (!cells.has(name)) for (let i = 0; i < rows; i++) column.push(null);
    for (let i = 0; i < rows; i++) {
      this.timestamps.push(meta.timestamp);
      this.rowIds.push(meta.requestId === null ? null : rows === 1 ? meta.requestId : `${meta.requestId}/${i}`);
      this.lines.push(meta.line);
    }
    if (probabilities && probabilities.length === rows && probabilities[0]) {
      this.classCount = probabilities[0].length;
      for (const p of probabilities) for (let k = 0; k < this.classCount; k++) this.probabilities.push(typeof p[k] === "number" ? p[k] : NaN);
    } else if (this.classCount) {
      for (let i = 0; i < rows * this.classCount; i++) this.probabilities.push(NaN);
    }
    this.fileRows += rows;
    if (this.timestamps.length >= BATCH_ROWS) this.flush();
  }
  flush() {
    const rows = this.timestamps.length;
    if (rows === 0 || !this.key) return;
    const table2 = {
      source: this.source,
      format: "jsonl",
      rowCount: rows,
      columns: [...this.columns].map(([name, cells]) => columnOf(name, cells)),
      rowLines: Int32Array.from(this.lines)
    };
    const batch = { source: this.source, ...this.key, timestamps: Float64Array.from(this.timestamps), rowIds: this.rowIds, firstRow: this.batchStart, table: table2 };
    if (this.classCount && this.probabilities.length === rows * this.classCount) batch.probabilities = { values: Float64Array.from(this.probabilities), classCount: this.classCount };
    this.emit(batch);
    this.batchStart = this.fileRows;
    this.columns = /* @__PURE__ */ new Map();
    this.timestamps = [];
    this.rowIds = [];
    this.lines = [];
    this.probabilities = [];
    this.classCount = 0;
  }
};
function columnOf(name, cells) {
  if (cells.every((c) => c === null || typeof c === "number")) {
    const values = new Float64Array(cells.length);
    for (let i = 0; i < cells.length; i++) values[i] = cells[i] === null ? NaN : cells[i];
    return { kind: "numeric", name, values };
  }
  return { kind: "text", name, values: cells.map((c) => c === null ? null : String(c)) };
}
function cellOf(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return null;
}
function scoreOf(probabilities) {
  const p = probabilities.map((v) => typeof v === "number" ? v : NaN);
  if (p.length === 0 || p.some((v) => v !== v)) return null;
  if (p.length === 2) return p[1];
  return Math.max(...p);
}

// shared/monitor/read-logs.ts
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

// shared/monitor/kserve-events.ts
function isCloudEvent(object) {
  return typeof object.specversion === "string" && typeof object.id === "string" && typeof object.type === "string";
}
var MAX_PENDING = 1e5;
var KServeEventReader = class {
  constructor(problems, featureNames = []) {
    this.problems = problems;
    this.featureNames = featureNames;
  }
  problems;
  featureNames;
  pending = /* @__PURE__ */ new Map();
  unpaired = 0;
  async read(file, onBatch) {
    const builder = new LogBatchBuilder(file, onBatch);
    let rows = 0;
    await streamJsonObjects(file, {
      onIssue: this.problems.onIssue,
      onObject: (event, line) => {
        const problem = (message) => this.problems.add({ file, line, message });
        if (!isCloudEvent(event)) return problem("not a CloudEvent (it needs specversion, id and type)");
        const data = eventData(event);
        const type = event.type;
        const id = event.id;
        if (type.endsWith(".request")) {
          if (this.pending.size >= MAX_PENDING) {
            this.pending.delete(this.pending.keys().next().value);
            this.unpaired++;
          }
          const time = typeof event.time === "string" ? Date.parse(event.time) : NaN;
          this.pending.set(id, { time, line, file, data, service: typeof event.inferenceservicename === "string" ? event.inferenceservicename : null });
        } else if (type.endsWith(".response")) {
          const request = this.pending.get(id);
          if (!request) return void this.unpaired++;
          this.pending.delete(id);
          rows += this.addPair(builder, id, request, data, problem);
        }
      }
    });
    builder.flush();
    return rows;
  }
  /** requests never answered in the files read */
  get waiting() {
    return this.pending.size;
  }
  addPair(builder, id, request, response, problem) {
    const inputs = requestColumns(request.data, this.featureNames);
    if (!inputs) {
      problem(`request ${id} holds neither Open Inference Protocol inputs nor V1 instances`);
      return 0;
    }
    const { cells, rows } = inputs;
    const answer = responseColumns(response, rows);
    for (const [name, values] of answer.cells) cells.set(name, values);
    const body = response ?? {};
    builder.add(
      {
        model: typeof body.model_name === "string" ? body.model_name : request.service,
        version: typeof body.model_version === "string" ? body.model_version : null,
        role: null,
        timestamp: request.time,
        requestId: id,
        line: request.line
      },
      rows,
      cells,
      answer.probabilities
    );
    return rows;
  }
};
function eventData(event) {
  if (event.data !== void 0) return typeof event.data === "string" ? safeParse(event.data) : event.data;
  if (typeof event.data_base64 === "string") return safeParse(Buffer.from(event.data_base64, "base64").toString("utf8"));
  return void 0;
}
function safeParse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function tensors(value) {
  if (!Array.isArray(value)) return void 0;
  const out = value.filter((t) => t && typeof t.name === "string" && Array.isArray(t.shape) && Array.isArray(t.data));
  return out.length === value.length ? out : void 0;
}
function rowsOf(t) {
  const flat = t.data.flat(Infinity);
  const rows = t.shape[0] ?? flat.length;
  return { rows, width: rows ? Math.round(flat.length / rows) : 0, data: flat };
}
function requestColumns(data, featureNames) {
  const body = data;
  const cells = /* @__PURE__ */ new Map();
  const inputs = tensors(body?.inputs);
  if (inputs) {
    let rows = 0;
    for (const t of inputs) {
      const r = rowsOf(t);
      rows = r.rows;
      const names = r.width === featureNames.length && inputs.length === 1 ? featureNames : Array.from({ length: r.width }, (_, k) => r.width === 1 ? t.name : `${t.name}_${k}`);
      names.forEach((name, k) => cells.set(name, Array.from({ length: r.rows }, (_, i) => cellOf(r.data[i * r.width + k]))));
    }
    return { cells, rows };
  }
  if (Array.isArray(body?.instances)) {
    const instances = body.instances;
    instances.forEach((instance, i) => {
      const entries = Array.isArray(instance) ? instance.map((v, k) => [featureNames.length === instance.length ? featureNames[k] : `input_${k}`, v]) : instance && typeof instance === "object" ? Object.entries(instance) : [["input_0", instance]];
      for (const [name, v] of entries) {
        let column = cells.get(name);
        if (!column) cells.set(name, column = new Array(instances.length).fill(null));
        column[i] = cellOf(v);
      }
    });
    return { cells, rows: instances.length };
  }
  return void 0;
}
function responseColumns(data, rows) {
  const body = data;
  const cells = /* @__PURE__ */ new Map();
  const outputs = tensors(body?.outputs);
  if (outputs) {
    let probabilities;
    const probs = outputs.find((t) => /prob/i.test(t.name) && rowsOf(t).width > 1);
    if (probs) {
      const r = rowsOf(probs);
      probabilities = Array.from({ length: r.rows }, (_, i) => r.data.slice(i * r.width, (i + 1) * r.width));
      cells.set(SCORE_COLUMN, probabilities.map((p) => scoreOf(p)));
    }
    const label = outputs.find((t) => t !== probs && rowsOf(t).width === 1 && rowsOf(t).rows === rows);
    if (label) cells.set(probs ? LABEL_COLUMN : SCORE_COLUMN, rowsOf(label).data.map(cellOf));
    return probabilities ? { cells, probabilities } : { cells };
  }
  if (Array.isArray(body?.predictions) && body.predictions.length === rows) {
    const predictions = body.predictions;
    if (predictions.every(Array.isArray)) {
      const probabilities = predictions;
      cells.set(SCORE_COLUMN, probabilities.map((p) => scoreOf(p)));
      return { cells, probabilities };
    }
    cells.set(LABEL_COLUMN, predictions.map(cellOf));
  }
  return { cells };
}

// shared/monitor/log-problems.ts
var KEPT = 50;
var LogProblems = class {
  kept = [];
  count = 0;
  add(problem) {
    this.count++;
    if (this.kept.length < KEPT) this.kept.push(problem);
  }
  /** a reader's row issue (a line that is not JSON, bytes that are not UTF-8) */
  onIssue = (issue) => this.add({ file: issue.source, line: issue.line, message: issue.message });
};

// shared/monitor/prediction-log.ts
function isPredictionRecord(object) {
  return typeof object.timestamp === "string" && isPlainObject(object.inputs) && "outputs" in object;
}
async function readPredictionLog(file, problems, onBatch, featureNames = []) {
  const builder = new LogBatchBuilder(file, onBatch);
  let rows = 0;
  await streamJsonObjects(file, {
    onIssue: problems.onIssue,
    onObject(record, line) {
      const added = addRecord(builder, record, line, (message) => problems.add({ file, line, message }), featureNames);
      rows += added;
    }
  });
  builder.flush();
  return rows;
}
function addRecord(builder, record, line, problem, featureNames) {
  if (!isPredictionRecord(record)) {
    problem("not a prediction-log record (it needs timestamp, inputs and outputs)");
    return 0;
  }
  const timestamp = Date.parse(record.timestamp);
  if (Number.isNaN(timestamp)) {
    problem(`timestamp ${JSON.stringify(record.timestamp)} is not an ISO 8601 time`);
    return 0;
  }
  const inputs = record.inputs;
  const names = positionalNames(Object.keys(inputs), featureNames);
  const cells = /* @__PURE__ */ new Map();
  let rows;
  for (const [name, values] of Object.entries(inputs)) {
    if (!Array.isArray(values)) {
      problem(`input ${JSON.stringify(name)} is not an array of per-row values`);
      return 0;
    }
    if (rows !== void 0 && values.length !== rows) {
      problem(`input ${JSON.stringify(name)} has ${values.length} values where the others have ${rows}`);
      return 0;
    }
    rows = values.length;
    cells.set(names?.get(name) ?? name, values.map(cellOf));
  }
  if (!rows) return 0;
  const outputs = isPlainObject(record.outputs) ? record.outputs : {};
  let probabilities;
  if (Array.isArray(outputs.probabilities) && outputs.probabilities.length === rows && outputs.probabilities.every(Array.isArray)) {
    probabilities = outputs.probabilities;
    cells.set(SCORE_COLUMN, probabilities.map((p) => scoreOf(p)));
  }
  if (Array.isArray(outputs.label) && outputs.label.length === rows) cells.set(LABEL_COLUMN, outputs.label.map(cellOf));
  if (!probabilities) {
    const values = Object.entries(outputs).find(([name, v]) => name !== "label" && Array.isArray(v) && v.length === rows)?.[1];
    if (values) cells.set(SCORE_COLUMN, values.map((v) => cellOf(Array.isArray(v) ? v[0] : v)));
  }
  builder.add(
    {
      model: typeof record.model === "string" ? record.model : null,
      version: typeof record.version === "string" ? record.version : null,
      role: typeof record.role === "string" ? record.role : null,
      timestamp,
      requestId: typeof record.request_id === "string" ? record.request_id : null,
      line
    },
    rows,
    cells,
    probabilities
  );
  return rows;
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function positionalNames(keys, featureNames) {
  if (keys.length !== featureNames.length || keys.length === 0 || keys.some((k) => featureNames.includes(k))) return void 0;
  const prefix = /^(.*)_0$/.exec(keys[0])?.[1];
  if (prefix === void 0 || keys.some((k, i) => k !== `${prefix}_${i}`)) return void 0;
  return new Map(keys.map((k, i) => [k, featureNames[i]]));
}

// shared/monitor/tabular-log.ts
var DEFAULT_TABULAR_COLUMNS = { timestamp: "timestamp", requestId: "request_id", score: "score", label: "prediction" };
async function readTabularLog(file, names, problems, onBatch) {
  let firstRow = 0;
  const { rowCount } = await streamTable(file, {
    onIssue: problems.onIssue,
    onBatch(table2) {
      onBatch(toBatch(table2, names, firstRow));
      firstRow += table2.rowCount;
    }
  });
  return rowCount;
}
function toBatch(table2, names, firstRow) {
  const n = table2.rowCount;
  const byName = new Map(table2.columns.map((c) => [c.name, c]));
  const time = byName.get(names.timestamp);
  const timestamps = new Float64Array(n).fill(NaN);
  if (time) for (let i = 0; i < n; i++) timestamps[i] = timeAt(time, i);
  const id = byName.get(names.requestId);
  const rowIds = Array.from({ length: n }, (_, i) => id ? cellText(id, i) : null);
  const columns = [];
  for (const c of table2.columns) {
    if (c === time || c === id) continue;
    if (c.name === names.score) columns.push({ ...c, name: SCORE_COLUMN });
    else if (c.name === names.label) columns.push({ ...c, name: LABEL_COLUMN });
    else columns.push(c);
  }
  return { source: table2.source, model: null, version: null, role: null, timestamps, rowIds, firstRow, table: { ...table2, columns } };
}
function cellText(column, row) {
  if (column.kind === "numeric") {
    const v = column.values[row];
    return v === v ? String(v) : null;
  }
  return textAt(column, row);
}
function timeAt(column, row) {
  if (column.kind === "numeric") {
    const v = column.values[row];
    return v < 1e11 ? v * 1e3 : v;
  }
  const text = textAt(column, row);
  return text === null ? NaN : Date.parse(text);
}

// shared/monitor/read-logs.ts
var LOG_FILE = /\.(jsonl|ndjson|csv|tsv|parquet)(\.gz)?$/i;
async function readLogs(patterns, options, onBatch) {
  const files = await expandLogInputs(patterns, options.cwd);
  const problems = new LogProblems();
  const kserve = new KServeEventReader(problems, options.featureNames);
  const summary = { files: [], failures: [], problems, unpaired: 0 };
  for (const file of files) {
    let kind = "table";
    try {
      kind = await logKind(file);
      const rows = kind === "mlci" ? await readPredictionLog(file, problems, onBatch, options.featureNames) : kind === "kserve" ? await kserve.read(file, onBatch) : await readTabularLog(file, options.tabular, problems, onBatch);
      summary.files.push({ file, kind, rows });
      options.logger.debug(`read ${rows} rows from ${file} (${kind})`);
    } catch (err) {
      if (!isUserError(err)) throw err;
      summary.failures.push({ file, message: err.message });
      options.logger.warning(`${file} could not be read to its end: ${err.message}`, { file });
    }
  }
  summary.unpaired = kserve.unpaired + kserve.waiting;
  return summary;
}
async function expandLogInputs(patterns, cwd = process.cwd()) {
  const out = [];
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    const isDir = await stat(path).then((s) => s.isDirectory(), () => false);
    if (isDir) {
      const names = (await readdir(path)).filter((n) => LOG_FILE.test(n)).sort();
      out.push(...names.map((n) => join(pattern, n)));
    } else out.push(...await resolveDataFiles([pattern], cwd));
  }
  return [...new Set(out)];
}
async function logKind(file) {
  if (detectFormat(file) !== "jsonl") return "table";
  let first;
  await streamJsonObjects(file, { onIssue: () => void 0, maxObjects: 1, onObject: (object) => void (first ??= object) });
  if (first && isPredictionRecord(first)) return "mlci";
  if (first && isCloudEvent(first)) return "kserve";
  return "table";
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
  const predictionDrift = inputs.scoreReference ? columnDrift(SCORE_COLUMN, inputs.scoreReference, profile, { method: "ks" }) ?? null : null;
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

// shared/monitor/window-stats.ts
var WindowStats = class {
  constructor(start, end, kinds, schema) {
    this.start = start;
    this.end = end;
    this.profile = new DatasetProfile(kinds);
    this.rules = schema?.columns.map((c) => new ColumnRules(c)) ?? [];
  }
  start;
  end;
  profile;
  rules;
  labeled = { truth: [], predicted: [], scores: [], probabilities: [], classCount: 0 };
  /** rows [from, to) of a batch, all in this window */
  add(batch, from, to, labels, labelColumn) {
    const table2 = sliceTable(batch.table, from, to);
    const firstRow = batch.firstRow + from;
    this.profile.addBatch(table2, firstRow);
    for (const rules of this.rules) rules.addBatch(table2, findColumn(table2, rules.schema.name), firstRow);
    if (labels) this.addLabeled(batch, from, to, labels, labelColumn);
  }
  addLabeled(batch, from, to, labels, labelColumn) {
    const predicted = findColumn(batch.table, labelColumn);
    const score = findColumn(batch.table, "prediction.score");
    const probs = batch.probabilities;
    const l = this.labeled;
    for (let r = from; r < to; r++) {
      const id = batch.rowIds[r];
      if (id === null || id === void 0 || !labels.has(id)) continue;
      l.truth.push(labels.get(id));
      l.predicted.push(predicted ? cellAt2(predicted, r) : null);
      const s = score ? cellAt2(score, r) : null;
      l.scores.push(typeof s === "number" ? s : NaN);
      if (probs && (l.classCount === 0 || l.classCount === probs.classCount)) {
        l.classCount = probs.classCount;
        for (let k = 0; k < probs.classCount; k++) l.probabilities.push(probs.values[r * probs.classCount + k]);
      }
    }
  }
};
function cellAt2(column, row) {
  if (column.kind === "numeric") {
    const v = column.values[row];
    return v === v ? v : null;
  }
  return column.values[row] ?? null;
}
function sliceTable(table2, from, to) {
  if (from === 0 && to === table2.rowCount) return table2;
  return {
    source: table2.source,
    format: table2.format,
    rowCount: to - from,
    columns: table2.columns.map((c) => c.kind === "numeric" ? { kind: "numeric", name: c.name, values: c.values.subarray(from, to) } : { kind: "text", name: c.name, values: c.values.slice(from, to) }),
    ...table2.rowLines ? { rowLines: table2.rowLines.subarray(from, to) } : {}
  };
}
var WindowedLog = class {
  constructor(options) {
    this.options = options;
  }
  options;
  byVersion = /* @__PURE__ */ new Map();
  versions = /* @__PURE__ */ new Map();
  outOfRange = 0;
  shadowRows = 0;
  add(batch) {
    if (batch.role === "shadow") {
      this.shadowRows += batch.table.rowCount;
      return;
    }
    const key2 = versionKey(batch.model, batch.version);
    let windows = this.byVersion.get(key2);
    if (!windows) {
      windows = /* @__PURE__ */ new Map();
      this.byVersion.set(key2, windows);
    }
    const seen = this.versions.get(key2) ?? { model: batch.model, version: batch.version, rows: 0, first: Infinity, last: -Infinity };
    this.versions.set(key2, seen);
    const { since, until } = this.options.range;
    const size = this.options.sizeMs;
    const t = batch.timestamps;
    let runStart = 0;
    let runKey;
    const n = batch.table.rowCount;
    const flush = (end) => {
      if (runKey !== void 0 && end > runStart) this.window(windows, runKey).add(batch, runStart, end, this.options.labels, this.options.labelColumn);
    };
    for (let r = 0; r < n; r++) {
      const time = t[r];
      let windowKey;
      if (time !== time) windowKey = Number.isFinite(since) || Number.isFinite(until) ? void 0 : NaN;
      else if (time >= since && time < until) windowKey = size === null ? Number.isFinite(since) ? since : -Infinity : Math.floor(time / size) * size;
      if (windowKey === void 0) this.outOfRange++;
      else {
        seen.rows++;
        if (time === time) {
          seen.first = Math.min(seen.first, time);
          seen.last = Math.max(seen.last, time);
        }
      }
      if (!Object.is(windowKey, runKey)) {
        flush(r);
        runStart = r;
        runKey = windowKey;
      }
    }
    flush(n);
  }
  window(windows, key2) {
    let w = windows.get(key2);
    if (!w) {
      const size = this.options.sizeMs;
      const end = key2 !== key2 ? NaN : size === null ? this.options.range.until : key2 + size;
      w = new WindowStats(key2, end, this.options.kinds, this.options.schema);
      windows.set(key2, w);
    }
    return w;
  }
};
function versionKey(model, version) {
  return `${model ?? ""}:${version ?? ""}`;
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
  return { ...json.task ? { task: json.task } : {}, metrics: json.metrics };
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
  const labels = options.labels ? await loadLabels(options.labels, options.labelColumns) : void 0;
  const gated = options.gatedMetrics ? await readGatedMetrics(options.gatedMetrics) : void 0;
  const range = resolveRange({ ...pick2(options, "since", "until", "window"), now: options.now });
  const sizeMs = options.windowSize ? parseDuration(options.windowSize, "window-size") : null;
  const windowed = new WindowedLog({ range, sizeMs, kinds, ...schema ? { schema } : {}, ...labels ? { labels } : {}, labelColumn: LABEL_COLUMN });
  const tabular = { ...DEFAULT_TABULAR_COLUMNS, ...options.tabularColumns };
  const read = await logger.group("Reading the logs", () => readLogs(options.logs, { tabular, featureNames: features, logger, ...options.cwd ? { cwd: options.cwd } : {} }, (batch) => windowed.add(batch)));
  const chosen = chooseVersion(windowed.versions, options.version, options.model);
  const otherVersions = [...windowed.versions].filter(([key2, v]) => key2 !== chosen && v.rows > 0).map(([, v]) => ({ ...v, first: isoOrNull(v.first), last: isoOrNull(v.last) }));
  for (const v of otherVersions) logger.warning(`${v.rows} rows from ${v.model ?? "an unnamed model"} version ${v.version ?? "(none)"} are reported apart, not mixed with the version monitored.`);
  const stats = [...chosen !== void 0 ? windowed.byVersion.get(chosen)?.values() ?? [] : []].sort((a, b) => a.start - b.start);
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
  const windowsDir = join2(options.outputDir, "windows");
  const inputs = { reference, features, scoreReference, driftShare: policy.driftShare, ...schema ? { schema } : {}, ...gated?.task ? { gatedTask: gated.task } : {} };
  const windows = [];
  for (const [i, s] of stats.entries()) {
    const file = join2(windowsDir, `${windowName(s.start, i)}.statistics.json`);
    await writeJsonAtomic(file, s.profile.toJSON());
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
  const report = renderMonitorReport({ model, version, policy, windows, alerts, files: read.files, failures: read.failures, otherVersions, notInReference, missingFromLogs, ...gated ? { gated: gated.metrics } : {}, windowSize: sizeMs ? formatDuration(sizeMs) : null, problems: read.problems.kept, problemCount: read.problems.count });
  const paths = { monitor: join2(options.outputDir, "monitor.json"), report: join2(options.outputDir, "report.md"), windowsDir };
  await writeJsonAtomic(paths.monitor, {
    format: "mlci-monitor",
    version: 1,
    model,
    modelVersion: version,
    reference: options.reference,
    policy: policy.file,
    period: { since: isoOrNull(range.since), until: isoOrNull(range.until), windowSize: sizeMs ? formatDuration(sizeMs) : null },
    drifted: judgedDrift,
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
