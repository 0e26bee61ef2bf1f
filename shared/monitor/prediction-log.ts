import { streamJsonObjects } from '../data/index.js';
import { cellOf, LABEL_COLUMN, LogBatchBuilder, SCORE_COLUMN, scoreOf, type Cell, type LogBatch } from './log-batch.js';
import type { LogProblems } from './log-problems.js';
import { SEGMENT_ROW_STRIDE, type LogSegment } from './log-segments.js';

/** whether a parsed line is a record of mlci serve's prediction log (CONTRACTS.md) */
export function isPredictionRecord(object: Record<string, unknown>): boolean {
  return typeof object.timestamp === 'string' && isPlainObject(object.inputs) && 'outputs' in object;
}

/**
 * Reads one file of `mlci serve`'s prediction log (.jsonl or rotated .jsonl.gz): each record's
 * columnar inputs become rows, its outputs the prediction columns. A record that does not follow
 * the format is a problem at its line, and the rest is read.
 */
export async function readPredictionLog(file: string, problems: LogProblems, onBatch: (batch: LogBatch) => void, featureNames: readonly string[] = [], segment?: LogSegment): Promise<number> {
  const builder = new LogBatchBuilder(file, onBatch, segment ? segment.index * SEGMENT_ROW_STRIDE : 0);
  let rows = 0;
  await streamJsonObjects(file, {
    ...(segment ? { range: { start: segment.start, end: segment.end } } : {}),
    onIssue: problems.onIssue,
    onObject(record, line) {
      const added = addRecord(builder, record, line, (message) => problems.add({ file, line, message }), featureNames);
      rows += added;
    },
  });
  builder.flush();
  return rows;
}

function addRecord(builder: LogBatchBuilder, record: Record<string, unknown>, line: number, problem: (message: string) => void, featureNames: readonly string[]): number {
  if (!isPredictionRecord(record)) {
    problem('not a prediction-log record (it needs timestamp, inputs and outputs)');
    return 0;
  }
  const timestamp = Date.parse(record.timestamp as string);
  if (Number.isNaN(timestamp)) {
    problem(`timestamp ${JSON.stringify(record.timestamp)} is not an ISO 8601 time`);
    return 0;
  }
  const inputs = record.inputs as Record<string, unknown>;
  const names = positionalNames(Object.keys(inputs), featureNames);
  const cells = new Map<string, Cell[]>();
  let rows: number | undefined;
  for (const [name, values] of Object.entries(inputs)) {
    if (!Array.isArray(values)) {
      problem(`input ${JSON.stringify(name)} is not an array of per-row values`);
      return 0;
    }
    if (rows !== undefined && values.length !== rows) {
      problem(`input ${JSON.stringify(name)} has ${values.length} values where the others have ${rows}`);
      return 0;
    }
    rows = values.length;
    cells.set(names?.get(name) ?? name, values.map(cellOf));
  }
  if (!rows) return 0;
  const outputs = isPlainObject(record.outputs) ? record.outputs : {};
  let probabilities: number[][] | undefined;
  if (Array.isArray(outputs.probabilities) && outputs.probabilities.length === rows && outputs.probabilities.every(Array.isArray)) {
    probabilities = outputs.probabilities as number[][];
    cells.set(SCORE_COLUMN, probabilities.map((p) => scoreOf(p)));
  }
  if (Array.isArray(outputs.label) && outputs.label.length === rows) cells.set(LABEL_COLUMN, outputs.label.map(cellOf));
  if (!probabilities) {
    // a regressor: its one numeric output is the prediction (as [v] or [[v]] per row)
    const values = Object.entries(outputs).find(([name, v]) => name !== 'label' && Array.isArray(v) && v.length === rows)?.[1] as unknown[] | undefined;
    if (values) cells.set(SCORE_COLUMN, values.map((v) => cellOf(Array.isArray(v) ? v[0] : v)));
  }
  builder.add(
    {
      model: typeof record.model === 'string' ? record.model : null,
      version: typeof record.version === 'string' ? record.version : null,
      role: typeof record.role === 'string' ? record.role : null,
      timestamp,
      requestId: typeof record.request_id === 'string' ? record.request_id : null,
      line,
    },
    rows,
    cells,
    probabilities,
  );
  return rows;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A model without feature names in its metadata logs its [N, k] input as input_0 … input_{k-1};
 * when k is the reference's number of features, they are those features in order (the order the
 * model was trained on, which is the training data's column order).
 */
function positionalNames(keys: string[], featureNames: readonly string[]): Map<string, string> | undefined {
  if (keys.length !== featureNames.length || keys.length === 0 || keys.some((k) => featureNames.includes(k))) return undefined;
  const prefix = /^(.*)_0$/.exec(keys[0]!)?.[1];
  if (prefix === undefined || keys.some((k, i) => k !== `${prefix}_${i}`)) return undefined;
  return new Map(keys.map((k, i) => [k, featureNames[i]!]));
}
