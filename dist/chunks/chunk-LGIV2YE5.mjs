import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  ScanPool
} from "./chunk-SJ6TO5GV.mjs";
import {
  absorbRules,
  rulesStateOf
} from "./chunk-FOAE3HMN.mjs";
import {
  ColumnRules,
  DatasetProfile
} from "./chunk-E6H5GRHK.mjs";
import {
  findColumn
} from "./chunk-MWAICGG4.mjs";
import {
  detectFormat,
  streamJsonObjects,
  streamTable
} from "./chunk-AUKHAFSQ.mjs";
import {
  countNewlines
} from "./chunk-Z7FU6QYM.mjs";
import {
  startsLikeGzip,
  textAt
} from "./chunk-HMON5L2P.mjs";
import {
  resolveDataFiles
} from "./chunk-HJAITZ65.mjs";
import {
  UserError,
  isUserError
} from "./chunk-PWERFMPE.mjs";

// shared/monitor/log-batch.ts
var SCORE_COLUMN = "prediction.score";
var LABEL_COLUMN = "prediction.label";
var PREDICTION_COLUMNS = [SCORE_COLUMN, LABEL_COLUMN];
var BATCH_ROWS = 4096;
var LogBatchBuilder = class {
  constructor(source, emit, firstRow = 0) {
    this.source = source;
    this.emit = emit;
    this.fileRows = firstRow;
    this.batchStart = firstRow;
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
    const key = this.key;
    if (key && (key.model !== meta.model || key.version !== meta.version || key.role !== meta.role)) this.flush();
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
    const table = {
      source: this.source,
      format: "jsonl",
      rowCount: rows,
      columns: [...this.columns].map(([name, cells]) => columnOf(name, cells)),
      rowLines: Int32Array.from(this.lines)
    };
    const batch = { source: this.source, ...this.key, timestamps: Float64Array.from(this.timestamps), rowIds: this.rowIds, firstRow: this.batchStart, table };
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

// shared/monitor/tabular-log.ts
var DEFAULT_TABULAR_COLUMNS = { timestamp: "timestamp", requestId: "request_id", score: "score", label: "prediction" };
async function readTabularLog(file, names, problems, onBatch) {
  let firstRow = 0;
  const { rowCount } = await streamTable(file, {
    onIssue: problems.onIssue,
    onBatch(table) {
      onBatch(toBatch(table, names, firstRow));
      firstRow += table.rowCount;
    }
  });
  return rowCount;
}
function toBatch(table, names, firstRow) {
  const n = table.rowCount;
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const time = byName.get(names.timestamp);
  const timestamps = new Float64Array(n).fill(NaN);
  if (time) for (let i = 0; i < n; i++) timestamps[i] = timeAt(time, i);
  const id = byName.get(names.requestId);
  const rowIds = Array.from({ length: n }, (_, i) => id ? cellText(id, i) : null);
  const columns = [];
  for (const c of table.columns) {
    if (c === time || c === id) continue;
    if (c.name === names.score) columns.push({ ...c, name: SCORE_COLUMN });
    else if (c.name === names.label) columns.push({ ...c, name: LABEL_COLUMN });
    else columns.push(c);
  }
  return { source: table.source, model: null, version: null, role: null, timestamps, rowIds, firstRow, table: { ...table, columns } };
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

// shared/monitor/window-stats.ts
var WindowStats = class {
  constructor(key, start, end, kinds, schema, chunk = false) {
    this.key = key;
    this.start = start;
    this.end = end;
    this.chunk = chunk;
    this.profile = new DatasetProfile(kinds);
    this.rules = schema?.columns.map((c) => new ColumnRules(c)) ?? [];
  }
  key;
  start;
  end;
  chunk;
  profile;
  rules;
  labeled = { truth: [], predicted: [], scores: [], probabilities: [], classCount: 0 };
  /** rows [from, to) of a batch, all in this window */
  add(batch, from, to, labels, labelColumn) {
    const table = sliceTable(batch.table, from, to);
    const firstRow = batch.firstRow + from;
    this.profile.addBatch(table, firstRow);
    for (const rules of this.rules) rules.addBatch(table, findColumn(table, rules.schema.name), firstRow);
    if (labels) this.addLabeled(batch, from, to, labels, labelColumn);
    if (this.chunk) for (let r = from; r < to; r++) this.seeTime(batch.timestamps[r]);
  }
  seeTime(time) {
    if (time !== time) return;
    if (!(time >= this.start)) this.start = time;
    if (!(time <= this.end)) this.end = time;
  }
  toState() {
    return { key: this.key, start: this.start, end: this.end, profile: this.profile.toJSON(), rules: this.rules.map(rulesStateOf), labeled: this.labeled };
  }
  /** adds a window of later rows (another file, or a later segment of one), as if they had been read here */
  absorb(state) {
    if (this.profile.rows === 0 && this.profile.columns.size === 0) this.profile = DatasetProfile.fromJSON(state.profile);
    else this.profile.absorb(state.profile);
    coalesceFiles(this.profile);
    state.rules.forEach((rules, k) => absorbRules(this.rules[k], rules));
    if (this.chunk) {
      this.seeTime(state.start);
      this.seeTime(state.end);
    }
    const l = this.labeled;
    const more = state.labeled;
    if (more.truth.length === 0) return;
    if (l.truth.length === 0) {
      this.labeled = more;
      return;
    }
    const sameClasses = l.classCount === more.classCount;
    for (let i = 0; i < more.truth.length; i++) {
      l.truth.push(more.truth[i]);
      l.predicted.push(more.predicted[i]);
      l.scores.push(more.scores[i]);
    }
    if (sameClasses) for (const p of more.probabilities) l.probabilities.push(p);
    else l.probabilities.length = 0;
  }
  addLabeled(batch, from, to, labels, labelColumn) {
    const predicted = findColumn(batch.table, labelColumn);
    const score = findColumn(batch.table, "prediction.score");
    const probs = batch.probabilities;
    const l = this.labeled;
    for (let r = from; r < to; r++) {
      const id = batch.rowIds[r];
      const truth = id === null || id === void 0 ? void 0 : labels.get(id);
      if (truth === void 0) continue;
      l.truth.push(truth);
      l.predicted.push(predicted ? cellAt(predicted, r) : null);
      const s = score ? cellAt(score, r) : null;
      l.scores.push(typeof s === "number" ? s : NaN);
      if (probs && (l.classCount === 0 || l.classCount === probs.classCount)) {
        l.classCount = probs.classCount;
        for (let k = 0; k < probs.classCount; k++) l.probabilities.push(probs.values[r * probs.classCount + k]);
      }
    }
  }
};
function coalesceFiles(profile) {
  const files = profile.files;
  for (let i = files.length - 1; i > 0; i--) {
    if (files[i].file === files[i - 1].file) {
      files[i - 1].rows += files[i].rows;
      files.splice(i, 1);
    }
  }
}
function cellAt(column, row) {
  if (column.kind === "numeric") {
    const v = column.values[row];
    return v === v ? v : null;
  }
  return column.values[row] ?? null;
}
function sliceTable(table, from, to) {
  if (from === 0 && to === table.rowCount) return table;
  return {
    source: table.source,
    format: table.format,
    rowCount: to - from,
    columns: table.columns.map((c) => c.kind === "numeric" ? { kind: "numeric", name: c.name, values: c.values.subarray(from, to) } : { kind: "text", name: c.name, values: c.values.slice(from, to) }),
    ...table.rowLines ? { rowLines: table.rowLines.subarray(from, to) } : {}
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
    const key = versionKey(batch.model, batch.version);
    const windows = this.windowsOf(key);
    const seen = this.seen(key, batch.model, batch.version);
    const { since, until } = this.options.range;
    const size = this.options.sizeMs;
    const chunkRows = this.options.sizeRows ?? null;
    const rowOffset = this.options.rowOffsets?.get(key) ?? 0;
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
      const inRange = time !== time ? !(Number.isFinite(since) || Number.isFinite(until)) : time >= since && time < until;
      if (!inRange) windowKey = void 0;
      else if (chunkRows !== null) windowKey = Math.floor((rowOffset + seen.rows) / chunkRows);
      else if (time !== time) windowKey = NaN;
      else windowKey = size === null ? Number.isFinite(since) ? since : -Infinity : Math.floor(time / size) * size;
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
  toState() {
    return {
      windows: [...this.byVersion].map(([key, windows]) => [key, [...windows.values()].map((w) => w.toState())]),
      versions: [...this.versions],
      outOfRange: this.outOfRange,
      shadowRows: this.shadowRows
    };
  }
  /** adds what a reader of later files (or a later segment of a file) gathered, as if read here */
  absorb(state) {
    this.outOfRange += state.outOfRange;
    this.shadowRows += state.shadowRows;
    for (const [key, v] of state.versions) {
      const seen = this.seen(key, v.model, v.version);
      seen.rows += v.rows;
      seen.first = Math.min(seen.first, v.first);
      seen.last = Math.max(seen.last, v.last);
    }
    for (const [key, windows] of state.windows) {
      const mine = this.windowsOf(key);
      for (const w of windows) this.window(mine, w.key).absorb(w);
    }
  }
  windowsOf(key) {
    let windows = this.byVersion.get(key);
    if (!windows) {
      windows = /* @__PURE__ */ new Map();
      this.byVersion.set(key, windows);
    }
    return windows;
  }
  seen(key, model, version) {
    let seen = this.versions.get(key);
    if (!seen) {
      seen = { model, version, rows: 0, first: Infinity, last: -Infinity };
      this.versions.set(key, seen);
    }
    return seen;
  }
  window(windows, key) {
    let w = windows.get(key);
    if (!w) {
      if (this.options.sizeRows) w = new WindowStats(key, NaN, NaN, this.options.kinds, this.options.schema, true);
      else {
        const size = this.options.sizeMs;
        const end = key !== key ? NaN : size === null ? this.options.range.until : key + size;
        w = new WindowStats(key, key, end, this.options.kinds, this.options.schema);
      }
      windows.set(key, w);
    }
    return w;
  }
};
function versionKey(model, version) {
  return `${model ?? ""}:${version ?? ""}`;
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
  /** the problems another reader met, after these */
  absorb(count, kept) {
    for (const problem of kept) if (this.kept.length < KEPT) this.kept.push(problem);
    this.count += count;
  }
  /** a reader's row issue (a line that is not JSON, bytes that are not UTF-8) */
  onIssue = (issue) => this.add({ file: issue.source, line: issue.line, message: issue.message });
};

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

// shared/monitor/log-segments.ts
import { open } from "node:fs/promises";
var SEGMENT_BYTES = 64 * 1024 * 1024;
var SEGMENT_ROW_STRIDE = 2 ** 26;
var BLOCK = 4 * 1024 * 1024;
async function* segmentLogFile(file, segmentBytes = SEGMENT_BYTES) {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    if (size <= segmentBytes) return;
    const buf = Buffer.allocUnsafe(BLOCK);
    const head = await handle.read(buf, 0, 2, 0);
    if (startsLikeGzip(buf.subarray(0, head.bytesRead))) return;
    let start = { offset: 0, line: 1 };
    let index = 0;
    let lines = 1;
    let position = 0;
    let target = segmentBytes;
    while (position < size && target < size) {
      const { bytesRead } = await handle.read(buf, 0, BLOCK, position);
      if (bytesRead === 0) break;
      let from = 0;
      for (; ; ) {
        const cut = target - 1 - position;
        const lf = cut < bytesRead ? buf.indexOf(10, Math.max(cut, from)) : -1;
        if (lf < 0 || lf >= bytesRead) {
          lines += countNewlines(buf, from, bytesRead);
          if (cut < bytesRead) target = position + bytesRead + 1;
          break;
        }
        lines += countNewlines(buf, from, lf + 1);
        from = lf + 1;
        const offset = position + from;
        if (offset >= size) break;
        yield { index, start, end: offset };
        index++;
        start = { offset, line: lines };
        target = offset + segmentBytes;
      }
      position += bytesRead;
    }
    yield { index, start, end: Infinity };
  } finally {
    await handle.close();
  }
}

// shared/monitor/prediction-log.ts
function isPredictionRecord(object) {
  return typeof object.timestamp === "string" && isPlainObject(object.inputs) && "outputs" in object;
}
async function readPredictionLog(file, problems, onBatch, featureNames = [], segment) {
  const builder = new LogBatchBuilder(file, onBatch, segment ? segment.index * SEGMENT_ROW_STRIDE : 0);
  let rows = 0;
  await streamJsonObjects(file, {
    ...segment ? { range: { start: segment.start, end: segment.end } } : {},
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

// shared/monitor/read-logs.ts
var LOG_FILE = /\.(jsonl|ndjson|csv|tsv|parquet)(\.gz)?$/i;
async function* planLogJobs(patterns, cwd, segmentBytes) {
  const files = await expandLogInputs(patterns, cwd);
  let kserve;
  for (const file of files) {
    const kind = await logKind(file).catch((err) => {
      if (isUserError(err)) return "table";
      throw err;
    });
    if (kind === "kserve") {
      (kserve ??= { parts: [] }).parts.push({ file, kind });
      continue;
    }
    let segmented = false;
    if (kind === "mlci") {
      for await (const segment of segmentLogFile(file, segmentBytes)) {
        segmented = true;
        yield { parts: [{ file, kind, segment }] };
      }
    }
    if (!segmented) yield { parts: [{ file, kind }] };
  }
  if (kserve) yield kserve;
}
async function readLogJob(job, windowing, options) {
  const windowed = new WindowedLog(windowing);
  const onBatch = (batch) => windowed.add(batch);
  const problems = new LogProblems();
  const kserve = new KServeEventReader(problems, options.featureNames);
  const result = { windowed: windowed.toState(), files: [], failures: [], problems, unpaired: 0 };
  for (const { file, kind, segment } of job.parts) {
    try {
      const rows = kind === "mlci" ? await readPredictionLog(file, problems, onBatch, options.featureNames, segment) : kind === "kserve" ? await kserve.read(file, onBatch) : await readTabularLog(file, options.tabular, problems, onBatch);
      result.files.push({ file, kind, rows });
      options.logger?.debug(`read ${rows} rows from ${file}${segment ? ` (segment ${segment.index + 1})` : ""} (${kind})`);
    } catch (err) {
      if (!isUserError(err)) throw err;
      result.failures.push({ file, message: err.message });
    }
  }
  result.unpaired = kserve.unpaired + kserve.waiting;
  result.windowed = windowed.toState();
  result.problems = { count: problems.count, kept: problems.kept };
  return result;
}
function absorbJobResult(summary, result, logger) {
  for (const read of result.files) {
    const last = summary.files[summary.files.length - 1];
    if (last?.file === read.file) last.rows += read.rows;
    else summary.files.push({ ...read });
  }
  for (const failure of result.failures) {
    if (summary.failures.some((f) => f.file === failure.file)) continue;
    summary.failures.push(failure);
    logger.warning(`${failure.file} could not be read to its end: ${failure.message}`, { file: failure.file });
  }
  summary.files = summary.files.filter((f) => !summary.failures.some((x) => x.file === f.file));
  summary.problems.absorb(result.problems.count, result.problems.kept);
  summary.unpaired += result.unpaired;
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

// shared/monitor/read-parallel.ts
async function loadInputs(context) {
  const schema = context.schemaFile ? await (await import("./load-schema-K3ZFWY5U.mjs")).loadDataSchema(context.schemaFile) : void 0;
  const labels = context.labels ? await (await import("./labels-PWI2DAVT.mjs")).loadLabels(context.labels.file, context.labels.columns) : void 0;
  return { ...schema ? { schema } : {}, ...labels ? { labels } : {} };
}
function windowingOf(context, loaded) {
  return {
    range: context.range,
    sizeMs: context.sizeMs,
    sizeRows: context.sizeRows,
    kinds: new Map(context.kinds),
    labelColumn: context.labelColumn,
    ...context.rowOffsets ? { rowOffsets: new Map(context.rowOffsets) } : {},
    ...loaded.schema ? { schema: loaded.schema } : {},
    ...loaded.labels ? { labels: loaded.labels } : {}
  };
}
async function readLogsInWindows(patterns, context, loaded, options) {
  const { logger } = options;
  const windowed = new WindowedLog(windowingOf(context, loaded));
  const summary = { files: [], failures: [], problems: new LogProblems(), unpaired: 0 };
  const progress = progressLogger(logger);
  const absorb = (result) => {
    windowed.absorb(result.windowed);
    absorbJobResult(summary, result, logger);
    progress(summary);
  };
  const jobs = planLogJobs(patterns, options.cwd, context.segmentBytes);
  if (options.workers <= 1 || !options.workerScript || context.sizeRows) {
    for await (const job of jobs) {
      const rowOffsets = context.sizeRows ? [...windowed.versions].map(([key, v]) => [key, v.rows]) : void 0;
      absorb(await readLogJob(job, windowingOf({ ...context, ...rowOffsets ? { rowOffsets } : {} }, loaded), { tabular: context.tabular, featureNames: context.featureNames, logger }));
    }
    return { windowed, summary };
  }
  logger.info(`reading in ${options.workers} worker processes`);
  const pool = new ScanPool(options.workerScript, options.workers, { execArgv: [...process.execArgv, "--max-semi-space-size=1"] });
  try {
    const answers = [];
    for await (const job of jobs) answers.push(pool.run({ job, context }));
    for (let k = 0; k < answers.length; k++) {
      const result = await answers[k];
      answers[k] = void 0;
      if ("userError" in result) {
        const { what, where, fix, location } = result.userError;
        throw new UserError(what, where, fix, location);
      }
      absorb(result);
    }
  } catch (err) {
    pool.close({ kill: true });
    throw err;
  }
  pool.close();
  return { windowed, summary };
}
function progressLogger(logger) {
  let last = Date.now();
  return (summary) => {
    if (Date.now() - last < 1e4) return;
    last = Date.now();
    const rows = summary.files.reduce((s, f) => s + f.rows, 0);
    logger.info(`read ${summary.files.length} file${summary.files.length === 1 ? "" : "s"}, ${rows.toLocaleString("en-US")} rows so far`);
  };
}
async function answerJob(message, loaded) {
  try {
    const { job, context } = message;
    return await readLogJob(job, windowingOf(context, await loaded(context)), { tabular: context.tabular, featureNames: context.featureNames });
  } catch (err) {
    if (!isUserError(err)) throw err;
    return { userError: { what: err.what, ...err.where ? { where: err.where } : {}, ...err.fix ? { fix: err.fix } : {}, ...err.location ? { location: err.location } : {} } };
  }
}

export {
  SCORE_COLUMN,
  LABEL_COLUMN,
  PREDICTION_COLUMNS,
  DEFAULT_TABULAR_COLUMNS,
  versionKey,
  loadInputs,
  readLogsInWindows,
  answerJob
};
