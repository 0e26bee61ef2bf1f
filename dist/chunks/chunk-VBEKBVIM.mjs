import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  BatchBuilder,
  BatchQueue,
  DEFAULT_BATCH_ROWS,
  DEFAULT_MAX_RECORD_BYTES,
  FeatureMatrixBuilder,
  MAX_COLUMNS,
  checkHeader,
  delimiterByte,
  emptyFileError,
  emptyTable,
  noRowsError,
  openTextDataFile,
  recordTooLongError,
  selectColumns,
  splitMatrixColumns,
  withoutCompressionSuffix
} from "./chunk-B56GY6F4.mjs";
import {
  UserError
} from "./chunk-Y5HJ3DQY.mjs";

// shared/data/issues.ts
var FIXES = {
  "short-row": "give every row as many cells as the header has columns (an empty cell is a missing value), or pass the right delimiter",
  "long-row": "give every row as many cells as the header has columns; quote cells that contain the delimiter",
  "invalid-utf8": "save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`)",
  "unterminated-quote": 'close the quote, or double any quote character inside a quoted cell ("")',
  "bad-json": "make each line one complete JSON object",
  "nested-value": "flatten nested objects and arrays into one key per value"
};
var IssueSink = class {
  constructor(source, onIssue) {
    this.source = source;
    this.onIssue = onIssue;
  }
  source;
  onIssue;
  report(kind, line, message) {
    const issue = { kind, source: this.source, line, message };
    if (!this.onIssue) throw issueError(issue);
    this.onIssue(issue);
  }
};
function issueError(issue) {
  return new UserError(issue.message, `${issue.source}:${issue.line}`, FIXES[issue.kind], { file: issue.source, line: issue.line });
}

// shared/data/block-reader.ts
var STOP = -1;
var CHUNK_BYTES = 4 * 1024 * 1024;
async function readBlocks(handle, consumer, maxRecordBytes, from = 0) {
  const chunk = Math.min(CHUNK_BYTES, maxRecordBytes);
  let buf = takeChunk(chunk);
  const ahead = takeChunk(chunk);
  let filled = 0;
  let offset = from;
  let position = from;
  let reading = readAhead(handle, ahead, position);
  for (; ; ) {
    const { bytesRead } = await reading;
    const eof = bytesRead === 0;
    position += bytesRead;
    if (filled + bytesRead > buf.length) {
      if (filled >= maxRecordBytes) consumer.recordTooLong(maxRecordBytes);
      const bigger = Buffer.allocUnsafe(Math.min(Math.max(buf.length * 2, filled + bytesRead), maxRecordBytes + chunk));
      buf.copy(bigger, 0, 0, filled);
      buf = bigger;
    }
    ahead.copy(buf, filled, 0, bytesRead);
    filled += bytesRead;
    if (!eof) reading = readAhead(handle, ahead, position);
    let used;
    try {
      used = consumer.consume(buf.subarray(0, filled), offset, eof);
      await consumer.afterBlock();
    } catch (err) {
      if (!eof) await reading.catch(() => void 0);
      throw err;
    }
    if (used === STOP || eof) {
      if (!eof) await reading.catch(() => void 0);
      giveBack(buf);
      giveBack(ahead);
      return;
    }
    if (used > 0) {
      buf.copyWithin(0, used, filled);
      filled -= used;
      offset += used;
    } else if (filled >= maxRecordBytes) consumer.recordTooLong(maxRecordBytes);
  }
}
var spare = [];
function takeChunk(bytes) {
  const k = spare.findIndex((b) => b.length === bytes);
  return k >= 0 ? spare.splice(k, 1)[0] : Buffer.allocUnsafe(bytes);
}
function giveBack(buffer) {
  if (buffer.length === CHUNK_BYTES && spare.length < 2) spare.push(buffer);
}
function readAhead(handle, buffer, position) {
  const read = handle.read(buffer, 0, buffer.length, position);
  read.catch(() => void 0);
  return read;
}

// shared/data/bytes.ts
var LF = 10;
var CR = 13;
var TAB = 9;
var SPACE = 32;
var QUOTE = 34;
var PLUS = 43;
var MINUS = 45;
var DOT = 46;
var ZERO = 48;
function bomLength(buf) {
  return buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? 3 : 0;
}

// shared/data/decimal.ts
var POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
var MAX_EXACT = 9007199254740992;
var LOWER_E = 101;
var UPPER_E = 69;
var UPPER_I = 73;
function parseDecimal(buf, start, end) {
  let i = start;
  if (buf[i] === SPACE || buf[i] === TAB) {
    while (i < end && (buf[i] === SPACE || buf[i] === TAB)) i++;
    if (i === end) return NaN;
  }
  if (buf[end - 1] === SPACE || buf[end - 1] === TAB) {
    while (buf[end - 1] === SPACE || buf[end - 1] === TAB) end--;
  }
  const first = i;
  let negative = false;
  if (buf[i] === MINUS) {
    negative = true;
    i++;
  } else if (buf[i] === PLUS) i++;
  if (buf[i] === UPPER_I) return parseInfinity(buf, negative, i, end);
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let d = 0;
  while (i < end && (d = buf[i] - ZERO) >= 0 && d <= 9) {
    mantissa = mantissa * 10 + d;
    digits++;
    i++;
  }
  if (i < end && buf[i] === DOT) {
    i++;
    while (i < end && (d = buf[i] - ZERO) >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      scale--;
      digits++;
      i++;
    }
  }
  if (digits === 0) return NaN;
  let exponent = 0;
  if (i < end && (buf[i] === LOWER_E || buf[i] === UPPER_E)) {
    i++;
    let exponentNegative = false;
    if (i < end && buf[i] === MINUS) {
      exponentNegative = true;
      i++;
    } else if (i < end && buf[i] === PLUS) i++;
    const exponentStart = i;
    while (i < end && (d = buf[i] - ZERO) >= 0 && d <= 9) {
      if (exponent < 1e5) exponent = exponent * 10 + d;
      i++;
    }
    if (i === exponentStart) return NaN;
    if (exponentNegative) exponent = -exponent;
  }
  if (i !== end) return NaN;
  const power = scale + exponent;
  if (mantissa === 0) return negative ? -0 : 0;
  if (mantissa < MAX_EXACT) {
    let value;
    if (power === 0) value = mantissa;
    else if (power > 0 && power <= 22) value = mantissa * POW10[power];
    else if (power < 0 && power >= -22) value = mantissa / POW10[-power];
    else if (power > 22 && power <= 22 + 15) {
      const scaled = mantissa * POW10[power - 22];
      if (scaled < MAX_EXACT) value = scaled * 1e22;
    }
    if (value !== void 0) return negative ? -value : value;
  }
  return Number(buf.toString("latin1", first, end));
}
function parseInfinity(buf, negative, at, end) {
  if (end - at !== 8 || buf.toString("latin1", at, end) !== "Infinity") return NaN;
  return negative ? -Infinity : Infinity;
}
var DECIMAL_TEXT = /^[ \t]*[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|Infinity)[ \t]*$/;
function parseDecimalText(text) {
  return DECIMAL_TEXT.test(text) ? Number(text) : void 0;
}
function isBlank(buf, start, end) {
  for (let i = start; i < end; i++) if (buf[i] !== SPACE && buf[i] !== TAB) return false;
  return true;
}

// shared/data/csv-scanner.ts
var QUOTED = 1;
var ESCAPED_QUOTES = 2;
var AS_WRITTEN = 4;
var CsvRecordScanner = class {
  constructor(delimiter) {
    this.delimiter = delimiter;
  }
  delimiter;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  flags = new Uint8Array(64);
  /**
   * Each unquoted cell's value when it is a plain decimal (digits, one optional '.', optional '-',
   * nothing else) read while scanning, else NaN: the common numeric cell costs one pass, not two.
   * NaN does not mean "not a number"; `parseDecimal` decides the rest.
   */
  numbers = new Float64Array(64);
  /** cells in the record last scanned */
  cellCount = 0;
  /** line breaks inside quoted cells of the record last scanned */
  innerNewlines = 0;
  /** the record last scanned ends inside a quote that never closes (only at the end of the file) */
  unterminatedQuote = false;
  /**
   * Scans the record starting at `pos`. Returns the offset just after its line break, or -1 when the
   * record is not complete within `buf` and more of the file follows.
   */
  scan(buf, pos, eof) {
    const end = buf.length;
    const delimiter = this.delimiter;
    let { starts, ends, flags, numbers } = this;
    let n = 0;
    let i = pos;
    this.innerNewlines = 0;
    this.unterminatedQuote = false;
    for (; ; ) {
      if (n === starts.length) {
        this.grow();
        ({ starts, ends, flags, numbers } = this);
      }
      if (i < end && buf[i] === QUOTE) {
        i = this.scanQuoted(buf, i, n, eof);
        if (i < 0) return -1;
        if (this.unterminatedQuote) {
          this.cellCount = n + 1;
          return end;
        }
      } else {
        const start = i;
        let value = NaN;
        let negative = false;
        if (i < end && buf[i] === MINUS) {
          negative = true;
          i++;
        }
        const digitsStart = i;
        let mantissa = 0;
        let d = 0;
        while (i < end && (d = buf[i] - ZERO) >>> 0 <= 9) {
          mantissa = mantissa * 10 + d | 0;
          i++;
        }
        const integerDigits = i - digitsStart;
        let decimals = 0;
        if (i < end && buf[i] === DOT) {
          i++;
          const fractionStart = i;
          while (i < end && (d = buf[i] - ZERO) >>> 0 <= 9) {
            mantissa = mantissa * 10 + d | 0;
            i++;
          }
          decimals = i - fractionStart;
        }
        let c2 = i < end ? buf[i] : LF;
        const digits = integerDigits + decimals;
        if (digits > 0 && digits <= 9 && (c2 === delimiter || c2 === LF || c2 === CR && buf[i + 1] === LF)) {
          value = decimals === 0 ? mantissa : mantissa / POW10[decimals];
          if (negative) value = -value;
        }
        while (c2 !== delimiter && c2 !== LF) c2 = ++i < end ? buf[i] : LF;
        if (i === end && !eof) return -1;
        numbers[n] = value;
        starts[n] = start;
        ends[n] = c2 === LF && i > start && buf[i - 1] === CR ? i - 1 : i;
        flags[n] = 0;
      }
      n++;
      if (i >= end) {
        this.cellCount = n;
        return end;
      }
      const c = buf[i];
      if (c === delimiter) {
        i++;
        continue;
      }
      this.cellCount = n;
      if (c === CR) {
        if (i + 1 === end && !eof) return -1;
        return buf[i + 1] === LF ? i + 2 : i + 1;
      }
      return i + 1;
    }
  }
  /**
   * Scans the quoted cell opening at `open` into cell `n`; returns the offset after it, or -1 when
   * the file may hold more of it. At the end of the file an unclosed quote takes the rest.
   */
  scanQuoted(buf, open, n, eof) {
    const end = buf.length;
    let cellFlags = QUOTED;
    let close = -1;
    let from = open + 1;
    for (; ; ) {
      const q = buf.indexOf(QUOTE, from);
      if (q < 0) break;
      if (q + 1 === end && !eof) return -1;
      if (buf[q + 1] === QUOTE) {
        cellFlags |= ESCAPED_QUOTES;
        from = q + 2;
        continue;
      }
      close = q;
      break;
    }
    if (close < 0) {
      if (!eof) return -1;
      this.unterminatedQuote = true;
      this.innerNewlines += countNewlines(buf, open + 1, end);
      this.setCell(n, open + 1, end, cellFlags);
      return end;
    }
    this.innerNewlines += countNewlines(buf, open + 1, close);
    let i = close + 1;
    const delimiter = this.delimiter;
    if (i < end && buf[i] !== delimiter && buf[i] !== LF && buf[i] !== CR) {
      while (i < end && buf[i] !== delimiter && buf[i] !== LF) i++;
      if (i === end && !eof) return -1;
      this.setCell(n, open, i > open && buf[i - 1] === CR ? i - 1 : i, AS_WRITTEN);
    } else {
      this.setCell(n, open + 1, close, cellFlags);
    }
    return i;
  }
  /** A line with nothing on it. */
  isBlankRecord() {
    return this.cellCount === 1 && this.flags[0] === 0 && this.starts[0] === this.ends[0];
  }
  setCell(n, start, end, flags) {
    this.numbers[n] = NaN;
    this.starts[n] = start;
    this.ends[n] = end;
    this.flags[n] = flags;
  }
  grow() {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const flags = new Uint8Array(size);
    const numbers = new Float64Array(size);
    numbers.set(this.numbers);
    this.numbers = numbers;
    starts.set(this.starts);
    ends.set(this.ends);
    flags.set(this.flags);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }
};
function countNewlines(buf, start, end) {
  let count = 0;
  for (let i = buf.indexOf(LF, start); i >= 0 && i < end; i = buf.indexOf(LF, i + 1)) count++;
  return count;
}
function decodeCell(buf, start, end, flags) {
  const text = buf.toString("utf8", start, end);
  return flags & ESCAPED_QUOTES ? text.replaceAll('""', '"') : text;
}

// shared/data/text-interner.ts
var MAX_TEXTS = 4096;
var MAX_TEXT_BYTES = 64;
var SLOTS = 8192;
var TextInterner = class {
  slots = new Int32Array(SLOTS);
  // entry + 1, or 0 when free
  hashes = new Int32Array(MAX_TEXTS + 1);
  starts = new Int32Array(MAX_TEXTS + 1);
  lengths = new Int32Array(MAX_TEXTS + 1);
  arena = Buffer.allocUnsafe(MAX_TEXTS * 16);
  arenaUsed = 0;
  texts = [];
  full = false;
  /** every text kept so far, by code (see `code`); it only grows */
  get dictionary() {
    return this.texts;
  }
  /** the text of buf[start, end), as decodeCell gives it */
  text(buf, start, end, flags) {
    const code = this.code(buf, start, end, flags);
    return code >= 0 ? this.texts[code] : decodeCell(buf, start, end, flags);
  }
  /** the index in `dictionary` of the text of buf[start, end), or -1 when the column keeps no more texts or not this one */
  code(buf, start, end, flags) {
    const length = end - start;
    if (this.full || length > MAX_TEXT_BYTES || flags & (ESCAPED_QUOTES | AS_WRITTEN)) return -1;
    let hash = 2166136261 ^ length;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ buf[i], 16777619);
    const arena = this.arena;
    for (let slot = hash & SLOTS - 1; ; slot = slot + 1 & SLOTS - 1) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return this.add(slot, hash, buf, start, end, flags);
      if (this.hashes[entry] !== hash || this.lengths[entry] !== length) continue;
      let at = this.starts[entry];
      let i = start;
      while (i < end && arena[at] === buf[i]) {
        at++;
        i++;
      }
      if (i === end) return entry;
    }
  }
  add(slot, hash, buf, start, end, flags) {
    const length = end - start;
    if (this.texts.length === MAX_TEXTS || this.arenaUsed + length > this.arena.length) {
      this.full = true;
      return -1;
    }
    const text = decodeCell(buf, start, end, flags);
    const entry = this.texts.length;
    this.texts.push(text);
    this.hashes[entry] = hash;
    this.starts[entry] = this.arenaUsed;
    this.lengths[entry] = length;
    buf.copy(this.arena, this.arenaUsed, start, end);
    this.arenaUsed += length;
    this.slots[slot] = entry + 1;
    return entry;
  }
};

// shared/data/utf8.ts
import { isUtf8 } from "node:buffer";
function findInvalidUtf8(buf, start, end) {
  if (isUtf8(buf.subarray(start, end))) return -1;
  let i = start;
  while (i < end) {
    const b = buf[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    if (b >= 194 && b <= 223) {
      need = 1;
      min = 128;
    } else if (b >= 224 && b <= 239) {
      need = 2;
      min = 2048;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      min = 65536;
    } else return i;
    if (i + need >= end) return i;
    let code = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const next = buf[i + k];
      if ((next & 192) !== 128) return i;
      code = code << 6 | next & 63;
    }
    if (code < min || code > 1114111 || code >= 55296 && code <= 57343) return i;
    i += need + 1;
  }
  return -1;
}
var Utf8LineCheck = class {
  constructor(report) {
    this.report = report;
  }
  report;
  checkedTo = 0;
  pending = [];
  /** `buf` starts at file offset `offset`; `lineAtPos` is the line at buf[pos]. */
  check(buf, offset, pos, lineAtPos, eof) {
    const from = Math.max(pos, this.checkedTo - offset);
    const to = eof ? buf.length : buf.lastIndexOf(LF) + 1;
    if (to <= from) return;
    let at = from;
    while ((at = findInvalidUtf8(buf, at, to)) >= 0) {
      let line = lineAtPos;
      for (let i = buf.indexOf(LF, pos); i >= 0 && i < at; i = buf.indexOf(LF, i + 1)) line++;
      this.pending.push({ line, fileByte: offset + at + 1 });
      const nextLine = buf.indexOf(LF, at);
      if (nextLine < 0 || nextLine >= to) break;
      at = nextLine + 1;
    }
    this.checkedTo = offset + to;
  }
  /** Reports the noted lines up to and including `line`. */
  reportThrough(line) {
    while (this.pending.length > 0 && this.pending[0].line <= line) {
      const { line: bad, fileByte } = this.pending.shift();
      this.report(bad, fileByte);
    }
  }
  get hasPending() {
    return this.pending.length > 0;
  }
};

// shared/data/text-reader.ts
var TextReader = class {
  constructor(source, options) {
    this.source = source;
    this.issues = new IssueSink(source, options.onIssue);
    this.queue = new BatchQueue(options.onBatch, options.reuseBatches);
    this.maxRows = options.maxRows ?? Infinity;
    this.utf8 = new Utf8LineCheck((line, byte) => this.issues.report("invalid-utf8", line, `line ${line} of ${source} has bytes that are not UTF-8 (byte ${byte} of the file)`));
  }
  source;
  issues;
  utf8;
  maxRows;
  /** the line at the front of the unread part of the file */
  line = 1;
  rowCount = 0;
  batch;
  queue;
  afterBlock() {
    return this.queue.drain();
  }
  recordTooLong(limit) {
    throw recordTooLongError(this.source, this.line, limit);
  }
  /** After each row: true (and the last batch ended) when maxRows is reached. */
  reachedMaxRows() {
    if (this.rowCount < this.maxRows) return false;
    this.endBatch();
    return true;
  }
  endOfFile() {
    this.utf8.reportThrough(Infinity);
    this.endBatch();
  }
  endBatch() {
    const batch = this.batch;
    if (!batch || batch.rows === 0) return;
    this.queue.push(this.finishBatch(batch));
    this.batch = void 0;
  }
};

// shared/data/csv-reader.ts
var MAX_INITIAL_ROWS = 1 << 22;
async function scanCsvFile(path, options) {
  const file = await openTextDataFile(path, options.onBytes);
  try {
    const reader = new CsvReader(path, options, file.size);
    const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
    const start = options.start;
    if (start) {
      if (file.gzip) throw new Error(`${path} is gzip-compressed and can only be read from its start`);
      await readBlocks(file.source, reader.headerReader(), maxRecordBytes);
      reader.skipTo(start.line);
      await readBlocks(file.source, reader, maxRecordBytes, start.offset);
    } else {
      await readBlocks(file.source, reader, maxRecordBytes);
    }
    return reader.result();
  } finally {
    await file.close();
  }
}
var CsvReader = class extends TextReader {
  constructor(source, options, fileSize) {
    super(source, options);
    this.options = options;
    this.fileSize = fileSize;
    this.scanner = new CsvRecordScanner(delimiterByte(options.delimiter, source));
  }
  options;
  fileSize;
  scanner;
  header;
  columnIndexes = [];
  /** with a feature matrix: the file's columns that go to it, and where they go */
  matrixIndexes = [];
  matrix;
  /** per kept column, its texts so far (for the whole read: categories repeat across batches) */
  interners = [];
  mixedColumns = /* @__PURE__ */ new Set();
  batchCapacity = 1024;
  sized = false;
  /** reading the header only (of a reader that starts further on) */
  headerOnly = false;
  consume(buf, offset, eof) {
    let pos = 0;
    if (offset === 0) {
      if (buf.length < 3 && !eof) return 0;
      pos = bomLength(buf);
    }
    if (!this.sized) {
      this.batchCapacity = this.estimateRows(buf);
      this.sized = true;
    }
    if (!this.headerOnly) this.utf8.check(buf, offset, pos, this.line, eof);
    const scanner = this.scanner;
    while (pos < buf.length) {
      const next = scanner.scan(buf, pos, eof);
      if (next < 0) break;
      const line = this.line;
      this.line += scanner.innerNewlines + 1;
      pos = next;
      if (this.utf8.hasPending) this.utf8.reportThrough(this.line - 1);
      if (scanner.unterminatedQuote) this.issues.report("unterminated-quote", line, `the quoted cell opened on line ${line} of ${this.source} is never closed`);
      if (scanner.isBlankRecord()) continue;
      if (!this.header) {
        this.readHeader(buf, line);
        if (this.headerOnly) return STOP;
      } else {
        this.addRow(buf, line);
        if (this.reachedMaxRows()) return STOP;
      }
    }
    if (eof) this.endOfFile();
    return pos;
  }
  /** this reader, set to read the header and stop */
  headerReader() {
    this.headerOnly = true;
    return this;
  }
  /** after the header: goes on at the record that starts on `line` */
  skipTo(line) {
    if (!this.header) throw emptyFileError(this.source);
    this.headerOnly = false;
    this.line = line;
  }
  result() {
    if (!this.header) throw emptyFileError(this.source);
    if (this.rowCount === 0 && this.maxRows > 0 && !this.options.start) throw noRowsError(this.source, "a header line");
    return { header: this.header, rowCount: this.rowCount, mixedColumns: this.mixedColumns };
  }
  readHeader(buf, line) {
    const { starts, ends, flags, cellCount } = this.scanner;
    const names = [];
    for (let k = 0; k < cellCount; k++) names.push(decodeCell(buf, starts[k], ends[k], flags[k]));
    checkHeader(names, this.options.delimiter, this.source, line);
    this.header = names;
    this.columnIndexes = selectColumns(names, this.options.columns, this.source);
    const request = this.options.featureMatrix;
    if (request) {
      const read = this.columnIndexes;
      const { kept, matrix } = splitMatrixColumns(read.map((k) => names[k]), request);
      if (matrix.length > 0) {
        this.columnIndexes = kept.map((i) => read[i]);
        this.matrixIndexes = matrix.map((i) => read[i]);
        this.matrix = new FeatureMatrixBuilder(matrix.map((i) => names[read[i]]), request.type, this.batchCapacity);
      }
    }
    this.interners = this.columnIndexes.map(() => new TextInterner());
  }
  addRow(buf, line) {
    const scanner = this.scanner;
    const cellCount = scanner.cellCount;
    const width = this.header.length;
    if (cellCount !== width) {
      this.issues.report(cellCount < width ? "short-row" : "long-row", line, `line ${line} of ${this.source} has ${cellCount} cells but the header has ${width} columns`);
    }
    const batch = this.batch ??= new BatchBuilder(this.source, "csv", this.columnIndexes.map((k) => this.header[k]), this.options.textColumns, true, this.batchCapacity, this.queue.spare);
    const numbers = scanner.numbers;
    const builders = batch.builders;
    const indexes = this.columnIndexes;
    if (cellCount >= width) {
      for (let c = 0; c < indexes.length; c++) {
        const builder = builders[c];
        const value = numbers[indexes[c]];
        if (value === value && builder.tryAddNumber(value)) continue;
        this.addCell(buf, builder, c, indexes[c], cellCount);
      }
    } else {
      for (let c = 0; c < indexes.length; c++) {
        const k = indexes[c];
        if (k < cellCount && numbers[k] === numbers[k] && builders[c].tryAddNumber(numbers[k])) continue;
        this.addCell(buf, builders[c], c, k, cellCount);
      }
    }
    if (this.matrix) this.addMatrixCells(buf, this.matrix, cellCount);
    batch.endRow(line);
    this.rowCount++;
    if (batch.rows >= this.options.batchRows) this.endBatch();
  }
  /** the row's features, each in its place in the matrix row: what a numeric column would hold */
  addMatrixCells(buf, matrix, cellCount) {
    const row = this.batch.rows;
    matrix.reserve(row);
    const data = matrix.data;
    const numbers = this.scanner.numbers;
    const indexes = this.matrixIndexes;
    const offset = row * indexes.length;
    for (let j = 0; j < indexes.length; j++) {
      const k = indexes[j];
      const value = numbers[k];
      data[offset + j] = value === value && k < cellCount ? value : this.matrixCell(buf, matrix, j, k, cellCount, row);
    }
  }
  /** a feature cell the scanner did not settle: a number it left to parseDecimal, missing (NaN), or text (noted) */
  matrixCell(buf, matrix, j, k, cellCount, row) {
    const value = this.cellNumber(buf, k, cellCount);
    if (value !== void 0) return value;
    const { starts, ends, flags } = this.scanner;
    matrix.noteText(j, row, decodeCell(buf, starts[k], ends[k], flags[k]));
    return NaN;
  }
  addCell(buf, builder, c, k, cellCount) {
    const value = this.cellNumber(buf, k, cellCount);
    if (value === void 0 || builder.isText && value === value) this.addTextCell(buf, builder, c, k, value !== void 0);
    else if (value === value) builder.addNumber(value);
    else builder.addMissing();
  }
  /**
   * A cell as a numeric column holds it: its number, NaN when it is missing or blank, undefined
   * when it is text. The one rule for what a cell is, for the columns and the feature matrix alike.
   */
  cellNumber(buf, k, cellCount) {
    if (k >= cellCount) return NaN;
    const { starts, ends, flags, numbers } = this.scanner;
    const start = starts[k];
    const end = ends[k];
    if (start === end) return NaN;
    const scanned = numbers[k];
    if (scanned === scanned) return scanned;
    const value = flags[k] & (ESCAPED_QUOTES | AS_WRITTEN) ? NaN : parseDecimal(buf, start, end);
    return value === value || isBlank(buf, start, end) ? value : void 0;
  }
  /** a text cell (or a number in a column that is text already), coded where its column's texts repeat */
  addTextCell(buf, builder, c, k, readsAsNumber) {
    const { starts, ends, flags } = this.scanner;
    const start = starts[k];
    const end = ends[k];
    const interner = this.interners[c];
    const code = interner.code(buf, start, end, flags[k]);
    if (code >= 0) builder.addCoded(code, interner.dictionary, readsAsNumber);
    else builder.addText(decodeCell(buf, start, end, flags[k]), readsAsNumber);
  }
  finishBatch(batch) {
    for (const name of batch.mixedColumns()) this.mixedColumns.add(name);
    const table = batch.finish();
    if (this.matrix) {
      table.featureMatrix = this.matrix.finish(table.rowCount);
      this.matrix = this.matrix.fresh(Math.min(this.batchCapacity, this.options.batchRows));
    }
    return table;
  }
  /** Rows in a batch, judged from the line lengths at the start of the file: sizes the columns once. */
  estimateRows(buf) {
    const sample = Math.min(buf.length, 1 << 20);
    const lines = countNewlines(buf, 0, sample);
    const rows = lines > 1 ? Math.ceil(this.fileSize / (sample / lines) * 1.02) + 16 : 1024;
    return Math.max(16, Math.min(rows, this.options.batchRows, this.maxRows, MAX_INITIAL_ROWS));
  }
};

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
    await readBlocks(file.source, reader, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES, range?.start.offset ?? 0);
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
    await readBlocks(file.source, reader, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES);
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
import { extname } from "node:path";
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
  if (format === "csv") return streamCsv(path, { ...options, delimiter: csvDelimiter(path, options.delimiter) });
  if (options.start) throw new Error("start is for CSV files only");
  if (format === "jsonl") return streamJsonl(path, options);
  return (await parquetReader()).streamParquet(path, options);
}
function parquetReader() {
  return import("./parquet-4F5NNULH.mjs");
}
function csvDelimiter(path, delimiter) {
  return delimiter ?? (extname(withoutCompressionSuffix(path)).toLowerCase() === ".tsv" ? "	" : ",");
}

export {
  STOP,
  readBlocks,
  LF,
  CR,
  QUOTE,
  bomLength,
  parseDecimalText,
  CsvRecordScanner,
  countNewlines,
  issueError,
  streamCsv,
  readCsv,
  streamJsonObjects,
  streamJsonl,
  readJsonl,
  detectFormat,
  loadTable,
  streamTable,
  csvDelimiter
};
