// Test support: the fixture CSVs (plain numbers, no quoting) as Tables, read without depending on
// the data readers under development elsewhere, and the fixture paths.
import { readFileSync } from 'node:fs';
import type { Column, Table } from '../../shared/data/table.js';

export const fixtureModel = (name: string) => new URL(`../fixtures/models/${name}`, import.meta.url).pathname;
export const fixtureData = (name: string) => new URL(`../fixtures/data/${name}`, import.meta.url).pathname;

/** A simple CSV (header, then rows of cells without quotes) as a Table; non-numeric columns become text. */
export function tableFromCsvText(text: string, source: string): Table {
  const lines = text.split('\n').filter((l) => l.length > 0);
  const names = lines[0]!.split(',');
  const rows = lines.slice(1).map((l) => l.split(','));
  const columns: Column[] = names.map((name, c) => {
    const cells = rows.map((r) => r[c] ?? '');
    const numbers = cells.map((s) => (s === '' ? NaN : Number(s)));
    const firstText = cells.findIndex((s, i) => s !== '' && Number.isNaN(numbers[i]!));
    return firstText < 0
      ? { kind: 'numeric', name, values: Float64Array.from(numbers) }
      : { kind: 'text', name, values: cells.map((s) => (s === '' ? null : s)), firstNonNumericRow: firstText };
  });
  return { source, format: 'csv', rowCount: rows.length, columns, rowLines: Int32Array.from(rows, (_, i) => i + 2) };
}

export function fixtureTable(name: string): Table {
  return tableFromCsvText(readFileSync(fixtureData(name), 'utf8'), `test/fixtures/data/${name}`);
}
