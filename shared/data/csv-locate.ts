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
  const found: (CsvStart | undefined)[] = rows.map(() => undefined);
  if (rows.length === 0) return [];
  await locate(path, (k) => rows[k], (k, start) => void (found[k] = start), options);
  return found;
}

/**
 * Where rows `every`, 2 × `every`, 3 × `every`, … start, to the end of the file, each passed to
 * `onFound` as soon as the pass reaches it (a reader of the first rows need not wait for the
 * whole file to be gone through); `onFound` returning false ends the pass there. Resolves when the
 * pass ends; rows it could not get to (see locateCsvRows) are not passed.
 */
export async function locateCsvRowsEvery(path: string, every: number, onFound: (start: CsvStart) => boolean | void, options: LocateOptions = {}): Promise<void> {
  if (!(every >= 1)) throw new Error(`every must be a positive number of rows, got ${every}`);
  await locate(path, (k) => (k + 1) * every, (_, start) => onFound(start), options);
}

/** one pass to the rows `target(0)`, `target(1)`, … (ascending; undefined: no more wanted) */
async function locate(path: string, target: (k: number) => number | undefined, onFound: (k: number, start: CsvStart) => boolean | void, options: LocateOptions): Promise<void> {
  const locator = new RowLocator(delimiterByte(options.delimiter ?? ',', path), target, onFound);
  const { handle } = await openDataFile(path);
  try {
    await readBlocks(handle, locator, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES, { path });
  } catch (err) {
    if (err !== GIVE_UP) throw err;
  } finally {
    await handle.close();
  }
}

const GIVE_UP = new Error('a record too long to locate rows past');

class RowLocator implements BlockConsumer {
  private readonly scanner: CsvRecordScanner;
  private line = 1;
  /** data rows before the next record; -1 until the header is read */
  private rows = -1;
  private wanted = 0;
  /** the row wanted next (undefined: none) */
  private next: number | undefined;

  constructor(
    delimiter: number,
    private readonly target: (k: number) => number | undefined,
    private readonly onFound: (k: number, start: CsvStart) => boolean | void,
  ) {
    this.scanner = new CsvRecordScanner(delimiter);
    this.next = target(0);
  }

  consume(buf: Buffer, offset: number, eof: boolean): number {
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
      while (this.rows === this.next) {
        const goOn = this.onFound(this.wanted, { offset: offset + start, line });
        this.next = goOn === false ? undefined : this.target(++this.wanted);
      }
      if (this.next === undefined) return STOP;
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
