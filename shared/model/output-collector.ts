/**
 * Gathering each batch's outputs into whole-table arrays: probabilities row-major rows × classes,
 * labels as class indices, regression values. Where the model declares an output's type and
 * width, onnxruntime writes it in place (targets) and nothing is copied. The arrays start at the
 * rows expected and grow when a stream brings more (a gzip file's rows are a guess).
 *
 * `compact` (evaluate-gate, which keeps every row of files of tens of millions) keeps fewer bytes
 * a row with the same values: labels in 8 bits when the classes are at most 256, and of a binary
 * model only P(class 1) as long as every row's P(class 0) is Math.fround(1 − it), as the usual
 * exporters compute it (a model whose columns are not complements to the bit is kept in two).
 */
import { UserError } from '../errors.js';
import type { BatchOutput, OutputTargets } from './batch-runner.js';
import type { LoadedModel } from './session.js';
import type { OutputPlan } from './task.js';
import type { Predictions } from './types.js';
import { sigmoid, softmaxRows, type ClassScores } from './class-scores.js';
import { BinaryBatch } from './binary-batch.js';

type FloatArray = Float32Array | Float64Array;

/**
 * A batch's probability rows as they came (softmax applied), a view valid until the next batch:
 * `width` 2 for a compact binary model's batch, 1 where only P(class 1) came and is kept. Its
 * first `verified` rows are known to be probability rows already (keepComplements).
 */
export interface BatchProbabilities {
  data: Float32Array;
  width: number;
  verified: number;
}

/** Gathers each batch's output tensors into whole-table arrays. */
export class OutputCollector {
  private readonly fetch: { label?: string; probabilities?: string; values?: string };
  private probabilities?: Float32Array;
  private columns?: number;
  /** probability columns kept a row: `columns`, or 1 for a compact binary model's P(class 1) */
  private stored = 0;
  /** compact binary: each batch's two columns, before P(class 1) is kept */
  private batchScratch?: Float32Array;
  private labels?: Int32Array | Uint8Array;
  private values?: FloatArray;
  private classes?: (number | string)[];
  private labelIndex?: Map<number | string, number>;
  /** classes are 0..k-1, so an int64 label is its own index */
  private identityClasses = false;
  /** probability columns, when the model declares a float32 [N, k] output onnxruntime can write in place */
  private readonly directColumns?: number;
  /** when the model declares an int64 [N] label: the batch's labels, before they become indices */
  private labelScratch?: BigInt64Array;
  /** the dims after N of a declared float [N] or [N, 1] values output, written in place */
  private directValueDims?: number[];
  /** rows the arrays have room for */
  private capacity: number;
  /** rows collected so far */
  private rows = 0;
  /** with scores: logits, whether every raw row so far was already a probability distribution */
  private logitsSumToOne = true;
  /** the last batch's probability rows as they came (softmax applied), for the check made right after it */
  private lastBatch?: BatchProbabilities;
  /** compact, with a declared [N, 2] float32 probability output and an int64 [N] label of classes 0 and 1: where onnxruntime writes a batch, and the loop that keeps its common rows */
  private binaryBatch: BinaryBatch | null = null;

  constructor(
    private readonly model: LoadedModel,
    private readonly plan: OutputPlan,
    /** the rows expected: the arrays' first size */
    expectedRows: number,
    /** what the probability output holds: probabilities, or logits to turn into them */
    private readonly scores: ClassScores = 'probabilities',
    /** keep fewer bytes a row (see above) */
    private readonly compact = false,
  ) {
    this.capacity = Math.max(1, expectedRows);
    const fetchName = (name: string) => model.fetchNames[name] ?? name;
    this.fetch = {
      ...(plan.label ? { label: fetchName(plan.label.name) } : {}),
      ...(plan.probabilities ? { probabilities: fetchName(plan.probabilities.name) } : {}),
      ...(plan.values ? { values: fetchName(plan.values.name) } : {}),
    };
    // Only outputs whose type and width the file declares (a ZipMap's stand-in declares no type of its own).
    const probabilities = plan.probabilities;
    const width = probabilities?.shape[1];
    if (probabilities?.type === 'float32' && probabilities.shape.length === 2 && typeof width === 'number' && width >= 2 && this.fetch.probabilities === probabilities.name) {
      this.directColumns = width;
    }
    if (plan.label?.type === 'int64' && plan.label.shape.length === 1 && this.fetch.label === plan.label.name) this.labelScratch = new BigInt64Array(0);
    const declared = model.signature.classLabels;
    if (compact && this.directColumns === 2 && this.labelScratch && (!declared || (declared[0] === 0 && declared[1] === 1))) this.binaryBatch = BinaryBatch.take();
    const values = plan.values;
    if (values && (values.type === 'float32' || values.type === 'float64') && this.fetch.values === values.name) {
      if (values.shape.length === 1 || (values.shape.length === 2 && values.shape[1] === 1)) {
        this.directValueDims = values.shape.slice(1) as number[];
        this.values = values.type === 'float64' ? new Float64Array(this.capacity) : new Float32Array(this.capacity);
      }
    }
  }

  fetchNames(): string[] {
    return Object.values(this.fetch);
  }

  /**
   * Where onnxruntime can write rows [start, end) of the outputs itself: the probabilities
   * straight into their final place, int64 labels into a scratch array reused by every batch.
   * Saves onnxruntime's allocation of its output tensors and a copy out of each.
   */
  targets(start: number, end: number): OutputTargets | undefined {
    const n = end - start;
    this.reserve(end);
    const targets: OutputTargets = {};
    const k = this.directColumns;
    if (k !== undefined && this.columns === undefined) this.start(k);
    const batch = this.binaryBatchFor(n);
    if (k !== undefined) {
      let data: Float32Array;
      if (this.stored === k) data = this.probabilities!.subarray(start * k, end * k);
      else if (batch) data = batch.probabilities.subarray(0, n * k);
      else {
        // compact binary: the batch's two columns land beside, and only P(class 1) is kept
        if (!this.batchScratch || this.batchScratch.length < n * k) this.batchScratch = new Float32Array(n * k);
        data = this.batchScratch.subarray(0, n * k);
      }
      targets[this.fetch.probabilities!] = { type: 'float32', data, dims: [n, k] };
    }
    if (this.labelScratch) {
      if (!batch && this.labelScratch.length < n) this.labelScratch = new BigInt64Array(n);
      targets[this.fetch.label!] = { type: 'int64', data: (batch ? batch.labels : this.labelScratch).subarray(0, n), dims: [n] };
    }
    if (this.directValueDims) {
      const values = this.values!;
      const type = isArrayOf(values, 'Float64Array') ? 'float64' : 'float32';
      targets[this.fetch.values!] = { type, data: values.subarray(start, end), dims: [n, ...this.directValueDims] };
    }
    return Object.keys(targets).length > 0 ? targets : undefined;
  }

  collect(outputs: Record<string, BatchOutput>, start: number, end: number): void {
    const n = end - start;
    this.reserve(end);
    this.rows = Math.max(this.rows, end);
    if (this.fetch.values) this.collectValues(outputs[this.fetch.values]!, start, n);
    // rows whose labels were kept with their probabilities (BinaryBatch)
    let labelled = 0;
    if (this.fetch.probabilities) labelled = this.collectProbabilities(outputs[this.fetch.probabilities]!, start, n, this.fetch.label ? outputs[this.fetch.label] : undefined);
    if (this.fetch.label) this.collectLabels(outputs[this.fetch.label]!, start, n, labelled);
  }

  /** the module a compact binary batch of `n` rows goes through, while its rows are kept as P(class 1) alone */
  private binaryBatchFor(n: number): BinaryBatch | undefined {
    const batch = this.binaryBatch;
    return batch && this.stored === 1 && n <= batch.capacity ? batch : undefined;
  }

  private collectValues(tensor: BatchOutput, start: number, n: number): void {
    const data = tensor.data as FloatArray;
    if (data.length !== n) throw shapeError(this.fetch.values!, tensor.dims, n, 'one value per row');
    this.values ??= isArrayOf(data, 'Float64Array') ? new Float64Array(this.capacity) : new Float32Array(this.capacity);
    if (!isInPlace(data, this.values, start)) this.values.set(data, start);
  }

  /** returns how many of the batch's first rows had their labels kept too (from `labels`, BinaryBatch) */
  private collectProbabilities(tensor: BatchOutput, start: number, n: number, labels: BatchOutput | undefined): number {
    const data = tensor.data as FloatArray;
    const width = n > 0 ? data.length / n : 0;
    if (!Number.isInteger(width) || width < 1) throw shapeError(this.fetch.probabilities!, tensor.dims, n, 'one row of probabilities per row');
    if (this.columns === undefined) this.start(width);
    const logits = this.scores === 'logits';
    if (width === 1) {
      // A binary model giving only P(positive) (or its log-odds): expand to [P(negative), P(positive)].
      for (let r = 0; r < n; r++) {
        const p = logits ? sigmoid(data[r]!) : data[r]!;
        this.putBinary(start + r, Math.fround(1 - p), Math.fround(p));
      }
      this.lastBatch = { data: this.probabilities!.subarray(start * this.stored, (start + n) * this.stored), width: this.stored, verified: 0 };
      return 0;
    } else if (this.stored !== this.columns) {
      // compact binary: softmax (for logits) on the batch's float32 rows, as the kept rows would get it
      if (width !== 2) throw shapeError(this.fetch.probabilities!, tensor.dims, n, `${this.columns} columns, as ${this.directColumns ? 'the model declares' : 'in the first batch'}`);
      const batch = this.binaryBatchFor(n);
      if (!batch && (!this.batchScratch || this.batchScratch.length < n * 2)) this.batchScratch = new Float32Array(n * 2);
      const rows = (batch ? batch.probabilities : this.batchScratch!).subarray(0, n * 2);
      if (!isInPlace(data, rows, 0)) rows.set(data);
      if (logits) {
        if (this.logitsSumToOne) this.logitsSumToOne = rowsSumToOne(rows, 0, n, 2);
        softmaxRows(rows, 0, n, 2);
      }
      // the common rows: in the module with their labels when onnxruntime wrote those in place too, else here
      const labelled = batch && labels && isInPlace(labels.data as BigInt64Array, batch.labels, 0) && this.labels instanceof Uint8Array ? batch.keep(n, this.columns!, this.probabilities!, this.labels, start) : undefined;
      const kept = labelled ?? (this.stored === 1 ? keepComplements(rows, this.probabilities!, start, n) : 0);
      for (let r = kept; r < n; r++) this.putBinary(start + r, rows[2 * r]!, rows[2 * r + 1]!);
      this.lastBatch = { data: rows, width: 2, verified: kept };
      return labelled ?? 0;
    } else {
      const out = this.probabilities!;
      if (width !== this.columns) throw shapeError(this.fetch.probabilities!, tensor.dims, n, `${this.columns} columns, as ${this.directColumns ? 'the model declares' : 'in the first batch'}`);
      if (!isInPlace(data, out, start * width)) out.set(data, start * width);
      if (logits) {
        if (this.logitsSumToOne) this.logitsSumToOne = rowsSumToOne(out, start * width, n, width);
        softmaxRows(out, start * width, n, width);
      }
      this.lastBatch = { data: out.subarray(start * width, (start + n) * width), width, verified: 0 };
    }
    return 0;
  }

  /** a binary model's row, as two float32 probabilities: kept as one while they are complements */
  private putBinary(row: number, negative: number, positive: number): void {
    if (this.stored === 1) {
      if (negative === Math.fround(1 - positive)) {
        this.probabilities![row] = positive;
        return;
      }
      this.keepBothColumns(row);
    }
    this.probabilities![2 * row] = negative;
    this.probabilities![2 * row + 1] = positive;
  }

  /** from compact P(class 1) to both columns, for the rows before `rows` and all after */
  private keepBothColumns(rows: number): void {
    const positive = this.probabilities!;
    const both = new Float32Array(this.capacity * 2);
    for (let r = 0; r < rows; r++) {
      both[2 * r] = Math.fround(1 - positive[r]!);
      both[2 * r + 1] = positive[r]!;
    }
    this.probabilities = both;
    this.stored = 2;
  }

  /** sizes the outputs once the first batch shows the probability width */
  private start(width: number): void {
    const columns = Math.max(width, 2);
    this.columns = columns;
    this.stored = this.compact && columns === 2 ? 1 : columns;
    this.probabilities = new Float32Array(this.capacity * this.stored);
    this.labels = this.compact && columns <= 256 ? new Uint8Array(this.capacity) : new Int32Array(this.capacity);
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

  /** `from`: the batch's first rows, whose labels were kept already */
  private collectLabels(tensor: BatchOutput, start: number, n: number, from: number): void {
    const data = tensor.data as BigInt64Array | Int32Array | string[];
    if (data.length !== n) throw shapeError(this.fetch.label!, tensor.dims, n, 'one label per row');
    if (from === n) return;
    const labels = this.labels!;
    if (isArrayOf(data, 'BigInt64Array') && this.identityClasses && int64IndicesInto((data as BigInt64Array).subarray(from), labels, start + from, this.columns!)) return;
    const index = this.labelIndex!;
    for (let r = from; r < n; r++) {
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

  /** the classes, in the order of the probability columns; known once the first batch was collected */
  get classList(): readonly (number | string)[] | undefined {
    return this.classes;
  }

  /** room for `rows` rows: the arrays grow by half again (not double) when a stream outruns them */
  private reserve(rows: number): void {
    if (rows <= this.capacity) return;
    const capacity = Math.max(rows, Math.ceil(this.capacity * 1.5));
    const grow = <T extends Float32Array | Float64Array | Int32Array | Uint8Array>(array: T | undefined, width: number): T | undefined => {
      if (!array) return undefined;
      const bigger = new (array.constructor as new (length: number) => T)(capacity * width);
      bigger.set(array.subarray(0, this.rows * width));
      return bigger;
    };
    this.probabilities = grow(this.probabilities, this.stored);
    this.labels = grow(this.labels, 1);
    this.values = grow(this.values, 1);
    this.capacity = capacity;
  }

  /** what the evaluation should say about how the outputs were read */
  warnings(): string[] {
    const name = this.plan.probabilities?.name ?? '';
    if (this.scores !== 'logits' || this.columns === undefined || this.columns < 2 || !this.logitsSumToOne || !/prob/i.test(name)) return [];
    return [`scores: logits is set, but the output "${name}" of ${this.model.path} is named as probabilities and its rows already sum to 1: softmax over probabilities flattens them. Leave scores at probabilities unless the output really holds logits.`];
  }

  /**
   * Rows [start, end) of the probabilities as kept (`width` 1: a binary model's P(class 1) alone),
   * a view: what finish() will give for those rows, for figures added up as the stream goes
   */
  storedProbabilities(start: number, end: number): { data: Float32Array; width: number } | undefined {
    if (this.columns === undefined || !this.probabilities) return undefined;
    return { data: this.probabilities.subarray(start * this.stored, end * this.stored), width: this.stored };
  }

  /** the probability rows of the batch collect() took last (BatchProbabilities) */
  batchProbabilities(): BatchProbabilities | undefined {
    return this.lastBatch;
  }

  finish(): Predictions {
    this.binaryBatch?.release();
    this.binaryBatch = null;
    const { task } = this.plan;
    const rows = this.rows;
    if (task === 'regression') return { task, rowCount: rows, values: this.values?.subarray(0, rows) ?? new Float32Array(0) };
    if (this.columns === undefined) this.start(this.plan.probabilityColumns ?? 2);
    const labels = this.labels!.subarray(0, rows);
    const probabilities = this.probabilities!.subarray(0, rows * this.stored);
    if (!this.fetch.label) argmaxRows(probabilities, this.stored, labels);
    return { task, rowCount: rows, classes: this.classes!, labels, probabilities };
  }
}

/**
 * A compact binary batch's common case in one loop: keeps P(class 1) of `rows` (two columns, `n`
 * rows) at `start` of `kept` while each row's P(class 0) is its float32 complement and P(class 1)
 * lies in [0, 1], which makes the row a probability distribution too, so the check after the run
 * can skip it. Returns the first row that is not such a row (`n` when all are): putBinary takes
 * it and the rest, and the check looks at them.
 */
function keepComplements(rows: Float32Array, kept: Float32Array, start: number, n: number): number {
  for (let r = 0, o = 0; r < n; r++, o += 2) {
    const positive = rows[o + 1]!;
    if (rows[o] !== Math.fround(1 - positive) || !(positive >= 0 && positive <= 1)) return r;
    kept[start + r] = positive;
  }
  return n;
}

/** whether the `n` rows of `width` values from `offset` each lie in [0, 1] and sum to 1 */
function rowsSumToOne(data: FloatArray, offset: number, n: number, width: number): boolean {
  for (let r = 0, o = offset; r < n; r++, o += width) {
    let sum = 0;
    for (let c = 0; c < width; c++) {
      const v = data[o + c]!;
      if (!(v >= 0 && v <= 1)) return false;
      sum += v;
    }
    if (Math.abs(sum - 1) > 1e-3) return false;
  }
  return true;
}

/**
 * Copies int64 labels that are class indices 0..classes-1 into `labels` at `start`, reading the
 * two 32-bit halves of each (little-endian) instead of converting a BigInt per row. Returns false,
 * having written nothing usable, when a label is out of that range; the caller then maps them one
 * by one and reports the stray label.
 */
function int64IndicesInto(data: BigInt64Array, labels: Int32Array | Uint8Array, start: number, classes: number): boolean {
  const n = data.length;
  const halves = new Int32Array(data.buffer, data.byteOffset, n * 2);
  for (let r = 0, h = 0, at = start; r < n; r++, h += 2, at++) {
    const low = halves[h]!;
    // unsigned compare: a negative low half fails as well as one ≥ classes
    if (halves[h + 1] !== 0 || low >>> 0 >= classes) return false;
    labels[at] = low;
  }
  return true;
}

/** label = the most probable class, for models without a label output; ties go to the first */
function argmaxRows(probabilities: Float32Array, columns: number, labels: Int32Array | Uint8Array): void {
  if (columns === 1) {
    // compact binary: P(class 0) is the complement
    for (let r = 0; r < labels.length; r++) labels[r] = probabilities[r]! > Math.fround(1 - probabilities[r]!) ? 1 : 0;
    return;
  }
  for (let r = 0, o = 0; r < labels.length; r++, o += columns) {
    let best = 0;
    for (let c = 1; c < columns; c++) if (probabilities[o + c]! > probabilities[o + best]!) best = c;
    labels[r] = best;
  }
}

/** whether onnxruntime wrote `data` in place, as the part of `whole` from `offset` on (see targets) */
function isInPlace(data: ArrayBufferView & { BYTES_PER_ELEMENT: number }, whole: ArrayBufferView & { BYTES_PER_ELEMENT: number }, offset: number): boolean {
  return data.buffer === whole.buffer && data.byteOffset === whole.byteOffset + offset * whole.BYTES_PER_ELEMENT;
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
