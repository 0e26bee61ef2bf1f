import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  joinShares,
  runScanJob
} from "./chunk-FOAE3HMN.mjs";
import {
  SCAN_BATCH_ROWS,
  scanData
} from "./chunk-E6H5GRHK.mjs";
import {
  detectFormat
} from "./chunk-AUKHAFSQ.mjs";
import {
  countNewlines
} from "./chunk-Z7FU6QYM.mjs";
import {
  startsLikeGzip
} from "./chunk-HMON5L2P.mjs";
import {
  isUserError
} from "./chunk-PWERFMPE.mjs";

// shared/validate/scan-parallel.ts
import { open, stat } from "node:fs/promises";
import { fork } from "node:child_process";
var ParallelScan = class _ParallelScan {
  constructor(workerScript, processes, cuts) {
    this.cuts = cuts;
    const here = (job) => runScanJob(job, this.onBytes, true);
    this.pool = new ScanPool(workerScript, processes, { onBytes: (bytes) => this.onBytes?.(bytes), inProcess: here });
  }
  cuts;
  pool;
  onBytes;
  /**
   * The plan for these files, its workers started; undefined when one reader (this process) is
   * best: the files give one share, or too few bytes for more than one reader (minShareBytes).
   */
  static async start(files, options) {
    const workers = Math.min(options.workers, await workersWorthStarting(files, options.minShareBytes ?? MIN_SHARE_BYTES));
    if (workers <= 1) return void 0;
    const cuts = [];
    for (const file of files) cuts.push(await cutRows(file, options.batchRows ?? SCAN_BATCH_ROWS, workers));
    const shareCount = cuts.reduce((n, c) => n + c.length + 1, 0);
    if (shareCount <= 1) return void 0;
    return new _ParallelScan(options.workerScript, Math.min(workers, shareCount) - 1, cuts);
  }
  /**
   * Scans `files` (those given to start) as scanData does; options.batchRows must be what start
   * was given. Rules that need every row at once (duplicate rows, unique values) read in this process alone.
   */
  async scan(files, options) {
    const { logger, onBytes, ...rest } = options;
    const rulesSchema = rest.checkRules === false ? void 0 : rest.schema;
    if (rulesSchema?.dataset.maxDuplicateShare !== void 0 || rulesSchema?.columns.some((c) => c.unique)) {
      this.pool.close();
      return scanData(files, options);
    }
    this.onBytes = onBytes;
    const planned = files.map((file, k) => ({ file, shares: startShares(this.pool, file, rest, this.cuts[k], onBytes !== void 0) }));
    let shares;
    try {
      shares = await Promise.all(planned.map(async (p) => ({ file: p.file, shares: (await Promise.all(p.shares)).filter((s) => s !== null) })));
    } catch (err) {
      this.pool.close({ kill: true });
      throw err;
    }
    try {
      return joinShares(shares, rest.schema, rest.checkRules !== false, logger);
    } catch (err) {
      if (!isUserError(err)) throw err;
      logger?.debug(`reading again in one thread: ${err.message}`);
      return scanData(files, options);
    }
  }
  close() {
    this.pool.close();
  }
};
var MIN_SHARE_BYTES = 192 * 2 ** 20;
async function workersWorthStarting(files, minShareBytes) {
  if (minShareBytes <= 0) return Infinity;
  let bytes = 0;
  for (const file of files) bytes += await stat(file).then((s) => s.size, () => 0);
  return Math.max(1, Math.floor(bytes / minShareBytes));
}
function startShares(pool, file, options, cuts, reportBytes) {
  const rowStarts = [0, ...cuts];
  return rowStarts.map((firstRow, k) => {
    const next = rowStarts[k + 1];
    const share = { firstRow, ...next !== void 0 ? { rows: next - firstRow } : {} };
    return pool.run({ file, options: { ...options, share }, ...firstRow > 0 ? { locate: true } : {}, ...reportBytes ? { reportBytes } : {} });
  });
}
async function cutRows(file, batchRows, workers) {
  let format;
  try {
    format = detectFormat(file);
  } catch {
    return [];
  }
  if (format !== "csv") return [];
  const rows = await estimateRows(file);
  const cuts = [];
  for (let k = 1; k < workers; k++) {
    const cut = Math.round(rows * k / workers / batchRows) * batchRows;
    if (cut > (cuts[cuts.length - 1] ?? 0) && cut < rows) cuts.push(cut);
  }
  return cuts;
}
var SAMPLE_BYTES = 1 << 20;
async function estimateRows(file) {
  let handle;
  try {
    handle = await open(file, "r");
  } catch {
    return 0;
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
var ScanPool = class {
  idle = [];
  queue = [];
  all = [];
  current = /* @__PURE__ */ new Map();
  inProcess;
  /** the in-process slot is running a job */
  busyHere = false;
  /**
   * `onBytes`: what a worker's `{ bytes }` messages (progress, before its answer) report; `execArgv`:
   * node options for the workers (default: this process's); `inProcess`: runs a job in this
   * process, as one more slot, the first one taken (a worker process takes time to start).
   */
  constructor(script, size, options = {}) {
    const { onBytes, execArgv } = options;
    this.inProcess = options.inProcess;
    for (let k = 0; k < size; k++) {
      const worker = fork(script, [], { serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"], ...execArgv ? { execArgv } : {} });
      worker.on("message", (message) => {
        if (typeof message.bytes === "number" && !("result" in message) && !("error" in message)) return void onBytes?.(message.bytes);
        const job = this.current.get(worker);
        this.current.delete(worker);
        if ("result" in message) job.resolve(message.result);
        else job.reject(new Error(message.error));
        this.idle.push(worker);
        this.next();
      });
      worker.on("error", (err) => this.fail(worker, err));
      worker.on("exit", (code, signal) => {
        if (code !== 0 && !this.closing) this.fail(worker, new Error(`a worker process exited with ${signal ?? `code ${code}`}`));
      });
      this.all.push(worker);
      this.idle.push(worker);
    }
  }
  run(job) {
    const result = new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.next();
    });
    result.catch(() => {
    });
    return result;
  }
  closing = false;
  /** `kill`: stop busy workers too, instead of letting them finish the job they have */
  close(options = {}) {
    this.closing = true;
    for (const worker of this.all) {
      if (options.kill && worker.exitCode === null && worker.signalCode === null) worker.kill();
      else if (worker.connected) worker.disconnect();
    }
  }
  next() {
    if (this.closing) {
      for (const job of this.queue.splice(0)) job.reject(new Error("the scan was stopped"));
      return;
    }
    if (this.inProcess && !this.busyHere && this.queue.length > 0) {
      const job = this.queue.shift();
      this.busyHere = true;
      this.inProcess(job.job).then(job.resolve, job.reject).finally(() => {
        this.busyHere = false;
        this.next();
      });
    }
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.shift();
      const job = this.queue.shift();
      this.current.set(worker, job);
      worker.send(job.job);
    }
  }
  fail(worker, err) {
    const job = this.current.get(worker);
    this.current.delete(worker);
    job?.reject(err);
    for (const queued of this.queue.splice(0)) queued.reject(err);
  }
};

export {
  ParallelScan,
  ScanPool
};
