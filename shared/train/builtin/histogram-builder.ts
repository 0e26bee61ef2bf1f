import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BinnedFeatures } from './binning.js';

/**
 * Builds gradient/hessian histograms: for each feature and bin, the sums of g and h over the rows
 * order[start, end). On large data the rows are split between this thread and worker threads
 * sharing the binned data, gradients and row order through SharedArrayBuffers; their partial
 * histograms are added up here.
 */
export interface HistogramBuilder {
  build(start: number, end: number, histogram: Float64Array): void;
  close(): Promise<void>;
}

/**
 * The inner loop, row by row (a row's bins share a cache line), four bins per 32-bit word (Node
 * runs on little-endian machines only, so byte k of a word is bits 8k..8k+7). Self-contained on
 * purpose: the workers run its source text, so it may use nothing from outside its parameters.
 */
export function accumulateHistogram(rowBins: Uint32Array, p: number, gradients: Float64Array, hessians: Float64Array, order: Uint32Array, start: number, end: number, histogram: Float64Array): void {
  const rowWords = (p + 3) >> 2;
  for (let i = start; i < end; i++) {
    const row = order[i]!;
    const g = gradients[row]!;
    const h = hessians[row]!;
    let word = row * rowWords;
    // slot of feature f, bin b: ((f << 8) + b) << 1, 256 bin slots per feature, g then h
    for (let f = 0; f < p; f += 4, word++) {
      const bins = rowBins[word]!;
      let slot = ((f << 8) + (bins & 255)) << 1;
      histogram[slot]! += g;
      histogram[slot + 1]! += h;
      if (f + 1 < p) {
        slot = (((f + 1) << 8) + ((bins >>> 8) & 255)) << 1;
        histogram[slot]! += g;
        histogram[slot + 1]! += h;
      }
      if (f + 2 < p) {
        slot = (((f + 2) << 8) + ((bins >>> 16) & 255)) << 1;
        histogram[slot]! += g;
        histogram[slot + 1]! += h;
      }
      if (f + 3 < p) {
        slot = (((f + 3) << 8) + (bins >>> 24)) << 1;
        histogram[slot]! += g;
        histogram[slot + 1]! += h;
      }
    }
  }
}

/** below this many rows a histogram is built on one thread: handing it out costs more than it saves */
const PARALLEL_MIN_ROWS = 65_536;
/** below this many cells the workers are not started at all */
const PARALLEL_MIN_CELLS = 4_000_000;

export function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
}

export function sharedUint32(length: number): Uint32Array {
  return new Uint32Array(new SharedArrayBuffer(length * Uint32Array.BYTES_PER_ELEMENT));
}

export function createHistogramBuilder(data: BinnedFeatures, gradients: Float64Array, hessians: Float64Array, order: Uint32Array, threads = availableParallelism()): HistogramBuilder {
  const p = data.featureCount;
  const serial: HistogramBuilder = {
    build(start, end, histogram) {
      histogram.fill(0);
      accumulateHistogram(data.rowBins, p, gradients, hessians, order, start, end, histogram);
    },
    close: async () => {},
  };
  const shared = [data.rowBins, gradients, hessians, order].every((a) => a.buffer instanceof SharedArrayBuffer);
  const workerCount = Math.min(3, threads - 1);
  if (workerCount < 1 || !shared || data.rowCount * p < PARALLEL_MIN_CELLS) return serial;

  const size = p * 256 * 2;
  const helpers = Array.from({ length: workerCount }, () => {
    // control: [sequence, start, end, finished sequence]
    const control = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
    const histogram = sharedFloat64(size);
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { rowBins: data.rowBins, p, gradients, hessians, order, histogram, control } });
    worker.unref();
    return { worker, control, histogram };
  });
  let sequence = 0;
  return {
    build(start, end, histogram) {
      const rows = end - start;
      if (rows < PARALLEL_MIN_ROWS) return serial.build(start, end, histogram);
      sequence++;
      const chunk = Math.ceil(rows / (workerCount + 1));
      helpers.forEach(({ control }, k) => {
        control[1] = Math.min(end, start + (k + 1) * chunk);
        control[2] = Math.min(end, start + (k + 2) * chunk);
        Atomics.store(control, 0, sequence);
        Atomics.notify(control, 0);
      });
      histogram.fill(0);
      accumulateHistogram(data.rowBins, p, gradients, hessians, order, start, Math.min(end, start + chunk), histogram);
      for (const { control, histogram: partial } of helpers) {
        for (let seen = Atomics.load(control, 3); seen !== sequence; seen = Atomics.load(control, 3)) Atomics.wait(control, 3, seen);
        for (let i = 0; i < size; i++) histogram[i]! += partial[i]!;
      }
    },
    async close() {
      for (const { control } of helpers) {
        control[1] = -1;
        Atomics.store(control, 0, ++sequence);
        Atomics.notify(control, 0);
      }
      await Promise.all(helpers.map(({ worker }) => worker.terminate()));
    },
  };
}

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const accumulate = ${accumulateHistogram.toString()};
const { rowBins, p, gradients, hessians, order, histogram, control } = workerData;
let seen = 0;
for (;;) {
  Atomics.wait(control, 0, seen);
  seen = Atomics.load(control, 0);
  if (control[1] < 0) break;
  histogram.fill(0);
  accumulate(rowBins, p, gradients, hessians, order, control[1], control[2], histogram);
  Atomics.store(control, 3, seen);
  Atomics.notify(control, 3);
}
`;
