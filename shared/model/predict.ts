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
import { UserError } from '../errors.js';
import { mainThreadRunner, type BatchInput, type BatchResult, type InputArray, type OutputTargets } from './batch-runner.js';
import { declaredBatchSize, padBatch, trimOutputs } from './fixed-batch.js';
import type { ClassScores } from './class-scores.js';
import { MIN_LATENCY_SAMPLES, extraLatencySamples, warmUp } from './latency-runs.js';
import { allocateInput, fillFeed, planFeeds } from './feeds.js';
import type { LoadedModel } from './session.js';
import { OutputCollector } from './output-collector.js';
import { planOutputs } from './task.js';
import { ProbabilityRowCheck } from './probability-rows.js';
import { summarizeTiming } from './timing.js';
import { runFailure } from './run-failure.js';
import type { RunWatchdog } from './run-watchdog.js';
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
  /** a limit on each session run (run-watchdog.ts): a model that never returns ends the process with an error naming it */
  timeLimit?: { watchdog: RunWatchdog; seconds: number };
  /** keep fewer bytes a row, with the same values (output-collector.ts): 8-bit labels, one column of a binary model's probabilities */
  compact?: boolean;
}

export const DEFAULT_BATCH_SIZE = 65_536;

export async function predict(model: LoadedModel, table: Table, options: PredictOptions = {}): Promise<PredictResult> {
  const predictor = new BatchPredictor(model, { ...options, expectedRows: table.rowCount });
  await predictor.add(table);
  return predictor.finish();
}

export interface PredictResult {
  predictions: Predictions;
  timing: InferenceTiming;
  /** what the evaluation should say about how the outputs were read (OutputCollector.warnings) */
  warnings: string[];
}

/**
 * predict over a stream of tables (a data file read batch by batch): each table's rows run
 * through the session and land at their place in whole-stream output arrays, so that only the
 * outputs outlive a batch. The first table warms the session up; its model inputs are kept (one
 * batch, copied) for the extra latency samples a short pass needs at the end.
 */
export class BatchPredictor {
  private readonly fixedBatch: number | undefined;
  private readonly batchSize: number;
  private readonly plan: ReturnType<typeof planOutputs>;
  private readonly collector: OutputCollector;
  private readonly fetches: string[];
  private readonly runner: ReturnType<typeof mainThreadRunner>;
  /** what the watchdog prints when a run passes the time limit */
  private readonly overTime: UserError | undefined;
  private buffers: (InputArray | undefined)[] | undefined;
  private capacity = 0;
  private rows = 0;
  /** the latency samples: session.run's milliseconds and rows of each timed run */
  private readonly batchMs: number[] = [];
  private readonly batchRows: number[] = [];
  private passMs = 0;
  private passBatches = 0;
  /** the pass's first batches that were warm-up runs too (latency-runs.ts), not timed as samples */
  private untimedBatches = 0;
  /** the last such batch's time, the one sample a pass has when it ends sooner than expected (a guessed row count) */
  private warmUpSample: { ms: number; rows: number } | undefined;
  /** the first batch's inputs, for the latency samples after the pass */
  private firstBatch: { inputs: BatchInput[] | undefined; rows: number; source: string } | undefined;

  constructor(
    private readonly model: LoadedModel,
    private readonly options: PredictOptions & { expectedRows?: number } = {},
  ) {
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
      'A model that never ends usually holds a Loop whose condition never turns false: check it with onnxruntime on a few rows. If it is only slow, raise inference-timeout (seconds per batch run; 0 turns the limit off) or lower batch-size.',
    );
  }

  /** the model's classes, once the first batch ran (undefined for a regressor) */
  get classes(): readonly (number | string)[] | undefined {
    return this.collector.classList;
  }

  get task(): Task {
    return this.plan.task;
  }

  /** runs every row of `table`, after the rows of the tables added before it; `featureColumns` as in PredictOptions */
  async add(table: Table, featureColumns = this.options.featureColumns): Promise<void> {
    const excluded = new Set([...(this.options.target ? [this.options.target] : []), ...(this.options.excludeColumns ?? [])]);
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
    const inputsOf = (start: number, end: number) => feeds.map((feed, i) => fillFeed(feed, buffers[i], table, start, end));
    if (!this.firstBatch && rows > 0) {
      const n = Math.min(rows, batchSize);
      const inputs = inputsOf(0, n);
      this.firstBatch = { inputs, rows: n, source: table.source };
      const passBatches = Math.ceil((this.options.expectedRows ?? rows) / batchSize);
      this.untimedBatches = await warmUp(this.runFirst, n, passBatches);
      // Kept for the extra latency samples of a short pass, as a copy: later batches overwrite the
      // reused input buffers, and a stream read with reuseBatches its feature matrices. A pass
      // expected to give enough samples keeps none (a batch of a million rows' stream is 8 MB).
      const short = passBatches < MIN_LATENCY_SAMPLES;
      this.firstBatch.inputs = short ? inputs.map((input) => ({ ...input, data: input.data.slice() as BatchInput['data'] })) : undefined;
    }
    // Checked while the table is at hand (a stream reuses its batches): a row is named by its line in the file.
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
  get rowCount(): number {
    return this.rows;
  }

  /** rows [start, end) of the class probabilities as kept so far (OutputCollector.storedProbabilities) */
  storedProbabilities(start: number, end: number): { data: Float32Array; width: number } | undefined {
    return this.collector.storedProbabilities(start, end);
  }

  async finish(): Promise<PredictResult> {
    if (this.firstBatch?.inputs) await extraLatencySamples(this.runFirst, this.firstBatch.rows, this.passMs, this.batchMs, this.batchRows);
    // a pass expected long enough to leave its first batch out that had no batch after it: that batch, rather than no latency at all
    if (this.batchMs.length === 0 && this.warmUpSample) {
      this.batchMs.push(this.warmUpSample.ms);
      this.batchRows.push(this.warmUpSample.rows);
    }
    const timing = summarizeTiming(this.batchMs, this.batchRows, this.batchSize, this.passMs, this.passBatches, this.rows);
    return { predictions: this.collector.finish(), timing: this.fixedBatch === undefined ? timing : { ...timing, fixedBatchSize: this.fixedBatch }, warnings: this.collector.warnings() };
  }

  /** the first `n` rows of the first batch, untimed by the pass; resolves to session.run's milliseconds */
  private readonly runFirst = async (n: number): Promise<number> => {
    const { rows, source } = this.firstBatch!;
    const inputs = this.firstBatch!.inputs!;
    const part = n === rows ? inputs : inputs.map((input) => ({ ...input, data: input.data.subarray(0, (input.data.length / rows) * n) as BatchInput['data'], dims: [n, ...input.dims.slice(1)] }));
    return (await this.run(part, n, source, 0)).ms;
  };

  /** `n` rows through the session, padded to the model's fixed batch size where it has one */
  private async run(inputs: BatchInput[], n: number, source: string, firstRow: number, targets?: OutputTargets): Promise<BatchResult> {
    const { fixedBatch, runner, fetches, model } = this;
    const watchdog = this.options.timeLimit?.watchdog;
    const timed = <T>(run: () => Promise<T>) => (watchdog ? watchdog.guard(this.overTime!, run) : run());
    try {
      if (fixedBatch === undefined || n === fixedBatch) return await timed(() => runner.run(inputs, fetches, targets));
      const padded = await timed(() => runner.run(padBatch(inputs, n, fixedBatch), fetches));
      return { ...padded, outputs: trimOutputs(padded.outputs, n, fixedBatch) };
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw runFailure(model.path, model.signature.inputs, inputs, `rows ${firstRow + 1} to ${firstRow + n} of ${source}`, error);
    }
  }
}
