import { computeMetrics } from '../metrics/index.js';
import type { MetricValues } from '../metrics/types.js';
import type { Task } from '../model/types.js';
import type { Cell } from './log-batch.js';
import type { LabeledRows } from './window-stats.js';

export interface WindowPerformance {
  task: Task;
  rows: number;
  metrics: MetricValues;
}

/**
 * The evaluate-gate metrics (shared/metrics, scikit-learn's definitions) of the rows whose ground
 * truth joined: a classifier's when the log has its probabilities or labels, a regressor's otherwise.
 * Undefined when no row joined, or the rows cannot be scored (a label the model never predicts).
 */
export function windowPerformance(labeled: LabeledRows, gatedTask: Task | undefined): WindowPerformance | undefined {
  const n = labeled.truth.length;
  if (n === 0) return undefined;
  const classifier = gatedTask ? gatedTask !== 'regression' : labeled.classCount > 0 || labeled.predicted.some((p) => p !== null);
  if (!classifier) {
    const yTrue = Float64Array.from(labeled.truth, (v) => (typeof v === 'number' ? v : Number(v)));
    const yPred = Float64Array.from(labeled.scores);
    const keep = indexes(n, (i) => Number.isFinite(yTrue[i]!) && Number.isFinite(yPred[i]!));
    if (keep.length === 0) return undefined;
    return { task: 'regression', rows: keep.length, metrics: computeMetrics('regression', { yTrue: pick(yTrue, keep), yPred: pick(yPred, keep) }) };
  }
  const classes = classIndex(labeled);
  const k = Math.max(labeled.classCount, classes.size);
  const keep = indexes(n, (i) => classes.has(key(labeled.truth[i]!)) && classes.has(key(predictedAt(labeled, i))));
  if (keep.length === 0 || k < 2) return undefined;
  const yTrue = Int32Array.from(keep, (i) => classes.get(key(labeled.truth[i]!))!);
  const yPred = Int32Array.from(keep, (i) => classes.get(key(predictedAt(labeled, i)))!);
  const task: Task = gatedTask ?? (k === 2 ? 'binary' : 'multiclass');
  const withProba = labeled.classCount === k && labeled.probabilities.length === n * k;
  const proba = withProba ? Float64Array.from(keep.flatMap((i) => labeled.probabilities.slice(i * k, (i + 1) * k))) : undefined;
  return { task, rows: keep.length, metrics: computeMetrics(task, { yTrue, yPred, classCount: k, ...(proba ? { proba } : {}) }) };
}

function key(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

/** the predicted label: logged, or the most probable class */
function predictedAt(labeled: LabeledRows, i: number): Cell {
  const p = labeled.predicted[i];
  if (p !== null && p !== undefined) return p;
  const k = labeled.classCount;
  if (!k) return null;
  let best = 0;
  for (let c = 1; c < k; c++) if (labeled.probabilities[i * k + c]! > labeled.probabilities[i * k + best]!) best = c;
  return best;
}

/**
 * class value → index. Integer labels 0..k-1 are their own index (the column of their probability,
 * as train-model's classifiers and scikit-learn's order them); other labels sort as scikit-learn's
 * classes_ does.
 */
function classIndex(labeled: LabeledRows): Map<string, number> {
  const values = new Set<Cell>();
  for (let i = 0; i < labeled.truth.length; i++) {
    values.add(labeled.truth[i]!);
    values.add(predictedAt(labeled, i));
  }
  values.delete(null);
  const list = [...values];
  const integers = list.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0) || list.every((v) => typeof v === 'string' && /^\d+$/.test(v));
  if (integers) return new Map(list.map((v) => [String(v), Number(v)]));
  const sorted = list.map(String).sort();
  return new Map(sorted.map((v, i) => [v, i]));
}

function indexes(n: number, ok: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (ok(i)) out.push(i);
  return out;
}

function pick(values: Float64Array, keep: number[]): Float64Array {
  return Float64Array.from(keep, (i) => values[i]!);
}
