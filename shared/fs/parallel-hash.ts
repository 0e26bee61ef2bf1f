// sha256 digests of a stream computed on another thread, from copies of the very chunks the caller
// sends or writes: publishing and pulling a large model need two digests of the same bytes (the tar
// layer's and the model file's), and on one thread those two hashes cost more CPU than the transfer
// itself. The copies go through a fixed ring of shared slots (a memcpy each, no allocation, no
// garbage), so memory stays bounded: the caller awaits `update()` when every slot is in use.
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

const SLOT_BYTES = 1 << 20;
const SLOTS = 16;

// plain JavaScript, evaluated in the worker, so a bundle needs no second entry file
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const hashes = Array.from({ length: workerData.count }, () => createHash('sha256'));
const ring = new Uint8Array(workerData.ring);
parentPort.on('message', (m) => {
  if (m.end) {
    parentPort.postMessage({ hex: hashes.map((h) => h.digest('hex')) });
    return;
  }
  const bytes = ring.subarray(m.slot * workerData.slotBytes, m.slot * workerData.slotBytes + m.length);
  for (let i = 0; i < hashes.length; i++) if (m.mask & (1 << i)) hashes[i].update(bytes);
  parentPort.postMessage({ free: m.slot });
});
`;

export interface ParallelHashes {
  /**
   * feeds a copy of `chunk` to the hashes whose bit is set in `mask` (bit 0: the first hash); a
   * promise when the worker is far behind, to be awaited before the next chunk
   */
  update(chunk: Uint8Array, mask: number): Promise<void> | undefined;
  /** the hex digests, in order, once every chunk is hashed; the worker then stops */
  digests(): Promise<string[]>;
  /** stops the worker (the stream failed; nobody will ask for the digests) */
  cancel(): void;
}

export function hashInParallel(count: number): ParallelHashes {
  const ring = new SharedArrayBuffer(SLOT_BYTES * SLOTS);
  const view = new Uint8Array(ring);
  const worker = new Worker(SOURCE, { eval: true, workerData: { count, ring, slotBytes: SLOT_BYTES } });
  const free = Array.from({ length: SLOTS }, (_, i) => i);
  let failure: unknown;
  let waiting: (() => void) | undefined;
  let finished: ((hex: string[]) => void) | undefined;
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
  worker.on('message', (m: { free?: number; hex?: string[] }) => {
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
    digests() {
      flush();
      const result = new Promise<string[]>((resolve) => (finished = resolve));
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

/** a sha256 on the other core for a stream of `expectedBytes` or more, else here */
export function sha256Stream(expectedBytes: number): StreamHash {
  if (expectedBytes >= WORKER_FROM_BYTES) {
    const hashes = hashInParallel(1);
    return { update: (chunk) => hashes.update(chunk, 1), digest: async () => (await hashes.digests())[0]!, cancel: () => hashes.cancel() };
  }
  const hash = createHash('sha256');
  return {
    update: (chunk) => void hash.update(chunk),
    digest: async () => hash.digest('hex'),
    cancel: () => {},
  };
}
