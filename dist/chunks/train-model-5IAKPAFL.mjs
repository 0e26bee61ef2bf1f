import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  applyParamOverrides,
  formatDuration,
  readParamsFile,
  runTrainingCommand
} from "./chunk-XLWA2HPR.mjs";
import {
  gitCommit,
  lineageFrom,
  outputDigests,
  writeLineage
} from "./chunk-M3HP5QCI.mjs";
import "./chunk-OTA34LXD.mjs";
import {
  buildModel,
  decodeModel,
  readModelSignature,
  tensorType
} from "./chunk-IVPEYKAS.mjs";
import {
  require_dist
} from "./chunk-MHOJOIAV.mjs";
import {
  describeRow,
  findColumn
} from "./chunk-MWAICGG4.mjs";
import {
  loadTable
} from "./chunk-AUKHAFSQ.mjs";
import "./chunk-Z7FU6QYM.mjs";
import "./chunk-OODZNGRG.mjs";
import "./chunk-HMON5L2P.mjs";
import {
  BUILTIN_TRAINERS,
  DEFAULT_OUTPUTS
} from "./chunk-BSNOIG4E.mjs";
import {
  expandGlobs,
  hasGlobMagic
} from "./chunk-I3CLNAZB.mjs";
import {
  OUTPUT_MANIFEST,
  listedFiles,
  writeOutputManifest
} from "./chunk-HVFF6HEQ.mjs";
import {
  resolveInside
} from "./chunk-BFI5XRZB.mjs";
import {
  sha256Bytes,
  sha256File
} from "./chunk-42RCFE6G.mjs";
import {
  writeFileAtomic,
  writeJsonAtomic
} from "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import {
  UserError,
  describeError
} from "./chunk-PWERFMPE.mjs";
import {
  __toESM
} from "./chunk-4NDXX6IS.mjs";

// shared/train/train-model.ts
import { mkdir as mkdir3, rm as rm2 } from "node:fs/promises";
import { isAbsolute as isAbsolute3, relative as relative3, resolve as resolve4, sep as sep3 } from "node:path";

// shared/train/onnx-export/classifier-head.ts
function classifierHead(scores, classes) {
  const k = classes.length;
  const nodes = k === 2 ? [
    { opType: "Sigmoid", inputs: [scores], outputs: ["positive_probability"] },
    { opType: "Sub", inputs: ["one", "positive_probability"], outputs: ["negative_probability"] },
    { opType: "Concat", inputs: ["negative_probability", "positive_probability"], outputs: ["probabilities"], attributes: { axis: { type: "int", value: 1 } } }
  ] : [{ opType: "Softmax", inputs: [scores], outputs: ["probabilities"], attributes: { axis: { type: "int", value: 1 } } }];
  nodes.push(
    { opType: "ArgMax", inputs: ["probabilities"], outputs: ["class_position"], attributes: { axis: { type: "int", value: 1 }, keepdims: { type: "int", value: 0 } } },
    { opType: "Gather", inputs: ["class_values", "class_position"], outputs: ["label"], attributes: { axis: { type: "int", value: 0 } } }
  );
  const text = classes.some((c) => typeof c === "string");
  const classValues = text ? { name: "class_values", type: "string", dims: [k], values: classes.map(String) } : { name: "class_values", type: "int64", dims: [k], values: classes };
  const initializers = [classValues];
  if (k === 2) initializers.push({ name: "one", type: "float32", dims: [1], values: [1] });
  return {
    nodes,
    initializers,
    outputs: [
      { name: "label", type: tensorType(text ? "string" : "int64", ["N"]) },
      { name: "probabilities", type: tensorType("float32", ["N", k]) }
    ]
  };
}

// shared/train/onnx-export/model-metadata.ts
var PRODUCER = "mlci";
function metadataProps(meta) {
  const props = {
    "mlci.trainer": meta.trainer,
    "mlci.feature_names": JSON.stringify(meta.featureNames),
    "mlci.target": meta.target,
    "mlci.params": JSON.stringify(meta.params)
  };
  if (meta.classes) props["mlci.classes"] = JSON.stringify(meta.classes);
  return props;
}

// shared/train/onnx-export/linear-model.ts
function standardizedScores(s, coefficients, intercepts, outputs, scoresName) {
  const p = s.mean.length;
  const nodes = [
    { opType: "Sub", inputs: ["input", "feature_mean"], outputs: ["centered"] },
    { opType: "Div", inputs: ["centered", "feature_scale"], outputs: ["standardized"] },
    { opType: "MatMul", inputs: ["standardized", "coefficients"], outputs: ["weighted"] },
    { opType: "Add", inputs: ["weighted", "intercepts"], outputs: [scoresName] }
  ];
  const initializers = [
    { name: "feature_mean", type: "float32", dims: [p], values: s.mean },
    { name: "feature_scale", type: "float32", dims: [p], values: s.scale },
    { name: "coefficients", type: "float32", dims: [p, outputs], values: coefficients },
    { name: "intercepts", type: "float32", dims: [outputs], values: intercepts }
  ];
  const input = { name: "input", type: tensorType("float32", ["N", p]) };
  return { nodes, initializers, input };
}
function exportLogisticRegression(model, meta) {
  const scores = standardizedScores(model.standardization, model.coefficients, model.intercepts, model.scoreCount, "scores");
  const head = classifierHead("scores", model.classes);
  return buildModel({
    producer: PRODUCER,
    name: "logistic_regression",
    opsets: { "": 13 },
    inputs: [scores.input],
    outputs: head.outputs,
    nodes: [...scores.nodes, ...head.nodes],
    initializers: [...scores.initializers, ...head.initializers],
    metadata: metadataProps({ ...meta, classes: model.classes })
  });
}
function exportLinearRegression(model, meta) {
  const scores = standardizedScores(model.standardization, model.coefficients, [model.intercept], 1, "variable");
  return buildModel({
    producer: PRODUCER,
    name: "linear_regression",
    opsets: { "": 13 },
    inputs: [scores.input],
    outputs: [{ name: "variable", type: tensorType("float32", ["N", 1]) }],
    nodes: scores.nodes,
    initializers: scores.initializers,
    metadata: metadataProps(meta)
  });
}

// shared/train/onnx-export/tree-ensemble.ts
function exportGradientBoostedTrees(model, meta) {
  const ints = (value) => ({ type: "ints", value });
  const floats = (value) => ({ type: "floats", value });
  const nodeTree = [];
  const nodeId = [];
  const nodeFeature = [];
  const nodeMode = [];
  const nodeValue = [];
  const nodeTrue = [];
  const nodeFalse = [];
  const nodeMissingTrue = [];
  const targetTree = [];
  const targetNode = [];
  const targetId = [];
  const targetWeight = [];
  model.trees.forEach(({ tree, output }, t) => {
    for (let node = 0; node < tree.nodeCount; node++) {
      const leaf = tree.left[node] < 0;
      nodeTree.push(t);
      nodeId.push(node);
      nodeFeature.push(leaf ? 0 : tree.feature[node]);
      nodeMode.push(leaf ? "LEAF" : "BRANCH_LEQ");
      nodeValue.push(leaf ? 0 : tree.threshold[node]);
      nodeTrue.push(leaf ? 0 : tree.left[node]);
      nodeFalse.push(leaf ? 0 : tree.right[node]);
      nodeMissingTrue.push(leaf ? 0 : tree.missingLeft[node]);
      if (leaf) {
        targetTree.push(t);
        targetNode.push(node);
        targetId.push(output);
        targetWeight.push(tree.value[node]);
      }
    }
  });
  const regression = model.task === "regression";
  const scores = regression ? "variable" : "scores";
  const ensemble = {
    opType: "TreeEnsembleRegressor",
    domain: "ai.onnx.ml",
    inputs: ["input"],
    outputs: [scores],
    attributes: {
      n_targets: { type: "int", value: model.outputCount },
      aggregate_function: { type: "string", value: "SUM" },
      post_transform: { type: "string", value: "NONE" },
      base_values: floats([...model.baseScores]),
      nodes_treeids: ints(nodeTree),
      nodes_nodeids: ints(nodeId),
      nodes_featureids: ints(nodeFeature),
      nodes_modes: { type: "strings", value: nodeMode },
      nodes_values: floats(nodeValue),
      nodes_truenodeids: ints(nodeTrue),
      nodes_falsenodeids: ints(nodeFalse),
      nodes_missing_value_tracks_true: ints(nodeMissingTrue),
      target_treeids: ints(targetTree),
      target_nodeids: ints(targetNode),
      target_ids: ints(targetId),
      target_weights: floats(targetWeight)
    }
  };
  const input = { name: "input", type: tensorType("float32", ["N", meta.featureNames.length]) };
  const common = { producer: PRODUCER, name: "gradient_boosted_trees", opsets: { "": 13, "ai.onnx.ml": 3 }, inputs: [input] };
  if (regression) {
    return buildModel({ ...common, outputs: [{ name: "variable", type: tensorType("float32", ["N", 1]) }], nodes: [ensemble], metadata: metadataProps(meta) });
  }
  const head = classifierHead(scores, model.classes);
  return buildModel({
    ...common,
    outputs: head.outputs,
    nodes: [ensemble, ...head.nodes],
    initializers: head.initializers,
    metadata: metadataProps({ ...meta, classes: model.classes })
  });
}

// shared/train/builtin/binning.ts
var MAX_BINS = 255;
var BIN_SLOTS = 256;
var SAMPLE_ROWS = 1e5;
function binFeatures(features, maxBins = MAX_BINS) {
  const rowCount = features[0].length;
  const featureCount = features.length;
  const rowWords = featureCount + 3 >> 2;
  const buffer = new SharedArrayBuffer(rowCount * rowWords * 4);
  const bins = new Uint8Array(buffer);
  const stride = rowWords * 4;
  const upperEdges = [];
  const columnBins = [];
  for (let f = 0; f < featureCount; f++) {
    const column = features[f];
    const edges = quantileEdges(column, Math.min(maxBins, MAX_BINS) - 1);
    upperEdges.push(edges);
    const last = edges.length - 1;
    const binsOfColumn = new Uint8Array(rowCount);
    columnBins.push(binsOfColumn);
    for (let i = 0, o = f; i < rowCount; i++, o += stride) {
      const x = Math.fround(column[i]);
      if (x !== x) continue;
      let lo = 0;
      let hi = last;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (edges[mid] < x) lo = mid + 1;
        else hi = mid;
      }
      bins[o] = binsOfColumn[i] = lo + 1;
    }
  }
  return { rowBins: new Uint32Array(buffer), rowWords, columnBins, featureCount, rowCount, upperEdges };
}
function quantileEdges(column, maxEdges) {
  const n = column.length;
  const stride = Math.max(1, Math.floor(n / SAMPLE_ROWS));
  const sample = [];
  for (let i = 0; i < n; i += stride) {
    const x = Math.fround(column[i]);
    if (x === x) sample.push(x);
  }
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (column[i] > max) max = column[i];
  if (max !== -Infinity) sample.push(Math.fround(max));
  if (sample.length === 0) return Float32Array.of(0);
  const sorted = Float64Array.from(sample).sort();
  const distinct = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
  if (distinct.length <= maxEdges) return Float32Array.from(distinct);
  const edges = [];
  for (let q = 1; q <= maxEdges; q++) {
    const value = sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length / maxEdges) - 1)];
    if (edges.length === 0 || value > edges[edges.length - 1]) edges.push(value);
  }
  if (edges[edges.length - 1] < distinct[distinct.length - 1]) edges.push(distinct[distinct.length - 1]);
  return Float32Array.from(edges);
}

// shared/train/builtin/classes.ts
var MAX_CLASSES = 100;
function encodeClasses(set) {
  const encoded = encodeNumericClasses(set.target, set.targetName);
  const labels = set.classLabels;
  if (!labels) return encoded;
  return { classes: encoded.classes.map((position) => labels[position]), index: encoded.index };
}
function encodeNumericClasses(target, targetName) {
  const distinct = /* @__PURE__ */ new Set();
  for (let i = 0; i < target.length; i++) {
    const value = target[i];
    if (!Number.isInteger(value)) {
      throw new UserError(
        `The target "${targetName}" holds ${value} at row ${i + 1}, which is not a class number.`,
        `target ${targetName}`,
        "A classifier needs integer class labels (0, 1, \u2026); for a numeric target use builtin:linear-regression or task: regression."
      );
    }
    distinct.add(value);
    if (distinct.size > MAX_CLASSES) {
      throw new UserError(`The target "${targetName}" has more than ${MAX_CLASSES} distinct values.`, `target ${targetName}`, "Use a regression trainer, or group the classes.");
    }
  }
  const classes = [...distinct].sort((a, b) => a - b);
  if (classes.length < 2) {
    throw new UserError(`The target "${targetName}" has a single class (${classes[0]}).`, `target ${targetName}`, "Training a classifier needs at least two classes in the data.");
  }
  const position = new Map(classes.map((c, i) => [c, i]));
  const index = new Int32Array(target.length);
  for (let i = 0; i < target.length; i++) index[i] = position.get(target[i]);
  return { classes, index };
}
function inferTask(set) {
  if (set.classLabels) return set.classLabels.length <= 2 ? "binary" : "multiclass";
  const target = set.target;
  const distinct = /* @__PURE__ */ new Set();
  for (let i = 0; i < target.length; i++) {
    const value = target[i];
    if (!Number.isInteger(value)) return "regression";
    distinct.add(value);
    if (distinct.size > 20) return "regression";
  }
  return distinct.size <= 2 ? "binary" : "multiclass";
}

// shared/train/builtin/histogram-builder.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
function accumulateHistogram(rowBins, p, gradients, hessians, order, start, end, histogram) {
  const rowWords = p + 3 >> 2;
  for (let i = start; i < end; i++) {
    const row = order[i];
    const g = gradients[row];
    const h = hessians[row];
    let word = row * rowWords;
    for (let f = 0; f < p; f += 4, word++) {
      const bins = rowBins[word];
      let slot = (f << 8) + (bins & 255) << 1;
      histogram[slot] += g;
      histogram[slot + 1] += h;
      if (f + 1 < p) {
        slot = (f + 1 << 8) + (bins >>> 8 & 255) << 1;
        histogram[slot] += g;
        histogram[slot + 1] += h;
      }
      if (f + 2 < p) {
        slot = (f + 2 << 8) + (bins >>> 16 & 255) << 1;
        histogram[slot] += g;
        histogram[slot + 1] += h;
      }
      if (f + 3 < p) {
        slot = (f + 3 << 8) + (bins >>> 24) << 1;
        histogram[slot] += g;
        histogram[slot + 1] += h;
      }
    }
  }
}
var PARALLEL_MIN_ROWS = 65536;
var PARALLEL_MIN_CELLS = 4e6;
function sharedFloat64(length) {
  return new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
}
function sharedUint32(length) {
  return new Uint32Array(new SharedArrayBuffer(length * Uint32Array.BYTES_PER_ELEMENT));
}
function createHistogramBuilder(data, gradients, hessians, order, threads = availableParallelism()) {
  const p = data.featureCount;
  const serial = {
    build(start, end, histogram) {
      histogram.fill(0);
      accumulateHistogram(data.rowBins, p, gradients, hessians, order, start, end, histogram);
    },
    close: async () => {
    }
  };
  const shared = [data.rowBins, gradients, hessians, order].every((a) => a.buffer instanceof SharedArrayBuffer);
  const workerCount = Math.min(3, threads - 1);
  if (workerCount < 1 || !shared || data.rowCount * p < PARALLEL_MIN_CELLS) return serial;
  const size = p * 256 * 2;
  const helpers = Array.from({ length: workerCount }, () => {
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
        for (let i = 0; i < size; i++) histogram[i] += partial[i];
      }
    },
    async close() {
      for (const { control } of helpers) {
        control[1] = -1;
        Atomics.store(control, 0, ++sequence);
        Atomics.notify(control, 0);
      }
      await Promise.all(helpers.map(({ worker }) => worker.terminate()));
    }
  };
}
var WORKER_SOURCE = `
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

// shared/train/builtin/histogram-tree.ts
function createTreeWorkspace(data) {
  const order = sharedUint32(data.rowCount);
  const gradients = sharedFloat64(data.rowCount);
  const hessians = sharedFloat64(data.rowCount);
  return { order, scratch: new Uint32Array(data.rowCount), pool: [], gradients, hessians, histograms: createHistogramBuilder(data, gradients, hessians, order) };
}
function growTree(data, options, workspace, scores, scoreStride = 1, scoreOffset = 0) {
  const n = data.rowCount;
  const { order, gradients, hessians } = workspace;
  for (let i = 0; i < n; i++) order[i] = i;
  const capacity = 2 * options.maxLeaves - 1;
  const tree = {
    feature: new Int32Array(capacity).fill(-1),
    binThreshold: new Int32Array(capacity),
    threshold: new Float32Array(capacity),
    left: new Int32Array(capacity).fill(-1),
    right: new Int32Array(capacity).fill(-1),
    missingLeft: new Uint8Array(capacity),
    value: new Float64Array(capacity).fill(NaN),
    nodeCount: 1
  };
  const pool = workspace.pool;
  const size = data.featureCount * BIN_SLOTS * 2;
  const take = () => pool.pop() ?? new Float64Array(size);
  const rootHistogram = take();
  workspace.histograms.build(0, n, rootHistogram);
  let gradientSum = 0;
  let hessianSum = 0;
  for (let i = 0; i < n; i++) {
    gradientSum += gradients[i];
    hessianSum += hessians[i];
  }
  const leaves = [{ node: 0, start: 0, end: n, depth: 0, gradient: gradientSum, hessian: hessianSum, histogram: rootHistogram, split: void 0 }];
  leaves[0].split = findBestSplit(data, leaves[0], options);
  while (leaves.length < options.maxLeaves) {
    let best = -1;
    for (let i = 0; i < leaves.length; i++) {
      const s = leaves[i].split;
      if (s && (best < 0 || s.gain > leaves[best].split.gain)) best = i;
    }
    if (best < 0) break;
    const parent = leaves[best];
    const split = parent.split;
    const middle = partition(data, workspace, parent.start, parent.end, split);
    const leftNode = tree.nodeCount++;
    const rightNode = tree.nodeCount++;
    tree.feature[parent.node] = split.feature;
    tree.binThreshold[parent.node] = split.bin;
    tree.missingLeft[parent.node] = split.missingLeft ? 1 : 0;
    tree.threshold[parent.node] = data.upperEdges[split.feature][split.bin - 1];
    tree.left[parent.node] = leftNode;
    tree.right[parent.node] = rightNode;
    const left = { node: leftNode, start: parent.start, end: middle, depth: parent.depth + 1, gradient: split.leftGradient, hessian: split.leftHessian, histogram: void 0, split: void 0 };
    const right = { node: rightNode, start: middle, end: parent.end, depth: parent.depth + 1, gradient: parent.gradient - split.leftGradient, hessian: parent.hessian - split.leftHessian, histogram: void 0, split: void 0 };
    leaves.splice(best, 1, left, right);
    const mayGrow = leaves.length < options.maxLeaves && !(options.maxDepth > 0 && left.depth >= options.maxDepth);
    const splittable = (leaf) => mayGrow && leaf.end - leaf.start >= 2 * options.minChildSamples;
    const [small, large] = left.end - left.start <= right.end - right.start ? [left, right] : [right, left];
    if (splittable(small) || splittable(large)) {
      small.histogram = take();
      workspace.histograms.build(small.start, small.end, small.histogram);
      if (splittable(large)) {
        large.histogram = parent.histogram;
        for (let i = 0; i < size; i++) large.histogram[i] -= small.histogram[i];
      } else {
        pool.push(parent.histogram);
      }
      for (const child of [small, large]) if (child.histogram) child.split = findBestSplit(data, child, options);
    } else {
      pool.push(parent.histogram);
    }
  }
  for (const leaf of leaves) {
    const value = -leaf.gradient / (leaf.hessian + options.lambda) * options.shrinkage;
    tree.value[leaf.node] = value;
    for (let i = leaf.start; i < leaf.end; i++) scores[order[i] * scoreStride + scoreOffset] += value;
    if (leaf.histogram) pool.push(leaf.histogram);
  }
  return tree;
}
function findBestSplit(data, leaf, options) {
  const count = leaf.end - leaf.start;
  if (count < 2 * options.minChildSamples) return void 0;
  const { lambda, minChildSamples, minChildHessian } = options;
  const parentScore = leaf.gradient * leaf.gradient / (leaf.hessian + lambda);
  const histogram = leaf.histogram;
  const rowsPerHessian = count / leaf.hessian;
  let best;
  for (let f = 0; f < data.featureCount; f++) {
    const lastBin = data.upperEdges[f].length;
    const base = f * BIN_SLOTS << 1;
    const missingGradient = histogram[base];
    const missingHessian = histogram[base + 1];
    for (const missingLeft of missingHessian > 0 ? [true, false] : [true]) {
      let g = missingLeft ? missingGradient : 0;
      let h = missingLeft ? missingHessian : 0;
      for (let bin = 1; bin < lastBin; bin++) {
        g += histogram[base + 2 * bin];
        h += histogram[base + 2 * bin + 1];
        const c = Math.round(h * rowsPerHessian);
        if (c < minChildSamples) continue;
        if (count - c < minChildSamples) break;
        const rightHessian = leaf.hessian - h;
        if (h < minChildHessian || rightHessian < minChildHessian) continue;
        const rightGradient = leaf.gradient - g;
        const gain = g * g / (h + lambda) + rightGradient * rightGradient / (rightHessian + lambda) - parentScore;
        if (gain > 1e-12 && (!best || gain > best.gain)) best = { gain, feature: f, bin, missingLeft, leftGradient: g, leftHessian: h };
      }
    }
  }
  return best;
}
function partition(data, workspace, start, end, split) {
  const { order, scratch } = workspace;
  const bins = data.columnBins[split.feature];
  const threshold = split.bin;
  const missingLeft = split.missingLeft;
  let write = start;
  let spill = 0;
  for (let i = start; i < end; i++) {
    const row = order[i];
    const bin = bins[row];
    if (bin === 0 ? missingLeft : bin <= threshold) order[write++] = row;
    else scratch[spill++] = row;
  }
  order.set(scratch.subarray(0, spill), write);
  return write;
}

// shared/train/builtin/training-set.ts
function selectTrainingSet(table, targetName, featureNames) {
  const targetColumn = findColumn(table, targetName);
  if (!targetColumn) {
    throw new UserError(
      `The target column "${targetName}" is not in ${table.source}.`,
      table.source,
      `Set target to one of: ${table.columns.map((c) => c.name).join(", ")}.`
    );
  }
  const { target, classLabels } = targetColumn.kind === "numeric" ? { target: targetColumn.values, classLabels: void 0 } : textClasses(targetColumn.values);
  for (let i = 0; i < target.length; i++) {
    if (Number.isNaN(target[i])) {
      throw new UserError(`The target "${targetName}" is missing at ${describeRow(table, i)}.`, table.source, "Drop rows without a target before training.");
    }
  }
  const wanted = featureNames && featureNames.length > 0 ? featureNames : table.columns.filter((c) => c.name !== targetName).map((c) => c.name);
  const features = [];
  for (const name of wanted) {
    const column = findColumn(table, name);
    if (!column) throw new UserError(`The feature column "${name}" is not in ${table.source}.`, table.source, "List only columns the data has.");
    if (name === targetName) throw new UserError(`The target "${name}" is also listed as a feature.`, table.source, "Remove it from the features.");
    if (column.kind !== "numeric") {
      const row = column.firstNonNumericRow;
      throw new UserError(
        `The feature column "${name}" holds text${row !== void 0 ? ` (first at ${describeRow(table, row)})` : ""}; built-in trainers take numeric features only.`,
        table.source,
        `Encode "${name}" as numbers, leave it out with the features parameter, or train with your own command.`
      );
    }
    features.push(column.values);
  }
  if (features.length === 0) throw new UserError(`${table.source} has no feature columns besides the target.`, table.source, "Add feature columns.");
  if (table.rowCount < 2) throw new UserError(`${table.source} has ${table.rowCount} row(s); training needs at least two.`, table.source, "Train on more data.");
  return { featureNames: wanted, features, target, ...classLabels ? { classLabels } : {}, targetName, rowCount: table.rowCount, source: table.source };
}
function textClasses(values) {
  const classLabels = [...new Set(values.filter((v) => v !== null))].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const position = new Map(classLabels.map((label, i) => [label, i]));
  return { target: Float64Array.from(values, (v) => v === null ? NaN : position.get(v)), classLabels };
}
function requireNumericTarget(set, trainer) {
  if (!set.classLabels) return;
  const shown = set.classLabels.slice(0, 5).map((c) => JSON.stringify(c)).join(", ");
  throw new UserError(
    `${trainer} regresses a number, but the target "${set.targetName}" holds text (${shown}${set.classLabels.length > 5 ? ", \u2026" : ""}).`,
    set.source,
    "Train a classifier (builtin:logistic-regression or builtin:gradient-boosted-trees), or choose a numeric target."
  );
}
function requireNoMissingFeatures(set, trainer) {
  for (let f = 0; f < set.features.length; f++) {
    const values = set.features[f];
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i])) {
        throw new UserError(
          `${trainer} cannot train with a missing or infinite value in "${set.featureNames[f]}" (row ${i + 1} of ${set.source}).`,
          set.source,
          "Impute or drop missing values before training, or use builtin:gradient-boosted-trees, which handles them."
        );
      }
    }
  }
}

// shared/train/builtin/gradient-boosted-trees.ts
var defaultGradientBoostedTreesParams = {
  task: "auto",
  nEstimators: 100,
  learningRate: 0.1,
  maxLeaves: 31,
  maxDepth: 0,
  minChildSamples: 20,
  l2: 0,
  maxBins: 255
};
function trainGradientBoostedTrees(set, params = defaultGradientBoostedTreesParams) {
  checkParams(params);
  const task = params.task === "auto" ? inferTask(set) : params.task;
  const n = set.rowCount;
  let labels;
  let classes;
  if (task === "regression") requireNumericTarget(set, "builtin:gradient-boosted-trees with task: regression");
  else {
    ({ classes, index: labels } = encodeClasses(set));
    if (task === "binary" && classes.length !== 2) {
      throw new UserError(`task is binary but the target "${set.targetName}" has ${classes.length} classes.`, "params task", "Set task: multiclass, or leave task unset to decide from the target.");
    }
  }
  const outputCount = task === "multiclass" ? classes.length : 1;
  const binned = binFeatures(set.features, params.maxBins);
  const workspace = createTreeWorkspace(binned);
  const { gradients, hessians } = workspace;
  const scores = new Float64Array(n * outputCount);
  const baseScores = initialScores(task, set.target, labels, outputCount);
  for (let i = 0; i < n; i++) for (let c = 0; c < outputCount; c++) scores[i * outputCount + c] = baseScores[c];
  const probabilities = task === "multiclass" ? new Float64Array(n * outputCount) : void 0;
  const options = {
    maxLeaves: params.maxLeaves,
    maxDepth: params.maxDepth,
    minChildSamples: params.minChildSamples,
    minChildHessian: 1e-3,
    lambda: params.l2,
    shrinkage: params.learningRate
  };
  const trees = [];
  if (task === "regression") hessians.fill(1);
  try {
    for (let round = 0; round < params.nEstimators; round++) {
      if (probabilities) softmaxRows(scores, probabilities, n, outputCount);
      for (let output = 0; output < outputCount; output++) {
        fillGradients(task, set.target, labels, task === "multiclass" ? probabilities : scores, outputCount, output, gradients, hessians);
        trees.push({ tree: growTree(binned, options, workspace, scores, outputCount, output), output });
      }
    }
  } finally {
    void workspace.histograms.close();
  }
  return { kind: "gradient-boosted-trees", task, classes, baseScores, trees, outputCount };
}
function fillGradients(task, target, labels, current, stride, output, gradients, hessians) {
  const n = target.length;
  if (task === "regression") {
    for (let i = 0; i < n; i++) gradients[i] = current[i] - target[i];
  } else if (task === "binary") {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-current[i]));
      gradients[i] = p - labels[i];
      hessians[i] = Math.max(p * (1 - p), 1e-16);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const p = current[i * stride + output];
      gradients[i] = p - (labels[i] === output ? 1 : 0);
      hessians[i] = Math.max(p * (1 - p), 1e-16);
    }
  }
}
function initialScores(task, target, labels, outputCount) {
  const n = target.length;
  const base = new Float64Array(outputCount);
  if (task === "regression") {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += target[i];
    base[0] = sum / n;
    return base;
  }
  const counts = new Float64Array(task === "binary" ? 2 : outputCount);
  for (let i = 0; i < n; i++) counts[labels[i]] += 1;
  if (task === "binary") {
    base[0] = Math.log(counts[1] / counts[0]);
  } else {
    for (let c = 0; c < outputCount; c++) base[c] = Math.log(Math.max(counts[c], 1) / n);
  }
  return base;
}
function softmaxRows(scores, out, n, k) {
  for (let i = 0; i < n; i++) {
    const o = i * k;
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, scores[o + c]);
    let sum = 0;
    for (let c = 0; c < k; c++) sum += out[o + c] = Math.exp(scores[o + c] - max);
    for (let c = 0; c < k; c++) out[o + c] /= sum;
  }
}
function checkParams(params) {
  const problems = [];
  if (!Number.isInteger(params.nEstimators) || params.nEstimators < 1) problems.push("n_estimators must be a whole number \u2265 1");
  if (!(params.learningRate > 0 && params.learningRate <= 1)) problems.push("learning_rate must be in (0, 1]");
  if (!Number.isInteger(params.maxLeaves) || params.maxLeaves < 2) problems.push("max_leaves must be a whole number \u2265 2");
  if (!Number.isInteger(params.maxDepth) || params.maxDepth < 0) problems.push("max_depth must be a whole number \u2265 0 (0: no limit)");
  if (!Number.isInteger(params.minChildSamples) || params.minChildSamples < 1) problems.push("min_child_samples must be a whole number \u2265 1");
  if (!(params.l2 >= 0)) problems.push("l2 must be \u2265 0");
  if (!Number.isInteger(params.maxBins) || params.maxBins < 2 || params.maxBins > 255) problems.push("max_bins must be a whole number from 2 to 255");
  if (!["auto", "binary", "multiclass", "regression"].includes(params.task)) problems.push("task must be auto, binary, multiclass or regression");
  if (problems.length > 0) throw new UserError(`Invalid parameters for builtin:gradient-boosted-trees: ${problems.join("; ")}.`, "params", "Fix the values in the params file.");
}

// shared/train/builtin/symmetric-solve.ts
function solveSymmetric(a, b, p) {
  const x = solveCholesky(a, b, p);
  if (x) return { x, rankDeficient: false };
  return { x: solvePseudoInverse(a, b, p), rankDeficient: true };
}
function solveCholesky(a, b, p) {
  const l = new Float64Array(p * p);
  let maxDiagonal = 0;
  for (let i = 0; i < p; i++) maxDiagonal = Math.max(maxDiagonal, a[i * p + i]);
  const floor = 1e-10 * Math.max(maxDiagonal, 1e-300);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * p + j];
      for (let k = 0; k < j; k++) sum -= l[i * p + k] * l[j * p + k];
      if (i === j) {
        if (!(sum > floor)) return void 0;
        l[i * p + i] = Math.sqrt(sum);
      } else {
        l[i * p + j] = sum / l[j * p + j];
      }
    }
  }
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i * p + k] * y[k];
    y[i] = sum / l[i * p + i];
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < p; k++) sum -= l[k * p + i] * x[k];
    x[i] = sum / l[i * p + i];
  }
  return x;
}
function solvePseudoInverse(a, b, p) {
  const m = Float64Array.from(a);
  const v = new Float64Array(p * p);
  for (let i = 0; i < p; i++) v[i * p + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) off += m[i * p + j] ** 2;
    if (off < 1e-30) break;
    for (let q = 0; q < p; q++) {
      for (let r = q + 1; r < p; r++) {
        const aqr = m[q * p + r];
        if (Math.abs(aqr) < 1e-300) continue;
        const theta = (m[r * p + r] - m[q * p + q]) / (2 * aqr);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < p; k++) {
          const mkq = m[k * p + q];
          const mkr = m[k * p + r];
          m[k * p + q] = c * mkq - s * mkr;
          m[k * p + r] = s * mkq + c * mkr;
        }
        for (let k = 0; k < p; k++) {
          const mqk = m[q * p + k];
          const mrk = m[r * p + k];
          m[q * p + k] = c * mqk - s * mrk;
          m[r * p + k] = s * mqk + c * mrk;
        }
        for (let k = 0; k < p; k++) {
          const vkq = v[k * p + q];
          const vkr = v[k * p + r];
          v[k * p + q] = c * vkq - s * vkr;
          v[k * p + r] = s * vkq + c * vkr;
        }
      }
    }
  }
  let maxEigen = 0;
  for (let i = 0; i < p; i++) maxEigen = Math.max(maxEigen, Math.abs(m[i * p + i]));
  const cutoff = maxEigen * p * 1e-12;
  const x = new Float64Array(p);
  for (let e = 0; e < p; e++) {
    const lambda = m[e * p + e];
    if (lambda <= cutoff) continue;
    let projection = 0;
    for (let k = 0; k < p; k++) projection += v[k * p + e] * b[k];
    const w = projection / lambda;
    for (let k = 0; k < p; k++) x[k] += w * v[k * p + e];
  }
  return x;
}

// shared/train/builtin/standardize.ts
function fitStandardization(features) {
  const p = features.length;
  const mean = new Float64Array(p);
  const scale = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const column = features[j];
    const n = column.length;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += column[i];
    const m = sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const d = column[i] - m;
      squares += d * d;
    }
    const sd = Math.sqrt(squares / n);
    mean[j] = m;
    scale[j] = sd > 1e-12 * Math.max(1, Math.abs(m)) ? sd : 1;
  }
  return { mean, scale };
}

// shared/train/builtin/linear-regression.ts
var defaultLinearRegressionParams = { alpha: 0 };
var BLOCK_ROWS = 2048;
function trainLinearRegression(set, params = defaultLinearRegressionParams) {
  if (!(params.alpha >= 0)) throw new UserError(`alpha must be zero or positive, got ${params.alpha}.`, "params alpha", "Set alpha \u2265 0 (0 is ordinary least squares).");
  requireNumericTarget(set, "builtin:linear-regression");
  requireNoMissingFeatures(set, "builtin:linear-regression");
  const standardization = fitStandardization(set.features);
  const { mean, scale } = standardization;
  const p = set.features.length;
  const n = set.rowCount;
  let targetSum = 0;
  for (let i = 0; i < n; i++) targetSum += set.target[i];
  const targetMean = targetSum / n;
  const gram = new Float64Array(p * p);
  const moment = new Float64Array(p);
  const block = new Float64Array(BLOCK_ROWS * p);
  for (let start = 0; start < n; start += BLOCK_ROWS) {
    const rows = Math.min(BLOCK_ROWS, n - start);
    for (let j = 0; j < p; j++) {
      const column = set.features[j];
      const m = mean[j];
      const inv = 1 / scale[j];
      for (let r = 0; r < rows; r++) block[r * p + j] = (column[start + r] - m) * inv;
    }
    for (let r = 0; r < rows; r++) {
      const offset = r * p;
      const y = set.target[start + r] - targetMean;
      for (let j = 0; j < p; j++) {
        const zj = block[offset + j];
        moment[j] += zj * y;
        const row = j * p;
        for (let k = 0; k <= j; k++) gram[row + k] += zj * block[offset + k];
      }
    }
  }
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < j; k++) gram[k * p + j] = gram[j * p + k];
    gram[j * p + j] += params.alpha / (scale[j] * scale[j]);
    if (gram[j * p + j] === 0) gram[j * p + j] = 1;
  }
  const { x, rankDeficient } = solveSymmetric(gram, moment, p);
  return { kind: "linear-regression", standardization, coefficients: x, intercept: targetMean, rankDeficient };
}

// shared/train/builtin/linear-scores.ts
function linearScores(features, s, weights, k, z) {
  const p = features.length;
  const n = features[0].length;
  for (let c = 0; c < k; c++) {
    const base = c * (p + 1);
    let offset = weights[base + p];
    for (let j = 0; j < p; j++) offset -= s.mean[j] / s.scale[j] * weights[base + j];
    const zc = z.subarray(c * n, (c + 1) * n);
    zc.fill(offset);
    for (let j = 0; j < p; j++) {
      const w = weights[base + j] / s.scale[j];
      if (w === 0) continue;
      const column = features[j];
      for (let i = 0; i < n; i++) zc[i] += column[i] * w;
    }
  }
}
function linearGradient(features, s, residuals, k, gradient) {
  const p = features.length;
  const n = features[0].length;
  for (let c = 0; c < k; c++) {
    const rc = residuals.subarray(c * n, (c + 1) * n);
    let total = 0;
    for (let i = 0; i < n; i++) total += rc[i];
    const base = c * (p + 1);
    for (let j = 0; j < p; j++) {
      const column = features[j];
      let sum = 0;
      for (let i = 0; i < n; i++) sum += column[i] * rc[i];
      gradient[base + j] = (sum - s.mean[j] * total) / s.scale[j];
    }
    gradient[base + p] = total;
  }
}

// shared/train/builtin/lbfgs.ts
function dot(a, b) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
function maxAbs(a) {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}
function minimizeLbfgs(objective, start, options) {
  const n = start.length;
  const memory = options.memory ?? 10;
  let x = Float64Array.from(start);
  let gradient = new Float64Array(n);
  let value = objective(x, gradient);
  const steps = [];
  const changes = [];
  const rhos = [];
  const direction = new Float64Array(n);
  const alphas = new Float64Array(memory);
  let nextX = new Float64Array(n);
  let nextGradient = new Float64Array(n);
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    if (maxAbs(gradient) < options.gradientTolerance) return { x, value, iterations: iteration, converged: true };
    direction.set(gradient);
    for (let k = steps.length - 1; k >= 0; k--) {
      const a = rhos[k] * dot(steps[k], direction);
      alphas[k] = a;
      const y2 = changes[k];
      for (let i = 0; i < n; i++) direction[i] -= a * y2[i];
    }
    if (steps.length > 0) {
      const last = steps.length - 1;
      const gamma = dot(steps[last], changes[last]) / dot(changes[last], changes[last]);
      for (let i = 0; i < n; i++) direction[i] *= gamma;
    }
    for (let k = 0; k < steps.length; k++) {
      const b = rhos[k] * dot(changes[k], direction);
      const s2 = steps[k];
      const a = alphas[k];
      for (let i = 0; i < n; i++) direction[i] += s2[i] * (a - b);
    }
    for (let i = 0; i < n; i++) direction[i] = -direction[i];
    let slope = dot(direction, gradient);
    if (slope >= 0) {
      steps.length = changes.length = rhos.length = 0;
      for (let i = 0; i < n; i++) direction[i] = -gradient[i];
      slope = dot(direction, gradient);
    }
    let step = steps.length === 0 ? Math.min(1, 1 / Math.max(1e-12, maxAbs(gradient))) : 1;
    let nextValue = Infinity;
    let accepted = false;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) nextX[i] = x[i] + step * direction[i];
      nextValue = objective(nextX, nextGradient);
      if (Number.isFinite(nextValue) && nextValue <= value + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) return { x, value, iterations: iteration, converged: false };
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = nextX[i] - x[i];
      y[i] = nextGradient[i] - gradient[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      if (steps.length === memory) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
      steps.push(s);
      changes.push(y);
      rhos.push(1 / sy);
    }
    const relativeDecrease = (value - nextValue) / Math.max(Math.abs(value), Math.abs(nextValue), 1);
    [x, nextX] = [nextX, x];
    [gradient, nextGradient] = [nextGradient, gradient];
    value = nextValue;
    if (relativeDecrease < 1e-14) return { x, value, iterations: iteration + 1, converged: true };
  }
  return { x, value, iterations: options.maxIterations, converged: maxAbs(gradient) < options.gradientTolerance };
}

// shared/train/builtin/logistic-regression.ts
var defaultLogisticRegressionParams = { C: 1, maxIterations: 1e3, tolerance: 1e-6 };
function trainLogisticRegression(set, params = defaultLogisticRegressionParams) {
  if (!(params.C > 0)) throw new UserError(`C must be a positive number, got ${params.C}.`, "params C", "Set C > 0 (1.0 is the usual default; smaller is stronger regularization).");
  requireNoMissingFeatures(set, "builtin:logistic-regression");
  const { classes, index } = encodeClasses(set);
  const standardization = fitStandardization(set.features);
  const p = set.features.length;
  const n = set.rowCount;
  const k = classes.length === 2 ? 1 : classes.length;
  const z = new Float64Array(n * k);
  const residuals = new Float64Array(n * k);
  const penalty = 1 / params.C;
  const objective = (x, gradient) => {
    linearScores(set.features, standardization, x, k, z);
    let loss = 0;
    if (k === 1) {
      for (let i = 0; i < n; i++) {
        const zi = z[i];
        const y = index[i];
        loss += (zi > 0 ? zi + Math.log1p(Math.exp(-zi)) : Math.log1p(Math.exp(zi))) - y * zi;
        residuals[i] = 1 / (1 + Math.exp(-zi)) - y;
      }
    } else {
      for (let i = 0; i < n; i++) {
        let max = -Infinity;
        for (let c = 0; c < k; c++) max = Math.max(max, z[c * n + i]);
        let sum = 0;
        for (let c = 0; c < k; c++) sum += Math.exp(z[c * n + i] - max);
        const logSum = max + Math.log(sum);
        loss += logSum - z[index[i] * n + i];
        for (let c = 0; c < k; c++) residuals[c * n + i] = Math.exp(z[c * n + i] - logSum) - (index[i] === c ? 1 : 0);
      }
    }
    linearGradient(set.features, standardization, residuals, k, gradient);
    let squares = 0;
    for (let c = 0; c < k; c++) {
      for (let j = 0; j < p; j++) {
        const w = x[c * (p + 1) + j];
        squares += w * w;
        gradient[c * (p + 1) + j] += penalty * w;
      }
    }
    for (let i = 0; i < gradient.length; i++) gradient[i] /= n;
    return (loss + 0.5 * penalty * squares) / n;
  };
  const result2 = minimizeLbfgs(objective, new Float64Array(k * (p + 1)), { maxIterations: params.maxIterations, gradientTolerance: params.tolerance });
  const coefficients = new Float64Array(p * k);
  const intercepts = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < p; j++) coefficients[j * k + c] = result2.x[c * (p + 1) + j];
    intercepts[c] = result2.x[c * (p + 1) + p];
  }
  return { kind: "logistic-regression", classes, standardization, coefficients, intercepts, scoreCount: k, iterations: result2.iterations, converged: result2.converged };
}

// shared/train/builtin/trainer-params.ts
function readTrainerParams(trainer, raw, specs, defaults, ignored = []) {
  const params = { ...defaults };
  const known = new Map(specs.map((s) => [s.key, s]));
  for (const [key, value] of Object.entries(raw)) {
    if (ignored.includes(key)) continue;
    const spec = known.get(key);
    if (!spec) {
      throw new UserError(
        `${trainer} has no parameter "${key}".`,
        "params",
        `Use only: ${[...known.keys(), ...ignored].join(", ")}.`
      );
    }
    if (spec.kind === "number") {
      const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
      if (!Number.isFinite(number)) throw new UserError(`Parameter "${key}" of ${trainer} must be a number, got ${JSON.stringify(value)}.`, "params", `Set ${key} to a number.`);
      params[spec.field] = number;
    } else {
      if (typeof value !== "string") throw new UserError(`Parameter "${key}" of ${trainer} must be text, got ${JSON.stringify(value)}.`, "params", `Set ${key} to a string.`);
      params[spec.field] = value;
    }
  }
  return params;
}

// shared/train/builtin/trainers.ts
function isBuiltinTrainer(name) {
  return BUILTIN_TRAINERS.includes(name);
}
var COMMON_KEYS = ["features"];
function trainBuiltin(trainer, table, target, rawParams = {}) {
  if (!isBuiltinTrainer(trainer)) {
    throw new UserError(`Unknown trainer "${trainer}".`, "input trainer", `Use one of ${BUILTIN_TRAINERS.join(", ")}, or give a command instead.`);
  }
  const features = readFeatureList(rawParams.features);
  const set = selectTrainingSet(table, target, features);
  const meta = (params) => ({ trainer, featureNames: set.featureNames, target, params });
  switch (trainer) {
    case "builtin:logistic-regression": {
      const params = readTrainerParams(trainer, rawParams, [
        { key: "C", field: "C", kind: "number" },
        { key: "max_iter", field: "maxIterations", kind: "number" },
        { key: "tol", field: "tolerance", kind: "number" }
      ], defaultLogisticRegressionParams, COMMON_KEYS);
      const model = trainLogisticRegression(set, params);
      return result(trainer, set, model.classes.length === 2 ? "binary" : "multiclass", exportLogisticRegression(model, meta(params)), params, model.classes, {
        iterations: model.iterations,
        converged: model.converged
      });
    }
    case "builtin:linear-regression": {
      const params = readTrainerParams(trainer, rawParams, [{ key: "alpha", field: "alpha", kind: "number" }], defaultLinearRegressionParams, COMMON_KEYS);
      const model = trainLinearRegression(set, params);
      return result(trainer, set, "regression", exportLinearRegression(model, meta(params)), params, void 0, { rankDeficient: model.rankDeficient });
    }
    case "builtin:gradient-boosted-trees": {
      const params = readTrainerParams(trainer, rawParams, [
        { key: "task", field: "task", kind: "string" },
        { key: "n_estimators", field: "nEstimators", kind: "number" },
        { key: "learning_rate", field: "learningRate", kind: "number" },
        { key: "max_leaves", field: "maxLeaves", kind: "number" },
        { key: "max_depth", field: "maxDepth", kind: "number" },
        { key: "min_child_samples", field: "minChildSamples", kind: "number" },
        { key: "l2", field: "l2", kind: "number" },
        { key: "max_bins", field: "maxBins", kind: "number" }
      ], defaultGradientBoostedTreesParams, COMMON_KEYS);
      const model = trainGradientBoostedTrees(set, params);
      return result(trainer, set, model.task, exportGradientBoostedTrees(model, meta(params)), params, model.classes, { trees: model.trees.length });
    }
  }
}
function result(trainer, set, task, model, params, classes, details) {
  return { trainer, task, model, featureNames: set.featureNames, classes, params, details, rowCount: set.rowCount };
}
function readFeatureList(raw) {
  if (raw === void 0 || raw === null) return void 0;
  if (Array.isArray(raw) && raw.every((x) => typeof x === "string")) return raw;
  if (typeof raw === "string") return raw.split(",").map((s) => s.trim()).filter(Boolean);
  throw new UserError('The "features" parameter must be a list of column names.', "params features", "Write features: [col_a, col_b] or leave it out to use every numeric column but the target.");
}

// shared/train/builtin-run.ts
import { join } from "node:path";
var MODEL_FILE = "model.onnx";
var METRICS_FILE = "metrics.json";
async function runBuiltinTrainer(trainer, dataFile, target, params, outputDir, logger) {
  return logger.group(`Training ${trainer} on ${dataFile}`, async () => {
    const started = performance.now();
    const table = await loadTable(dataFile);
    logger.info(`Loaded ${table.rowCount} rows \xD7 ${table.columns.length} columns in ${formatDuration(performance.now() - started)}.`);
    const fitStarted = performance.now();
    const result2 = trainBuiltin(trainer, table, target, params);
    const fitMs = performance.now() - fitStarted;
    logger.info(`Fitted a ${result2.task} model on ${result2.featureNames.length} features in ${formatDuration(fitMs)} (${Object.entries(result2.details).map(([k, v]) => `${k}: ${v}`).join(", ")}).`);
    if (result2.details.converged === false) logger.warning(`${trainer} did not converge within max_iter; raise max_iter or lower C.`);
    if (result2.details.rankDeficient === true) logger.warning("Some features are collinear; the minimum-norm least-squares solution was taken.");
    await writeFileAtomic(join(outputDir, MODEL_FILE), result2.model);
    await writeJsonAtomic(join(outputDir, METRICS_FILE), {
      trainer,
      task: result2.task,
      rows: result2.rowCount,
      features: result2.featureNames,
      ...result2.classes ? { classes: result2.classes } : {},
      params: result2.params,
      fit: result2.details,
      fitSeconds: fitMs / 1e3
    });
    return { files: [METRICS_FILE, MODEL_FILE], durationMs: performance.now() - started };
  });
}

// shared/train/collect-outputs.ts
import { copyFile, mkdir, stat } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
async function collectOutputs(cwd, patterns, outputDir) {
  const root = resolve(cwd);
  const out = resolve(outputDir);
  const outRel = relative(root, out);
  const outputInsideCwd = outRel !== "" && !outRel.startsWith("..") && !isAbsolute(outRel);
  const collected = /* @__PURE__ */ new Set();
  const missing = [];
  for (const pattern of patterns) {
    if (!hasGlobMagic(pattern)) {
      const inOutput = resolveInside(out, pattern, "output path");
      const inCwd = resolveInside(root, pattern, "output path");
      if (await isFile(inOutput)) {
        collected.add(toSlashes(relative(out, inOutput)));
      } else if (await isFile(inCwd)) {
        await copyInto(inCwd, inOutput);
        collected.add(toSlashes(relative(out, inOutput)));
      } else {
        missing.push(pattern);
      }
      continue;
    }
    const fromCwd = (await expandGlobs(root, [pattern])).filter((rel) => !(outputInsideCwd && `${rel}/`.startsWith(`${toSlashes(outRel)}/`)));
    for (const rel of fromCwd) {
      await copyInto(resolveInside(root, rel, "output path"), resolveInside(out, rel, "output path"));
      collected.add(rel);
    }
    const alreadyThere = await expandGlobs(out, [pattern]);
    for (const rel of alreadyThere) collected.add(rel);
    if (fromCwd.length === 0 && alreadyThere.length === 0) missing.push(pattern);
  }
  return { files: [...collected].sort(), missing };
}
async function isFile(path) {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}
async function copyInto(source, target) {
  if (resolve(source) === resolve(target)) return;
  await mkdir(dirname(target), { recursive: true });
  await copyFile(source, target);
}
function toSlashes(path) {
  return path.split(sep).join("/");
}

// shared/train/command-line.ts
var import_yaml = __toESM(require_dist(), 1);
import { stat as stat2 } from "node:fs/promises";
import { extname, resolve as resolve2 } from "node:path";
async function parseTrainingCommand(raw, cwd, nodePath = process.execPath) {
  const text = raw.trim();
  if (!text) throw new UserError("The training command is empty.", "input command", "Give an argument list such as [python, train.py] or a script path.");
  let value;
  try {
    value = (0, import_yaml.parse)(text);
  } catch {
    value = text;
  }
  if (Array.isArray(value)) {
    if (value.length === 0 || !value.every((v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean")) {
      throw new UserError("The training command list must hold plain strings (program, then arguments).", "input command", 'Write it as [python, train.py, --epochs, "3"].');
    }
    return value.map(String);
  }
  if (typeof value !== "string") {
    throw new UserError("The training command must be a list of arguments or a script path.", "input command", "Write it as [python, train.py] or train.sh.");
  }
  const script = resolve2(cwd, value);
  const isFile2 = (await stat2(script).catch(() => null))?.isFile() ?? false;
  if (!isFile2) {
    const looksLikeShell = /\s|[|&;<>$`]/.test(value);
    throw new UserError(
      looksLikeShell ? `The training command "${value}" looks like a shell command line, which mlci does not run (its arguments could not be quoted safely).` : `The training script "${value}" does not exist.`,
      `input command (looked for ${script})`,
      looksLikeShell ? 'Give the command as a list: [python, train.py, --epochs, "3"].' : "Give a path relative to the working directory, or an argument list."
    );
  }
  return [...interpreterFor(script, nodePath), script];
}
function interpreterFor(script, nodePath) {
  switch (extname(script).toLowerCase()) {
    case ".py":
      return [process.platform === "win32" ? "python" : "python3"];
    case ".sh":
      return ["bash"];
    case ".js":
    case ".mjs":
    case ".cjs":
      return [nodePath];
    case ".ps1":
      return ["pwsh", "-File"];
    default:
      return [];
  }
}

// shared/train/run-cache.ts
import { copyFile as copyFile2, mkdir as mkdir2, readFile, rm } from "node:fs/promises";
import { dirname as dirname2, join as join2 } from "node:path";
var RECORD = "mlci-run.json";
var OUTPUTS = "outputs";
async function freshStagingDir(scratchDir) {
  const staging = join2(scratchDir, "run-cache");
  await rm(staging, { recursive: true, force: true });
  await mkdir2(scratchDir, { recursive: true });
  return staging;
}
async function restoreCachedRun(cache, key, outputDir, scratchDir, logger) {
  const staging = await freshStagingDir(scratchDir);
  try {
    let hit;
    try {
      hit = await cache.restore(key, staging);
    } catch (err) {
      logger.warning(`Restoring the training cache failed (${describeError(err)}); training instead.`);
      return void 0;
    }
    if (!hit) return void 0;
    let record;
    try {
      record = JSON.parse(await readFile(join2(staging, RECORD), "utf8"));
      if (record.schema !== "mlci/train-run@1" || record.key !== key || !Array.isArray(record.files)) throw new Error("unexpected record");
    } catch (err) {
      logger.warning(`The training cache entry ${key} is unreadable (${describeError(err)}); training instead.`);
      return void 0;
    }
    for (const file of record.files) {
      const target = resolveInside(outputDir, file, "cached output");
      await mkdir2(dirname2(target), { recursive: true });
      await copyFile2(resolveInside(join2(staging, OUTPUTS), file, "cached output"), target);
    }
    return record;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
async function saveCachedRun(cache, run, outputDir, scratchDir, logger) {
  const staging = await freshStagingDir(scratchDir);
  try {
    await mkdir2(staging);
    for (const file of run.files) {
      const target = resolveInside(join2(staging, OUTPUTS), file, "output");
      await mkdir2(dirname2(target), { recursive: true });
      await copyFile2(resolveInside(outputDir, file, "output"), target);
    }
    await writeJsonAtomic(join2(staging, RECORD), run);
    await cache.save(run.key, staging);
    return true;
  } catch (err) {
    logger.warning(`Saving the training run to the cache failed (${describeError(err)}); the next run trains again.`);
    return false;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

// shared/train/run-key.ts
import { readFile as readFile2, stat as stat3 } from "node:fs/promises";
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";

// shared/train/canonical-json.ts
function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
    return out;
  }
  return value;
}

// shared/train/run-key.ts
var DEFAULT_LOCKFILES = ["requirements.txt", "requirements-lock.txt", "poetry.lock", "uv.lock", "Pipfile.lock", "pdm.lock", "conda-lock.yml", "environment.yml", "package-lock.json", "pnpm-lock.yaml", "yarn.lock"];
var KEY_VERSION = "v1";
async function computeRunKey(inputs) {
  const cwd = resolve3(inputs.cwd);
  const excluded = (inputs.excludeDirs ?? []).map((d) => relative2(cwd, resolve3(d)).split(sep2).join("/")).filter((d) => d && !d.startsWith("..") && !isAbsolute2(d));
  const codeFiles = (await expandGlobs(cwd, inputs.code)).filter((f) => !excluded.some((d) => f.startsWith(`${d}/`)));
  if (inputs.code.length > 0 && codeFiles.length === 0) {
    throw new UserError(`The code patterns ${inputs.code.map((c) => `"${c}"`).join(", ")} match no file.`, "input code", "Give globs of your training code relative to the working directory, e.g. src/**/*.py.");
  }
  const code = await digestAll(cwd, codeFiles.map((f) => resolve3(cwd, f)), "code file");
  const manifest = inputs.dataManifest ? await readDataManifest(inputs.dataManifest) : void 0;
  const dataManifest = manifest?.digest;
  const data = manifest ? manifest.files : await digestAll(cwd, inputs.data.map((f) => resolve3(cwd, f)), "data file");
  const lockfilePaths = inputs.lockfiles.length > 0 ? inputs.lockfiles.map((f) => resolve3(cwd, f)) : await existing(DEFAULT_LOCKFILES.map((f) => resolve3(cwd, f)));
  const lockfiles = await digestAll(cwd, lockfilePaths, "lockfile");
  const components = {
    code,
    data,
    ...dataManifest ? { dataManifest } : {},
    params: canonicalJson(inputs.params),
    command: inputs.command,
    lockfiles,
    settings: inputs.settings
  };
  return { key: `mlci-train-${KEY_VERSION}-${sha256Bytes(canonicalJson(components))}`, components };
}
async function digestAll(cwd, paths, what) {
  const out = [];
  for (const path of paths) {
    let sha256;
    try {
      sha256 = await sha256File(path);
    } catch {
      throw new UserError(`The ${what} ${path} cannot be read.`, path, `Check the path; it is relative to ${cwd}.`);
    }
    out.push({ path: relative2(cwd, path).split(sep2).join("/"), sha256 });
  }
  return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function existing(paths) {
  const out = [];
  for (const path of paths) if ((await stat3(path).catch(() => null))?.isFile()) out.push(path);
  return out;
}
var VOLATILE_KEYS = /* @__PURE__ */ new Set(["createdAt", "created_at", "generatedAt", "timestamp", "durationMs", "duration", "elapsedMs"]);
async function readDataManifest(path) {
  let value;
  try {
    value = JSON.parse(await readFile2(path, "utf8"));
  } catch {
    throw new UserError(`The data manifest ${path} is missing or not JSON.`, path, "Pass the data-manifest.json that validate-data wrote, or leave data-manifest empty to hash the data files.");
  }
  const manifest = value;
  const files = Array.isArray(manifest.files) ? manifest.files.filter((f) => typeof f?.path === "string" && typeof f.sha256 === "string").map((f) => ({ path: f.path, sha256: f.sha256 })) : [];
  const digest = manifest.format === "mlci-data-manifest" && typeof manifest.digest === "string" ? manifest.digest : sha256Bytes(canonicalJson(dropVolatile(value)));
  return { digest, files };
}
function dropVolatile(value) {
  if (Array.isArray(value)) return value.map(dropVolatile);
  if (value && typeof value === "object") {
    const out = {};
    for (const [key, inner] of Object.entries(value)) if (!VOLATILE_KEYS.has(key)) out[key] = dropVolatile(inner);
    return out;
  }
  return value;
}

// shared/train/validate-trained-model.ts
import { readFile as readFile3 } from "node:fs/promises";
var SMOKE_ROWS = 5;
async function validateTrainedModel(modelPath, ort, sample) {
  let bytes;
  try {
    bytes = await readFile3(modelPath);
  } catch (err) {
    throw new UserError(`The trained model ${modelPath} cannot be read (${describeError(err)}).`, modelPath, "Make sure the training command writes the model file.");
  }
  let signature;
  let declaredFeatures;
  try {
    const model = decodeModel(bytes);
    signature = readModelSignature(bytes);
    const names = model.metadata["mlci.feature_names"];
    if (names) declaredFeatures = JSON.parse(names);
  } catch (err) {
    throw new UserError(`The trained model ${modelPath} is not a valid ONNX file: ${describeError(err)}.`, modelPath, "Export the model with an ONNX exporter (onnx, skl2onnx, torch.onnx) and write it completely.");
  }
  let session;
  try {
    session = await ort.InferenceSession.create(bytes);
  } catch (err) {
    throw new UserError(`onnxruntime cannot load the trained model ${modelPath}: ${describeError(err)}`, modelPath, "Export with an opset onnxruntime supports (opset \u2264 21) and check the graph with onnx.checker.check_model.");
  }
  try {
    if (!sample) return { signature, featureNames: declaredFeatures ?? [], smokeRows: 0 };
    const featureNames = expectedFeatures(signature, sample.table, sample.target, declaredFeatures, modelPath);
    const feeds = smokeFeeds(ort, signature, sample.table, featureNames);
    const rows = Math.min(SMOKE_ROWS, sample.table.rowCount);
    let outputs;
    try {
      outputs = await session.run(feeds);
    } catch (err) {
      throw new UserError(`The trained model ${modelPath} failed on ${rows} rows of the training data: ${describeError(err)}`, modelPath, "Check that the model takes one float row per example, in the order of the data columns.");
    }
    for (const [name, tensor] of Object.entries(outputs)) {
      if (tensor.type !== "float32" && tensor.type !== "float64") continue;
      const data = tensor.data;
      const bad = data.findIndex((v) => !Number.isFinite(v));
      if (bad >= 0) {
        throw new UserError(`The trained model ${modelPath} gives ${data[bad]} in output "${name}" on the first rows of the training data.`, modelPath, "Training diverged or the model saw unscaled or missing inputs: check the learning rate, scaling and missing-value handling.");
      }
    }
    return { signature, featureNames, smokeRows: rows };
  } finally {
    await session.release();
  }
}
function expectedFeatures(signature, table, target, declared, modelPath) {
  const columns = table.columns.map((c) => c.name);
  if (signature.inputs.length > 1) {
    const missing2 = signature.inputs.map((i) => i.name).filter((n) => !columns.includes(n));
    if (missing2.length > 0) {
      throw new UserError(`The trained model takes inputs ${missing2.map((n) => `"${n}"`).join(", ")}, which are not columns of ${table.source}.`, modelPath, `Name the model's inputs after the data columns (${columns.join(", ")}), or take one input of all features.`);
    }
    return signature.inputs.map((i) => i.name);
  }
  const features = declared ?? columns.filter((c) => c !== target);
  const missing = features.filter((n) => !columns.includes(n));
  if (missing.length > 0) {
    throw new UserError(`The trained model was trained on columns ${missing.map((n) => `"${n}"`).join(", ")}, which ${table.source} lacks.`, modelPath, "Train and validate on data with the same columns.");
  }
  const input = signature.inputs[0];
  if (!input) throw new UserError(`The trained model ${modelPath} has no inputs.`, modelPath, "Export the model with its feature input.");
  const width = input.shape.length === 2 ? input.shape[1] : void 0;
  if (typeof width === "number" && width > 0 && width !== features.length) {
    throw new UserError(
      `The trained model's input "${input.name}" takes ${width} features, but ${table.source} has ${features.length} feature columns (${features.join(", ")}).`,
      modelPath,
      `Train on exactly the feature columns of the data${declared ? "" : ` (every column but the target "${target}")`}, in their order, or drop the extra columns from the data.`
    );
  }
  return features;
}
function smokeFeeds(ort, signature, table, featureNames) {
  const rows = Math.min(SMOKE_ROWS, table.rowCount);
  const column = (name) => table.columns.find((c) => c.name === name);
  const numbers = (name) => {
    const c = column(name);
    if (c.kind === "numeric") return c.values.subarray(0, rows);
    return Float64Array.from(c.values.slice(0, rows), (v) => v === null ? NaN : Number(v));
  };
  const tensor = (type, values2, dims) => {
    if (type === "float64") return new ort.Tensor("float64", Float64Array.from(values2), dims);
    if (type === "int64") return new ort.Tensor("int64", BigInt64Array.from(values2, (v) => BigInt(Math.trunc(Number.isFinite(v) ? v : 0))), dims);
    if (type === "string") return new ort.Tensor("string", values2.map((v) => v ?? ""), dims);
    return new ort.Tensor("float32", Float32Array.from(values2), dims);
  };
  if (signature.inputs.length > 1) {
    const feeds = {};
    for (const input2 of signature.inputs) {
      const c = column(input2.name);
      feeds[input2.name] = tensor(input2.type, input2.type === "string" && c.kind === "text" ? c.values.slice(0, rows) : numbers(input2.name), [rows, 1]);
    }
    return feeds;
  }
  const input = signature.inputs[0];
  const p = featureNames.length;
  const values = new Float64Array(rows * p);
  featureNames.forEach((name, j) => {
    const col = numbers(name);
    for (let i = 0; i < rows; i++) values[i * p + j] = col[i];
  });
  return { [input.name]: tensor(input.type, values, [rows, p]) };
}

// shared/train/train-model.ts
async function trainModel(options) {
  const { logger } = options;
  const cwd = resolve4(options.cwd);
  const outputDir = resolve4(options.outputDir);
  const trainer = (options.trainer ?? "").trim();
  const commandText = (options.command ?? "").trim();
  checkTrainerOrCommand(trainer, commandText, options);
  let params = options.paramsFile ? await readParamsFile(resolve4(cwd, options.paramsFile)) : {};
  params = applyParamOverrides(params, options.paramOverrides ?? []);
  const argv = trainer ? [trainer] : await parseTrainingCommand(commandText, cwd);
  const portableCommand = argv.map((a) => portableArgument(cwd, a));
  const outputs = trainer ? [MODEL_FILE, METRICS_FILE] : options.outputs.length > 0 ? options.outputs : DEFAULT_OUTPUTS;
  const { key, components } = await computeRunKey({
    cwd,
    code: options.code,
    dataManifest: options.dataManifest ? resolve4(cwd, options.dataManifest) : void 0,
    data: options.data,
    params,
    command: portableCommand,
    lockfiles: options.lockfiles ?? [],
    excludeDirs: [outputDir, resolve4(options.scratchDir)],
    settings: { target: options.target ?? "", outputs: outputs.join("\n"), mlci: options.tools.mlci ?? "" }
  });
  logger.info(`Run key: ${key}`);
  await mkdir3(outputDir, { recursive: true });
  await clearStaleOutputs(outputDir);
  const cached = options.useCache ? await restoreCachedRun(options.cache, key, outputDir, options.scratchDir, logger) : void 0;
  const cacheHit = cached !== void 0;
  if (cached) logger.info(`Training skipped: cache hit (an earlier run with the same inputs took ${formatDuration(cached.durationMs)}).`);
  const { files, durationMs } = cached ?? await train(trainer, argv, params, outputs, { ...options, cwd, outputDir });
  const model = files.find((f) => f.toLowerCase().endsWith(".onnx"));
  if (!model) {
    throw new UserError(
      "Training finished but wrote no ONNX model.",
      `declared outputs: ${outputs.join(", ")}; output directory ${outputDir}`,
      "Save the model as model.onnx in $MLCI_OUTPUT_DIR (or the working directory), or declare its path in outputs."
    );
  }
  const modelFile = resolve4(outputDir, model);
  const sample = options.data.length > 0 && options.target ? { table: await loadTable(resolve4(cwd, options.data[0]), { maxRows: 5 }), target: options.target } : void 0;
  const check = await validateTrainedModel(modelFile, await options.loadOrt(), sample);
  const cacheSaved = options.useCache && !cacheHit && await saveCachedRun(options.cache, { schema: "mlci/train-run@1", key, durationMs, createdAt: (/* @__PURE__ */ new Date()).toISOString(), files }, outputDir, options.scratchDir, logger);
  const lineageFile = await writeLineage(
    outputDir,
    lineageFrom(components, {
      git: await gitCommit(cwd, options.env),
      trainer: trainer || "command",
      command: portableCommand,
      params,
      durationMs,
      cache: { key, hit: cacheHit },
      tools: options.tools,
      outputs: await outputDigests(outputDir, files),
      ...check.featureNames.length > 0 ? { features: check.featureNames } : {}
    })
  );
  await writeOutputManifest(outputDir, "train-model");
  const metrics = files.find((f) => f === METRICS_FILE || f.endsWith(`/${METRICS_FILE}`));
  return {
    trainer: trainer || portableCommand.join(" "),
    modelFile,
    ...metrics ? { metricsFile: resolve4(outputDir, metrics) } : {},
    lineageFile,
    cacheHit,
    cacheSaved,
    durationMs,
    key,
    outputs: files,
    check
  };
}
function checkTrainerOrCommand(trainer, command, options) {
  if (trainer && command) throw new UserError("Both trainer and command are set.", "inputs trainer, command", "Use a built-in trainer or your own command, not both.");
  if (!trainer && !command) throw new UserError("Neither trainer nor command is set.", "inputs trainer, command", `Set trainer to one of ${BUILTIN_TRAINERS.join(", ")}, or command to your training command.`);
  if (trainer && !isBuiltinTrainer(trainer)) throw new UserError(`Unknown trainer "${trainer}".`, "input trainer", `Use one of ${BUILTIN_TRAINERS.join(", ")}, or give a command instead.`);
  if (trainer && (!options.target || options.data.length === 0)) throw new UserError(`${trainer} needs data and target.`, "inputs data, target", "Set data to the training file and target to the label column.");
}
async function train(trainer, argv, params, outputs, options) {
  const { cwd, outputDir, logger } = options;
  if (trainer) return runBuiltinTrainer(trainer, resolve4(cwd, options.data[0]), options.target, params, outputDir, logger);
  const run = await runTrainingCommand({
    argv,
    cwd,
    params,
    inputs: { DATA: options.data.map((d) => resolve4(cwd, d)).join("\n"), TARGET: options.target ?? "" },
    outputDir,
    scratchDir: options.scratchDir,
    timeoutMs: options.timeoutMs,
    env: options.env,
    logger
  });
  const collected = await collectOutputs(cwd, outputs, outputDir);
  for (const pattern of collected.missing) if (!pattern.endsWith(".onnx")) logger.warning(`The declared output "${pattern}" was not written.`);
  return { files: collected.files, durationMs: run.durationMs };
}
async function clearStaleOutputs(outputDir) {
  const previous = await listedFiles(outputDir).catch(() => void 0);
  if (!previous) return;
  for (const rel of [...previous, OUTPUT_MANIFEST]) await rm2(resolveInside(outputDir, rel, "manifest entry"), { force: true });
}
function portableArgument(cwd, arg) {
  if (arg === process.execPath) return "node";
  if (!isAbsolute3(arg)) return arg;
  const rel = relative3(cwd, arg);
  return rel && !rel.startsWith("..") && !isAbsolute3(rel) ? rel.split(sep3).join("/") : arg;
}
export {
  DEFAULT_OUTPUTS,
  trainModel
};
