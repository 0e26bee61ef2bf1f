import { stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { findColumn, type Table } from '../data/table.js';
import { loadTable } from '../data/load.js';
import type { Logger } from '../log.js';
import { loadModel, predict } from '../model/session.js';
import type { Predictions, Task } from '../model/types.js';
import type { OrtModule } from '../runtime/onnxruntime.js';
import { sha256File } from '../fs/digest.js';
import type { EvaluationResult, FileIdentity, OperationalFigures, SliceSet } from './types.js';
import { encodeClassTarget, encodeRegressionTarget } from './targets.js';
import { measureQuality, type QualityInputs } from './quality.js';
import { readBaselineMetrics } from './baseline-metrics.js';
import { evaluateGate, loadGatePolicy } from '../gate/index.js';

export interface EvaluateOptions {
  model: string;
  data: string;
  target: string;
  /** a baseline ONNX model (evaluated on the same rows) or a metrics file */
  baseline?: string;
  policy?: string;
  sliceColumn?: string;
  task?: Task;
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
      `Set target to one of: ${table.columns.map((c) => c.name).join(', ')}.`,
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

/**
 * Evaluates a candidate model on a data file, optionally against a baseline, and judges it by a gate
 * policy: the whole of evaluate-gate but for writing files.
 */
export async function evaluateModel(options: EvaluateOptions): Promise<EvaluationResult> {
  const { logger } = options;
  const excluded = [options.target, ...(options.sliceColumn ? [options.sliceColumn] : [])];

  const policy = options.policy ? await loadGatePolicy(options.policy) : null;
  const table = await logger.group(`Loading ${options.data}`, () => loadTable(options.data));
  if (table.rowCount === 0) throw new UserError(`${options.data} has no rows.`, options.data, 'Evaluate on a file with at least one data row.');
  targetColumn(table, options.target);
  if (options.sliceColumn && !findColumn(table, options.sliceColumn)) {
    throw new UserError(`The slice column "${options.sliceColumn}" is not in ${options.data}.`, options.data, `Set slice-column to one of: ${table.columns.map((c) => c.name).join(', ')}.`);
  }
  const featureColumns = table.columns.map((c) => c.name).filter((n) => !excluded.includes(n));

  const run = async (path: string) => {
    const model = await loadModel(path, { ort: options.ort });
    const { predictions, timing } = await predict(model, table, { featureColumns, batchSize: options.batchSize, task: options.task });
    return { model, predictions, timing };
  };

  const candidate = await logger.group(`Running ${options.model}`, () => run(options.model));
  const candidateInputs = qualityInputs(table, options.target, candidate.predictions);

  let baselineRun: Awaited<ReturnType<typeof run>> | undefined;
  let baselineInputs: QualityInputs | undefined;
  let baselineFromFile: Record<string, number> | undefined;
  if (options.baseline) {
    if (!(await stat(options.baseline).catch(() => null))?.isFile()) {
      throw new UserError(`The baseline ${options.baseline} does not exist.`, 'input baseline', 'Pass an ONNX model or a metrics.json from an earlier evaluation, or leave baseline empty.');
    }
    if (options.baseline.toLowerCase().endsWith('.json')) {
      baselineFromFile = await readBaselineMetrics(options.baseline);
    } else {
      baselineRun = await logger.group(`Running baseline ${options.baseline}`, () => run(options.baseline!));
      if (baselineRun.predictions.task !== candidate.predictions.task) {
        throw new UserError(
          `The baseline is a ${baselineRun.predictions.task} model but the candidate is ${candidate.predictions.task}.`,
          'input baseline',
          'Compare models of the same task, or pass the task input explicitly.',
        );
      }
      baselineInputs = qualityInputs(table, options.target, baselineRun.predictions);
    }
  }

  const quality = await logger.group('Computing metrics', async () =>
    measureQuality({
      candidate: candidateInputs,
      baseline: baselineInputs,
      baselineMetrics: baselineFromFile,
      bootstrap: options.bootstrap,
      slices: options.sliceColumn ? sliceRows(table, options.sliceColumn) : undefined,
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
