// sha256 digests of a stream computed on another thread, from the very bytes the caller sends or
// writes: publishing a large model needs two digests of the same bytes (the tar layer's and the model
// file's), and on one thread hashing costs more CPU than the transfer itself. The bytes go through a
// fixed ring of shared slots, so memory stays bounded (the caller waits when every slot is in use):
// copied in (`update`, a memcpy each), or read straight into a borrowed slot (`borrow`, no copy at
// all). A worker given a file descriptor also writes what it hashed there, so a pull's main thread
// only receives: the hash and the write, the two other costs per byte, run on the other core.
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { writeFully, writeFullyWith } from './write-fully.js';

const SLOT_BYTES = 1 << 20;
const SLOTS = 16;

// plain JavaScript, evaluated in the worker, so a bundle needs no second entry file (write-fully.ts's
// loop goes in as its own source text)
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { writeSync } = require('node:fs');
const writeFullyWith = (${writeFullyWith.toString()});
const hashes = Array.from({ length: workerData.count }, () => createHash('sha256'));
const ring = new Uint8Array(workerData.ring);
const fd = workerData.fd;
let position = 0;
let failed;
parentPort.on('message', (m) => {
  if (m.end) {
    parentPort.postMessage(failed ? { failed } : { hex: hashes.map((h) => h.digest('hex')) });
    return;
  }
  const bytes = ring.subarray(m.slot * workerData.slotBytes, m.slot * workerData.slotBytes + m.length);
  if (!failed) {
    for (let i = 0; i < hashes.length; i++) if (m.mask & (1 << i)) hashes[i].update(bytes);
    try {
      // a short write (a full disk) is retried from where it stopped; an error ends the writing
      if (fd !== undefined) writeFullyWith(writeSync, fd, bytes, position);
      position += bytes.length;
    } catch (err) {
      failed = { code: err.code, message: err.message };
    }
  }
  parentPort.postMessage({ free: m.slot });
});
`;

export interface ParallelHashes {
  /**
   * feeds a copy of `chunk` to the hashes whose bit is set in `mask` (bit 0: the first hash); a
   * promise when the worker is far behind, to be awaited before the next chunk
   */
  update(chunk: Uint8Array, mask: number): Promise<void> | undefined;
  /**
   * a free slot of the ring (SLOT_BYTES) to fill in place, e.g. by a file read: no copy. Hand it
   * back with `submit`; the slot is reused once the worker has hashed it, so a caller that also
   * sends it elsewhere must be done with it before it borrows the slot after next.
   */
  borrow(): Promise<Buffer>;
  /** hashes the first `length` bytes of a borrowed slot with the hashes in `mask` */
  submit(slot: Buffer, length: number, mask: number): void;
  /** the hex digests, in order, once every chunk is hashed; the worker then stops */
  digests(): Promise<string[]>;
  /** stops the worker (the stream failed; nobody will ask for the digests) */
  cancel(): void;
}

/** `writeTo`: a file descriptor open for writing, where every byte fed is also written, in order, from position 0 */
export function hashInParallel(count: number, writeTo?: number): ParallelHashes {
  const ring = new SharedArrayBuffer(SLOT_BYTES * SLOTS);
  const view = new Uint8Array(ring);
  const worker = new Worker(SOURCE, { eval: true, workerData: { count, ring, slotBytes: SLOT_BYTES, fd: writeTo } });
  const free = Array.from({ length: SLOTS }, (_, i) => i);
  let failure: unknown;
  let waiting: (() => void) | undefined;
  let finished: ((hex: string[]) => void) | undefined;
  let finishedWith: ((err: Error) => void) | undefined;
  const failed = new Promise<never>((_, reject) => {
    const fail = (err: unknown) => {
      failure ??= err;
      waiting?.();
      reject(failure);
    };
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`the hashing worker stopped (exit code ${code})`)));
  });
  failed.catch(() => {});
  worker.on('message', (m: { free?: number; hex?: string[]; failed?: { code?: string; message: string } }) => {
    if (m.failed) return finishedWith?.(Object.assign(new Error(m.failed.message), { code: m.failed.code }));
    if (m.hex) return finished?.(m.hex);
    free.push(m.free!);
    const wake = waiting;
    waiting = undefined;
    wake?.();
  });
  const slot = async (): Promise<number> => {
    while (free.length === 0) {
      await new Promise<void>((resolve) => (waiting = resolve));
      if (failure) throw failure;
    }
    return free.pop()!;
  };
  // small chunks (a socket gives 16-64 KiB) are gathered into one slot per message
  let current: { slot: number; filled: number; mask: number } | undefined;
  const flush = () => {
    if (!current) return;
    worker.postMessage({ slot: current.slot, length: current.filled, mask: current.mask });
    current = undefined;
  };
  /** copies from `offset` while slots are free; where it stopped */
  const fill = (chunk: Uint8Array, mask: number, offset: number): number => {
    while (offset < chunk.byteLength) {
      if (current && (current.mask !== mask || current.filled === SLOT_BYTES)) flush();
      if (!current) {
        if (free.length === 0) return offset;
        current = { slot: free.pop()!, filled: 0, mask };
      }
      const n = Math.min(SLOT_BYTES - current.filled, chunk.byteLength - offset);
      view.set(chunk.subarray(offset, offset + n), current.slot * SLOT_BYTES + current.filled);
      current.filled += n;
      offset += n;
    }
    return offset;
  };
  return {
    update(chunk, mask) {
      if (failure) throw failure;
      // the common case stays synchronous: there is room in the ring
      let offset = fill(chunk, mask, 0);
      if (offset === chunk.byteLength) return undefined;
      return (async () => {
        while (offset < chunk.byteLength) {
          free.push(await slot());
          offset = fill(chunk, mask, offset);
        }
      })();
    },
    async borrow() {
      if (failure) throw failure;
      const index = await slot();
      return Buffer.from(ring, index * SLOT_BYTES, SLOT_BYTES);
    },
    submit(borrowed, length, mask) {
      // what was copied in before goes first: the worker hashes in message order
      flush();
      worker.postMessage({ slot: borrowed.byteOffset / SLOT_BYTES, length, mask });
    },
    digests() {
      flush();
      const result = new Promise<string[]>((resolve, reject) => {
        finished = resolve;
        finishedWith = reject;
      });
      worker.postMessage({ end: true });
      return Promise.race([result, failed]).finally(() => void worker.terminate());
    },
    cancel() {
      void worker.terminate();
    },
  };
}

/** one sha256 of a stream of chunks; `digest()` is the hex */
export interface StreamHash {
  update(chunk: Uint8Array): Promise<void> | undefined;
  digest(): Promise<string>;
  cancel(): void;
}

/** below this a worker costs more to start than the hash it saves */
const WORKER_FROM_BYTES = 8 * 1024 * 1024;

/**
 * a sha256 on the other core for a stream of `expectedBytes` or more, else here; with `writeTo` (an
 * open file descriptor) every byte is also written there, from position 0, and `digest()` answers
 * once all of them are (a write error rejects it)
 */
export function sha256Stream(expectedBytes: number, writeTo?: number): StreamHash {
  if (expectedBytes >= WORKER_FROM_BYTES) {
    const hashes = hashInParallel(1, writeTo);
    return { update: (chunk) => hashes.update(chunk, 1), digest: async () => (await hashes.digests())[0]!, cancel: () => hashes.cancel() };
  }
  const hash = createHash('sha256');
  let position = 0;
  let failed: unknown;
  return {
    update(chunk) {
      hash.update(chunk);
      try {
        // small files only: a synchronous write is shorter than a round trip to the thread pool
        if (writeTo !== undefined && !failed) writeFully(writeTo, chunk, position);
      } catch (err) {
        // as on the worker: the write error is digest()'s answer
        failed = err;
      }
      position += chunk.byteLength;
      return undefined;
    },
    digest: async () => {
      if (failed) throw failed;
      return hash.digest('hex');
    },
    cancel: () => {},
  };
}

// reads a file behind its writer and hashes it: the writer posts how far the file is written
const BEHIND_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const hash = createHash('sha256');
const buffer = Buffer.allocUnsafe(1 << 22);
const fd = openSync(workerData.path, 'r');
let hashed = 0;
parentPort.on('message', (m) => {
  try {
    while (hashed < m.upTo) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, m.upTo - hashed), hashed);
      if (n === 0) throw new Error('the file is shorter than was written to it');
      hash.update(buffer.subarray(0, n));
      hashed += n;
    }
    if (m.end) {
      closeSync(fd);
      parentPort.postMessage({ hex: hash.digest('hex') });
    }
  } catch (err) {
    parentPort.postMessage({ failed: { code: err.code, message: err.message } });
  }
});
`;

/** the sha256 of a file as this thread writes it, read back from the page cache on the other core */
export interface HashBehindWriter {
  /** the file's first `upTo` bytes are written (call in order, as writes complete) */
  written(upTo: number): void;
  /** the digest of the first `size` bytes, once the worker has read them */
  digest(size: number): Promise<string>;
  cancel(): void;
}

/**
 * Hashes a file that this thread is writing, from what reached the file: the writing thread copies
 * nothing for the hash (a pull's main thread only receives and writes, as curl does), and the digest
 * is of the bytes on disk. The file must exist (opened for writing) before this is called.
 */
export function hashBehindWriter(path: string): HashBehindWriter {
  const worker = new Worker(BEHIND_SOURCE, { eval: true, workerData: { path } });
  const result = new Promise<string>((resolve, reject) => {
    worker.on('message', (m: { hex?: string; failed?: { code?: string; message: string } }) => {
      if (m.failed) reject(Object.assign(new Error(m.failed.message), { code: m.failed.code }));
      else if (m.hex) resolve(m.hex);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the hashing worker stopped (exit code ${code})`)));
  });
  result.catch(() => {});
  return {
    written: (upTo) => worker.postMessage({ upTo }),
    digest(size) {
      worker.postMessage({ upTo: size, end: true });
      return result.finally(() => void worker.terminate());
    },
    cancel: () => void worker.terminate(),
  };
}
