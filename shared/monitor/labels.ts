import { loadTable, textAt, type Column } from '../data/index.js';
import { UserError } from '../errors.js';
import type { Cell } from './log-batch.js';

/**
 * Delayed ground truth: a table (CSV, JSON Lines, Parquet, through shared/data) of request ids
 * and labels; a request of several rows is keyed "id/row". Later rows win, so a corrected label
 * appended to the file replaces the first.
 */
export async function loadLabels(file: string, columns: { id: string; label: string } = { id: 'request_id', label: 'label' }): Promise<Map<string, Cell>> {
  const table = await loadTable(file);
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const id = byName.get(columns.id);
  const label = byName.get(columns.label);
  if (!id || !label) {
    throw new UserError(`The labels file ${file} has no "${!id ? columns.id : columns.label}" column.`, 'input labels', `Give it the columns ${columns.id} (the request id mlci serve logged) and ${columns.label} (the true label); its columns are ${table.columns.map((c) => c.name).slice(0, 10).join(', ')}.`, { file });
  }
  const out = new Map<string, Cell>();
  for (let r = 0; r < table.rowCount; r++) {
    const key = cellAt(id, r);
    if (key !== null) out.set(String(key), cellAt(label, r));
  }
  return out;
}

function cellAt(column: Column, row: number): Cell {
  if (column.kind === 'numeric') {
    const v = column.values[row]!;
    return v === v ? v : null;
  }
  return textAt(column, row);
}
