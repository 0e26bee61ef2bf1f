import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  allocateInput,
  fillFeed,
  mainThreadRunner,
  planFeeds
} from "./chunk-BKFVP64E.mjs";
import {
  GraphField,
  ModelField,
  ProtoDecodeError,
  ProtoWriter,
  attributeOf,
  decodeModel,
  signatureOf,
  writeValueInfo
} from "./chunk-IVPEYKAS.mjs";
import {
  columnNames,
  describeRow,
  findColumn
} from "./chunk-MWAICGG4.mjs";
import {
  EmbeddedWasm
} from "./chunk-OODZNGRG.mjs";
import {
  sigmoid,
  softmaxRows
} from "./chunk-BG3LUX6W.mjs";
import {
  sha256Bytes
} from "./chunk-42RCFE6G.mjs";
import {
  UserError,
  describeError
} from "./chunk-PWERFMPE.mjs";

// shared/model/session.ts
import { readFile } from "node:fs/promises";

// shared/model/zipmap.ts
function exposeZipMapInputs(bytes, model) {
  const graphOutputs = new Set(model.graph.outputs.map((o) => o.name));
  const replacements = {};
  const added = new ProtoWriter();
  for (const node of model.graph.nodes) {
    if (node.opType !== "ZipMap" || node.domain !== "ai.onnx.ml") continue;
    const output = node.outputs[0];
    const input = node.inputs[0];
    if (!output || !input || !graphOutputs.has(output)) continue;
    replacements[output] = input;
    if (graphOutputs.has(input)) continue;
    graphOutputs.add(input);
    const classes = (attributeOf(node, "classlabels_int64s", "ints") ?? attributeOf(node, "classlabels_strings", "strings"))?.length;
    added.message(
      GraphField.output,
      (v) => writeValueInfo(v, { name: input, type: { kind: "tensor", elemType: "float32", shape: [null, classes ?? null] } })
    );
  }
  if (added.byteLength === 0) return { bytes, replacements };
  const graphPatch = new ProtoWriter().bytes(ModelField.graph, added.finish()).finish();
  const patched = new Uint8Array(bytes.length + graphPatch.length);
  patched.set(bytes);
  patched.set(graphPatch, bytes.length);
  return { bytes: patched, replacements };
}

// shared/model/fixed-batch.ts
function declaredBatchSize(signature) {
  const sizes = signature.inputs.map((input) => input.shape[0]);
  const first = sizes[0];
  return typeof first === "number" && first > 0 && sizes.every((size) => size === first) ? first : void 0;
}
function padBatch(inputs, rows, size) {
  return inputs.map((input) => {
    const perRow = input.data.length / rows;
    const Kind = input.data.constructor;
    const data = new Kind(size * perRow);
    data.set(input.data);
    const last = input.data.subarray((rows - 1) * perRow, rows * perRow);
    for (let r = rows; r < size; r++) data.set(last, r * perRow);
    return { ...input, data, dims: [size, ...input.dims.slice(1)] };
  });
}
function trimOutputs(outputs, rows, size) {
  const trimmed = {};
  for (const [name, output] of Object.entries(outputs)) {
    const perRow = output.data.length / size;
    const data = Array.isArray(output.data) ? output.data.slice(0, rows * perRow) : output.data.subarray(0, rows * perRow);
    trimmed[name] = { dims: [rows, ...output.dims.slice(1)], data };
  }
  return trimmed;
}

// shared/model/latency-runs.ts
var FIRST_WARM_UP_ROWS = 1024;
var WHOLE_BATCH_WARM_UP_MS = 250;
var WARM_UP_MS = 5;
var MAX_WARM_UP_RUNS = 20;
var MIN_LATENCY_SAMPLES = 10;
var EXTRA_SAMPLES_MS = 50;
async function warmUp(run, batchRows, passBatches = 1) {
  if (batchRows === 0) return 0;
  let runs = 0;
  let spent = 0;
  let last = 0;
  const once = async (rows) => {
    last = await run(rows);
    spent += last;
    runs++;
  };
  if (batchRows > FIRST_WARM_UP_ROWS && passBatches > MIN_LATENCY_SAMPLES) return 1;
  const first = Math.min(batchRows, FIRST_WARM_UP_ROWS);
  await once(first);
  if (batchRows > first) {
    if (last * batchRows / first >= WHOLE_BATCH_WARM_UP_MS) return 0;
    await once(batchRows);
  }
  while (runs < MAX_WARM_UP_RUNS && spent + last < WARM_UP_MS) await once(batchRows);
  return 0;
}
async function extraLatencySamples(run, firstRows, passMs, batchMs, batchRows) {
  const budget = Math.max(EXTRA_SAMPLES_MS, passMs / 2);
  let spent = 0;
  let last = batchMs[0] ?? 0;
  while (batchMs.length > 0 && batchMs.length < MIN_LATENCY_SAMPLES && spent + last <= budget) {
    last = await run(firstRows);
    batchMs.push(last);
    batchRows.push(firstRows);
    spent += last;
  }
}

// shared/model/binary-outputs-wasm.ts
var BINARY_OUTPUTS_WASM = "AGFzbQEAAAABCwJgAAF/YAJ/fwF/AwcGAAAAAAEABQMBABYHYAgIY2FwYWNpdHkAAA9wcm9iYWJpbGl0aWVzQXQAAAhsYWJlbHNBdAACCnBvc2l0aXZlQXQAAQxsYWJlbEJ5dGVzQXQAAwhoZWFwQmFzZQAFBGtlZXAABAZtZW1vcnkCAAqkBAYGAEGAgAQLBwBBgIDEAAsGAEGAgCQLBwBBgIDUAAv9AwMDfwd7AX0gAf0RIQgDQCACQQRqIgMgAEwEQAJAIAJBA3QiBEGAgARq/QAEACIHIARBkIAEav0ABAAiBv0NBAUGBwwNDg8UFRYXHB0eHyEKIARBgIAkav0ABAAiBSAEQZCAJGr9AAQAIgv9DQABAgMICQoLEBESExgZGhshCSAHIAb9DQABAgMICQoLEBESExgZGhv9DAAAgD8AAIA/AACAPwAAgD8gCv3lAf1BIAr9DAAAAAAAAAAAAAAAAAAAAAD9RiAK/QwAAIA/AACAPwAAgD8AAIA//UX9Tv1OIAUgC/0NBAUGBwwNDg8UFRYXHB0eH/0MAAAAAAAAAAAAAAAAAAAAAP03IAkgCP06/U79Tv2jAUUNACACQQJ0QYCAxABqIAr9CwQAIAJBgIDUAGogCSAJ/YYBIgUgBf1m/RsANgIAIAMhAgwCCwsLA0AgACACSgRAIAJBA3QiBEGEgARqKgIAIgxDAACAP18gBEGAgARqKgIAQwAAgD8gDJNbIgMEQCAMQwAAAABgIQMLIAMgAxsEfyAEQYSAJGooAgAFQQELBH9BAAUgBEGAgCRqKAIAIAFJC0UEQCACDwsgAkECdEGAgMQAaiACQQN0IgNBhIAEaioCADgCACACQYCA1ABqIANBgIAkaigCADoAACACQQFqIQIMAQsLIAALBQBBgAgL";

// shared/model/binary-batch.ts
var binaryOutputs = new EmbeddedWasm(BINARY_OUTPUTS_WASM);
var idle = [];
var MAX_IDLE = 2;
var BinaryBatch = class _BinaryBatch {
  constructor(module) {
    this.module = module;
    const buffer = module.memory.buffer;
    const capacity = this.capacity = module.capacity();
    if (module.heapBase() > module.probabilitiesAt()) throw new Error("binary-outputs: the module data overlaps its layout");
    this.probabilities = new Float32Array(buffer, module.probabilitiesAt(), capacity * 2);
    this.labels = new BigInt64Array(buffer, module.labelsAt(), capacity);
    this.positive = new Float32Array(buffer, module.positiveAt(), capacity);
    this.labelBytes = new Uint8Array(buffer, module.labelBytesAt(), capacity);
  }
  module;
  /** rows a batch may have */
  capacity;
  /** [capacity, 2] float32: onnxruntime's target for the probabilities */
  probabilities;
  /** [capacity] int64: onnxruntime's target for the labels */
  labels;
  positive;
  labelBytes;
  /** an idle instance, or a new one; null where WebAssembly (with SIMD) is not there. Give it back with release(). */
  static take() {
    const reused = idle.pop();
    if (reused) return reused;
    const module = binaryOutputs.instantiate();
    return module ? new _BinaryBatch(module) : null;
  }
  /** for the next pass to take; nothing of this pass's may use it after */
  release() {
    if (idle.length < MAX_IDLE && !idle.includes(this)) idle.push(this);
  }
  /**
   * Keeps the batch's first rows of the `n` in `probabilities` and `labels` while each is a common
   * row, into `keptProbabilities` and `keptLabels` from `at`; returns how many it kept. `classes`
   * (at most 256): a label must be below it.
   */
  keep(n, classes, keptProbabilities, keptLabels, at) {
    const kept = this.module.keep(n, classes);
    keptProbabilities.set(this.positive.subarray(0, kept), at);
    keptLabels.set(this.labelBytes.subarray(0, kept), at);
    return kept;
  }
};

// shared/model/output-collector.ts
var OutputCollector = class {
  constructor(model, plan2, expectedRows, scores = "probabilities", compact = false) {
    this.model = model;
    this.plan = plan2;
    this.scores = scores;
    this.compact = compact;
    this.capacity = Math.max(1, expectedRows);
    const fetchName = (name) => model.fetchNames[name] ?? name;
    this.fetch = {
      ...plan2.label ? { label: fetchName(plan2.label.name) } : {},
      ...plan2.probabilities ? { probabilities: fetchName(plan2.probabilities.name) } : {},
      ...plan2.values ? { values: fetchName(plan2.values.name) } : {}
    };
    const probabilities = plan2.probabilities;
    const width = probabilities?.shape[1];
    if (probabilities?.type === "float32" && probabilities.shape.length === 2 && typeof width === "number" && width >= 2 && this.fetch.probabilities === probabilities.name) {
      this.directColumns = width;
    }
    if (plan2.label?.type === "int64" && plan2.label.shape.length === 1 && this.fetch.label === plan2.label.name) this.labelScratch = new BigInt64Array(0);
    const declared = model.signature.classLabels;
    if (compact && this.directColumns === 2 && this.labelScratch && (!declared || declared[0] === 0 && declared[1] === 1)) this.binaryBatch = BinaryBatch.take();
    const values = plan2.values;
    if (values && (values.type === "float32" || values.type === "float64") && this.fetch.values === values.name) {
      if (values.shape.length === 1 || values.shape.length === 2 && values.shape[1] === 1) {
        this.directValueDims = values.shape.slice(1);
        this.values = values.type === "float64" ? new Float64Array(this.capacity) : new Float32Array(this.capacity);
      }
    }
  }
  model;
  plan;
  scores;
  compact;
  fetch;
  probabilities;
  columns;
  /** probability columns kept a row: `columns`, or 1 for a compact binary model's P(class 1) */
  stored = 0;
  /** compact binary: each batch's two columns, before P(class 1) is kept */
  batchScratch;
  labels;
  values;
  classes;
  labelIndex;
  /** classes are 0..k-1, so an int64 label is its own index */
  identityClasses = false;
  /** probability columns, when the model declares a float32 [N, k] output onnxruntime can write in place */
  directColumns;
  /** when the model declares an int64 [N] label: the batch's labels, before they become indices */
  labelScratch;
  /** the dims after N of a declared float [N] or [N, 1] values output, written in place */
  directValueDims;
  /** rows the arrays have room for */
  capacity;
  /** rows collected so far */
  rows = 0;
  /** with scores: logits, whether every raw row so far was already a probability distribution */
  logitsSumToOne = true;
  /** the last batch's probability rows as they came (softmax applied), for the check made right after it */
  lastBatch;
  /** compact, with a declared [N, 2] float32 probability output and an int64 [N] label of classes 0 and 1: where onnxruntime writes a batch, and the loop that keeps its common rows */
  binaryBatch = null;
  fetchNames() {
    return Object.values(this.fetch);
  }
  /**
   * Where onnxruntime can write rows [start, end) of the outputs itself: the probabilities
   * straight into their final place, int64 labels into a scratch array reused by every batch.
   * Saves onnxruntime's allocation of its output tensors and a copy out of each.
   */
  targets(start, end) {
    const n = end - start;
    this.reserve(end);
    const targets = {};
    const k = this.directColumns;
    if (k !== void 0 && this.columns === void 0) this.start(k);
    const batch = this.binaryBatchFor(n);
    if (k !== void 0) {
      let data;
      if (this.stored === k) data = this.probabilities.subarray(start * k, end * k);
      else if (batch) data = batch.probabilities.subarray(0, n * k);
      else {
        if (!this.batchScratch || this.batchScratch.length < n * k) this.batchScratch = new Float32Array(n * k);
        data = this.batchScratch.subarray(0, n * k);
      }
      targets[this.fetch.probabilities] = { type: "float32", data, dims: [n, k] };
    }
    if (this.labelScratch) {
      if (!batch && this.labelScratch.length < n) this.labelScratch = new BigInt64Array(n);
      targets[this.fetch.label] = { type: "int64", data: (batch ? batch.labels : this.labelScratch).subarray(0, n), dims: [n] };
    }
    if (this.directValueDims) {
      const values = this.values;
      const type = isArrayOf(values, "Float64Array") ? "float64" : "float32";
      targets[this.fetch.values] = { type, data: values.subarray(start, end), dims: [n, ...this.directValueDims] };
    }
    return Object.keys(targets).length > 0 ? targets : void 0;
  }
  collect(outputs, start, end) {
    const n = end - start;
    this.reserve(end);
    this.rows = Math.max(this.rows, end);
    if (this.fetch.values) this.collectValues(outputs[this.fetch.values], start, n);
    let labelled = 0;
    if (this.fetch.probabilities) labelled = this.collectProbabilities(outputs[this.fetch.probabilities], start, n, this.fetch.label ? outputs[this.fetch.label] : void 0);
    if (this.fetch.label) this.collectLabels(outputs[this.fetch.label], start, n, labelled);
  }
  /** the module a compact binary batch of `n` rows goes through, while its rows are kept as P(class 1) alone */
  binaryBatchFor(n) {
    const batch = this.binaryBatch;
    return batch && this.stored === 1 && n <= batch.capacity ? batch : void 0;
  }
  collectValues(tensor, start, n) {
    const data = tensor.data;
    if (data.length !== n) throw shapeError(this.fetch.values, tensor.dims, n, "one value per row");
    this.values ??= isArrayOf(data, "Float64Array") ? new Float64Array(this.capacity) : new Float32Array(this.capacity);
    if (!isInPlace(data, this.values, start)) this.values.set(data, start);
  }
  /** returns how many of the batch's first rows had their labels kept too (from `labels`, BinaryBatch) */
  collectProbabilities(tensor, start, n, labels) {
    const data = tensor.data;
    const width = n > 0 ? data.length / n : 0;
    if (!Number.isInteger(width) || width < 1) throw shapeError(this.fetch.probabilities, tensor.dims, n, "one row of probabilities per row");
    if (this.columns === void 0) this.start(width);
    const logits = this.scores === "logits";
    if (width === 1) {
      for (let r = 0; r < n; r++) {
        const p = logits ? sigmoid(data[r]) : data[r];
        this.putBinary(start + r, Math.fround(1 - p), Math.fround(p));
      }
      this.lastBatch = { data: this.probabilities.subarray(start * this.stored, (start + n) * this.stored), width: this.stored, verified: 0 };
      return 0;
    } else if (this.stored !== this.columns) {
      if (width !== 2) throw shapeError(this.fetch.probabilities, tensor.dims, n, `${this.columns} columns, as ${this.directColumns ? "the model declares" : "in the first batch"}`);
      const batch = this.binaryBatchFor(n);
      if (!batch && (!this.batchScratch || this.batchScratch.length < n * 2)) this.batchScratch = new Float32Array(n * 2);
      const rows = (batch ? batch.probabilities : this.batchScratch).subarray(0, n * 2);
      if (!isInPlace(data, rows, 0)) rows.set(data);
      if (logits) {
        if (this.logitsSumToOne) this.logitsSumToOne = rowsSumToOne(rows, 0, n, 2);
        softmaxRows(rows, 0, n, 2);
      }
      const labelled = batch && labels && isInPlace(labels.data, batch.labels, 0) && this.labels instanceof Uint8Array ? batch.keep(n, this.columns, this.probabilities, this.labels, start) : void 0;
      const kept = labelled ?? (this.stored === 1 ? keepComplements(rows, this.probabilities, start, n) : 0);
      for (let r = kept; r < n; r++) this.putBinary(start + r, rows[2 * r], rows[2 * r + 1]);
      this.lastBatch = { data: rows, width: 2, verified: kept };
      return labelled ?? 0;
    } else {
      const out = this.probabilities;
      if (width !== this.columns) throw shapeError(this.fetch.probabilities, tensor.dims, n, `${this.columns} columns, as ${this.directColumns ? "the model declares" : "in the first batch"}`);
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
  putBinary(row, negative, positive) {
    if (this.stored === 1) {
      if (negative === Math.fround(1 - positive)) {
        this.probabilities[row] = positive;
        return;
      }
      this.keepBothColumns(row);
    }
    this.probabilities[2 * row] = negative;
    this.probabilities[2 * row + 1] = positive;
  }
  /** from compact P(class 1) to both columns, for the rows before `rows` and all after */
  keepBothColumns(rows) {
    const positive = this.probabilities;
    const both = new Float32Array(this.capacity * 2);
    for (let r = 0; r < rows; r++) {
      both[2 * r] = Math.fround(1 - positive[r]);
      both[2 * r + 1] = positive[r];
    }
    this.probabilities = both;
    this.stored = 2;
  }
  /** sizes the outputs once the first batch shows the probability width */
  start(width) {
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
        "Re-export the model so that its class labels match its probability columns."
      );
    }
    this.classes = declared ?? Array.from({ length: columns }, (_, i) => i);
    this.labelIndex = new Map(this.classes.map((c, i) => [c, i]));
    this.identityClasses = this.classes.every((c, i) => c === i);
  }
  /** `from`: the batch's first rows, whose labels were kept already */
  collectLabels(tensor, start, n, from) {
    const data = tensor.data;
    if (data.length !== n) throw shapeError(this.fetch.label, tensor.dims, n, "one label per row");
    if (from === n) return;
    const labels = this.labels;
    if (isArrayOf(data, "BigInt64Array") && this.identityClasses && int64IndicesInto(data.subarray(from), labels, start + from, this.columns)) return;
    const index = this.labelIndex;
    for (let r = from; r < n; r++) {
      const raw = data[r];
      const key = typeof raw === "bigint" ? Number(raw) : raw;
      const at = index.get(key);
      if (at === void 0) {
        throw new UserError(
          `The model predicted the label ${JSON.stringify(String(key))}, which is not among its classes (${this.classes.join(", ")}).`,
          this.model.path,
          "Re-export the model so that its label output and its declared classes agree."
        );
      }
      labels[start + r] = at;
    }
  }
  /** the classes, in the order of the probability columns; known once the first batch was collected */
  get classList() {
    return this.classes;
  }
  /** room for `rows` rows: the arrays grow by half again (not double) when a stream outruns them */
  reserve(rows) {
    if (rows <= this.capacity) return;
    const capacity = Math.max(rows, Math.ceil(this.capacity * 1.5));
    const grow = (array, width) => {
      if (!array) return void 0;
      const bigger = new array.constructor(capacity * width);
      bigger.set(array.subarray(0, this.rows * width));
      return bigger;
    };
    this.probabilities = grow(this.probabilities, this.stored);
    this.labels = grow(this.labels, 1);
    this.values = grow(this.values, 1);
    this.capacity = capacity;
  }
  /** what the evaluation should say about how the outputs were read */
  warnings() {
    const name = this.plan.probabilities?.name ?? "";
    if (this.scores !== "logits" || this.columns === void 0 || this.columns < 2 || !this.logitsSumToOne || !/prob/i.test(name)) return [];
    return [`scores: logits is set, but the output "${name}" of ${this.model.path} is named as probabilities and its rows already sum to 1: softmax over probabilities flattens them. Leave scores at probabilities unless the output really holds logits.`];
  }
  /**
   * Rows [start, end) of the probabilities as kept (`width` 1: a binary model's P(class 1) alone),
   * a view: what finish() will give for those rows, for figures added up as the stream goes
   */
  storedProbabilities(start, end) {
    if (this.columns === void 0 || !this.probabilities) return void 0;
    return { data: this.probabilities.subarray(start * this.stored, end * this.stored), width: this.stored };
  }
  /** the probability rows of the batch collect() took last (BatchProbabilities) */
  batchProbabilities() {
    return this.lastBatch;
  }
  finish() {
    this.binaryBatch?.release();
    this.binaryBatch = null;
    const { task } = this.plan;
    const rows = this.rows;
    if (task === "regression") return { task, rowCount: rows, values: this.values?.subarray(0, rows) ?? new Float32Array(0) };
    if (this.columns === void 0) this.start(this.plan.probabilityColumns ?? 2);
    const labels = this.labels.subarray(0, rows);
    const probabilities = this.probabilities.subarray(0, rows * this.stored);
    if (!this.fetch.label) argmaxRows(probabilities, this.stored, labels);
    return { task, rowCount: rows, classes: this.classes, labels, probabilities };
  }
};
function keepComplements(rows, kept, start, n) {
  for (let r = 0, o = 0; r < n; r++, o += 2) {
    const positive = rows[o + 1];
    if (rows[o] !== Math.fround(1 - positive) || !(positive >= 0 && positive <= 1)) return r;
    kept[start + r] = positive;
  }
  return n;
}
function rowsSumToOne(data, offset, n, width) {
  for (let r = 0, o = offset; r < n; r++, o += width) {
    let sum = 0;
    for (let c = 0; c < width; c++) {
      const v = data[o + c];
      if (!(v >= 0 && v <= 1)) return false;
      sum += v;
    }
    if (Math.abs(sum - 1) > 1e-3) return false;
  }
  return true;
}
function int64IndicesInto(data, labels, start, classes) {
  const n = data.length;
  const halves = new Int32Array(data.buffer, data.byteOffset, n * 2);
  for (let r = 0, h = 0, at = start; r < n; r++, h += 2, at++) {
    const low = halves[h];
    if (halves[h + 1] !== 0 || low >>> 0 >= classes) return false;
    labels[at] = low;
  }
  return true;
}
function argmaxRows(probabilities, columns, labels) {
  if (columns === 1) {
    for (let r = 0; r < labels.length; r++) labels[r] = probabilities[r] > Math.fround(1 - probabilities[r]) ? 1 : 0;
    return;
  }
  for (let r = 0, o = 0; r < labels.length; r++, o += columns) {
    let best = 0;
    for (let c = 1; c < columns; c++) if (probabilities[o + c] > probabilities[o + best]) best = c;
    labels[r] = best;
  }
}
function isInPlace(data, whole, offset) {
  return data.buffer === whole.buffer && data.byteOffset === whole.byteOffset + offset * whole.BYTES_PER_ELEMENT;
}
function isArrayOf(data, tag) {
  return ArrayBuffer.isView(data) && data[Symbol.toStringTag] === tag;
}
function shapeError(output, dims, rows, expected) {
  return new UserError(
    `The model's output "${output}" has shape [${dims.join(", ")}] for a batch of ${rows} rows; mlci expects ${expected}.`,
    "model outputs",
    "Export the model with a batch dimension first in every output, or set the task input if mlci picked the wrong output."
  );
}

// shared/model/task.ts
var LABEL_NAMES = ["label", "output_label", "labels", "predicted_label"];
var PROBABILITY_NAMES = ["probabilities", "output_probability", "probability", "probabilities_output", "scores", "probs"];
var VALUE_NAMES = ["variable", "predictions", "prediction", "output", "predicted", "value"];
var FLOAT_TYPES = /* @__PURE__ */ new Set(["float32", "float64", "float16"]);
function planOutputs(signature, override) {
  const byName = (names) => {
    for (const name of names) {
      const output = signature.outputs.find((o) => o.name.toLowerCase() === name);
      if (output) return output;
    }
    return void 0;
  };
  const label = byName(LABEL_NAMES);
  let probabilities = byName(PROBABILITY_NAMES);
  let values = byName(VALUE_NAMES);
  if (values && !oneValuePerRow(values)) values = void 0;
  const floats = signature.outputs.filter((o) => FLOAT_TYPES.has(o.type));
  const classifier = override === "binary" || override === "multiclass";
  if (classifier && !probabilities && floats.length === 1 && values?.name.toLowerCase() !== "variable") values = void 0;
  if (!probabilities && !values && floats.length === 1) {
    const only = floats[0];
    if (override === "binary" || override === "multiclass" || !override && label) probabilities = only;
    else if (override === "regression" || oneValuePerRow(only)) values = only;
  }
  const columns = probabilities ? probabilityColumns(probabilities, signature) : void 0;
  const classifierTask = probabilities ? columns === void 0 ? void 0 : columns <= 2 ? "binary" : "multiclass" : void 0;
  const outputs = describeOutputs(signature);
  if (override === "regression") {
    if (!values) throw cannotTell(`The model has no output that looks like regression values (outputs: ${outputs}).`, 'Name the prediction output "variable" or "predictions", or set task to the kind of model it is.');
    return { task: "regression", values };
  }
  if (override === "binary" || override === "multiclass") {
    if (!probabilities) {
      throw cannotTell(
        `The model has no probability output, which ${override} evaluation needs (outputs: ${outputs}).`,
        "Export the classifier with its probabilities (for skl2onnx, keep the default probability output), or set task to regression if it is a regressor."
      );
    }
    if (columns !== void 0 && override === "binary" !== columns <= 2) {
      throw new UserError(
        `task is ${override}, but the model's probability output "${probabilities.name}" has ${columns} columns.`,
        "input task",
        `Set task to ${columns <= 2 ? "binary" : "multiclass"}, or leave it empty to infer it.`
      );
    }
    return plan(override, label, probabilities, columns);
  }
  if (probabilities) {
    if (!classifierTask) {
      throw cannotTell(`The model's probability output "${probabilities.name}" does not declare how many classes it has.`, "Set task to binary or multiclass.");
    }
    return plan(classifierTask, label, probabilities, columns);
  }
  if (values && !label) return { task: "regression", values };
  if (label) {
    throw cannotTell(
      `The model outputs labels ("${label.name}") but no probabilities, which classification metrics need (outputs: ${outputs}).`,
      "Export the classifier with its probability output."
    );
  }
  throw cannotTell(
    `mlci cannot tell what the model predicts from its outputs (${outputs}).`,
    'Set task to binary, multiclass or regression; classifiers should output "label" and "probabilities", regressors "variable".'
  );
}
function plan(task, label, probabilities, columns) {
  return { task, probabilities, ...label ? { label } : {}, ...columns !== void 0 ? { probabilityColumns: columns } : {} };
}
function probabilityColumns(output, signature) {
  const last = lastDim(output);
  if (typeof last === "number" && last > 0 && output.shape.length >= 2) return last;
  if (output.shape.length === 1 && output.type !== "sequence<map>") return 1;
  return signature.classLabels?.length;
}
function oneValuePerRow(output) {
  return output.shape.length <= 1 || output.shape.length === 2 && typeof output.shape[1] !== "number" || output.shape[1] === 1;
}
function lastDim(output) {
  return output.shape[output.shape.length - 1];
}
function describeOutputs(signature) {
  return signature.outputs.map((o) => `${o.name}: ${o.type}[${o.shape.join(", ")}]`).join("; ") || "none";
}
function cannotTell(what, fix) {
  return new UserError(what, "model outputs", fix);
}

// shared/model/probability-rows.ts
var PROBABILITY_SUM_TOLERANCE = 1e-3;
var ROWS_SHOWN = 5;
function isMissing(table, name, row) {
  const column = findColumn(table, name);
  if (column) return column.kind === "numeric" ? Number.isNaN(column.values[row]) : column.values[row] === null;
  const matrix = table.featureMatrix;
  const at = matrix ? matrix.columns.indexOf(name) : -1;
  return at >= 0 && Number.isNaN(matrix.data[row * matrix.columns.length + at]);
}
var ProbabilityRowCheck = class {
  constructor(table, features, modelPath, output) {
    this.table = table;
    this.features = features;
    this.modelPath = modelPath;
    this.output = output;
  }
  table;
  features;
  modelPath;
  output;
  bad = [];
  badRows = 0;
  /**
   * Rows [from, from + data.length / width) of the table. `width` 1: a binary model's P(class 1)
   * alone, its P(class 0) the float32 complement, so only its range can be wrong.
   */
  rows(data, width, from) {
    const n = data.length / width;
    if (width === 2) {
      for (let r = 0, o = 0; r < n; r++, o += 2) {
        const a = data[o];
        const b = data[o + 1];
        const sum = a + b;
        if (a >= 0 && a <= 1 && b >= 0 && b <= 1 && Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE) continue;
        this.flag(from + r, sum);
      }
    } else if (width === 1) {
      for (let r = 0; r < n; r++) {
        const p = data[r];
        if (p >= 0 && p <= 1) continue;
        this.flag(from + r, Math.fround(1 - p) + p);
      }
    } else {
      for (let r = 0, o = 0; r < n; r++, o += width) {
        let sum = 0;
        let inRange = true;
        for (let c = 0; c < width; c++) {
          const v = data[o + c];
          sum += v;
          if (!(v >= 0 && v <= 1)) inRange = false;
        }
        if (inRange && Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE) continue;
        this.flag(from + r, sum);
      }
    }
  }
  /** throws the error naming the bad rows, if any */
  finish() {
    const { bad, badRows } = this;
    if (badRows === 0) return;
    const shown = bad.map(({ row, sum }) => `${describeRow(this.table, row)} (sum ${Number(sum.toPrecision(4))})`).join(", ");
    const more = badRows > bad.length ? ` and ${badRows - bad.length} more rows` : "";
    throw new UserError(
      `The output "${this.output}" of ${this.modelPath} does not hold probabilities: its rows do not sum to 1 (or hold values outside [0, 1]) at ${shown}${more}.`,
      this.modelPath,
      "If the output holds logits or other scores, set scores: logits (mlci applies softmax, or sigmoid to a single column); otherwise re-export the model with its probability output (a Softmax at the end, or skl2onnx's predict_proba output)."
    );
  }
  flag(row, sum) {
    if (Number.isNaN(sum)) throw nanRow(this.table, this.features, row, this.modelPath);
    this.badRows++;
    if (this.bad.length < ROWS_SHOWN) this.bad.push({ row, sum });
  }
};
function nanRow(table, features, row, modelPath) {
  const where = describeRow(table, row);
  const missing = features.filter((name) => isMissing(table, name, row));
  const location = { file: table.source, ...table.rowLines ? { line: table.rowLines[row] } : {} };
  if (missing.length > 0) {
    const names = missing.map((n) => `"${n}"`).join(", ");
    return new UserError(
      `The feature ${missing.length === 1 ? "column" : "columns"} ${names} ${missing.length === 1 ? "has no value" : "have no values"} at ${where} (empty, null or left out), and ${modelPath} gives no probabilities for a row with a missing feature.`,
      where,
      "Fill or drop rows with missing values before evaluation (or train a model that handles them, such as gradient-boosted trees).",
      location
    );
  }
  return new UserError(
    `${modelPath} gave NaN probabilities at ${where}, although every feature of the row has a value.`,
    where,
    "Look for values far outside the training range in this row, and for numeric overflow in the model.",
    location
  );
}

// shared/model/timing.ts
function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}
function summarizeTiming(batchMs, batchRows, batchSize, totalMs, passBatches, passRows) {
  const batches = Float64Array.from(batchMs).sort();
  const perRow = Float64Array.from(batchMs, (ms, i) => ms / Math.max(1, batchRows[i])).sort();
  return {
    batchSize,
    batches: passBatches,
    latencySamples: batchMs.length,
    batchLatencyP50: percentile(batches, 0.5),
    batchLatencyP95: percentile(batches, 0.95),
    rowLatencyP50: percentile(perRow, 0.5),
    rowLatencyP95: percentile(perRow, 0.95),
    rowsPerSecond: totalMs > 0 ? passRows * 1e3 / totalMs : 0,
    totalMs
  };
}

// shared/model/run-failure.ts
var shapeText = (dims) => `[${dims.join(", ")}]`;
function runFailure(modelPath, declared, inputs, rows, error) {
  const fed = inputs.map((input) => {
    const shape = declared.find((d) => d.name === input.name)?.shape;
    return `"${input.name}" ${shapeText(input.dims)}${shape ? ` (declared ${shapeText(shape)})` : ""}`;
  });
  const why = describeError(error);
  const dimension = /dimension|shape|size/i.test(why);
  return new UserError(
    `onnxruntime could not run ${modelPath} on ${rows}: ${why}. It was fed ${fed.join(", ")}.`,
    modelPath,
    dimension ? "The data has a different number of feature columns than the model was trained on (a symbolic width such as [N, F] hides it until the weights are reached): evaluate on the columns it was trained with, or drop the extra ones; a fixed batch size in the model needs a dynamic batch axis (dynamic_axes in torch.onnx.export)." : "Check that the model runs on this data with onnxruntime elsewhere (the same columns, in the same types)."
  );
}

// shared/model/predict.ts
var DEFAULT_BATCH_SIZE = 65536;
async function predict(model, table, options = {}) {
  const predictor = new BatchPredictor(model, { ...options, expectedRows: table.rowCount });
  await predictor.add(table);
  return predictor.finish();
}
var BatchPredictor = class {
  constructor(model, options = {}) {
    this.model = model;
    this.options = options;
    this.fixedBatch = declaredBatchSize(model.signature);
    this.batchSize = this.fixedBatch ?? Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
    this.plan = planOutputs(model.signature, options.task);
    this.collector = new OutputCollector(model, this.plan, options.expectedRows ?? this.batchSize, options.scores, options.compact);
    this.fetches = this.collector.fetchNames();
    this.runner = mainThreadRunner(model.ort, model.session);
    const limit = options.timeLimit;
    this.overTime = limit && new UserError(
      `The model ${model.path} did not finish one batch of at most ${this.batchSize} rows within ${limit.seconds} s (inference-timeout): onnxruntime's run never returned, so the evaluation was stopped.`,
      model.path,
      "A model that never ends usually holds a Loop whose condition never turns false: check it with onnxruntime on a few rows. If it is only slow, raise inference-timeout (seconds per batch run; 0 turns the limit off) or lower batch-size."
    );
  }
  model;
  options;
  fixedBatch;
  batchSize;
  plan;
  collector;
  fetches;
  runner;
  /** what the watchdog prints when a run passes the time limit */
  overTime;
  buffers;
  capacity = 0;
  rows = 0;
  /** the latency samples: session.run's milliseconds and rows of each timed run */
  batchMs = [];
  batchRows = [];
  passMs = 0;
  passBatches = 0;
  /** the pass's first batches that were warm-up runs too (latency-runs.ts), not timed as samples */
  untimedBatches = 0;
  /** the last such batch's time, the one sample a pass has when it ends sooner than expected (a guessed row count) */
  warmUpSample;
  /** the first batch's inputs, for the latency samples after the pass */
  firstBatch;
  /** the model's classes, once the first batch ran (undefined for a regressor) */
  get classes() {
    return this.collector.classList;
  }
  get task() {
    return this.plan.task;
  }
  /** runs every row of `table`, after the rows of the tables added before it; `featureColumns` as in PredictOptions */
  async add(table, featureColumns = this.options.featureColumns) {
    const excluded = /* @__PURE__ */ new Set([...this.options.target ? [this.options.target] : [], ...this.options.excludeColumns ?? []]);
    const features = featureColumns ?? columnNames(table).filter((n) => !excluded.has(n));
    const feeds = planFeeds(this.model.signature, table, features);
    const rows = table.rowCount;
    const { batchSize } = this;
    const capacity = Math.min(batchSize, Math.max(rows, 1));
    if (!this.buffers || capacity > this.capacity) {
      this.buffers = feeds.map((feed) => allocateInput(feed, capacity));
      this.capacity = capacity;
    }
    const buffers = this.buffers;
    const inputsOf = (start, end) => feeds.map((feed, i) => fillFeed(feed, buffers[i], table, start, end));
    if (!this.firstBatch && rows > 0) {
      const n = Math.min(rows, batchSize);
      const inputs = inputsOf(0, n);
      this.firstBatch = { inputs, rows: n, source: table.source };
      const passBatches = Math.ceil((this.options.expectedRows ?? rows) / batchSize);
      this.untimedBatches = await warmUp(this.runFirst, n, passBatches);
      const short = passBatches < MIN_LATENCY_SAMPLES;
      this.firstBatch.inputs = short ? inputs.map((input) => ({ ...input, data: input.data.slice() })) : void 0;
    }
    const check = this.plan.probabilities && new ProbabilityRowCheck(table, features, this.model.path, this.plan.probabilities.name);
    for (let start = 0; start < rows; start += batchSize) {
      const end = Math.min(rows, start + batchSize);
      const began = performance.now();
      const at = this.rows + start;
      const { outputs, ms } = await this.run(inputsOf(start, end), end - start, table.source, at, this.collector.targets(at, at + end - start));
      this.collector.collect(outputs, at, at + end - start);
      const batch = check && this.collector.batchProbabilities();
      if (batch) check.rows(batch.data.subarray(batch.verified * batch.width), batch.width, start + batch.verified);
      this.passMs += performance.now() - began;
      this.passBatches++;
      if (this.untimedBatches > 0) {
        this.untimedBatches--;
        this.warmUpSample = { ms, rows: end - start };
      } else {
        this.batchMs.push(ms);
        this.batchRows.push(end - start);
      }
      this.options.onRows?.(this.rows + end);
    }
    check?.finish();
    this.rows += rows;
  }
  /** the rows added so far */
  get rowCount() {
    return this.rows;
  }
  /** rows [start, end) of the class probabilities as kept so far (OutputCollector.storedProbabilities) */
  storedProbabilities(start, end) {
    return this.collector.storedProbabilities(start, end);
  }
  async finish() {
    if (this.firstBatch?.inputs) await extraLatencySamples(this.runFirst, this.firstBatch.rows, this.passMs, this.batchMs, this.batchRows);
    if (this.batchMs.length === 0 && this.warmUpSample) {
      this.batchMs.push(this.warmUpSample.ms);
      this.batchRows.push(this.warmUpSample.rows);
    }
    const timing = summarizeTiming(this.batchMs, this.batchRows, this.batchSize, this.passMs, this.passBatches, this.rows);
    return { predictions: this.collector.finish(), timing: this.fixedBatch === void 0 ? timing : { ...timing, fixedBatchSize: this.fixedBatch }, warnings: this.collector.warnings() };
  }
  /** the first `n` rows of the first batch, untimed by the pass; resolves to session.run's milliseconds */
  runFirst = async (n) => {
    const { rows, source } = this.firstBatch;
    const inputs = this.firstBatch.inputs;
    const part = n === rows ? inputs : inputs.map((input) => ({ ...input, data: input.data.subarray(0, input.data.length / rows * n), dims: [n, ...input.dims.slice(1)] }));
    return (await this.run(part, n, source, 0)).ms;
  };
  /** `n` rows through the session, padded to the model's fixed batch size where it has one */
  async run(inputs, n, source, firstRow, targets) {
    const { fixedBatch, runner, fetches, model } = this;
    const watchdog = this.options.timeLimit?.watchdog;
    const timed = (run) => watchdog ? watchdog.guard(this.overTime, run) : run();
    try {
      if (fixedBatch === void 0 || n === fixedBatch) return await timed(() => runner.run(inputs, fetches, targets));
      const padded = await timed(() => runner.run(padBatch(inputs, n, fixedBatch), fetches));
      return { ...padded, outputs: trimOutputs(padded.outputs, n, fixedBatch) };
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw runFailure(model.path, model.signature.inputs, inputs, `rows ${firstRow + 1} to ${firstRow + n} of ${source}`, error);
    }
  }
};

// shared/model/session.ts
var NO_SPIN_OPTIONS = { extra: { session: { intra_op: { allow_spinning: "0" }, inter_op: { allow_spinning: "0" } } } };
async function loadModel(pathOrFile, options) {
  const { sessionSource, ...file } = typeof pathOrFile === "string" ? await readModelFile(pathOrFile) : pathOrFile;
  const path = file.path;
  const sessionOptions = options.sessionOptions ?? NO_SPIN_OPTIONS;
  let session;
  try {
    session = typeof sessionSource === "string" ? await options.ort.InferenceSession.create(sessionSource, sessionOptions) : await options.ort.InferenceSession.create(sessionSource, sessionOptions);
  } catch (err) {
    throw new UserError(
      `onnxruntime cannot load ${path}: ${describeError(err)}`,
      path,
      "Re-export the model with an opset and operators onnxruntime supports (opset \u2264 22 is safe), and check that it loads with onnxruntime in Python."
    );
  }
  return { ...file, session, ort: options.ort };
}
async function readModelFile(path) {
  const bytes = await readFile(path).catch((err) => {
    if (err.code === "EISDIR") throw new UserError(`The model path ${path} is a directory, not an ONNX file.`, path, "Point model at the .onnx file itself (train-model writes <output-dir>/model.onnx; an artifact: input names a file inside the artifact, as artifact:NAME/model.onnx).");
    throw new UserError(
      err.code === "ENOENT" ? `The model file ${path} does not exist.` : `The model file ${path} cannot be read: ${describeError(err)}`,
      path,
      "Check the model path (relative paths start at the repository root) and that an earlier step produced the file."
    );
  });
  const model = decodeOnnxFile(bytes, path);
  const { bytes: runnable, replacements } = exposeZipMapInputs(bytes, model);
  return {
    path,
    sizeBytes: bytes.length,
    sha256: sha256Bytes(bytes),
    signature: signatureOf(model),
    metadata: model.metadata,
    fetchNames: replacements,
    // From the path when the bytes are unchanged: onnxruntime then finds external data files
    // (weights stored next to a large model) relative to it.
    sessionSource: runnable === bytes ? path : runnable
  };
}
function decodeOnnxFile(bytes, path) {
  const notOnnx = (why) => new UserError(
    `${path} is not a complete ONNX model: ${why}.`,
    path,
    "The file is truncated or is not ONNX. Re-export the model (for scikit-learn, with skl2onnx) and, if it is stored with Git LFS, make sure the checkout fetched the real file (actions/checkout with lfs: true)."
  );
  if (bytes.length === 0) throw notOnnx("the file is empty");
  if (looksLikeLfsPointer(bytes)) throw notOnnx("it is a Git LFS pointer, not the model itself");
  let model;
  try {
    model = decodeModel(bytes);
  } catch (err) {
    if (err instanceof ProtoDecodeError) throw notOnnx(`its bytes end or break off mid-message (${err.message}; the file has ${bytes.length} bytes)`);
    throw err;
  }
  if (!model.irVersion || model.opsetImports.length === 0 || model.graph.outputs.length === 0) {
    throw notOnnx("it decodes, but has no IR version, opset or graph outputs");
  }
  return model;
}
function looksLikeLfsPointer(bytes) {
  const prefix = "version https://git-lfs";
  return bytes.length < 1024 && Buffer.from(bytes.subarray(0, prefix.length)).toString("latin1") === prefix;
}

export {
  planOutputs,
  predict,
  BatchPredictor,
  NO_SPIN_OPTIONS,
  loadModel,
  readModelFile,
  decodeOnnxFile
};
