import { stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import type { FeatureMatrixRequest } from '../data/feature-matrix.js';
import { columnNames, findColumn, type Table } from '../data/table.js';
import { loadTable } from '../data/load.js';
import type { Logger } from '../log.js';
import { featureMatrixRequest } from '../model/feeds.js';
import { featureOrder, withMatrixOrder, type FeatureOrder } from '../model/feature-order.js';
import { checkFeatureValues } from '../model/feature-range.js';
import { ProgressReporter } from '../progress.js';
import { loadModel, predict, type LoadedModel } from '../model/session.js';
import type { ClassScores } from '../model/class-scores.js';
import type { Predictions, Task } from '../model/types.js';
import type { OrtModule } from '../runtime/onnxruntime.js';
import { sha256File } from '../fs/digest.js';
import type { EvaluationResult, FileIdentity, OperationalFigures, SliceSet } from './types.js';
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
  ort: OrtModule;
  logger: Logger;
}

async function identifyFile(path: string): Promise<FileIdentity> {
  return { path, sha256: await sha256File(path), sizeBytes: (await stat(path)).size };
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

/** Builds what the metric functions take from predictions and the target column. */
function qualityInputs(table: Table, target: string, predictions: Predictions): QualityInputs {
  const column = targetColumn(table, target);
  if (predictions.task === 'regression') {
    return { task: 'regression', inputs: { yTrue: encodeRegressionTarget(table, column), yPred: predictions.values! } };
  }
  const classes = predictions.classes!;
  return {
    task: predictions.task,
    classes,
    inputs: { yTrue: encodeClassTarget(table, column, classes), yPred: predictions.labels!, proba: predictions.probabilities, classCount: classes.length },
  };
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
export function sharedFeatureMatrix(models: LoadedModel[], exclude: string[]): FeatureMatrixRequest | undefined {
  const requests = models.map((model) => featureMatrixRequest(model.signature, exclude));
  const first = requests[0];
  return first && requests.every((r) => r?.type === first.type) ? first : undefined;
}

/**
 * Evaluates a candidate model on a data file, optionally against a baseline, and judges it by a gate
 * policy: the whole of evaluate-gate but for writing files.
 */
export async function evaluateModel(options: EvaluateOptions): Promise<EvaluationResult> {
  const { logger } = options;
  const excluded = [options.target, ...(options.sliceColumn ? [options.sliceColumn] : [])];

  const policy = options.policy ? await loadGatePolicy(options.policy) : null;
  // The models before the data: their input tells the reader how to lay the features out.
  const candidateModel = await loadModel(options.model, { ort: options.ort });
  const baselineKind = options.baseline ? await kindOfBaseline(options.baseline) : undefined;
  const baselineModel = baselineKind === 'model' ? await loadModel(options.baseline!, { ort: options.ort }) : undefined;
  const featureMatrix = sharedFeatureMatrix([candidateModel, ...(baselineModel ? [baselineModel] : [])], excluded);
  const table = await logger.group(`Loading ${options.data}`, () => loadTable(options.data, featureMatrix ? { featureMatrix } : {}));
  if (table.rowCount === 0) throw new UserError(`${options.data} has no rows.`, options.data, 'Evaluate on a file with at least one data row.');
  targetColumn(table, options.target);
  if (options.sliceColumn && !findColumn(table, options.sliceColumn)) {
    throw new UserError(`The slice column "${options.sliceColumn}" is not in ${options.data}.`, options.data, `Set slice-column to one of: ${columnNames(table).join(', ')}.`);
  }
  const featureColumns = table.featureMatrix?.columns ?? table.columns.map((c) => c.name).filter((n) => !excluded.includes(n));

  const run = async (model: LoadedModel) => {
    const features: FeatureOrder = featureOrder(model.signature, featureColumns, model.path, options.data);
    const fed = withMatrixOrder(table, features.columns);
    checkFeatureValues(fed, features.columns, model.signature.inputs, model.path);
    const progress = new ProgressReporter(logger, { what: `Running ${model.path}`, unit: 'rows', total: fed.rowCount });
    const { predictions, timing, warnings } = await predict(model, fed, { featureColumns: features.columns, batchSize: options.batchSize, task: options.task, scores: options.scores, onRows: (done) => progress.update(done) });
    progress.finish(fed.rowCount);
    for (const warning of warnings) logger.warning(warning);
    return { model, predictions, timing, features };
  };

  const candidate = await logger.group(`Running ${options.model}`, () => run(candidateModel));
  const candidateInputs = qualityInputs(table, options.target, candidate.predictions);

  let baselineRun: Awaited<ReturnType<typeof run>> | undefined;
  let baselineInputs: QualityInputs | undefined;
  const baselineFromFile = baselineKind === 'metrics' ? await readBaselineMetrics(options.baseline!, candidate.predictions.task) : undefined;
  if (baselineModel) {
    baselineRun = await logger.group(`Running baseline ${options.baseline}`, () => run(baselineModel).catch((err: unknown) => {
      // the same checks as for the candidate: say which of the two models they are about
      if (err instanceof UserError && !err.what.startsWith('The baseline')) throw new UserError(`The baseline model ${options.baseline}: ${err.what}`, err.where, err.fix, err.location);
      throw err;
    }));
    if (baselineRun.predictions.task !== candidate.predictions.task) {
      throw new UserError(
        `The baseline is a ${baselineRun.predictions.task} model but the candidate is ${candidate.predictions.task}.`,
        'input baseline',
        'Compare models of the same task, or pass the task input explicitly.',
      );
    }
    baselineInputs = qualityInputs(table, options.target, baselineRun.predictions);
  }

  const quality = await logger.group('Computing metrics', async () =>
    measureQuality({
      candidate: candidateInputs,
      baseline: baselineInputs,
      baselineMetrics: baselineFromFile,
      bootstrap: options.bootstrap,
      slices: options.sliceColumn ? sliceRows(table, options.sliceColumn) : undefined,
      sliceTests: sliceTestedMetrics(policy),
    }),
  );

  // loadModel read and hashed the model already: reuse its figures rather than read it again
  const modelIdentity: FileIdentity = { path: options.model, sha256: candidate.model.sha256, sizeBytes: candidate.model.sizeBytes };
  const withoutGate: Omit<EvaluationResult, 'gate'> = {
    schema: 'mlci/evaluation@1',
    task: candidate.predictions.task,
    model: modelIdentity,
    ...(baselineRun ? { baselineModel: { path: options.baseline!, sha256: baselineRun.model.sha256, sizeBytes: baselineRun.model.sizeBytes } } : {}),
    data: { ...(await identifyFile(options.data)), rows: table.rowCount, target: options.target },
    features: candidate.features,
    metrics: quality.metrics,
    ...(quality.baseline ? { baseline: quality.baseline, baselineSource: baselineRun ? ('model' as const) : ('metrics-file' as const) } : {}),
    intervals: quality.intervals,
    deltas: quality.deltas,
    directions: quality.directions,
    ...(quality.confusionMatrix ? { confusionMatrix: quality.confusionMatrix } : {}),
    operational: operationalFigures(candidate.timing, modelIdentity.sizeBytes),
    ...(baselineRun ? { baselineOperational: operationalFigures(baselineRun.timing, baselineRun.model.sizeBytes) } : {}),
    ...(quality.slices && options.sliceColumn ? { slices: { column: options.sliceColumn, slices: quality.slices } satisfies SliceSet } : {}),
    bootstrap: options.bootstrap,
    ...(options.scores === 'logits' && candidate.predictions.task !== 'regression' ? { scores: 'logits' as const } : {}),
  };
  return { ...withoutGate, gate: evaluateGate(policy, withoutGate) };
}

/** Row membership of each value of the slice column, as 0/1 weights the metric functions take. */
function sliceRows(table: Table, column: string): { value: string; weights: Float64Array }[] {
  const col = findColumn(table, column)!;
  const groups = new Map<string, Float64Array>();
  for (let row = 0; row < table.rowCount; row++) {
    const raw = col.values[row];
    const value = raw === null || (typeof raw === 'number' && Number.isNaN(raw)) ? '(missing)' : String(raw);
    let weights = groups.get(value);
    if (!weights) {
      if (groups.size >= MAX_SLICES) {
        throw new UserError(
          `The slice column "${column}" has more than ${MAX_SLICES} distinct values.`,
          table.source,
          'Slice by a categorical column (or bucket a numeric one into a few ranges first).',
        );
      }
      weights = new Float64Array(table.rowCount);
      groups.set(value, weights);
    }
    weights[row] = 1;
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([value, weights]) => ({ value, weights }));
}

const MAX_SLICES = 100;
