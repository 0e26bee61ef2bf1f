/** Column means and standard deviations (population, as scikit-learn's StandardScaler). */
export interface Standardization {
  mean: Float64Array;
  scale: Float64Array;
}

export function fitStandardization(features: Float64Array[]): Standardization {
  const p = features.length;
  const mean = new Float64Array(p);
  const scale = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const column = features[j]!;
    const n = column.length;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += column[i]!;
    const m = sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const d = column[i]! - m;
      squares += d * d;
    }
    const sd = Math.sqrt(squares / n);
    mean[j] = m;
    // a constant column would divide by zero; scaling it by 1 leaves it at 0 after centring
    scale[j] = sd > 1e-12 * Math.max(1, Math.abs(m)) ? sd : 1;
  }
  return { mean, scale };
}
