import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  configError,
  didYouMean,
  parseYamlConfig,
  readConfigFile
} from "./chunk-EP57WXZ5.mjs";
import {
  BUILTIN_METRICS,
  evaluateGate,
  isBuiltinMetric
} from "./chunk-ROJ47BXQ.mjs";
import {
  bootstrapAgainstBaseline,
  bootstrapIntervals,
  computeConfusionMatrix,
  defaultMetricNames,
  metricDeltas,
  metricDirection,
  prepareMetrics
} from "./chunk-PQBYQ5IJ.mjs";
import {
  GraphField,
  ModelField,
  ProtoDecodeError,
  ProtoWriter,
  attributeOf,
  decodeModel,
  signatureOf,
  writeValueInfo
} from "./chunk-MDQ2FPNG.mjs";
import {
  require_ajv
} from "./chunk-PEPV4RQA.mjs";
import "./chunk-X7TVYUG6.mjs";
import "./chunk-DYWEVUKM.mjs";
import {
  sha256Bytes,
  sha256File
} from "./chunk-TKCRH3Q3.mjs";
import {
  sigmoid,
  softmaxRows
} from "./chunk-TYKU4UA5.mjs";
import "./chunk-JCJ7PNO6.mjs";
import {
  columnNames,
  describeRow,
  findColumn,
  loadTable
} from "./chunk-N33DWWIP.mjs";
import {
  UserError,
  describeError
} from "./chunk-Y5HJ3DQY.mjs";
import {
  __toESM
} from "./chunk-AR3GCIHW.mjs";

// shared/evaluate/evaluate-model.ts
import { stat } from "node:fs/promises";

// shared/model/row-major.ts
var MAX_GENERATED_WIDTH = 512;
var WARM_UP_CALLS = 1e3;
var WARM_UP_ROWS = 4;
var copiers = /* @__PURE__ */ new WeakMap();
function rowMajorCopier(columns, kind = Float32Array) {
  const width = columns.length;
  if (width === 0 || width > MAX_GENERATED_WIDTH) return (target, start, count) => copyRowMajorLoop(target, columns, start, count);
  const known = copiers.get(columns[0]) ?? [];
  const same = known.find((k) => k.kind === kind && k.columns.length === width && k.columns.every((column, c) => column === columns[c]));
  if (same) return same.copy;
  const copy = generateCopier(columns);
  const rows = Math.min(WARM_UP_ROWS, ...columns.map((column) => column.length));
  if (rows > 0) {
    const scratch = new kind(rows * width);
    for (let i = 0; i < WARM_UP_CALLS; i++) copy(scratch, 0, rows);
  }
  copiers.set(columns[0], [...known, { columns: [...columns], kind, copy }]);
  return copy;
}
function generateCopier(columns) {
  const width = columns.length;
  const params = Array.from({ length: width }, (_, c) => `c${c}`);
  const body = params.map((p, c) => `t[o + ${c}] = ${p}[i];`).join("\n");
  const source = `return (t, start, count) => {
for (let i = start, o = 0, end = start + count; i < end; i++, o += ${width}) {
${body}
}
};`;
  return new Function(...params, source)(...columns);
}
function copyRowMajorLoop(target, columns, start, count) {
  const width = columns.length;
  for (let c = 0; c < width; c++) {
    const column = columns[c];
    for (let r = 0, o = c; r < count; r++, o += width) target[o] = column[start + r];
  }
}

// shared/model/feeds.ts
var INPUT_TYPES = ["float32", "float64", "int64", "int32"];
function planFeeds(signature, table, features) {
  const inputs = signature.inputs;
  if (inputs.length === 0) throw new UserError("The model declares no inputs.", "model inputs", "Re-export the model with its feature input.");
  if (inputs.length === 1) {
    const input = inputs[0];
    const rank = Math.max(1, input.shape.length);
    const declared = rank >= 2 ? input.shape[1] : 1;
    if (typeof declared === "number" && declared > 0 && declared !== features.length) {
      throw new UserError(
        `The model's input "${input.name}" takes ${declared} feature${declared === 1 ? "" : "s"} per row, but ${table.source} has ${features.length} feature columns: ${features.join(", ")}.`,
        table.source,
        `Evaluate on data with exactly the ${declared} feature columns the model was trained on (plus the target), or drop the extra columns.`
      );
    }
    return [matrixFeed(input, features, rank, table) ?? makeFeed(input, features, rank, table)];
  }
  const missing = inputs.filter((i) => !findColumn(table, i.name)).map((i) => i.name);
  if (missing.length > 0) {
    throw new UserError(
      `The model has one input per feature, and ${missing.length === 1 ? "the column" : "the columns"} ${missing.map((m) => `"${m}"`).join(", ")} ${missing.length === 1 ? "is" : "are"} missing from ${table.source}.`,
      table.source,
      `Add the missing columns. The model's inputs are: ${inputs.map((i) => i.name).join(", ")}; the data has: ${columnNames(table).join(", ")}.`
    );
  }
  return inputs.map((input) => {
    const width = input.shape.length >= 2 ? input.shape[1] : 1;
    if (typeof width === "number" && width > 1) {
      throw new UserError(
        `The model's input "${input.name}" takes ${width} values per row, but a column holds one.`,
        "model inputs",
        "Export the model with one [N, 1] input per feature column, or one [N, k] input for all of them."
      );
    }
    return makeFeed(input, [input.name], Math.max(1, input.shape.length), table);
  });
}
function makeFeed(input, names, rank, table) {
  checkInputType(input, table);
  const columns = names.map((name) => numericColumn(table, name));
  const kind = input.type === "float64" ? Float64Array : input.type === "int32" ? Int32Array : Float32Array;
  return { from: "columns", name: input.name, type: input.type, columns, columnNames: names, width: columns.length, rank, copyRows: rowMajorCopier(columns, kind) };
}
function checkInputType(input, table) {
  if (!INPUT_TYPES.includes(input.type)) {
    throw new UserError(
      `The model's input "${input.name}" has type ${input.type}; mlci feeds ${INPUT_TYPES.join(", ")} inputs from ${table.source}.`,
      "model inputs",
      "Re-export the model with a float input (FloatTensorType in skl2onnx)."
    );
  }
}
function matrixFeed(input, features, rank, table) {
  const matrix = table.featureMatrix;
  if (!matrix || !features.some((name) => matrix.columns.includes(name))) return void 0;
  if (matrix.type !== input.type || matrix.columns.length !== features.length || matrix.columns.some((name, i) => name !== features[i])) {
    throw new Error(`${table.source} was read with a ${matrix.type} feature matrix of ${matrix.columns.join(", ")}, which does not fit the model's input "${input.name}" (${input.type}: ${features.join(", ")}); read it without featureMatrix`);
  }
  if (matrix.textCell) {
    const { column, row, text } = matrix.textCell;
    throw textCellError(table, column, row, text);
  }
  return { from: "matrix", name: input.name, type: input.type, columnNames: features, width: features.length, rank, matrix: matrix.data };
}
function allocateInput(feed, rows) {
  if (feed.from === "matrix") return void 0;
  const size = rows * feed.width;
  switch (feed.type) {
    case "float64":
      return new Float64Array(size);
    case "int64":
      return new BigInt64Array(size);
    case "int32":
      return new Int32Array(size);
    default:
      return new Float32Array(size);
  }
}
function numericColumn(table, name) {
  const column = findColumn(table, name);
  if (!column) throw new UserError(`The feature column "${name}" is not in ${table.source}.`, table.source, `Use columns from: ${columnNames(table).join(", ")}.`);
  if (column.kind === "numeric") return column.values;
  const row = firstTextRow(column);
  throw textCellError(table, name, row, row === void 0 ? void 0 : column.values[row]);
}
function textCellError(table, column, row, text) {
  return new UserError(
    `The feature column "${column}" holds text${row === void 0 ? "" : ` ("${text}" at ${describeRow(table, row)})`}, and the model takes numbers.`,
    row === void 0 ? table.source : describeRow(table, row),
    "Encode the column as numbers before evaluation (or fix the cell if it is a typo), or exclude it from the features.",
    row === void 0 ? void 0 : { file: table.source, ...table.rowLines ? { line: table.rowLines[row] } : {} }
  );
}
function firstTextRow(column) {
  if (column.firstNonNumericRow !== void 0) return column.firstNonNumericRow;
  const row = column.values.findIndex((v) => v !== null && Number.isNaN(Number(v)));
  return row < 0 ? void 0 : row;
}
function fillFeed(feed, buffer, table, start, end) {
  const n = end - start;
  const dims = feed.rank === 1 ? [n] : [n, feed.width];
  if (feed.from === "matrix") return { name: feed.name, type: feed.type, data: feed.matrix.subarray(start * feed.width, end * feed.width), dims };
  const size = n * feed.width;
  if (feed.type === "int64") fillInt64(feed, buffer, table, start, n);
  else feed.copyRows(buffer, start, n);
  const data = buffer.length === size ? buffer : buffer.subarray(0, size);
  return { name: feed.name, type: feed.type, data, dims };
}
function fillInt64(feed, buffer, table, start, n) {
  const { width } = feed;
  for (let c = 0; c < width; c++) {
    const column = feed.columns[c];
    for (let r = 0, o = c; r < n; r++, o += width) {
      const value = column[start + r];
      if (!Number.isFinite(value)) {
        throw new UserError(
          `The feature column "${feed.columnNames[c]}" has a missing value at ${describeRow(table, start + r)}, and the model's input "${feed.name}" is int64, which has no missing value.`,
          describeRow(table, start + r),
          "Fill or drop rows with missing values before evaluation, or export the model with a float input."
        );
      }
      buffer[o] = BigInt(Math.trunc(value));
    }
  }
}
function featureMatrixRequest(signature, exclude) {
  const inputs = signature.inputs;
  if (inputs.length !== 1 || inputs[0].shape.length !== 2) return void 0;
  const type = inputs[0].type;
  return type === "float32" || type === "float64" ? { exclude, type } : void 0;
}

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

// shared/model/batch-runner.ts
function mainThreadRunner(ort, session) {
  return {
    async run(inputs, fetches, targets) {
      const feeds = {};
      for (const input of inputs) feeds[input.name] = new ort.Tensor(input.type, input.data, input.dims);
      const wanted = {};
      for (const name of fetches) {
        const target = targets?.[name];
        wanted[name] = target ? new ort.Tensor(target.type, target.data, target.dims) : null;
      }
      let started = performance.now();
      let result;
      let placed = targets;
      try {
        result = await session.run(feeds, placed ? wanted : fetches);
      } catch (error) {
        if (!placed) throw error;
        placed = void 0;
        started = performance.now();
        result = await session.run(feeds, fetches);
      }
      const ms = performance.now() - started;
      const outputs = {};
      for (const name of fetches) outputs[name] = { dims: result[name].dims, data: placed?.[name]?.data ?? result[name].data };
      return { outputs, ms };
    }
  };
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
async function warmUp(run, batchRows) {
  if (batchRows === 0) return;
  let runs = 0;
  let spent = 0;
  let last = 0;
  const once = async (rows) => {
    last = await run(rows);
    spent += last;
    runs++;
  };
  const first = Math.min(batchRows, FIRST_WARM_UP_ROWS);
  await once(first);
  if (batchRows > first) {
    if (last * batchRows / first >= WHOLE_BATCH_WARM_UP_MS) return;
    await once(batchRows);
  }
  while (runs < MAX_WARM_UP_RUNS && spent + last < WARM_UP_MS) await once(batchRows);
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

// shared/model/output-collector.ts
var OutputCollector = class {
  constructor(model, plan2, rows, scores = "probabilities") {
    this.model = model;
    this.plan = plan2;
    this.rows = rows;
    this.scores = scores;
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
    const values = plan2.values;
    if (values && (values.type === "float32" || values.type === "float64") && this.fetch.values === values.name) {
      if (values.shape.length === 1 || values.shape.length === 2 && values.shape[1] === 1) {
        this.directValueDims = values.shape.slice(1);
        this.values = values.type === "float64" ? new Float64Array(rows) : new Float32Array(rows);
      }
    }
  }
  model;
  plan;
  rows;
  scores;
  fetch;
  probabilities;
  columns;
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
    const targets = {};
    const k = this.directColumns;
    if (k !== void 0) {
      if (this.columns === void 0) this.start(k);
      targets[this.fetch.probabilities] = { type: "float32", data: this.probabilities.subarray(start * k, end * k), dims: [n, k] };
    }
    if (this.labelScratch) {
      if (this.labelScratch.length < n) this.labelScratch = new BigInt64Array(n);
      targets[this.fetch.label] = { type: "int64", data: this.labelScratch.subarray(0, n), dims: [n] };
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
    if (this.fetch.values) this.collectValues(outputs[this.fetch.values], start, n);
    if (this.fetch.probabilities) this.collectProbabilities(outputs[this.fetch.probabilities], start, n);
    if (this.fetch.label) this.collectLabels(outputs[this.fetch.label], start, n);
  }
  collectValues(tensor, start, n) {
    const data = tensor.data;
    if (data.length !== n) throw shapeError(this.fetch.values, tensor.dims, n, "one value per row");
    this.values ??= isArrayOf(data, "Float64Array") ? new Float64Array(this.rows) : new Float32Array(this.rows);
    if (!isInPlace(data, this.values, start)) this.values.set(data, start);
  }
  collectProbabilities(tensor, start, n) {
    const data = tensor.data;
    const width = n > 0 ? data.length / n : 0;
    if (!Number.isInteger(width) || width < 1) throw shapeError(this.fetch.probabilities, tensor.dims, n, "one row of probabilities per row");
    if (this.columns === void 0) this.start(width);
    const out = this.probabilities;
    const logits = this.scores === "logits";
    if (width === 1) {
      for (let r = 0, o = start * 2; r < n; r++, o += 2) {
        const p = logits ? sigmoid(data[r]) : data[r];
        out[o] = 1 - p;
        out[o + 1] = p;
      }
    } else {
      if (width !== this.columns) throw shapeError(this.fetch.probabilities, tensor.dims, n, `${this.columns} columns, as ${this.directColumns ? "the model declares" : "in the first batch"}`);
      if (!isInPlace(data, out, start * width)) out.set(data, start * width);
      if (logits) softmaxRows(out, start * width, n, width);
    }
  }
  /** sizes the outputs once the first batch shows the probability width */
  start(width) {
    const columns = Math.max(width, 2);
    this.columns = columns;
    this.probabilities = new Float32Array(this.rows * columns);
    this.labels = new Int32Array(this.rows);
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
  collectLabels(tensor, start, n) {
    const data = tensor.data;
    if (data.length !== n) throw shapeError(this.fetch.label, tensor.dims, n, "one label per row");
    const labels = this.labels;
    if (isArrayOf(data, "BigInt64Array") && this.identityClasses && int64IndicesInto(data, labels, start, this.columns)) return;
    const index = this.labelIndex;
    for (let r = 0; r < n; r++) {
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
  finish() {
    const { task } = this.plan;
    if (task === "regression") return { task, rowCount: this.rows, values: this.values ?? new Float32Array(0) };
    if (this.columns === void 0) this.start(this.plan.probabilityColumns ?? 2);
    if (!this.fetch.label) argmaxRows(this.probabilities, this.columns, this.labels);
    return { task, rowCount: this.rows, classes: this.classes, labels: this.labels, probabilities: this.probabilities };
  }
};
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

// shared/model/timing.ts
function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}
function summarizeTiming(batchMs, batchRows, batchSize, totalMs, passBatches = batchMs.length) {
  const batches = Float64Array.from(batchMs).sort();
  const perRow = Float64Array.from(batchMs, (ms, i) => ms / Math.max(1, batchRows[i])).sort();
  const rows = batchRows.slice(0, passBatches).reduce((a, b) => a + b, 0);
  return {
    batchSize,
    batches: passBatches,
    latencySamples: batchMs.length,
    batchLatencyP50: percentile(batches, 0.5),
    batchLatencyP95: percentile(batches, 0.95),
    rowLatencyP50: percentile(perRow, 0.5),
    rowLatencyP95: percentile(perRow, 0.95),
    rowsPerSecond: totalMs > 0 ? rows * 1e3 / totalMs : 0,
    totalMs
  };
}

// shared/model/predict.ts
var DEFAULT_BATCH_SIZE = 65536;
async function predict(model, table, options = {}) {
  const excluded = /* @__PURE__ */ new Set([...options.target ? [options.target] : [], ...options.excludeColumns ?? []]);
  const features = options.featureColumns ?? columnNames(table).filter((n) => !excluded.has(n));
  const fixedBatch = declaredBatchSize(model.signature);
  const batchSize = fixedBatch ?? Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const rows = table.rowCount;
  const plan2 = planOutputs(model.signature, options.task);
  const feeds = planFeeds(model.signature, table, features);
  const collector = new OutputCollector(model, plan2, rows, options.scores);
  const fetches = collector.fetchNames();
  const runner = mainThreadRunner(model.ort, model.session);
  const capacity = Math.min(batchSize, Math.max(rows, 1));
  const buffers = feeds.map((feed) => allocateInput(feed, capacity));
  const run = async (start, end, targets) => {
    const n = end - start;
    const inputs = feeds.map((feed, i) => fillFeed(feed, buffers[i], table, start, end));
    try {
      if (fixedBatch === void 0 || n === fixedBatch) return await runner.run(inputs, fetches, targets);
      const padded = await runner.run(padBatch(inputs, n, fixedBatch), fetches);
      return { ...padded, outputs: trimOutputs(padded.outputs, n, fixedBatch) };
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(
        `onnxruntime could not run ${model.path} on rows ${start + 1} to ${end} of ${table.source}: ${describeError(error)}`,
        model.path,
        "Check that the model runs on this data with onnxruntime elsewhere; a dimension error usually means the model was exported with fixed input sizes (export it with a dynamic batch axis, as dynamic_axes in torch.onnx.export)."
      );
    }
  };
  const firstBatch = Math.min(rows, batchSize);
  const runFirst = async (n) => (await run(0, n)).ms;
  await warmUp(runFirst, firstBatch);
  const batchMs = [];
  const batchRows = [];
  const started = performance.now();
  for (let start = 0; start < rows; start += batchSize) {
    const end = Math.min(rows, start + batchSize);
    const { outputs, ms } = await run(start, end, collector.targets(start, end));
    collector.collect(outputs, start, end);
    batchMs.push(ms);
    batchRows.push(end - start);
  }
  const totalMs = performance.now() - started;
  const batches = batchMs.length;
  await extraLatencySamples(runFirst, firstBatch, totalMs, batchMs, batchRows);
  const timing = summarizeTiming(batchMs, batchRows, batchSize, totalMs, batches);
  return { predictions: collector.finish(), timing: fixedBatch === void 0 ? timing : { ...timing, fixedBatchSize: fixedBatch } };
}

// shared/model/session.ts
var NO_SPIN_OPTIONS = { extra: { session: { intra_op: { allow_spinning: "0" }, inter_op: { allow_spinning: "0" } } } };
async function loadModel(path, options) {
  const bytes = await readFile(path).catch((err) => {
    throw new UserError(
      err.code === "ENOENT" ? `The model file ${path} does not exist.` : `The model file ${path} cannot be read: ${describeError(err)}`,
      path,
      "Check the model path (relative paths start at the repository root) and that an earlier step produced the file."
    );
  });
  const model = decodeOnnxFile(bytes, path);
  const { bytes: runnable, replacements } = exposeZipMapInputs(bytes, model);
  const sessionSource = runnable === bytes ? path : runnable;
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
  return {
    path,
    sizeBytes: bytes.length,
    sha256: sha256Bytes(bytes),
    signature: signatureOf(model),
    session,
    ort: options.ort,
    fetchNames: replacements
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

// shared/evaluate/targets.ts
function encodeClassTarget(table, target, classes) {
  const index = /* @__PURE__ */ new Map();
  classes.forEach((c, i) => index.set(String(c), i));
  const out = new Int32Array(table.rowCount);
  for (let row = 0; row < table.rowCount; row++) {
    const raw = target.values[row];
    if (raw === null || typeof raw === "number" && Number.isNaN(raw)) {
      throw new UserError(`The target column "${target.name}" is empty at ${describeRow(table, row)}.`, describeRow(table, row), "Fill in the label or drop the row before evaluation.", locationOf(table, row));
    }
    const key = String(raw);
    const cls = index.get(key);
    if (cls === void 0) {
      throw new UserError(
        `The target value "${key}" at ${describeRow(table, row)} is not one of the classes the model predicts (${classes.map(String).join(", ")}).`,
        describeRow(table, row),
        "Check that the target column and the model belong together, or remove rows of classes the model was not trained on.",
        locationOf(table, row)
      );
    }
    out[row] = cls;
  }
  return out;
}
function encodeRegressionTarget(table, target) {
  if (target.kind !== "numeric") {
    const row = target.firstNonNumericRow ?? target.values.findIndex((v) => v !== null && Number.isNaN(Number(v)));
    throw new UserError(
      `The target column "${target.name}" holds text ("${target.values[row]}" at ${describeRow(table, row)}), but a regression model predicts numbers.`,
      describeRow(table, row),
      "Fix the cell, or pass task: binary/multiclass if this is a classification target.",
      locationOf(table, row)
    );
  }
  for (let row = 0; row < table.rowCount; row++) {
    if (Number.isNaN(target.values[row])) {
      throw new UserError(`The target column "${target.name}" is empty at ${describeRow(table, row)}.`, describeRow(table, row), "Fill in the value or drop the row before evaluation.", locationOf(table, row));
    }
  }
  return target.values;
}
function locationOf(table, row) {
  const line = table.rowLines?.[row];
  return line === void 0 ? void 0 : { file: table.source, line };
}

// shared/evaluate/quality.ts
function rowCount(weights) {
  let n = 0;
  for (let i = 0; i < weights.length; i++) n += weights[i];
  return n;
}
function measureQuality(request) {
  const { candidate, baseline, bootstrap } = request;
  const { task } = candidate;
  const names = defaultMetricNames(task, candidate.inputs);
  const candidateMetrics = prepareMetrics(task, candidate.inputs, names);
  const metrics = candidateMetrics();
  const directions = {};
  for (const name of names) directions[name] = metricDirection(name);
  const resample = bootstrap.resamples > 0;
  let intervals = {};
  let baselineMetrics;
  let baselineEvaluator;
  let deltas = {};
  if (baseline) {
    const baselineNames = new Set(defaultMetricNames(task, baseline.inputs));
    const shared = names.filter((n) => baselineNames.has(n));
    baselineEvaluator = prepareMetrics(task, baseline.inputs, shared);
    baselineMetrics = baselineEvaluator();
    if (resample) {
      ({ intervals, deltas } = bootstrapAgainstBaseline(
        { inputs: candidate.inputs, evaluate: candidateMetrics, names },
        { inputs: baseline.inputs, evaluate: baselineEvaluator, names: shared },
        bootstrap
      ));
    } else deltas = metricDeltas(metrics, baselineMetrics);
  } else {
    if (resample) intervals = bootstrapIntervals(task, candidate.inputs, bootstrap, names);
    if (request.baselineMetrics) {
      baselineMetrics = request.baselineMetrics;
      deltas = metricDeltas(metrics, baselineMetrics);
    }
  }
  const confusionMatrix = task === "regression" ? void 0 : computeConfusionMatrix(candidate.inputs, candidate.classes);
  const slices = request.slices?.map(({ value, weights }) => ({
    value,
    rows: rowCount(weights),
    metrics: candidateMetrics(weights),
    ...baselineEvaluator ? { baseline: baselineEvaluator(weights) } : {}
  }));
  return { metrics, baseline: baselineMetrics, intervals, deltas, directions, confusionMatrix, slices };
}

// shared/evaluate/baseline-metrics.ts
import { readFile as readFile2 } from "node:fs/promises";
async function readBaselineMetrics(path) {
  let parsed;
  try {
    parsed = JSON.parse(await readFile2(path, "utf8"));
  } catch (err) {
    throw new UserError(`The baseline metrics file ${path} is not valid JSON: ${err.message}.`, path, "Pass the metrics.json of an earlier mlci evaluation, or a JSON object of metric name \u2192 number.");
  }
  const source = parsed && typeof parsed === "object" && "metrics" in parsed ? parsed.metrics : parsed;
  if (!source || typeof source !== "object" || Array.isArray(source)) {
    throw new UserError(`The baseline metrics file ${path} holds no metrics object.`, path, 'Write it as {"accuracy": 0.95, ...} or pass an mlci metrics.json.');
  }
  const metrics = {};
  for (const [name, value] of Object.entries(source)) {
    if (typeof value === "number" && Number.isFinite(value)) metrics[name] = value;
  }
  if (Object.keys(metrics).length === 0) {
    throw new UserError(`The baseline metrics file ${path} has no numeric metrics.`, path, 'Write metric values as numbers, e.g. {"accuracy": 0.95}.');
  }
  return metrics;
}

// shared/gate/load-policy.ts
var import_ajv = __toESM(require_ajv(), 1);

// shared/gate/policy-schema.ts
var NUMBER = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?`;
var PERCENT_PATTERN = String.raw`^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*%\s*$`;
var SHORTHAND_PATTERN = String.raw`^\s*(>=|<=|≥|≤)\s*(${NUMBER})\s*$`;
var METRIC_NAME_PATTERN = "^[A-Za-z][A-Za-z0-9_]*$";
var relativeLimit = {
  anyOf: [
    { type: "number", minimum: 0 },
    { type: "string", pattern: PERCENT_PATTERN }
  ]
};
var metricRules = {
  if: { type: "string" },
  then: { type: "string", pattern: SHORTHAND_PATTERN },
  else: {
    type: "object",
    additionalProperties: false,
    minProperties: 1,
    properties: {
      min: { type: "number" },
      max: { type: "number" },
      max_drop: { type: "number", minimum: 0 },
      max_relative_drop: relativeLimit,
      min_gain: { type: "number", minimum: 0 },
      min_relative_gain: relativeLimit,
      direction: { enum: ["higher", "lower"] },
      significance: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 }
    }
  }
};
var metricMap = {
  type: "object",
  propertyNames: { pattern: METRIC_NAME_PATTERN },
  additionalProperties: metricRules
};
var BUDGET_KEYS = ["latency_p95_ms_per_batch", "latency_p95_ms_per_row", "model_size_mb", "min_rows_per_second"];
var gatePolicySchema = {
  title: "mlci gate policy",
  type: "object",
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    significance: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
    fail_on_missing_metric: { type: "boolean" },
    metrics: metricMap,
    budgets: {
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(BUDGET_KEYS.map((key) => [key, { type: "number", exclusiveMinimum: 0 }]))
    },
    slices: {
      type: "object",
      additionalProperties: false,
      required: ["column"],
      properties: {
        column: { type: "string", minLength: 1 },
        min_rows: { type: "integer", minimum: 0 },
        every_slice: metricMap,
        values: { type: "object", additionalProperties: metricMap }
      }
    }
  }
};

// shared/config/schema-errors.ts
function schemaError(errors, file, locator, words) {
  const explained = errors.flatMap((error) => explain(error, errors, file, locator, words) ?? []);
  explained.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
  const first = explained[0];
  if (!first) return configError(file, 1, `The ${words.what} does not match its format.`, `See ${words.docs} for the keys it may use.`);
  const others = new Set(explained.map((e) => e.location?.line)).size - 1;
  if (others > 0) {
    return configError(file, first.location?.line, `${first.what} (The file has ${others} more problem${others === 1 ? "" : "s"} after this one.)`, first.fix ?? "");
  }
  return first;
}
function explain(error, all, file, locator, words) {
  const docs = `See ${words.docs} for the format.`;
  const path = pointerToPath(error.instancePath);
  const name = path.length ? `"${path.join(".")}"` : "the top level";
  const value = error.data;
  const at = (line, what, fix) => configError(file, line, what, fix);
  if (error.keyword === "if") return void 0;
  if (insideAnyOf(error, all)) return void 0;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys(error.parentSchema.properties ?? {});
      return at(
        locator.keyLine([...path, key]),
        `Unknown key "${key}" in ${name}.${didYouMean(key, allowed)}`,
        `Use one of: ${allowed.join(", ")}.`
      );
    }
    case "propertyNames": {
      const key = String(error.params.propertyName);
      return at(
        locator.keyLine([...path, key]),
        `"${key}" in ${name} is not ${words.keyNames?.what ?? "an allowed key"}.`,
        words.keyNames?.fix ?? docs
      );
    }
    case "pattern":
      if (error.propertyName !== void 0) return void 0;
      return at(
        locator.valueLine(path),
        `${name} is "${String(value)}", which is not a rule.`,
        words.patternFix ?? docs
      );
    case "anyOf":
      return at(
        locator.valueLine(path),
        `${name} is ${JSON.stringify(value)}, not a relative limit.`,
        'Write a fraction such as 0.05 or a percentage such as "5%".'
      );
    case "type": {
      const expected = String(error.params.type);
      if (error.schemaPath.endsWith("/else/type")) {
        return at(
          locator.valueLine(path),
          `The rules of ${name} are ${describeValue(value)}, not a mapping of rules.`,
          'Write a mapping such as { min: 0.9, max_drop: 0.01 } or a shorthand string such as ">= 0.9".'
        );
      }
      return at(
        locator.valueLine(path),
        `${name} is ${describeValue(value)}, but it must be ${article(expected)} ${expected === "integer" ? "whole number" : expected}.`,
        TYPE_FIXES[expected] ?? docs
      );
    }
    case "enum":
    case "const": {
      const allowed = error.keyword === "enum" ? error.params.allowedValues : [error.params.allowedValue];
      return at(locator.valueLine(path), `${name} is ${JSON.stringify(value)}, which is not allowed.${didYouMean(String(value), allowed.map(String))}`, `Use one of: ${allowed.map(String).join(", ")}.`);
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const { comparison, limit } = error.params;
      return at(locator.valueLine(path), `${name} is ${JSON.stringify(value)}, but it must be ${comparison} ${limit}.`, words.rangeFix?.(path[path.length - 1]) ?? docs);
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      return at(locator.keyLine(path), `${name} needs the key "${missing}".`, words.requiredFix?.(missing) ?? `Add ${missing}.`);
    }
    case "minProperties":
      return at(locator.keyLine(path), `${name} sets no rules.`, "Give it at least one rule, e.g. { min: 0.9 }, or remove it.");
    default:
      return at(locator.valueLine(path), `${name} ${error.message ?? "is not valid"}.`, docs);
  }
}
var TYPE_FIXES = {
  number: "Write a number such as 0.9, without quotes.",
  integer: "Write a whole number such as 30.",
  boolean: "Write true or false.",
  string: "Write text, such as the name of a column.",
  object: "Write a mapping of keys to values, one per line, indented below it."
};
function insideAnyOf(error, all) {
  if (error.keyword === "anyOf") return false;
  return all.some((other) => other.keyword === "anyOf" && other.instancePath === error.instancePath && error.schemaPath.startsWith(other.schemaPath.replace(/\/anyOf$/, "/anyOf/")));
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function describeValue(value) {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text "${value}"`;
  return `${typeof value} ${String(value)}`;
}
function article(word) {
  return /^[aeiou]/.test(word) ? "an" : "a";
}

// shared/gate/load-policy.ts
async function loadGatePolicy(path) {
  const text = await readConfigFile(path, { what: "gate policy", input: "policy", fix: "Set policy to the path of your policy file relative to the repository root (e.g. .mlci/gate.yml), or leave it empty to gate nothing." });
  return parseGatePolicy(text, path);
}
function parseGatePolicy(text, file) {
  const { raw, locator } = parseYamlConfig(text, file, {
    what: "gate policy",
    emptyFix: "Add rules (see docs/gate-policy.md), or leave the policy input empty to gate nothing.",
    // YAML reads a bare ">" as the start of a folded block: the commonest slip with the shorthand
    syntaxFix: (line) => /:\s*>=?\s*[-+.\d]/.test(line) ? 'Quote the shorthand, as in accuracy: ">= 0.9" (YAML takes an unquoted > for the start of a block of text).' : void 0
  });
  const validate = policyValidator();
  if (!validate(raw)) throw schemaError(validate.errors ?? [], file, locator, GATE_POLICY_WORDS);
  return new PolicyBuilder(file, locator).build(raw);
}
var GATE_POLICY_WORDS = {
  what: "gate policy",
  docs: "docs/gate-policy.md",
  keyNames: { what: "a metric name", fix: "Metric names are letters, digits and underscores, as scikit-learn names them (accuracy, f1_macro, log_loss, ...)." },
  patternFix: 'Write a shorthand such as ">= 0.9" or "<= 0.2" (only >= and <=), or a mapping such as { min: 0.9, max_drop: 0.01 }.',
  requiredFix: (key) => key === "column" ? "Name the slice column, e.g. column: region (the same as the slice-column input of evaluate-gate)." : void 0,
  rangeFix: (key) => {
    if (key === "significance") return "Use a significance level (alpha) between 0 and 1, such as 0.05.";
    if (key === "max_drop" || key === "min_gain") return "Write the amount as a positive number: the metric's direction decides which way is worse.";
    if (key === "min_rows") return "Use a whole number of rows, 0 or more.";
    return "Budgets are positive numbers: milliseconds, megabytes (1 MB = 1,000,000 bytes) or rows per second.";
  }
};
var compiled;
function policyValidator() {
  compiled ??= new import_ajv.Ajv({ allErrors: true, verbose: true, strict: true, strictNumbers: true }).compile(gatePolicySchema);
  return compiled;
}
var CHANGE_KEYS = ["max_drop", "max_relative_drop", "min_gain", "min_relative_gain"];
var RELATIVE_KEYS = ["max_relative_drop", "min_relative_gain"];
var PolicyBuilder = class {
  constructor(file, locator) {
    this.file = file;
    this.locator = locator;
  }
  file;
  locator;
  directions = {};
  directionLines = {};
  build(raw) {
    this.collectDirections(raw.metrics, ["metrics"]);
    this.collectDirections(raw.slices?.every_slice, ["slices", "every_slice"]);
    for (const [value, map] of Object.entries(raw.slices?.values ?? {})) this.collectDirections(map, ["slices", "values", value]);
    const policy = {
      file: this.file,
      significance: raw.significance ?? null,
      failOnMissingMetric: raw.fail_on_missing_metric ?? true,
      directions: this.directions,
      metrics: this.ruleSets(raw.metrics, ["metrics"]),
      budgets: this.budgets(raw.budgets),
      slices: this.slices(raw.slices)
    };
    const ruleCount = policy.metrics.length + policy.budgets.length + (policy.slices ? policy.slices.everySlice.length + policy.slices.values.reduce((n, v) => n + v.rules.length, 0) : 0);
    if (ruleCount === 0) {
      throw configError(this.file, 1, "The gate policy sets no rules.", "Add metrics, budgets or slices rules (see docs/gate-policy.md), or leave the policy input empty to gate nothing.");
    }
    return policy;
  }
  collectDirections(map, path) {
    for (const [metric, rules] of Object.entries(map ?? {})) {
      if (typeof rules !== "object" || rules.direction === void 0) continue;
      const direction = rules.direction;
      const line = this.locator.valueLine([...path, metric, "direction"]);
      const earlier = this.directions[metric];
      if (earlier && earlier !== direction) {
        throw configError(this.file, line, `The direction of ${metric} is "${direction}" here but "${earlier}" at line ${this.directionLines[metric]}.`, "A metric improves one way only: give it the same direction everywhere, or only once.");
      }
      this.directions[metric] = direction;
      this.directionLines[metric] = line;
    }
  }
  ruleSets(map, path) {
    return Object.entries(map ?? {}).map(([metric, rules]) => this.ruleSet(metric, rules, [...path, metric]));
  }
  ruleSet(metric, rules, path) {
    const line = this.locator.keyLine(path);
    if (!isBuiltinMetric(metric) && !this.directions[metric]) {
      throw configError(
        this.file,
        line,
        `Unknown metric "${metric}" in "${path.slice(0, -1).join(".")}".${didYouMean(metric, BUILTIN_METRICS)}`,
        `Use a metric mlci computes (${BUILTIN_METRICS.join(", ")}), or give a custom metric its direction: ${metric}: { direction: higher, min: ... }.`
      );
    }
    const set = { metric, line, thresholds: [], changes: [] };
    if (typeof rules === "string") {
      const [, op, number] = new RegExp(SHORTHAND_PATTERN).exec(rules);
      set.thresholds.push({ kind: "threshold", bound: op === ">=" || op === "\u2265" ? "min" : "max", limit: Number(number), line: this.locator.valueLine(path) });
      return set;
    }
    for (const bound of ["min", "max"]) {
      if (typeof rules[bound] === "number") set.thresholds.push({ kind: "threshold", bound, limit: rules[bound], line: this.locator.keyLine([...path, bound]) });
    }
    this.checkMinBelowMax(set.thresholds, path);
    for (const limitType of CHANGE_KEYS) {
      const value = rules[limitType];
      if (value === void 0) continue;
      const keyPath = [...path, limitType];
      const limit = RELATIVE_KEYS.includes(limitType) ? this.relativeLimit(value, keyPath) : value;
      set.changes.push({ kind: "change", limitType, limit, line: this.locator.keyLine(keyPath) });
    }
    if (typeof rules.significance === "number") set.significance = rules.significance;
    if (set.thresholds.length + set.changes.length === 0) {
      throw configError(this.file, line, `"${path.join(".")}" sets no rule, only ${Object.keys(rules).join(" and ")}.`, "Add a rule such as min, max, max_drop or min_gain, or remove the entry.");
    }
    return set;
  }
  checkMinBelowMax(thresholds, path) {
    const min = thresholds.find((t) => t.bound === "min");
    const max = thresholds.find((t) => t.bound === "max");
    if (min && max && min.limit > max.limit) {
      throw configError(this.file, max.line, `"${path.join(".")}" has min ${min.limit} above max ${max.limit}: no value can pass.`, "Swap them, or fix the one that is wrong.");
    }
  }
  /** "5%" → 0.05; a bare number is a fraction, and one of 1 or more is most likely a percentage. */
  relativeLimit(value, path) {
    if (typeof value === "string") {
      if (!new RegExp(PERCENT_PATTERN).test(value)) throw new Error(`schema let through relative limit ${value}`);
      return Number(value.replace("%", "").trim()) / 100;
    }
    if (value >= 1) {
      throw configError(
        this.file,
        this.locator.valueLine(path),
        `"${path.join(".")}" is ${value}, which as a fraction means ${value * 100}%.`,
        `Relative limits are fractions (0.05 = 5%). Write "${value}%" for ${value} percent, or "${value * 100}%" if you really mean ${value * 100} percent.`
      );
    }
    return value;
  }
  budgets(raw) {
    return Object.entries(raw ?? {}).map(([budget, limit]) => ({ budget, limit, line: this.locator.keyLine(["budgets", budget]) }));
  }
  slices(raw) {
    if (!raw) return null;
    return {
      column: raw.column,
      minRows: raw.min_rows ?? 0,
      line: this.locator.keyLine(["slices"]),
      everySlice: this.ruleSets(raw.every_slice, ["slices", "every_slice"]),
      values: Object.entries(raw.values ?? {}).map(([value, map]) => ({
        value,
        line: this.locator.keyLine(["slices", "values", value]),
        rules: this.ruleSets(map, ["slices", "values", value])
      }))
    };
  }
};

// shared/evaluate/evaluate-model.ts
async function identifyFile(path) {
  return { path, sha256: await sha256File(path), sizeBytes: (await stat(path)).size };
}
function targetColumn(table, target) {
  const column = findColumn(table, target);
  if (!column) {
    throw new UserError(
      `The target column "${target}" is not in ${table.source}.`,
      table.source,
      `Set target to one of: ${columnNames(table).join(", ")}.`
    );
  }
  return column;
}
function qualityInputs(table, target, predictions) {
  const column = targetColumn(table, target);
  if (predictions.task === "regression") {
    return { task: "regression", inputs: { yTrue: encodeRegressionTarget(table, column), yPred: predictions.values } };
  }
  const classes = predictions.classes;
  return {
    task: predictions.task,
    classes,
    inputs: { yTrue: encodeClassTarget(table, column, classes), yPred: predictions.labels, proba: predictions.probabilities, classCount: classes.length }
  };
}
function operationalFigures(timing, modelSizeBytes) {
  return { ...timing, modelSizeBytes };
}
async function kindOfBaseline(path) {
  if (!(await stat(path).catch(() => null))?.isFile()) {
    throw new UserError(`The baseline ${path} does not exist.`, "input baseline", "Pass an ONNX model or a metrics.json from an earlier evaluation, or leave baseline empty.");
  }
  return path.toLowerCase().endsWith(".json") ? "metrics" : "model";
}
function sharedFeatureMatrix(models, exclude) {
  const requests = models.map((model) => featureMatrixRequest(model.signature, exclude));
  const first = requests[0];
  return first && requests.every((r) => r?.type === first.type) ? first : void 0;
}
async function evaluateModel(options) {
  const { logger } = options;
  const excluded = [options.target, ...options.sliceColumn ? [options.sliceColumn] : []];
  const policy = options.policy ? await loadGatePolicy(options.policy) : null;
  const candidateModel = await loadModel(options.model, { ort: options.ort });
  const baselineKind = options.baseline ? await kindOfBaseline(options.baseline) : void 0;
  const baselineModel = baselineKind === "model" ? await loadModel(options.baseline, { ort: options.ort }) : void 0;
  const featureMatrix = sharedFeatureMatrix([candidateModel, ...baselineModel ? [baselineModel] : []], excluded);
  const table = await logger.group(`Loading ${options.data}`, () => loadTable(options.data, featureMatrix ? { featureMatrix } : {}));
  if (table.rowCount === 0) throw new UserError(`${options.data} has no rows.`, options.data, "Evaluate on a file with at least one data row.");
  targetColumn(table, options.target);
  if (options.sliceColumn && !findColumn(table, options.sliceColumn)) {
    throw new UserError(`The slice column "${options.sliceColumn}" is not in ${options.data}.`, options.data, `Set slice-column to one of: ${columnNames(table).join(", ")}.`);
  }
  const featureColumns = table.featureMatrix?.columns ?? table.columns.map((c) => c.name).filter((n) => !excluded.includes(n));
  const run = async (model) => {
    const { predictions, timing } = await predict(model, table, { featureColumns, batchSize: options.batchSize, task: options.task, scores: options.scores });
    return { model, predictions, timing };
  };
  const candidate = await logger.group(`Running ${options.model}`, () => run(candidateModel));
  const candidateInputs = qualityInputs(table, options.target, candidate.predictions);
  let baselineRun;
  let baselineInputs;
  const baselineFromFile = baselineKind === "metrics" ? await readBaselineMetrics(options.baseline) : void 0;
  if (baselineModel) {
    baselineRun = await logger.group(`Running baseline ${options.baseline}`, () => run(baselineModel));
    if (baselineRun.predictions.task !== candidate.predictions.task) {
      throw new UserError(
        `The baseline is a ${baselineRun.predictions.task} model but the candidate is ${candidate.predictions.task}.`,
        "input baseline",
        "Compare models of the same task, or pass the task input explicitly."
      );
    }
    baselineInputs = qualityInputs(table, options.target, baselineRun.predictions);
  }
  const quality = await logger.group(
    "Computing metrics",
    async () => measureQuality({
      candidate: candidateInputs,
      baseline: baselineInputs,
      baselineMetrics: baselineFromFile,
      bootstrap: options.bootstrap,
      slices: options.sliceColumn ? sliceRows(table, options.sliceColumn) : void 0
    })
  );
  const modelIdentity = { path: options.model, sha256: candidate.model.sha256, sizeBytes: candidate.model.sizeBytes };
  const withoutGate = {
    schema: "mlci/evaluation@1",
    task: candidate.predictions.task,
    model: modelIdentity,
    ...baselineRun ? { baselineModel: { path: options.baseline, sha256: baselineRun.model.sha256, sizeBytes: baselineRun.model.sizeBytes } } : {},
    data: { ...await identifyFile(options.data), rows: table.rowCount, target: options.target },
    metrics: quality.metrics,
    ...quality.baseline ? { baseline: quality.baseline, baselineSource: baselineRun ? "model" : "metrics-file" } : {},
    intervals: quality.intervals,
    deltas: quality.deltas,
    directions: quality.directions,
    ...quality.confusionMatrix ? { confusionMatrix: quality.confusionMatrix } : {},
    operational: operationalFigures(candidate.timing, modelIdentity.sizeBytes),
    ...baselineRun ? { baselineOperational: operationalFigures(baselineRun.timing, baselineRun.model.sizeBytes) } : {},
    ...quality.slices && options.sliceColumn ? { slices: { column: options.sliceColumn, slices: quality.slices } } : {},
    bootstrap: options.bootstrap,
    ...options.scores === "logits" && candidate.predictions.task !== "regression" ? { scores: "logits" } : {}
  };
  return { ...withoutGate, gate: evaluateGate(policy, withoutGate) };
}
function sliceRows(table, column) {
  const col = findColumn(table, column);
  const groups = /* @__PURE__ */ new Map();
  for (let row = 0; row < table.rowCount; row++) {
    const raw = col.values[row];
    const value = raw === null || typeof raw === "number" && Number.isNaN(raw) ? "(missing)" : String(raw);
    let weights = groups.get(value);
    if (!weights) {
      if (groups.size >= MAX_SLICES) {
        throw new UserError(
          `The slice column "${column}" has more than ${MAX_SLICES} distinct values.`,
          table.source,
          "Slice by a categorical column (or bucket a numeric one into a few ranges first)."
        );
      }
      weights = new Float64Array(table.rowCount);
      groups.set(value, weights);
    }
    weights[row] = 1;
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })).map(([value, weights]) => ({ value, weights }));
}
var MAX_SLICES = 100;
export {
  evaluateModel,
  sharedFeatureMatrix
};
