import { UserError } from '../../errors.js';
import type { Task } from '../../model/types.js';
import type { Table } from '../../data/table.js';
import { exportLinearRegression, exportLogisticRegression } from '../onnx-export/linear-model.js';
import { exportGradientBoostedTrees } from '../onnx-export/tree-ensemble.js';
import { defaultGradientBoostedTreesParams, trainGradientBoostedTrees, type GradientBoostedTreesParams } from './gradient-boosted-trees.js';
import { defaultLinearRegressionParams, trainLinearRegression, type LinearRegressionParams } from './linear-regression.js';
import { defaultLogisticRegressionParams, trainLogisticRegression, type LogisticRegressionParams } from './logistic-regression.js';
import { readTrainerParams } from './trainer-params.js';
import { selectTrainingSet, type TrainingSet } from './training-set.js';
import { BUILTIN_TRAINERS, type BuiltinTrainerName } from '../defaults.js';

export { BUILTIN_TRAINERS, type BuiltinTrainerName } from '../defaults.js';

/** What a built-in trainer hands back: the ONNX bytes and facts for the report and lineage. */
export interface BuiltinTrainingResult {
  trainer: BuiltinTrainerName;
  task: Task;
  model: Uint8Array;
  featureNames: string[];
  classes?: (number | string)[];
  /** the hyperparameters used, defaults filled in */
  params: Record<string, unknown>;
  /** facts about the fit: iterations, convergence, tree count */
  details: Record<string, number | boolean | string>;
  rowCount: number;
}

export function isBuiltinTrainer(name: string): name is BuiltinTrainerName {
  return (BUILTIN_TRAINERS as readonly string[]).includes(name);
}

/** keys every trainer accepts: which columns to learn from */
const COMMON_KEYS = ['features'];

/**
 * Trains a built-in model on a table: picks the features (all numeric columns but the target, or the
 * `features` list from the params), fits, and exports ONNX with input `input` float [N, features].
 */
export function trainBuiltin(trainer: string, table: Table, target: string, rawParams: Record<string, unknown> = {}): BuiltinTrainingResult {
  if (!isBuiltinTrainer(trainer)) {
    throw new UserError(`Unknown trainer "${trainer}".`, 'input trainer', `Use one of ${BUILTIN_TRAINERS.join(', ')}, or give a command instead.`);
  }
  const features = readFeatureList(rawParams.features);
  const set = selectTrainingSet(table, target, features);
  const meta = (params: object) => ({ trainer, featureNames: set.featureNames, target, params: params as Record<string, unknown> });
  switch (trainer) {
    case 'builtin:logistic-regression': {
      const params = readTrainerParams<LogisticRegressionParams>(trainer, rawParams, [
        { key: 'C', field: 'C', kind: 'number' },
        { key: 'max_iter', field: 'maxIterations', kind: 'number' },
        { key: 'tol', field: 'tolerance', kind: 'number' },
      ], defaultLogisticRegressionParams, COMMON_KEYS);
      const model = trainLogisticRegression(set, params);
      return result(trainer, set, model.classes.length === 2 ? 'binary' : 'multiclass', exportLogisticRegression(model, meta(params)), params, model.classes, {
        iterations: model.iterations,
        converged: model.converged,
      });
    }
    case 'builtin:linear-regression': {
      const params = readTrainerParams<LinearRegressionParams>(trainer, rawParams, [{ key: 'alpha', field: 'alpha', kind: 'number' }], defaultLinearRegressionParams, COMMON_KEYS);
      const model = trainLinearRegression(set, params);
      return result(trainer, set, 'regression', exportLinearRegression(model, meta(params)), params, undefined, { rankDeficient: model.rankDeficient });
    }
    case 'builtin:gradient-boosted-trees': {
      const params = readTrainerParams<GradientBoostedTreesParams>(trainer, rawParams, [
        { key: 'task', field: 'task', kind: 'string' },
        { key: 'n_estimators', field: 'nEstimators', kind: 'number' },
        { key: 'learning_rate', field: 'learningRate', kind: 'number' },
        { key: 'max_leaves', field: 'maxLeaves', kind: 'number' },
        { key: 'max_depth', field: 'maxDepth', kind: 'number' },
        { key: 'min_child_samples', field: 'minChildSamples', kind: 'number' },
        { key: 'l2', field: 'l2', kind: 'number' },
        { key: 'max_bins', field: 'maxBins', kind: 'number' },
      ], defaultGradientBoostedTreesParams, COMMON_KEYS);
      const model = trainGradientBoostedTrees(set, params);
      return result(trainer, set, model.task, exportGradientBoostedTrees(model, meta(params)), params, model.classes, { trees: model.trees.length });
    }
  }
}

function result(
  trainer: BuiltinTrainerName,
  set: TrainingSet,
  task: Task,
  model: Uint8Array,
  params: object,
  classes: (number | string)[] | undefined,
  details: Record<string, number | boolean | string>,
): BuiltinTrainingResult {
  return { trainer, task, model, featureNames: set.featureNames, classes, params: params as Record<string, unknown>, details, rowCount: set.rowCount };
}

function readFeatureList(raw: unknown): string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (Array.isArray(raw) && raw.every((x) => typeof x === 'string')) return raw as string[];
  if (typeof raw === 'string') return raw.split(',').map((s) => s.trim()).filter(Boolean);
  throw new UserError('The "features" parameter must be a list of column names.', 'params features', 'Write features: [col_a, col_b] or leave it out to use every numeric column but the target.');
}
