import type { Column, Table } from '../data/table.js';
import { findColumn } from '../data/table.js';
import { ColumnRules } from '../validate/rules/column-rules.js';
import { absorbRules, rulesStateOf, type ColumnRulesState } from '../validate/scan-share.js';
import type { DataSchema } from '../validate/schema/types.js';
import { DatasetProfile, type DatasetStatisticsJson } from '../validate/stats/dataset-profile.js';
import type { ProfileKind } from '../validate/stats/column-profile.js';
import { type Cell, type LogBatch } from './log-batch.js';
import type { TimeRange } from './duration.js';
import type { LabelIndex } from './labels.js';

/** rows whose ground truth arrived: what performance per window is computed from */
export interface LabeledRows {
  truth: Cell[];
  predicted: Cell[];
  scores: number[];
  /** row-major class probabilities (classCount per row), when the model gave them */
  probabilities: number[];
  classCount: number;
}

/** A window as plain data, to send between processes and merge (WindowStats.absorb). */
export interface WindowState {
  key: number;
  start: number;
  end: number;
  profile: DatasetStatisticsJson;
  rules: ColumnRulesState[];
  labeled: LabeledRows;
}

/**
 * One window of time, or one chunk of rows (or the whole log, without timestamps): its
 * statistics and rule checks. A chunk's start and end are the times of its first and last rows.
 */
export class WindowStats {
  profile: DatasetProfile;
  readonly rules: ColumnRules[];
  labeled: LabeledRows = { truth: [], predicted: [], scores: [], probabilities: [], classCount: 0 };

  constructor(
    /** the window's start (epoch ms), or a chunk's index; NaN for the one window of a log without timestamps */
    readonly key: number,
    /** epoch ms; NaN for the one window of a log without timestamps */
    public start: number,
    public end: number,
    kinds: ReadonlyMap<string, ProfileKind>,
    schema: DataSchema | undefined,
    /** a chunk of rows: start and end follow the rows' times */
    readonly chunk = false,
  ) {
    this.profile = new DatasetProfile(kinds);
    this.rules = schema?.columns.map((c) => new ColumnRules(c)) ?? [];
  }

  /** rows [from, to) of a batch, all in this window */
  add(batch: LogBatch, from: number, to: number, labels: LabelIndex | undefined, labelColumn: string): void {
    const table = sliceTable(batch.table, from, to);
    const firstRow = batch.firstRow + from;
    this.profile.addBatch(table, firstRow);
    for (const rules of this.rules) rules.addBatch(table, findColumn(table, rules.schema.name), firstRow);
    if (labels) this.addLabeled(batch, from, to, labels, labelColumn);
    if (this.chunk) for (let r = from; r < to; r++) this.seeTime(batch.timestamps[r]!);
  }

  private seeTime(time: number): void {
    if (time !== time) return;
    if (!(time >= this.start)) this.start = time;
    if (!(time <= this.end)) this.end = time;
  }

  toState(): WindowState {
    return { key: this.key, start: this.start, end: this.end, profile: this.profile.toJSON(), rules: this.rules.map(rulesStateOf), labeled: this.labeled };
  }

  /** adds a window of later rows (another file, or a later segment of one), as if they had been read here */
  absorb(state: WindowState): void {
    if (this.profile.rows === 0 && this.profile.columns.size === 0) this.profile = DatasetProfile.fromJSON(state.profile);
    else this.profile.absorb(state.profile);
    coalesceFiles(this.profile);
    state.rules.forEach((rules, k) => absorbRules(this.rules[k]!, rules));
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
      l.truth.push(more.truth[i]!);
      l.predicted.push(more.predicted[i]!);
      l.scores.push(more.scores[i]!);
    }
    if (sameClasses) for (const p of more.probabilities) l.probabilities.push(p);
    else l.probabilities.length = 0; // rows without comparable probabilities: scored on labels alone
  }

  private addLabeled(batch: LogBatch, from: number, to: number, labels: LabelIndex, labelColumn: string): void {
    const predicted = findColumn(batch.table, labelColumn);
    const score = findColumn(batch.table, 'prediction.score');
    const probs = batch.probabilities;
    const l = this.labeled;
    for (let r = from; r < to; r++) {
      const id = batch.rowIds[r];
      const truth = id === null || id === undefined ? undefined : labels.get(id);
      if (truth === undefined) continue;
      l.truth.push(truth);
      l.predicted.push(predicted ? cellAt(predicted, r) : null);
      const s = score ? cellAt(score, r) : null;
      l.scores.push(typeof s === 'number' ? s : NaN);
      if (probs && (l.classCount === 0 || l.classCount === probs.classCount)) {
        l.classCount = probs.classCount;
        for (let k = 0; k < probs.classCount; k++) l.probabilities.push(probs.values[r * probs.classCount + k]!);
      }
    }
  }
}

/** one entry per file, as one reading counts it: segments of a file, read apart, merge into theirs */
function coalesceFiles(profile: DatasetProfile): void {
  const files = profile.files;
  for (let i = files.length - 1; i > 0; i--) {
    if (files[i]!.file === files[i - 1]!.file) {
      files[i - 1]!.rows += files[i]!.rows;
      files.splice(i, 1);
    }
  }
}

function cellAt(column: Column, row: number): Cell {
  if (column.kind === 'numeric') {
    const v = column.values[row]!;
    return v === v ? v : null;
  }
  return column.values[row] ?? null;
}

function sliceTable(table: Table, from: number, to: number): Table {
  if (from === 0 && to === table.rowCount) return table;
  return {
    source: table.source,
    format: table.format,
    rowCount: to - from,
    columns: table.columns.map((c): Column => (c.kind === 'numeric' ? { kind: 'numeric', name: c.name, values: c.values.subarray(from, to) } : { kind: 'text', name: c.name, values: c.values.slice(from, to) })),
    ...(table.rowLines ? { rowLines: table.rowLines.subarray(from, to) } : {}),
  };
}

export interface VersionSeen {
  model: string | null;
  version: string | null;
  rows: number;
  first: number;
  last: number;
}

export interface WindowingOptions {
  range: TimeRange;
  /** window length in ms; null: one window for the whole period (or chunks by rows) */
  sizeMs: number | null;
  /** chunks of this many rows of a version, in reading order (file name order, then line) */
  sizeRows?: number | null;
  /** rows of each version read before these logs (earlier files): where their chunks go on */
  rowOffsets?: ReadonlyMap<string, number>;
  kinds: ReadonlyMap<string, ProfileKind>;
  schema?: DataSchema;
  labels?: LabelIndex;
  /** where the predicted label is in a batch */
  labelColumn: string;
}

/** A WindowedLog as plain data (what a read job sends back), merged in reading order by absorb. */
export interface WindowedLogState {
  windows: [string, WindowState[]][];
  versions: [string, VersionSeen][];
  outOfRange: number;
  shadowRows: number;
}

/**
 * Puts the rows of each model version into windows of time (or chunks of rows), as they are read:
 * only sketches and counters are kept, so memory does not grow with the log. Shadow runs are
 * counted and left out (they repeat real traffic through another model).
 */
export class WindowedLog {
  readonly byVersion = new Map<string, Map<number, WindowStats>>();
  readonly versions = new Map<string, VersionSeen>();
  outOfRange = 0;
  shadowRows = 0;

  constructor(private readonly options: WindowingOptions) {}

  add(batch: LogBatch): void {
    if (batch.role === 'shadow') {
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
    let runKey: number | undefined;
    const n = batch.table.rowCount;
    const flush = (end: number) => {
      if (runKey !== undefined && end > runStart) this.window(windows, runKey).add(batch, runStart, end, this.options.labels, this.options.labelColumn);
    };
    for (let r = 0; r < n; r++) {
      const time = t[r]!;
      let windowKey: number | undefined;
      const inRange = time !== time ? !(Number.isFinite(since) || Number.isFinite(until)) : time >= since && time < until;
      if (!inRange) windowKey = undefined;
      else if (chunkRows !== null) windowKey = Math.floor((rowOffset + seen.rows) / chunkRows);
      else if (time !== time) windowKey = NaN;
      else windowKey = size === null ? (Number.isFinite(since) ? since : -Infinity) : Math.floor(time / size) * size;
      if (windowKey === undefined) this.outOfRange++;
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

  toState(): WindowedLogState {
    return {
      windows: [...this.byVersion].map(([key, windows]) => [key, [...windows.values()].map((w) => w.toState())]),
      versions: [...this.versions],
      outOfRange: this.outOfRange,
      shadowRows: this.shadowRows,
    };
  }

  /** adds what a reader of later files (or a later segment of a file) gathered, as if read here */
  absorb(state: WindowedLogState): void {
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

  private windowsOf(key: string): Map<number, WindowStats> {
    let windows = this.byVersion.get(key);
    if (!windows) {
      windows = new Map();
      this.byVersion.set(key, windows);
    }
    return windows;
  }

  private seen(key: string, model: string | null, version: string | null): VersionSeen {
    let seen = this.versions.get(key);
    if (!seen) {
      seen = { model, version, rows: 0, first: Infinity, last: -Infinity };
      this.versions.set(key, seen);
    }
    return seen;
  }

  private window(windows: Map<number, WindowStats>, key: number): WindowStats {
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
}

export function versionKey(model: string | null, version: string | null): string {
  return `${model ?? ''}:${version ?? ''}`;
}
