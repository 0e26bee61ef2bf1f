import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  CR,
  CsvRecordScanner,
  LF,
  QUOTE,
  STOP,
  bomLength,
  readBlocks
} from "./chunk-VBEKBVIM.mjs";
import {
  DEFAULT_MAX_RECORD_BYTES,
  delimiterByte,
  openDataFile
} from "./chunk-B56GY6F4.mjs";

// shared/data/csv-locate.ts
async function locateCsvRows(path, rows, options = {}) {
  const locator = new RowLocator(delimiterByte(options.delimiter ?? ",", path), rows);
  if (rows.length === 0) return [];
  const { handle } = await openDataFile(path);
  try {
    await readBlocks(handle, locator, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES);
  } catch (err) {
    if (err !== GIVE_UP) throw err;
  } finally {
    await handle.close();
  }
  return locator.found;
}
var GIVE_UP = new Error("a record too long to locate rows past");
var RowLocator = class {
  constructor(delimiter, targets) {
    this.targets = targets;
    this.scanner = new CsvRecordScanner(delimiter);
    this.found = targets.map(() => void 0);
  }
  targets;
  found;
  scanner;
  line = 1;
  /** data rows before the next record; -1 until the header is read */
  rows = -1;
  wanted = 0;
  consume(buf, offset, eof) {
    let pos = 0;
    if (offset === 0) {
      if (buf.length < 3 && !eof) return 0;
      pos = bomLength(buf);
    }
    const wanted = this.targets;
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
      while (this.rows === wanted[this.wanted]) this.found[this.wanted++] = { offset: offset + start, line };
      if (this.wanted === wanted.length) return STOP;
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

export {
  locateCsvRows
};
