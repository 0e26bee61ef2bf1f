import { streamTable } from '../data/load.js';
import type { DataIssue } from '../data/read-options.js';
import { findColumn } from '../data/table.js';
import { isUserError } from '../errors.js';
import type { Logger } from '../log.js';
import { ColumnRules } from './rules/column-rules.js';
import type { RuleResult } from './rules/rule-result.js';
import { hashString } from './stats/hash.js';
import { DuplicateRows } from './rules/duplicate-rows.js';
import type { FileFailure } from './rules/dataset-rules.js';
import type { DataSchema } from './schema/types.js';
import { profileKindOf } from './schema/types.js';
import { DatasetProfile } from './stats/dataset-profile.js';
import type { ProfileKind } from './stats/column-profile.js';

/** row issues kept for the report; the rest are counted */
const KEPT_ROW_ISSUES = 100;

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
   * Scan only this part of the columns (those whose name hashes to `index` modulo `of`), for one
   * of several workers reading the same files side by side; only part 0 collects row issues.
   */
  part?: ColumnPart;
  logger?: Logger;
}

export interface ColumnPart {
  index: number;
  of: number;
}

export interface ScanResult {
  profile: DatasetProfile;
  /** the verdicts of every schema column's rules */
  columnResults: RuleResult[];
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
  const profile = new DatasetProfile(kinds);
  const rulesSchema = options.checkRules === false ? undefined : schema;
  const part = options.part;
  const owned = (name: string) => !part || ownerOf(name, part.of) === part.index;
  const columnRules = rulesSchema?.columns.filter((c) => owned(c.name)).map((c) => new ColumnRules(c)) ?? [];
  if (part && rulesSchema?.dataset.maxDuplicateShare !== undefined) throw new Error('duplicate rows need every column: scan them in one part');
  const duplicates = rulesSchema?.dataset.maxDuplicateShare !== undefined ? new DuplicateRows() : undefined;
  const fileFailures: FileFailure[] = [];
  const rowIssues: DataIssue[] = [];
  const headers: string[][] = [];
  let rowIssueCount = 0;
  const readOptions = {
    ...(options.batchRows ? { batchRows: options.batchRows } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.maxRecordBytes ? { maxRecordBytes: options.maxRecordBytes } : {}),
  };
  for (const file of files) {
    let firstRow = 0;
    let header: string[] = [];
    try {
      if (part) header = await readHeader(file, readOptions);
      const mine = part ? header.filter(owned) : undefined;
      // a part that owns no column of this file still reads one, for the row count, and drops it
      const columns = mine && (mine.length ? mine : header.slice(0, 1));
      await streamTable(file, {
        ...readOptions,
        ...(columns ? { columns } : {}),
        onIssue: (issue) => {
          if (part && part.index !== 0) return;
          rowIssueCount++;
          if (rowIssues.length < KEPT_ROW_ISSUES) rowIssues.push(issue);
        },
        onBatch: (batch) => {
          if (!part && firstRow === 0) header = batch.columns.map((c) => c.name);
          const table = mine && mine.length === 0 ? { ...batch, columns: [] } : batch;
          profile.addBatch(table, firstRow);
          for (const rules of columnRules) rules.addBatch(table, findColumn(table, rules.schema.name), firstRow);
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
    }
  }
  const columnResults = columnRules.flatMap((c) => c.results());
  return { profile, columnResults, headers, ...(duplicates ? { duplicates } : {}), fileFailures, rowIssues, rowIssueCount };
}

/** the file's column names, from its first row (the readers parse the header their own way) */
async function readHeader(file: string, options: { delimiter?: string }): Promise<string[]> {
  let names: string[] = [];
  await streamTable(file, { ...options, maxRows: 1, onIssue: () => {}, onBatch: (t) => void (names = t.columns.map((c) => c.name)) });
  return names;
}

/** which part scans a column: by its name, so that every file splits its columns the same way */
export function ownerOf(name: string, parts: number): number {
  return hashString(name) % parts;
}
