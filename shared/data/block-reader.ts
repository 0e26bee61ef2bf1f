import type { ByteSource } from './compression.js';

/** What `consume` returns to end the read early (for example when maxRows is reached). */
export const STOP = -1;

export interface BlockConsumer {
  /**
   * Takes the complete records at the front of `buf` (which starts at file offset `offset`) and
   * returns how many bytes it used; the rest is handed back, with more bytes after it, next time.
   * With `eof` the buffer holds the end of the file and everything must be used.
   */
  consume(buf: Buffer, offset: number, eof: boolean): number;
  /** Called after each block, outside the hot loop: where batches go to an async consumer. */
  afterBlock(): Promise<void>;
  /** Called when one record does not fit in `limit` bytes; must throw. */
  recordTooLong(limit: number): never;
}

const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Reads a file in chunks and feeds them to a record consumer with bounded memory: the buffer holds
 * one chunk plus the unfinished record carried over, and grows (doubling, so rescans stay linear)
 * only while a single record does not fit, up to `maxRecordBytes`. Reading starts at byte `from`
 * (a record boundary, for a reader of part of the file). The next chunk is read while the consumer
 * works on this one, so that parsing does not wait for the disk (or for a busy thread pool).
 */
export async function readBlocks(handle: ByteSource, consumer: BlockConsumer, maxRecordBytes: number, from = 0): Promise<void> {
  const chunk = Math.min(CHUNK_BYTES, maxRecordBytes);
  let buf = takeChunk(chunk);
  const ahead = takeChunk(chunk);
  let filled = 0;
  let offset = from;
  let position = from;
  let reading = readAhead(handle, ahead, position);
  for (;;) {
    const { bytesRead } = await reading;
    const eof = bytesRead === 0;
    position += bytesRead;
    if (filled + bytesRead > buf.length) {
      // the carried-over record and the new chunk do not fit: a record longer than a chunk
      if (filled >= maxRecordBytes) consumer.recordTooLong(maxRecordBytes);
      const bigger = Buffer.allocUnsafe(Math.min(Math.max(buf.length * 2, filled + bytesRead), maxRecordBytes + chunk));
      buf.copy(bigger, 0, 0, filled);
      buf = bigger;
    }
    ahead.copy(buf, filled, 0, bytesRead);
    filled += bytesRead;
    if (!eof) reading = readAhead(handle, ahead, position);
    let used: number;
    try {
      used = consumer.consume(buf.subarray(0, filled), offset, eof);
      await consumer.afterBlock();
    } catch (err) {
      // the read in flight must settle before the caller closes the file: an inflating source
      // would otherwise reject it later, with nobody left to hear
      if (!eof) await reading.catch(() => undefined);
      throw err;
    }
    if (used === STOP || eof) {
      if (!eof) await reading.catch(() => undefined); // let the read in flight finish before the caller closes the file
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

/**
 * Chunks of finished reads, handed to the next: a process reading file after file (a monitor
 * worker, a scan of many files) otherwise leaves two 4 MiB buffers of garbage per file, which
 * outlive many young collections while the file is read and so wait for a full one, piling up
 * outside the heap meanwhile. A consumer keeps nothing of a block past its `consume` (the next
 * block overwrites it), so a finished read's buffers are free. At most two are kept.
 */
const spare: Buffer[] = [];

function takeChunk(bytes: number): Buffer {
  const k = spare.findIndex((b) => b.length === bytes);
  return k >= 0 ? spare.splice(k, 1)[0]! : Buffer.allocUnsafe(bytes);
}

function giveBack(buffer: Buffer): void {
  if (buffer.length === CHUNK_BYTES && spare.length < 2) spare.push(buffer);
}

/**
 * The next chunk's read, started before the consumer works on this one. When the consumer throws
 * (a bad row, an evaluation over its memory budget), nobody awaits it: it is marked handled so
 * that its failure (the file closed under it) is not an unhandled rejection that kills the process.
 */
function readAhead(handle: ByteSource, buffer: Buffer, position: number): Promise<{ bytesRead: number }> {
  const read = handle.read(buffer, 0, buffer.length, position);
  read.catch(() => undefined);
  return read;
}
