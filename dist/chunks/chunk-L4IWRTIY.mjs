import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  chiSquareSurvival
} from "./chunk-MQ7BAUGH.mjs";

// shared/validate/drift/chi-square.ts
function chiSquareTest(observed, expected) {
  let statistic = 0;
  for (let i = 0; i < observed.length; i++) {
    const e = expected[i];
    const d = observed[i] - e;
    statistic += e === 0 ? d === 0 ? 0 : Infinity : d * d / e;
  }
  const dof = observed.length - 1;
  if (dof < 1) return { statistic, pValue: 1 };
  return { statistic, pValue: statistic === Infinity ? 0 : chiSquareSurvival(statistic, dof) };
}
function chiSquareDrift(reference, current) {
  const keys = unionKeys(reference, current);
  const refTotal = sum(reference.values());
  const curTotal = sum(current.values());
  const scale = curTotal / refTotal;
  return chiSquareTest(
    keys.map((k) => current.get(k) ?? 0),
    keys.map((k) => (reference.get(k) ?? 0) * scale)
  );
}
function unionKeys(a, b) {
  return [.../* @__PURE__ */ new Set([...a.keys(), ...b.keys()])].sort();
}
function sum(values) {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

// shared/validate/drift/binning.ts
function binnedShares(reference, current, fillZeros) {
  if (distinctCount(reference) > 20) {
    const n = reference.length + current.length;
    const lo = Math.min(reference[0], current[0]);
    const hi = Math.max(reference[reference.length - 1], current[current.length - 1]);
    const bins = Math.ceil(Math.log2(n) + 1);
    const r = histogramShares(reference, lo, hi, bins);
    const c = histogramShares(current, lo, hi, bins);
    return fillZeros ? { reference: fillEmpty(r), current: fillEmpty(c) } : { reference: r, current: c };
  }
  return categoryShares(countValues(reference), countValues(current), fillZeros);
}
function categoryShares(reference, current, fillZeros) {
  const keys = unionKeys(reference, current);
  const rt = total(reference);
  const ct = total(current);
  const r = keys.map((k) => (reference.get(k) ?? 0) / rt);
  const c = keys.map((k) => (current.get(k) ?? 0) / ct);
  return fillZeros ? { reference: fillEmpty(r), current: fillEmpty(c) } : { reference: r, current: c };
}
function histogramShares(sorted, lo, hi, bins) {
  const step = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, k) => k === bins ? hi : k * step + lo);
  const counts = new Array(bins).fill(0);
  for (const v of sorted) {
    if (v < lo || v > hi) continue;
    let low = 0;
    let high = bins;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (edges[mid] <= v) low = mid;
      else high = mid - 1;
    }
    counts[Math.min(low, bins - 1)]++;
  }
  return counts.map((c) => c / sorted.length);
}
function fillEmpty(shares) {
  const nonZero = shares.filter((s) => s > 0);
  if (nonZero.length === 0) return shares;
  const smallest = Math.min(...nonZero);
  const fill = smallest <= 1e-4 ? smallest / 1e6 : 1e-4;
  return shares.map((s) => s === 0 ? fill : s);
}
function distinctCount(sorted) {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) n++;
  return n;
}
function countValues(values) {
  const m = /* @__PURE__ */ new Map();
  for (const v of values) m.set(String(v), (m.get(String(v)) ?? 0) + 1);
  return m;
}
function total(m) {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}

// shared/validate/drift/distances.ts
function sortedValues(values) {
  const out = [];
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) out.push(values[i]);
  return Float64Array.from(out).sort();
}
function wassersteinDistance(u, v) {
  const nu = u.length;
  const nv = v.length;
  let i = 0;
  let j = 0;
  let area = 0;
  let prev = Math.min(u[0], v[0]);
  while (i < nu || j < nv) {
    const x = j >= nv || i < nu && u[i] <= v[j] ? u[i] : v[j];
    area += Math.abs(i / nu - j / nv) * (x - prev);
    prev = x;
    while (i < nu && u[i] === x) i++;
    while (j < nv && v[j] === x) j++;
  }
  return area;
}
function jensenShannonDistance(p, q, base = 2) {
  const ps = total2(p);
  const qs = total2(q);
  let divergence = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i] / ps;
    const b = q[i] / qs;
    const m = (a + b) / 2;
    if (a > 0) divergence += a * Math.log(a / m);
    if (b > 0) divergence += b * Math.log(b / m);
  }
  return Math.sqrt(Math.max(divergence / 2, 0) / Math.log(base));
}
function populationStabilityIndex(reference, current) {
  let psi = 0;
  for (let i = 0; i < reference.length; i++) psi += (reference[i] - current[i]) * Math.log(reference[i] / current[i]);
  return psi;
}
function total2(values) {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

export {
  chiSquareDrift,
  binnedShares,
  categoryShares,
  sortedValues,
  wassersteinDistance,
  jensenShannonDistance,
  populationStabilityIndex
};
