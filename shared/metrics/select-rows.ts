import type { ClassificationInputs, MetricInputs, RegressionInputs } from './types.js';

/** The inputs of the given rows, in that order: a slice's own inputs, so its metrics cost O(its rows). */
export function inputsOfRows<T extends MetricInputs>(inputs: T, rows: Int32Array): T {
  if ('classCount' in inputs) {
    const k = inputs.classCount;
    const source = inputs.proba;
    let proba: Float32Array | Float64Array | undefined;
    if (source) {
      proba = source.BYTES_PER_ELEMENT === 4 ? new Float32Array(rows.length * k) : new Float64Array(rows.length * k);
      rows.forEach((row, j) => proba!.set(source.subarray(row * k, (row + 1) * k), j * k));
    }
    const picked: ClassificationInputs = {
      classCount: k,
      yTrue: Int32Array.from(rows, (r) => inputs.yTrue[r]!),
      yPred: Int32Array.from(rows, (r) => inputs.yPred[r]!),
      ...(proba ? { proba } : {}),
    };
    return picked as T;
  }
  const yPred = inputs.yPred.BYTES_PER_ELEMENT === 4 ? Float32Array.from(rows, (r) => inputs.yPred[r]!) : Float64Array.from(rows, (r) => inputs.yPred[r]!);
  const picked: RegressionInputs = { yTrue: Float64Array.from(rows, (r) => inputs.yTrue[r]!), yPred };
  return picked as T;
}
