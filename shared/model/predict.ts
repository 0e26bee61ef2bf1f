/**
 * Batched inference over a whole table: columns in, columnar predictions out. Input buffers are
 * reused batch after batch and outputs go straight into arrays sized for all rows, so a million
 * rows cost a few dozen session runs and no per-row objects. With several batches, the runs
 * happen on a helper thread while the main thread fills the next batch's input (double
 * buffering): filling then costs little more than nothing on a machine with a core to spare.
 */
import { UserError } from '../errors.js';
import type { Table } from '../data/table.js';
import { mainThreadRunner, type BatchOutput, type BatchResult, type InputArray } from './batch-runner.js';
import { allocateInput, fillFeed, planFeeds } from './feeds.js';
import { helperFor } from './helper-registry.js';
import type { LoadedModel } from './session.js';
import { planOutputs, type OutputPlan } from './task.js';
import { summarizeTiming } from './timing.js';
import type { InferenceTiming, Predictions, Task } from './types.js';

export interface PredictOptions {
  /** the columns the model takes; default: every column but the target and `excludeColumns` */
  featureColumns?: string[];
  target?: string;
  excludeColumns?: string[];
  /** rows per session run; default 65,536 */
  batchSize?: number;
  /** overrides the task inferred from the model's outputs */
  task?: Task;
  /**
   * run batches on the model's helper thread (inference-helper.ts), so that filling the next
   * batch overlaps the current run; default true. false: every batch runs on the main thread.
   */
  helperThread?: boolean;
}

export const DEFAULT_BATCH_SIZE = 65_536;

export async function predict(model: LoadedModel, table: Table, options: PredictOptions = {}): Promise<{ predictions: Predictions; timing: InferenceTiming }> {
  const excluded = new Set([...(options.target ? [options.target] : []), ...(options.excludeColumns ?? [])]);
  const features = options.featureColumns ?? table.columns.map((c) => c.name).filter((n) => !excluded.has(n));
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const rows = table.rowCount;
  const plan = planOutputs(model.signature, options.task);
  const feeds = planFeeds(model.signature, table, features);
  const collector = new OutputCollector(model, plan, rows);
  const fetches = collector.fetchNames();
  const batches = Math.ceil(rows / batchSize);
  // One batch has nothing to overlap with; for several, the helper thread runs them once it is up.
  const helper = batches >= 2 && options.helperThread !== false ? helperFor(model) : undefined;
  const mainThread = mainThreadRunner(model.ort, model.session);
  const capacity = Math.min(batchSize, Math.max(rows, 1));
  // Input buffers free for the next batch: one while runs happen here, a second one (made when
  // first needed) once one can be filled while the other is in a run on the helper.
  const free: InputArray[][] = [];
  const allocate = () => feeds.map((feed) => allocateInput(feed, capacity));

  const batchMs: number[] = [];
  const batchRows: number[] = [];
  const settle = ({ outputs, ms, inputs }: BatchResult, start: number, end: number) => {
    collector.collect(outputs, start, end);
    batchMs.push(ms);
    batchRows.push(end - start);
    free.push(inputs.map(wholeArray));
  };
  let inFlight: Promise<void> | undefined;
  helper?.hold();
  const started = performance.now();
  try {
    for (let start = 0; start < rows; start += batchSize) {
      const end = Math.min(rows, start + batchSize);
      const overlap = helper?.ready === true;
      // A run on this thread cannot overlap anything: let it finish and reuse its buffer.
      if (!overlap) await inFlight;
      const buffers = free.pop() ?? allocate();
      const inputs = feeds.map((feed, i) => fillFeed(feed, buffers[i]!, table, start, end));
      // Batch i+1 was filled while batch i ran on the helper; only now wait for batch i.
      await inFlight;
      const runner = overlap ? helper : mainThread;
      inFlight = runner.run(inputs, fetches).then((result) => settle(result, start, end));
    }
    await inFlight;
  } finally {
    // After an error, let a run still in flight finish before the helper may be released.
    await inFlight?.catch(() => undefined);
    helper?.release();
  }
  const totalMs = performance.now() - started;
  return { predictions: collector.finish(), timing: summarizeTiming(batchMs, batchRows, batchSize, totalMs) };
}

/** the full-capacity array over a batch's (possibly shorter) input view */
function wholeArray(view: InputArray): InputArray {
  if (view.byteOffset === 0 && view.byteLength === view.buffer.byteLength) return view;
  const Kind = view.constructor as new (buffer: ArrayBufferLike) => InputArray;
  return new Kind(view.buffer);
}

type FloatArray = Float32Array | Float64Array;

/** Gathers each batch's output tensors into whole-table arrays. */
class OutputCollector {
  private readonly fetch: { label?: string; probabilities?: string; values?: string };
  private probabilities?: Float32Array;
  private columns?: number;
  private labels?: Int32Array;
  private values?: FloatArray;
  private classes?: (number | string)[];
  private labelIndex?: Map<number | string, number>;
  /** classes are 0..k-1, so an int64 label is its own index */
  private identityClasses = false;

  constructor(
    private readonly model: LoadedModel,
    private readonly plan: OutputPlan,
    private readonly rows: number,
  ) {
    const fetchName = (name: string) => model.fetchNames[name] ?? name;
    this.fetch = {
      ...(plan.label ? { label: fetchName(plan.label.name) } : {}),
      ...(plan.probabilities ? { probabilities: fetchName(plan.probabilities.name) } : {}),
      ...(plan.values ? { values: fetchName(plan.values.name) } : {}),
    };
  }

  fetchNames(): string[] {
    return Object.values(this.fetch);
  }

  collect(outputs: Record<string, BatchOutput>, start: number, end: number): void {
    const n = end - start;
    if (this.fetch.values) this.collectValues(outputs[this.fetch.values]!, start, n);
    if (this.fetch.probabilities) this.collectProbabilities(outputs[this.fetch.probabilities]!, start, n);
    if (this.fetch.label) this.collectLabels(outputs[this.fetch.label]!, start, n);
  }

  private collectValues(tensor: BatchOutput, start: number, n: number): void {
    const data = tensor.data as FloatArray;
    if (data.length !== n) throw shapeError(this.fetch.values!, tensor.dims, n, 'one value per row');
    this.values ??= isArrayOf(data, 'Float64Array') ? new Float64Array(this.rows) : new Float32Array(this.rows);
    this.values.set(data, start);
  }

  private collectProbabilities(tensor: BatchOutput, start: number, n: number): void {
    const data = tensor.data as FloatArray;
    const width = n > 0 ? data.length / n : 0;
    if (!Number.isInteger(width) || width < 1) throw shapeError(this.fetch.probabilities!, tensor.dims, n, 'one row of probabilities per row');
    if (this.columns === undefined) this.start(width);
    const out = this.probabilities!;
    if (width === 1) {
      // A binary model giving only P(positive): expand to [P(negative), P(positive)].
      for (let r = 0, o = start * 2; r < n; r++, o += 2) {
        const p = data[r]!;
        out[o] = 1 - p;
        out[o + 1] = p;
      }
    } else {
      if (width !== this.columns) throw shapeError(this.fetch.probabilities!, tensor.dims, n, `${this.columns} columns, as in the first batch`);
      out.set(data, start * width);
    }
  }

  /** sizes the outputs once the first batch shows the probability width */
  private start(width: number): void {
    const columns = Math.max(width, 2);
    this.columns = columns;
    this.probabilities = new Float32Array(this.rows * columns);
    this.labels = new Int32Array(this.rows);
    const declared = this.model.signature.classLabels;
    if (declared && declared.length !== columns) {
      throw new UserError(
        `The model declares ${declared.length} class labels but its probability output has ${columns} columns.`,
        this.model.path,
        'Re-export the model so that its class labels match its probability columns.',
      );
    }
    this.classes = declared ?? Array.from({ length: columns }, (_, i) => i);
    this.labelIndex = new Map(this.classes.map((c, i) => [c, i]));
    this.identityClasses = this.classes.every((c, i) => c === i);
  }

  private collectLabels(tensor: BatchOutput, start: number, n: number): void {
    const data = tensor.data as BigInt64Array | Int32Array | string[];
    if (data.length !== n) throw shapeError(this.fetch.label!, tensor.dims, n, 'one label per row');
    const labels = this.labels!;
    if (isArrayOf(data, 'BigInt64Array') && this.identityClasses && int64IndicesInto(data as BigInt64Array, labels, start, this.columns!)) return;
    const index = this.labelIndex!;
    for (let r = 0; r < n; r++) {
      const raw = data[r]!;
      const key = typeof raw === 'bigint' ? Number(raw) : raw;
      const at = index.get(key);
      if (at === undefined) {
        throw new UserError(
          `The model predicted the label ${JSON.stringify(String(key))}, which is not among its classes (${this.classes!.join(', ')}).`,
          this.model.path,
          'Re-export the model so that its label output and its declared classes agree.',
        );
      }
      labels[start + r] = at;
    }
  }

  finish(): Predictions {
    const { task } = this.plan;
    if (task === 'regression') return { task, rowCount: this.rows, values: this.values ?? new Float32Array(0) };
    if (this.columns === undefined) this.start(this.plan.probabilityColumns ?? 2);
    if (!this.fetch.label) argmaxRows(this.probabilities!, this.columns!, this.labels!);
    return { task, rowCount: this.rows, classes: this.classes!, labels: this.labels!, probabilities: this.probabilities! };
  }
}

/**
 * Copies int64 labels that are class indices 0..classes-1 into `labels` at `start`, reading the
 * two 32-bit halves of each (little-endian) instead of converting a BigInt per row. Returns false,
 * having written nothing usable, when a label is out of that range; the caller then maps them one
 * by one and reports the stray label.
 */
function int64IndicesInto(data: BigInt64Array, labels: Int32Array, start: number, classes: number): boolean {
  const halves = new Int32Array(data.buffer, data.byteOffset, data.length * 2);
  for (let r = 0; r < data.length; r++) {
    const low = halves[2 * r]!;
    if (halves[2 * r + 1] !== 0 || low < 0 || low >= classes) return false;
    labels[start + r] = low;
  }
  return true;
}

/** label = the most probable class, for models without a label output; ties go to the first */
function argmaxRows(probabilities: Float32Array, columns: number, labels: Int32Array): void {
  for (let r = 0, o = 0; r < labels.length; r++, o += columns) {
    let best = 0;
    for (let c = 1; c < columns; c++) if (probabilities[o + c]! > probabilities[o + best]!) best = c;
    labels[r] = best;
  }
}

/** typed-array kind by tag, which holds across realms (onnxruntime's arrays seen from a jest context) */
function isArrayOf(data: unknown, tag: string): boolean {
  return ArrayBuffer.isView(data) && (data as unknown as { [Symbol.toStringTag]: string })[Symbol.toStringTag] === tag;
}

function shapeError(output: string, dims: readonly number[], rows: number, expected: string): UserError {
  return new UserError(
    `The model's output "${output}" has shape [${dims.join(', ')}] for a batch of ${rows} rows; mlci expects ${expected}.`,
    'model outputs',
    'Export the model with a batch dimension first in every output, or set the task input if mlci picked the wrong output.',
  );
}
