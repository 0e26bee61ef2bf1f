import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  CR,
  CsvRecordScanner,
  LF,
  QUOTE,
  STOP,
  TextReader,
  batchTaken,
  bomLength,
  countNewlines,
  detachThrowawayArrayBuffer,
  errorOf,
  readBlocks,
  scanCsvFile,
  spareMessageOf,
  tableOfMessage
} from "./chunk-Z7FU6QYM.mjs";
import {
  BatchBuilder,
  DEFAULT_BATCH_ROWS,
  DEFAULT_MAX_RECORD_BYTES,
  MAX_COLUMNS,
  SpareArrays,
  delimiterByte,
  emptyFileError,
  emptyTable,
  openDataFile,
  openTextDataFile,
  startsLikeGzip,
  withoutCompressionSuffix
} from "./chunk-HMON5L2P.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/data/csv-parallel.ts
import { closeSync as closeSync2, fstatSync, openSync as openSync2, readSync as readSync2 } from "node:fs";
import { stat } from "node:fs/promises";
import { Worker } from "node:worker_threads";

// shared/data/csv.ts
async function streamCsv(path, options) {
  const { header, rowCount } = await scanCsvFile(path, { ...options, delimiter: options.delimiter ?? ",", batchRows: options.batchRows ?? DEFAULT_BATCH_ROWS });
  return { header, rowCount };
}
async function readCsv(path, options = {}) {
  const delimiter = options.delimiter ?? ",";
  let table;
  const { header, mixedColumns } = await scanCsvFile(path, { ...options, delimiter, batchRows: Infinity, onBatch: (batch) => void (table = batch) });
  if (!table) return emptyTable(path, "csv", options.columns ?? header);
  if (mixedColumns.size === 0) return table;
  const names = [...mixedColumns];
  const again = await readCsvColumnsAsText(path, { ...options, delimiter }, names);
  return { ...table, columns: table.columns.map((c) => mixedColumns.has(c.name) ? again.get(c.name) : c) };
}
async function readCsvColumnsAsText(path, options, names) {
  let table;
  await scanCsvFile(path, { ...options, columns: names, textColumns: new Set(names), featureMatrix: void 0, batchRows: Infinity, onIssue: () => {
  }, onBatch: (batch) => void (table = batch) });
  return new Map(table.columns.map((c) => [c.name, c]));
}

// shared/data/csv-locate.ts
async function locateCsvRows(path, rows, options = {}) {
  const found = rows.map(() => void 0);
  if (rows.length === 0) return [];
  await locate(path, (k) => rows[k], (k, start) => void (found[k] = start), options);
  return found;
}
async function locateCsvRowsEvery(path, every, onFound, options = {}) {
  if (!(every >= 1)) throw new Error(`every must be a positive number of rows, got ${every}`);
  await locate(path, (k) => (k + 1) * every, (_, start) => onFound(start), options);
}
async function locate(path, target, onFound, options) {
  const locator = new RowLocator(delimiterByte(options.delimiter ?? ",", path), target, onFound);
  const { handle } = await openDataFile(path);
  try {
    await readBlocks(handle, locator, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES, { path });
  } catch (err) {
    if (err !== GIVE_UP) throw err;
  } finally {
    await handle.close();
  }
}
var GIVE_UP = new Error("a record too long to locate rows past");
var RowLocator = class {
  constructor(delimiter, target, onFound) {
    this.target = target;
    this.onFound = onFound;
    this.scanner = new CsvRecordScanner(delimiter);
    this.next = target(0);
  }
  target;
  onFound;
  scanner;
  line = 1;
  /** data rows before the next record; -1 until the header is read */
  rows = -1;
  wanted = 0;
  /** the row wanted next (undefined: none) */
  next;
  consume(buf, offset, eof) {
    let pos = 0;
    if (offset === 0) {
      if (buf.length < 3 && !eof) return 0;
      pos = bomLength(buf);
    }
    const scanner = this.scanner;
    let quote = -1;
    while (pos < buf.length) {
      const start = pos;
      const line = this.line;
      if (quote < pos) {
        quote = buf.indexOf(QUOTE, pos);
        if (quote < 0) quote = buf.length;
      }
      const lf = buf.indexOf(LF, pos);
      let blank;
      if (lf >= 0 && lf < quote) {
        blank = lf === pos || lf === pos + 1 && buf[pos] === CR;
        this.line++;
        pos = lf + 1;
      } else {
        const next = scanner.scan(buf, pos, eof);
        if (next < 0) return pos;
        if (scanner.unterminatedQuote) return STOP;
        blank = scanner.isBlankRecord();
        this.line += scanner.innerNewlines + 1;
        pos = next;
      }
      if (blank) continue;
      while (this.rows === this.next) {
        const goOn = this.onFound(this.wanted, { offset: offset + start, line });
        this.next = goOn === false ? void 0 : this.target(++this.wanted);
      }
      if (this.next === void 0) return STOP;
      this.rows++;
    }
    return pos;
  }
  afterBlock() {
    return Promise.resolve();
  }
  recordTooLong() {
    throw GIVE_UP;
  }
};

// shared/data/load.ts
import { extname } from "node:path";

// shared/data/json-objects.ts
var JsonObjectReader = class extends TextReader {
  sawContent = false;
  /** lines starting at or after this byte offset are left to the next reader of the file */
  endOffset = Infinity;
  consume(buf, offset, eof) {
    let pos = offset === 0 ? bomLength(buf) : 0;
    this.utf8.check(buf, offset, pos, this.line, eof);
    while (pos < buf.length) {
      if (offset + pos >= this.endOffset) return STOP;
      let lineEnd = buf.indexOf(LF, pos);
      if (lineEnd < 0) {
        if (!eof) break;
        lineEnd = buf.length;
      }
      const line = this.line++;
      const text = buf.toString("utf8", pos, lineEnd > pos && buf[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd);
      pos = lineEnd + 1;
      this.utf8.reportThrough(line);
      if (text.trim() === "") continue;
      this.sawContent = true;
      const row = this.parseLine(text, line);
      if (row) this.addObject(row, line);
      if (this.reachedMaxRows()) return STOP;
    }
    if (eof) this.endOfFile();
    return Math.min(pos, buf.length);
  }
  parseLine(text, line) {
    let row;
    try {
      row = JSON.parse(text);
    } catch (err) {
      this.issues.report("bad-json", line, `line ${line} of ${this.source} is not valid JSON: ${err.message}`);
      return void 0;
    }
    if (row === null || typeof row !== "object" || Array.isArray(row)) {
      this.issues.report("bad-json", line, `line ${line} of ${this.source} is ${Array.isArray(row) ? "an array" : "not an object"}; each line must be one JSON object`);
      return void 0;
    }
    return row;
  }
};
async function streamJsonObjects(path, options) {
  const file = await openTextDataFile(path);
  try {
    const reader = new CallbackObjectReader(path, options);
    const range = options.range;
    if (range && file.gzip) throw new Error(`${path}: a gzip stream cannot be read from a byte offset`);
    if (range) reader.startAt(range.start.line, range.end);
    await readBlocks(file.source, reader, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES, { path, from: range?.start.offset ?? 0 });
    if (!reader.anyContent && !range) throw emptyFileError(path);
    return { objects: reader.objects };
  } finally {
    await file.close();
  }
}
var CallbackObjectReader = class extends JsonObjectReader {
  constructor(source, callbacks) {
    super(source, { ...callbacks.onIssue ? { onIssue: callbacks.onIssue } : {}, ...callbacks.maxObjects !== void 0 ? { maxRows: callbacks.maxObjects } : {}, onBatch: () => void 0 });
    this.callbacks = callbacks;
  }
  callbacks;
  objects = 0;
  startAt(line, endOffset) {
    this.line = line;
    this.endOffset = endOffset;
  }
  get anyContent() {
    return this.sawContent;
  }
  addObject(row, line) {
    this.objects++;
    this.rowCount++;
    this.callbacks.onObject(row, line);
  }
  async afterBlock() {
    await this.callbacks.afterBlock?.();
  }
  finishBatch(_batch) {
    throw new Error("an object reader makes no batches");
  }
};

// shared/data/jsonl.ts
async function streamJsonl(path, options) {
  const file = await openTextDataFile(path, options.onBytes);
  try {
    const reader = new JsonlReader(path, options, options.batchRows ?? DEFAULT_BATCH_ROWS);
    await readBlocks(file.source, reader, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES, { path });
    return reader.result();
  } finally {
    await file.close();
  }
}
async function readJsonl(path, options = {}) {
  let table;
  const { keys } = await streamJsonl(path, { ...options, batchRows: Infinity, onBatch: (batch) => void (table = batch) });
  return table ?? emptyTable(path, "jsonl", options.columns ?? keys);
}
var JsonlReader = class extends JsonObjectReader {
  constructor(source, options, batchRows) {
    super(source, options);
    this.options = options;
    this.batchRows = batchRows;
    this.wanted = options.columns ? new Set(options.columns) : void 0;
  }
  options;
  batchRows;
  wanted;
  keys = [];
  builders = /* @__PURE__ */ new Map();
  result() {
    if (!this.sawContent) throw emptyFileError(this.source);
    if (this.rowCount === 0 && this.maxRows > 0) {
      throw new UserError(`no line of ${this.source} could be read as a row`, this.source, "fix the problems reported for its lines", { file: this.source });
    }
    const absent = this.options.columns?.find((name) => !this.keys.includes(name));
    if (absent !== void 0 && this.rowCount > 0) {
      throw new UserError(`key ${JSON.stringify(absent)} is in no row of ${this.source}`, this.source, `use one of its keys: ${this.keys.slice(0, 20).map((k) => JSON.stringify(k)).join(", ")}`, { file: this.source });
    }
    return { keys: this.keys, rowCount: this.rowCount };
  }
  addObject(row, line) {
    const batch = this.batch ??= this.newBatch();
    const entries = Object.entries(row);
    if (entries.length > MAX_COLUMNS) throw this.tooWide(line, `line ${line} of ${this.source} has ${entries.length} keys`);
    for (const [key, value] of entries) {
      const builder = this.builders.get(key) ?? this.addKey(key, batch, line);
      if (!builder) continue;
      builder.fillMissingTo(batch.rows);
      if (typeof value === "number") builder.addNumber(value);
      else if (typeof value === "string") builder.addText(value);
      else if (typeof value === "boolean") builder.addNumber(value ? 1 : 0);
      else if (value === null) builder.addMissing();
      else {
        this.issues.report("nested-value", line, `line ${line} of ${this.source}: key ${JSON.stringify(key)} holds ${Array.isArray(value) ? "an array" : "an object"}, not a single value`);
        builder.addMissing();
      }
    }
    for (const builder of batch.builders) builder.fillMissingTo(batch.rows + 1);
    batch.endRow(line);
    this.rowCount++;
    if (batch.rows >= this.batchRows) this.endBatch();
  }
  tooWide(line, what) {
    return new UserError(`${what}, more than the ${MAX_COLUMNS} columns mlci reads from one file`, `${this.source}:${line}`, "select the keys you need into narrower records (or reshape very wide records into rows)", { file: this.source, line });
  }
  addKey(key, batch, line) {
    if (this.wanted && !this.wanted.has(key)) return void 0;
    if (this.keys.length >= MAX_COLUMNS) throw this.tooWide(line, `${this.source} has ${MAX_COLUMNS + 1} distinct keys by line ${line} (which adds ${JSON.stringify(key.slice(0, 80))})`);
    this.keys.push(key);
    const builder = batch.addColumn(key);
    this.builders.set(key, builder);
    return builder;
  }
  newBatch() {
    const batch = new BatchBuilder(this.source, "jsonl", this.keys, void 0, true, Math.min(this.batchRows, this.maxRows, 1024));
    this.builders = new Map(batch.builders.map((b) => [b.name, b]));
    return batch;
  }
  finishBatch(batch) {
    const table = batch.finish();
    if (this.options.columns) {
      const byName = new Map(table.columns.map((c) => [c.name, c]));
      table.columns = this.options.columns.filter((name) => byName.has(name)).map((name) => byName.get(name));
    }
    return table;
  }
};

// shared/data/load.ts
var FORMAT_BY_EXTENSION = {
  ".csv": "csv",
  ".tsv": "csv",
  ".txt": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".parquet": "parquet"
};
function detectFormat(path) {
  const format = FORMAT_BY_EXTENSION[extname(withoutCompressionSuffix(path)).toLowerCase()];
  if (!format) {
    throw new UserError(
      `cannot tell the format of ${path} from its name`,
      path,
      "name the file .csv, .tsv, .txt, .jsonl, .ndjson or .parquet (a gzip-compressed text file as .csv.gz or .jsonl.gz)",
      { file: path }
    );
  }
  return format;
}
async function loadTable(path, options = {}) {
  const format = options.format ?? detectFormat(path);
  if (format === "csv") return readCsv(path, { ...options, delimiter: csvDelimiter(path, options.delimiter) });
  if (format === "jsonl") return readJsonl(path, options);
  return (await parquetReader()).readParquet(path, options);
}
async function streamTable(path, options) {
  const format = options.format ?? detectFormat(path);
  if (format === "csv") {
    const { parallel, ...csv } = options;
    const delimiter = csvDelimiter(path, options.delimiter);
    if (parallel instanceof CsvReadThreads) return parallel.stream(path, { ...csv, delimiter });
    return parallel ? streamCsvInParallel(path, { ...csv, delimiter }, parallel) : streamCsv(path, { ...csv, delimiter });
  }
  if (options.start) throw new Error("start is for CSV files only");
  if (format === "jsonl") return streamJsonl(path, options);
  return (await parquetReader()).streamParquet(path, options);
}
function parquetReader() {
  return import("./parquet-FAHOKNF6.mjs");
}
function csvDelimiter(path, delimiter) {
  return delimiter ?? (extname(withoutCompressionSuffix(path)).toLowerCase() === ".tsv" ? "	" : ",");
}

// shared/data/row-estimate.ts
var SAMPLE_BYTES = 1 << 20;
async function estimateRowCount(path) {
  if (detectFormat(path) === "parquet") return void 0;
  const { handle, size } = await openDataFile(path);
  try {
    const sample = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
    const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
    if (startsLikeGzip(sample.subarray(0, bytesRead))) return void 0;
    const lines = countNewlines(sample, 0, bytesRead);
    const header = detectFormat(path) === "csv" ? 1 : 0;
    if (bytesRead === size) return Math.max(0, lines - header);
    return lines > 1 ? Math.ceil(size / (bytesRead / lines)) : void 0;
  } finally {
    await handle.close();
  }
}

// shared/data/csv-header-cells.ts
import { closeSync, openSync, readSync } from "node:fs";
function headerCells(file, delimiter) {
  let fd;
  try {
    fd = openSync(file, "r");
    const start = Buffer.alloc(65536);
    const bytesRead = readSync(fd, start, 0, start.length, 0);
    const end = start.subarray(0, bytesRead).indexOf(10);
    if (end < 0) return void 0;
    const byte = delimiter.charCodeAt(0);
    let cells = 1;
    for (let i = 0; i < end; i++) if (start[i] === byte) cells++;
    return cells;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

// shared/runtime/thread-priority.ts
import { readdirSync } from "node:fs";
import { getPriority, setPriority } from "node:os";
function threadIds() {
  try {
    return readdirSync("/proc/self/task").map(Number);
  } catch {
    return void 0;
  }
}
function threadsStartedBy(start) {
  const before = new Set(threadIds() ?? []);
  const value = start();
  const after = threadIds();
  return { value, threads: after ? after.filter((id) => !before.has(id)) : [] };
}
function lowerOtherThreads(keep, niceness) {
  const ids = threadIds();
  if (!ids) return [];
  const kept = /* @__PURE__ */ new Set([process.pid, ...keep]);
  const lowered = [];
  for (const id of ids) {
    if (kept.has(id)) continue;
    try {
      if (getPriority(id) >= niceness) continue;
      setPriority(id, niceness);
      lowered.push(id);
    } catch {
    }
  }
  return lowered;
}

// shared/data/csv-parallel.ts
var DEFAULT_MIN_BYTES = 16 * 2 ** 20;
async function streamCsvInParallel(path, options, parallel) {
  if (!CsvReadThreads.canRead(options)) return streamCsv(path, options);
  const threads = await startCsvReadThreads(path, { ...parallel, batchRows: options.batchRows ?? DEFAULT_BATCH_ROWS, ...options.delimiter ? { delimiter: options.delimiter } : {} });
  if (!threads) return streamCsv(path, options);
  try {
    return await threads.stream(path, options);
  } finally {
    threads.close();
  }
}
async function startCsvReadThreads(path, parallel) {
  const threads = Math.floor(parallel.threads);
  const rows = threads < 1 || !isCsv(path) ? void 0 : await worthThreads(path, parallel.batchRows, parallel.minBytes ?? DEFAULT_MIN_BYTES);
  return rows === void 0 ? void 0 : startedThreads(path, parallel, threads, rows);
}
function startCsvReadThread(path, parallel) {
  if (parallel.threads < 1 || !isCsv(path)) return void 0;
  let fd;
  try {
    fd = openSync2(path, "r");
    if (fstatSync(fd).size < (parallel.minBytes ?? DEFAULT_MIN_BYTES)) return void 0;
    const head = Buffer.alloc(2);
    if (startsLikeGzip(head.subarray(0, readSync2(fd, head, 0, 2, 0)))) return void 0;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
  return startedThreads(path, parallel, 1);
}
function startedThreads(path, parallel, threads, rows) {
  parallel.onThreads?.(threads);
  return new CsvReadThreads(path, parallel.workerScript, threads, parallel.batchRows, csvDelimiter(path, parallel.delimiter), parallel.maxRecordBytes, rows);
}
function isCsv(path) {
  try {
    return detectFormat(path) === "csv";
  } catch {
    return false;
  }
}
async function worthThreads(path, batchRows, minBytes) {
  try {
    const rows = await estimateRowCount(path);
    return rows !== void 0 && rows > batchRows && (await stat(path)).size >= minBytes ? rows : void 0;
  } catch {
    return void 0;
  }
}
var CsvReadThreads = class _CsvReadThreads {
  constructor(path, script, threads, batchRows, delimiter, maxRecordBytes, estimatedRows) {
    this.path = path;
    this.threads = threads;
    this.batchRows = batchRows;
    this.delimiter = delimiter;
    this.maxRecordBytes = maxRecordBytes;
    this.estimatedRows = estimatedRows;
    const expectedBatches = estimatedRows === void 0 ? void 0 : Math.ceil(estimatedRows / batchRows);
    detachThrowawayArrayBuffer();
    this.headerCells = headerCells(path, delimiter);
    const started = threadsStartedBy(() => Array.from({ length: threads }, () => {
      const workerData = {
        path,
        ...expectedBatches !== void 0 && this.headerCells !== void 0 ? { expectedBatches: Math.ceil(expectedBatches / threads), batchRows, headerCells: this.headerCells } : {}
      };
      const worker = new Worker(script, { workerData });
      worker.on("message", (answer) => this.segments[answer.index]?.push(answer));
      worker.on("error", (err) => this.fail(err));
      worker.on("exit", (code) => {
        if (!this.closed) this.fail(new Error(`a CSV reading thread stopped (exit code ${code})`));
      });
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
        { delimiter, ...maxRecordBytes !== void 0 ? { maxRecordBytes } : {} }
      ).then(
        () => {
          this.located = true;
          this.handOut();
        },
        (err) => this.fail(err)
      );
    }
  }
  path;
  threads;
  batchRows;
  delimiter;
  maxRecordBytes;
  estimatedRows;
  workers;
  segments = [];
  /** where each segment after the first starts, as the locating pass finds them */
  starts = [];
  located = false;
  /** the reading options, once stream() is called; segments are handed out from then on */
  options;
  failure;
  /** wakes the consumer when a segment is added, the last one is known, or something failed */
  wake;
  /** this thread's matrices (a thread's shared memory cannot feed onnxruntime), reused once onBatch is done with them */
  spare = new SpareArrays();
  closed = false;
  consumed = false;
  /** the cells of the file's first line (csv-header-cells.ts): the most columns a batch's matrix has */
  headerCells;
  /** the system's ids of the reading threads (thread-priority.ts), where it has them: none elsewhere */
  threadIds;
  /** the rows estimateRowCount gave for `path` when these threads started for it; undefined for another file */
  estimatedRowsOf(path) {
    return path === this.path ? this.estimatedRows : void 0;
  }
  /**
   * Starts reading the file as `options` ask (onBatch aside), ahead of stream(): a caller with
   * other work first (loading its models) lets the threads parse meanwhile, as far as their
   * memory slots go. False when these threads cannot give that read (see stream).
   */
  begin(path, options) {
    const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
    if (this.closed || path !== this.path || batchRows !== this.batchRows || (options.delimiter ?? ",") !== this.delimiter || options.maxRecordBytes !== this.maxRecordBytes) return false;
    if (!_CsvReadThreads.canRead(options)) return false;
    const message = {
      delimiter: this.delimiter,
      batchRows,
      ...options.columns ? { columns: options.columns } : {},
      ...this.maxRecordBytes !== void 0 ? { maxRecordBytes: this.maxRecordBytes } : {},
      ...options.featureMatrix ? { featureMatrix: options.featureMatrix } : {},
      ...options.onIssue ? { lenient: true } : {}
    };
    if (this.options) return JSON.stringify(message) === JSON.stringify(this.options);
    this.options = message;
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
  async stream(path, options) {
    if (this.consumed || !this.begin(path, options)) {
      this.close();
      return streamCsv(path, options);
    }
    this.consumed = true;
    return this.consume(options);
  }
  /** false for a read that starts elsewhere or stops at maxRows */
  static canRead(options) {
    return options.start === void 0 && (options.maxRows ?? Infinity) === Infinity;
  }
  /**
   * Has the first thread watch the models' runs too (run-watchdog.ts), for as long as it lives: a
   * caller that began a read these threads give lets them keep its time limit until it closes
   * them, instead of starting a thread for the limit alone. False when they are closed.
   */
  watch(memory) {
    if (this.closed) return false;
    this.workers[0].postMessage({ watchdog: memory });
    return true;
  }
  /** batches the threads have posted that stream() has not handed on yet: at most SLOTS a thread, whatever the file's size (what bounds a read's memory) */
  get batchesAhead() {
    return this.segments.reduce((sum, segment) => sum + segment.batchesWaiting, 0);
  }
  close() {
    this.closed = true;
    for (const worker of this.workers) void worker.terminate().catch(() => void 0);
  }
  /** hands the segments whose ends are known to their threads: segment k runs from start k − 1 (the first row, for k = 0) to start k (the end of the file, for the last) */
  handOut() {
    const options = this.options;
    if (!options || this.closed) return;
    const known = this.located ? this.starts.length + 1 : this.starts.length;
    while (this.segments.length < known) {
      const index = this.segments.length;
      const start = this.starts[index - 1];
      const end = this.starts[index]?.offset;
      const worker = this.workerOf(index);
      this.segments.push(new Segment((end ?? Infinity) - (start?.offset ?? 0)));
      worker.postMessage({ index, options, ...start ? { start } : {}, ...end !== void 0 ? { end } : {} });
    }
    this.wakeAll();
  }
  /** the thread that reads segment `index` (handOut), and takes its batches' arrays back */
  workerOf(index) {
    return this.workers[index % this.workers.length];
  }
  fail(err) {
    this.failure ??= err ?? new Error("a CSV reading thread failed");
    this.wakeAll();
  }
  throwIfFailed() {
    if (this.failure !== void 0) throw this.failure;
  }
  /** hands every batch to onBatch in file order; resolves to what streamCsv would */
  async consume(options) {
    let rowCount = 0;
    let header = [];
    for (let k = 0; ; k++) {
      const segment = await this.segment(k);
      if (!segment) break;
      if (k === 0 && options.reuseBatches) await this.prefaultMatrixWhileWaiting(segment);
      for (; ; ) {
        const answer = await segment.next(this);
        if (answer.issues) for (const issue of answer.issues) options.onIssue?.(issue);
        if (answer.bytes) options.onBytes?.(answer.bytes);
        if ("error" in answer) throw errorOf(answer.error);
        if ("done" in answer) {
          rowCount += answer.done.rows;
          header = answer.done.header;
          if (Number.isFinite(segment.bytes)) options.onBytes?.(segment.bytes);
          break;
        }
        const table = tableOfMessage(answer.table, (bytes) => this.spare.takeMatrix(bytes));
        batchTaken(answer.slots, answer.slot);
        await options.onBatch(table);
        if (!options.reuseBatches) continue;
        const matrix = table.featureMatrix?.data.buffer;
        if (matrix instanceof ArrayBuffer) this.spare.giveBackMatrix(matrix);
        const { message, transfer } = spareMessageOf(table);
        if (transfer.length > 0) this.workerOf(k).postMessage(message, transfer);
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
  async prefaultMatrixWhileWaiting(segment) {
    const matrix = this.options?.featureMatrix;
    if (!matrix || segment.answered) return;
    const cells = this.headerCells;
    if (!cells) return;
    const bytes = this.batchRows * cells * (matrix.type === "float64" ? 8 : 4);
    if (bytes > 2 ** 30) return;
    const memory = new ArrayBuffer(bytes);
    const words = new Int32Array(memory);
    const PAGE_WORDS = 1024;
    const STEP_WORDS = 256 * PAGE_WORDS;
    for (let at = 0; at < words.length && !segment.answered && !this.closed && this.failure === void 0; ) {
      const end = Math.min(words.length, at + STEP_WORDS);
      for (; at < end; at += PAGE_WORDS) words[at] = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.spare.offerMatrix(memory);
  }
  /** segment `k` once it is handed out; undefined when the file has fewer */
  async segment(k) {
    for (; ; ) {
      this.throwIfFailed();
      if (k < this.segments.length) return this.segments[k];
      if (this.located) return void 0;
      await new Promise((resolve) => this.wake = resolve);
    }
  }
  wakeAll() {
    const wake = this.wake;
    this.wake = void 0;
    wake?.();
    for (const segment of this.segments) segment.poke();
  }
};
var Segment = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  answers = [];
  wake;
  push(answer) {
    this.answers.push(answer);
    this.poke();
  }
  get batchesWaiting() {
    return this.answers.reduce((sum, answer) => sum + ("table" in answer ? 1 : 0), 0);
  }
  /** an answer is waiting to be taken */
  get answered() {
    return this.answers.length > 0;
  }
  /** wakes the consumer waiting on this segment (to see an answer, or a failure) */
  poke() {
    const wake = this.wake;
    this.wake = void 0;
    wake?.();
  }
  async next(read) {
    while (this.answers.length === 0) {
      read.throwIfFailed();
      await new Promise((resolve) => this.wake = resolve);
    }
    return this.answers.shift();
  }
};

export {
  streamCsv,
  readCsv,
  locateCsvRows,
  estimateRowCount,
  lowerOtherThreads,
  streamCsvInParallel,
  startCsvReadThreads,
  startCsvReadThread,
  CsvReadThreads,
  streamJsonObjects,
  streamJsonl,
  readJsonl,
  detectFormat,
  loadTable,
  streamTable,
  csvDelimiter
};
