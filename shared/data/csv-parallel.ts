import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { SpareArrays } from './batch.js';
import { startsLikeGzip } from './compression.js';
import { streamCsv, type CsvStreamOptions, type CsvStreamSummary } from './csv.js';
import { locateCsvRowsEvery } from './csv-locate.js';
import type { CsvStart } from './csv-reader.js';
import { batchTaken, errorOf, type ReadOptionsMessage, type ReadWorkerData, type WorkerAnswer, type WorkerJob } from './csv-parallel-protocol.js';
import { DEFAULT_BATCH_ROWS, type StreamOptions } from './read-options.js';
import { csvDelimiter, detectFormat } from './load.js';
import { estimateRowCount } from './row-estimate.js';
import { headerCells } from './csv-header-cells.js';
import { spareMessageOf, tableOfMessage } from './table-message.js';
import type { WatchdogMemory } from '../model/watchdog-memory.js';
import { threadsStartedBy } from '../runtime/thread-priority.js';
import { detachThrowawayArrayBuffer } from '../runtime/array-buffer-detaching.js';

/** How to read a CSV file on worker threads (streamCsvInParallel). */
export interface ParallelCsvRead {
  /** the bundled csv-read-worker.ts */
  workerScript: string | URL;
  /** reading threads; below 1, the file is read on the calling thread */
  threads: number;
  /** a file smaller than this is read on the calling thread: starting threads would cost more than they save. Default 16 MiB. */
  minBytes?: number;
  /** told how many threads a read starts (none when it reads on the calling thread) */
  onThreads?: (threads: number) => void;
}

const DEFAULT_MIN_BYTES = 16 * 2 ** 20;

/**
 * streamCsv with the parsing on worker threads, for the same batches in the same order (see
 * CsvReadThreads); a file that does not pay for threads is read on the calling thread.
 */
export async function streamCsvInParallel(path: string, options: StreamOptions & CsvStreamOptions, parallel: ParallelCsvRead): Promise<CsvStreamSummary> {
  if (!CsvReadThreads.canRead(options)) return streamCsv(path, options);
  const threads = await startCsvReadThreads(path, { ...parallel, batchRows: options.batchRows ?? DEFAULT_BATCH_ROWS, ...(options.delimiter ? { delimiter: options.delimiter } : {}) });
  if (!threads) return streamCsv(path, options);
  try {
    return await threads.stream(path, options);
  } finally {
    threads.close();
  }
}

/**
 * Worker threads for reading a CSV file, started before the read is asked for (a caller loads its
 * models meanwhile), or undefined when the file is read better on the calling thread: gzip (a
 * stream has no offsets to start at), a file under `minBytes`, or of fewer rows than a batch.
 */
export async function startCsvReadThreads(path: string, parallel: ParallelCsvRead & { batchRows: number; delimiter?: string; maxRecordBytes?: number }): Promise<CsvReadThreads | undefined> {
  const threads = Math.floor(parallel.threads);
  const rows = threads < 1 || !isCsv(path) ? undefined : await worthThreads(path, parallel.batchRows, parallel.minBytes ?? DEFAULT_MIN_BYTES);
  return rows === undefined ? undefined : startedThreads(path, parallel, threads, rows);
}

/**
 * One reading thread for `path`, started at once: the file decided on by its name and its size
 * alone (a plain CSV of `minBytes` or more), without startCsvReadThreads's row estimate, whose reads
 * wait for turns of a busy main thread: the thread would start later, and it is what the scan
 * waits for first (docs/performance.md). A thread reads from the first row to the last, so a file
 * of fewer rows than a batch costs a thread for nothing, never a wrong result. Undefined when the
 * file does not qualify or cannot be looked at (the read itself then says what is wrong).
 */
export function startCsvReadThread(path: string, parallel: ParallelCsvRead & { batchRows: number; delimiter?: string; maxRecordBytes?: number }): CsvReadThreads | undefined {
  if (parallel.threads < 1 || !isCsv(path)) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    if (fstatSync(fd).size < (parallel.minBytes ?? DEFAULT_MIN_BYTES)) return undefined;
    // a gzip stream, as startCsvReadThreads has it, is read on the calling thread
    const head = Buffer.alloc(2);
    if (startsLikeGzip(head.subarray(0, readSync(fd, head, 0, 2, 0)))) return undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return startedThreads(path, parallel, 1);
}

/** `threads` reading threads for `path`, told to the caller (onThreads); `rows`, when estimated, sizes their slots */
function startedThreads(path: string, parallel: ParallelCsvRead & { batchRows: number; delimiter?: string; maxRecordBytes?: number }, threads: number, rows?: number): CsvReadThreads {
  parallel.onThreads?.(threads);
  return new CsvReadThreads(path, parallel.workerScript, threads, parallel.batchRows, csvDelimiter(path, parallel.delimiter), parallel.maxRecordBytes, rows);
}

function isCsv(path: string): boolean {
  try {
    return detectFormat(path) === 'csv';
  } catch {
    return false;
  }
}

/** the rows estimated when a file is large enough, and plain enough (not gzip), to be read on threads; else undefined */
async function worthThreads(path: string, batchRows: number, minBytes: number): Promise<number | undefined> {
  try {
    const rows = await estimateRowCount(path); // undefined for gzip
    return rows !== undefined && rows > batchRows && (await stat(path)).size >= minBytes ? rows : undefined;
  } catch {
    return undefined; // the one-thread read says what is wrong with the file
  }
}

/**
 * A CSV file parsed on worker threads, handed to `onBatch` here batch by batch in file order, each
 * batch the very one a one-thread read gives (rows, cells, lines, feature matrix); a bad row's
 * error is thrown once the batches before it are handed on, naming its line in the file.
 *
 * One thread reads the file from start to end. With more, the file is cut into segments of exactly
 * `batchRows` rows (a pass on this thread, locateCsvRowsEvery, finds where each starts; it begins
 * at once), read in turn by the threads. Memory stays bounded: a thread reads a batch's feature
 * matrix into a few slots of shared memory and waits when this thread has not copied them out yet.
 */
export class CsvReadThreads {
  private readonly workers: Worker[];
  private readonly segments: Segment[] = [];
  /** where each segment after the first starts, as the locating pass finds them */
  private readonly starts: CsvStart[] = [];
  private located = false;
  /** the reading options, once stream() is called; segments are handed out from then on */
  private options: ReadOptionsMessage | undefined;
  private failure: unknown;
  /** wakes the consumer when a segment is added, the last one is known, or something failed */
  private wake: (() => void) | undefined;
  /** this thread's matrices (a thread's shared memory cannot feed onnxruntime), reused once onBatch is done with them */
  private readonly spare = new SpareArrays();
  private closed = false;
  private consumed = false;
  /** the cells of the file's first line (csv-header-cells.ts): the most columns a batch's matrix has */
  private readonly headerCells: number | undefined;
  /** the system's ids of the reading threads (thread-priority.ts), where it has them: none elsewhere */
  readonly threadIds: readonly number[];

  constructor(
    private readonly path: string,
    script: string | URL,
    readonly threads: number,
    private readonly batchRows: number,
    private readonly delimiter: string,
    private readonly maxRecordBytes: number | undefined,
    /**
     * the file's rows as estimateRowCount gave them when the threads started (a caller sizing its
     * arrays need not read the file's start again); each thread touches the slot memory for its
     * share of the batches they make before its first job
     */
    private readonly estimatedRows?: number,
  ) {
    const expectedBatches = estimatedRows === undefined ? undefined : Math.ceil(estimatedRows / batchRows);
    // this thread hands the threads' buffers back and forth: see array-buffer-detaching.ts
    detachThrowawayArrayBuffer();
    // read once here, for the threads' slots and this thread's first matrix (prefaultMatrixWhileWaiting)
    this.headerCells = headerCells(path, delimiter);
    const started = threadsStartedBy(() => Array.from({ length: threads }, () => {
      const workerData: ReadWorkerData = {
        path,
        ...(expectedBatches !== undefined && this.headerCells !== undefined ? { expectedBatches: Math.ceil(expectedBatches / threads), batchRows, headerCells: this.headerCells } : {}),
      };
      const worker = new Worker(script, { workerData });
      worker.on('message', (answer: WorkerAnswer) => this.segments[answer.index]?.push(answer));
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`a CSV reading thread stopped (exit code ${code})`));
      });
      // a caller that fails before reading must not be kept alive by idle threads
      worker.unref();
      return worker;
    }));
    this.workers = started.value;
    this.threadIds = started.threads;
    if (threads === 1) this.located = true;
    else {
      locateCsvRowsEvery(
        path,
        batchRows,
        (start) => {
          if (this.closed) return false;
          this.starts.push(start);
          this.handOut();
          return true;
        },
        { delimiter, ...(maxRecordBytes !== undefined ? { maxRecordBytes } : {}) },
      ).then(
        () => {
          this.located = true;
          this.handOut();
        },
        (err: unknown) => this.fail(err),
      );
    }
  }

  /** the rows estimateRowCount gave for `path` when these threads started for it; undefined for another file */
  estimatedRowsOf(path: string): number | undefined {
    return path === this.path ? this.estimatedRows : undefined;
  }

  /**
   * Starts reading the file as `options` ask (onBatch aside), ahead of stream(): a caller with
   * other work first (loading its models) lets the threads parse meanwhile, as far as their
   * memory slots go. False when these threads cannot give that read (see stream).
   */
  begin(path: string, options: Omit<StreamOptions, 'onBatch'> & CsvStreamOptions): boolean {
    const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
    if (this.closed || path !== this.path || batchRows !== this.batchRows || (options.delimiter ?? ',') !== this.delimiter || options.maxRecordBytes !== this.maxRecordBytes) return false;
    if (!CsvReadThreads.canRead(options)) return false;
    const message: ReadOptionsMessage = {
      delimiter: this.delimiter,
      batchRows,
      ...(options.columns ? { columns: options.columns } : {}),
      ...(this.maxRecordBytes !== undefined ? { maxRecordBytes: this.maxRecordBytes } : {}),
      ...(options.featureMatrix ? { featureMatrix: options.featureMatrix } : {}),
      ...(options.onIssue ? { lenient: true } : {}),
    };
    if (this.options) return JSON.stringify(message) === JSON.stringify(this.options);
    this.options = message;
    // from here on this thread waits for theirs
    for (const worker of this.workers) worker.ref();
    this.handOut();
    return true;
  }

  /**
   * Reads the file (as streamCsv would with `options`), from where begin() started. A read these
   * threads were not started or begun for (another file, delimiter, batch size, feature matrix or
   * leniency), or that starts elsewhere or stops at maxRows, is read on the calling thread. Row
   * problems (onIssue) are handed on in file order, each before the batch its row is in (streamCsv
   * hands on a block's problems before the block's batches: the same order of each, interleaved
   * otherwise).
   */
  async stream(path: string, options: StreamOptions & CsvStreamOptions): Promise<CsvStreamSummary> {
    if (this.consumed || !this.begin(path, options)) {
      this.close();
      return streamCsv(path, options);
    }
    this.consumed = true;
    return this.consume(options);
  }

  /** false for a read that starts elsewhere or stops at maxRows */
  static canRead(options: Omit<StreamOptions, 'onBatch'> & CsvStreamOptions): boolean {
    return options.start === undefined && (options.maxRows ?? Infinity) === Infinity;
  }

  /**
   * Has the first thread watch the models' runs too (run-watchdog.ts), for as long as it lives: a
   * caller that began a read these threads give lets them keep its time limit until it closes
   * them, instead of starting a thread for the limit alone. False when they are closed.
   */
  watch(memory: WatchdogMemory): boolean {
    if (this.closed) return false;
    this.workers[0]!.postMessage({ watchdog: memory } satisfies WorkerJob);
    return true;
  }

  /** batches the threads have posted that stream() has not handed on yet: at most SLOTS a thread, whatever the file's size (what bounds a read's memory) */
  get batchesAhead(): number {
    return this.segments.reduce((sum, segment) => sum + segment.batchesWaiting, 0);
  }

  close(): void {
    this.closed = true;
    for (const worker of this.workers) void worker.terminate().catch(() => undefined);
  }

  /** hands the segments whose ends are known to their threads: segment k runs from start k − 1 (the first row, for k = 0) to start k (the end of the file, for the last) */
  private handOut(): void {
    const options = this.options;
    if (!options || this.closed) return;
    const known = this.located ? this.starts.length + 1 : this.starts.length;
    while (this.segments.length < known) {
      const index = this.segments.length;
      const start = this.starts[index - 1];
      const end = this.starts[index]?.offset;
      const worker = this.workerOf(index);
      this.segments.push(new Segment((end ?? Infinity) - (start?.offset ?? 0)));
      worker.postMessage({ index, options, ...(start ? { start } : {}), ...(end !== undefined ? { end } : {}) } satisfies WorkerJob);
    }
    this.wakeAll();
  }

  /** the thread that reads segment `index` (handOut), and takes its batches' arrays back */
  private workerOf(index: number): Worker {
    return this.workers[index % this.workers.length]!;
  }

  private fail(err: unknown): void {
    this.failure ??= err ?? new Error('a CSV reading thread failed');
    this.wakeAll();
  }

  throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  /** hands every batch to onBatch in file order; resolves to what streamCsv would */
  private async consume(options: StreamOptions): Promise<CsvStreamSummary> {
    let rowCount = 0;
    let header: string[] = [];
    for (let k = 0; ; k++) {
      const segment = await this.segment(k);
      if (!segment) break;
      if (k === 0 && options.reuseBatches) await this.prefaultMatrixWhileWaiting(segment);
      for (;;) {
        const answer = await segment.next(this);
        if (answer.issues) for (const issue of answer.issues) options.onIssue?.(issue);
        // the last segment's bytes, as its thread reads them (csv-read-worker.ts); the others' below, once done
        if (answer.bytes) options.onBytes?.(answer.bytes);
        if ('error' in answer) throw errorOf(answer.error);
        if ('done' in answer) {
          rowCount += answer.done.rows;
          header = answer.done.header;
          if (Number.isFinite(segment.bytes)) options.onBytes?.(segment.bytes);
          break;
        }
        const table = tableOfMessage(answer.table, (bytes) => this.spare.takeMatrix(bytes) as ArrayBuffer | undefined);
        // copied out: the thread may read a later batch into that memory, and post another
        batchTaken(answer.slots, answer.slot);
        await options.onBatch(table);
        if (!options.reuseBatches) continue;
        // the matrix stays here for reuse; the columns and lines, moved here with the message, go
        // back to the thread that read them, for its next batches
        const matrix = table.featureMatrix?.data.buffer;
        if (matrix instanceof ArrayBuffer) this.spare.giveBackMatrix(matrix);
        const { message, transfer } = spareMessageOf(table);
        if (transfer.length > 0) this.workerOf(k).postMessage(message satisfies WorkerJob, transfer);
      }
    }
    return { header, rowCount };
  }

  /**
   * Writes the pages of the memory the first batch's matrix will be copied into (the batches after
   * it reuse that memory) while this thread waits for that batch, a MiB at a time, stopping as
   * soon as an answer comes. Why: a fresh page costs 10-45 µs when first written on this machine,
   * and the first copy out of a slot (7.8 MB for the bench file) took 40-125 ms of this thread,
   * while the reader waited for that slot; when the batch is there already, nothing is done.
   */
  private async prefaultMatrixWhileWaiting(segment: Segment): Promise<void> {
    const matrix = this.options?.featureMatrix;
    if (!matrix || segment.answered) return;
    const cells = this.headerCells;
    if (!cells) return;
    const bytes = this.batchRows * cells * (matrix.type === 'float64' ? 8 : 4);
    if (bytes > 2 ** 30) return; // an odd batch size: the copy makes its memory as before
    const memory = new ArrayBuffer(bytes);
    const words = new Int32Array(memory);
    const PAGE_WORDS = 1024;
    const STEP_WORDS = 256 * PAGE_WORDS;
    for (let at = 0; at < words.length && !segment.answered && !this.closed && this.failure === undefined; ) {
      const end = Math.min(words.length, at + STEP_WORDS);
      for (; at < end; at += PAGE_WORDS) words[at] = 0;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    this.spare.offerMatrix(memory);
  }

  /** segment `k` once it is handed out; undefined when the file has fewer */
  private async segment(k: number): Promise<Segment | undefined> {
    for (;;) {
      this.throwIfFailed();
      if (k < this.segments.length) return this.segments[k];
      if (this.located) return undefined;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private wakeAll(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
    for (const segment of this.segments) segment.poke();
  }
}

/** A segment's answers, as its thread posts them. */
class Segment {
  private readonly answers: WorkerAnswer[] = [];
  private wake: (() => void) | undefined;

  constructor(readonly bytes: number) {}

  push(answer: WorkerAnswer): void {
    this.answers.push(answer);
    this.poke();
  }

  get batchesWaiting(): number {
    return this.answers.reduce((sum, answer) => sum + ('table' in answer ? 1 : 0), 0);
  }

  /** an answer is waiting to be taken */
  get answered(): boolean {
    return this.answers.length > 0;
  }

  /** wakes the consumer waiting on this segment (to see an answer, or a failure) */
  poke(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  async next(read: CsvReadThreads): Promise<WorkerAnswer> {
    while (this.answers.length === 0) {
      read.throwIfFailed();
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    return this.answers.shift()!;
  }
}
