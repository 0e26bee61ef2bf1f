import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  pollRunWatchdog
} from "./chunks/chunk-5UZM3VU2.mjs";
import {
  POSTED,
  SLOTS,
  SLOT_FREE,
  detachThrowawayArrayBuffer,
  errorMessage,
  scanCsvFile,
  tableMessage,
  transferablesOf
} from "./chunks/chunk-Z7FU6QYM.mjs";
import "./chunks/chunk-OODZNGRG.mjs";
import {
  SpareArrays
} from "./chunks/chunk-HMON5L2P.mjs";
import "./chunks/chunk-PWERFMPE.mjs";
import "./chunks/chunk-4NDXX6IS.mjs";

// shared/data/csv-read-worker.ts
import { statSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
var { path, expectedBatches, batchRows, headerCells } = workerData;
var port = parentPort;
detachThrowawayArrayBuffer();
var SharedSlots = class extends SpareArrays {
  /** each slot's state, then the batches posted and not yet taken (csv-parallel-protocol.ts) */
  state = new Int32Array(new SharedArrayBuffer(4 * (SLOTS + 1)));
  memory = [];
  next = 0;
  takeMatrix(bytes) {
    const k = this.next;
    if (Atomics.load(this.state, k) === FILLING) return new ArrayBuffer(bytes);
    this.next = (k + 1) % SLOTS;
    while (Atomics.wait(this.state, k, LENT, watchdog ? WATCHDOG_WAIT_MS : 1e3) !== "not-equal") watchdog?.check();
    if (!(this.memory[k]?.byteLength >= bytes)) this.memory[k] = new SharedArrayBuffer(bytes);
    Atomics.store(this.state, k, FILLING);
    return this.memory[k];
  }
  /**
   * Touches the memory of the slots the read will use, each the size of a float32 matrix of
   * `columns` a row, while this thread waits for its first job; stops as soon as one arrives (a
   * slot not yet touched is made when first taken, as without this). Why: a page of fresh memory
   * costs 10-45 µs here when first written (a Firecracker VM, and the main thread mapping
   * onnxruntime at the same time): the three slots' 23 MB cost the reader 0.1-0.27 s of its
   * first batches, on the evaluation's critical path, where the pages are otherwise written.
   */
  async prefault(bytes, count, stop) {
    for (let k = 0; k < Math.min(count, SLOTS) && !stop(); k++) {
      if (this.memory[k]) continue;
      const memory = new SharedArrayBuffer(bytes);
      const pages = new Int32Array(memory);
      for (let at = 0; at < pages.length; at += 1024) pages[at] = 0;
      this.memory[k] ??= memory;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  giveBackMatrix(buffer) {
    const k = this.memory.indexOf(buffer);
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
  async turnToPost() {
    for (let posted; (posted = Atomics.load(this.state, POSTED)) >= SLOTS; ) {
      const wait = waitAsync(this.state, POSTED, posted, 1e3);
      if (wait.async) await wait.value;
    }
    Atomics.add(this.state, POSTED, 1);
  }
  /** the slot a batch's matrix lies in, now lent to the main thread; undefined when it is not in one */
  lend(buffer) {
    const k = this.memory.indexOf(buffer);
    if (k < 0) return void 0;
    Atomics.store(this.state, k, LENT);
    return k;
  }
};
var waitAsync = Atomics.waitAsync;
var FREE = SLOT_FREE;
var FILLING = 1;
var LENT = 2;
var slots = new SharedSlots();
var jobs = [];
var header;
var working = false;
var watchdog;
var WATCHDOG_WAIT_MS = 100;
port.on("message", (job) => {
  if ("watchdog" in job) {
    watchdog ??= pollRunWatchdog(job.watchdog);
    return;
  }
  if ("spare" in job) {
    slots.reclaim(job.spare);
    return;
  }
  jobs.push(job);
  if (!working) void work();
});
if (expectedBatches && batchRows && headerCells) {
  void slots.prefault(batchRows * headerCells * Float32Array.BYTES_PER_ELEMENT, expectedBatches, () => jobs.length > 0 || working);
}
async function work() {
  working = true;
  while (jobs.length > 0) await readSegment(jobs.shift());
  working = false;
}
var size;
function fileSize() {
  try {
    size ??= statSync(path).size;
  } catch {
    size = 0;
  }
  return size;
}
async function readSegment(job) {
  let issues = [];
  let bytes = 0;
  let uncounted = job.end === void 0 ? fileSize() - (job.start?.offset ?? 0) : 0;
  const post = (answer, transfer = []) => {
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
      ...lenient ? { onIssue: (issue) => void issues.push(issue) } : {},
      onBytes: (read) => {
        const counted = Math.min(read, uncounted);
        uncounted -= counted;
        bytes += counted;
      },
      ...job.start ? { start: job.start, ...header ? { header } : {} } : {},
      ...job.end !== void 0 ? { end: job.end } : {},
      spare: slots,
      onBatch: async (table) => {
        const shared = table.featureMatrix?.data.buffer;
        await slots.turnToPost();
        const slot = slots.lend(shared);
        const message = tableMessage(table, slot === void 0 ? void 0 : shared);
        post({ index: job.index, table: message, slots: slots.state, ...slot !== void 0 ? { slot } : {} }, transferablesOf(message));
        slots.reclaim(table);
      }
    });
    header ??= result.header;
    post({ index: job.index, done: { rows: result.rowCount, header: result.header } });
  } catch (err) {
    post({ index: job.index, error: errorMessage(err) });
  }
}
