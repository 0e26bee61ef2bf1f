import { asyncBufferFromFile, parquetMetadataAsync, parquetScan, parquetSchema, type AsyncBuffer, type DecodedArray, type FileMetaData, type ParquetScan } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { UserError } from '../errors.js';
import { BatchBuilder, emptyTable } from './batch.js';
import type { ColumnBuilder } from './column-builder.js';
import { FeatureMatrixBuilder, splitMatrixColumns } from './feature-matrix.js';
import { emptyFileError, noRowsError, openDataFile, openError } from './data-file.js';
import type { OpenedParquet, ParquetFooters } from './parquet-footers.js';
import { refuseWideParquet } from './parquet-width.js';
import { DEFAULT_BATCH_ROWS, type ReadOptions, type StreamOptions } from './read-options.js';
import type { Table } from './table.js';

export interface ParquetStreamSummary {
  /** every top-level column in the file, in file order */
  columns: string[];
  rowCount: number;
}

/**
 * Streams a Parquet file in batches of whole row groups (at least `batchRows` rows unless the file
 * ends), so memory is bounded by the batch and the writer's row-group size. Numbers, 64-bit
 * integers (as the nearest double) and booleans (1/0) make numeric columns, strings text, nulls
 * missing cells; dates and timestamps become ISO text.
 */
export async function streamParquet(path: string, options: StreamOptions): Promise<ParquetStreamSummary> {
  const { file, metadata, size } = await openParquet(path, options.parquetFooters);
  const all = topLevelColumns(metadata, path);
  const names = selectParquetColumns(all, options.columns, path);
  const scan = await parquetScan({ file, metadata, columns: names, compressors });
  const total = Math.min(Number(metadata.num_rows), options.maxRows ?? Infinity);
  if (Number(metadata.num_rows) === 0) throw noRowsError(path, 'a schema');
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  // each batch has a matrix of its own rows
  const split = options.featureMatrix ? splitMatrixColumns(names, options.featureMatrix) : undefined;
  const matrixColumns = split && split.matrix.length > 0 ? split.matrix.map((i) => names[i]!) : [];
  const columnNames = matrixColumns.length > 0 ? split!.kept.map((i) => names[i]!) : names;
  let rowStart = 0;
  for (const range of batchRanges(scan, total, batchRows)) {
    const rows = range.rowEnd - range.rowStart;
    const groups = scan.ranges
      .map((group) => ({ from: Math.max(group.rowStart, range.rowStart), to: Math.min(group.rowEnd, range.rowEnd) }))
      .filter(({ from, to }) => from < to);
    const read = (column: string, from: number, to: number) => scan.readColumn({ column, rowStart: from, rowEnd: to });
    const batch = new BatchBuilder(path, 'parquet', columnNames, undefined, false, rows);
    for (const builder of batch.builders) {
      for (const { from, to } of groups) addValues(builder, await read(builder.name, from, to), path, from);
    }
    const matrix = matrixColumns.length > 0 ? new FeatureMatrixBuilder(matrixColumns, options.featureMatrix!.type, rows) : undefined;
    if (matrix) {
      for (const { from, to } of groups) {
        const columns: DecodedArray[] = [];
        for (const name of matrixColumns) columns.push(await read(name, from, to));
        addMatrixRows(matrix, matrixColumns, columns, path, from - range.rowStart);
      }
    }
    for (let r = range.rowStart; r < range.rowEnd; r++) batch.endRow(0);
    const table = batch.finish();
    if (matrix) table.featureMatrix = matrix.finish(rows);
    await options.onBatch(table);
    // progress as the file's share of rows read: row groups are about even in bytes per row
    options.onBytes?.(Math.round((size * rows) / Number(metadata.num_rows)));
    rowStart = range.rowEnd;
  }
  return { columns: all, rowCount: rowStart };
}

/** Reads a whole Parquet file (or its first `maxRows` rows) into one Table. */
export async function readParquet(path: string, options: ReadOptions = {}): Promise<Table> {
  let table: Table | undefined;
  const { columns } = await streamParquet(path, { ...options, batchRows: Infinity, onBatch: (batch) => void (table = batch) });
  return table ?? emptyTable(path, 'parquet', options.columns ?? columns);
}

/** the rows a Parquet file's footer records (read for sizing arrays before the stream, which then takes the footer from `footers`) */
export async function parquetRowCount(path: string, footers?: ParquetFooters): Promise<number> {
  return Number((await openParquet(path, footers)).metadata.num_rows);
}

async function openParquet(path: string, footers: ParquetFooters | undefined): Promise<OpenedParquet> {
  // Opening it ourselves first gives the same errors as the text formats (missing, a directory).
  const { handle, size, mtimeMs } = await openDataFile(path);
  try {
    const known = footers?.get(path, size, mtimeMs);
    if (known) return known;
    await refuseWideParquet(handle, size, path);
  } finally {
    await handle.close();
  }
  if (size === 0) throw emptyFileError(path);
  let file: AsyncBuffer;
  try {
    file = await asyncBufferFromFile(path);
  } catch (err) {
    throw openError(path, err);
  }
  let opened: OpenedParquet;
  try {
    opened = { file, metadata: await parquetMetadataAsync(file), size };
  } catch (err) {
    throw new UserError(`${path} is not a readable Parquet file: ${(err as Error).message}`, path, 'check that the file is Parquet and was written completely; mlci picks the reader by the name, so name CSV or JSON Lines data .csv or .jsonl', { file: path });
  }
  footers?.set(path, mtimeMs, opened);
  return opened;
}

function topLevelColumns(metadata: FileMetaData, path: string): string[] {
  return parquetSchema(metadata).children.map((child) => {
    const { name, repetition_type: repetition } = child.element;
    if (child.children.length > 0 || repetition === 'REPEATED') {
      throw new UserError(`column ${JSON.stringify(name)} of ${path} is nested (a struct or list), not one value per row`, path, 'flatten it into one column per value before the data reaches mlci, or select the flat columns with `columns`', { file: path });
    }
    return name;
  });
}

function selectParquetColumns(all: string[], wanted: string[] | undefined, path: string): string[] {
  for (const name of wanted ?? []) {
    if (!all.includes(name)) throw new UserError(`column ${JSON.stringify(name)} is not in ${path}`, path, `use one of its columns: ${all.slice(0, 20).map((n) => JSON.stringify(n)).join(', ')}`, { file: path });
  }
  return wanted ?? all;
}

/** Whole row groups gathered until a batch holds at least `batchRows` rows, cut at `total`. */
function* batchRanges(scan: ParquetScan, total: number, batchRows: number): Generator<{ rowStart: number; rowEnd: number }> {
  let start = 0;
  for (const group of scan.ranges) {
    const end = Math.min(group.rowEnd, total);
    if (end - start >= batchRows || end === total) {
      if (end > start) yield { rowStart: start, rowEnd: end };
      start = end;
    }
    if (end === total) return;
  }
}

function addValues(builder: ColumnBuilder, values: DecodedArray, path: string, firstRow: number): void {
  for (let i = 0; i < values.length; i++) {
    const cell = cellOf(values[i], builder.name, path, firstRow + i);
    if (cell === null) builder.addMissing();
    else if (typeof cell === 'number') builder.addNumber(cell);
    else builder.addText(cell);
  }
}

/**
 * addValues for the feature matrix: one row group's decoded columns, written row by row (the
 * matrix's order, so that each of its cache lines is written once) from row `firstRow` on, each
 * cell as a numeric column would hold it; text is noted, not stored.
 */
function addMatrixRows(matrix: FeatureMatrixBuilder, names: string[], columns: DecodedArray[], path: string, firstRow: number): void {
  const { data, width } = matrix;
  const rows = columns[0]!.length;
  for (let r = 0, o = firstRow * width; r < rows; r++) {
    for (let j = 0; j < width; j++, o++) {
      const cell = cellOf(columns[j]![r], names[j]!, path, firstRow + r);
      if (typeof cell === 'number') data[o] = cell;
      else {
        if (cell !== null) matrix.noteText(j, firstRow + r, cell);
        data[o] = NaN;
      }
    }
  }
}

/**
 * A decoded Parquet value as a cell: a number (64-bit integers as the nearest double, booleans
 * 1/0), text (dates as ISO text), or null when missing; anything else is a UserError.
 */
function cellOf(value: unknown, column: string, path: string, row: number): number | string | null {
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  throw new UserError(
    `column ${JSON.stringify(column)} of ${path} holds ${value instanceof Uint8Array ? 'raw bytes' : 'a nested value'} at row ${row + 1}, not a number or text`,
    path,
    'store it as a UTF-8 string or a number column, or leave it out with `columns`',
    { file: path },
  );
}
