import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  joinShares
} from "./chunk-D4WRFU4A.mjs";
import {
  SCAN_BATCH_ROWS,
  scanData
} from "./chunk-CKK5W4NL.mjs";
import {
  csvDelimiter,
  detectFormat,
  locateCsvRows
} from "./chunk-46XFROR4.mjs";
import {
  countNewlines
} from "./chunk-FDWCP4KR.mjs";
import {
  startsLikeGzip
} from "./chunk-3NGWW2LW.mjs";
import {
  isUserError
} from "./chunk-PWERFMPE.mjs";

// shared/validate/scan-parallel.ts
import { open, stat } from "node:fs/promises";
import { fork } from "node:child_process";
async function scanDataInParallel(files, options) {
  const { workerScript, logger, onBytes, minShareBytes = MIN_SHARE_BYTES, ...rest } = options;
  const rulesSchema = rest.checkRules === false ? void 0 : rest.schema;
  const needsAllRows = rulesSchema?.dataset.maxDuplicateShare !== void 0 || rulesSchema?.columns.some((c) => c.unique);
  const workers = Math.min(options.workers, await workersWorthStarting(files, minShareBytes));
  if (workers <= 1 || needsAllRows) return scanData(files, options);
  const cuts = [];
  for (const file of files) cuts.push(await cutRows(file, rest, workers));
  const shareCount = cuts.reduce((n, c) => n + c.length + 1, 0);
  if (shareCount <= 1) return scanData(files, options);
  const pool = new ScanPool(workerScript, Math.min(workers, shareCount), onBytes ? { onBytes } : {});
  let shares;
  try {
    const planned = [];
    for (const [k, file] of files.entries()) planned.push({ file, shares: await startShares(pool, file, rest, cuts[k], onBytes !== void 0) });
    shares = await Promise.all(planned.map(async (p) => ({ file: p.file, shares: await Promise.all(p.shares) })));
  } catch (err) {
    pool.close({ kill: true });
    throw err;
  }
  pool.close();
  try {
    return joinShares(shares, rest.schema, rest.checkRules !== false, logger);
  } catch (err) {
    if (!isUserError(err)) throw err;
    logger?.debug(`reading again in one thread: ${err.message}`);
    return scanData(files, options);
  }
}
var MIN_SHARE_BYTES = 192 * 2 ** 20;
async function workersWorthStarting(files, minShareBytes) {
  if (minShareBytes <= 0) return Infinity;
  let bytes = 0;
  for (const file of files) bytes += await stat(file).then((s) => s.size, () => 0);
  return Math.max(1, Math.floor(bytes / minShareBytes));
}
async function startShares(pool, file, options, cuts, reportBytes) {
  const job = (share) => ({ file, options: { ...options, share }, ...reportBytes ? { reportBytes } : {} });
  if (cuts.length === 0) return [pool.run(job({ firstRow: 0 }))];
  const first = pool.run(job({ firstRow: 0, rows: cuts[0] }));
  const starts = await locateCsvRows(file, cuts, { delimiter: csvDelimiter(file, options.delimiter), ...options.maxRecordBytes ? { maxRecordBytes: options.maxRecordBytes } : {} });
  const rest = [];
  starts.forEach((start, k) => {
    if (!start) return;
    const next = cuts[k + 1];
    const share = { start, firstRow: cuts[k], ...next !== void 0 ? { rows: next - cuts[k] } : {} };
    rest.push(pool.run(job(share)));
  });
  return [first, ...rest];
}
async function cutRows(file, options, workers) {
  let format;
  try {
    format = detectFormat(file);
  } catch {
    return [];
  }
  if (format !== "csv") return [];
  const batchRows = options.batchRows ?? SCAN_BATCH_ROWS;
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
  /** `onBytes`: what a worker's `{ bytes }` messages (progress, before its answer) report; `execArgv`: node options for the workers (default: this process's) */
  constructor(script, size, options = {}) {
    const { onBytes, execArgv } = options;
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
  scanDataInParallel,
  ScanPool
};
