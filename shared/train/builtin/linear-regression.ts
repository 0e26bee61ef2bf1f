import { UserError } from '../../errors.js';
import { solveSymmetric } from './symmetric-solve.js';
import { fitStandardization, type Standardization } from './standardize.js';
import { requireNoMissingFeatures, requireNumericTarget, type TrainingSet } from './training-set.js';

export interface LinearRegressionParams {
  /** ridge penalty on the raw-scale coefficients, as scikit-learn's Ridge(alpha); 0 is ordinary least squares */
  alpha: number;
}

export const defaultLinearRegressionParams: LinearRegressionParams = { alpha: 0 };

/** y ≈ intercept + Σ_j ((x_j − mean_j) / scale_j) · coefficients_j */
export interface LinearRegressionModel {
  kind: 'linear-regression';
  standardization: Standardization;
  coefficients: Float64Array;
  intercept: number;
  /** collinear features: the minimum-norm solution was taken */
  rankDeficient: boolean;
}

/** Rows handled per block when forming ZᵀZ: a block of standardized rows stays in cache. */
const BLOCK_ROWS = 2048;

/**
 * Least squares through the normal equations on standardized, centred features (which keeps
 * ZᵀZ well conditioned): one pass over the data, then a p × p solve.
 */
export function trainLinearRegression(set: TrainingSet, params: LinearRegressionParams = defaultLinearRegressionParams): LinearRegressionModel {
  if (!(params.alpha >= 0)) throw new UserError(`alpha must be zero or positive, got ${params.alpha}.`, 'params alpha', 'Set alpha ≥ 0 (0 is ordinary least squares).');
  requireNumericTarget(set, 'builtin:linear-regression');
  requireNoMissingFeatures(set, 'builtin:linear-regression');
  const standardization = fitStandardization(set.features);
  const { mean, scale } = standardization;
  const p = set.features.length;
  const n = set.rowCount;
  let targetSum = 0;
  for (let i = 0; i < n; i++) targetSum += set.target[i]!;
  const targetMean = targetSum / n;

  const gram = new Float64Array(p * p);
  const moment = new Float64Array(p);
  const block = new Float64Array(BLOCK_ROWS * p);
  for (let start = 0; start < n; start += BLOCK_ROWS) {
    const rows = Math.min(BLOCK_ROWS, n - start);
    for (let j = 0; j < p; j++) {
      const column = set.features[j]!;
      const m = mean[j]!;
      const inv = 1 / scale[j]!;
      for (let r = 0; r < rows; r++) block[r * p + j] = (column[start + r]! - m) * inv;
    }
    for (let r = 0; r < rows; r++) {
      const offset = r * p;
      const y = set.target[start + r]! - targetMean;
      for (let j = 0; j < p; j++) {
        const zj = block[offset + j]!;
        moment[j]! += zj * y;
        const row = j * p;
        for (let k = 0; k <= j; k++) gram[row + k]! += zj * block[offset + k]!;
      }
    }
  }
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < j; k++) gram[k * p + j] = gram[j * p + k]!;
    // alpha·‖w‖² on raw-scale weights w_j = v_j / scale_j becomes alpha / scale_j² on v_j
    gram[j * p + j]! += params.alpha / (scale[j]! * scale[j]!);
    // a constant column is all zeros once centred: pin its weight to 0 instead of calling it collinear
    if (gram[j * p + j] === 0) gram[j * p + j] = 1;
  }
  const { x, rankDeficient } = solveSymmetric(gram, moment, p);
  return { kind: 'linear-regression', standardization, coefficients: x, intercept: targetMean, rankDeficient };
}
