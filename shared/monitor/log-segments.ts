import { open } from 'node:fs/promises';
import { startsLikeGzip } from '../data/compression.js';
import { countNewlines } from '../data/csv-scanner.js';

/**
 * Bytes per segment of an uncompressed log file. Fixed, not derived from the number of workers,
 * so that the segments (and the rows each numbers for sampling) are the same whoever reads them:
 * the figures do not depend on how many processes read the logs.
 */
export const SEGMENT_BYTES = 64 * 1024 * 1024;

/**
 * Rows numbered per segment for the row sample: segment k's rows are numbered from k·2^26. A row
 * of a JSON record takes at least two bytes of its input arrays, so a 64 MiB segment holds fewer.
 */
export const SEGMENT_ROW_STRIDE = 2 ** 26;

export interface LogSegment {
  index: number;
  /** the first line's byte offset and line number */
  start: { offset: number; line: number };
  /** lines starting here or later belong to the next segment */
  end: number;
}

const BLOCK = 4 * 1024 * 1024;

/**
 * Cuts an uncompressed JSON Lines file into segments of about SEGMENT_BYTES at line starts
 * (JSON escapes line breaks inside strings, so every LF ends a record), with each segment's first
 * line number: one cheap pass that counts line breaks without parsing, handing on each segment as
 * soon as its end is found (its reading can start while the pass goes on). A gzip file, or one no
 * larger than a segment, gives none: it is read whole.
 */
export async function* segmentLogFile(file: string, segmentBytes = SEGMENT_BYTES): AsyncGenerator<LogSegment> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size <= segmentBytes) return;
    const buf = Buffer.allocUnsafe(BLOCK);
    const head = await handle.read(buf, 0, 2, 0);
    if (startsLikeGzip(buf.subarray(0, head.bytesRead))) return;
    let start = { offset: 0, line: 1 };
    let index = 0;
    let lines = 1;
    let position = 0;
    // the next segment starts at the first line start at or after `target`
    let target = segmentBytes;
    while (position < size && target < size) {
      const { bytesRead } = await handle.read(buf, 0, BLOCK, position);
      if (bytesRead === 0) break;
      let from = 0;
      for (;;) {
        const cut = target - 1 - position; // a line break at cut or later starts a line at or after target
        const lf = cut < bytesRead ? buf.indexOf(0x0a, Math.max(cut, from)) : -1;
        if (lf < 0 || lf >= bytesRead) {
          lines += countNewlines(buf, from, bytesRead);
          // a line longer than the rest of this block: the cut moves on with it
          if (cut < bytesRead) target = position + bytesRead + 1;
          break;
        }
        lines += countNewlines(buf, from, lf + 1);
        from = lf + 1;
        const offset = position + from;
        if (offset >= size) break;
        yield { index, start, end: offset };
        index++;
        start = { offset, line: lines };
        target = offset + segmentBytes;
      }
      position += bytesRead;
    }
    yield { index, start, end: Infinity };
  } finally {
    await handle.close();
  }
}
