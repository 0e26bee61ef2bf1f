import { UserError, type SourceLocation } from '../errors.js';
import type { CsvStart } from './csv-reader.js';
import type { FeatureMatrixRequest } from './feature-matrix.js';
import type { DataIssue } from './read-options.js';
import type { SpareMessage, TableMessage } from './table-message.js';
import type { WatchdogMemory } from '../model/watchdog-memory.js';

/**
 * A reading thread's shared state: one word a memory slot (FREE 0, or the thread's own states),
 * then, at POSTED, the batches it has posted that the main thread has not taken yet. The thread
 * waits while SLOTS are posted, so that a read whose matrices do not lie in the slots (no feature
 * matrix, or a batch copied) stays as few batches ahead of the models as one whose do.
 * Three: the reader is the slower side, so one batch being read while the main thread copies out
 * the one before would do, but a read begun before the models are loaded gets a batch further.
 */
export const SLOTS = 3;
export const POSTED = SLOTS;
export const SLOT_FREE = 0;

/** the main thread has taken a batch out of its message (and copied its matrix out of `slot`): the thread may read on */
export function batchTaken(slots: Int32Array, slot: number | undefined): void {
  if (slot !== undefined) {
    Atomics.store(slots, slot, SLOT_FREE);
    Atomics.notify(slots, slot);
  }
  Atomics.sub(slots, POSTED, 1);
  Atomics.notify(slots, POSTED);
}

/** What csv-read-worker.ts is started with. */
export interface ReadWorkerData {
  path: string;
  /**
   * batches the thread expects to read (the row estimate's), their rows, and the cells of the
   * file's first line (csv-header-cells.ts, read once by the main thread for all): how much slot
   * memory to touch before the first job (csv-read-worker.ts)
   */
  expectedBatches?: number;
  batchRows?: number;
  headerCells?: number;
}

/** How to read the file (plain data). */
export interface ReadOptionsMessage {
  delimiter: string;
  batchRows: number;
  columns?: string[];
  maxRecordBytes?: number;
  featureMatrix?: FeatureMatrixRequest;
  /**
   * read leniently: a malformed row is reported (ReadOptions.onIssue) and read as it can be,
   * rather than failing the read
   */
  lenient?: boolean;
}

/** One segment to read: from `start` (undefined: the file's first row, after the header) up to byte `end` (undefined: the end of the file). */
export interface SegmentJob {
  index: number;
  options: ReadOptionsMessage;
  start?: CsvStart;
  end?: number;
}

/**
 * What a reading thread is sent: a segment to read, a run watchdog's memory to poll while it
 * lives (CsvReadThreads.watch), or the arrays of a batch it posted, for its later batches.
 */
export type WorkerJob = SegmentJob | { watchdog: WatchdogMemory } | SpareMessage;

/**
 * A worker's answers about segment `index`: each batch, then `done` (its rows, and the file's
 * header) or `error`. Each carries what the reader met since the answer before it: the row
 * problems of a lenient read, in order (handed on before the batch, as a one-thread read does),
 * and the bytes of the file read.
 */
export type WorkerAnswer = (
  /** `slots`: the thread's shared state (batchTaken); `slot`: the matrix lies in that slot of the thread's shared memory */
  | { index: number; table: TableMessage; slot?: number; slots: Int32Array }
  | { index: number; done: { rows: number; header: string[] } }
  | { index: number; error: ErrorMessage }
) & { issues?: DataIssue[]; bytes?: number };

export interface ErrorMessage {
  message: string;
  stack?: string;
  user?: { what: string; where?: string; fix?: string; location?: SourceLocation };
}

export function errorMessage(err: unknown): ErrorMessage {
  if (err instanceof UserError) {
    const { what, where, fix, location } = err;
    return { message: err.message, user: { what, ...(where !== undefined ? { where } : {}), ...(fix !== undefined ? { fix } : {}), ...(location ? { location } : {}) } };
  }
  return err instanceof Error ? { message: err.message, ...(err.stack ? { stack: err.stack } : {}) } : { message: String(err) };
}

/** the error a worker met, as it would have been thrown here */
export function errorOf(message: ErrorMessage): Error {
  if (message.user) return new UserError(message.user.what, message.user.where, message.user.fix, message.user.location);
  const error = new Error(message.message);
  if (message.stack) error.stack = message.stack;
  return error;
}
