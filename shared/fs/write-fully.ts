import { writeSync } from 'node:fs';

/**
 * Writes all of `bytes` at `position` of `fd` before returning, a short write (a full disk, a
 * signal) retried from where it stopped; an error is thrown as writeSync throws it.
 */
export function writeFully(fd: number, bytes: Uint8Array, position: number): void {
  writeFullyWith(writeSync, fd, bytes, position);
}

/**
 * writeFully's loop over a given writeSync. It names nothing outside itself, so the hashing worker
 * of parallel-hash.ts, evaluated from source text, runs this very function (its toString()).
 */
export function writeFullyWith(write: typeof writeSync, fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.byteLength; ) done += write(fd, bytes, done, bytes.byteLength - done, position + done);
}
