import { nodeCrypto } from './node-crypto.js';
import { open, stat } from 'node:fs/promises';

/** sha256 of a file's bytes, read in pieces so that large data files do not load into memory. */
export async function sha256File(path: string): Promise<string> {
  const hash = nodeCrypto.createHash('sha256');
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
  return nodeCrypto.createHash('sha256').update(bytes).digest('hex');
}

/** below this size a file is hashed on the calling thread: starting a worker costs ~30 ms of CPU, sha256 of 1 MiB ~3 ms */
const BACKGROUND_DIGEST_MIN_BYTES = 1 << 20;

/** from this size on, a file is hashed by the system's openssl when there is one (digest-openssl.ts) */
const OPENSSL_DIGEST_MIN_BYTES = 32 << 20;

/**
 * sha256 of a file computed beside the caller's own work: evaluate-gate reads and parses the data
 * file while the other core hashes it for the manifest. A large file goes to the system's openssl
 * (a third of the CPU, digest-openssl.ts), else, or when that fails, to a worker thread; a small
 * file is hashed here, between the caller's awaits. `started` resolves once the work has begun (the
 * child spawned, the worker started; never rejects), so that a caller can spawn the child before
 * it maps a large library (a fork copies the page tables). `cancel` stops the work (a failed
 * evaluation does not wait for the hash of a large file).
 */
export function sha256FileInBackground(path: string): { digest: Promise<string>; started: Promise<void>; cancel(): void } {
  let cancelled = false;
  let stop: (() => void) | undefined;
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const digest = stat(path).then(async ({ size }) => {
    if (size < BACKGROUND_DIGEST_MIN_BYTES) {
      markStarted();
      return sha256File(path);
    }
    if (size >= OPENSSL_DIGEST_MIN_BYTES) {
      const { sha256FileByOpenssl } = await import('./digest-openssl.js');
      if (cancelled) throw new Error('the digest was cancelled');
      const job = sha256FileByOpenssl(path);
      stop = job.cancel;
      markStarted();
      const hex = await job.result;
      if (hex) return hex;
    }
    // node:worker_threads loads with it: every step definition reaches this module, and `mlci help` need not pay for that
    const { sha256FileFramedInBackground } = await import('./digest-worker.js');
    if (cancelled) throw new Error('the digest was cancelled');
    const job = sha256FileFramedInBackground(path, new Uint8Array(0), new Uint8Array(0));
    stop = job.cancel;
    markStarted();
    return (await job.result).hex;
  });
  // the caller's failure must not be an unhandled rejection here; `started` never rejects
  digest.catch(() => undefined).finally(() => markStarted());
  return {
    digest,
    started,
    cancel: () => {
      cancelled = true;
      stop?.();
    },
  };
}
