import { STOP, readBlocks, type BlockConsumer } from './block-reader.js';
import { CR, LF, QUOTE, bomLength } from './bytes.js';
import { delimiterByte } from './csv-header.js';
import type { CsvStart } from './csv-reader.js';
import { CsvRecordScanner } from './csv-scanner.js';
import { openDataFile } from './data-file.js';
import { DEFAULT_MAX_RECORD_BYTES } from './read-options.js';

export interface LocateOptions {
  /** one ASCII character; default ',' */
  delimiter?: string;
  maxRecordBytes?: number;
}

/**
 * Where data rows start (0-based, header excluded) in a CSV file, so that several readers can each
 * read a share of the rows (`start` of streamCsv): for each row of `rows` (ascending), the byte
 * offset and the line of its record, or undefined when the file has no such row (or a record this
 * cheap pass cannot get past, which the readers will report themselves).
 *
 * One pass over the bytes before the last row asked for, without parsing cells: records without a
 * quote character are found with a byte search for their line break; only records holding a quote
 * go through the record scanner, so quoted line breaks are never taken for record ends.
 */
export async function locateCsvRows(path: string, rows: number[], options: LocateOptions = {}): Promise<(CsvStart | undefined)[]> {
  const locator = new RowLocator(delimiterByte(options.delimiter ?? ',', path), rows);
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

const GIVE_UP = new Error('a record too long to locate rows past');

class RowLocator implements BlockConsumer {
  readonly found: (CsvStart | undefined)[];
  private readonly scanner: CsvRecordScanner;
  private line = 1;
  /** data rows before the next record; -1 until the header is read */
  private rows = -1;
  private wanted = 0;

  constructor(
    delimiter: number,
    private readonly targets: number[],
  ) {
    this.scanner = new CsvRecordScanner(delimiter);
    this.found = targets.map(() => undefined);
  }

  consume(buf: Buffer, offset: number, eof: boolean): number {
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
      let blank: boolean;
      if (lf >= 0 && lf < quote) {
        // no quote before the line break: the record ends there, as the scanner would find
        blank = lf === pos || (lf === pos + 1 && buf[pos] === CR);
        this.line++;
        pos = lf + 1;
      } else {
        const next = scanner.scan(buf, pos, eof);
        if (next < 0) return pos;
        if (scanner.unterminatedQuote) return STOP; // the rest of the file is one cell
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

  afterBlock(): Promise<void> {
    return Promise.resolve();
  }

  recordTooLong(): never {
    throw GIVE_UP;
  }
}
