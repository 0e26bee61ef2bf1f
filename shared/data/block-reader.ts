import type { FileHandle } from 'node:fs/promises';

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
 * (a record boundary, for a reader of part of the file).
 */
export async function readBlocks(handle: FileHandle, consumer: BlockConsumer, maxRecordBytes: number, from = 0): Promise<void> {
  let buf = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxRecordBytes));
  let filled = 0;
  let offset = from;
  for (;;) {
    const { bytesRead } = await handle.read(buf, filled, buf.length - filled, offset + filled);
    filled += bytesRead;
    const eof = bytesRead === 0;
    const used = consumer.consume(buf.subarray(0, filled), offset, eof);
    await consumer.afterBlock();
    if (used === STOP || eof) return;
    if (used === 0 && filled === buf.length) {
      if (buf.length >= maxRecordBytes) consumer.recordTooLong(maxRecordBytes);
      const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, maxRecordBytes));
      buf.copy(bigger, 0, 0, filled);
      buf = bigger;
    } else if (used > 0) {
      buf.copyWithin(0, used, filled);
      filled -= used;
      offset += used;
    }
  }
}
