import { open, type FileHandle } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { gunzipSource, gzipSizeHint, isGzip, type ByteSource } from './compression.js';

/**
 * A text data file opened for reading: its bytes as they are, or inflated when it is gzip
 * (compression.ts). `size` is the text's size, or for gzip the size it records (a guess).
 */
export interface TextDataFile {
  source: ByteSource;
  size: number;
  gzip: boolean;
  close(): Promise<void>;
}

/** `source` with each read's progress in bytes of the file on disk (`onDisk`: the count so far) passed to `onBytes` */
function countingSource(source: ByteSource, onDisk: (bytesRead: number) => number, onBytes: (bytes: number) => void): ByteSource {
  let reported = 0;
  return {
    read: async (buffer, offset, length, position) => {
      const result = await source.read(buffer, offset, length, position);
      const done = onDisk(result.bytesRead);
      if (done > reported) onBytes(done - reported);
      reported = done;
      return result;
    },
  };
}

export async function openTextDataFile(path: string, onBytes?: (bytes: number) => void): Promise<TextDataFile> {
  const { handle, size } = await openDataFile(path);
  try {
    if (!(await isGzip(handle, size))) {
      let read = 0;
      const source = onBytes ? countingSource(handle, (n) => (read += n), onBytes) : handle;
      return { source, size, gzip: false, close: () => handle.close() };
    }
    const inflating = gunzipSource(handle, path, size);
    return {
      source: onBytes ? countingSource(inflating, () => inflating.compressedBytesRead(), onBytes) : inflating,
      size: await gzipSizeHint(handle, size),
      gzip: true,
      close: async () => {
        inflating.close();
        await handle.close();
      },
    };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/** Opens a data file for reading, turning the usual mistakes (wrong path, a directory) into UserErrors. */
export async function openDataFile(path: string): Promise<{ handle: FileHandle; size: number; mtimeMs: number }> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw openError(path, err);
  }
  const stats = await handle.stat();
  if (stats.isDirectory()) {
    await handle.close();
    throw new UserError(`${path} is a directory, not a data file`, path, 'name a .csv, .tsv, .jsonl or .parquet file', { file: path });
  }
  return { handle, size: stats.size, mtimeMs: stats.mtimeMs };
}

export function openError(path: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new UserError(`data file ${path} does not exist`, path, 'check the path (it is relative to the working directory) and that the file is committed or produced by an earlier step', { file: path });
  if (code === 'EISDIR') return new UserError(`${path} is a directory, not a data file`, path, 'name a .csv, .tsv, .jsonl or .parquet file', { file: path });
  if (code === 'EACCES' || code === 'EPERM') return new UserError(`data file ${path} cannot be read (permission denied)`, path, 'make the file readable by the user running mlci', { file: path });
  return err instanceof Error ? err : new Error(String(err));
}

export function emptyFileError(path: string): UserError {
  return new UserError(`data file ${path} is empty`, path, 'write a header line and at least one row of data', { file: path, line: 1 });
}

export function noRowsError(path: string, what: string): UserError {
  return new UserError(`data file ${path} has ${what} but no rows of data`, path, 'add rows after the header, or point at the right file', { file: path, line: 1 });
}

export function recordTooLongError(path: string, line: number, limit: number): UserError {
  return new UserError(
    `line ${line} of ${path} is longer than ${formatBytes(limit)}`,
    `${path}:${line}`,
    'check the line endings and the delimiter; if the line is not really that long, look for a quote that is never closed. A genuinely longer line needs a larger maxRecordBytes',
    { file: path, line },
  );
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
