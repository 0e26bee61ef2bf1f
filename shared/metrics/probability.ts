/**
 * Per-row pieces of the probability metrics. Each metric is then a weighted mean over rows, which
 * is computed once per model and reused by every bootstrap resample.
 */

const FLOAT32_EPSILON = 2 ** -23;

/**
 * -log of the probability of the true class, clipped to [eps, 1 - eps] with eps the machine epsilon
 * of the probabilities' type, as scikit-learn's log_loss does since 1.5 (no renormalisation of rows
 * that do not sum to 1; only the true class's probability enters).
 */
export function logLossPerRow(proba: Float32Array | Float64Array, yTrue: Int32Array, k: number): Float64Array {
  // BYTES_PER_ELEMENT rather than instanceof: arrays from onnxruntime's native side may come from another realm
  const single = proba.BYTES_PER_ELEMENT === 4;
  const eps = single ? FLOAT32_EPSILON : Number.EPSILON;
  const upper = single ? Math.fround(1 - eps) : 1 - eps;
  const loss = new Float64Array(yTrue.length);
  for (let i = 0; i < yTrue.length; i++) {
    const p = proba[i * k + yTrue[i]!]!;
    loss[i] = -Math.log(p < eps ? eps : p > upper ? upper : p);
  }
  return loss;
}

/** (1[y = 1] − p₁)², scikit-learn's brier_score_loss with pos_label 1 */
export function brierPerRow(proba: Float32Array | Float64Array, yTrue: Int32Array): Float64Array {
  const out = new Float64Array(yTrue.length);
  for (let i = 0; i < yTrue.length; i++) {
    const d = (yTrue[i] === 1 ? 1 : 0) - proba[2 * i + 1]!;
    out[i] = d * d;
  }
  return out;
}

export const CALIBRATION_BINS = 10;

/**
 * Expected calibration error: each row's confidence is its top class probability (the first
 * largest, on ties) and it is correct when that class is the true one. Rows fall into 10 bins of
 * equal width by confidence: [0, 0.1), [0.1, 0.2), ..., [0.9, 1.0]. Then
 * ECE = Σ_bins (weight in bin / total weight) · |accuracy in bin − mean confidence in bin|.
 */
export interface CalibrationRows {
  bin: Uint8Array;
  /** 1[top class is the true one] − confidence: a bin's weighted sum of these is its accuracy−confidence gap times its weight */
  gap: Float64Array;
}

export function calibrationRows(proba: Float32Array | Float64Array, yTrue: Int32Array, k: number): CalibrationRows {
  const n = yTrue.length;
  const bin = new Uint8Array(n);
  const gap = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let top = 0;
    for (let c = 1; c < k; c++) if (proba[i * k + c]! > proba[i * k + top]!) top = c;
    const confidence = proba[i * k + top]!;
    gap[i] = (top === yTrue[i] ? 1 : 0) - confidence;
    bin[i] = Math.min(Math.floor(confidence * CALIBRATION_BINS), CALIBRATION_BINS - 1);
  }
  return { bin, gap };
}
