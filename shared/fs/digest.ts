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
 * evaluation does not wait for the hash of a large file). `yieldCpu`: openssl runs below the
 * caller's threads, taking the CPU they leave, until the caller says it waits (`hurry`);
 * `hurryGraceMs`: how long openssl then goes on alone (HURRY_GRACE_MS unless a test says otherwise).
 */
export function sha256FileInBackground(path: string, options: { yieldCpu?: boolean; hurryGraceMs?: number } = {}): BackgroundFileDigest {
  let cancelled = false;
  /** the digest is answered: a worker thread whose module was still loading must not start */
  let settled = false;
  const stops = new Set<() => void>();
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  let markHurried: () => void = () => undefined;
  const hurried = new Promise<void>((resolve) => (markHurried = resolve));
  const inWorker = async (): Promise<string> => {
    // node:worker_threads loads with it: every step definition reaches this module, and `mlci help` need not pay for that
    const { sha256FileFramedInBackground } = await import('./digest-worker.js');
    if (cancelled || settled) throw new Error('the digest was cancelled');
    const job = sha256FileFramedInBackground(path, new Uint8Array(0), new Uint8Array(0));
    stops.add(job.cancel);
    markStarted();
    return (await job.result).hex;
  };
  const digest = stat(path).then(async ({ size }) => {
    if (size < BACKGROUND_DIGEST_MIN_BYTES) {
      markStarted();
      return sha256File(path);
    }
    if (size >= OPENSSL_DIGEST_MIN_BYTES) {
      const { sha256FileByOpenssl } = await import('./digest-openssl.js');
      if (cancelled) throw new Error('the digest was cancelled');
      const job = sha256FileByOpenssl(path, options.yieldCpu ? YIELDING_NICENESS : 0);
      stops.add(job.cancel);
      markStarted();
      // a child that fails gives way to a worker thread
      return options.yieldCpu ? yieldingDigest(job.result, hurried, inWorker, options.hurryGraceMs ?? HURRY_GRACE_MS) : ((await job.result) ?? inWorker());
    }
    return inWorker();
  });
  // the caller's failure must not be an unhandled rejection here; `started` never rejects
  digest.catch(() => undefined).finally(() => markStarted());
  // once answered, nothing else is left to run: a worker started by hurry() stops, and one still loading does not start
  digest
    .finally(() => {
      settled = true;
      stops.forEach((stop) => stop());
    })
    .catch(() => undefined);
  return {
    digest,
    started,
    hurry: markHurried,
    cancel: () => {
      cancelled = true;
      stops.forEach((stop) => stop());
    },
  };
}

/** sha256FileInBackground's answer: the digest as it comes, and what the caller can ask of the work */
export interface BackgroundFileDigest {
  digest: Promise<string>;
  /** resolves once the work has begun; never rejects */
  started: Promise<void>;
  /** the caller waits for the digest from now on (see `yieldCpu`); nothing for a hash that does not yield */
  hurry(): void;
  cancel(): void;
}

/**
 * openssl's niceness when the caller asks the hash to yield: the child then takes the CPU its own
 * threads leave (validate-data's profiling thread waits for the reading thread about a third of
 * the time), not a share of the reading thread's core, which decides the scan's time.
 */
const YIELDING_NICENESS = 19;

/** how long a hurried caller lets a yielding openssl go on alone before hashing on a thread of its own too */
const HURRY_GRACE_MS = 50;

/**
 * The yielding hash's digest: openssl's answer; and once the caller hurries, if openssl has not
 * answered within `graceMs`, the first of openssl's and a worker thread's (other work on the
 * machine can hold a child at niceness 19 back for as long as it runs; a thread hashes at the
 * caller's own priority). A child that fails gives way to the thread, as without yielding.
 */
async function yieldingDigest(openssl: Promise<string | undefined>, hurried: Promise<void>, inWorker: () => Promise<string>, graceMs: number): Promise<string> {
  const answered = openssl.then((hex) => ({ hex }));
  const first = await Promise.race([answered, hurried.then(() => undefined)]);
  if (first) return first.hex ?? inWorker();
  const graced = await Promise.race([answered, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), graceMs).unref())]);
  if (graced) return graced.hex ?? inWorker();
  return firstAnswer(openssl, inWorker());
}

/**
 * The first digest of the two; a failure on one side waits for the other (openssl's failure is an
 * undefined answer), and only both failing rejects, with the thread's error.
 */
function firstAnswer(openssl: Promise<string | undefined>, thread: Promise<string>): Promise<string> {
  return new Promise((resolve, reject) => {
    let opensslFailed = false;
    let threadFailure: { error: unknown } | undefined;
    void openssl.then((hex) => {
      if (hex !== undefined) resolve(hex);
      else if (threadFailure) reject(threadFailure.error);
      else opensslFailed = true;
    });
    thread.then(resolve, (error: unknown) => {
      if (opensslFailed) reject(error);
      else threadFailure = { error };
    });
  });
}
