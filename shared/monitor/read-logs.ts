import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { detectFormat, streamJsonObjects } from '../data/index.js';
import { isUserError } from '../errors.js';
import type { Logger } from '../log.js';
import { resolveDataFiles } from '../validate/resolve-files.js';
import { isCloudEvent, KServeEventReader } from './kserve-events.js';
import type { LogBatch } from './log-batch.js';
import { LogProblems, type LogProblem } from './log-problems.js';
import { segmentLogFile, type LogSegment } from './log-segments.js';
import { isPredictionRecord, readPredictionLog } from './prediction-log.js';
import { readTabularLog, type TabularLogColumns } from './tabular-log.js';
import { WindowedLog, type WindowedLogState, type WindowingOptions } from './window-stats.js';

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

/** one file, or one segment of a large uncompressed one */
export interface LogPart {
  file: string;
  kind: LogKind;
  segment?: LogSegment;
}

/**
 * What one reader (a worker process, or this one) reads, in order, into its own windows: one
 * file or segment; or every KServe file, whose requests and responses pair across files.
 */
export interface LogJob {
  parts: LogPart[];
}

/** What reading a job gives, as plain data, merged in job order (the reading order). */
export interface LogJobResult {
  windowed: WindowedLogState;
  files: LogFileRead[];
  failures: LogFileFailure[];
  problems: { count: number; kept: LogProblem[] };
  unpaired: number;
}

/**
 * The jobs that read the logs named (paths, globs, or a folder such as mlci serve's --log-dir),
 * oldest name first: a file each, or a segment each for a large uncompressed prediction log
 * (log-segments.ts), handed on as they are planned; and last one for all KServe files.
 */
export async function* planLogJobs(patterns: string[], cwd?: string, segmentBytes?: number): AsyncGenerator<LogJob> {
  const files = await expandLogInputs(patterns, cwd);
  let kserve: LogJob | undefined;
  for (const file of files) {
    const kind = await logKind(file).catch((err: unknown) => {
      if (isUserError(err)) return 'table' as const; // its reader reports why, in its place
      throw err;
    });
    if (kind === 'kserve') {
      (kserve ??= { parts: [] }).parts.push({ file, kind });
      continue;
    }
    let segmented = false;
    if (kind === 'mlci') {
      for await (const segment of segmentLogFile(file, segmentBytes)) {
        segmented = true;
        yield { parts: [{ file, kind, segment }] };
      }
    }
    if (!segmented) yield { parts: [{ file, kind }] };
  }
  if (kserve) yield kserve;
}

/**
 * Reads a job's files into windows, each by its kind: mlci serve's prediction log, KServe
 * CloudEvents, or a table of inputs (CSV, JSON Lines, Parquet). A file that breaks part-way is
 * named in `failures`; rows it gave before breaking are kept.
 */
export async function readLogJob(job: LogJob, windowing: WindowingOptions, options: { tabular: TabularLogColumns; featureNames: readonly string[]; logger?: Logger }): Promise<LogJobResult> {
  const windowed = new WindowedLog(windowing);
  const onBatch = (batch: LogBatch) => windowed.add(batch);
  const problems = new LogProblems();
  const kserve = new KServeEventReader(problems, options.featureNames);
  const result: LogJobResult = { windowed: windowed.toState(), files: [], failures: [], problems, unpaired: 0 };
  for (const { file, kind, segment } of job.parts) {
    try {
      const rows = kind === 'mlci' ? await readPredictionLog(file, problems, onBatch, options.featureNames, segment) : kind === 'kserve' ? await kserve.read(file, onBatch) : await readTabularLog(file, options.tabular, problems, onBatch);
      result.files.push({ file, kind, rows });
      options.logger?.debug(`read ${rows} rows from ${file}${segment ? ` (segment ${segment.index + 1})` : ''} (${kind})`);
    } catch (err) {
      if (!isUserError(err)) throw err;
      result.failures.push({ file, message: err.message });
    }
  }
  result.unpaired = kserve.unpaired + kserve.waiting;
  result.windowed = windowed.toState();
  result.problems = { count: problems.count, kept: problems.kept };
  return result;
}

/** Adds a job's result to the summary of the jobs before it (the segments of a file count as the file). */
export function absorbJobResult(summary: LogReadSummary, result: LogJobResult, logger: Logger): void {
  for (const read of result.files) {
    const last = summary.files[summary.files.length - 1];
    if (last?.file === read.file) last.rows += read.rows;
    else summary.files.push({ ...read });
  }
  for (const failure of result.failures) {
    if (summary.failures.some((f) => f.file === failure.file)) continue;
    summary.failures.push(failure);
    logger.warning(`${failure.file} could not be read to its end: ${failure.message}`, { file: failure.file });
  }
  // a file that broke in one segment is a failure, whatever its other segments gave
  summary.files = summary.files.filter((f) => !summary.failures.some((x) => x.file === f.file));
  summary.problems.absorb(result.problems.count, result.problems.kept);
  summary.unpaired += result.unpaired;
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
