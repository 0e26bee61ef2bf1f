import { UserError, isUserError, type SourceLocation } from '../errors.js';
import type { Logger } from '../log.js';
import { ScanPool } from '../validate/scan-parallel.js';
import type { DataSchema } from '../validate/schema/types.js';
import type { ProfileKind } from '../validate/stats/column-profile.js';
import type { TimeRange } from './duration.js';
import type { LabelIndex } from './labels.js';
import { LogProblems } from './log-problems.js';
import { absorbJobResult, planLogJobs, readLogJob, type LogJob, type LogJobResult, type LogReadSummary } from './read-logs.js';
import type { TabularLogColumns } from './tabular-log.js';
import { WindowedLog, type WindowingOptions } from './window-stats.js';

/** What every reader of the logs is told, as plain data (a worker loads the schema and labels itself). */
export interface LogReadContext {
  range: TimeRange;
  sizeMs: number | null;
  sizeRows: number | null;
  kinds: [string, ProfileKind][];
  labelColumn: string;
  schemaFile?: string;
  labels?: { file: string; columns?: { id: string; label: string } };
  tabular: TabularLogColumns;
  featureNames: string[];
  /** bytes per segment of a large uncompressed log (default SEGMENT_BYTES) */
  segmentBytes?: number;
  /** rows of each version in the jobs before (chunks by rows only) */
  rowOffsets?: [string, number][];
}

export interface LoadedInputs {
  schema?: DataSchema;
  labels?: LabelIndex;
}

/** the schema and labels a context names (each process loads its own copy) */
export async function loadInputs(context: LogReadContext): Promise<LoadedInputs> {
  // imported when named: a worker reading logs alone then never loads YAML and ajv (nor the
  // Parquet reader, which data/load.ts imports on first use): 46 MB resident at start, not 52
  const schema = context.schemaFile ? await (await import('../validate/schema/load-schema.js')).loadDataSchema(context.schemaFile) : undefined;
  const labels = context.labels ? await (await import('./labels.js')).loadLabels(context.labels.file, context.labels.columns) : undefined;
  return { ...(schema ? { schema } : {}), ...(labels ? { labels } : {}) };
}

export function windowingOf(context: LogReadContext, loaded: LoadedInputs): WindowingOptions {
  return {
    range: context.range,
    sizeMs: context.sizeMs,
    sizeRows: context.sizeRows,
    kinds: new Map(context.kinds),
    labelColumn: context.labelColumn,
    ...(context.rowOffsets ? { rowOffsets: new Map(context.rowOffsets) } : {}),
    ...(loaded.schema ? { schema: loaded.schema } : {}),
    ...(loaded.labels ? { labels: loaded.labels } : {}),
  };
}

/** what read-worker.ts is sent, and answers (a UserError travels as its parts) */
export interface ReadJobMessage {
  job: LogJob;
  context: LogReadContext;
}
export type ReadJobAnswer = LogJobResult | { userError: { what: string; where?: string; fix?: string; location?: SourceLocation } };

export interface ParallelReadOptions {
  /** worker processes; 1 (or no workerScript): read in this process */
  workers: number;
  /** the bundled read-worker.ts (dist/monitor-read-worker.mjs) */
  workerScript?: string | URL;
  logger: Logger;
  cwd?: string;
}

/**
 * Reads the logs into windows: each job (a file, a segment of a large one; log-segments.ts) is read
 * by one of `workers` processes (validate-data's pool) into windows of its own, and the jobs'
 * windows are merged here in reading order: sketches, counts and the row sample merge exactly, so
 * the figures are those of one reader whatever the number of workers (the moments to rounding).
 * Chunks by rows are read one job after another in this process: a chunk's bounds depend on every
 * row before it. Memory: each process holds its job's windows and the blocks it reads.
 */
export async function readLogsInWindows(patterns: string[], context: LogReadContext, loaded: LoadedInputs, options: ParallelReadOptions): Promise<{ windowed: WindowedLog; summary: LogReadSummary }> {
  const { logger } = options;
  const windowed = new WindowedLog(windowingOf(context, loaded));
  const summary: LogReadSummary = { files: [], failures: [], problems: new LogProblems(), unpaired: 0 };
  const progress = progressLogger(logger);
  const absorb = (result: LogJobResult) => {
    windowed.absorb(result.windowed);
    absorbJobResult(summary, result, logger);
    progress(summary);
  };
  const jobs = planLogJobs(patterns, options.cwd, context.segmentBytes);
  if (options.workers <= 1 || !options.workerScript || context.sizeRows) {
    for await (const job of jobs) {
      const rowOffsets = context.sizeRows ? [...windowed.versions].map(([key, v]): [string, number] => [key, v.rows]) : undefined;
      absorb(await readLogJob(job, windowingOf({ ...context, ...(rowOffsets ? { rowOffsets } : {}) }, loaded), { tabular: context.tabular, featureNames: context.featureNames, logger }));
    }
    return { windowed, summary };
  }
  logger.info(`reading in ${options.workers} worker processes`);
  // a small young generation: a job's garbage is mostly short-lived batches, and the default
  // 16 MiB semi-spaces cost each worker about 25 MB of resident memory for no measured speed
  const pool = new ScanPool<ReadJobMessage, ReadJobAnswer>(options.workerScript, options.workers, { execArgv: [...process.execArgv, '--max-semi-space-size=1'] });
  try {
    const answers: (Promise<ReadJobAnswer> | undefined)[] = [];
    for await (const job of jobs) answers.push(pool.run({ job, context }));
    // merged in order as they come: at most a few finished ahead of the oldest wait here, and
    // each is let go once merged
    for (let k = 0; k < answers.length; k++) {
      const result = await answers[k]!;
      answers[k] = undefined;
      if ('userError' in result) {
        const { what, where, fix, location } = result.userError;
        throw new UserError(what, where, fix, location);
      }
      absorb(result);
    }
  } catch (err) {
    pool.close({ kill: true }); // the jobs still running would be merged into nothing
    throw err;
  }
  pool.close();
  return { windowed, summary };
}

/** a line every 10 s while reading takes long */
function progressLogger(logger: Logger): (summary: LogReadSummary) => void {
  let last = Date.now();
  return (summary) => {
    if (Date.now() - last < 10_000) return;
    last = Date.now();
    const rows = summary.files.reduce((s, f) => s + f.rows, 0);
    logger.info(`read ${summary.files.length} file${summary.files.length === 1 ? '' : 's'}, ${rows.toLocaleString('en-US')} rows so far`);
  };
}

/** a worker's answer to a job: its result, or the UserError it met (a bad labels file, say) */
export async function answerJob(message: ReadJobMessage, loaded: (context: LogReadContext) => Promise<LoadedInputs>): Promise<ReadJobAnswer> {
  try {
    const { job, context } = message;
    return await readLogJob(job, windowingOf(context, await loaded(context)), { tabular: context.tabular, featureNames: context.featureNames });
  } catch (err) {
    if (!isUserError(err)) throw err;
    return { userError: { what: err.what, ...(err.where ? { where: err.where } : {}), ...(err.fix ? { fix: err.fix } : {}), ...(err.location ? { location: err.location } : {}) } };
  }
}
