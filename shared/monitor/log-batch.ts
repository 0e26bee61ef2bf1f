import type { Column, Table } from '../data/table.js';

/** A cell of a logged input or output: what JSON can hold that a profile can read. */
export type Cell = number | string | null;

/** the score column of a window's statistics (binary: the positive class's probability; multiclass: the predicted class's; regression: the prediction) */
export const SCORE_COLUMN = 'prediction.score';
/** the predicted label column of a window's statistics */
export const LABEL_COLUMN = 'prediction.label';
export const PREDICTION_COLUMNS: readonly string[] = [SCORE_COLUMN, LABEL_COLUMN];

/** Rows read from a log: the same model version and role, in file order. */
export interface LogBatch {
  source: string;
  /** the model and version that answered, when the log says (a CSV of inputs does not) */
  model: string | null;
  version: string | null;
  /** stable | canary | shadow, when the log says */
  role: string | null;
  /** each row's time (epoch ms; NaN when the log has none) */
  timestamps: Float64Array;
  /** each row's key for joining labels: the request id, with "/i" for row i of a request of several rows */
  rowIds: (string | null)[];
  /** the 0-based index of the batch's first row among its file's rows (for reproducible sampling) */
  firstRow: number;
  /** inputs and the prediction columns (SCORE_COLUMN, LABEL_COLUMN), each with one value per row */
  table: Table;
  /** each row's class probabilities, when the model gave them (row-major, `classCount` per row) */
  probabilities?: { values: Float64Array; classCount: number };
}

const BATCH_ROWS = 4096;

/**
 * Collects the rows of records (a request's columnar inputs, a CloudEvent pair) into LogBatches of
 * bounded size: a change of model, version or role, or a full batch, hands the rows on.
 */
export class LogBatchBuilder {
  private columns = new Map<string, Cell[]>();
  private timestamps: number[] = [];
  private rowIds: (string | null)[] = [];
  private lines: number[] = [];
  private probabilities: number[] = [];
  private classCount = 0;
  private key: { model: string | null; version: string | null; role: string | null } | undefined;
  private fileRows = 0;
  private batchStart = 0;

  constructor(
    private readonly source: string,
    private readonly emit: (batch: LogBatch) => void,
    /** the number of the first row (a segment of a file numbers its rows from its own start) */
    firstRow = 0,
  ) {
    this.fileRows = firstRow;
    this.batchStart = firstRow;
  }

  /** adds `rows` rows, their cells by column; every column array has `rows` cells */
  add(meta: { model: string | null; version: string | null; role: string | null; timestamp: number; requestId: string | null; line: number }, rows: number, cells: Map<string, Cell[]>, probabilities?: number[][]): void {
    const key = this.key;
    if (key && (key.model !== meta.model || key.version !== meta.version || key.role !== meta.role)) this.flush();
    if (probabilities && this.classCount && probabilities[0] && probabilities[0].length !== this.classCount) this.flush();
    this.key = { model: meta.model, version: meta.version, role: meta.role };
    const before = this.timestamps.length;
    for (const [name, values] of cells) {
      let column = this.columns.get(name);
      if (!column) {
        column = new Array<Cell>(before).fill(null);
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
      for (const p of probabilities) for (let k = 0; k < this.classCount; k++) this.probabilities.push(typeof p[k] === 'number' ? p[k]! : NaN);
    } else if (this.classCount) {
      for (let i = 0; i < rows * this.classCount; i++) this.probabilities.push(NaN);
    }
    this.fileRows += rows;
    if (this.timestamps.length >= BATCH_ROWS) this.flush();
  }

  flush(): void {
    const rows = this.timestamps.length;
    if (rows === 0 || !this.key) return;
    const table: Table = {
      source: this.source,
      format: 'jsonl',
      rowCount: rows,
      columns: [...this.columns].map(([name, cells]) => columnOf(name, cells)),
      rowLines: Int32Array.from(this.lines),
    };
    const batch: LogBatch = { source: this.source, ...this.key, timestamps: Float64Array.from(this.timestamps), rowIds: this.rowIds, firstRow: this.batchStart, table };
    if (this.classCount && this.probabilities.length === rows * this.classCount) batch.probabilities = { values: Float64Array.from(this.probabilities), classCount: this.classCount };
    this.emit(batch);
    this.batchStart = this.fileRows;
    this.columns = new Map();
    this.timestamps = [];
    this.rowIds = [];
    this.lines = [];
    this.probabilities = [];
    this.classCount = 0;
  }
}

/** numbers (missing as NaN) when every present cell is one, else text (numbers written out) */
export function columnOf(name: string, cells: readonly Cell[]): Column {
  if (cells.every((c) => c === null || typeof c === 'number')) {
    const values = new Float64Array(cells.length);
    for (let i = 0; i < cells.length; i++) values[i] = cells[i] === null ? NaN : (cells[i] as number);
    return { kind: 'numeric', name, values };
  }
  return { kind: 'text', name, values: cells.map((c) => (c === null ? null : String(c))) };
}

/** a JSON value as a cell: booleans as 1/0 (as the JSON Lines reader reads them), anything nested as missing */
export function cellOf(value: unknown): Cell {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}

/** the score of a row from its probabilities: the positive class's for two classes, else the predicted (largest) one's */
export function scoreOf(probabilities: readonly unknown[]): number | null {
  const p = probabilities.map((v) => (typeof v === 'number' ? v : NaN));
  if (p.length === 0 || p.some((v) => v !== v)) return null;
  if (p.length === 2) return p[1]!;
  return Math.max(...p);
}
