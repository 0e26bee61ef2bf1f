/**
 * The probability metrics, each a weighted mean over rows computed straight from the
 * probabilities: no per-row arrays unless the caller asks for many weightings (the bootstrap), and
 * then only the log loss's, whose logarithm would otherwise be taken again for every resample.
 *
 * `proba` is row-major n × k, or for a binary task one column, P(class 1), with P(class 0) its
 * complement in the array's precision (what evaluate-gate keeps of a binary model whose two
 * columns are complements to the bit: the usual exporters compute them so).
 */
import type { ClassIndices, RowWeights } from './types.js';

const FLOAT32_EPSILON = 2 ** -23;

/** columns stored per row: k, or 1 for a binary model's P(class 1) alone */
export function storedColumns(proba: Float32Array | Float64Array, n: number, k: number): number {
  return k === 2 && n > 0 && proba.length === n ? 1 : k;
}

/** P(class c) at `row` of `proba` with `width` columns stored (see storedColumns) */
function probabilityOf(proba: Float32Array | Float64Array, width: number, row: number, c: number): number {
  if (width !== 1) return proba[row * width + c]!;
  const p = proba[row]!;
  if (c === 1) return p;
  return proba.BYTES_PER_ELEMENT === 4 ? Math.fround(1 - p) : 1 - p;
}

/**
 * -log of the probability of the true class, clipped to [eps, 1 - eps] with eps the machine epsilon
 * of the probabilities' type, as scikit-learn's log_loss does since 1.5 (no renormalisation of rows
 * that do not sum to 1; only the true class's probability enters).
 */
function clippedLogLoss(proba: Float32Array | Float64Array) {
  // BYTES_PER_ELEMENT rather than instanceof: arrays from onnxruntime's native side may come from another realm
  const single = proba.BYTES_PER_ELEMENT === 4;
  const eps = single ? FLOAT32_EPSILON : Number.EPSILON;
  const upper = single ? Math.fround(1 - eps) : 1 - eps;
  return (p: number) => -Math.log(p < eps ? eps : p > upper ? upper : p);
}

export function logLossPerRow(proba: Float32Array | Float64Array, yTrue: ClassIndices, k: number): Float64Array {
  const loss = clippedLogLoss(proba);
  const width = storedColumns(proba, yTrue.length, k);
  const out = new Float64Array(yTrue.length);
  for (let i = 0; i < yTrue.length; i++) out[i] = loss(probabilityOf(proba, width, i, yTrue[i]!));
  return out;
}

/** the weighted mean of logLossPerRow, without the array: the same sums in the same order (weightedMean) */
export function logLoss(proba: Float32Array | Float64Array, yTrue: ClassIndices, k: number, weights?: RowWeights): number {
  const width = storedColumns(proba, yTrue.length, k);
  const n = yTrue.length;
  if (!weights) return n > 0 ? logLossSum(proba, width, yTrue, 0) / n : NaN;
  const loss = clippedLogLoss(proba);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    sum += w * loss(probabilityOf(proba, width, i, yTrue[i]!));
    total += w;
  }
  return total > 0 ? sum / total : NaN;
}

/**
 * `sum` plus the log loss of every row of `proba` (`width` columns stored, see storedColumns), in
 * row order: the unweighted logLoss's sum, which a stream adds up batch by batch
 * (StreamingProbabilityFigures) to the same double.
 */
export function logLossSum(proba: Float32Array | Float64Array, width: number, yTrue: ClassIndices, sum: number): number {
  const loss = clippedLogLoss(proba);
  for (let i = 0; i < yTrue.length; i++) sum += loss(probabilityOf(proba, width, i, yTrue[i]!));
  return sum;
}

/** mean of (1[y = 1] − p₁)², scikit-learn's brier_score_loss with pos_label 1 */
export function brier(proba: Float32Array | Float64Array, yTrue: ClassIndices, weights?: RowWeights): number {
  const width = storedColumns(proba, yTrue.length, 2);
  const n = yTrue.length;
  if (!weights) return n > 0 ? brierSum(proba, width, yTrue, 0) / n : NaN;
  let sum = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const d = (yTrue[i] === 1 ? 1 : 0) - probabilityOf(proba, width, i, 1);
    const w = weights[i]!;
    sum += w * (d * d);
    total += w;
  }
  return total > 0 ? sum / total : NaN;
}

/** `sum` plus every row's (1[y = 1] − p₁)², in row order (see logLossSum) */
export function brierSum(proba: Float32Array | Float64Array, width: number, yTrue: ClassIndices, sum: number): number {
  for (let i = 0; i < yTrue.length; i++) {
    const d = (yTrue[i] === 1 ? 1 : 0) - probabilityOf(proba, width, i, 1);
    sum += d * d;
  }
  return sum;
}

export const CALIBRATION_BINS = 10;

/**
 * Expected calibration error: each row's confidence is its top class probability (the first
 * largest, on ties) and it is correct when that class is the true one. Rows fall into 10 bins of
 * equal width by confidence: [0, 0.1), [0.1, 0.2), ..., [0.9, 1.0]. Then
 * ECE = Σ_bins (weight in bin / total weight) · |accuracy in bin − mean confidence in bin|
 *     = Σ_bins |Σ_{i in b} wᵢ·gapᵢ| / W, with gapᵢ = 1[top class is the true one] − confidence.
 */
export function expectedCalibrationError(proba: Float32Array | Float64Array, yTrue: ClassIndices, k: number, weights?: RowWeights): number {
  const n = yTrue.length;
  const width = storedColumns(proba, n, k);
  const binGap = new Float64Array(CALIBRATION_BINS);
  const total = weights ? calibrationGaps(proba, width, yTrue, k, binGap, weights) : (calibrationGaps(proba, width, yTrue, k, binGap), n);
  return calibrationError(binGap, total);
}

/** ECE from each bin's summed gaps and the rows' total weight */
export function calibrationError(binGap: Float64Array, total: number): number {
  let sum = 0;
  for (let b = 0; b < CALIBRATION_BINS; b++) sum += Math.abs(binGap[b]!);
  return total > 0 ? sum / total : NaN;
}

/**
 * Adds each row's (weighted) gap to its confidence bin's sum in `binGap`, in row order (a stream
 * adds batch after batch into the same bins: StreamingProbabilityFigures); returns the rows' total
 * weight (0 without weights).
 */
export function calibrationGaps(proba: Float32Array | Float64Array, width: number, yTrue: ClassIndices, k: number, binGap: Float64Array, weights?: RowWeights): number {
  const n = yTrue.length;
  let total = 0;
  const single = proba.BYTES_PER_ELEMENT === 4;
  for (let i = 0; i < n; i++) {
    let top = 0;
    let confidence: number;
    if (width === 1) {
      // P(class 1) alone: the loop below, for two classes, without a call per class
      const p = proba[i]!;
      const negative = single ? Math.fround(1 - p) : 1 - p;
      top = p > negative ? 1 : 0;
      confidence = top === 1 ? p : negative;
    } else {
      confidence = proba[i * width]!;
      for (let c = 1; c < k; c++) {
        const p = proba[i * width + c]!;
        if (p > confidence) {
          top = c;
          confidence = p;
        }
      }
    }
    const gap = (top === yTrue[i] ? 1 : 0) - confidence;
    const bin = Math.min(Math.floor(confidence * CALIBRATION_BINS), CALIBRATION_BINS - 1);
    if (weights) {
      binGap[bin] += weights[i]! * gap;
      total += weights[i]!;
    } else binGap[bin] += gap;
  }
  return total;
}
