import { nodeCrypto } from './node-crypto.js';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeFully } from './write-fully.js';

/**
 * Writes a file so that readers see either the old content or the new, never a torn one: the data
 * goes to a temporary file in the same directory (same filesystem, so rename is atomic) first.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = tempPath(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, jsonFileText(value));
}

/** a JSON file's text as mlci writes them: indented by 2 spaces, a line feed at the end */
export function jsonFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** writeJsonAtomic on this thread (see writeFileAtomicSync) */
export function writeJsonAtomicSync(path: string, value: unknown): void {
  writeFileAtomicSync(path, jsonFileText(value));
}

/**
 * writeFileAtomic on this thread, for a step's last outputs when nothing else is left to run: a
 * file of a few megabytes goes to the page cache in milliseconds, while each of an asynchronous
 * write's round trips to the thread pool (mkdir, open, every chunk, close, rename) waits for the
 * main thread to be scheduled again, long on a busy machine (statistics.json in 64 chunks: 70-180 ms
 * against 20-35 ms written here, measured while other work shared the 2 cores). `data` may come
 * in pieces, so that a large text need not be one string, nor one buffer the size of the file.
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array | Iterable<string>): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = tempPath(path);
  try {
    const fd = openSync(temp, 'w');
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) writeText(fd, data, 0);
      else {
        let position = 0;
        for (const piece of data) position += writeText(fd, piece, position);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

/**
 * writes `data` at `position` (UTF-8 for a string); returns the bytes written. A string goes to
 * writeSync as it is: node encodes it straight into the write, where a Buffer of it first cost a
 * fresh allocation per piece (statistics.json's 4.4 MB: 12 ms against about 3). A short write, rare
 * for a regular file, is finished from a buffer of the rest.
 */
function writeText(fd: number, data: string | Uint8Array, position: number): number {
  if (typeof data !== 'string') {
    writeFully(fd, data, position);
    return data.byteLength;
  }
  const length = Buffer.byteLength(data);
  const written = writeSync(fd, data, position);
  if (written < length) writeFully(fd, Buffer.from(data).subarray(written), position + written);
  return length;
}

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${nodeCrypto.randomBytes(6).toString('hex')}.tmp`);
}
