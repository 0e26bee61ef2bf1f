/** Distribution distances: Wasserstein-1 between samples, Jensen–Shannon and PSI between binned shares. */

/** ascending copy without NaN */
export function sortedValues(values: ArrayLike<number>): Float64Array {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (values[i]! === values[i]!) out.push(values[i]!);
  return Float64Array.from(out).sort();
}

/**
 * First Wasserstein distance between two samples (scipy.stats.wasserstein_distance): the area
 * between their empirical CDFs. Inputs must be sorted ascending.
 */
export function wassersteinDistance(u: Float64Array, v: Float64Array): number {
  const nu = u.length;
  const nv = v.length;
  let i = 0;
  let j = 0;
  let area = 0;
  let prev = Math.min(u[0]!, v[0]!);
  while (i < nu || j < nv) {
    const x = j >= nv || (i < nu && u[i]! <= v[j]!) ? u[i]! : v[j]!;
    area += Math.abs(i / nu - j / nv) * (x - prev);
    prev = x;
    while (i < nu && u[i] === x) i++;
    while (j < nv && v[j] === x) j++;
  }
  return area;
}

/** Jensen–Shannon distance (scipy.spatial.distance.jensenshannon): shares are normalised first */
export function jensenShannonDistance(p: number[], q: number[], base = 2): number {
  const ps = total(p);
  const qs = total(q);
  let divergence = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i]! / ps;
    const b = q[i]! / qs;
    const m = (a + b) / 2;
    if (a > 0) divergence += a * Math.log(a / m);
    if (b > 0) divergence += b * Math.log(b / m);
  }
  return Math.sqrt(Math.max(divergence / 2, 0) / Math.log(base));
}

/** population stability index over shares that are already free of zeros */
export function populationStabilityIndex(reference: number[], current: number[]): number {
  let psi = 0;
  for (let i = 0; i < reference.length; i++) psi += (reference[i]! - current[i]!) * Math.log(reference[i]! / current[i]!);
  return psi;
}

function total(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
