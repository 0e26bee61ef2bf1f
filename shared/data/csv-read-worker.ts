/**
 * The worker-thread side of streamCsvInParallel (csv-parallel.ts): reads the segments of a CSV
 * file it is sent, one after the other, and posts each batch as a TableMessage. Bundled as its
 * own entry (scripts/build.mjs).
 *
 * A batch's feature matrix, most of its bytes, is read straight into one of a few slots of shared
 * memory, and the main thread copies it out (onnxruntime takes no input in shared memory) and
 * marks the slot free. When every slot still waits to be copied out, this thread waits: it reads
 * at most a couple of batches ahead of the models, whatever the file's size.
 */
import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { SpareArrays } from './batch.js';
import { scanCsvFile } from './csv-reader.js';
import { POSTED, SLOTS, SLOT_FREE, errorMessage, type ReadWorkerData, type SegmentJob, type WorkerAnswer, type WorkerJob } from './csv-parallel-protocol.js';
import { pollRunWatchdog } from '../model/watchdog-memory.js';
import { detachThrowawayArrayBuffer } from '../runtime/array-buffer-detaching.js';
import type { DataIssue } from './read-options.js';
import { tableMessage, transferablesOf } from './table-message.js';
import type { Table } from './table.js';

const { path, expectedBatches, batchRows, headerCells } = workerData as ReadWorkerData;
const port = parentPort!;
// every batch this thread posts transfers its buffers: see array-buffer-detaching.ts
detachThrowawayArrayBuffer();

/**
 * Matrix memory for the reader: shared slots in turn. A slot is FREE, FILLING (the reader's batch in
 * the making, or made and not yet posted) or LENT (posted; the main thread frees it once copied).
 */
class SharedSlots extends SpareArrays {
  /** each slot's state, then the batches posted and not yet taken (csv-parallel-protocol.ts) */
  readonly state = new Int32Array(new SharedArrayBuffer(4 * (SLOTS + 1)));
  private readonly memory: SharedArrayBuffer[] = [];
  private next = 0;

  override takeMatrix(bytes: number): ArrayBufferLike {
    const k = this.next;
    // a slot whose batch is made but not posted yet (small batches, several in one block of the
    // file, are posted after it): this batch goes by copy instead
    if (Atomics.load(this.state, k) === FILLING) return new ArrayBuffer(bytes);
    this.next = (k + 1) % SLOTS;
    // bounded waits: a main thread that stopped reading ends this thread (Worker.terminate); one
    // stuck in a model's run is what the watchdog, if this thread keeps it, is checked for
    while (Atomics.wait(this.state, k, LENT, watchdog ? WATCHDOG_WAIT_MS : 1000) !== 'not-equal') watchdog?.check();
    if (!(this.memory[k]!?.byteLength >= bytes)) this.memory[k] = new SharedArrayBuffer(bytes);
    Atomics.store(this.state, k, FILLING);
    return this.memory[k]!;
  }

  /**
   * Touches the memory of the slots the read will use, each the size of a float32 matrix of
   * `columns` a row, while this thread waits for its first job; stops as soon as one arrives (a
   * slot not yet touched is made when first taken, as without this). Why: a page of fresh memory
   * costs 10-45 µs here when first written (a Firecracker VM, and the main thread mapping
   * onnxruntime at the same time): the three slots' 23 MB cost the reader 0.1-0.27 s of its
   * first batches, on the evaluation's critical path, where the pages are otherwise written.
   */
  async prefault(bytes: number, count: number, stop: () => boolean): Promise<void> {
    for (let k = 0; k < Math.min(count, SLOTS) && !stop(); k++) {
      if (this.memory[k]) continue;
      const memory = new SharedArrayBuffer(bytes);
      const pages = new Int32Array(memory);
      // one write a page is all it takes
      for (let at = 0; at < pages.length; at += 1024) pages[at] = 0;
      this.memory[k] ??= memory;
      // a job posted meanwhile is taken before the next slot
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  override giveBackMatrix(buffer: ArrayBufferLike): void {
    const k = this.memory.indexOf(buffer as SharedArrayBuffer);
    if (k >= 0) Atomics.store(this.state, k, FREE);
  }

  /**
   * Counts a batch about to be posted, first waiting while SLOTS batches are posted and not yet
   * taken: a read whose matrices are not in the slots (none asked for, or a batch copied) would
   * otherwise run ahead of the models as far as the file goes, holding every batch in memory.
   * The wait is asynchronous: this thread's event loop goes on meanwhile, so a run watchdog sent
   * while it waits is taken and its timer fires (a blocking wait here, before the first message
   * was read, left a model that never returns unwatched).
   */
  async turnToPost(): Promise<void> {
    for (let posted; (posted = Atomics.load(this.state, POSTED)) >= SLOTS; ) {
      const wait = waitAsync(this.state, POSTED, posted, 1000);
      if (wait.async) await wait.value;
    }
    Atomics.add(this.state, POSTED, 1);
  }

  /** the slot a batch's matrix lies in, now lent to the main thread; undefined when it is not in one */
  lend(buffer: ArrayBufferLike | undefined): number | undefined {
    const k = this.memory.indexOf(buffer as SharedArrayBuffer);
    if (k < 0) return undefined;
    Atomics.store(this.state, k, LENT);
    return k;
  }
}

/** Atomics.waitAsync (node 16+; in TypeScript's lib from ES2024 only) */
const waitAsync = (Atomics as unknown as { waitAsync(array: Int32Array, index: number, value: number, timeout: number): { async: false; value: string } | { async: true; value: Promise<string> } }).waitAsync;
const FREE = SLOT_FREE;
const FILLING = 1;
const LENT = 2;
const slots = new SharedSlots();
const jobs: SegmentJob[] = [];
let header: string[] | undefined;
let working = false;
/** the run watchdog this thread keeps (CsvReadThreads.watch), checked by a timer and while it waits for a slot */
let watchdog: ReturnType<typeof pollRunWatchdog> | undefined;
const WATCHDOG_WAIT_MS = 100;

port.on('message', (job: WorkerJob) => {
  if ('watchdog' in job) {
    watchdog ??= pollRunWatchdog(job.watchdog);
    return;
  }
  if ('spare' in job) {
    slots.reclaim(job.spare);
    return;
  }
  jobs.push(job);
  if (!working) void work();
});

// the matrix's columns are at most the header's cells: the first line's delimiters tell how many
if (expectedBatches && batchRows && headerCells) {
  void slots.prefault(batchRows * headerCells * Float32Array.BYTES_PER_ELEMENT, expectedBatches, () => jobs.length > 0 || working);
}

async function work(): Promise<void> {
  working = true;
  while (jobs.length > 0) await readSegment(jobs.shift()!);
  working = false;
}

let size: number | undefined;
/** the file's size, taken once (0 when it cannot be: the read itself says what is wrong) */
function fileSize(): number {
  try {
    size ??= statSync(path).size;
  } catch {
    size = 0;
  }
  return size;
}

async function readSegment(job: SegmentJob): Promise<void> {
  // what the reader met since the last answer goes with the next: a row's problem with the batch
  // it is in (bounded by the batch's rows), the bytes read for the main thread's progress
  let issues: DataIssue[] = [];
  let bytes = 0;
  // Only the last segment, to the end of the file, counts its bytes as it goes (the main thread
  // counts the others whole once they are done): at most the bytes from its start to the end, so
  // that the header it may read first, and its last block, are not counted twice.
  let uncounted = job.end === undefined ? fileSize() - (job.start?.offset ?? 0) : 0;
  const post = (answer: WorkerAnswer, transfer: ArrayBuffer[] = []) => {
    if (issues.length > 0) answer.issues = issues;
    if (bytes > 0) answer.bytes = bytes;
    issues = [];
    bytes = 0;
    port.postMessage(answer, transfer);
  };
  const { lenient, ...options } = job.options;
  try {
    const result = await scanCsvFile(path, {
      ...options,
      ...(lenient ? { onIssue: (issue: DataIssue) => void issues.push(issue) } : {}),
      onBytes: (read: number) => {
        const counted = Math.min(read, uncounted);
        uncounted -= counted;
        bytes += counted;
      },
      ...(job.start ? { start: job.start, ...(header ? { header } : {}) } : {}),
      ...(job.end !== undefined ? { end: job.end } : {}),
      spare: slots,
      onBatch: async (table: Table) => {
        const shared = table.featureMatrix?.data.buffer;
        await slots.turnToPost();
        const slot = slots.lend(shared);
        const message = tableMessage(table, slot === undefined ? undefined : (shared as SharedArrayBuffer));
        // the batch's arrays move to the main thread, which hands them back when it is done with
        // them (a read that keeps its batches does not): only arrays left here serve the next batches
        post({ index: job.index, table: message, slots: slots.state, ...(slot !== undefined ? { slot } : {}) }, transferablesOf(message));
        slots.reclaim(table);
      },
    });
    header ??= result.header;
    post({ index: job.index, done: { rows: result.rowCount, header: result.header } });
  } catch (err) {
    post({ index: job.index, error: errorMessage(err) });
  }
}
