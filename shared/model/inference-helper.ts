/**
 * A second session of the same model on a worker thread, so that filling one batch's input can
 * overlap the run of the previous one.
 *
 * onnxruntime-node's `session.run` returns a promise but runs on the main thread (inside a
 * setImmediate callback, in 1.30): while it runs, no JavaScript does. Interleaving the columns
 * into a row-major float32 batch is the one large cost predict adds to onnxruntime's own (about
 * half of the raw run time for a 30-feature linear model), and it can only hide behind the run if
 * the run happens elsewhere. The helper loads onnxruntime-node from the very file the caller
 * loaded, creates a session from the same bytes with the same options, and runs batches whose
 * buffers are transferred to it and back (never copied). onnxruntime-node rejects typed arrays
 * over a SharedArrayBuffer, so transfer it is.
 */
import { Worker } from 'node:worker_threads';
import type { BatchInput, BatchOutput, BatchResult } from './batch-runner.js';
import type { OrtSessionOptions } from '../runtime/ort-module.js';

/**
 * The worker's program, plain CommonJS so that it runs as is from the bundled actions (no file of
 * its own to ship). It times each run itself, from the call to its resolution, so that the
 * latency it reports is the session's and not the wait for the main thread to read the reply.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const ort = require(workerData.ortPath);
const buffersOf = (arrays) => [...new Set(arrays.filter((a) => ArrayBuffer.isView(a)).map((a) => a.buffer))];
ort.InferenceSession.create(workerData.source, workerData.options).then(
  (session) => {
    parentPort.on('message', async ({ id, inputs, fetches }) => {
      const returned = inputs.map((input) => input.data);
      try {
        const feeds = {};
        for (const input of inputs) feeds[input.name] = new ort.Tensor(input.type, input.data, input.dims);
        const started = performance.now();
        const result = await session.run(feeds, fetches);
        const ms = performance.now() - started;
        const outputs = {};
        for (const name of fetches) outputs[name] = { dims: result[name].dims, data: result[name].data };
        const arrays = [...returned, ...fetches.map((name) => outputs[name].data)];
        parentPort.postMessage({ id, outputs, ms, inputs: returned }, buffersOf(arrays));
      } catch (error) {
        parentPort.postMessage({ id, error: String((error && error.message) || error), inputs: returned }, buffersOf(returned));
      }
    });
    parentPort.postMessage({ ready: true });
  },
  (error) => parentPort.postMessage({ ready: false, error: String((error && error.message) || error) }),
);
`;

interface Reply {
  id?: number;
  ready?: boolean;
  error?: string;
  outputs?: Record<string, BatchOutput>;
  ms?: number;
  inputs?: BatchInput['data'][];
}

export interface HelperSource {
  /** the file onnxruntime-node was loaded from (its package's main module) */
  ortPath: string;
  /** what the main session was created from: the model's path, or its (ZipMap-patched) bytes */
  source: string | Uint8Array;
  options: OrtSessionOptions;
}

export class InferenceHelper {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (result: BatchResult) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private state: 'starting' | 'ready' | 'failed' = 'starting';
  private holds = 0;
  /** resolves true once the worker's session exists, false if it could not be made */
  readonly started: Promise<boolean>;

  constructor(from: HelperSource) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: from });
    // Idle, it must not keep the process alive; predict holds it while batches are in flight.
    this.worker.unref();
    this.started = new Promise((resolve) => {
      this.worker.on('message', (reply: Reply) => {
        if (reply.ready !== undefined) {
          this.state = reply.ready ? 'ready' : 'failed';
          resolve(reply.ready);
          return;
        }
        const waiting = this.pending.get(reply.id!);
        this.pending.delete(reply.id!);
        if (!waiting) return;
        if (reply.error !== undefined) waiting.reject(new Error(reply.error));
        else waiting.resolve({ outputs: reply.outputs!, ms: reply.ms!, inputs: reply.inputs! });
      });
      const fail = (error: Error) => {
        this.state = 'failed';
        resolve(false);
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      };
      this.worker.on('error', fail);
      this.worker.on('exit', (code) => fail(new Error(`The inference worker stopped (exit code ${code}).`)));
    });
  }

  /** true once the session is ready and for as long as the worker lives */
  get ready(): boolean {
    return this.state === 'ready';
  }

  /** Runs one batch; its input buffers move to the worker and come back in the result. */
  run(inputs: BatchInput[], fetches: string[]): Promise<BatchResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const buffers = [...new Set(inputs.map((input) => input.data.buffer))];
      this.worker.postMessage({ id, inputs, fetches }, buffers as ArrayBuffer[]);
    });
  }

  /** keeps the process alive while a predict uses the worker */
  hold(): void {
    if (this.holds++ === 0) this.worker.ref();
  }

  release(): void {
    if (--this.holds === 0) this.worker.unref();
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}
