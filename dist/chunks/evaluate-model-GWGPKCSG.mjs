import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  ProgressReporter
} from "./chunk-2SELM2R6.mjs";
import {
  LINEAGE_FILE
} from "./chunk-M3HP5QCI.mjs";
import {
  ScoreCounts,
  scoreDistributionOf
} from "./chunk-Z22XVRBF.mjs";
import "./chunk-5YE5YN4U.mjs";
import {
  LITTLE_BOOTSTRAPS_FROM_ROWS,
  StreamingProbabilityFigures,
  attachPairedTest,
  bootstrapAgainstBaseline,
  bootstrapIntervals,
  checkMetricValue,
  computeConfusionMatrix,
  countPositive,
  defaultMetricNames,
  exactPairedTests,
  hasExactPairedTest,
  inputsOfRows,
  littleBootstrapIntervals,
  littleBootstrapsAgainstBaseline,
  littleBootstrapsMinRows,
  littleBootstrapsPlan,
  metricDeltas,
  prepareMetrics,
  rowsOfMask
} from "./chunk-4654B4NB.mjs";
import {
  BatchPredictor,
  NO_SPIN_OPTIONS,
  loadModel,
  planOutputs,
  readModelFile
} from "./chunk-RI7A7N37.mjs";
import {
  evaluateGate,
  sliceTestedMetrics
} from "./chunk-UFUTTKXT.mjs";
import {
  metricDirection,
  metricNamesForTask
} from "./chunk-4FPL64JB.mjs";
import "./chunk-ZN75DQCL.mjs";
import "./chunk-GVED242L.mjs";
import {
  featureMatrixRequest
} from "./chunk-BKFVP64E.mjs";
import "./chunk-MQ7BAUGH.mjs";
import "./chunk-IVPEYKAS.mjs";
import {
  CLOSED,
  IDLE,
  steadyNow
} from "./chunk-5UZM3VU2.mjs";
import "./chunk-OBKOI45Q.mjs";
import {
  columnNames,
  describeRow,
  findColumn
} from "./chunk-MWAICGG4.mjs";
import {
  detectFormat,
  estimateRowCount,
  startCsvReadThreads,
  streamTable
} from "./chunk-AUKHAFSQ.mjs";
import {
  countNewlines
} from "./chunk-Z7FU6QYM.mjs";
import "./chunk-OODZNGRG.mjs";
import {
  FLOAT32_MAX,
  MAX_INFLATION_RATIO,
  gzipTrailerSize,
  openDataFile,
  startsLikeGzip
} from "./chunk-HMON5L2P.mjs";
import "./chunk-JAJFHHOH.mjs";
import "./chunk-BG3LUX6W.mjs";
import {
  sha256FileInBackground
} from "./chunk-42RCFE6G.mjs";
import "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/evaluate/evaluate-model.ts
import { stat as stat2 } from "node:fs/promises";
import { availableParallelism } from "node:os";

// shared/data/row-capacity.ts
import { constants, gunzipSync } from "node:zlib";
var SAMPLE_BYTES = 256 * 1024;
var SLACK = 1.5;
async function rowCapacityHint(path, parquetFooters) {
  const format = detectFormat(path);
  if (format === "parquet") {
    const { parquetRowCount } = await import("./parquet-FAHOKNF6.mjs");
    return parquetRowCount(path, parquetFooters);
  }
  const { handle, size } = await openDataFile(path);
  try {
    const sample = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
    const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
    if (!startsLikeGzip(sample.subarray(0, bytesRead))) return void 0;
    let text;
    try {
      text = gunzipSync(sample.subarray(0, bytesRead), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: bytesRead * MAX_INFLATION_RATIO });
    } catch {
      return void 0;
    }
    const lines = countNewlines(text, 0, text.length);
    if (lines < 2) return void 0;
    const header = format === "csv" ? 1 : 0;
    if (bytesRead === size) return Math.max(0, lines - header);
    const inflated = inflatedSize(size * (text.length / bytesRead), await gzipTrailerSize(handle, size));
    return Math.ceil(SLACK * inflated * lines / text.length);
  } finally {
    await handle.close();
  }
}
function inflatedSize(estimate, trailer) {
  const turns = Math.max(0, Math.round((estimate - trailer) / 2 ** 32));
  const recorded = trailer + turns * 2 ** 32;
  return Math.abs(recorded - estimate) <= estimate / 3 ? recorded : estimate;
}

// shared/data/parquet-footers.ts
var ParquetFooters = class {
  byPath = /* @__PURE__ */ new Map();
  get(path, size, mtimeMs) {
    const kept = this.byPath.get(path);
    return kept && kept.opened.size === size && kept.mtimeMs === mtimeMs ? kept.opened : void 0;
  }
  set(path, mtimeMs, opened) {
    this.byPath.set(path, { mtimeMs, opened });
  }
};

// shared/model/feature-order.ts
var listed = (names) => names.length > 12 ? `${names.slice(0, 12).join(", ")} and ${names.length - 12} more` : names.join(", ");
var TRAINED_ON = { model: "The model {model} was trained on", lineage: "The lineage {file} of {model} says it was trained on", schema: "The data schema {file} declares" };
function featureOrder(signature, available, modelPath, dataPath, declared) {
  if (signature.inputs.length > 1) return { columns: signature.inputs.map((i) => i.name), source: "inputs" };
  const by = signature.featureNames ? { names: signature.featureNames, source: "model" } : declared ? { names: declared.columns, source: declared.source, file: declared.file } : void 0;
  if (!by) return { columns: available, source: "data" };
  const named = by.names;
  const have = new Set(available);
  const want = new Set(named);
  const missing = named.filter((n) => !have.has(n));
  const extra = available.filter((n) => !want.has(n));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [...missing.length ? [`missing: ${listed(missing)}`] : [], ...extra.length ? [`not among the model's features: ${listed(extra)}`] : []];
    const trained = TRAINED_ON[by.source].replace("{model}", modelPath).replace("{file}", by.file ?? "");
    throw new UserError(
      `${trained} ${named.length} named feature columns, and ${dataPath} does not have the same ones (${parts.join("; ")}).`,
      dataPath,
      `Evaluate on data with the columns the model was trained on (their order does not matter), plus the target; drop or rename the others${by.file ? `, or correct ${by.file}` : ""}.`
    );
  }
  return { columns: named, source: by.source, ...by.file ? { file: by.file } : {} };
}
function withMatrixOrder(table, columns) {
  const matrix = table.featureMatrix;
  if (!matrix || matrix.columns.length === columns.length && matrix.columns.every((c, i) => c === columns[i])) return table;
  const from = columns.map((c) => matrix.columns.indexOf(c));
  if (from.some((i) => i < 0)) return table;
  const width = columns.length;
  const data = new matrix.data.constructor(matrix.data.length);
  for (let r = 0, o = 0; o < data.length; r += width, o += width) {
    for (let c = 0; c < width; c++) data[o + c] = matrix.data[r + from[c]];
  }
  const reordered = { ...matrix, columns, data };
  return { ...table, featureMatrix: reordered };
}

// shared/model/declared-features.ts
import { readFile, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
async function readLineage(file) {
  let parsed;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    const why = err.code === "ENOENT" ? "does not exist" : "is not valid JSON";
    throw new UserError(`The feature-order file ${file} ${why}.`, file, "Pass the lineage.json that train-model wrote beside the model, or the data schema (.mlci/schema.yml).");
  }
  if (!parsed || typeof parsed !== "object" || parsed.schema !== "mlci/lineage@1") {
    throw new UserError(`${file} is not a train-model lineage.json (no "schema": "mlci/lineage@1").`, file, "Pass the lineage.json from train-model's output directory, or a data schema YAML file.");
  }
  return parsed;
}
function lineageColumns(lineage, file) {
  const { features } = lineage;
  if (!Array.isArray(features) || features.length === 0 || !features.every((f) => typeof f === "string" && f !== "")) {
    throw new UserError(`${file} records no feature columns ("features"): it was written before mlci recorded them, or training was not given data to check the model on.`, file, "Rerun train-model with data and target, or pass the data schema (.mlci/schema.yml) to give the order.");
  }
  return features;
}
async function readDeclaredFeatures(file, exclude) {
  if (/\.json$/i.test(file)) return { columns: lineageColumns(await readLineage(file), file), source: "lineage", file };
  const { loadDataSchema } = await import("./load-schema-K3ZFWY5U.mjs");
  const schema = await loadDataSchema(file);
  const skip = /* @__PURE__ */ new Set([...exclude, ...schema.dataset.target ? [schema.dataset.target] : []]);
  return { columns: schema.columns.map((c) => c.name).filter((c) => !skip.has(c)), source: "schema", file };
}
async function lineageBesideModel(model, modelSha256) {
  const file = join(dirname(model), LINEAGE_FILE);
  if (!(await stat(file).catch(() => void 0))?.isFile()) return void 0;
  const lineage = await readLineage(file).catch(() => void 0);
  if (!lineage?.outputs?.some((o) => o.sha256 === modelSha256)) return void 0;
  const { features } = lineage;
  return Array.isArray(features) && features.length > 0 && features.every((f) => typeof f === "string") ? { columns: features, source: "lineage", file } : void 0;
}

// shared/model/feature-range.ts
function refuse(table, column, row, input, value, modelPath) {
  const where = describeRow(table, row);
  const what = !Number.isFinite(value) ? input.type === "float32" ? "a value beyond the range of float32 (\xB13.4e38), or an infinite one" : "an infinite value (Infinity, or a number beyond float64's range such as 1e400)" : `${value}, beyond the range of float32 (\xB13.4e38)`;
  return new UserError(
    `The feature column "${column}" holds ${what} at ${where}; the ${input.type} input "${input.name}" of ${modelPath} cannot take it.`,
    where,
    "Fix the cell (a unit or parsing mistake upstream is the usual cause), clip or drop the row, or leave the cell empty if the model handles missing values.",
    { file: table.source, ...table.rowLines ? { line: table.rowLines[row] } : {} }
  );
}
function checkFeatureValues(table, features, inputs, modelPath) {
  const inputOf = (name) => inputs.length === 1 ? inputs[0] : inputs.find((i) => i.name === name);
  const matrix = table.featureMatrix;
  if (matrix && inputs.length === 1 && !matrix.finite) {
    const data = matrix.data;
    for (let i = 0; i < data.length; i++) {
      const v = data[i];
      if (v === Infinity || v === -Infinity) {
        const width = matrix.columns.length;
        throw refuse(table, matrix.columns[i % width], Math.floor(i / width), inputs[0], v, modelPath);
      }
    }
  }
  for (const name of features) {
    const column = findColumn(table, name);
    const input = inputOf(name);
    if (!column || column.kind !== "numeric" || !input || input.type !== "float32" && input.type !== "float64") continue;
    const limit = input.type === "float32" ? FLOAT32_MAX : Number.MAX_VALUE;
    const values = column.values;
    for (let r = 0; r < values.length; r++) {
      const v = values[r];
      if (v > limit || v < -limit) throw refuse(table, name, r, input, v, modelPath);
    }
  }
}

// shared/model/run-watchdog.ts
import { Worker } from "node:worker_threads";
var TEXT_BYTES = 8192;
var WATCHDOG_SOURCE = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const state = new Int32Array(workerData.state);
const text = new Uint8Array(workerData.text);
for (;;) {
  const run = Atomics.load(state, 0);
  if (run === ${CLOSED}) break;
  if (run === ${IDLE}) { Atomics.wait(state, 0, ${IDLE}); continue; }
  if (Atomics.wait(state, 0, run, workerData.limitMs) === 'timed-out') {
    writeSync(2, text.slice(0, Atomics.load(state, 1)));
    process.kill(process.pid, 'SIGKILL');
  }
}`;
function startRunWatchdog(limitMs, onRunner, host) {
  const memory = { state: new SharedArrayBuffer(8), started: new SharedArrayBuffer(8), text: new SharedArrayBuffer(TEXT_BYTES), limitMs };
  const state = new Int32Array(memory.state);
  const started = new Float64Array(memory.started);
  const text = new Uint8Array(memory.text);
  if (!host?.(memory)) {
    const worker = new Worker(WATCHDOG_SOURCE, { eval: true, workerData: { state: memory.state, text: memory.text, limitMs } });
    worker.unref();
  }
  let runs = 0;
  let prepared;
  return {
    async guard(failure, run) {
      if (failure !== prepared) {
        const bytes = new TextEncoder().encode(printed(failure.message, onRunner)).subarray(0, TEXT_BYTES);
        text.set(bytes);
        Atomics.store(state, 1, bytes.length);
        prepared = failure;
      }
      runs = runs % 2147483646 + 1;
      started[0] = steadyNow();
      Atomics.store(state, 0, runs);
      Atomics.notify(state, 0);
      try {
        return await run();
      } finally {
        Atomics.store(state, 0, IDLE);
        Atomics.notify(state, 0);
      }
    },
    close() {
      Atomics.store(state, 0, CLOSED);
      Atomics.notify(state, 0);
    }
  };
}
function printed(message, onRunner) {
  if (!onRunner) return `\u2716 ${message}
`;
  return `::error::${message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`;
}

// shared/evaluate/row-arrays.ts
var GrowingArray = class {
  constructor(Kind, capacity) {
    this.Kind = Kind;
    this.data = new Kind(Math.max(16, capacity));
  }
  Kind;
  data;
  length = 0;
  /** appends `values` (a batch's worth) */
  append(values) {
    this.reserve(this.length + values.length);
    this.data.set(values, this.length);
    this.length += values.length;
  }
  /** room for `rows` values; the array at `length` and on is then free to write */
  reserve(rows) {
    if (rows > this.data.length) {
      const bigger = new this.Kind(Math.max(rows, Math.ceil(this.data.length * 1.5)));
      bigger.set(this.data.subarray(0, this.length));
      this.data = bigger;
    }
    return this.data;
  }
  /** the values so far (a view, no copy) */
  values() {
    return this.data.subarray(0, this.length);
  }
};

// shared/evaluate/memory-budget.ts
import { freemem } from "node:os";
var SHARE = 0.8;
function memoryBudget(limitBytes) {
  if (limitBytes !== void 0 && limitBytes > 0) return limitBytes;
  const container = process.constrainedMemory?.() || Infinity;
  return Math.floor(Math.min(container, freemem()) * SHARE);
}
function rowBudget(source, bytesPerRow2, budgetBytes, fixedBytes) {
  const maxRows = Math.max(0, Math.floor((budgetBytes - fixedBytes) / bytesPerRow2));
  return {
    maxRows,
    check(rows, estimated = false) {
      if (rows <= maxRows) return;
      const mb = (bytes) => `${Math.round(bytes / 2 ** 20).toLocaleString("en")} MB`;
      throw new UserError(
        `${source} ${estimated ? "looks to have about" : "has more than"} ${rows.toLocaleString("en")} rows; evaluating them needs about ${mb(rows * bytesPerRow2 + fixedBytes)} (${bytesPerRow2} bytes a row for the scores, targets and metrics), and this machine can give ${mb(budgetBytes)}.`,
        source,
        `${maxRows > 0 ? `Evaluate on a sample of at most ${maxRows.toLocaleString("en")} rows` : `Free some memory (an evaluation needs about ${mb(fixedBytes)} before its rows)`}, or run on a machine with more memory (MLCI_MEMORY_LIMIT_MB sets the budget when the machine's own figures are wrong).`,
        { file: source }
      );
    }
  };
}

// shared/evaluate/row-bytes.ts
var FIXED_BYTES = 256 * 2 ** 20;
function bytesPerRow(models, options) {
  const weighted = options.slices || options.resamples > 0;
  let kept = options.slices ? 1 : 0;
  let metrics = 0;
  let target = 0;
  for (const signature of models) {
    const plan = planOutputs(signature, options.task);
    if (plan.task === "regression") {
      kept += plan.values?.type === "float64" ? 8 : 4;
      target = Math.max(target, 8);
      continue;
    }
    const classes = Math.max(2, plan.probabilityColumns ?? 2);
    const wide = classes > 256;
    kept += (plan.probabilities ? 4 * classes : 0) + (wide ? 4 : 1);
    target = Math.max(target, wide ? 4 : 1);
    const ranked = plan.probabilities ? classes === 2 ? 1 : classes : 0;
    if (weighted) metrics += 4 * ranked;
    if (options.resamples > 0 && plan.probabilities) metrics += 8;
  }
  const transient = 4 + (options.slices ? 1 : 0) + (options.resamples > 0 ? 1 : 0);
  return kept + target + metrics + transient;
}

// shared/evaluate/targets.ts
function encodeClassTarget(table, target, classes) {
  if (target.kind === "numeric" && classes.every((c) => typeof c === "number")) {
    const encoded = encodeNumericClasses(target.values, classes, table.rowCount);
    if (encoded) return encoded;
  }
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
function encodeNumericClasses(values, classes, rows) {
  const out = new Int32Array(rows);
  const k = classes.length;
  for (let row = 0; row < rows; row++) {
    const value = values[row];
    let cls = 0;
    while (cls < k && classes[cls] !== value) cls++;
    if (cls === k) return void 0;
    out[row] = cls;
  }
  return out;
}

// shared/evaluate/quality.ts
function addExactTests(deltas, candidate, baseline, names, mask) {
  const tests = exactPairedTests(candidate, baseline, names.filter((n) => deltas[n] !== void 0), mask);
  for (const [name, test] of Object.entries(tests)) attachPairedTest(deltas[name], test);
}
function sliceResampling(task, candidate, baseline, shared, request) {
  const tested = testedOnSlices(task, candidate, shared, request);
  if (!request.slices?.length || tested.length === 0) return void 0;
  return {
    slices: request.slices.map(({ value, weights }) => {
      const rows = rowsOfMask(weights());
      const prepare = (inputs) => ({ evaluate: prepareMetrics(task, inputsOfRows(inputs, rows), tested, { checked: true, repeatedWeights: true }), names: tested });
      return { value, rows, candidate: prepare(candidate), baseline: prepare(baseline) };
    })
  };
}
function littleSlices(task, candidate, shared, request, candidateMetrics, baselineMetrics, figures) {
  const names = testedOnSlices(task, candidate, shared, request);
  if (!request.slices?.length || names.length === 0) return void 0;
  const slices = request.slices;
  return {
    names,
    *each() {
      for (const { value, weights } of slices) {
        const mask = weights();
        const both = { candidate: candidateMetrics(mask), baseline: baselineMetrics(mask) };
        figures.set(value, both);
        yield { value, mask, ...both };
      }
    }
  };
}
function testedOnSlices(task, candidate, shared, request) {
  const classCount = "classCount" in candidate ? candidate.classCount : 0;
  return shared.filter((n) => request.sliceTests?.includes(n) && !(task !== "regression" && hasExactPairedTest(n, classCount)));
}
function measureQuality(request) {
  const { candidate, baseline, bootstrap } = request;
  const { task } = candidate;
  const names = defaultMetricNames(task, candidate.inputs);
  const resample = bootstrap.resamples > 0;
  const little = resample && bootstrap.method === "little-bootstraps";
  const sliceFigures = /* @__PURE__ */ new Map();
  const candidateMetrics = prepareMetrics(task, candidate.inputs, names, { repeatedWeights: resample && !little, ...candidate.unweighted ? { unweighted: candidate.unweighted } : {} });
  const metrics = candidateMetrics();
  const directions = {};
  for (const name of names) directions[name] = metricDirection(name);
  let intervals = {};
  let baselineMetrics;
  let baselineEvaluator;
  let deltas = {};
  let sliceDeltas = {};
  if (baseline) {
    const baselineNames = new Set(defaultMetricNames(task, baseline.inputs));
    const shared = names.filter((n) => baselineNames.has(n));
    baselineEvaluator = prepareMetrics(task, baseline.inputs, shared, { repeatedWeights: resample && !little, ...baseline.unweighted ? { unweighted: baseline.unweighted } : {} });
    baselineMetrics = baselineEvaluator();
    if (little) {
      ({ intervals, deltas, sliceDeltas } = littleBootstrapsAgainstBaseline(
        task,
        { inputs: candidate.inputs, names, point: metrics },
        { inputs: baseline.inputs, names: shared, point: baselineMetrics },
        bootstrap,
        littleSlices(task, candidate.inputs, shared, request, candidateMetrics, baselineEvaluator, sliceFigures)
      ));
    } else if (resample) {
      ({ intervals, deltas, sliceDeltas } = bootstrapAgainstBaseline(
        { inputs: candidate.inputs, evaluate: candidateMetrics, names },
        { inputs: baseline.inputs, evaluate: baselineEvaluator, names: shared },
        bootstrap,
        sliceResampling(task, candidate.inputs, baseline.inputs, shared, request)
      ));
    } else deltas = metricDeltas(metrics, baselineMetrics);
    if (task !== "regression") addExactTests(deltas, candidate.inputs, baseline.inputs, shared);
  } else {
    if (little) intervals = littleBootstrapIntervals(task, { inputs: candidate.inputs, names, point: metrics }, bootstrap);
    else if (resample) intervals = bootstrapIntervals(task, candidate.inputs, bootstrap, names);
    if (request.baselineMetrics) {
      baselineMetrics = request.baselineMetrics;
      deltas = metricDeltas(metrics, baselineMetrics);
    }
  }
  const confusionMatrix = task === "regression" ? void 0 : computeConfusionMatrix(candidate.inputs, candidate.classes);
  const slices = request.slices?.map(({ value, weights: makeWeights }) => {
    const weights = makeWeights();
    const known = sliceFigures.get(value);
    const sliceMetrics = known?.candidate ?? candidateMetrics(weights);
    if (!baselineEvaluator) return { value, rows: countPositive(weights), metrics: sliceMetrics };
    const sliceBaseline = known?.baseline ?? baselineEvaluator(weights);
    const changes = { ...metricDeltas(sliceMetrics, sliceBaseline), ...sliceDeltas[value] };
    if (task !== "regression") addExactTests(changes, candidate.inputs, baseline.inputs, Object.keys(changes), weights);
    return { value, rows: countPositive(weights), metrics: sliceMetrics, baseline: sliceBaseline, deltas: changes };
  });
  return { metrics, baseline: baselineMetrics, intervals, deltas, directions, confusionMatrix, slices };
}

// shared/evaluate/baseline-metrics.ts
import { readFile as readFile2 } from "node:fs/promises";
var FIX = "Pass the metrics.json of an earlier mlci evaluation of the same kind of model (or a JSON object of metric name \u2192 number), or a baseline ONNX model to run on the same rows.";
async function readBaselineMetrics(path, task) {
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
  const fileTask = parsed.task;
  if (typeof fileTask === "string" && fileTask !== task) {
    throw new UserError(`The baseline metrics file ${path} is from a ${fileTask} evaluation, and the candidate is ${task}.`, path, FIX);
  }
  const metrics = {};
  for (const [name, value] of Object.entries(source)) {
    if (typeof value !== "number" || !Number.isFinite(value)) continue;
    checkMetricValue(name, value, `The baseline metrics file ${path}`, FIX);
    metrics[name] = value;
  }
  if (Object.keys(metrics).length === 0) {
    throw new UserError(`The baseline metrics file ${path} has no numeric metrics.`, path, 'Write metric values as numbers, e.g. {"accuracy": 0.95}.');
  }
  const known = /* @__PURE__ */ new Set([...metricNamesForTask(task), ...task === "regression" ? [] : metricNamesForTask("multiclass", 3)]);
  if (!Object.keys(metrics).some((name) => known.has(name))) {
    throw new UserError(`The baseline metrics file ${path} holds none of the ${task} metrics (it has ${Object.keys(metrics).slice(0, 10).join(", ")}); the candidate is ${task}.`, path, FIX);
  }
  return metrics;
}

// shared/gate/index.ts
async function loadGatePolicy(path) {
  const { loadGatePolicy: load } = await import("./load-policy-MPCXNMDD.mjs");
  return load(path);
}

// shared/evaluate/evaluate-model.ts
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
function qualityInputs(predictions, target, unweighted) {
  if (predictions.task === "regression") return { task: "regression", inputs: { yTrue: target.values(), yPred: predictions.values } };
  const classes = predictions.classes;
  return {
    task: predictions.task,
    classes,
    inputs: { yTrue: target.values(), yPred: predictions.labels, proba: predictions.probabilities, classCount: classes.length },
    ...unweighted && predictions.probabilities ? { unweighted } : {}
  };
}
var StreamedFigures = class {
  /** `scored`: the model whose score distribution is reported (the candidate's alone) */
  constructor(scored) {
    this.scored = scored;
  }
  scored;
  sums = /* @__PURE__ */ new Map();
  add(predictor, start, end, target) {
    const k = predictor.classes?.length;
    const rows = predictor.storedProbabilities(start, end);
    const task = predictor.task;
    if (task === "regression" || k === void 0 || k < 2 || !rows) return;
    let sums = this.sums.get(predictor);
    if (!sums) this.sums.set(predictor, sums = { figures: new StreamingProbabilityFigures(k), ...predictor === this.scored ? { scores: new ScoreCounts(task) } : {}, rows: 0 });
    if (sums.rows !== start) return;
    sums.figures.add(rows.data, rows.width, target.values().subarray(start, end));
    sums.scores?.add(rows.data, rows.width, end - start);
    sums.rows = end;
  }
  /** the model's figures, when every row it ran was added */
  complete(predictor) {
    const sums = this.sums.get(predictor);
    return sums && sums.rows === predictor.rowCount ? sums : void 0;
  }
  figures(predictor) {
    return this.complete(predictor)?.figures.figures();
  }
  /** scoreDistributionOf(predictions), counted as the rows came when they all were */
  scoreDistribution(predictor, predictions) {
    const sums = this.complete(predictor);
    return sums?.scores && predictions.task !== "regression" && predictions.probabilities ? sums.scores.distribution() : scoreDistributionOf(predictions);
  }
};
function operationalFigures(timing, modelSizeBytes) {
  return { ...timing, modelSizeBytes };
}
async function kindOfBaseline(path) {
  if (!(await stat2(path).catch(() => null))?.isFile()) {
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
  const readThreads = options.readThreads ? await options.readThreads : options.parallelRead ? await startCsvReadThreads(options.data, { ...options.parallelRead, batchRows: options.batchSize }) : void 0;
  const dataHash = sha256FileInBackground(options.data);
  try {
    return await evaluateOn(options, readThreads, dataHash);
  } finally {
    dataHash.cancel();
    readThreads?.close();
  }
}
async function evaluateOn(options, readThreads, hashing) {
  const dataHash = hashing.digest;
  const { logger } = options;
  const excluded = [options.target, ...options.sliceColumn ? [options.sliceColumn] : []];
  const policy = options.policy ? await loadGatePolicy(options.policy) : null;
  const candidateFile = await readModelFile(options.model);
  const baselineKind = options.baseline ? await kindOfBaseline(options.baseline) : void 0;
  const baselineFile = baselineKind === "model" ? await readModelFile(options.baseline) : void 0;
  const featureMatrix = sharedFeatureMatrix([candidateFile, ...baselineFile ? [baselineFile] : []], excluded);
  const begun = readThreads?.begin(options.data, { batchRows: options.batchSize, reuseBatches: true, ...featureMatrix ? { featureMatrix } : {} }) ?? false;
  const sessionOptions = readThreads ? { ...NO_SPIN_OPTIONS, intraOpNumThreads: Math.max(1, availableParallelism() - readThreads.threads) } : void 0;
  if (typeof options.ort === "function") await hashing.started;
  const loadOptions = { ort: typeof options.ort === "function" ? await options.ort() : options.ort, ...sessionOptions ? { sessionOptions } : {} };
  const candidateModel = await loadModel(candidateFile, loadOptions);
  const baselineModel = baselineFile ? await loadModel(baselineFile, loadOptions) : void 0;
  const models = [candidateModel, ...baselineModel ? [baselineModel] : []];
  const givenOrder = options.featureOrderFile ? await readDeclaredFeatures(options.featureOrderFile, excluded) : void 0;
  const candidateOrder = givenOrder ?? await lineageBesideModel(options.model, candidateModel.sha256);
  const baselineOrder = givenOrder ?? (baselineModel ? await lineageBesideModel(options.baseline, baselineModel.sha256) : void 0);
  const rowOptions = { task: options.task, slices: !!options.sliceColumn, resamples: options.bootstrap.resamples };
  const signatures = models.map((model) => model.signature);
  const method = options.bootstrapMethod ?? "auto";
  const withBootstrap = bytesPerRow(signatures, rowOptions);
  const perRow = method === "full" ? withBootstrap : bytesPerRow(signatures, { ...rowOptions, resamples: 0 });
  const budgetBytes = memoryBudget(options.memoryLimitBytes);
  const budget = rowBudget(options.data, perRow, budgetBytes, FIXED_BYTES);
  const ordinaryBudget = method === "full" ? budget : rowBudget(options.data, withBootstrap, budgetBytes, FIXED_BYTES);
  const estimate = readThreads?.estimatedRowsOf(options.data) ?? await estimateRowCount(options.data);
  if (estimate !== void 0) budget.check(estimate, true);
  const parquetFooters = new ParquetFooters();
  const room = estimate ?? await rowCapacityHint(options.data, parquetFooters);
  const expectedRows = Math.min(room === void 0 ? options.batchSize : Math.ceil(room * 1.02) + 16, Math.max(budget.maxRows, options.batchSize));
  logger.debug(`Room for ${expectedRows} rows in the kept arrays (${estimate !== void 0 ? "the rows estimated from the start of the file" : room !== void 0 ? "the rows hinted by the file's footer or its gzip sample" : "a batch: they grow as the rows come"}).`);
  const timeout = options.inferenceTimeoutSeconds ?? 0;
  const keptByReader = (memory) => {
    const kept = readThreads.watch(memory);
    if (kept) logger.debug("the reading thread keeps the inference time limit");
    return kept;
  };
  const watchdog = timeout > 0 ? startRunWatchdog(timeout * 1e3, options.onRunner ?? false, begun ? keptByReader : void 0) : void 0;
  const predictOptions = { batchSize: options.batchSize, task: options.task, scores: options.scores, expectedRows, compact: true, ...watchdog ? { timeLimit: { watchdog, seconds: timeout } } : {} };
  const candidate = new BatchPredictor(candidateModel, predictOptions);
  const baseline = baselineModel ? new BatchPredictor(baselineModel, predictOptions) : void 0;
  const targets = new TargetColumns(expectedRows);
  const streamed = new StreamedFigures(candidate);
  const slices = options.sliceColumn ? new SliceCodes(options.sliceColumn, expectedRows) : void 0;
  const fedColumns = /* @__PURE__ */ new Map();
  let rows = 0;
  const progress = new ProgressReporter(logger, { what: `Evaluating ${options.data}`, unit: "rows" });
  try {
    return await evaluateStream();
  } finally {
    watchdog?.close();
  }
  async function asModel(predictor, work) {
    if (predictor === candidate) return work();
    return work().catch((err) => {
      if (err instanceof UserError && !err.what.startsWith("The baseline")) throw new UserError(`The baseline model ${options.baseline}: ${err.what}`, err.where, err.fix, err.location);
      throw err;
    });
  }
  async function evaluateStream() {
    await logger.group(
      `Reading ${options.data} and running ${baseline ? "both models" : options.model}`,
      () => streamTable(options.data, {
        batchRows: options.batchSize,
        reuseBatches: true,
        parquetFooters,
        ...featureMatrix ? { featureMatrix } : {},
        ...readThreads ? { parallel: readThreads } : {},
        onBatch: async (batch) => {
          if (rows === 0) checkColumns(batch, options);
          const featureColumns = batch.featureMatrix?.columns ?? batch.columns.map((c) => c.name).filter((n) => !excluded.includes(n));
          budget.check(rows + batch.rowCount);
          let valuesChecked;
          for (const [predictor, model] of baseline ? [[candidate, candidateModel], [baseline, baselineModel]] : [[candidate, candidateModel]]) {
            await asModel(predictor, async () => {
              const features = featureOrder(model.signature, featureColumns, model.path, options.data, predictor === candidate ? candidateOrder : baselineOrder);
              if (!fedColumns.has(predictor)) fedColumns.set(predictor, features);
              const fed = withMatrixOrder(batch, features.columns);
              const key = JSON.stringify([features.columns, model.signature.inputs.map((i) => [i.name, i.type])]);
              if (valuesChecked?.fed !== fed || valuesChecked.key !== key) {
                checkFeatureValues(fed, features.columns, model.signature.inputs, model.path);
                valuesChecked = { fed, key };
              }
              await predictor.add(fed, features.columns);
              appendTarget(targets, predictor, batch, options.target);
              streamed.add(predictor, rows, rows + batch.rowCount, targets.get(predictor).values);
            });
          }
          slices?.add(batch);
          rows += batch.rowCount;
          progress.update(rows);
        }
      })
    );
    progress.finish(rows);
    if (rows === 0) throw new UserError(`${options.data} has no rows.`, options.data, "Evaluate on a file with at least one data row.");
    const candidateRun = { model: candidateModel, ...await candidate.finish() };
    for (const warning of candidateRun.warnings) logger.warning(warning);
    const candidateInputs = qualityInputs(candidateRun.predictions, targets.get(candidate).values, streamed.figures(candidate));
    const baselineRun = baseline ? { model: baselineModel, ...await asModel(baseline, () => baseline.finish()) } : void 0;
    for (const warning of baselineRun?.warnings ?? []) logger.warning(warning);
    readThreads?.close();
    let baselineInputs;
    const baselineFromFile = baselineKind === "metrics" ? await readBaselineMetrics(options.baseline, candidateRun.predictions.task) : void 0;
    if (baselineRun) {
      if (baselineRun.predictions.task !== candidateRun.predictions.task) {
        throw new UserError(
          `The baseline is a ${baselineRun.predictions.task} model but the candidate is ${candidateRun.predictions.task}.`,
          "input baseline",
          "Compare models of the same task, or pass the task input explicitly."
        );
      }
      baselineInputs = qualityInputs(baselineRun.predictions, targets.get(baseline).values, streamed.figures(baseline));
    }
    const { bootstrap, record, why } = resamplingOf(options.bootstrap, method, rows, rows > ordinaryBudget.maxRows, options.data);
    if (why) logger.info(`Resampling by little bootstraps: ${record.subsets} subsets of ${record.subsetRows} rows (${why}).`);
    const quality = await logger.group(
      "Computing metrics",
      async () => measureQuality({
        candidate: candidateInputs,
        baseline: baselineInputs,
        baselineMetrics: baselineFromFile,
        bootstrap,
        slices: slices?.slices(),
        sliceTests: sliceTestedMetrics(policy)
      })
    );
    const modelIdentity = { path: options.model, sha256: candidateModel.sha256, sizeBytes: candidateModel.sizeBytes };
    const withoutGate = {
      schema: "mlci/evaluation@1",
      task: candidateRun.predictions.task,
      model: modelIdentity,
      ...baselineRun ? { baselineModel: { path: options.baseline, sha256: baselineRun.model.sha256, sizeBytes: baselineRun.model.sizeBytes } } : {},
      data: { path: options.data, sha256: await dataHash, sizeBytes: (await stat2(options.data)).size, rows, target: options.target },
      features: fedColumns.get(candidate),
      metrics: quality.metrics,
      ...quality.baseline ? { baseline: quality.baseline, baselineSource: baselineRun ? "model" : "metrics-file" } : {},
      intervals: quality.intervals,
      deltas: quality.deltas,
      directions: quality.directions,
      ...quality.confusionMatrix ? { confusionMatrix: quality.confusionMatrix } : {},
      operational: operationalFigures(candidateRun.timing, modelIdentity.sizeBytes),
      ...baselineRun ? { baselineOperational: operationalFigures(baselineRun.timing, baselineRun.model.sizeBytes) } : {},
      ...quality.slices && options.sliceColumn ? { slices: { column: options.sliceColumn, slices: quality.slices } } : {},
      bootstrap: record,
      ...options.scores === "logits" && candidateRun.predictions.task !== "regression" ? { scores: "logits" } : {},
      ...streamed.scoreDistribution(candidate, candidateRun.predictions)
      // monitor's reference for prediction drift
    };
    return { ...withoutGate, gate: evaluateGate(policy, withoutGate) };
  }
}
function resamplingOf(options, method, rows, tooBig, data) {
  const { resamples, seed, level } = options;
  const ordinary = { bootstrap: { ...options }, record: { resamples, seed, level } };
  if (resamples === 0) return ordinary;
  const fewest = littleBootstrapsMinRows(resamples);
  if (method === "little-bootstraps" && rows < fewest) {
    throw new UserError(
      `Little bootstraps need at least ${fewest.toLocaleString("en-US")} rows with ${resamples} resamples (disjoint subsets of n^0.7 rows each), but ${data} has ${rows.toLocaleString("en-US")}: their intervals would be undefined.`,
      "environment MLCI_BOOTSTRAP_METHOD",
      "Unset MLCI_BOOTSTRAP_METHOD (or set it to full): the ordinary bootstrap suits this many rows."
    );
  }
  const why = method === "little-bootstraps" ? "as asked" : method !== "auto" || rows < fewest ? void 0 : rows >= LITTLE_BOOTSTRAPS_FROM_ROWS ? `the ordinary bootstrap of ${rows} rows would take too long` : tooBig ? `the ordinary bootstrap of ${rows} rows would not fit in memory` : void 0;
  if (!why) return ordinary;
  const littleMethod = "little-bootstraps";
  const plan = littleBootstrapsPlan(rows, resamples);
  return { bootstrap: { ...options, method: littleMethod, plan }, record: { resamples, seed, level, method: littleMethod, ...plan }, why };
}
function checkColumns(batch, options) {
  targetColumn(batch, options.target);
  if (options.sliceColumn && !findColumn(batch, options.sliceColumn)) {
    throw new UserError(`The slice column "${options.sliceColumn}" is not in ${options.data}.`, options.data, `Set slice-column to one of: ${columnNames(batch).join(", ")}.`);
  }
}
function appendTarget(targets, predictor, batch, target) {
  targets.append(predictor, batch, targetColumn(batch, target));
}
var TargetColumns = class {
  constructor(expectedRows) {
    this.expectedRows = expectedRows;
  }
  expectedRows;
  columns = /* @__PURE__ */ new Map();
  get(predictor) {
    return this.columns.get(predictor);
  }
  append(predictor, batch, column) {
    let encoded = this.columns.get(predictor);
    if (!encoded) {
      const regression = predictor.task === "regression";
      const shared = [...this.columns.values()].find((t) => regression ? t.owner.task === "regression" : t.owner.task !== "regression" && sameClasses(t.owner.classes, predictor.classes));
      if (shared) {
        this.columns.set(predictor, shared);
        return;
      }
      const capacity = Math.max(this.expectedRows, batch.rowCount);
      const values = regression ? new GrowingArray(Float64Array, capacity) : predictor.classes.length <= 256 ? new GrowingArray(Uint8Array, capacity) : new GrowingArray(Int32Array, capacity);
      this.columns.set(predictor, encoded = { owner: predictor, values });
    }
    if (encoded.owner !== predictor) return;
    if (predictor.task === "regression") encoded.values.append(encodeRegressionTarget(batch, column));
    else encoded.values.append(encodeClassTarget(batch, column, [...predictor.classes]));
  }
};
function sameClasses(a, b) {
  return !!a && !!b && a.length === b.length && a.every((c, i) => String(c) === String(b[i]));
}
var SliceCodes = class {
  constructor(column, expectedRows) {
    this.column = column;
    this.codes = new GrowingArray(Uint8Array, expectedRows);
  }
  column;
  codes;
  index = /* @__PURE__ */ new Map();
  add(batch) {
    const col = findColumn(batch, this.column);
    const out = this.codes.reserve(this.codes.length + batch.rowCount);
    let at = this.codes.length;
    for (let row = 0; row < batch.rowCount; row++) {
      const raw = col.values[row];
      const value = raw === null || typeof raw === "number" && Number.isNaN(raw) ? "(missing)" : String(raw);
      let code = this.index.get(value);
      if (code === void 0) {
        if (this.index.size >= MAX_SLICES) {
          throw new UserError(
            `The slice column "${this.column}" has more than ${MAX_SLICES} distinct values.`,
            batch.source,
            "Slice by a categorical column (or bucket a numeric one into a few ranges first)."
          );
        }
        code = this.index.size;
        this.index.set(value, code);
      }
      out[at++] = code;
    }
    this.codes.length = at;
  }
  /**
   * each slice's rows as 0/1 weights (a byte a row), built when the metrics ask for them, into one
   * array: a slice's weights last until the next slice's are asked for
   */
  slices() {
    const codes = this.codes.values();
    let weights;
    return [...this.index.entries()].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })).map(([value, code]) => ({
      value,
      weights: () => {
        weights ??= new Uint8Array(codes.length);
        for (let row = 0; row < codes.length; row++) weights[row] = codes[row] === code ? 1 : 0;
        return weights;
      }
    }));
  }
};
var MAX_SLICES = 100;
export {
  evaluateModel,
  sharedFeatureMatrix
};
