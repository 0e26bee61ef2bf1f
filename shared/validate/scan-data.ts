import type { CsvStart } from '../data/csv-reader.js';
import { streamTable } from '../data/load.js';
import type { DataIssue } from '../data/read-options.js';
import { findColumn } from '../data/table.js';
import { isUserError } from '../errors.js';
import type { Logger } from '../log.js';
import { ColumnRules } from './rules/column-rules.js';
import type { RuleResult } from './rules/rule-result.js';
import { DuplicateRows } from './rules/duplicate-rows.js';
import type { ScanReadThreads } from './scan-read-threads.js';
import type { FileFailure } from './rules/dataset-rules.js';
import type { DataSchema } from './schema/types.js';
import { profileKindOf } from './schema/types.js';
import { DatasetProfile } from './stats/dataset-profile.js';
import type { ProfileKind } from './stats/column-profile.js';

/**
 * Rows per batch when not given: smaller than the readers' default, so that a scan (and each of
 * several worker processes) holds less at a time; every batch is folded into the statistics at once.
 */
export const SCAN_BATCH_ROWS = 16_384;

/** row issues kept for the report; the rest are counted */
export const KEPT_ROW_ISSUES = 100;

export interface ScanOptions {
  /** fixes how columns are profiled, and gives the rules to evaluate while reading */
  schema?: DataSchema;
  /** false: statistics only (a reference needs no rule checks) */
  checkRules?: boolean;
  batchRows?: number;
  delimiter?: string;
  /** a record longer than this is an error (the readers' default is 64 MiB) */
  maxRecordBytes?: number;
  /**
   * Read a share of the rows of one file (for ParallelScan): from `start` (data row
   * `firstRow` of a CSV file, found by locateCsvRows; absent for the first share), at most `rows`
   * rows (absent: to the end). Each batch's moments are kept, for joining shares exactly.
   */
  share?: RowShare;
  /**
   * Parse a large CSV file on a worker thread while this one profiles and checks its batches
   * (csv-parallel.ts): the same batches, issues and results. Not for a share of the rows.
   */
  readThreads?: ScanReadThreads;
  logger?: Logger;
  /** for progress: bytes of the files read, as the readers report them (ReadOptions.onBytes) */
  onBytes?: (bytes: number) => void;
}

export interface RowShare {
  start?: CsvStart;
  firstRow: number;
  rows?: number;
}

export interface ScanResult {
  profile: DatasetProfile;
  /** the verdicts of every schema column's rules */
  columnResults: RuleResult[];
  /** what the verdicts were drawn from (for joining shares of rows) */
  columnRules: ColumnRules[];
  /** each file's header, in file order (empty for a file that could not be read) */
  headers: string[][];
  duplicates?: DuplicateRows;
  fileFailures: FileFailure[];
  rowIssues: DataIssue[];
  rowIssueCount: number;
}

/**
 * Reads every file once, in batches, feeding statistics and rule checks; bounded memory whatever
 * the size. A file that cannot be read becomes a FileFailure (a failed rule), never a crash; rows
 * the reader finds malformed are collected with their lines and read leniently.
 */
export async function scanData(files: string[], options: ScanOptions = {}): Promise<ScanResult> {
  const schema = options.schema;
  const kinds = new Map<string, ProfileKind>(schema?.columns.map((c) => [c.name, profileKindOf(c.type.value)]) ?? []);
  const share = options.share;
  // a share's moments merge in order batch by batch, so that they are the one-pass values to the bit
  const profile = new DatasetProfile(kinds, share !== undefined);
  const rulesSchema = options.checkRules === false ? undefined : schema;
  const columnRules = rulesSchema?.columns.map((c) => new ColumnRules(c)) ?? [];
  if (share && (files.length !== 1 || rulesSchema?.dataset.maxDuplicateShare !== undefined)) throw new Error('a share of the rows is of one file, without the duplicate-rows rule');
  const duplicates = rulesSchema?.dataset.maxDuplicateShare !== undefined ? new DuplicateRows() : undefined;
  const fileFailures: FileFailure[] = [];
  const rowIssues: DataIssue[] = [];
  const headers: string[][] = [];
  let rowIssueCount = 0;
  const readOptions = {
    batchRows: options.batchRows ?? SCAN_BATCH_ROWS,
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.maxRecordBytes ? { maxRecordBytes: options.maxRecordBytes } : {}),
    ...(options.onBytes ? { onBytes: options.onBytes } : {}),
  };
  for (const file of files) {
    let firstRow = share?.firstRow ?? 0;
    let header: string[] = [];
    let firstBatch = true;
    const parallel = share ? undefined : options.readThreads?.readerFor(file);
    try {
      await streamTable(file, {
        ...readOptions,
        ...(share?.rows !== undefined ? { maxRows: share.rows } : {}),
        ...(share?.start ? { start: share.start } : {}),
        ...(parallel ? { parallel } : {}),
        reuseBatches: true, // nothing below keeps a batch's arrays: the sample and examples copy cells
        onIssue: (issue) => {
          rowIssueCount++;
          if (rowIssues.length < KEPT_ROW_ISSUES) rowIssues.push(issue);
        },
        onBatch: (table) => {
          if (firstBatch) header = table.columns.map((c) => c.name);
          firstBatch = false;
          profile.addBatch(table, firstRow);
          for (const rules of columnRules) {
            const column = findColumn(table, rules.schema.name);
            // the profile's moments of these very numbers, when it has them: no second pass for min and max
            const seen = profile.columns.get(rules.schema.name)?.batch;
            rules.addBatch(table, column, firstRow, seen && column?.values === seen.values ? { ...seen.moments, missingRows: seen.firstNaNs } : undefined);
          }
          duplicates?.addBatch(table, firstRow);
          firstRow += table.rowCount;
        },
      });
      options.logger?.debug(`read ${firstRow} rows from ${file}`);
    } catch (err) {
      if (!isUserError(err)) throw err;
      fileFailures.push({ file, message: err.message, ...(err.location?.line ? { line: err.location.line } : {}) });
      options.logger?.warning(err.message, err.location);
    } finally {
      headers.push(header);
      options.readThreads?.doneWith(parallel);
    }
  }
  const columnResults = columnRules.flatMap((c) => c.results());
  return { profile, columnResults, columnRules, headers, ...(duplicates ? { duplicates } : {}), fileFailures, rowIssues, rowIssueCount };
}
