import { streamTable, type Column, type Table } from '../data/index.js';
import { textAt } from '../data/index.js';
import { LABEL_COLUMN, SCORE_COLUMN, type LogBatch } from './log-batch.js';
import type { LogProblems } from './log-problems.js';

/** Column names of a table of logged inputs (CSV, JSON Lines, Parquet) that are not features. */
export interface TabularLogColumns {
  /** ISO 8601 text, or epoch seconds or milliseconds; default "timestamp" */
  timestamp: string;
  /** the key labels join on; default "request_id" */
  requestId: string;
  /** the model's score (probability, or a regressor's prediction); default "score" */
  score: string;
  /** the model's predicted label; default "prediction" */
  label: string;
}

export const DEFAULT_TABULAR_COLUMNS: TabularLogColumns = { timestamp: 'timestamp', requestId: 'request_id', score: 'score', label: 'prediction' };

/**
 * Reads a table of logged inputs (and predictions) through shared/data, any format it reads:
 * the timestamp and id columns are taken out, the prediction columns renamed to the monitor's.
 */
export async function readTabularLog(file: string, names: TabularLogColumns, problems: LogProblems, onBatch: (batch: LogBatch) => void): Promise<number> {
  let firstRow = 0;
  const { rowCount } = await streamTable(file, {
    onIssue: problems.onIssue,
    onBatch(table) {
      onBatch(toBatch(table, names, firstRow));
      firstRow += table.rowCount;
    },
  });
  return rowCount;
}

function toBatch(table: Table, names: TabularLogColumns, firstRow: number): LogBatch {
  const n = table.rowCount;
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const time = byName.get(names.timestamp);
  const timestamps = new Float64Array(n).fill(NaN);
  if (time) for (let i = 0; i < n; i++) timestamps[i] = timeAt(time, i);
  const id = byName.get(names.requestId);
  const rowIds = Array.from({ length: n }, (_, i) => (id ? cellText(id, i) : null));
  const columns: Column[] = [];
  for (const c of table.columns) {
    if (c === time || c === id) continue;
    if (c.name === names.score) columns.push({ ...c, name: SCORE_COLUMN });
    else if (c.name === names.label) columns.push({ ...c, name: LABEL_COLUMN });
    else columns.push(c);
  }
  return { source: table.source, model: null, version: null, role: null, timestamps, rowIds, firstRow, table: { ...table, columns } };
}

function cellText(column: Column, row: number): string | null {
  if (column.kind === 'numeric') {
    const v = column.values[row]!;
    return v === v ? String(v) : null;
  }
  return textAt(column, row);
}

/** epoch milliseconds: numbers below 10^11 are seconds (10^11 s is the year 5138) */
function timeAt(column: Column, row: number): number {
  if (column.kind === 'numeric') {
    const v = column.values[row]!;
    return v < 1e11 ? v * 1000 : v;
  }
  const text = textAt(column, row);
  return text === null ? NaN : Date.parse(text);
}
