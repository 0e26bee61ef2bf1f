/**
 * The dynamic batcher, per model version (as Triton's): concurrent requests are stacked along the
 * row dimension into one session.run of at most `maxBatchRows` rows, and each caller gets exactly
 * its own rows of every output back.
 *
 * A request waits at most `maxQueueDelayUs` for company. With a delay of 0 an idle batcher starts
 * a run at once (a lone request on a quiet server pays nothing), and every request that arrives
 * while a run is under way waits for its end and shares the next run. The queue is bounded in rows: beyond it a
 * request is refused with 503, never parked without bound.
 */
import type { TensorArray } from './datatypes.js';
import { unavailable } from './http-error.js';
import type { Tensor } from './tensor.js';
// imported rather than the globals: Node defines those on globalThis as getters, called on every use
import { performance } from 'node:perf_hooks';

export interface BatcherOptions {
  maxBatchRows: number;
  maxQueueDelayUs: number;
  /** rows that may wait; more is a 503 */
  maxQueueRows: number;
  /** false: one request per run (inputs whose first dim is not the row dim) */
  batchable: boolean;
  run(inputs: Tensor[]): Promise<Tensor[]>;
  /** rows in a run, and how long each of its requests waited (seconds) */
  onBatch?(rows: number, waitedSeconds: number[]): void;
  /** onBatch's first failure (the batches run on, uncounted, and later failures are not reported again) */
  onBatchError?(error: unknown): void;
  where: string;
}

/**
 * Told once how a request ended: its own rows of every output, or the error of its run (outputs
 * undefined). Called synchronously when the run ends, so one object per request carries the
 * caller's state through the batch with no promise and no closure of its own.
 */
export interface BatchWaiter {
  settle(error: unknown, outputs: Tensor[] | undefined): void;
}

interface Pending {
  inputs: Tensor[];
  rows: number;
  /** arrival order, to take the oldest head first when requests of several shapes wait */
  seq: number;
  enqueued: number;
  waiter: BatchWaiter;
}

/** a FIFO read from a moving head: taking a request is O(1), the array is compacted now and then */
class Fifo {
  private items: Pending[] = [];
  private head = 0;
  rows = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  peek(): Pending | undefined {
    return this.items[this.head];
  }

  push(p: Pending): void {
    this.items.push(p);
    this.rows += p.rows;
  }

  shift(): Pending {
    const p = this.items[this.head]!;
    this.items[this.head++] = undefined as unknown as Pending;
    this.rows -= p.rows;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return p;
  }
}

export class DynamicBatcher {
  /** one FIFO per input shape (batchKey): only requests of one shape stack */
  private readonly queues = new Map<string, Fifo>();
  private queuedRequests = 0;
  private queuedRows = 0;
  private seq = 0;
  private running = false;
  private scheduled = false;
  /** onBatch has failed once (and been reported) */
  private countFailed = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: BatcherOptions) {}

  get queueLength(): number {
    return this.queuedRequests;
  }

  submit(inputs: Tensor[], rows: number): Promise<Tensor[]> {
    return new Promise((resolve, reject) => this.enqueue(inputs, rows, { settle: (error, outputs) => (outputs ? resolve(outputs) : reject(error)) }));
  }

  /**
   * As submit, told through `waiter`, never before enqueue has returned (a full queue: a 503
   * HttpError, in a microtask). The waiters of a run are settled after the next run has been
   * started, so the requests that queued meanwhile are on their way while the answers are written.
   */
  enqueue(inputs: Tensor[], rows: number, waiter: BatchWaiter): void {
    const { maxQueueRows, maxQueueDelayUs, where } = this.options;
    if (this.queuedRequests === 0 && !this.running && !this.scheduled && maxQueueDelayUs <= 0) {
      // Fast path: an idle model with nothing waiting runs the request at once, as it is; no
      // queue entry, no key, no stacking. Requests arriving meanwhile queue behind it.
      return this.runAlone(inputs, rows, waiter);
    }
    if (this.queuedRequests > 0 && this.queuedRows + rows > maxQueueRows) {
      const full = unavailable(`The model's queue is full (${this.queuedRows} rows waiting, at most ${maxQueueRows}).`, where, 'Retry after the Retry-After delay, send fewer concurrent requests, or raise --max-queue-rows.');
      return queueMicrotask(() => waiter.settle(full, undefined));
    }
    const key = this.options.batchable ? batchKey(inputs) : '';
    let fifo = this.queues.get(key);
    if (!fifo) this.queues.set(key, (fifo = new Fifo()));
    fifo.push({ inputs, rows, seq: this.seq++, enqueued: performance.now(), waiter });
    this.queuedRequests++;
    this.queuedRows += rows;
    this.schedule();
  }

  private runAlone(inputs: Tensor[], rows: number, waiter: BatchWaiter): void {
    this.running = true;
    this.countBatch(rows, [0]);
    startRun(() => this.options.run(inputs)).then(
      (outputs) => this.ranAlone(waiter, undefined, outputs),
      (error: unknown) => this.ranAlone(waiter, error, undefined),
    );
  }

  private ranAlone(waiter: BatchWaiter, error: unknown, outputs: Tensor[] | undefined): void {
    this.running = false;
    this.schedule();
    settle(waiter, error, outputs);
  }

  /**
   * onBatch, which counts: a count that fails must not stop the serving. Thrown here, it left the
   * batcher marked running with its requests never answered, and every later request queued behind
   * them (or, in flush, an unhandled rejection).
   */
  private countBatch(rows: number, waited: number[]): void {
    try {
      this.options.onBatch?.(rows, waited);
    } catch (error) {
      // the metrics miss this batch; the batch runs, and the failure is said once, not per batch
      if (this.countFailed) return;
      this.countFailed = true;
      this.options.onBatchError?.(error);
    }
  }

  private schedule(): void {
    if (this.running || this.scheduled || this.queuedRequests === 0) return;
    const full = this.queuedRows >= this.options.maxBatchRows;
    const waitMs = this.options.maxQueueDelayUs / 1000;
    this.scheduled = true;
    if (full || waitMs <= 0) {
      // At once: onnxruntime-node defers the run itself to the event loop's check phase, so the
      // requests read in the same turn still queue behind this run and share the next one.
      void this.flush();
    } else {
      this.timer = setTimeout(() => void this.flush(), waitMs);
    }
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    clearTimeout(this.timer);
    const batch = this.take();
    if (batch.length === 0) return;
    this.running = true;
    const started = performance.now();
    let rows = 0;
    const waited: number[] = new Array(batch.length);
    for (let i = 0; i < batch.length; i++) {
      rows += batch[i]!.rows;
      waited[i] = (started - batch[i]!.enqueued) / 1000;
    }
    this.countBatch(rows, waited);
    // stacking inside startRun: inputs that cannot be stacked fail the batch as its run would, later
    const running = startRun(() => this.options.run(batch.length === 1 ? batch[0]!.inputs : stack(batch)));
    let error: unknown;
    let answers: Tensor[][] | undefined;
    try {
      const outputs = await running;
      answers = batch.length === 1 ? [outputs] : split(outputs, batch, rows);
    } catch (err) {
      error = err;
    }
    this.running = false;
    this.schedule();
    for (let i = 0; i < batch.length; i++) settle(batch[i]!.waiter, error, answers?.[i]);
  }

  /**
   * The oldest waiting request and the requests of its shape behind it, in arrival order, up to
   * maxBatchRows (the first is taken whatever its size); one request when the model cannot stack.
   */
  private take(): Pending[] {
    let oldest: Fifo | undefined;
    let oldestKey = '';
    for (const [key, fifo] of this.queues) {
      if (!oldest || fifo.peek()!.seq < oldest.peek()!.seq) {
        oldest = fifo;
        oldestKey = key;
      }
    }
    if (!oldest) return [];
    const { batchable, maxBatchRows } = this.options;
    const batch: Pending[] = [oldest.shift()];
    let rows = batch[0]!.rows;
    while (batchable && oldest.length > 0 && rows + oldest.peek()!.rows <= maxBatchRows) {
      const p = oldest.shift();
      batch.push(p);
      rows += p.rows;
    }
    if (oldest.length === 0) this.queues.delete(oldestKey);
    this.queuedRequests -= batch.length;
    this.queuedRows -= rows;
    return batch;
  }
}

/**
 * Tells one waiter. A waiter that throws is a bug in it: the others of the batch are told all the
 * same, and the error is thrown again on its own (an uncaught exception, not a batch left hanging).
 */
function settle(waiter: BatchWaiter, error: unknown, outputs: Tensor[] | undefined): void {
  try {
    waiter.settle(error, outputs);
  } catch (thrown) {
    queueMicrotask(() => {
      throw thrown;
    });
  }
}

/** the last common key made, and what it was made of */
let lastKey = { name: '', datatype: '', width: -1, key: '' };

/** requests stack when their inputs agree in everything but the row count */
function batchKey(inputs: Tensor[]): string {
  // the common request, one [rows, k] input, without the arrays and joins (the same key), and
  // the same string as the request before's when it is the same (no text made and hashed again)
  if (inputs.length === 1 && inputs[0]!.shape.length === 2) {
    const { name, datatype, shape } = inputs[0]!;
    const last = lastKey;
    if (name === last.name && datatype === last.datatype && shape[1] === last.width) return last.key;
    lastKey = { name, datatype, width: shape[1]!, key: `${name}:${datatype}:${shape[1]}` };
    return lastKey.key;
  }
  return inputs.map((t) => `${t.name}:${t.datatype}:${t.shape.slice(1).join('x')}`).join('|');
}

function stack(batch: Pending[]): Tensor[] {
  const first = batch[0]!.inputs;
  return first.map((input, k) => {
    const parts = batch.map((p) => p.inputs.find((t) => t.name === input.name) ?? p.inputs[k]!);
    const rows = parts.reduce((n, t) => n + (t.shape[0] ?? 1), 0);
    return { name: input.name, datatype: input.datatype, shape: [rows, ...input.shape.slice(1)], data: concat(parts.map((t) => t.data)) };
  });
}

function concat(arrays: TensorArray[]): TensorArray {
  const first = arrays[0]!;
  if (Array.isArray(first)) return ([] as string[]).concat(...(arrays as string[][]));
  const total = arrays.reduce((n, a) => n + a.length, 0);
  const out = new (first.constructor as new (n: number) => Exclude<TensorArray, string[]>)(total);
  let offset = 0;
  for (const a of arrays as Exclude<TensorArray, string[]>[]) {
    (out as Float32Array).set(a as Float32Array, offset);
    offset += a.length;
  }
  return out;
}

/** each request's own rows of every output */
function split(outputs: Tensor[], batch: Pending[], rows: number): Tensor[][] {
  for (const output of outputs) {
    if (output.shape[0] !== rows) throw new Error(`the output "${output.name}" has ${output.shape[0]} rows for a batch of ${rows}`);
  }
  const answers: Tensor[][] = new Array(batch.length);
  let start = 0;
  for (let i = 0; i < batch.length; i++) {
    const p = batch[i]!;
    const end = start + p.rows;
    const own: Tensor[] = new Array(outputs.length);
    for (let k = 0; k < outputs.length; k++) {
      const o = outputs[k]!;
      const width = rows === 0 ? 0 : o.data.length / rows;
      const data = Array.isArray(o.data) ? o.data.slice(start * width, end * width) : o.data.subarray(start * width, end * width);
      const shape = o.shape.length === 2 ? [p.rows, o.shape[1]!] : [p.rows, ...o.shape.slice(1)];
      own[k] = o.parameters === undefined ? { name: o.name, datatype: o.datatype, shape, data } : { name: o.name, datatype: o.datatype, shape, data, parameters: o.parameters };
    }
    answers[i] = own;
    start = end;
  }
  return answers;
}

/**
 * A run started, one that throws at once (its inputs' stacking included) turned into a rejection:
 * either way its outcome comes later, so no waiter is settled before the enqueue that started the
 * run has returned, and the batcher goes on.
 */
function startRun(run: () => Promise<Tensor[]>): Promise<Tensor[]> {
  try {
    return run();
  } catch (error) {
    return Promise.reject(error);
  }
}
