import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError,
  describeError
} from "./chunk-PWERFMPE.mjs";

// shared/data/compression.ts
import { createGunzip } from "node:zlib";
var GZIP_MAGIC = [31, 139];
function withoutCompressionSuffix(path) {
  return path.toLowerCase().endsWith(".gz") ? path.slice(0, -3) : path;
}
function startsLikeGzip(bytes) {
  return bytes.length >= GZIP_MAGIC.length && GZIP_MAGIC.every((byte, i) => bytes[i] === byte);
}
async function isGzip(handle, size) {
  if (size < GZIP_MAGIC.length) return false;
  const head = Buffer.alloc(GZIP_MAGIC.length);
  await handle.read(head, 0, head.length, 0);
  return startsLikeGzip(head);
}
var MAX_RATIO = 20;
async function gzipSizeHint(handle, size) {
  return Math.min(Math.max(await gzipTrailerSize(handle, size), size), size * MAX_RATIO);
}
async function gzipTrailerSize(handle, size) {
  const tail = Buffer.alloc(4);
  await handle.read(tail, 0, 4, size - 4);
  return tail.readUInt32LE(0);
}
var MAX_INFLATION_RATIO = 200;
var MIN_INFLATED_CHECK = 32 * 1024 * 1024;
function gunzipSource(handle, path, compressedSize = Infinity) {
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  const raw = handle.createReadStream({ start: 0, autoClose: false, highWaterMark: 1 << 20 });
  raw.on("error", (err) => gunzip.destroy(err));
  raw.pipe(gunzip);
  const chunks = gunzip[Symbol.asyncIterator]();
  let pending;
  let used = 0;
  let ended = false;
  let closed = false;
  let inflated = 0;
  return {
    async read(buffer, offset, length) {
      let written = 0;
      while (written < length && !ended && !closed) {
        if (!pending || used === pending.length) {
          const next = await chunks.next().catch((err) => {
            if (closed) return { done: true, value: void 0 };
            const why = typeof err?.message === "string" ? err.message : describeError(err);
            throw new UserError(`${path} is not a complete gzip file: ${why}`, path, "compress it again (gzip data.csv), or point at the uncompressed file", { file: path });
          });
          if (next.done) {
            ended = true;
            break;
          }
          pending = next.value;
          used = 0;
          inflated += pending.length;
          if (inflated > MIN_INFLATED_CHECK && inflated > compressedSize * MAX_INFLATION_RATIO) {
            throw new UserError(
              `${path} expands to more than ${MAX_INFLATION_RATIO} times its size (${compressedSize} bytes compressed, over ${inflated} inflated so far): a gzip bomb, or data too repetitive to be worth reading this way.`,
              path,
              "If the data really is this repetitive, decompress it yourself (gunzip) and point at the plain file; otherwise do not use it.",
              { file: path }
            );
          }
        }
        const n = Math.min(length - written, pending.length - used);
        pending.copy(buffer, offset + written, used, used + n);
        used += n;
        written += n;
      }
      return { bytesRead: written };
    },
    compressedBytesRead: () => raw.bytesRead,
    close() {
      closed = true;
      raw.unpipe(gunzip);
      raw.destroy();
      gunzip.destroy();
    }
  };
}

// shared/data/coded-text.ts
function codedTextColumn(name, codes, dictionary, firstNonNumericRow) {
  let values;
  const column = {
    kind: "text",
    name,
    get values() {
      return values ??= decodeCodes(codes, dictionary);
    },
    codes,
    dictionary
  };
  if (firstNonNumericRow !== void 0) column.firstNonNumericRow = firstNonNumericRow;
  return column;
}
function decodeCodes(codes, dictionary) {
  const values = new Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    values[i] = code < 0 ? null : dictionary[code];
  }
  return values;
}
function textAt(column, row) {
  const codes = column.codes;
  if (codes && column.dictionary) {
    const code = codes[row];
    return code < 0 ? null : column.dictionary[code];
  }
  return column.values[row];
}

// shared/data/column-builder.ts
var ColumnBuilder = class {
  constructor(name, capacity = 1024, asText = false, spare, textExpected = false, spareCodes) {
    this.name = name;
    this.spareCodes = spareCodes;
    this.capacity = Math.max(16, capacity);
    const reused = !asText && !textExpected && spare?.length && spare[spare.length - 1].length >= capacity ? spare.pop() : void 0;
    this.numbers = reused ?? new Float64Array(asText || textExpected ? 0 : this.capacity);
    if (asText) this.codes = new Int32Array(this.capacity).fill(-1);
  }
  name;
  spareCodes;
  /** the cells while the column is numeric; empty once it is text */
  numbers;
  /** the cells as text (null: missing), once the column is text and not coded */
  texts;
  /**
   * The cells as codes into `dictionary` (-1: missing), while the column is text and every cell so
   * far came by addCoded or addMissing: no string per cell (see TextColumn.codes).
   */
  codes;
  dictionary;
  length = 0;
  numericCells = 0;
  textCells = 0;
  firstTextRow = -1;
  /** the rows the column was made for (it grows past them) */
  capacity;
  /** true once numbers already stored had to be turned back into text (their spelling is lost) */
  numbersBecameText = false;
  /** false while every present cell so far was a number */
  get isText() {
    return this.texts !== void 0 || this.codes !== void 0;
  }
  get rowCount() {
    return this.length;
  }
  addNumber(value) {
    this.numericCells++;
    if (this.isText) {
      this.plainTexts().push(String(value));
    } else {
      if (this.length === this.numbers.length) this.grow();
      this.numbers[this.length] = value;
    }
    this.length++;
  }
  /** addNumber for the common case (a numeric column with room): false, having done nothing, otherwise */
  tryAddNumber(value) {
    if (this.length >= this.numbers.length) return false;
    this.numbers[this.length++] = value;
    this.numericCells++;
    return true;
  }
  /**
   * addNumber of each value, in order, to a column that is still numeric; `missing` of them are NaN
   * for missing cells (addMissing's, which count as no number), the rest numbers
   */
  addNumbers(values, missing = 0) {
    if (this.isText) throw new Error(`addNumbers on the text column ${this.name}`);
    while (this.length + values.length > this.numbers.length) this.grow();
    this.numbers.set(values, this.length);
    this.length += values.length;
    this.numericCells += values.length - missing;
  }
  addMissing() {
    if (this.codes) {
      if (this.length === this.codes.length) this.growCodes();
      this.codes[this.length] = -1;
    } else if (this.texts) this.texts.push(null);
    else {
      if (this.length === this.numbers.length) this.grow();
      this.numbers[this.length] = NaN;
    }
    this.length++;
  }
  /** `readsAsNumber`: the text is a number (only when the column was started as text). */
  addText(text, readsAsNumber = false) {
    this.countText(readsAsNumber);
    this.plainTexts().push(text);
    this.length++;
  }
  /**
   * addText of `dictionary[code]`, kept as the code (see TextColumn.codes). The cells of a column
   * coded with one dictionary stay coded; the dictionary may grow meanwhile, never change.
   */
  addCoded(code, dictionary, readsAsNumber = false) {
    this.countText(readsAsNumber);
    if (!this.isText) this.startText();
    const codes = this.codes;
    if (codes && (this.dictionary === void 0 || this.dictionary === dictionary)) {
      this.dictionary = dictionary;
      if (this.length === codes.length) this.growCodes();
      this.codes[this.length] = code;
    } else this.plainTexts().push(dictionary[code]);
    this.length++;
  }
  /**
   * addCoded(code, dictionary) of each code, in order (texts that do not read as numbers): false,
   * having done nothing, when the cells would not stay codes (the column holds numbers or plain
   * texts, or codes of another dictionary), for the caller to add them one by one.
   */
  addCodes(codes, dictionary) {
    if (this.isText ? !this.codes || this.dictionary !== void 0 && this.dictionary !== dictionary : this.numericCells > 0) return false;
    if (codes.length === 0) return true;
    if (!this.isText) this.startText();
    this.dictionary = dictionary;
    this.textCells += codes.length;
    if (this.firstTextRow < 0) this.firstTextRow = this.length;
    while (this.length + codes.length > this.codes.length) this.growCodes();
    this.codes.set(codes, this.length);
    this.length += codes.length;
    return true;
  }
  /** Pads with missing cells up to `rows` (a JSON Lines key that first appears late). */
  fillMissingTo(rows) {
    while (this.length < rows) this.addMissing();
  }
  finish() {
    if (this.isText) {
      const firstNonNumericRow = this.firstTextRow >= 0 && this.numericCells > this.textCells ? this.firstTextRow : void 0;
      if (this.codes && this.dictionary) return codedTextColumn(this.name, this.codes.subarray(0, this.length), this.dictionary.slice(), firstNonNumericRow);
      const column = { kind: "text", name: this.name, values: this.plainTexts() };
      if (firstNonNumericRow !== void 0) column.firstNonNumericRow = firstNonNumericRow;
      return column;
    }
    const used = this.numbers.length - this.length > this.length / 8 ? this.numbers.slice(0, this.length) : this.numbers.subarray(0, this.length);
    return { kind: "numeric", name: this.name, values: used };
  }
  countText(readsAsNumber) {
    if (readsAsNumber) this.numericCells++;
    else {
      this.textCells++;
      if (this.firstTextRow < 0) this.firstTextRow = this.length;
    }
  }
  /** The column turns text: coded while it holds no number yet, else its numbers become text. */
  startText() {
    if (this.numericCells > 0) {
      this.texts = this.numbersToText();
      return;
    }
    const size = Math.max(this.capacity, this.numbers.length, this.length);
    const spare = this.spareCodes;
    const reused = spare?.length && spare[spare.length - 1].length >= size ? spare.pop() : void 0;
    this.codes = (reused ?? new Int32Array(size)).fill(-1);
    this.numbers = new Float64Array(0);
  }
  /** the cells as plain texts from now on (decoding the codes, or the numbers, so far) */
  plainTexts() {
    if (this.texts) return this.texts;
    if (this.codes) {
      this.texts = this.dictionary ? decodeCodes(this.codes.subarray(0, this.length), this.dictionary) : new Array(this.length).fill(null);
      this.codes = void 0;
      this.dictionary = void 0;
    } else this.texts = this.numbersToText();
    return this.texts;
  }
  growCodes() {
    const codes = new Int32Array(Math.max(16, this.codes.length * 2)).fill(-1);
    codes.set(this.codes);
    this.codes = codes;
  }
  grow() {
    const bigger = new Float64Array(Math.max(16, this.numbers.length * 2, this.numbers.length === 0 ? this.capacity : 0));
    bigger.set(this.numbers);
    this.numbers = bigger;
  }
  numbersToText() {
    const texts = new Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const v = this.numbers[i];
      texts[i] = Number.isNaN(v) ? null : String(v);
    }
    if (this.numericCells > 0) this.numbersBecameText = true;
    this.numbers = new Float64Array(0);
    return texts;
  }
};

// shared/data/batch.ts
var BatchBuilder = class {
  constructor(source, format, names, textColumns = /* @__PURE__ */ new Set(), withLines = true, capacity = 1024, spare, textBefore) {
    this.source = source;
    this.format = format;
    this.textColumns = textColumns;
    this.withLines = withLines;
    this.capacity = capacity;
    this.spare = spare;
    this.builders = names.map((name, c) => new ColumnBuilder(name, capacity, textColumns.has(name), spare?.numbers, textBefore?.[c] ?? false, spare?.codes));
    const size = withLines ? Math.max(16, capacity) : 0;
    this.lines = withLines && spare?.takeLines(size) || new Int32Array(size);
  }
  source;
  format;
  textColumns;
  withLines;
  capacity;
  spare;
  builders;
  rows = 0;
  lines;
  /** A column first seen part-way through (JSON Lines): earlier rows of the batch are missing. */
  addColumn(name) {
    const builder = new ColumnBuilder(name, this.capacity, this.textColumns.has(name));
    builder.fillMissingTo(this.rows);
    this.builders.push(builder);
    return builder;
  }
  /** Ends a row whose cells have all been added, recording the line it started on. */
  endRow(line) {
    if (this.withLines) {
      if (this.rows === this.lines.length) {
        const bigger = new Int32Array(this.lines.length * 2);
        bigger.set(this.lines);
        this.lines = bigger;
      }
      this.lines[this.rows] = line;
    }
    this.rows++;
  }
  /** endRow for rows whose cells have all been added, started on `lines` */
  endRows(lines) {
    if (this.withLines) {
      let size = this.lines.length;
      while (this.rows + lines.length > size) size *= 2;
      if (size > this.lines.length) {
        const bigger = new Int32Array(size);
        bigger.set(this.lines);
        this.lines = bigger;
      }
      this.lines.set(lines, this.rows);
    }
    this.rows += lines.length;
  }
  /** Names of columns that turned to text after holding numbers (their numbers lost their spelling). */
  mixedColumns() {
    return this.builders.filter((b) => b.numbersBecameText).map((b) => b.name);
  }
  finish() {
    for (const builder of this.builders) builder.fillMissingTo(this.rows);
    const table = { source: this.source, format: this.format, rowCount: this.rows, columns: this.builders.map((b) => b.finish()) };
    if (this.withLines) table.rowLines = this.spare ? this.lines.subarray(0, this.rows) : this.lines.slice(0, this.rows);
    return table;
  }
};
var SpareArrays = class {
  numbers = [];
  /** coded text columns' codes */
  codes = [];
  matrices = [];
  lines = [];
  /**
   * keeps the arrays of `batch`: whole arrays, not the batch's views of them (shorter when trimmed);
   * not those whose memory was moved to another thread (detached, of no bytes)
   */
  reclaim(batch) {
    for (const c of batch.columns) {
      if (c.kind === "numeric") {
        if (isOwnMemory(c.values.buffer)) this.numbers.push(new Float64Array(c.values.buffer, 0, c.values.buffer.byteLength / 8));
      } else if (isOwnMemory(c.codes?.buffer) && this.codes.length < batch.columns.length) {
        this.codes.push(new Int32Array(c.codes.buffer, 0, c.codes.buffer.byteLength / 4));
      }
    }
    const matrix = batch.featureMatrix?.data.buffer;
    if (isOwnMemory(matrix) && this.matrices.length < MAX_SPARE) this.matrices.push(matrix);
    const lines = batch.rowLines?.buffer;
    if (isOwnMemory(lines) && this.lines.length < MAX_SPARE) this.lines.push(new Int32Array(lines));
  }
  /** memory for a later matrix (a worker thread's shared memory, which its batches are read into) */
  offerMatrix(buffer) {
    this.matrices.unshift(buffer);
  }
  /** a matrix taken from here and grown out of (its cells were copied to a larger one) */
  giveBackMatrix(buffer) {
    if (this.matrices.length < MAX_SPARE) this.matrices.push(buffer);
  }
  /** a kept matrix's bytes of at least `bytes`, if one is kept */
  takeMatrix(bytes) {
    const k = this.matrices.findIndex((b) => b.byteLength >= bytes);
    return k < 0 ? void 0 : this.matrices.splice(k, 1)[0];
  }
  takeLines(length) {
    const k = this.lines.findIndex((l) => l.length >= length);
    return k < 0 ? void 0 : this.lines.splice(k, 1)[0];
  }
};
function isOwnMemory(buffer) {
  return buffer instanceof ArrayBuffer && buffer.byteLength > 0;
}
var MAX_SPARE = 4;
var BatchQueue = class {
  constructor(onBatch, reuse = false) {
    this.onBatch = onBatch;
    if (reuse) this.spare = new SpareArrays();
  }
  onBatch;
  pending = [];
  /** with reuse: the arrays of batches handed on, for the next batches */
  spare;
  push(batch) {
    this.pending.push(batch);
  }
  async drain() {
    while (this.pending.length > 0) {
      const batch = this.pending.shift();
      await this.onBatch(batch);
      this.spare?.reclaim(batch);
    }
  }
};
function emptyTable(source, format, names) {
  return new BatchBuilder(source, format, names, void 0, format !== "parquet", 16).finish();
}

// shared/data/feature-matrix.ts
var FLOAT32_MAX = 34028234663852886e22;
function splitMatrixColumns(names, request) {
  const excluded = new Set(request.exclude);
  const kept = [];
  const matrix = [];
  names.forEach((name, i) => (excluded.has(name) ? kept : matrix).push(i));
  return { kept, matrix };
}
var FeatureMatrixBuilder = class {
  constructor(columns, type, capacityRows, spare) {
    this.columns = columns;
    this.type = type;
    this.spare = spare;
    this.width = columns.length;
    this.data = this.allocate(Math.max(16, capacityRows) * this.width);
  }
  columns;
  type;
  spare;
  width;
  data;
  textCell;
  /** whether the matrix can say it is `finite`: set by a reader that notes every value it writes outside float32's range (noteOutOfRange) */
  vouchesFinite = false;
  outOfRange = false;
  /** makes room for row `row`, growing (and copying) when the estimate of rows fell short */
  reserve(row) {
    const needed = (row + 1) * this.width;
    if (needed <= this.data.length) return;
    const bigger = this.allocate(Math.max(needed, this.data.length * 2));
    bigger.set(this.data);
    if (this.spare && this.data.length > 0) this.spare.giveBackMatrix(this.data.buffer);
    this.data = bigger;
  }
  /** records a text cell (the first one is what an error will show) */
  noteText(column, row, text) {
    this.textCell ??= { column: this.columns[column], row, text };
  }
  /** a value written that may be ±Infinity in the matrix (beyond float32's range, or infinite) */
  noteOutOfRange() {
    this.outOfRange = true;
  }
  finish(rows) {
    const matrix = { columns: this.columns, type: this.type, data: this.data.subarray(0, rows * this.width) };
    if (this.textCell) matrix.textCell = this.textCell;
    if (this.vouchesFinite && !this.outOfRange) matrix.finite = true;
    return matrix;
  }
  allocate(length) {
    const Type = this.type === "float64" ? Float64Array : Float32Array;
    const reused = this.spare?.takeMatrix(length * Type.BYTES_PER_ELEMENT);
    return reused ? new Type(reused, 0, Math.floor(reused.byteLength / Type.BYTES_PER_ELEMENT)) : new Type(length);
  }
};

// shared/data/data-file.ts
import { open } from "node:fs/promises";
function countingSource(source, onDisk, onBytes) {
  let reported = 0;
  return {
    read: async (buffer, offset, length, position) => {
      const result = await source.read(buffer, offset, length, position);
      const done = onDisk(result.bytesRead);
      if (done > reported) onBytes(done - reported);
      reported = done;
      return result;
    }
  };
}
async function openTextDataFile(path, onBytes) {
  const { handle, size } = await openDataFile(path);
  try {
    if (!await isGzip(handle, size)) {
      let read = 0;
      const source = onBytes ? countingSource(handle, (n) => read += n, onBytes) : handle;
      return { source, size, gzip: false, close: () => handle.close() };
    }
    const inflating = gunzipSource(handle, path, size);
    return {
      source: onBytes ? countingSource(inflating, () => inflating.compressedBytesRead(), onBytes) : inflating,
      size: await gzipSizeHint(handle, size),
      gzip: true,
      close: async () => {
        inflating.close();
        await handle.close();
      }
    };
  } catch (err) {
    await handle.close();
    throw err;
  }
}
async function openDataFile(path) {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (err) {
    throw openError(path, err);
  }
  const stats = await handle.stat();
  if (stats.isDirectory()) {
    await handle.close();
    throw new UserError(`${path} is a directory, not a data file`, path, "name a .csv, .tsv, .jsonl or .parquet file", { file: path });
  }
  return { handle, size: stats.size, mtimeMs: stats.mtimeMs };
}
function openError(path, err) {
  const code = err?.code;
  if (code === "ENOENT") return new UserError(`data file ${path} does not exist`, path, "check the path (it is relative to the working directory) and that the file is committed or produced by an earlier step", { file: path });
  if (code === "EISDIR") return new UserError(`${path} is a directory, not a data file`, path, "name a .csv, .tsv, .jsonl or .parquet file", { file: path });
  if (code === "EACCES" || code === "EPERM") return new UserError(`data file ${path} cannot be read (permission denied)`, path, "make the file readable by the user running mlci", { file: path });
  return err instanceof Error ? err : new Error(String(err));
}
function emptyFileError(path) {
  return new UserError(`data file ${path} is empty`, path, "write a header line and at least one row of data", { file: path, line: 1 });
}
function noRowsError(path, what) {
  return new UserError(`data file ${path} has ${what} but no rows of data`, path, "add rows after the header, or point at the right file", { file: path, line: 1 });
}
function recordTooLongError(path, line, limit) {
  return new UserError(
    `line ${line} of ${path} is longer than ${formatBytes(limit)}`,
    `${path}:${line}`,
    "check the line endings and the delimiter; if the line is not really that long, look for a quote that is never closed. A genuinely longer line needs a larger maxRecordBytes",
    { file: path, line }
  );
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

// shared/data/read-options.ts
var DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;
var DEFAULT_BATCH_ROWS = 65536;

// shared/data/csv-header.ts
var LIKELY_DELIMITERS = [",", ";", "	", "|"];
function delimiterByte(delimiter, source) {
  const code = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  if (code < 0 || code > 127 || /["\r\n0-9.+\-eE]/.test(delimiter)) {
    throw new UserError(`the delimiter ${JSON.stringify(delimiter)} cannot separate CSV cells`, source, "use one ASCII character that is not a quote, a line break or part of a number, such as ',', ';', '\\t' or '|'");
  }
  return code;
}
var MAX_COLUMNS = 2e4;
function checkHeader(names, delimiter, source, line) {
  const where = `${source}:${line}`;
  const location = { file: source, line };
  if (names.length > MAX_COLUMNS) {
    throw new UserError(`the header of ${source} has ${names.length} columns, more than the ${MAX_COLUMNS} mlci reads from one file`, where, "select the columns you need into a narrower file (or reshape a very wide table into rows)", location);
  }
  if (names.some((name) => name.includes("\r"))) {
    throw new UserError(
      `the header of ${source} runs into the next line at a bare carriage return`,
      where,
      "the file seems to end its lines with CR alone (old Mac style); convert it to LF or CRLF line endings",
      location
    );
  }
  if (names.length === 1) {
    const other = LIKELY_DELIMITERS.find((d) => d !== delimiter && names[0].includes(d));
    if (other) {
      throw new UserError(
        `${source} was read with delimiter ${JSON.stringify(delimiter)} and its header came out as one column, ${JSON.stringify(names[0].slice(0, 80))}`,
        where,
        `it looks like ${JSON.stringify(other)}-separated; pass delimiter: ${JSON.stringify(other)}`,
        location
      );
    }
  }
  const seen = /* @__PURE__ */ new Map();
  names.forEach((name, i) => {
    if (name.trim() === "") {
      throw new UserError(
        `column ${i + 1} of the header of ${source} has no name`,
        where,
        i === 0 ? "name every column; an unnamed first column is usually a saved index (pandas: to_csv(..., index=False))" : "name every column in the header line, or remove the trailing delimiter",
        location
      );
    }
    const earlier = seen.get(name);
    if (earlier !== void 0) {
      throw new UserError(`column name ${JSON.stringify(name)} appears twice in the header of ${source} (columns ${earlier + 1} and ${i + 1})`, where, "give every column a distinct name", location);
    }
    seen.set(name, i);
  });
}
function selectColumns(names, wanted, source) {
  if (!wanted) return names.map((_, i) => i);
  return wanted.map((name) => {
    const index = names.indexOf(name);
    if (index < 0) {
      const shown = names.slice(0, 20).map((n) => JSON.stringify(n)).join(", ") + (names.length > 20 ? `, \u2026 (${names.length} in all)` : "");
      throw new UserError(`column ${JSON.stringify(name)} is not in ${source}`, source, `use one of its columns: ${shown}`, { file: source, line: 1 });
    }
    return index;
  });
}

export {
  withoutCompressionSuffix,
  startsLikeGzip,
  gzipTrailerSize,
  MAX_INFLATION_RATIO,
  codedTextColumn,
  textAt,
  BatchBuilder,
  SpareArrays,
  isOwnMemory,
  BatchQueue,
  emptyTable,
  FLOAT32_MAX,
  splitMatrixColumns,
  FeatureMatrixBuilder,
  delimiterByte,
  MAX_COLUMNS,
  checkHeader,
  selectColumns,
  openTextDataFile,
  openDataFile,
  openError,
  emptyFileError,
  noRowsError,
  recordTooLongError,
  DEFAULT_MAX_RECORD_BYTES,
  DEFAULT_BATCH_ROWS
};
