import { emptyTable } from './batch.js';
import { scanCsvFile, type CsvStart } from './csv-reader.js';
import { DEFAULT_BATCH_ROWS, type ReadOptions, type StreamOptions } from './read-options.js';
import type { Column, Table } from './table.js';

export interface CsvOptions {
  /** one ASCII character; default ',' */
  delimiter?: string;
}

export interface CsvStreamOptions extends CsvOptions {
  /**
   * Read from this record on (a position found by locateCsvRows) rather than from the first row:
   * one of several readers of the same file, each reading a share of its rows (with maxRows to
   * end the share). Lines in `rowLines` and in row problems stay lines of the whole file.
   */
  start?: CsvStart;
}

export interface CsvStreamSummary {
  /** every column in the header, in file order */
  header: string[];
  rowCount: number;
}

/**
 * Streams a CSV file in batches of rows with memory bounded by the batch size, whatever the file
 * size. Each batch is a Table whose `rowLines` are lines of the whole file. Column kinds are decided
 * per batch: a column can be numeric in one batch and text in a later one.
 */
export async function streamCsv(path: string, options: StreamOptions & CsvStreamOptions): Promise<CsvStreamSummary> {
  const { header, rowCount } = await scanCsvFile(path, { ...options, delimiter: options.delimiter ?? ',', batchRows: options.batchRows ?? DEFAULT_BATCH_ROWS });
  return { header, rowCount };
}

/** Reads a whole CSV file into one Table. */
export async function readCsv(path: string, options: ReadOptions & CsvOptions = {}): Promise<Table> {
  const delimiter = options.delimiter ?? ',';
  let table: Table | undefined;
  const { header, mixedColumns } = await scanCsvFile(path, { ...options, delimiter, batchRows: Infinity, onBatch: (batch) => void (table = batch) });
  if (!table) return emptyTable(path, 'csv', options.columns ?? header);
  if (mixedColumns.size === 0) return table;
  // A column with numbers and then text: read it again as text so its numbers keep their spelling
  // ("007" stays "007"). Rare, and only those columns are decoded on the second pass.
  const names = [...mixedColumns];
  const again = await readCsvColumnsAsText(path, { ...options, delimiter }, names);
  return { ...table, columns: table.columns.map((c): Column => (mixedColumns.has(c.name) ? again.get(c.name)! : c)) };
}

async function readCsvColumnsAsText(path: string, options: ReadOptions & { delimiter: string }, names: string[]): Promise<Map<string, Column>> {
  let table: Table | undefined;
  // Row problems were reported by the first pass already.
  await scanCsvFile(path, { ...options, columns: names, textColumns: new Set(names), featureMatrix: undefined, batchRows: Infinity, onIssue: () => {}, onBatch: (batch) => void (table = batch) });
  return new Map(table!.columns.map((c) => [c.name, c]));
}
