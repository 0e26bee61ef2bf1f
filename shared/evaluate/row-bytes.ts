/**
 * What a row of the data file costs a streamed evaluation at its peak, for the memory budget
 * (memory-budget.ts) to refuse a file that would not fit before it is read. Each figure is what
 * the code keeps or builds per row; bench/evaluate-memory.mjs measures the sum (docs/performance.md).
 *
 * Kept while the rows stream (per model): a binary classifier's P(class 1), float32 (both columns,
 * 8 bytes, for a model whose two are not complements to the bit: counted as such, to stay a true
 * bound), k float32 columns for k classes, the label in 8 bits; a regressor's value; the encoded
 * target once (8-bit class, or float64); the slice code in 8 bits.
 *
 * The metrics, after the stream: without weights, a sort of one column at a time in 4 bytes a row
 * (ranking.ts); with slices or the bootstrap, each ranked column's order (4 bytes a row, kept) and
 * the sort's keys beside it while it is made, the slices' 0/1 weights (a byte); with the
 * bootstrap, the resample's counts (a byte) and each classifier's per-row log losses (float64).
 * evaluate-gate budgets its rows without the bootstrap's share (resamples 0) unless the ordinary
 * bootstrap is forced: when that share would not fit, little bootstraps resample copies of a few
 * rows instead (shared/metrics/little-bootstraps.ts), and need nothing a row.
 */
import { planOutputs } from '../model/task.js';
import type { ModelSignature, Task } from '../model/types.js';

export interface RowBytesOptions {
  task?: Task;
  slices: boolean;
  resamples: number;
}

/** what an evaluation holds whatever the rows: node, onnxruntime, the models, a batch of rows */
export const FIXED_BYTES = 256 * 2 ** 20;

export function bytesPerRow(models: ModelSignature[], options: RowBytesOptions): number {
  const weighted = options.slices || options.resamples > 0;
  let kept = options.slices ? 1 : 0;
  let metrics = 0;
  let target = 0;
  for (const signature of models) {
    const plan = planOutputs(signature, options.task);
    if (plan.task === 'regression') {
      kept += plan.values?.type === 'float64' ? 8 : 4;
      target = Math.max(target, 8);
      continue;
    }
    const classes = Math.max(2, plan.probabilityColumns ?? 2);
    const wide = classes > 256;
    kept += (plan.probabilities ? 4 * classes : 0) + (wide ? 4 : 1);
    target = Math.max(target, wide ? 4 : 1);
    // ranked columns: P(class 1) of a binary model, each class's for the one-vs-rest AUC
    const ranked = plan.probabilities ? (classes === 2 ? 1 : classes) : 0;
    if (weighted) metrics += 4 * ranked;
    if (options.resamples > 0 && plan.probabilities) metrics += 8;
  }
  // the sort's keys (4 bytes a row, one column at a time), the slices' weights and the resample's counts
  const transient = 4 + (options.slices ? 1 : 0) + (options.resamples > 0 ? 1 : 0);
  return kept + target + metrics + transient;
}
