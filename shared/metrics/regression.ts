import type { MetricValues, RegressionInputs, RowWeights } from './types.js';

export const REGRESSION_METRIC_NAMES: readonly string[] = ['mae', 'rmse', 'r2', 'mape', 'explained_variance'];

/** scikit-learn's mean_absolute_percentage_error divides by max(|y|, float64 epsilon) */
const MAPE_EPSILON = Number.EPSILON;

/**
 * The per-row figures each metric averages, computed from the target and the prediction at every
 * call rather than kept: four float64 arrays a row would cost 32 bytes a row, and the arithmetic is
 * cheaper than reading them back. Each is the same double as before, so the sums are too.
 */
const ABSOLUTE = 0;
const SQUARED = 1;
const PERCENTAGE = 2;
const RESIDUAL = 3;
const TARGET = 4;
type RowFigure = typeof ABSOLUTE | typeof SQUARED | typeof PERCENTAGE | typeof RESIDUAL | typeof TARGET;

function rowFigure(figure: RowFigure, y: number, predicted: number): number {
  if (figure === TARGET) return y;
  const r = y - predicted;
  if (figure === RESIDUAL) return r;
  if (figure === SQUARED) return r * r;
  if (figure === ABSOLUTE) return Math.abs(r);
  return Math.abs(r) / Math.max(Math.abs(y), MAPE_EPSILON);
}

/** weightedMean of a row figure: Σ wᵢ·xᵢ / Σ wᵢ (the plain mean without weights) */
function meanOf(figure: RowFigure, { yTrue, yPred }: RegressionInputs, weights?: RowWeights): number {
  const n = yTrue.length;
  let sum = 0;
  if (!weights) {
    for (let i = 0; i < n; i++) sum += rowFigure(figure, yTrue[i]!, yPred[i]!);
    return n > 0 ? sum / n : NaN;
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    sum += w * rowFigure(figure, yTrue[i]!, yPred[i]!);
    total += w;
  }
  return total > 0 ? sum / total : NaN;
}

/** Σ w·(x − mean_w(x))² / Σ w of a row figure */
function varianceOf(figure: RowFigure, inputs: RegressionInputs, weights?: RowWeights): number {
  const { yTrue, yPred } = inputs;
  const mean = meanOf(figure, inputs, weights);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const w = weights ? weights[i]! : 1;
    const d = rowFigure(figure, yTrue[i]!, yPred[i]!) - mean;
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

export function regressionMetrics(inputs: RegressionInputs, wanted: ReadonlySet<string>, weights?: RowWeights): MetricValues {
  const all: Record<string, () => number> = {
    mae: () => meanOf(ABSOLUTE, inputs, weights),
    rmse: () => Math.sqrt(meanOf(SQUARED, inputs, weights)),
    mape: () => meanOf(PERCENTAGE, inputs, weights),
    // r2 = 1 − Σw·e² / Σw·(y − ȳ)²: both sides divided by Σw, the ratio is the same
    r2: () => explainedShare(meanOf(SQUARED, inputs, weights), varianceOf(TARGET, inputs, weights)),
    explained_variance: () => explainedShare(varianceOf(RESIDUAL, inputs, weights), varianceOf(TARGET, inputs, weights)),
  };
  const out: MetricValues = {};
  for (const name of REGRESSION_METRIC_NAMES) if (wanted.has(name)) out[name] = all[name]!();
  return out;
}
