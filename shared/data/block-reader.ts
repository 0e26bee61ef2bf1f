import { open, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
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

/** which file a read is of (the warm-up of that file is waited for), and which bytes of it */
export interface BlockRange {
  path: string;
  /** the first byte read (a record boundary); 0 when absent */
  from?: number;
  /** the byte before which reading stops (another record boundary), taken for the end of the file */
  to?: number;
}

const CHUNK_BYTES = 4 * 1024 * 1024;
/** room before each chunk for the unfinished record carried over from the one before */
const CARRY_ROOM = 64 * 1024;

/**
 * Reads a file (`range.path`, through `handle`) in chunks and feeds them to a record consumer with
 * bounded memory. Reading starts at byte `from` (a record boundary, for a reader of part of the
 * file), and stops before byte `to` (another record boundary), which it takes for the end of the
 * file. The next chunk is read while the consumer works on this one, so that parsing does not wait
 * for the disk (or for a busy thread pool).
 *
 * Two buffers take turns: each chunk is read into one of them after some room, where the
 * unfinished record at the end of the chunk before is copied, so that the consumer sees whole
 * records and the file's bytes are copied once, by the read, not twice (copying every chunk again
 * cost as much as a tenth of parsing a plain CSV). A record longer than that room goes to a third
 * buffer, which grows (doubling, so rescans stay linear) while the record does not fit, up to
 * `maxRecordBytes`.
 */
export async function readBlocks(handle: ByteSource, consumer: BlockConsumer, maxRecordBytes: number, range: BlockRange): Promise<void> {
  const { from = 0, to = Infinity } = range;
  const chunk = Math.min(CHUNK_BYTES, maxRecordBytes);
  const room = Math.min(CARRY_ROOM, chunk);
  // the buffer a warm-up of this file is filling is this read's best first one: its memory is
  // already the process's. Another file's warm-up is not waited for (its buffer is for its own read).
  const warm = warming.get(resolve(range.path));
  if (warm) await warm;
  const buffers = [takeChunk(room + chunk), takeChunk(room + chunk)];
  let long: Buffer | undefined;
  /** the buffer the read in flight fills */
  let turn = 0;
  /** the unfinished record of the last chunk */
  let carry = buffers[1]!.subarray(0, 0);
  let offset = from;
  let position = from;
  // with `to` (a reader of one range of a file): no read past it, and its end is the end of the input
  const readInto = (buffer: Buffer, at: number) => readChunk(handle, buffer, room, at, Math.min(chunk, to - at));
  let reading = readInto(buffers[turn]!, position);
  for (;;) {
    const { bytesRead } = await reading;
    const eof = bytesRead === 0;
    position += bytesRead;
    const filledBuffer = buffers[turn]!;
    let block: Buffer;
    if (carry.length <= room) {
      carry.copy(filledBuffer, room - carry.length);
      block = filledBuffer.subarray(room - carry.length, room + bytesRead);
    } else {
      // a record longer than the room: it and the new bytes in the long buffer (copy is a memmove, the record may be in it already)
      const size = carry.length + bytesRead;
      if (!long || long.length < size) {
        const bigger = Buffer.allocUnsafe(Math.min(Math.max((long?.length ?? 0) * 2, size), maxRecordBytes + chunk));
        carry.copy(bigger, 0);
        long = bigger;
      } else carry.copy(long, 0);
      filledBuffer.copy(long, carry.length, room, room + bytesRead);
      block = long.subarray(0, size);
    }
    // the other buffer's record has been copied out: the next chunk goes there
    turn ^= 1;
    if (!eof) reading = readInto(buffers[turn]!, position);
    let used: number;
    try {
      used = consumer.consume(block, offset, eof);
      await consumer.afterBlock();
    } catch (err) {
      // the read in flight must settle before the caller closes the file: an inflating source
      // would otherwise reject it later, with nobody left to hear
      if (!eof) await reading.catch(() => undefined);
      throw err;
    }
    if (used === STOP || eof) {
      if (!eof) await reading.catch(() => undefined); // let the read in flight finish before the caller closes the file
      for (const buffer of buffers) giveBack(buffer);
      return;
    }
    carry = block.subarray(used);
    offset += used;
    if (carry.length >= maxRecordBytes) {
      await reading.catch(() => undefined);
      consumer.recordTooLong(maxRecordBytes);
    }
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
  if (buffer.length === CARRY_ROOM + CHUNK_BYTES && spare.length < 2) spare.push(buffer);
}

/** the warm-ups in flight (warmUpBlocks) by resolved path: a readBlocks of that file waits for its own rather than take a fresh buffer */
const warming = new Map<string, Promise<void>>();

/**
 * Reads the first chunk of `path` into the buffer the next readBlocks of `path` reads its first
 * chunk into, and gives it back (to `spare`) before that read starts; a file that cannot be read is
 * left to that read to report. For a caller with other work first (validate-data reads its schema
 * meanwhile).
 *
 * Why: a fresh buffer's pages are the kernel's to find and zero on first touch, which on the VMs
 * we measured costs about 3 ms a MiB: a read's first chunk waited 13 ms (quiet) to 40 ms (loaded)
 * for the 4 MiB it was read into, its second chunk 0.5 ms. Here that happens on a thread-pool
 * thread while the main thread does its other work. Only the first: the second chunk's read already
 * runs while the first is parsed. (Warming both made the reader wait for both on a busy machine.)
 */
export function warmUpBlocks(path: string): Promise<void> {
  const key = resolve(path);
  let handle: FileHandle | undefined;
  const filled = (async () => {
    const buffer = takeChunk(CARRY_ROOM + CHUNK_BYTES);
    try {
      handle = await open(path, 'r');
      await handle.read(buffer, CARRY_ROOM, CHUNK_BYTES, 0);
    } catch {
      // the read that follows reports what is wrong with the file
    } finally {
      giveBack(buffer);
    }
  })();
  // the reader waits until the buffer is back, not for the file to close
  const ready: Promise<void> = filled.finally(() => {
    if (warming.get(key) === ready) warming.delete(key);
  });
  warming.set(key, ready);
  return ready.then(() => handle?.close().catch(() => undefined));
}

/**
 * The next chunk's read, started before the consumer works on this one. When the consumer throws
 * (a bad row, an evaluation over its memory budget), nobody awaits it: it is marked handled so
 * that its failure (the file closed under it) is not an unhandled rejection that kills the process.
 */
function readChunk(handle: ByteSource, buffer: Buffer, at: number, position: number, length: number): Promise<{ bytesRead: number }> {
  if (length <= 0) return Promise.resolve({ bytesRead: 0 });
  const read = handle.read(buffer, at, length, position);
  read.catch(() => undefined);
  return read;
}
