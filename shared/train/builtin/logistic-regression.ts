import { UserError } from '../../errors.js';
import { encodeClasses } from './classes.js';
import { linearGradient, linearScores } from './linear-scores.js';
import { minimizeLbfgs } from './lbfgs.js';
import { fitStandardization, type Standardization } from './standardize.js';
import { requireNoMissingFeatures, type TrainingSet } from './training-set.js';

export interface LogisticRegressionParams {
  /** inverse L2 strength, as scikit-learn's C: the penalty is ‖w‖² / (2C) against the summed log loss */
  C: number;
  maxIterations: number;
  tolerance: number;
}

export const defaultLogisticRegressionParams: LogisticRegressionParams = { C: 1, maxIterations: 1000, tolerance: 1e-6 };

/**
 * A fitted logistic regression on standardized features. Binary: one score per row, p = σ(z).
 * Multiclass: one score per class, softmax over them (the multinomial model, as scikit-learn fits it).
 */
export interface LogisticRegressionModel {
  kind: 'logistic-regression';
  classes: (number | string)[];
  standardization: Standardization;
  /** p × k, row-major: the weight of feature j for score c at j·k + c */
  coefficients: Float64Array;
  intercepts: Float64Array;
  scoreCount: number;
  iterations: number;
  converged: boolean;
}

export function trainLogisticRegression(set: TrainingSet, params: LogisticRegressionParams = defaultLogisticRegressionParams): LogisticRegressionModel {
  if (!(params.C > 0)) throw new UserError(`C must be a positive number, got ${params.C}.`, 'params C', 'Set C > 0 (1.0 is the usual default; smaller is stronger regularization).');
  requireNoMissingFeatures(set, 'builtin:logistic-regression');
  const { classes, index } = encodeClasses(set);
  const standardization = fitStandardization(set.features);
  const p = set.features.length;
  const n = set.rowCount;
  const k = classes.length === 2 ? 1 : classes.length;
  const z = new Float64Array(n * k);
  const residuals = new Float64Array(n * k);
  const penalty = 1 / params.C;

  const objective = (x: Float64Array, gradient: Float64Array): number => {
    linearScores(set.features, standardization, x, k, z);
    let loss = 0;
    if (k === 1) {
      for (let i = 0; i < n; i++) {
        const zi = z[i]!;
        const y = index[i]!;
        // log(1 + e^z) − y·z, written so that large |z| neither overflows nor loses digits
        loss += (zi > 0 ? zi + Math.log1p(Math.exp(-zi)) : Math.log1p(Math.exp(zi))) - y * zi;
        residuals[i] = 1 / (1 + Math.exp(-zi)) - y;
      }
    } else {
      for (let i = 0; i < n; i++) {
        let max = -Infinity;
        for (let c = 0; c < k; c++) max = Math.max(max, z[c * n + i]!);
        let sum = 0;
        for (let c = 0; c < k; c++) sum += Math.exp(z[c * n + i]! - max);
        const logSum = max + Math.log(sum);
        loss += logSum - z[index[i]! * n + i]!;
        for (let c = 0; c < k; c++) residuals[c * n + i] = Math.exp(z[c * n + i]! - logSum) - (index[i] === c ? 1 : 0);
      }
    }
    linearGradient(set.features, standardization, residuals, k, gradient);
    let squares = 0;
    for (let c = 0; c < k; c++) {
      for (let j = 0; j < p; j++) {
        const w = x[c * (p + 1) + j]!;
        squares += w * w;
        gradient[c * (p + 1) + j]! += penalty * w;
      }
    }
    // averaged over rows so that the tolerance means the same for 100 rows and a million
    for (let i = 0; i < gradient.length; i++) gradient[i]! /= n;
    return (loss + 0.5 * penalty * squares) / n;
  };

  const result = minimizeLbfgs(objective, new Float64Array(k * (p + 1)), { maxIterations: params.maxIterations, gradientTolerance: params.tolerance });
  const coefficients = new Float64Array(p * k);
  const intercepts = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < p; j++) coefficients[j * k + c] = result.x[c * (p + 1) + j]!;
    intercepts[c] = result.x[c * (p + 1) + p]!;
  }
  return { kind: 'logistic-regression', classes, standardization, coefficients, intercepts, scoreCount: k, iterations: result.iterations, converged: result.converged };
}
