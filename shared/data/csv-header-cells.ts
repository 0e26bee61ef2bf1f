import { closeSync, openSync, readSync } from 'node:fs';

/**
 * A CSV file's first line's cells counted by its delimiters (more than the header's when a quoted
 * name holds one: memory sized by it is a little larger), to size a feature matrix's memory before
 * the header is parsed; undefined when no line ends in its first 64 KiB or the file cannot be read
 * (the read says what is wrong). Synchronous (a 64 KiB read): CsvReadThreads reads it once as it
 * starts its threads, for their slots and its own first matrix, while the thread pool may be busy
 * with other reads.
 */
export function headerCells(file: string, delimiter: string): number | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const start = Buffer.alloc(65536);
    const bytesRead = readSync(fd, start, 0, start.length, 0);
    const end = start.subarray(0, bytesRead).indexOf(0x0a);
    if (end < 0) return undefined;
    const byte = delimiter.charCodeAt(0);
    let cells = 1;
    for (let i = 0; i < end; i++) if (start[i] === byte) cells++;
    return cells;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
