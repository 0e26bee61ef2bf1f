/**
 * onnxruntime-node runs a session synchronously on the calling thread, so on one thread
 * inference alternates: fill a batch, run it, fill the next. A worker thread that owns a second
 * session lets the two overlap: the main thread fills batch i+1 while the worker runs batch i.
 * Buffers move between the threads by transfer (no copy); the worker is started once per loaded
 * model, and unref'd so that it never keeps the process alive.
 */
import { Worker } from 'node:worker_threads';
import { describeError } from '../errors.js';
import type { OrtSessionOptions } from '../runtime/ort-module.js';
import type { BatchInput, BatchResult, BatchRunner } from './batch-runner.js';

/** The worker's code: CommonJS, evaluated, loading the same onnxruntime-node file as the caller. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const ort = require(workerData.ortPath);
const message = (err) => String((err && err.message) || err);
ort.InferenceSession.create(workerData.model, workerData.options).then(
  (session) => {
    parentPort.on('message', async ({ id, inputs, fetches }) => {
      const returned = inputs.map((i) => i.data);
      const inputBuffers = returned.map((d) => d.buffer);
      try {
        const feeds = {};
        for (const i of inputs) feeds[i.name] = new ort.Tensor(i.type, i.data, i.dims);
        const result = await session.run(feeds, fetches);
        const outputs = {};
        const transfer = new Set(inputBuffers);
        for (const name of fetches) {
          const t = result[name];
          outputs[name] = { dims: t.dims, data: t.data };
          if (ArrayBuffer.isView(t.data)) transfer.add(t.data.buffer);
        }
        try {
          parentPort.postMessage({ id, outputs, inputs: returned }, [...transfer]);
        } catch {
          // an output buffer that cannot be detached is copied instead
          parentPort.postMessage({ id, outputs, inputs: returned }, inputBuffers);
        }
      } catch (err) {
        parentPort.postMessage({ id, error: message(err), inputs: returned }, inputBuffers);
      }
    });
    parentPort.postMessage({ ready: true });
  },
  (err) => parentPort.postMessage({ initError: message(err) }),
);
`;

interface Pending {
  resolve(result: BatchResult): void;
  reject(err: Error): void;
}

export class InferenceWorker implements BatchRunner {
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure?: Error;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: { id: number; error?: string } & BatchResult) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.error !== undefined) pending.reject(new Error(message.error));
      else pending.resolve({ outputs: message.outputs, inputs: message.inputs });
    });
    const fail = (err: Error) => {
      this.failure = err;
      for (const pending of this.pending.values()) pending.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The inference worker exited (code ${code}).`)));
  }

  /** starts a worker with its own session; rejects when the worker cannot load the model */
  static start(ortPath: string, model: string | Uint8Array, options: OrtSessionOptions): Promise<InferenceWorker> {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ortPath, model, options } });
    return new Promise((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      worker.once('error', onError);
      worker.once('message', (message: { ready?: boolean; initError?: string }) => {
        worker.off('error', onError);
        if (message.ready) {
          worker.unref();
          resolve(new InferenceWorker(worker));
        } else {
          void worker.terminate();
          reject(new Error(`The inference worker could not load the model: ${message.initError}`));
        }
      });
    });
  }

  run(inputs: BatchInput[], fetches: string[]): Promise<BatchResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const buffers = [...new Set(inputs.map((i) => i.data.buffer as ArrayBuffer))];
      try {
        this.worker.postMessage({ id, inputs, fetches }, buffers);
      } catch (err) {
        this.pending.delete(id);
        reject(new Error(`Sending a batch to the inference worker failed: ${describeError(err)}`));
      }
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
