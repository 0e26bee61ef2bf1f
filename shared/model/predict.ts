/**
 * Batched inference over a whole table: columns in, columnar predictions out. onnxruntime writes
 * the outputs into arrays sized for all rows, so a million rows cost a few dozen session runs and
 * no per-row objects.
 *
 * The input comes one of two ways (feeds.ts). From a table read with a feature matrix (a CSV or
 * Parquet file read by evaluate-gate), each batch is a slice of that matrix: no copy, and predict
 * costs about what onnxruntime's own runs cost. From plain columns (JSON Lines, tables built in
 * code), each batch is interleaved from the float64 columns into one reused row-major buffer (row-major.ts):
 * about 22 ms per million rows of 30 features, bound by memory bandwidth. That copy is not
 * overlapped with the runs: onnxruntime-node 1.30 runs a session synchronously on the calling
 * thread, and a twin session on a worker thread, or a worker filling the next batch through shared
 * memory, measured no faster on 2 cores: onnxruntime's own work is bound by the same memory
 * bandwidth, and onnxruntime-node refuses inputs in shared memory, so a worker's batch costs a
 * copy more. (Transferring buffers instead is worse: the first ArrayBuffer detached in a V8
 * isolate slows every typed-array loop in it by about 30%.)
 */
import { columnNames, type Table } from '../data/table.js';
import { UserError, describeError } from '../errors.js';
import { mainThreadRunner, type BatchResult, type OutputTargets } from './batch-runner.js';
import { declaredBatchSize, padBatch, trimOutputs } from './fixed-batch.js';
import type { ClassScores } from './class-scores.js';
import { extraLatencySamples, warmUp } from './latency-runs.js';
import { allocateInput, fillFeed, planFeeds } from './feeds.js';
import type { LoadedModel } from './session.js';
import { OutputCollector } from './output-collector.js';
import { planOutputs } from './task.js';
import { checkProbabilityRows } from './probability-rows.js';
import { summarizeTiming } from './timing.js';
import type { InferenceTiming, Predictions, Task } from './types.js';

export interface PredictOptions {
  /** the columns the model takes; default: every column (and feature-matrix column) but the target and `excludeColumns` */
  featureColumns?: string[];
  target?: string;
  excludeColumns?: string[];
  /** rows per session run; default 65,536 */
  batchSize?: number;
  /** overrides the task inferred from the model's outputs */
  task?: Task;
  /** what a classifier's score output holds; default probabilities (class-scores.ts) */
  scores?: ClassScores;
  /** called after each batch with the rows done so far (progress of long evaluations) */
  onRows?: (done: number) => void;
}

export const DEFAULT_BATCH_SIZE = 65_536;

export async function predict(model: LoadedModel, table: Table, options: PredictOptions = {}): Promise<{ predictions: Predictions; timing: InferenceTiming; warnings: string[] }> {
  const excluded = new Set([...(options.target ? [options.target] : []), ...(options.excludeColumns ?? [])]);
  const features = options.featureColumns ?? columnNames(table).filter((n) => !excluded.has(n));
  const fixedBatch = declaredBatchSize(model.signature);
  const batchSize = fixedBatch ?? Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const rows = table.rowCount;
  const plan = planOutputs(model.signature, options.task);
  const feeds = planFeeds(model.signature, table, features);
  const collector = new OutputCollector(model, plan, rows, options.scores);
  const fetches = collector.fetchNames();
  const runner = mainThreadRunner(model.ort, model.session);
  const capacity = Math.min(batchSize, Math.max(rows, 1));
  const buffers = feeds.map((feed) => allocateInput(feed, capacity));

  /** rows [start, end) through the session, padded to the model's fixed batch size where it has one */
  const run = async (start: number, end: number, targets?: OutputTargets): Promise<BatchResult> => {
    const n = end - start;
    const inputs = feeds.map((feed, i) => fillFeed(feed, buffers[i], table, start, end));
    try {
      if (fixedBatch === undefined || n === fixedBatch) return await runner.run(inputs, fetches, targets);
      const padded = await runner.run(padBatch(inputs, n, fixedBatch), fetches);
      return { ...padded, outputs: trimOutputs(padded.outputs, n, fixedBatch) };
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(
        `onnxruntime could not run ${model.path} on rows ${start + 1} to ${end} of ${table.source}: ${describeError(error)}`,
        model.path,
        'Check that the model runs on this data with onnxruntime elsewhere; a dimension error usually means the model was exported with fixed input sizes (export it with a dynamic batch axis, as dynamic_axes in torch.onnx.export).',
      );
    }
  };
  const firstBatch = Math.min(rows, batchSize);
  const runFirst = async (n: number) => (await run(0, n)).ms;
  await warmUp(runFirst, firstBatch);

  const batchMs: number[] = [];
  const batchRows: number[] = [];
  const started = performance.now();
  for (let start = 0; start < rows; start += batchSize) {
    const end = Math.min(rows, start + batchSize);
    const { outputs, ms } = await run(start, end, collector.targets(start, end));
    collector.collect(outputs, start, end);
    batchMs.push(ms);
    batchRows.push(end - start);
    options.onRows?.(end);
  }
  const totalMs = performance.now() - started;
  const batches = batchMs.length;
  await extraLatencySamples(runFirst, firstBatch, totalMs, batchMs, batchRows);
  const timing = summarizeTiming(batchMs, batchRows, batchSize, totalMs, batches);
  const predictions = collector.finish();
  if (plan.probabilities) checkProbabilityRows(predictions, table, features, model.path, plan.probabilities.name);
  return { predictions, timing: fixedBatch === undefined ? timing : { ...timing, fixedBatchSize: fixedBatch }, warnings: collector.warnings() };
}
