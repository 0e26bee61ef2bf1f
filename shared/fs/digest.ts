import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { sha256FileFramedInBackground } from './digest-worker.js';

/** sha256 of a file's bytes, read in pieces so that large data files do not load into memory. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  // One 4 MiB buffer read into again and again: hashing a data file is a visible share of
  // validate-data's time on large files, and a stream's fresh buffer per chunk costs ~20% more CPU.
  const buffer = Buffer.allocUnsafe(1 << 22);
  const handle = await open(path, 'r');
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

export function sha256Bytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * sha256 of a file computed on a worker thread, beside the caller's own work: evaluate-gate reads
 * and parses the data file on the main thread while the other core hashes it for the manifest.
 * `cancel` stops the worker (a failed evaluation does not wait for the hash of a large file).
 */
export function sha256FileInBackground(path: string): { digest: Promise<string>; cancel(): void } {
  const job = sha256FileFramedInBackground(path, new Uint8Array(0), new Uint8Array(0));
  const digest = job.result.then((r) => r.hex);
  // the caller's failure must not be an unhandled rejection here
  digest.catch(() => undefined);
  return { digest, cancel: job.cancel };
}
