import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { UserError } from '../errors.js';
import type { FeatureMatrixRequest } from '../data/feature-matrix.js';
import { columnNames, findColumn, type Column, type Table } from '../data/table.js';
import { streamTable } from '../data/load.js';
import { startCsvReadThreads, type CsvReadThreads, type ParallelCsvRead } from '../data/csv-parallel.js';
import { estimateRowCount } from '../data/row-estimate.js';
import { rowCapacityHint } from '../data/row-capacity.js';
import { ParquetFooters } from '../data/parquet-footers.js';
import type { Logger } from '../log.js';
import { featureMatrixRequest } from '../model/feeds.js';
import { featureOrder, withMatrixOrder, type FeatureOrder } from '../model/feature-order.js';
import { lineageBesideModel, readDeclaredFeatures } from '../model/declared-features.js';
import { checkFeatureValues } from '../model/feature-range.js';
import { ProgressReporter } from '../progress.js';
import { NO_SPIN_OPTIONS, loadModel, readModelFile, type LoadedModel } from '../model/session.js';
import { BatchPredictor } from '../model/predict.js';
import { startRunWatchdog } from '../model/run-watchdog.js';
import type { WatchdogMemory } from '../model/watchdog-memory.js';
import type { ClassScores } from '../model/class-scores.js';
import type { Predictions, Task } from '../model/types.js';
import { GrowingArray } from './row-arrays.js';
import { memoryBudget, rowBudget } from './memory-budget.js';
import type { OrtModule } from '../runtime/onnxruntime.js';
import { sha256FileInBackground } from '../fs/digest.js';
import type { BootstrapRecord, EvaluationResult, FileIdentity, OperationalFigures, SliceSet } from './types.js';
import type { BootstrapMethod, BootstrapOptions, ClassIndices, MetricValues } from '../metrics/types.js';
import { StreamingProbabilityFigures } from '../metrics/streaming-probability.js';
import { LITTLE_BOOTSTRAPS_FROM_ROWS, littleBootstrapsMinRows, littleBootstrapsPlan } from '../metrics/little-bootstraps.js';
import { bytesPerRow, FIXED_BYTES } from './row-bytes.js';
import { ScoreCounts, scoreDistributionOf } from './score-distribution.js';
import { encodeClassTarget, encodeRegressionTarget } from './targets.js';
import { measureQuality, type QualityInputs } from './quality.js';
import { readBaselineMetrics } from './baseline-metrics.js';
import { evaluateGate, loadGatePolicy, sliceTestedMetrics } from '../gate/index.js';

export interface EvaluateOptions {
  model: string;
  data: string;
  target: string;
  /** a baseline ONNX model (evaluated on the same rows) or a metrics file */
  baseline?: string;
  policy?: string;
  sliceColumn?: string;
  task?: Task;
  /** what a classifier's score output holds: probabilities (default) or logits */
  scores?: ClassScores;
  batchSize: number;
  bootstrap: { resamples: number; seed: number; level: number };
  /**
   * auto (default): the ordinary bootstrap, or little bootstraps when the rows are too many for it
   * (its per-row arrays would not fit the memory budget, or LITTLE_BOOTSTRAPS_FROM_ROWS or more)
   */
  bootstrapMethod?: 'auto' | BootstrapMethod;
  /** onnxruntime, or how to load it: loaded once the reading threads have started parsing */
  ort: OrtModule | (() => Promise<OrtModule>);
  logger: Logger;
  /** the memory the evaluation may use; default: most of what the machine has free (memory-budget.ts) */
  memoryLimitBytes?: number;
  /** a lineage.json or data schema giving the feature order of models that do not name their features */
  featureOrderFile?: string;
  /** seconds one session run may take before the process is ended with an error naming the model; 0 or absent: no limit */
  inferenceTimeoutSeconds?: number;
  /** where the time limit's error is printed: as a workflow command on a runner */
  onRunner?: boolean;
  /** parse a large CSV on worker threads (the rows, batches and results are the same) */
  parallelRead?: ParallelCsvRead;
  /**
   * threads the caller started for `data` already (startCsvReadThreads with `parallelRead` and
   * `batchSize`), so that they boot while its modules load; evaluateModel closes them
   */
  readThreads?: Promise<CsvReadThreads | undefined>;
}



function targetColumn(table: Table, target: string) {
  const column = findColumn(table, target);
  if (!column) {
    throw new UserError(
      `The target column "${target}" is not in ${table.source}.`,
      table.source,
      `Set target to one of: ${columnNames(table).join(', ')}.`,
    );
  }
  return column;
}

/** Builds what the metric functions take from predictions and the encoded target (and the figures summed as the rows streamed). */
function qualityInputs(predictions: Predictions, target: ModelTarget, unweighted: MetricValues | undefined): QualityInputs {
  if (predictions.task === 'regression') return { task: 'regression', inputs: { yTrue: target.values() as Float64Array, yPred: predictions.values! } };
  const classes = predictions.classes!;
  return {
    task: predictions.task,
    classes,
    inputs: { yTrue: target.values() as ClassIndices, yPred: predictions.labels!, proba: predictions.probabilities, classCount: classes.length },
    ...(unweighted && predictions.probabilities ? { unweighted } : {}),
  };
}

/**
 * Each classifier's probability metrics without weights, added up batch by batch
 * (StreamingProbabilityFigures): the main thread would otherwise wait for the next batch, and compute
 * them after the last one. A model whose rows were not all added (none kept probabilities) has none.
 */
class StreamedFigures {
  private readonly sums = new Map<BatchPredictor, { figures: StreamingProbabilityFigures; scores?: ScoreCounts; rows: number }>();

  /** `scored`: the model whose score distribution is reported (the candidate's alone) */
  constructor(private readonly scored: BatchPredictor) {}

  add(predictor: BatchPredictor, start: number, end: number, target: ModelTarget): void {
    const k = predictor.classes?.length;
    const rows = predictor.storedProbabilities(start, end);
    const task = predictor.task;
    if (task === 'regression' || k === undefined || k < 2 || !rows) return;
    let sums = this.sums.get(predictor);
    if (!sums) this.sums.set(predictor, (sums = { figures: new StreamingProbabilityFigures(k), ...(predictor === this.scored ? { scores: new ScoreCounts(task) } : {}), rows: 0 }));
    if (sums.rows !== start) return; // a gap: these sums no longer cover every row
    sums.figures.add(rows.data, rows.width, (target.values() as ClassIndices).subarray(start, end));
    sums.scores?.add(rows.data, rows.width, end - start);
    sums.rows = end;
  }

  /** the model's figures, when every row it ran was added */
  private complete(predictor: BatchPredictor) {
    const sums = this.sums.get(predictor);
    return sums && sums.rows === predictor.rowCount ? sums : undefined;
  }

  figures(predictor: BatchPredictor): MetricValues | undefined {
    return this.complete(predictor)?.figures.figures();
  }

  /** scoreDistributionOf(predictions), counted as the rows came when they all were */
  scoreDistribution(predictor: BatchPredictor, predictions: Predictions): ReturnType<typeof scoreDistributionOf> {
    const sums = this.complete(predictor);
    return sums?.scores && predictions.task !== 'regression' && predictions.probabilities ? sums.scores.distribution() : scoreDistributionOf(predictions);
  }
}

function operationalFigures(timing: OperationalFigures | Omit<OperationalFigures, 'modelSizeBytes'>, modelSizeBytes: number): OperationalFigures {
  return { ...timing, modelSizeBytes };
}

/** A baseline is an ONNX model to run on the same rows, or the metrics file of an earlier evaluation. */
async function kindOfBaseline(path: string): Promise<'model' | 'metrics'> {
  if (!(await stat(path).catch(() => null))?.isFile()) {
    throw new UserError(`The baseline ${path} does not exist.`, 'input baseline', 'Pass an ONNX model or a metrics.json from an earlier evaluation, or leave baseline empty.');
  }
  return path.toLowerCase().endsWith('.json') ? 'metrics' : 'model';
}

/** the feature matrix every model to run can take, or undefined when they want their inputs in different forms */
export function sharedFeatureMatrix(models: Pick<LoadedModel, 'signature'>[], exclude: string[]): FeatureMatrixRequest | undefined {
  const requests = models.map((model) => featureMatrixRequest(model.signature, exclude));
  const first = requests[0];
  return first && requests.every((r) => r?.type === first.type) ? first : undefined;
}

/** a model's encoded target, row by row as the stream goes: class indices in its own class order (8-bit for at most 256 classes), or numbers */
type ModelTarget = GrowingArray<Int32Array> | GrowingArray<Uint8Array> | GrowingArray<Float64Array>;

/**
 * Evaluates a candidate model on a data file, optionally against a baseline, and judges it by a gate
 * policy: the whole of evaluate-gate but for writing files.
 *
 * The file is streamed: each batch of rows is read, run through the model(s), and its target and
 * slice values encoded, and then only those per-row figures are kept (the scores, the labels, the
 * target, the slice codes), never the table. Memory grows by a few bytes a row, and a file with
 * more rows than the machine can hold is refused with a UserError before it runs out.
 */
export async function evaluateModel(options: EvaluateOptions): Promise<EvaluationResult> {
  // A large CSV's reading threads start first, beside the loading of the models (csv-parallel.ts).
  const readThreads = options.readThreads ? await options.readThreads : options.parallelRead ? await startCsvReadThreads(options.data, { ...options.parallelRead, batchRows: options.batchSize }) : undefined;
  // the data file's hash for the result, beside the reading (openssl for a large file: a child
  // process, spawned before onnxruntime's 46 MB are mapped into this one, when forking is cheaper)
  const dataHash = sha256FileInBackground(options.data);
  try {
    return await evaluateOn(options, readThreads, dataHash);
  } finally {
    dataHash.cancel();
    readThreads?.close();
  }
}

async function evaluateOn(options: EvaluateOptions, readThreads: CsvReadThreads | undefined, hashing: { digest: Promise<string>; started: Promise<void> }): Promise<EvaluationResult> {
  const dataHash = hashing.digest;
  const { logger } = options;
  const excluded = [options.target, ...(options.sliceColumn ? [options.sliceColumn] : [])];

  const policy = options.policy ? await loadGatePolicy(options.policy) : null;
  // The models' files before the data: their inputs tell the reader how to lay the features out.
  const candidateFile = await readModelFile(options.model);
  const baselineKind = options.baseline ? await kindOfBaseline(options.baseline) : undefined;
  const baselineFile = baselineKind === 'model' ? await readModelFile(options.baseline!) : undefined;
  const featureMatrix = sharedFeatureMatrix([candidateFile, ...(baselineFile ? [baselineFile] : [])], excluded);
  // reading threads parse the first batches while onnxruntime loads and opens the models
  const begun = readThreads?.begin(options.data, { batchRows: options.batchSize, reuseBatches: true, ...(featureMatrix ? { featureMatrix } : {}) }) ?? false;
  // While threads parse, onnxruntime computes on the cores they leave: a thread of its own on
  // theirs would wait for them at every run (on 2 cores, runs took 1.5-2x as long).
  const sessionOptions = readThreads ? { ...NO_SPIN_OPTIONS, intraOpNumThreads: Math.max(1, availableParallelism() - readThreads.threads) } : undefined;
  // openssl's child is spawned before onnxruntime's 46 MB are mapped: its fork then copies fewer
  // page tables (20-50 ms of this thread after the load, just before the first batch, before)
  if (typeof options.ort === 'function') await hashing.started;
  const loadOptions = { ort: typeof options.ort === 'function' ? await options.ort() : options.ort, ...(sessionOptions ? { sessionOptions } : {}) };
  const candidateModel = await loadModel(candidateFile, loadOptions);
  const baselineModel = baselineFile ? await loadModel(baselineFile, loadOptions) : undefined;
  const models = [candidateModel, ...(baselineModel ? [baselineModel] : [])];
  // for a model that names no features: the order given, else the lineage train-model left beside it
  const givenOrder = options.featureOrderFile ? await readDeclaredFeatures(options.featureOrderFile, excluded) : undefined;
  const candidateOrder = givenOrder ?? (await lineageBesideModel(options.model, candidateModel.sha256));
  const baselineOrder = givenOrder ?? (baselineModel ? await lineageBesideModel(options.baseline!, baselineModel.sha256) : undefined);

  const rowOptions = { task: options.task, slices: !!options.sliceColumn, resamples: options.bootstrap.resamples };
  const signatures = models.map((model) => model.signature);
  const method = options.bootstrapMethod ?? 'auto';
  const withBootstrap = bytesPerRow(signatures, rowOptions);
  // little bootstraps keep nothing a row: a file the ordinary bootstrap's arrays would not fit is evaluated with them
  const perRow = method === 'full' ? withBootstrap : bytesPerRow(signatures, { ...rowOptions, resamples: 0 });
  const budgetBytes = memoryBudget(options.memoryLimitBytes);
  const budget = rowBudget(options.data, perRow, budgetBytes, FIXED_BYTES);
  // the rows the ordinary bootstrap's arrays would fit: more, and auto resamples by little bootstraps
  const ordinaryBudget = method === 'full' ? budget : rowBudget(options.data, withBootstrap, budgetBytes, FIXED_BYTES);
  // the threads' estimate is this one, of the same file, made as they started
  const estimate = readThreads?.estimatedRowsOf(options.data) ?? (await estimateRowCount(options.data));
  if (estimate !== undefined) budget.check(estimate, true);
  // gzip and Parquet are checked as the rows come, but their arrays are sized from a hint too;
  // a Parquet footer decoded for the hint is the stream's
  const parquetFooters = new ParquetFooters();
  const room = estimate ?? (await rowCapacityHint(options.data, parquetFooters));
  // A little over the estimate: growing the arrays by one row too few would copy them all. Room
  // not written costs no memory (the pages of a large typed array are the kernel's zero page until
  // written), so the arrays need no cap but the rows the budget allows.
  const expectedRows = Math.min(room === undefined ? options.batchSize : Math.ceil(room * 1.02) + 16, Math.max(budget.maxRows, options.batchSize));
  logger.debug(`Room for ${expectedRows} rows in the kept arrays (${estimate !== undefined ? 'the rows estimated from the start of the file' : room !== undefined ? "the rows hinted by the file's footer or its gzip sample" : 'a batch: they grow as the rows come'}).`);

  const timeout = options.inferenceTimeoutSeconds ?? 0;
  // a reading thread the stream will use keeps the limit too, for as long as the runs go (it is closed after evaluateOn)
  const keptByReader = (memory: WatchdogMemory) => {
    const kept = readThreads!.watch(memory);
    if (kept) logger.debug('the reading thread keeps the inference time limit');
    return kept;
  };
  const watchdog = timeout > 0 ? startRunWatchdog(timeout * 1000, options.onRunner ?? false, begun ? keptByReader : undefined) : undefined;
  const predictOptions = { batchSize: options.batchSize, task: options.task, scores: options.scores, expectedRows, compact: true, ...(watchdog ? { timeLimit: { watchdog, seconds: timeout } } : {}) };
  const candidate = new BatchPredictor(candidateModel, predictOptions);
  const baseline = baselineModel ? new BatchPredictor(baselineModel, predictOptions) : undefined;
  const targets = new TargetColumns(expectedRows);
  const streamed = new StreamedFigures(candidate);
  const slices = options.sliceColumn ? new SliceCodes(options.sliceColumn, expectedRows) : undefined;
  /** the columns fed to each model, in order, as its first batch decided them (the report states the candidate's) */
  const fedColumns = new Map<BatchPredictor, FeatureOrder>();
  let rows = 0;
  // rows done and rate; no total, as a text file's row count is an estimate until it is read
  const progress = new ProgressReporter(logger, { what: `Evaluating ${options.data}`, unit: 'rows' });
  try {
    return await evaluateStream();
  } finally {
    watchdog?.close();
  }

  /** the same checks for both models: a refusal about the baseline's run says it is the baseline's */
  async function asModel<T>(predictor: BatchPredictor, work: () => Promise<T>): Promise<T> {
    if (predictor === candidate) return work();
    return work().catch((err: unknown) => {
      if (err instanceof UserError && !err.what.startsWith('The baseline')) throw new UserError(`The baseline model ${options.baseline}: ${err.what}`, err.where, err.fix, err.location);
      throw err;
    });
  }

  async function evaluateStream(): Promise<EvaluationResult> {

    await logger.group(`Reading ${options.data} and running ${baseline ? 'both models' : options.model}`, () =>
      streamTable(options.data, {
        batchRows: options.batchSize,
        reuseBatches: true,
        parquetFooters,
        ...(featureMatrix ? { featureMatrix } : {}),
        ...(readThreads ? { parallel: readThreads } : {}),
        onBatch: async (batch) => {
          if (rows === 0) checkColumns(batch, options);
          const featureColumns = batch.featureMatrix?.columns ?? batch.columns.map((c) => c.name).filter((n) => !excluded.includes(n));
          budget.check(rows + batch.rowCount);
          // the feature values one model took, the other takes too when fed the same cells through the same input types
          let valuesChecked: { fed: Table; key: string } | undefined;
          for (const [predictor, model] of baseline ? [[candidate, candidateModel] as const, [baseline, baselineModel!] as const] : [[candidate, candidateModel] as const]) {
            await asModel(predictor, async () => {
              // by the names the model records, batch by batch: a batch with other columns is refused at once
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
              // while the reading thread parses the next batch, the sums the metrics need of this one
              streamed.add(predictor, rows, rows + batch.rowCount, targets.get(predictor)!.values);
            });
          }
          slices?.add(batch);
          rows += batch.rowCount;
          progress.update(rows);
        },
      }),
    );
    progress.finish(rows);
    if (rows === 0) throw new UserError(`${options.data} has no rows.`, options.data, 'Evaluate on a file with at least one data row.');

    const candidateRun = { model: candidateModel, ...(await candidate.finish()) };
    for (const warning of candidateRun.warnings) logger.warning(warning);
    const candidateInputs = qualityInputs(candidateRun.predictions, targets.get(candidate)!.values, streamed.figures(candidate));
    const baselineRun = baseline ? { model: baselineModel!, ...(await asModel(baseline, () => baseline.finish())) } : undefined;
    for (const warning of baselineRun?.warnings ?? []) logger.warning(warning);
    // the rows are read and the models' runs done: the reading threads' memory (their isolates and
    // slots) goes before the metrics, where a large file's peak is
    readThreads?.close();
    let baselineInputs: QualityInputs | undefined;
    const baselineFromFile = baselineKind === 'metrics' ? await readBaselineMetrics(options.baseline!, candidateRun.predictions.task) : undefined;
    if (baselineRun) {
      if (baselineRun.predictions.task !== candidateRun.predictions.task) {
        throw new UserError(
          `The baseline is a ${baselineRun.predictions.task} model but the candidate is ${candidateRun.predictions.task}.`,
          'input baseline',
          'Compare models of the same task, or pass the task input explicitly.',
        );
      }
      baselineInputs = qualityInputs(baselineRun.predictions, targets.get(baseline!)!.values, streamed.figures(baseline!));
    }

    const { bootstrap, record, why } = resamplingOf(options.bootstrap, method, rows, rows > ordinaryBudget.maxRows, options.data);
    if (why) logger.info(`Resampling by little bootstraps: ${record.subsets} subsets of ${record.subsetRows} rows (${why}).`);
    const quality = await logger.group('Computing metrics', async () =>
      measureQuality({
        candidate: candidateInputs,
        baseline: baselineInputs,
        baselineMetrics: baselineFromFile,
        bootstrap,
        slices: slices?.slices(),
        sliceTests: sliceTestedMetrics(policy),
      }),
    );

    // loadModel read and hashed the model already: reuse its figures rather than read it again
    const modelIdentity: FileIdentity = { path: options.model, sha256: candidateModel.sha256, sizeBytes: candidateModel.sizeBytes };
    const withoutGate: Omit<EvaluationResult, 'gate'> = {
      schema: 'mlci/evaluation@1',
      task: candidateRun.predictions.task,
      model: modelIdentity,
      ...(baselineRun ? { baselineModel: { path: options.baseline!, sha256: baselineRun.model.sha256, sizeBytes: baselineRun.model.sizeBytes } } : {}),
      data: { path: options.data, sha256: await dataHash, sizeBytes: (await stat(options.data)).size, rows, target: options.target },
      features: fedColumns.get(candidate),
      metrics: quality.metrics,
      ...(quality.baseline ? { baseline: quality.baseline, baselineSource: baselineRun ? ('model' as const) : ('metrics-file' as const) } : {}),
      intervals: quality.intervals,
      deltas: quality.deltas,
      directions: quality.directions,
      ...(quality.confusionMatrix ? { confusionMatrix: quality.confusionMatrix } : {}),
      operational: operationalFigures(candidateRun.timing, modelIdentity.sizeBytes),
      ...(baselineRun ? { baselineOperational: operationalFigures(baselineRun.timing, baselineRun.model.sizeBytes) } : {}),
      ...(quality.slices && options.sliceColumn ? { slices: { column: options.sliceColumn, slices: quality.slices } satisfies SliceSet } : {}),
      bootstrap: record,
      ...(options.scores === 'logits' && candidateRun.predictions.task !== 'regression' ? { scores: 'logits' as const } : {}),
      ...streamed.scoreDistribution(candidate, candidateRun.predictions), // monitor's reference for prediction drift
    };
    return { ...withoutGate, gate: evaluateGate(policy, withoutGate) };
  }
}

/**
 * The bootstrap to run on `rows` rows: the ordinary one unless asked otherwise, or, left to
 * choose, when its per-row arrays would not fit the budget (`tooBig`) or the rows are so many that
 * it would take minutes (LITTLE_BOOTSTRAPS_FROM_ROWS). With metrics.json's record of it (the
 * options as before for the ordinary bootstrap; the method and plan for little bootstraps), and
 * for little bootstraps why they were chosen.
 */
function resamplingOf(options: EvaluateOptions['bootstrap'], method: 'auto' | BootstrapMethod, rows: number, tooBig: boolean, data: string): { bootstrap: BootstrapOptions; record: BootstrapRecord; why?: string } {
  const { resamples, seed, level } = options;
  const ordinary = { bootstrap: { ...options }, record: { resamples, seed, level } };
  if (resamples === 0) return ordinary;
  // Too few rows for little bootstraps' subsets: forced, a refusal (a comparison asked for cannot
  // be made); left to choose, the ordinary bootstrap, whose arrays for so few rows are a few KB.
  const fewest = littleBootstrapsMinRows(resamples);
  if (method === 'little-bootstraps' && rows < fewest) {
    throw new UserError(
      `Little bootstraps need at least ${fewest.toLocaleString('en-US')} rows with ${resamples} resamples (disjoint subsets of n^0.7 rows each), but ${data} has ${rows.toLocaleString('en-US')}: their intervals would be undefined.`,
      'environment MLCI_BOOTSTRAP_METHOD',
      'Unset MLCI_BOOTSTRAP_METHOD (or set it to full): the ordinary bootstrap suits this many rows.',
    );
  }
  const why =
    method === 'little-bootstraps' ? 'as asked'
    : method !== 'auto' || rows < fewest ? undefined
    : rows >= LITTLE_BOOTSTRAPS_FROM_ROWS ? `the ordinary bootstrap of ${rows} rows would take too long`
    : tooBig ? `the ordinary bootstrap of ${rows} rows would not fit in memory`
    : undefined;
  if (!why) return ordinary;
  const littleMethod = 'little-bootstraps' as const;
  // worked out once: metrics.json records the plan the resampling takes
  const plan = littleBootstrapsPlan(rows, resamples);
  return { bootstrap: { ...options, method: littleMethod, plan }, record: { resamples, seed, level, method: littleMethod, ...plan }, why };
}

/** the target and slice columns are in the file (judged on its first batch) */
function checkColumns(batch: Table, options: EvaluateOptions): void {
  targetColumn(batch, options.target);
  if (options.sliceColumn && !findColumn(batch, options.sliceColumn)) {
    throw new UserError(`The slice column "${options.sliceColumn}" is not in ${options.data}.`, options.data, `Set slice-column to one of: ${columnNames(batch).join(', ')}.`);
  }
}

/** the batch's target, encoded for `predictor`'s model (in its class order), after the rows before it */
function appendTarget(targets: TargetColumns, predictor: BatchPredictor, batch: Table, target: string): void {
  targets.append(predictor, batch, targetColumn(batch, target));
}

/** a model's encoded target, and the model whose run appends to it (another model may share it) */
interface EncodedTarget {
  owner: BatchPredictor;
  values: ModelTarget;
}

/** each model's encoded target; models that encode it alike share one (regressors, classifiers of the same classes in the same order) */
class TargetColumns {
  private readonly columns = new Map<BatchPredictor, EncodedTarget>();

  constructor(private readonly expectedRows: number) {}

  get(predictor: BatchPredictor): EncodedTarget | undefined {
    return this.columns.get(predictor);
  }

  append(predictor: BatchPredictor, batch: Table, column: Column): void {
    let encoded = this.columns.get(predictor);
    if (!encoded) {
      const regression = predictor.task === 'regression';
      const shared = [...this.columns.values()].find((t) => (regression ? t.owner.task === 'regression' : t.owner.task !== 'regression' && sameClasses(t.owner.classes, predictor.classes)));
      if (shared) {
        this.columns.set(predictor, shared);
        return;
      }
      const capacity = Math.max(this.expectedRows, batch.rowCount);
      const values = regression ? new GrowingArray(Float64Array, capacity) : predictor.classes!.length <= 256 ? new GrowingArray(Uint8Array, capacity) : new GrowingArray(Int32Array, capacity);
      this.columns.set(predictor, (encoded = { owner: predictor, values }));
    }
    if (encoded.owner !== predictor) return;
    if (predictor.task === 'regression') encoded.values.append(encodeRegressionTarget(batch, column));
    else encoded.values.append(encodeClassTarget(batch, column, [...predictor.classes!]));
  }
}

function sameClasses(a: readonly (number | string)[] | undefined, b: readonly (number | string)[] | undefined): boolean {
  return !!a && !!b && a.length === b.length && a.every((c, i) => String(c) === String(b[i]));
}

/** Each row's slice, as a code into the slice values met so far: one byte a row, whatever the file's size. */
class SliceCodes {
  private readonly codes: GrowingArray<Uint8Array>;
  private readonly index = new Map<string, number>();

  constructor(
    private readonly column: string,
    expectedRows: number,
  ) {
    this.codes = new GrowingArray(Uint8Array, expectedRows);
  }

  add(batch: Table): void {
    const col = findColumn(batch, this.column)!;
    const out = this.codes.reserve(this.codes.length + batch.rowCount);
    let at = this.codes.length;
    for (let row = 0; row < batch.rowCount; row++) {
      const raw = col.values[row];
      const value = raw === null || (typeof raw === 'number' && Number.isNaN(raw)) ? '(missing)' : String(raw);
      let code = this.index.get(value);
      if (code === undefined) {
        if (this.index.size >= MAX_SLICES) {
          throw new UserError(
            `The slice column "${this.column}" has more than ${MAX_SLICES} distinct values.`,
            batch.source,
            'Slice by a categorical column (or bucket a numeric one into a few ranges first).',
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
  slices(): { value: string; weights: () => Uint8Array }[] {
    const codes = this.codes.values();
    let weights: Uint8Array | undefined;
    return [...this.index.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([value, code]) => ({
        value,
        weights: () => {
          weights ??= new Uint8Array(codes.length);
          for (let row = 0; row < codes.length; row++) weights[row] = codes[row] === code ? 1 : 0;
          return weights;
        },
      }));
  }
}

const MAX_SLICES = 100;
