import { BIN_SLOTS, type BinnedFeatures } from './binning.js';
import { createHistogramBuilder, sharedFloat64, sharedUint32, type HistogramBuilder } from './histogram-builder.js';

export interface TreeOptions {
  maxLeaves: number;
  /** 0 for no limit */
  maxDepth: number;
  minChildSamples: number;
  minChildHessian: number;
  /** L2 penalty on leaf values */
  lambda: number;
  /** leaf values are multiplied by this (the boosting learning rate) */
  shrinkage: number;
}

/**
 * A regression tree in flat arrays. Internal node i sends a row left when its bin for
 * feature[i] is ≤ binThreshold[i] (equivalently x ≤ threshold[i]); a missing value goes left
 * when missingLeft[i] is 1.
 */
export interface Tree {
  feature: Int32Array;
  binThreshold: Int32Array;
  threshold: Float32Array;
  left: Int32Array;
  right: Int32Array;
  /** 1 when rows with a missing value go left (ONNX: nodes_missing_value_tracks_true) */
  missingLeft: Uint8Array;
  /** leaf value; NaN for internal nodes */
  value: Float64Array;
  nodeCount: number;
}

/** Buffers reused across the trees of one boosting run. */
export interface TreeWorkspace {
  /** the rows of each leaf, contiguous; shared with the histogram workers */
  order: Uint32Array;
  scratch: Uint32Array;
  /** histogram buffers not in use, for reuse */
  pool: Float64Array[];
  /** what the next tree is grown on: the caller refills them between trees */
  gradients: Float64Array;
  hessians: Float64Array;
  histograms: HistogramBuilder;
}

export function createTreeWorkspace(data: BinnedFeatures): TreeWorkspace {
  const order = sharedUint32(data.rowCount);
  const gradients = sharedFloat64(data.rowCount);
  const hessians = sharedFloat64(data.rowCount);
  return { order, scratch: new Uint32Array(data.rowCount), pool: [], gradients, hessians, histograms: createHistogramBuilder(data, gradients, hessians, order) };
}

interface Split {
  gain: number;
  feature: number;
  bin: number;
  /** where rows with a missing value go */
  missingLeft: boolean;
  leftGradient: number;
  leftHessian: number;
}

interface Leaf {
  node: number;
  start: number;
  end: number;
  depth: number;
  gradient: number;
  hessian: number;
  /** absent for a leaf that will not be split (so its histogram was never needed) */
  histogram: Float64Array | undefined;
  split: Split | undefined;
}

/**
 * Grows one tree leaf-wise (best gain first, as LightGBM) on gradient/hessian histograms, building
 * the histogram only for the smaller child of each split and getting the other by subtraction.
 * Returns the tree and adds its (shrunk) leaf values to `scores` for the rows it was grown on.
 */
export function growTree(
  data: BinnedFeatures,
  options: TreeOptions,
  workspace: TreeWorkspace,
  scores: Float64Array,
  scoreStride = 1,
  scoreOffset = 0,
): Tree {
  const n = data.rowCount;
  const { order, gradients, hessians } = workspace;
  for (let i = 0; i < n; i++) order[i] = i;
  const capacity = 2 * options.maxLeaves - 1;
  const tree: Tree = {
    feature: new Int32Array(capacity).fill(-1),
    binThreshold: new Int32Array(capacity),
    threshold: new Float32Array(capacity),
    left: new Int32Array(capacity).fill(-1),
    right: new Int32Array(capacity).fill(-1),
    missingLeft: new Uint8Array(capacity),
    value: new Float64Array(capacity).fill(NaN),
    nodeCount: 1,
  };
  const pool = workspace.pool;
  const size = data.featureCount * BIN_SLOTS * 2;
  const take = () => pool.pop() ?? new Float64Array(size);

  const rootHistogram = take();
  workspace.histograms.build(0, n, rootHistogram);
  let gradientSum = 0;
  let hessianSum = 0;
  for (let i = 0; i < n; i++) {
    gradientSum += gradients[i]!;
    hessianSum += hessians[i]!;
  }
  const leaves: Leaf[] = [{ node: 0, start: 0, end: n, depth: 0, gradient: gradientSum, hessian: hessianSum, histogram: rootHistogram, split: undefined }];
  leaves[0]!.split = findBestSplit(data, leaves[0]!, options);

  while (leaves.length < options.maxLeaves) {
    let best = -1;
    for (let i = 0; i < leaves.length; i++) {
      const s = leaves[i]!.split;
      if (s && (best < 0 || s.gain > leaves[best]!.split!.gain)) best = i;
    }
    if (best < 0) break;
    const parent = leaves[best]!;
    const split = parent.split!;
    const middle = partition(data, workspace, parent.start, parent.end, split);
    const leftNode = tree.nodeCount++;
    const rightNode = tree.nodeCount++;
    tree.feature[parent.node] = split.feature;
    tree.binThreshold[parent.node] = split.bin;
    tree.missingLeft[parent.node] = split.missingLeft ? 1 : 0;
    tree.threshold[parent.node] = data.upperEdges[split.feature]![split.bin - 1]!;
    tree.left[parent.node] = leftNode;
    tree.right[parent.node] = rightNode;

    const left: Leaf = { node: leftNode, start: parent.start, end: middle, depth: parent.depth + 1, gradient: split.leftGradient, hessian: split.leftHessian, histogram: undefined, split: undefined };
    const right: Leaf = { node: rightNode, start: middle, end: parent.end, depth: parent.depth + 1, gradient: parent.gradient - split.leftGradient, hessian: parent.hessian - split.leftHessian, histogram: undefined, split: undefined };
    leaves.splice(best, 1, left, right);
    // a child gets a histogram only if it may still be split: not when this split fills the tree,
    // reaches the depth limit, or leaves too few rows (the last splits of a tree save the most)
    const mayGrow = leaves.length < options.maxLeaves && !(options.maxDepth > 0 && left.depth >= options.maxDepth);
    const splittable = (leaf: Leaf) => mayGrow && leaf.end - leaf.start >= 2 * options.minChildSamples;
    const [small, large] = left.end - left.start <= right.end - right.start ? [left, right] : [right, left];
    if (splittable(small) || splittable(large)) {
      small.histogram = take();
      workspace.histograms.build(small.start, small.end, small.histogram);
      if (splittable(large)) {
        // the larger child's histogram is the parent's minus the smaller's: no pass over its rows
        large.histogram = parent.histogram!;
        for (let i = 0; i < size; i++) large.histogram[i]! -= small.histogram[i]!;
      } else {
        pool.push(parent.histogram!);
      }
      for (const child of [small, large]) if (child.histogram) child.split = findBestSplit(data, child, options);
    } else {
      pool.push(parent.histogram!);
    }
  }

  for (const leaf of leaves) {
    const value = (-leaf.gradient / (leaf.hessian + options.lambda)) * options.shrinkage;
    tree.value[leaf.node] = value;
    for (let i = leaf.start; i < leaf.end; i++) scores[order[i]! * scoreStride + scoreOffset]! += value;
    if (leaf.histogram) pool.push(leaf.histogram);
  }
  return tree;
}

function findBestSplit(data: BinnedFeatures, leaf: Leaf, options: TreeOptions): Split | undefined {
  const count = leaf.end - leaf.start;
  if (count < 2 * options.minChildSamples) return undefined;
  const { lambda, minChildSamples, minChildHessian } = options;
  const parentScore = (leaf.gradient * leaf.gradient) / (leaf.hessian + lambda);
  const histogram = leaf.histogram!;
  // rows per unit of hessian: counts are estimated from hessian sums, as LightGBM does, which
  // saves a third of the histogram work (exact for squared loss, where every hessian is 1)
  const rowsPerHessian = count / leaf.hessian;
  let best: Split | undefined;
  for (let f = 0; f < data.featureCount; f++) {
    const lastBin = data.upperEdges[f]!.length; // value bins are 1..lastBin
    const base = (f * BIN_SLOTS) << 1;
    const missingGradient = histogram[base]!;
    const missingHessian = histogram[base + 1]!;
    // missing values (bin 0) try both sides, as LightGBM does: with the smallest values (left),
    // and, when the leaf has any, with the largest (right)
    for (const missingLeft of missingHessian > 0 ? [true, false] : [true]) {
      let g = missingLeft ? missingGradient : 0;
      let h = missingLeft ? missingHessian : 0;
      for (let bin = 1; bin < lastBin; bin++) {
        g += histogram[base + 2 * bin]!;
        h += histogram[base + 2 * bin + 1]!;
        const c = Math.round(h * rowsPerHessian);
        if (c < minChildSamples) continue;
        if (count - c < minChildSamples) break;
        const rightHessian = leaf.hessian - h;
        if (h < minChildHessian || rightHessian < minChildHessian) continue;
        const rightGradient = leaf.gradient - g;
        const gain = (g * g) / (h + lambda) + (rightGradient * rightGradient) / (rightHessian + lambda) - parentScore;
        if (gain > 1e-12 && (!best || gain > best.gain)) best = { gain, feature: f, bin, missingLeft, leftGradient: g, leftHessian: h };
      }
    }
  }
  return best;
}

/**
 * Stable partition of order[start, end) into the rows going left (bin ≤ threshold, and missing
 * values when they go left), then the rest; returns the boundary.
 */
function partition(data: BinnedFeatures, workspace: TreeWorkspace, start: number, end: number, split: Split): number {
  const { order, scratch } = workspace;
  const bins = data.columnBins[split.feature]!;
  const threshold = split.bin;
  const missingLeft = split.missingLeft;
  let write = start;
  let spill = 0;
  for (let i = start; i < end; i++) {
    const row = order[i]!;
    const bin = bins[row]!;
    if (bin === 0 ? missingLeft : bin <= threshold) order[write++] = row;
    else scratch[spill++] = row;
  }
  order.set(scratch.subarray(0, spill), write);
  return write;
}
