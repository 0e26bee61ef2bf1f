import { unionKeys } from './chi-square.js';

/**
 * Shares per bin as Evidently's get_binned_data makes them: numeric columns with more than 20
 * distinct reference values get Sturges equal-width bins over both samples; the others one bin per
 * value. With `fillZeros`, empty bins get a small share so that logarithms stay finite (PSI).
 */
export function binnedShares(reference: Float64Array, current: Float64Array, fillZeros: boolean): { reference: number[]; current: number[] } {
  if (distinctCount(reference) > 20) {
    const n = reference.length + current.length;
    const lo = Math.min(reference[0]!, current[0]!);
    const hi = Math.max(reference[reference.length - 1]!, current[current.length - 1]!);
    const bins = Math.ceil(Math.log2(n) + 1);
    const r = histogramShares(reference, lo, hi, bins);
    const c = histogramShares(current, lo, hi, bins);
    return fillZeros ? { reference: fillEmpty(r), current: fillEmpty(c) } : { reference: r, current: c };
  }
  return categoryShares(countValues(reference), countValues(current), fillZeros);
}

export function categoryShares(reference: Map<string, number>, current: Map<string, number>, fillZeros: boolean): { reference: number[]; current: number[] } {
  const keys = unionKeys(reference, current);
  const rt = total(reference);
  const ct = total(current);
  const r = keys.map((k) => (reference.get(k) ?? 0) / rt);
  const c = keys.map((k) => (current.get(k) ?? 0) / ct);
  return fillZeros ? { reference: fillEmpty(r), current: fillEmpty(c) } : { reference: r, current: c };
}

/**
 * Shares of `bins` equal-width bins on [lo, hi] with numpy's edges (lo + k·step, the last exactly hi)
 * and numpy.histogram's rule for given edges: edges[k] ≤ v < edges[k+1], the last bin closed.
 */
function histogramShares(sorted: Float64Array, lo: number, hi: number, bins: number): number[] {
  const step = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, k) => (k === bins ? hi : k * step + lo));
  const counts = new Array<number>(bins).fill(0);
  for (const v of sorted) {
    if (v < lo || v > hi) continue;
    let low = 0;
    let high = bins; // find the last edge ≤ v
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (edges[mid]! <= v) low = mid;
      else high = mid - 1;
    }
    counts[Math.min(low, bins - 1)]!++;
  }
  return counts.map((c) => c / sorted.length);
}

function fillEmpty(shares: number[]): number[] {
  const nonZero = shares.filter((s) => s > 0);
  if (nonZero.length === 0) return shares;
  const smallest = Math.min(...nonZero);
  const fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
  return shares.map((s) => (s === 0 ? fill : s));
}

function distinctCount(sorted: Float64Array): number {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) n++;
  return n;
}

function countValues(values: Float64Array): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(String(v), (m.get(String(v)) ?? 0) + 1);
  return m;
}

function total(m: Map<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}
