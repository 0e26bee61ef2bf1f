import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  errorMessage,
  scanCsvFile,
  tableMessage
} from "./chunks/chunk-6HQ3IE6D.mjs";
import {
  SpareArrays
} from "./chunks/chunk-YJKHQYGP.mjs";
import "./chunks/chunk-PWERFMPE.mjs";
import "./chunks/chunk-4NDXX6IS.mjs";

// shared/data/csv-read-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { path } = workerData;
var port = parentPort;
var SharedSlots = class extends SpareArrays {
  state = new Int32Array(new SharedArrayBuffer(4 * SLOTS));
  memory = [];
  next = 0;
  takeMatrix(bytes) {
    const k = this.next;
    if (Atomics.load(this.state, k) === FILLING) return new ArrayBuffer(bytes);
    this.next = (k + 1) % SLOTS;
    while (Atomics.wait(this.state, k, LENT, 1e3) !== "not-equal") ;
    if (!(this.memory[k]?.byteLength >= bytes)) this.memory[k] = new SharedArrayBuffer(bytes);
    Atomics.store(this.state, k, FILLING);
    return this.memory[k];
  }
  giveBackMatrix(buffer) {
    const k = this.memory.indexOf(buffer);
    if (k >= 0) Atomics.store(this.state, k, FREE);
  }
  /** the slot a batch's matrix lies in, now lent to the main thread; undefined when it is not in one */
  lend(buffer) {
    const k = this.memory.indexOf(buffer);
    if (k < 0) return void 0;
    Atomics.store(this.state, k, LENT);
    return k;
  }
};
var FREE = 0;
var FILLING = 1;
var LENT = 2;
var SLOTS = 3;
var slots = new SharedSlots();
var jobs = [];
var header;
var working = false;
port.on("message", (job) => {
  jobs.push(job);
  if (!working) void work();
});
async function work() {
  working = true;
  while (jobs.length > 0) await readSegment(jobs.shift());
  working = false;
}
async function readSegment(job) {
  const post = (answer) => port.postMessage(answer);
  try {
    const result = await scanCsvFile(path, {
      ...job.options,
      ...job.start ? { start: job.start, ...header ? { header } : {} } : {},
      ...job.end !== void 0 ? { end: job.end } : {},
      spare: slots,
      onBatch: (table) => {
        const shared = table.featureMatrix?.data.buffer;
        const slot = slots.lend(shared);
        post({ index: job.index, table: tableMessage(table, slot === void 0 ? void 0 : shared), ...slot !== void 0 ? { slot, slots: slots.state } : {} });
        slots.reclaim(table);
      }
    });
    header ??= result.header;
    post({ index: job.index, done: { rows: result.rowCount, header: result.header } });
  } catch (err) {
    post({ index: job.index, error: errorMessage(err) });
  }
}
