// A sha256 of a file, framed by bytes before and after it, computed on another thread: publishing
// needs two digests of the same model bytes (the file's, the tar layer's), and sha256 cannot be
// derived from one to the other, so the second runs on the other core while this thread hashes the
// file. The file is read twice, but from the page cache; the CPU time is what costs.
import { Worker } from 'node:worker_threads';

// plain JavaScript, evaluated in the worker, so a bundle needs no second entry file
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const hash = createHash('sha256').update(workerData.before);
const buffer = Buffer.allocUnsafe(1 << 22);
const fd = openSync(workerData.path, 'r');
let size = 0;
try {
  for (;;) {
    const n = readSync(fd, buffer, 0, buffer.length, null);
    if (n === 0) break;
    size += n;
    hash.update(buffer.subarray(0, n));
  }
} finally {
  closeSync(fd);
}
hash.update(workerData.after);
parentPort.postMessage({ hex: hash.digest('hex'), size });
`;

export interface BackgroundDigest {
  /** the hex sha256 of before ‖ file ‖ after, and the file's size as read */
  result: Promise<{ hex: string; size: number }>;
  /** stops the work when its answer is no longer needed */
  cancel(): void;
}

export function sha256FileFramedInBackground(path: string, before: Uint8Array, after: Uint8Array): BackgroundDigest {
  const worker = new Worker(SOURCE, { eval: true, workerData: { path, before, after } });
  const result = new Promise<{ hex: string; size: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the digest worker stopped (exit code ${code})`)));
  });
  // a caller that cancels, or fails first, never reads the result: no unhandled rejection
  result.catch(() => {});
  result.finally(() => void worker.terminate()).catch(() => {});
  return { result, cancel: () => void worker.terminate() };
}
