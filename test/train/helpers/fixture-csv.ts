import { readFileSync } from 'node:fs';
import type { Table } from '../../../shared/data/table.js';

/** Reads the small, all-numeric fixture CSVs (no quoting) into a Table for the trainer tests. */
export function readNumericCsv(path: string): Table {
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  const names = lines[0]!.split(',');
  const rows = lines.slice(1).map((line) => line.split(',').map(Number));
  return {
    source: path,
    format: 'csv',
    rowCount: rows.length,
    columns: names.map((name, j) => ({ kind: 'numeric' as const, name, values: Float64Array.from(rows, (r) => r[j]!) })),
  };
}
