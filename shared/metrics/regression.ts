import type { MetricValues, RegressionInputs } from './types.js';
import { weightedMean } from './weighted-mean.js';

export const REGRESSION_METRIC_NAMES: readonly string[] = ['mae', 'rmse', 'r2', 'mape', 'explained_variance'];

/** scikit-learn's mean_absolute_percentage_error divides by max(|y|, float64 epsilon) */
const MAPE_EPSILON = Number.EPSILON;

/** Per-row errors computed once; each evaluation (each bootstrap resample) weighs them. */
export interface RegressionRows {
  yTrue: Float64Array;
  residual: Float64Array;
  absolute: Float64Array;
  squared: Float64Array;
  percentage: Float64Array;
}

export function regressionRows({ yTrue, yPred }: RegressionInputs): RegressionRows {
  const n = yTrue.length;
  const residual = new Float64Array(n);
  const absolute = new Float64Array(n);
  const squared = new Float64Array(n);
  const percentage = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = yTrue[i]! - yPred[i]!;
    residual[i] = r;
    absolute[i] = Math.abs(r);
    squared[i] = r * r;
    percentage[i] = Math.abs(r) / Math.max(Math.abs(yTrue[i]!), MAPE_EPSILON);
  }
  return { yTrue, residual, absolute, squared, percentage };
}

/** Σ w·(x − mean_w(x))² / Σ w */
function weightedVariance(values: Float64Array, weights?: Float64Array): number {
  const mean = weightedMean(values, weights);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights ? weights[i]! : 1;
    const d = values[i]! - mean;
    sum += w * d * d;
    total += w;
  }
  return sum / total;
}

/**
 * 1 − unexplained / total, with scikit-learn's force_finite rules: a perfect fit scores 1 even on a
 * constant target, and an imperfect fit of a constant target scores 0 instead of −∞.
 */
function explainedShare(unexplained: number, total: number): number {
  if (Number.isNaN(unexplained) || Number.isNaN(total)) return NaN;
  if (unexplained === 0) return 1;
  if (total === 0) return 0;
  return 1 - unexplained / total;
}

export function regressionMetrics(rows: RegressionRows, wanted: ReadonlySet<string>, weights?: Float64Array): MetricValues {
  const all: Record<string, () => number> = {
    mae: () => weightedMean(rows.absolute, weights),
    rmse: () => Math.sqrt(weightedMean(rows.squared, weights)),
    mape: () => weightedMean(rows.percentage, weights),
    // r2 = 1 − Σw·e² / Σw·(y − ȳ)²: both sides divided by Σw, the ratio is the same
    r2: () => explainedShare(weightedMean(rows.squared, weights), weightedVariance(rows.yTrue, weights)),
    explained_variance: () => explainedShare(weightedVariance(rows.residual, weights), weightedVariance(rows.yTrue, weights)),
  };
  const out: MetricValues = {};
  for (const name of REGRESSION_METRIC_NAMES) if (wanted.has(name)) out[name] = all[name]!();
  return out;
}
