import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { withoutCompressionSuffix } from './compression.js';
import { readCsv, streamCsv, type CsvStreamOptions } from './csv.js';
import { CsvReadThreads, streamCsvInParallel, type ParallelCsvRead } from './csv-parallel.js';
import { readJsonl, streamJsonl } from './jsonl.js';
import type { ReadOptions, StreamOptions } from './read-options.js';
import type { DataFormat, Table } from './table.js';

export interface LoadOptions extends ReadOptions {
  /** overrides the format the file name implies */
  format?: DataFormat;
  /** CSV only: one ASCII character; default ',' ('\t' for .tsv) */
  delimiter?: string;
}

export type StreamTableOptions = StreamOptions &
  Omit<LoadOptions, keyof ReadOptions> &
  Pick<CsvStreamOptions, 'start'> & {
    /** CSV only: parse on worker threads where that pays, or on these threads started for this file (csv-parallel.ts), for the same batches */
    parallel?: ParallelCsvRead | CsvReadThreads;
  };

const FORMAT_BY_EXTENSION: Record<string, DataFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.parquet': 'parquet',
};

/** The format a file name implies, or a UserError saying how to name it. */
export function detectFormat(path: string): DataFormat {
  const format = FORMAT_BY_EXTENSION[extname(withoutCompressionSuffix(path)).toLowerCase()];
  if (!format) {
    throw new UserError(
      `cannot tell the format of ${path} from its name`,
      path,
      'name the file .csv, .tsv, .txt, .jsonl, .ndjson or .parquet (a gzip-compressed text file as .csv.gz or .jsonl.gz)',
      { file: path },
    );
  }
  return format;
}

/**
 * Loads a whole data file into a Table, choosing the reader by the file's extension. Strict unless
 * `onIssue` is given: the first bad row throws a UserError naming file:line.
 */
export async function loadTable(path: string, options: LoadOptions = {}): Promise<Table> {
  const format = options.format ?? detectFormat(path);
  if (format === 'csv') return readCsv(path, { ...options, delimiter: csvDelimiter(path, options.delimiter) });
  if (format === 'jsonl') return readJsonl(path, options);
  return (await parquetReader()).readParquet(path, options);
}

/**
 * Reads a data file of any size in batches of rows with bounded memory (see streamCsv,
 * streamJsonl and streamParquet for what a batch holds). Resolves to the number of rows read.
 */
export async function streamTable(path: string, options: StreamTableOptions): Promise<{ rowCount: number }> {
  const format = options.format ?? detectFormat(path);
  if (format === 'csv') {
    const { parallel, ...csv } = options;
    const delimiter = csvDelimiter(path, options.delimiter);
    if (parallel instanceof CsvReadThreads) return parallel.stream(path, { ...csv, delimiter });
    return parallel ? streamCsvInParallel(path, { ...csv, delimiter }, parallel) : streamCsv(path, { ...csv, delimiter });
  }
  if (options.start) throw new Error('start is for CSV files only');
  if (format === 'jsonl') return streamJsonl(path, options);
  return (await parquetReader()).streamParquet(path, options);
}

/** the Parquet reader, loaded on first use: a process that reads no Parquet never holds it (about 250 KB of code) */
function parquetReader(): Promise<typeof import('./parquet.js')> {
  return import('./parquet.js');
}

/** the delimiter of a CSV file: the one given, or by its name */
export function csvDelimiter(path: string, delimiter: string | undefined): string {
  return delimiter ?? (extname(withoutCompressionSuffix(path)).toLowerCase() === '.tsv' ? '\t' : ',');
}
