/**
 * Count, mean, sum of squared deviations (M2), min and max of numbers, merged with Chan et al.'s
 * parallel formula so that shards combine into the same values as one pass (to rounding).
 */
export interface Moments {
  n: number;
  mean: number;
  m2: number;
  min: number;
  max: number;
}

export function emptyMoments(): Moments {
  return { n: 0, mean: 0, m2: 0, min: Infinity, max: -Infinity };
}

/** moments of the non-NaN values of `values`, in two passes for accuracy */
export function momentsOf(values: ArrayLike<number>): Moments {
  sumPass(values);
  const n = pass[0]!;
  if (n === 0) return emptyMoments();
  const min = pass[2]!;
  const max = pass[3]!;
  const mean = pass[1]! / n;
  deviationPass(values, mean);
  return correctedMoments(n, mean, pass[0]!, pass[1]!, min, max);
}

/**
 * The moments from the two passes (count, sum, min and max; then the squared deviations from
 * `mean` and their sum, the drift): the corrected two-pass formula removes the rounding error
 * left in the mean. Shared by momentsOf and the WebAssembly kernel (column-kernel.ts).
 */
export function correctedMoments(n: number, mean: number, m2: number, drift: number, min: number, max: number): Moments {
  return { n, mean: mean + drift / n, m2: m2 - (drift * drift) / n, min, max };
}

// Each pass is a function of its own, answering in `pass`: V8 compiles a long loop while it runs
// (on-stack replacement), and a function that ran on from its first loop into code not yet run
// was thrown back to the interpreter on most batches (measured: 210 times in 630 batches).
const pass = new Float64Array(4);

/** count, sum, min and max of the non-NaN values, into pass[0..3] */
function sumPass(values: ArrayLike<number>): void {
  let n = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v) continue;
    n++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  pass[0] = n;
  pass[1] = sum;
  pass[2] = min;
  pass[3] = max;
}

/** the sum of squared deviations from `mean` and the sum of the deviations, into pass[0..1] */
function deviationPass(values: ArrayLike<number>, mean: number): void {
  let m2 = 0;
  let drift = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v) continue;
    const d = v - mean;
    m2 += d * d;
    drift += d;
  }
  pass[0] = m2;
  pass[1] = drift;
}

export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.n === 0) return { ...b };
  if (b.n === 0) return { ...a };
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return {
    n,
    mean: a.mean + (delta * b.n) / n,
    m2: a.m2 + b.m2 + ((delta * delta * a.n) / n) * b.n,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
  };
}

/** sample standard deviation (ddof = 1, as pandas' describe); undefined below two values */
export function sampleStd(m: Moments): number | undefined {
  return m.n > 1 ? Math.sqrt(Math.max(m.m2, 0) / (m.n - 1)) : undefined;
}

/** population standard deviation (ddof = 0, as numpy's std; Evidently normalises Wasserstein by it) */
export function populationStd(m: Moments): number | undefined {
  return m.n > 0 ? Math.sqrt(Math.max(m.m2, 0) / m.n) : undefined;
}
