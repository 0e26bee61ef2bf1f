import type { Column, Table } from '../data/table.js';
import { findColumn } from '../data/table.js';
import { ColumnRules } from '../validate/rules/column-rules.js';
import type { DataSchema } from '../validate/schema/types.js';
import { DatasetProfile } from '../validate/stats/dataset-profile.js';
import type { ProfileKind } from '../validate/stats/column-profile.js';
import { type Cell, type LogBatch } from './log-batch.js';
import type { TimeRange } from './duration.js';

/** rows whose ground truth arrived: what performance per window is computed from */
export interface LabeledRows {
  truth: Cell[];
  predicted: Cell[];
  scores: number[];
  /** row-major class probabilities (classCount per row), when the model gave them */
  probabilities: number[];
  classCount: number;
}

/** One window of time (or the whole log, without timestamps): its statistics and rule checks. */
export class WindowStats {
  readonly profile: DatasetProfile;
  readonly rules: ColumnRules[];
  readonly labeled: LabeledRows = { truth: [], predicted: [], scores: [], probabilities: [], classCount: 0 };

  constructor(
    /** epoch ms; NaN for the one window of a log without timestamps */
    readonly start: number,
    readonly end: number,
    kinds: ReadonlyMap<string, ProfileKind>,
    schema: DataSchema | undefined,
  ) {
    this.profile = new DatasetProfile(kinds);
    this.rules = schema?.columns.map((c) => new ColumnRules(c)) ?? [];
  }

  /** rows [from, to) of a batch, all in this window */
  add(batch: LogBatch, from: number, to: number, labels: ReadonlyMap<string, Cell> | undefined, labelColumn: string): void {
    const table = sliceTable(batch.table, from, to);
    const firstRow = batch.firstRow + from;
    this.profile.addBatch(table, firstRow);
    for (const rules of this.rules) rules.addBatch(table, findColumn(table, rules.schema.name), firstRow);
    if (labels) this.addLabeled(batch, from, to, labels, labelColumn);
  }

  private addLabeled(batch: LogBatch, from: number, to: number, labels: ReadonlyMap<string, Cell>, labelColumn: string): void {
    const predicted = findColumn(batch.table, labelColumn);
    const score = findColumn(batch.table, 'prediction.score');
    const probs = batch.probabilities;
    const l = this.labeled;
    for (let r = from; r < to; r++) {
      const id = batch.rowIds[r];
      if (id === null || id === undefined || !labels.has(id)) continue;
      l.truth.push(labels.get(id)!);
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
  /** window length in ms; null: one window for the whole period */
  sizeMs: number | null;
  kinds: ReadonlyMap<string, ProfileKind>;
  schema?: DataSchema;
  labels?: ReadonlyMap<string, Cell>;
  /** where the predicted label is in a batch */
  labelColumn: string;
}

/**
 * Puts the rows of each model version into windows of time, as they are read: only sketches and
 * counters are kept, so memory does not grow with the log. Shadow runs are counted and left out
 * (they repeat real traffic through another model).
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
    let windows = this.byVersion.get(key);
    if (!windows) {
      windows = new Map();
      this.byVersion.set(key, windows);
    }
    const seen = this.versions.get(key) ?? { model: batch.model, version: batch.version, rows: 0, first: Infinity, last: -Infinity };
    this.versions.set(key, seen);
    const { since, until } = this.options.range;
    const size = this.options.sizeMs;
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
      if (time !== time) windowKey = Number.isFinite(since) || Number.isFinite(until) ? undefined : NaN;
      else if (time >= since && time < until) windowKey = size === null ? (Number.isFinite(since) ? since : -Infinity) : Math.floor(time / size) * size;
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

  private window(windows: Map<number, WindowStats>, key: number): WindowStats {
    let w = windows.get(key);
    if (!w) {
      const size = this.options.sizeMs;
      const end = key !== key ? NaN : size === null ? this.options.range.until : key + size;
      w = new WindowStats(key, end, this.options.kinds, this.options.schema);
      windows.set(key, w);
    }
    return w;
  }
}

export function versionKey(model: string | null, version: string | null): string {
  return `${model ?? ''}:${version ?? ''}`;
}
