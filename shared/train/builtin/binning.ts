/**
 * Histogram binning, as LightGBM and scikit-learn's HistGradientBoosting do it: each feature's
 * values are cut into at most 254 bins at quantiles of a sample, so that a split search scans bins
 * instead of sorted rows. Bin 0 holds missing values; bin b ≥ 1 holds x ≤ upperEdges[b − 1].
 *
 * Edges are float32 values and rows are binned by their float32 value: the exported ONNX trees
 * compare float32 inputs with float32 thresholds, so training and inference route every row alike.
 */
export interface BinnedFeatures {
  /**
   * Row-major, one byte per cell, each row padded to a multiple of four bytes so that histogram
   * building reads four bins per 32-bit load (`rowWords` words per row). A million × 30 rows take
   * 32 MB, and a row's bins share a cache line.
   */
  rowBins: Uint32Array;
  rowWords: number;
  /** the same bins per feature, for splitting a leaf's rows by one feature with sequential reads */
  columnBins: Uint8Array[];
  featureCount: number;
  rowCount: number;
  /** per feature, the upper edge of bins 1..m (m = edges.length); the last edge is the largest value seen */
  upperEdges: Float32Array[];
}

export const MAX_BINS = 255;
/** bin slots per feature in a histogram: one for missing plus up to 254 value bins */
export const BIN_SLOTS = 256;
// 100,000 values per feature place 254 quantile edges well enough, and sorting more costs seconds
const SAMPLE_ROWS = 100_000;

export function binFeatures(features: Float64Array[], maxBins = MAX_BINS): BinnedFeatures {
  const rowCount = features[0]!.length;
  const featureCount = features.length;
  const rowWords = (featureCount + 3) >> 2;
  // shared, so that histogram workers read the same bytes without a copy
  const buffer = new SharedArrayBuffer(rowCount * rowWords * 4);
  const bins = new Uint8Array(buffer);
  const stride = rowWords * 4;
  const upperEdges: Float32Array[] = [];
  const columnBins: Uint8Array[] = [];
  for (let f = 0; f < featureCount; f++) {
    const column = features[f]!;
    const edges = quantileEdges(column, Math.min(maxBins, MAX_BINS) - 1);
    upperEdges.push(edges);
    const last = edges.length - 1;
    const binsOfColumn = new Uint8Array(rowCount);
    columnBins.push(binsOfColumn);
    for (let i = 0, o = f; i < rowCount; i++, o += stride) {
      const x = Math.fround(column[i]!);
      if (x !== x) continue; // NaN stays in bin 0
      // first edge ≥ x, by binary search; values above the sampled maximum join the last bin
      let lo = 0;
      let hi = last;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (edges[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      bins[o] = binsOfColumn[i] = lo + 1;
    }
  }
  return { rowBins: new Uint32Array(buffer), rowWords, columnBins, featureCount, rowCount, upperEdges };
}

function quantileEdges(column: Float64Array, maxEdges: number): Float32Array {
  const n = column.length;
  const stride = Math.max(1, Math.floor(n / SAMPLE_ROWS));
  const sample: number[] = [];
  for (let i = 0; i < n; i += stride) {
    const x = Math.fround(column[i]!);
    if (x === x) sample.push(x);
  }
  // the largest value must be an edge even when the stride skipped it
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (column[i]! > max) max = column[i]!;
  if (max !== -Infinity) sample.push(Math.fround(max));
  if (sample.length === 0) return Float32Array.of(0);
  const sorted = Float64Array.from(sample).sort();
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]!);
  if (distinct.length <= maxEdges) return Float32Array.from(distinct);
  const edges: number[] = [];
  for (let q = 1; q <= maxEdges; q++) {
    const value = sorted[Math.min(sorted.length - 1, Math.ceil((q * sorted.length) / maxEdges) - 1)]!;
    if (edges.length === 0 || value > edges[edges.length - 1]!) edges.push(value);
  }
  if (edges[edges.length - 1]! < distinct[distinct.length - 1]!) edges.push(distinct[distinct.length - 1]!);
  return Float32Array.from(edges);
}
