/**
 * The in-memory, columnar form every reader (CSV, JSON Lines, Parquet) produces and every consumer
 * (evaluation, validation, training) reads. Columns, not row objects: a million rows of thirty
 * numbers is thirty Float64Arrays, which is what inference and metrics want anyway.
 */
import type { FeatureMatrix } from './feature-matrix.js';

export type DataFormat = 'csv' | 'jsonl' | 'parquet';

/** A column whose every present cell is a number. Missing cells are NaN. */
export interface NumericColumn {
  kind: 'numeric';
  name: string;
  values: Float64Array;
}

/**
 * A column with at least one cell that is not a number. Missing cells are null.
 * `firstNonNumericRow` is the row index of the first present cell that failed to parse as a number
 * when most cells did, so that a consumer needing numbers can point at the offending row.
 */
export interface TextColumn {
  kind: 'text';
  name: string;
  values: (string | null)[];
  firstNonNumericRow?: number;
  /**
   * Optional, for a column of repeating values (categories): each row's value as an index into
   * `dictionary` (-1 where the cell is missing), so that a consumer can count codes in an integer
   * array and look at each distinct value once. Always the same cells as `values`; a consumer that
   * does not know them reads `values`. Present only when every cell of the batch is coded; the
   * dictionary may hold values no row of the batch uses.
   */
  codes?: Int32Array;
  dictionary?: readonly string[];
}

export type Column = NumericColumn | TextColumn;

export interface Table {
  /** the file the rows came from, as the user named it */
  source: string;
  format: DataFormat;
  rowCount: number;
  columns: Column[];
  /**
   * For text formats: the 1-based line in `source` where each row starts (a CSV header is line 1,
   * the first row line 2, later rows shift when a quoted cell holds a newline). Absent for Parquet.
   */
  rowLines?: Int32Array;
  /** the feature columns again as one row-major matrix, when the read asked for it (feature-matrix.ts) */
  featureMatrix?: FeatureMatrix;
}

export function findColumn(table: Table, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name);
}

/** every column's name: the columns', then the feature matrix's */
export function columnNames(table: Table): string[] {
  return [...table.columns.map((c) => c.name), ...(table.featureMatrix?.columns ?? [])];
}

/** Human words for where row `row` is, for error messages: "line 42" or "row 41". */
export function describeRow(table: Table, row: number): string {
  const line = table.rowLines?.[row];
  return line !== undefined ? `${table.source}:${line}` : `${table.source}, row ${row + 1}`;
}
