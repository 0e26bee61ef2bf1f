import { isUtf8 } from 'node:buffer';
import { LF } from './bytes.js';

/**
 * The offset of the first byte in buf[start, end) that is not valid UTF-8, or -1. Node's native
 * check answers the common case (all valid) at memory speed; the byte walk runs only to find where.
 */
export function findInvalidUtf8(buf: Buffer, start: number, end: number): number {
  if (isUtf8(buf.subarray(start, end))) return -1;
  let i = start;
  while (i < end) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= end) return i; // cut short
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const next = buf[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Checks a text file's bytes as they stream past, once each, and notes every line that holds
 * bytes that are not UTF-8. Only complete lines are checked, so that a character split by a chunk
 * boundary is not mistaken for a broken one. The reader reports the noted lines as its rows reach
 * them (`reportThrough`), so that problems come out in file order.
 */
export class Utf8LineCheck {
  private checkedTo = 0;
  private readonly pending: { line: number; fileByte: number }[] = [];

  constructor(private readonly report: (line: number, fileByte: number) => void) {}

  /** `buf` starts at file offset `offset`; `lineAtPos` is the line at buf[pos]. */
  check(buf: Buffer, offset: number, pos: number, lineAtPos: number, eof: boolean): void {
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
  reportThrough(line: number): void {
    while (this.pending.length > 0 && this.pending[0]!.line <= line) {
      const { line: bad, fileByte } = this.pending.shift()!;
      this.report(bad, fileByte);
    }
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }
}
