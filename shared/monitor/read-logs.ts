import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { detectFormat, streamJsonObjects } from '../data/index.js';
import { isUserError } from '../errors.js';
import type { Logger } from '../log.js';
import { resolveDataFiles } from '../validate/resolve-files.js';
import { isCloudEvent, KServeEventReader } from './kserve-events.js';
import type { LogBatch } from './log-batch.js';
import { LogProblems } from './log-problems.js';
import { isPredictionRecord, readPredictionLog } from './prediction-log.js';
import { readTabularLog, type TabularLogColumns } from './tabular-log.js';

export type LogKind = 'mlci' | 'kserve' | 'table';

export interface LogFileRead {
  file: string;
  kind: LogKind;
  rows: number;
}

export interface LogFileFailure {
  file: string;
  message: string;
}

export interface LogReadSummary {
  files: LogFileRead[];
  /** files that could not be read to their end (a corrupt gzip member): rows before the fault are kept */
  failures: LogFileFailure[];
  problems: LogProblems;
  /** KServe requests without a response, and responses without a request */
  unpaired: number;
}

const LOG_FILE = /\.(jsonl|ndjson|csv|tsv|parquet)(\.gz)?$/i;

/**
 * Reads every log file named (paths, globs, or a folder such as mlci serve's --log-dir), oldest
 * name first, each by its kind: mlci serve's prediction log, KServe CloudEvents, or a table of
 * inputs (CSV, JSON Lines, Parquet). A file that breaks part-way is named in `failures` and the
 * others are read; rows it gave before breaking are kept.
 */
export async function readLogs(patterns: string[], options: { tabular: TabularLogColumns; featureNames: readonly string[]; logger: Logger; cwd?: string }, onBatch: (batch: LogBatch) => void): Promise<LogReadSummary> {
  const files = await expandLogInputs(patterns, options.cwd);
  const problems = new LogProblems();
  const kserve = new KServeEventReader(problems, options.featureNames);
  const summary: LogReadSummary = { files: [], failures: [], problems, unpaired: 0 };
  for (const file of files) {
    let kind: LogKind = 'table';
    try {
      kind = await logKind(file);
      const rows = kind === 'mlci' ? await readPredictionLog(file, problems, onBatch, options.featureNames) : kind === 'kserve' ? await kserve.read(file, onBatch) : await readTabularLog(file, options.tabular, problems, onBatch);
      summary.files.push({ file, kind, rows });
      options.logger.debug(`read ${rows} rows from ${file} (${kind})`);
    } catch (err) {
      if (!isUserError(err)) throw err;
      summary.failures.push({ file, message: err.message });
      options.logger.warning(`${file} could not be read to its end: ${err.message}`, { file });
    }
  }
  summary.unpaired = kserve.unpaired + kserve.waiting;
  return summary;
}

async function expandLogInputs(patterns: string[], cwd = process.cwd()): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    const isDir = await stat(path).then((s) => s.isDirectory(), () => false);
    if (isDir) {
      const names = (await readdir(path)).filter((n) => LOG_FILE.test(n)).sort();
      out.push(...names.map((n) => join(pattern, n)));
    } else out.push(...(await resolveDataFiles([pattern], cwd)));
  }
  return [...new Set(out)];
}

/** JSON Lines files are told apart by their first record; other formats are tables */
async function logKind(file: string): Promise<LogKind> {
  if (detectFormat(file) !== 'jsonl') return 'table';
  let first: Record<string, unknown> | undefined;
  await streamJsonObjects(file, { onIssue: () => undefined, maxObjects: 1, onObject: (object) => void (first ??= object) });
  if (first && isPredictionRecord(first)) return 'mlci';
  if (first && isCloudEvent(first)) return 'kserve';
  return 'table';
}
