import { binFeatures } from '../../shared/train/builtin/binning.js';
import { createHistogramBuilder, sharedFloat64, sharedUint32 } from '../../shared/train/builtin/histogram-builder.js';

test('histograms built across worker threads hold the same sums as a direct count', async () => {
  // large enough (≥ 4M cells, ≥ 65,536 rows per build) for the builder to hand rows to a worker
  const rows = 300_000;
  const p = 16;
  let seed = 7;
  const uniform = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
  const features = Array.from({ length: p }, (_, f) => Float64Array.from({ length: rows }, () => (f % 4 === 0 && uniform() < 0.05 ? NaN : Math.floor(uniform() * 50))));
  const data = binFeatures(features);
  const gradients = sharedFloat64(rows);
  const hessians = sharedFloat64(rows);
  for (let r = 0; r < rows; r++) {
    gradients[r] = uniform() - 0.5;
    hessians[r] = uniform();
  }
  const order = sharedUint32(rows);
  // a leaf's rows: every third row, from row 10 on
  let count = 0;
  for (let r = 10; r < rows; r += 3) order[count++] = r;

  const builder = createHistogramBuilder(data, gradients, hessians, order, 2);
  const histogram = new Float64Array(p * 256 * 2);
  try {
    builder.build(0, count, histogram);
  } finally {
    await builder.close();
  }

  // the direct count: each row's gradient and hessian into its bin, feature by feature
  const expected = new Float64Array(p * 256 * 2);
  for (let i = 0; i < count; i++) {
    const r = order[i]!;
    for (let f = 0; f < p; f++) {
      const x = features[f]![r]!;
      const bin = Number.isNaN(x) ? 0 : data.upperEdges[f]!.indexOf(x) + 1;
      expected[(f * 256 + bin) * 2] += gradients[r]!;
      expected[(f * 256 + bin) * 2 + 1] += hessians[r]!;
    }
  }
  let largestDifference = 0;
  for (let i = 0; i < expected.length; i++) largestDifference = Math.max(largestDifference, Math.abs(histogram[i]! - expected[i]!));
  expect(largestDifference).toBeLessThan(1e-6);
  expect(histogram.some((v) => v !== 0)).toBe(true);
});
