import type { Standardization } from './standardize.js';

/**
 * z[c·n + i] = b_c + Σ_j ((x_ij − mean_j) / scale_j) · w_jc for each of k outputs, computed column
 * by column over the raw features so that no standardized copy of the data is ever made.
 * `weights` is laid out per output: [w_0c … w_(p−1)c, b_c] for c = 0..k−1.
 */
export function linearScores(features: Float64Array[], s: Standardization, weights: Float64Array, k: number, z: Float64Array): void {
  const p = features.length;
  const n = features[0]!.length;
  for (let c = 0; c < k; c++) {
    const base = c * (p + 1);
    let offset = weights[base + p]!;
    for (let j = 0; j < p; j++) offset -= (s.mean[j]! / s.scale[j]!) * weights[base + j]!;
    const zc = z.subarray(c * n, (c + 1) * n);
    zc.fill(offset);
    for (let j = 0; j < p; j++) {
      const w = weights[base + j]! / s.scale[j]!;
      if (w === 0) continue;
      const column = features[j]!;
      for (let i = 0; i < n; i++) zc[i]! += column[i]! * w;
    }
  }
}

/**
 * The gradient of Σ_i loss_i with respect to the weights, given the residuals r[c·n + i] = ∂loss_i/∂z_ic:
 * ∂/∂w_jc = Σ_i ((x_ij − mean_j) / scale_j) · r_ic and ∂/∂b_c = Σ_i r_ic.
 */
export function linearGradient(features: Float64Array[], s: Standardization, residuals: Float64Array, k: number, gradient: Float64Array): void {
  const p = features.length;
  const n = features[0]!.length;
  for (let c = 0; c < k; c++) {
    const rc = residuals.subarray(c * n, (c + 1) * n);
    let total = 0;
    for (let i = 0; i < n; i++) total += rc[i]!;
    const base = c * (p + 1);
    for (let j = 0; j < p; j++) {
      const column = features[j]!;
      let sum = 0;
      for (let i = 0; i < n; i++) sum += column[i]! * rc[i]!;
      gradient[base + j] = (sum - s.mean[j]! * total) / s.scale[j]!;
    }
    gradient[base + p] = total;
  }
}
