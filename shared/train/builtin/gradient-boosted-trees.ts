import { UserError } from '../../errors.js';
import type { Task } from '../../model/types.js';
import { binFeatures } from './binning.js';
import { encodeClasses, inferTask } from './classes.js';
import { createTreeWorkspace, growTree, type Tree } from './histogram-tree.js';
import { requireNumericTarget, type TrainingSet } from './training-set.js';

export interface GradientBoostedTreesParams {
  /** 'auto' decides from the target: few integer values are classes, anything else is regressed */
  task: Task | 'auto';
  nEstimators: number;
  learningRate: number;
  maxLeaves: number;
  /** 0 for no limit (leaf count bounds the tree) */
  maxDepth: number;
  minChildSamples: number;
  l2: number;
  maxBins: number;
}

export const defaultGradientBoostedTreesParams: GradientBoostedTreesParams = {
  task: 'auto',
  nEstimators: 100,
  learningRate: 0.1,
  maxLeaves: 31,
  maxDepth: 0,
  minChildSamples: 20,
  l2: 0,
  maxBins: 255,
};

/**
 * Boosted trees. Regression: prediction = base + Σ trees (squared loss). Binary: p = σ(base + Σ trees)
 * (log loss). Multiclass: one tree per class per round, softmax over the k sums.
 */
export interface GradientBoostedTreesModel {
  kind: 'gradient-boosted-trees';
  task: Task;
  classes?: (number | string)[];
  /** one base score per output (1 for regression and binary, k for multiclass) */
  baseScores: Float64Array;
  /** trees with the output each adds to */
  trees: { tree: Tree; output: number }[];
  outputCount: number;
}

export function trainGradientBoostedTrees(set: TrainingSet, params: GradientBoostedTreesParams = defaultGradientBoostedTreesParams): GradientBoostedTreesModel {
  checkParams(params);
  const task = params.task === 'auto' ? inferTask(set) : params.task;
  const n = set.rowCount;
  let labels: Int32Array | undefined;
  let classes: (number | string)[] | undefined;
  if (task === 'regression') requireNumericTarget(set, 'builtin:gradient-boosted-trees with task: regression');
  else {
    ({ classes, index: labels } = encodeClasses(set));
    if (task === 'binary' && classes.length !== 2) {
      throw new UserError(`task is binary but the target "${set.targetName}" has ${classes.length} classes.`, 'params task', 'Set task: multiclass, or leave task unset to decide from the target.');
    }
  }
  const outputCount = task === 'multiclass' ? classes!.length : 1;
  const binned = binFeatures(set.features, params.maxBins);
  const workspace = createTreeWorkspace(binned);
  const { gradients, hessians } = workspace;
  const scores = new Float64Array(n * outputCount);
  const baseScores = initialScores(task, set.target, labels, outputCount);
  for (let i = 0; i < n; i++) for (let c = 0; c < outputCount; c++) scores[i * outputCount + c] = baseScores[c]!;
  const probabilities = task === 'multiclass' ? new Float64Array(n * outputCount) : undefined;
  const options = {
    maxLeaves: params.maxLeaves,
    maxDepth: params.maxDepth,
    minChildSamples: params.minChildSamples,
    minChildHessian: 1e-3,
    lambda: params.l2,
    shrinkage: params.learningRate,
  };
  const trees: { tree: Tree; output: number }[] = [];
  if (task === 'regression') hessians.fill(1);

  try {
    for (let round = 0; round < params.nEstimators; round++) {
      if (probabilities) softmaxRows(scores, probabilities, n, outputCount);
      for (let output = 0; output < outputCount; output++) {
        fillGradients(task, set.target, labels, task === 'multiclass' ? probabilities! : scores, outputCount, output, gradients, hessians);
        trees.push({ tree: growTree(binned, options, workspace, scores, outputCount, output), output });
      }
    }
  } finally {
    // the workers also stop by themselves once this thread lets go of them
    void workspace.histograms.close();
  }
  return { kind: 'gradient-boosted-trees', task, classes, baseScores, trees, outputCount };
}

/**
 * First and second derivatives of the loss at the current scores. Squared loss: g = score − y,
 * h = 1 (set once). Log loss: g = p − y, h = p(1 − p), from the scores (binary) or the softmax
 * probabilities of class `output` (multiclass, `current` holds the probabilities then).
 */
function fillGradients(task: Task, target: Float64Array, labels: Int32Array | undefined, current: Float64Array, stride: number, output: number, gradients: Float64Array, hessians: Float64Array): void {
  const n = target.length;
  if (task === 'regression') {
    for (let i = 0; i < n; i++) gradients[i] = current[i]! - target[i]!;
  } else if (task === 'binary') {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-current[i]!));
      gradients[i] = p - labels![i]!;
      hessians[i] = Math.max(p * (1 - p), 1e-16);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const p = current[i * stride + output]!;
      gradients[i] = p - (labels![i] === output ? 1 : 0);
      hessians[i] = Math.max(p * (1 - p), 1e-16);
    }
  }
}

function initialScores(task: Task, target: Float64Array, labels: Int32Array | undefined, outputCount: number): Float64Array {
  const n = target.length;
  const base = new Float64Array(outputCount);
  if (task === 'regression') {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += target[i]!;
    base[0] = sum / n;
    return base;
  }
  const counts = new Float64Array(task === 'binary' ? 2 : outputCount);
  for (let i = 0; i < n; i++) counts[labels![i]!]! += 1;
  if (task === 'binary') {
    base[0] = Math.log(counts[1]! / counts[0]!);
  } else {
    for (let c = 0; c < outputCount; c++) base[c] = Math.log(Math.max(counts[c]!, 1) / n);
  }
  return base;
}

function softmaxRows(scores: Float64Array, out: Float64Array, n: number, k: number): void {
  for (let i = 0; i < n; i++) {
    const o = i * k;
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, scores[o + c]!);
    let sum = 0;
    for (let c = 0; c < k; c++) sum += out[o + c] = Math.exp(scores[o + c]! - max);
    for (let c = 0; c < k; c++) out[o + c]! /= sum;
  }
}

function checkParams(params: GradientBoostedTreesParams): void {
  const problems: string[] = [];
  if (!Number.isInteger(params.nEstimators) || params.nEstimators < 1) problems.push('n_estimators must be a whole number ≥ 1');
  if (!(params.learningRate > 0 && params.learningRate <= 1)) problems.push('learning_rate must be in (0, 1]');
  if (!Number.isInteger(params.maxLeaves) || params.maxLeaves < 2) problems.push('max_leaves must be a whole number ≥ 2');
  if (!Number.isInteger(params.maxDepth) || params.maxDepth < 0) problems.push('max_depth must be a whole number ≥ 0 (0: no limit)');
  if (!Number.isInteger(params.minChildSamples) || params.minChildSamples < 1) problems.push('min_child_samples must be a whole number ≥ 1');
  if (!(params.l2 >= 0)) problems.push('l2 must be ≥ 0');
  if (!Number.isInteger(params.maxBins) || params.maxBins < 2 || params.maxBins > 255) problems.push('max_bins must be a whole number from 2 to 255');
  if (!['auto', 'binary', 'multiclass', 'regression'].includes(params.task)) problems.push('task must be auto, binary, multiclass or regression');
  if (problems.length > 0) throw new UserError(`Invalid parameters for builtin:gradient-boosted-trees: ${problems.join('; ')}.`, 'params', 'Fix the values in the params file.');
}
