import { writeSync } from 'node:fs';

/**
 * Writes all of `bytes` at `position` of `fd` before returning, a short write (a full disk, a
 * signal) retried from where it stopped; an error is thrown as writeSync throws it. The hashing
 * worker of parallel-hash.ts runs the same loop in its source text (a string evaluated there).
 */
export function writeFully(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.byteLength; ) done += writeSync(fd, bytes, done, bytes.byteLength - done, position + done);
}
