import type { ClassIndices, ClassificationInputs, MetricInputs, RegressionInputs, RowWeights } from './types.js';

/** The inputs of the given rows, in that order: a slice's own inputs, so its metrics cost O(its rows). */
export function inputsOfRows<T extends MetricInputs>(inputs: T, rows: Int32Array): T {
  if ('classCount' in inputs) {
    const k = inputs.classCount;
    const source = inputs.proba;
    let proba: Float32Array | Float64Array | undefined;
    if (source) {
      // as many columns as the source stores (storedColumns: one for a binary model's P(class 1) alone)
      const width = source.length / Math.max(1, inputs.yTrue.length);
      proba = source.BYTES_PER_ELEMENT === 4 ? new Float32Array(rows.length * width) : new Float64Array(rows.length * width);
      rows.forEach((row, j) => proba!.set(source.subarray(row * width, (row + 1) * width), j * width));
    }
    // the same width of class indices as the source
    const indices = (of: ClassIndices) => (of.BYTES_PER_ELEMENT === 1 ? Uint8Array.from(rows, (r) => of[r]!) : Int32Array.from(rows, (r) => of[r]!));
    const picked: ClassificationInputs = {
      classCount: k,
      yTrue: indices(inputs.yTrue),
      yPred: indices(inputs.yPred),
      ...(proba ? { proba } : {}),
    };
    return picked as T;
  }
  const yPred = inputs.yPred.BYTES_PER_ELEMENT === 4 ? Float32Array.from(rows, (r) => inputs.yPred[r]!) : Float64Array.from(rows, (r) => inputs.yPred[r]!);
  const picked: RegressionInputs = { yTrue: Float64Array.from(rows, (r) => inputs.yTrue[r]!), yPred };
  return picked as T;
}

/** The rows of positive weight in `mask` (a slice's 0/1 weights: its rows). */
export function countPositive(mask: RowWeights): number {
  let count = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]! > 0) count++;
  return count;
}

/** The row numbers of positive weight in `mask`, ascending (`count` of them, when already counted). */
export function rowsOfMask(mask: RowWeights, count = countPositive(mask)): Int32Array {
  const rows = new Int32Array(count);
  for (let i = 0, at = 0; at < count; i++) if (mask[i]! > 0) rows[at++] = i;
  return rows;
}
