import { open, stat } from 'node:fs/promises';
import { fork, type ChildProcess } from 'node:child_process';
import { startsLikeGzip } from '../data/compression.js';
import { countNewlines } from '../data/csv-scanner.js';
import { detectFormat } from '../data/load.js';
import { isUserError } from '../errors.js';
import { SCAN_BATCH_ROWS, scanData, type ScanOptions, type ScanResult } from './scan-data.js';
import { runScanJob, type ScanJob } from './scan-job.js';
import { joinShares, type FileShares, type ShareResult } from './scan-share.js';

/** How to scan with worker processes beside this one. */
export interface ParallelScanOptions {
  /** readers in all, this process included */
  workers: number;
  /** the bundled scan-worker.ts */
  workerScript: string | URL;
  /** the fewest bytes worth a reader of their own (default MIN_SHARE_BYTES) */
  minShareBytes?: number;
  batchRows?: number;
}

/**
 * scanData over this process and worker processes, each reading a share of the rows: a large CSV
 * file is cut at record boundaries into runs of whole batches (the reader of a later share finds
 * where it starts with locateCsvRows, a cheap pass), and other files are read whole, side by side.
 * The shares join into the result one reading gives, to the bit (see joinShares). Planned, and its
 * worker processes started, before the scan is asked for: validate-data reads its schema
 * meanwhile, and a node process takes a while to start. `close` it on every path.
 */
export class ParallelScan {
  private readonly pool: ScanPool<ScanJob, ShareResult | null>;
  private onBytes: ((bytes: number) => void) | undefined;

  private constructor(
    workerScript: string | URL,
    processes: number,
    /** per file, the rows at which its shares start (after the first) */
    private readonly cuts: number[][],
  ) {
    // This process reads a share too (the first one queued): one process fewer to start, and it
    // starts reading at once, while the worker processes start up and find where their shares begin.
    const here = (job: ScanJob): Promise<ShareResult | null> => runScanJob(job, this.onBytes, true);
    // the workers report the bytes they read; a function cannot travel to them
    this.pool = new ScanPool(workerScript, processes, { onBytes: (bytes) => this.onBytes?.(bytes), inProcess: here });
  }

  /**
   * The plan for these files, its workers started; undefined when one reader (this process) is
   * best: the files give one share, or too few bytes for more than one reader (minShareBytes).
   */
  static async start(files: string[], options: ParallelScanOptions): Promise<ParallelScan | undefined> {
    const workers = Math.min(options.workers, await workersWorthStarting(files, options.minShareBytes ?? MIN_SHARE_BYTES));
    if (workers <= 1) return undefined;
    const cuts: number[][] = [];
    for (const file of files) cuts.push(await cutRows(file, options.batchRows ?? SCAN_BATCH_ROWS, workers));
    // no more readers than shares; one share (a small file, a gzip stream) is read here, without starting a process
    const shareCount = cuts.reduce((n, c) => n + c.length + 1, 0);
    if (shareCount <= 1) return undefined;
    return new ParallelScan(options.workerScript, Math.min(workers, shareCount) - 1, cuts);
  }

  /**
   * Scans `files` (those given to start) as scanData does; options.batchRows must be what start
   * was given. Rules that need every row at once (duplicate rows, unique values) read in this process alone.
   */
  async scan(files: string[], options: ScanOptions): Promise<ScanResult> {
    const { logger, onBytes, ...rest } = options;
    const rulesSchema = rest.checkRules === false ? undefined : rest.schema;
    if (rulesSchema?.dataset.maxDuplicateShare !== undefined || rulesSchema?.columns.some((c) => c.unique)) {
      // the workers started before the schema was read have nothing to do: let them go now
      this.pool.close();
      return scanData(files, options);
    }
    this.onBytes = onBytes;
    const planned = files.map((file, k) => ({ file, shares: startShares(this.pool, file, rest, this.cuts[k]!, onBytes !== undefined) }));
    // a share past the file's last row (the row count was an estimate) answers null
    let shares: FileShares[];
    try {
      shares = await Promise.all(planned.map(async (p) => ({ file: p.file, shares: (await Promise.all(p.shares)).filter((s) => s !== null) })));
    } catch (err) {
      // a share failed: the others' work is lost anyway, and a busy worker would read on to its share's end
      this.pool.close({ kill: true });
      throw err;
    }
    try {
      return joinShares(shares, rest.schema, rest.checkRules !== false, logger);
    } catch (err) {
      // shares that guessed a column's kind differently (a column outside the schema): read again in one
      if (!isUserError(err)) throw err;
      logger?.debug(`reading again in one thread: ${err.message}`);
      return scanData(files, options);
    }
  }

  close(): void {
    this.pool.close();
  }
}

/**
 * A second reader costs CPU whatever its share (a node start, the bundle, the profiling code warming
 * up in a second process, the locating pass over the rows before its share, its result sent back
 * and joined): 1.0-1.5 CPU-s at 200 MB, 1.6-3.4 at 1 GB with this process reading a share itself
 * (about 2 CPU-s when two worker processes read and this one joined). On 2 cores shared with other
 * work (load 7-9), one reader was faster at both sizes (200 MB: 2.5-6.1 s against 3.2-7.9 s;
 * 1 GB: 11.5-16.4 s against 21.8-21.9 s; bench/validate-run.mjs, alternating runs, 2026-12-05);
 * on a quieter machine two processes won from about 400 MB on (1 GB: 6.3 s against 5.0 s, the
 * previous session). Hence a share of at least this many bytes per reader.
 */
export const MIN_SHARE_BYTES = 192 * 2 ** 20;

/** as many workers as the files' bytes give shares of at least `minShareBytes` (at least 1) */
async function workersWorthStarting(files: string[], minShareBytes: number): Promise<number> {
  if (minShareBytes <= 0) return Infinity;
  let bytes = 0;
  for (const file of files) bytes += await stat(file).then((s) => s.size, () => 0);
  return Math.max(1, Math.floor(bytes / minShareBytes));
}

/** Starts the shares of one file, cut at rows `cuts`; the reader of each share after the first finds where it starts. */
function startShares(pool: ScanPool<ScanJob, ShareResult | null>, file: string, options: ScanOptions, cuts: number[], reportBytes: boolean): Promise<ShareResult | null>[] {
  const rowStarts = [0, ...cuts];
  return rowStarts.map((firstRow, k) => {
    const next = rowStarts[k + 1];
    const share = { firstRow, ...(next !== undefined ? { rows: next - firstRow } : {}) };
    return pool.run({ file, options: { ...options, share }, ...(firstRow > 0 ? { locate: true } : {}), ...(reportBytes ? { reportBytes } : {}) });
  });
}

/** the rows at which to cut a CSV file into `workers` shares of whole batches (none: read it whole) */
async function cutRows(file: string, batchRows: number, workers: number): Promise<number[]> {
  let format: string;
  try {
    format = detectFormat(file);
  } catch {
    return [];
  }
  if (format !== 'csv') return [];
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
  private readonly inProcess: ((job: J) => Promise<R>) | undefined;
  /** the in-process slot is running a job */
  private busyHere = false;

  /**
   * `onBytes`: what a worker's `{ bytes }` messages (progress, before its answer) report; `execArgv`:
   * node options for the workers (default: this process's); `inProcess`: runs a job in this
   * process, as one more slot, the first one taken (a worker process takes time to start).
   */
  constructor(script: string | URL, size: number, options: { onBytes?: (bytes: number) => void; execArgv?: string[]; inProcess?: (job: J) => Promise<R> } = {}) {
    const { onBytes, execArgv } = options;
    this.inProcess = options.inProcess;
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
    // a closed pool (a share failed) starts nothing more, here or in a worker
    if (this.closing) {
      for (const job of this.queue.splice(0)) job.reject(new Error('the scan was stopped'));
      return;
    }
    if (this.inProcess && !this.busyHere && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.busyHere = true;
      this.inProcess(job.job)
        .then(job.resolve, job.reject)
        .finally(() => {
          this.busyHere = false;
          this.next();
        });
    }
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
