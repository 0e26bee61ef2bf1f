import { CR, DOT, LF, MINUS, QUOTE, ZERO } from './bytes.js';
import { POW10 } from './decimal.js';

/**
 * Splits CSV records into cells by byte offsets (RFC 4180: quoted cells, doubled quotes, newlines
 * inside quotes, CRLF or LF). It makes no strings and no objects: a record's cells are typed
 * arrays of offsets, flags and plain-decimal values, which the reader turns into numbers or text
 * only for the columns it keeps.
 */
export const QUOTED = 1;
/** the quoted cell holds doubled quotes ("") that decode to one */
export const ESCAPED_QUOTES = 2;
/** text after a closing quote: the cell is kept exactly as written */
export const AS_WRITTEN = 4;

export class CsvRecordScanner {
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

  constructor(private readonly delimiter: number) {}

  /**
   * Scans the record starting at `pos`. Returns the offset just after its line break, or -1 when the
   * record is not complete within `buf` and more of the file follows.
   */
  scan(buf: Buffer, pos: number, eof: boolean): number {
    const end = buf.length;
    const delimiter = this.delimiter;
    // Locals, not fields, in the hot loop; refreshed when the arrays grow.
    let { starts, ends, flags, numbers } = this;
    let n = 0;
    let i = pos;
    this.innerNewlines = 0;
    this.unterminatedQuote = false;
    for (;;) {
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
        // Read a plain decimal on the way; any other cell falls out of these loops at once.
        let value = NaN;
        let negative = false;
        if (i < end && buf[i] === MINUS) {
          negative = true;
          i++;
        }
        // At most 9 digits, so the mantissa stays a 32-bit integer (an integer multiply-add per
        // digit, not a floating-point one); longer numbers are left to parseDecimal.
        const digitsStart = i;
        let mantissa = 0;
        let d = 0;
        while (i < end && (d = buf[i]! - ZERO) >>> 0 <= 9) {
          mantissa = (mantissa * 10 + d) | 0;
          i++;
        }
        const integerDigits = i - digitsStart;
        let decimals = 0;
        if (i < end && buf[i] === DOT) {
          i++;
          const fractionStart = i;
          while (i < end && (d = buf[i]! - ZERO) >>> 0 <= 9) {
            mantissa = (mantissa * 10 + d) | 0;
            i++;
          }
          decimals = i - fractionStart;
        }
        let c = i < end ? buf[i]! : LF;
        const digits = integerDigits + decimals;
        if (digits > 0 && digits <= 9 && (c === delimiter || c === LF || (c === CR && buf[i + 1] === LF))) {
          value = decimals === 0 ? mantissa : mantissa / POW10[decimals]!;
          if (negative) value = -value;
        }
        while (c !== delimiter && c !== LF) c = ++i < end ? buf[i]! : LF;
        if (i === end && !eof) return -1;
        numbers[n] = value;
        starts[n] = start;
        ends[n] = c === LF && i > start && buf[i - 1] === CR ? i - 1 : i;
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
        // only after a quoted cell: CRLF, or a lone CR taken as the line break
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
  private scanQuoted(buf: Buffer, open: number, n: number, eof: boolean): number {
    const end = buf.length;
    let cellFlags = QUOTED;
    let close = -1;
    let from = open + 1;
    for (;;) {
      const q = buf.indexOf(QUOTE, from);
      if (q < 0) break;
      if (q + 1 === end && !eof) return -1; // cannot tell yet whether this quote is doubled
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
  isBlankRecord(): boolean {
    return this.cellCount === 1 && this.flags[0] === 0 && this.starts[0] === this.ends[0];
  }

  private setCell(n: number, start: number, end: number, flags: number): void {
    this.numbers[n] = NaN;
    this.starts[n] = start;
    this.ends[n] = end;
    this.flags[n] = flags;
  }

  protected grow(): void {
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
}

export function countNewlines(buf: Buffer, start: number, end: number): number {
  let count = 0;
  for (let i = buf.indexOf(LF, start); i >= 0 && i < end; i = buf.indexOf(LF, i + 1)) count++;
  return count;
}

/** A cell's text: UTF-8 decoded (invalid bytes become U+FFFD), doubled quotes undone. */
export function decodeCell(buf: Buffer, start: number, end: number, flags: number): string {
  const text = buf.toString('utf8', start, end);
  return flags & ESCAPED_QUOTES ? text.replaceAll('""', '"') : text;
}
