/**
 * gzip-compressed text data (data.csv.gz, events.jsonl.gz), as pandas, DuckDB and DVC-tracked
 * datasets keep it. The file is inflated as it is read, through the same block reader as a plain
 * file, so memory stays bounded and lines in messages are lines of the uncompressed text. A file
 * is gzip when its bytes say so (the magic number), whatever its name; the name only has to show
 * the format underneath (`.csv.gz`).
 */
import type { FileHandle } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { UserError, describeError } from '../errors.js';

/** What the block reader reads from: a file handle, or an inflating stream over one. */
export interface ByteSource {
  /** reads up to `length` bytes into `buffer` at `offset`; `position` is the file offset (plain files only) */
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** the name without a trailing .gz, so that its extension names the format underneath */
export function withoutCompressionSuffix(path: string): string {
  return path.toLowerCase().endsWith('.gz') ? path.slice(0, -3) : path;
}

/** whether `bytes`, read from a file's start, begin as gzip does */
export function startsLikeGzip(bytes: Uint8Array): boolean {
  return bytes.length >= GZIP_MAGIC.length && GZIP_MAGIC.every((byte, i) => bytes[i] === byte);
}

export async function isGzip(handle: FileHandle, size: number): Promise<boolean> {
  if (size < GZIP_MAGIC.length) return false;
  const head = Buffer.alloc(GZIP_MAGIC.length);
  await handle.read(head, 0, head.length, 0);
  return startsLikeGzip(head);
}

/** text rarely shrinks more than this; a larger recorded size is a truncated file's stray bytes */
const MAX_RATIO = 20;

/**
 * The uncompressed size a gzip file records in its last four bytes (modulo 4 GiB): a guess of the
 * text's size for sizing columns, never trusted for anything else.
 */
export async function gzipSizeHint(handle: FileHandle, size: number): Promise<number> {
  return Math.min(Math.max(await gzipTrailerSize(handle, size), size), size * MAX_RATIO);
}

/** the inflated size a gzip file records in its last four bytes: exact modulo 4 GiB for one member, the last member's for several */
export async function gzipTrailerSize(handle: FileHandle, size: number): Promise<number> {
  const tail = Buffer.alloc(4);
  await handle.read(tail, 0, 4, size - 4);
  return tail.readUInt32LE(0);
}

/**
 * Text compresses a few times, rarely a hundred; a file that inflates past this ratio (once past
 * MIN_INFLATED_CHECK bytes) is a bomb or no text, and would fill memory before saying so.
 */
export const MAX_INFLATION_RATIO = 200;
const MIN_INFLATED_CHECK = 32 * 1024 * 1024;

/**
 * A ByteSource that inflates the gzip file behind `handle` (of `compressedSize` bytes) from its
 * start; `close` stops it, and any read after that ends quietly rather than rejecting unseen.
 */
export function gunzipSource(handle: FileHandle, path: string, compressedSize = Infinity): ByteSource & { close(): void; compressedBytesRead(): number } {
  // large chunks: the default 16 KiB makes the reader wake for every few hundred rows
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  const raw = handle.createReadStream({ start: 0, autoClose: false, highWaterMark: 1 << 20 });
  raw.on('error', (err) => gunzip.destroy(err));
  raw.pipe(gunzip);
  const chunks = gunzip[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let pending: Buffer | undefined;
  let used = 0;
  let ended = false;
  let closed = false;
  let inflated = 0;
  return {
    async read(buffer, offset, length) {
      let written = 0;
      while (written < length && !ended && !closed) {
        if (!pending || used === pending.length) {
          const next = await chunks.next().catch((err: unknown) => {
            if (closed) return { done: true as const, value: undefined };
            // zlib's message alone ("unexpected end of file"), from whichever realm the error came
            const why = typeof (err as { message?: unknown })?.message === 'string' ? (err as Error).message : describeError(err);
            throw new UserError(`${path} is not a complete gzip file: ${why}`, path, 'compress it again (gzip data.csv), or point at the uncompressed file', { file: path });
          });
          if (next.done) {
            ended = true;
            break;
          }
          pending = next.value;
          used = 0;
          inflated += pending.length;
          if (inflated > MIN_INFLATED_CHECK && inflated > compressedSize * MAX_INFLATION_RATIO) {
            throw new UserError(
              `${path} expands to more than ${MAX_INFLATION_RATIO} times its size (${compressedSize} bytes compressed, over ${inflated} inflated so far): a gzip bomb, or data too repetitive to be worth reading this way.`,
              path,
              'If the data really is this repetitive, decompress it yourself (gunzip) and point at the plain file; otherwise do not use it.',
              { file: path },
            );
          }
        }
        const n = Math.min(length - written, pending.length - used);
        pending.copy(buffer, offset + written, used, used + n);
        used += n;
        written += n;
      }
      return { bytesRead: written };
    },
    compressedBytesRead: () => raw.bytesRead,
    close() {
      closed = true;
      raw.unpipe(gunzip);
      raw.destroy();
      gunzip.destroy();
    },
  };
}
