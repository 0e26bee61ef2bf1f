import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { SpareArrays } from './batch.js';
import { streamCsv, type CsvStreamOptions, type CsvStreamSummary } from './csv.js';
import { locateCsvRowsEvery } from './csv-locate.js';
import type { CsvStart } from './csv-reader.js';
import { errorOf, type ReadWorkerData, type WorkerAnswer } from './csv-parallel-protocol.js';
import { DEFAULT_BATCH_ROWS, type StreamOptions } from './read-options.js';
import { estimateRowCount } from './row-estimate.js';
import { tableOfMessage } from './table-message.js';

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
 * streamCsv with the parsing on worker threads, for the same batches in the same order: the file
 * is cut into segments of exactly `batchRows` rows (a pass on this thread finds where each starts,
 * locateCsvRowsEvery), the threads read every other segment each, and each batch is handed to
 * `onBatch` here, in file order. So every batch holds the rows, columns, lines and feature matrix a
 * one-thread read gives it; and a bad row's error is thrown when the batches before it have been
 * handed on, naming its line in the file.
 *
 * Memory stays bounded: a thread reads a batch's matrix into shared memory of its own and waits
 * until this thread has copied it out before it reads its next segment.
 *
 * Read on the calling thread instead (streamCsv): gzip (a stream has no offsets to start at), a
 * small file, a read that starts elsewhere, stops at maxRows or reports row problems as it goes
 * (onIssue: lenient reads keep streamCsv's order of issues and batches).
 */
export async function streamCsvInParallel(path: string, options: StreamOptions & CsvStreamOptions, parallel: ParallelCsvRead): Promise<CsvStreamSummary> {
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const threads = Math.floor(parallel.threads);
  const oneThread = threads < 1 || options.start !== undefined || options.onIssue !== undefined || (options.maxRows ?? Infinity) < Infinity;
  if (oneThread || !(await worthThreads(path, batchRows, parallel.minBytes ?? DEFAULT_MIN_BYTES))) return streamCsv(path, options);

  const delimiter = options.delimiter ?? ',';
  const data: ReadWorkerData = {
    path,
    options: {
      delimiter,
      batchRows,
      ...(options.columns ? { columns: options.columns } : {}),
      ...(options.maxRecordBytes !== undefined ? { maxRecordBytes: options.maxRecordBytes } : {}),
      ...(options.featureMatrix ? { featureMatrix: options.featureMatrix } : {}),
    },
  };
  const read = new SegmentedRead(parallel.workerScript, threads, data);
  parallel.onThreads?.(threads);
  try {
    if (threads === 1) {
      // one thread reads the file from start to end, while this one takes its batches
      read.dispatch(undefined, undefined, true);
      return await read.consume(options);
    }
    // segment k runs from row k × batchRows to the next: each start found ends the segment before it
    let last: CsvStart | undefined;
    const located = locateCsvRowsEvery(
      path,
      batchRows,
      (start) => {
        if (read.closed) return false;
        read.dispatch(last, start.offset);
        last = start;
        return true;
      },
      { delimiter, ...(options.maxRecordBytes !== undefined ? { maxRecordBytes: options.maxRecordBytes } : {}) },
    ).then(
      () => read.dispatch(last, undefined, true),
      (err: unknown) => read.fail(err),
    );
    const summary = await read.consume(options);
    await located;
    return summary;
  } finally {
    read.close();
  }
}

/** whether a file is large enough, and plain enough (not gzip), to be read on threads */
async function worthThreads(path: string, batchRows: number, minBytes: number): Promise<boolean> {
  try {
    const rows = await estimateRowCount(path); // undefined for gzip
    return rows !== undefined && rows > batchRows && (await stat(path)).size >= minBytes;
  } catch {
    return false; // the one-thread read says what is wrong with the file
  }
}

/** A segment's answers, as its thread posts them. */
class Segment {
  private readonly answers: WorkerAnswer[] = [];
  private wake: (() => void) | undefined;

  constructor(
    readonly worker: Worker,
    readonly bytes: number,
  ) {}

  push(answer: WorkerAnswer): void {
    this.answers.push(answer);
    this.poke();
  }

  /** wakes the consumer waiting on this segment (to see an answer, or a failure) */
  poke(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  async next(read: SegmentedRead): Promise<WorkerAnswer> {
    while (this.answers.length === 0) {
      read.throwIfFailed();
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    return this.answers.shift()!;
  }
}

/** The threads, the segments handed to them, and the batches coming back in file order. */
class SegmentedRead {
  private readonly workers: Worker[];
  private readonly segments: Segment[] = [];
  /** all segments are known */
  private complete = false;
  private failure: unknown;
  /** wakes the consumer when a segment is added, the last one is known, or something failed */
  private wake: (() => void) | undefined;
  /** this thread's matrices (a thread's shared memory cannot feed onnxruntime), reused once onBatch is done with them */
  private readonly spare = new SpareArrays();
  closed = false;

  constructor(script: string | URL, threads: number, data: ReadWorkerData) {
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(script, { workerData: data });
      worker.on('message', (answer: WorkerAnswer) => this.segments[answer.index]?.push(answer));
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`a CSV reading thread stopped (exit code ${code})`));
      });
      return worker;
    });
  }

  /** hands the segment from `start` (undefined: the first row) to byte `end` (undefined: the end of the file) to its thread */
  dispatch(start: CsvStart | undefined, end: number | undefined, last = false): void {
    if (this.closed || this.complete) return;
    const index = this.segments.length;
    const worker = this.workers[index % this.workers.length]!;
    this.segments.push(new Segment(worker, (end ?? Infinity) - (start?.offset ?? 0)));
    worker.postMessage({ index, ...(start ? { start } : {}), ...(end !== undefined ? { end } : {}) });
    if (last) this.complete = true;
    this.wakeAll();
  }

  fail(err: unknown): void {
    this.failure ??= err ?? new Error('a CSV reading thread failed');
    this.wakeAll();
  }

  throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  /** hands every batch to onBatch in file order; resolves to what streamCsv would */
  async consume(options: StreamOptions): Promise<CsvStreamSummary> {
    let rowCount = 0;
    let header: string[] = [];
    for (let k = 0; ; k++) {
      const segment = await this.segment(k);
      if (!segment) break;
      for (;;) {
        const answer = await segment.next(this);
        if ('error' in answer) throw errorOf(answer.error);
        if ('done' in answer) {
          rowCount += answer.done.rows;
          header = answer.done.header;
          if (Number.isFinite(segment.bytes)) options.onBytes?.(segment.bytes);
          break;
        }
        const table = tableOfMessage(answer.table, (bytes) => this.spare.takeMatrix(bytes) as ArrayBuffer | undefined);
        if (answer.slots && answer.slot !== undefined) {
          // copied out: the thread may read a later batch into that memory
          Atomics.store(answer.slots, answer.slot, 0);
          Atomics.notify(answer.slots, answer.slot);
        }
        await options.onBatch(table);
        if (options.reuseBatches) this.spare.reclaim(table);
      }
    }
    return { header, rowCount };
  }

  /** segment `k` once it is handed out; undefined when the file has fewer */
  private async segment(k: number): Promise<Segment | undefined> {
    for (;;) {
      this.throwIfFailed();
      if (k < this.segments.length) return this.segments[k];
      if (this.complete) return undefined;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private wakeAll(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
    for (const segment of this.segments) segment.poke();
  }

  close(): void {
    this.closed = true;
    for (const worker of this.workers) void worker.terminate().catch(() => undefined);
  }
}
