import { open, stat } from 'node:fs/promises';
import { fork, type ChildProcess } from 'node:child_process';
import { locateCsvRows } from '../data/csv-locate.js';
import { startsLikeGzip } from '../data/compression.js';
import { countNewlines } from '../data/csv-scanner.js';
import { csvDelimiter, detectFormat } from '../data/load.js';
import { isUserError } from '../errors.js';
import { SCAN_BATCH_ROWS, scanData, type RowShare, type ScanOptions, type ScanResult } from './scan-data.js';
import { joinShares, type FileShares, type ShareResult } from './scan-share.js';

/**
 * scanData over several worker processes, each reading a share of the rows: a large CSV file is cut
 * at record boundaries into runs of whole batches (locateCsvRows finds where, in a cheap pass), and
 * other files are read whole, side by side. The shares join into the result one thread gives, to
 * the bit (see joinShares). `workerScript` is the bundled scan-worker.ts. Falls back to one reader
 * for one worker, and for rules that need every row at once (duplicate rows, unique values).
 */
export async function scanDataInParallel(files: string[], options: ScanOptions & { workers: number; workerScript: string | URL; minShareBytes?: number }): Promise<ScanResult> {
  const { workerScript, logger, onBytes, minShareBytes = MIN_SHARE_BYTES, ...rest } = options;
  const rulesSchema = rest.checkRules === false ? undefined : rest.schema;
  const needsAllRows = rulesSchema?.dataset.maxDuplicateShare !== undefined || rulesSchema?.columns.some((c) => c.unique);
  const workers = Math.min(options.workers, await workersWorthStarting(files, minShareBytes));
  if (workers <= 1 || needsAllRows) return scanData(files, options);
  const cuts: number[][] = [];
  for (const file of files) cuts.push(await cutRows(file, rest, workers));
  // no more processes than shares; one share (a small file, a gzip stream) is read here, without starting one
  const shareCount = cuts.reduce((n, c) => n + c.length + 1, 0);
  if (shareCount <= 1) return scanData(files, options);
  // the workers report the bytes they read; a function cannot travel to them
  const pool = new ScanPool<ScanJob, ShareResult>(workerScript, Math.min(workers, shareCount), onBytes ? { onBytes } : {});
  let shares: FileShares[];
  try {
    const planned: { file: string; shares: Promise<ShareResult>[] }[] = [];
    for (const [k, file] of files.entries()) planned.push({ file, shares: await startShares(pool, file, rest, cuts[k]!, onBytes !== undefined) });
    shares = await Promise.all(planned.map(async (p) => ({ file: p.file, shares: await Promise.all(p.shares) })));
  } catch (err) {
    // a share failed: the others' work is lost anyway, and a busy worker would read on to its share's end
    pool.close({ kill: true });
    throw err;
  }
  pool.close();
  try {
    return joinShares(shares, rest.schema, rest.checkRules !== false, logger);
  } catch (err) {
    // shares that guessed a column's kind differently (a column outside the schema): read again in one
    if (!isUserError(err)) throw err;
    logger?.debug(`reading again in one thread: ${err.message}`);
    return scanData(files, options);
  }
}

/**
 * A worker process costs about 2 CPU-seconds whatever its share (a node start, the bundle, the
 * profiling code warming up, the shares joined, the pass that finds where shares start), and one
 * process reads about 110–160 MB a second here with the WebAssembly scanner: on 2 cores, two
 * processes won from about 400 MB of data on (200 MB: 1.85 s in one, 2.42 s in two; 1 GB: 6.3 s
 * against 5.0 s; 3 alternating runs each, bench/validate-run.mjs, 2026-12-05). Hence a share of
 * at least this many bytes per worker.
 */
export const MIN_SHARE_BYTES = 192 * 2 ** 20;

/** as many workers as the files' bytes give shares of at least `minShareBytes` (at least 1) */
async function workersWorthStarting(files: string[], minShareBytes: number): Promise<number> {
  if (minShareBytes <= 0) return Infinity;
  let bytes = 0;
  for (const file of files) bytes += await stat(file).then((s) => s.size, () => 0);
  return Math.max(1, Math.floor(bytes / minShareBytes));
}

/** Starts the shares of one file, cut at rows `cuts`: the first at once, the others once the cheap pass has found where they start. */
async function startShares(pool: ScanPool<ScanJob, ShareResult>, file: string, options: ScanOptions, cuts: number[], reportBytes: boolean): Promise<Promise<ShareResult>[]> {
  const job = (share: RowShare): ScanJob => ({ file, options: { ...options, share }, ...(reportBytes ? { reportBytes } : {}) });
  if (cuts.length === 0) return [pool.run(job({ firstRow: 0 }))];
  const first = pool.run(job({ firstRow: 0, rows: cuts[0]! }));
  const starts = await locateCsvRows(file, cuts, { delimiter: csvDelimiter(file, options.delimiter), ...(options.maxRecordBytes ? { maxRecordBytes: options.maxRecordBytes } : {}) });
  const rest: Promise<ShareResult>[] = [];
  starts.forEach((start, k) => {
    if (!start) return;
    const next = cuts[k + 1];
    const share: RowShare = { start, firstRow: cuts[k]!, ...(next !== undefined ? { rows: next - cuts[k]! } : {}) };
    rest.push(pool.run(job(share)));
  });
  return [first, ...rest];
}

/** the rows at which to cut a CSV file into `workers` shares of whole batches (none: read it whole) */
async function cutRows(file: string, options: ScanOptions, workers: number): Promise<number[]> {
  let format: string;
  try {
    format = detectFormat(file);
  } catch {
    return [];
  }
  if (format !== 'csv') return [];
  const batchRows = options.batchRows ?? SCAN_BATCH_ROWS;
  const rows = await estimateRows(file);
  const cuts: number[] = [];
  for (let k = 1; k < workers; k++) {
    const cut = Math.round((rows * k) / workers / batchRows) * batchRows;
    if (cut > (cuts[cuts.length - 1] ?? 0) && cut < rows) cuts.push(cut);
  }
  return cuts;
}

const SAMPLE_BYTES = 1 << 20;

/** rows in a file, judged from the lines in its first megabyte (0 when it cannot be read, or is gzip: a stream cannot be split) */
async function estimateRows(file: string): Promise<number> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return 0; // the share that reads it reports why
  }
  try {
    const { size } = await handle.stat();
    const buf = Buffer.allocUnsafe(Math.min(SAMPLE_BYTES, size));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    if (startsLikeGzip(buf.subarray(0, bytesRead))) return 0;
    const lines = countNewlines(buf, 0, bytesRead);
    return lines > 1 ? Math.floor(size / (bytesRead / lines)) - 1 : 0;
  } catch {
    return 0;
  } finally {
    await handle.close();
  }
}

/** what scan-worker.ts is sent */
interface ScanJob {
  file: string;
  options: ScanOptions;
  /** send `{ bytes }` messages as the share is read, for progress */
  reportBytes?: boolean;
}

interface Job<J, R> {
  job: J;
  resolve: (result: R) => void;
  reject: (err: Error) => void;
}

/**
 * Worker processes that each do one job at a time, in the order asked: a job is sent as it is, and
 * the worker answers `{ result }` or `{ error }` (scan-worker.ts; monitor's read-worker.ts too).
 * Processes, not threads: threads of one process share V8's garbage-collection helpers, and two threads allocating batch
 * after batch wait on each other there (measured: two threads took three times as long as two
 * processes for the same work).
 */
export class ScanPool<J, R> {
  private readonly idle: ChildProcess[] = [];
  private readonly queue: Job<J, R>[] = [];
  private readonly all: ChildProcess[] = [];
  private readonly current = new Map<ChildProcess, Job<J, R>>();

  /** `onBytes`: what a worker's `{ bytes }` messages (progress, before its answer) report; `execArgv`: node options for the workers (default: this process's) */
  constructor(script: string | URL, size: number, options: { onBytes?: (bytes: number) => void; execArgv?: string[] } = {}) {
    const { onBytes, execArgv } = options;
    for (let k = 0; k < size; k++) {
      const worker = fork(script, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'], ...(execArgv ? { execArgv } : {}) });
      worker.on('message', (message: { result?: R; error?: string; bytes?: number }) => {
        if (typeof message.bytes === 'number' && !('result' in message) && !('error' in message)) return void onBytes?.(message.bytes);
        const job = this.current.get(worker)!;
        this.current.delete(worker);
        if ('result' in message) job.resolve(message.result as R);
        else job.reject(new Error(message.error));
        this.idle.push(worker);
        this.next();
      });
      worker.on('error', (err) => this.fail(worker, err));
      worker.on('exit', (code, signal) => {
        if (code !== 0 && !this.closing) this.fail(worker, new Error(`a worker process exited with ${signal ?? `code ${code}`}`));
      });
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  run(job: J): Promise<R> {
    const result = new Promise<R>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.next();
    });
    result.catch(() => {}); // awaited later, after the other shares have started: not unhandled meanwhile
    return result;
  }

  private closing = false;

  /** `kill`: stop busy workers too, instead of letting them finish the job they have */
  close(options: { kill?: boolean } = {}): void {
    this.closing = true;
    for (const worker of this.all) {
      if (options.kill && worker.exitCode === null && worker.signalCode === null) worker.kill();
      else if (worker.connected) worker.disconnect(); // it exits once its channel closes
    }
  }

  private next(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.shift()!;
      const job = this.queue.shift()!;
      this.current.set(worker, job);
      worker.send(job.job as object);
    }
  }

  private fail(worker: ChildProcess, err: Error): void {
    const job = this.current.get(worker);
    this.current.delete(worker);
    job?.reject(err);
    for (const queued of this.queue.splice(0)) queued.reject(err);
  }
}
