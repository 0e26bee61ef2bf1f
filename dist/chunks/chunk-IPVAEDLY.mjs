import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  binnedShares,
  categoryShares,
  chiSquareDrift,
  jensenShannonDistance,
  populationStabilityIndex,
  sortedValues,
  wassersteinDistance
} from "./chunk-L4IWRTIY.mjs";
import {
  logGamma
} from "./chunk-MQ7BAUGH.mjs";

// shared/validate/drift/kolmogorov-distribution.ts
function kolmogorovSurvival(n, x) {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    return clip(1 - Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1)));
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSurvival(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 4) return clip(1 - durbinCdf(n, x));
    return clip(2 * smirnovSurvival(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip(2 * smirnovSurvival(n, x));
  if (n <= 1e5 && n * x ** 1.5 <= 1.4) return clip(1 - durbinCdf(n, x));
  return clip(1 - pelzGoodCdf(n, x));
}
function clip(p) {
  return Math.min(1, Math.max(0, p));
}
function logFactorialOverPower(n) {
  return logGamma(n + 1) - n * Math.log(n);
}
function smirnovSurvival(n, x) {
  const last = Math.floor(n * (1 - x) + 1e-12);
  const logNFact = logGamma(n + 1);
  let sum = 0;
  for (let j = 0; j <= last; j++) {
    const a = 1 - x - j / n;
    if (a <= 0) break;
    const logTerm = logNFact - logGamma(j + 1) - logGamma(n - j + 1) + (n - j) * Math.log(a) + (j - 1) * Math.log(x + j / n);
    sum += Math.exp(logTerm);
  }
  return x * sum;
}
function durbinCdf(n, x) {
  const nd = n * x;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const H = new Float64Array(m * m);
  const inverseFactorial = [1];
  for (let i = 1; i <= m; i++) inverseFactorial.push(inverseFactorial[i - 1] / i);
  for (let r = 0; r < m; r++) for (let c = 1; c <= Math.min(r + 1, m - 1); c++) H[r * m + c] = inverseFactorial[r - c + 1];
  for (let i = 1; i <= m; i++) {
    const edge = (1 - h ** i) * inverseFactorial[i];
    H[(i - 1) * m] = edge;
    H[(m - 1) * m + (m - i)] = edge;
  }
  H[(m - 1) * m] = (1 - 2 * h ** m + Math.max(0, 2 * h - 1) ** m) * inverseFactorial[m];
  const SCALE_EXP = 128;
  const SCALE = 2 ** SCALE_EXP;
  let power;
  let powerExp = 0;
  let base = H;
  let baseExp = 0;
  for (let e = n; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) {
      power = power ? multiply(power, base, m) : base.slice();
      powerExp += baseExp;
      if (Math.abs(power[(k - 1) * m + (k - 1)]) > SCALE) {
        scaleDown(power, SCALE);
        powerExp += SCALE_EXP;
      }
    }
    if (e > 1) {
      base = multiply(base, base, m);
      baseExp *= 2;
      if (Math.abs(base[(k - 1) * m + (k - 1)]) > SCALE) {
        scaleDown(base, SCALE);
        baseExp += SCALE_EXP;
      }
    }
  }
  let p = power[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = p * i / n;
    if (Math.abs(p) < 1 / SCALE) {
      p *= SCALE;
      powerExp -= SCALE_EXP;
    }
  }
  return clip(p * 2 ** powerExp);
}
function multiply(a, b, m) {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let l = 0; l < m; l++) {
      const ail = a[i * m + l];
      if (ail === 0) continue;
      const row = l * m;
      const at = i * m;
      for (let j = 0; j < m; j++) out[at + j] += ail * b[row + j];
    }
  }
  return out;
}
function scaleDown(a, by) {
  for (let i = 0; i < a.length; i++) a[i] /= by;
}
function pelzGoodCdf(n, x) {
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const pi2 = Math.PI ** 2;
  const qLog = -pi2 / 8 / z2;
  if (qLog < -745) return 0;
  const sqrt2pi = Math.sqrt(2 * Math.PI);
  const terms = Math.ceil(16 * z / Math.PI);
  const K = [0, 0, 0, 0];
  for (let k = 1; k <= terms; k++) {
    const odd = 2 * k - 1;
    const o2 = odd * odd;
    const w = Math.exp(qLog * o2);
    K[0] += w;
    K[1] += w * (pi2 * o2 / 4 - z2);
    K[2] += w * (6 * z2 ** 3 + 2 * z2 * z2 + pi2 / 4 * (2 * z2 * z2 - 5 * z2) * o2 + pi2 * pi2 / 16 * (1 - 2 * z2) * o2 * o2);
    K[3] += w * (-30 * z2 ** 3 - 90 * z2 ** 4 + pi2 / 4 * (135 * z2 * z2 - 96 * z2 ** 3) * o2 + pi2 * pi2 / 16 * (212 * z2 * z2 - 60 * z2) * o2 * o2 + pi2 ** 3 / 64 * (5 - 30 * z2) * o2 ** 3);
  }
  K[0] *= sqrt2pi / z;
  K[1] *= sqrt2pi / (6 * z2 * z2);
  K[2] *= sqrt2pi / (72 * z2 ** 3 * z);
  K[3] *= sqrt2pi / (6480 * z2 ** 5);
  let k2Extra = 0;
  let k3Extra = 0;
  for (let k = 1; k <= terms; k++) {
    const k2 = k * k;
    const w = Math.exp(-pi2 / 2 / z2 * k2);
    k2Extra += k2 * w;
    k3Extra += (3 * z2 - pi2 * k2) * k2 * w;
  }
  K[2] += k2Extra * pi2 * sqrt2pi / (-36 * z2 * z);
  K[3] += k3Extra * pi2 * sqrt2pi / (216 * z2 ** 3);
  return K[0] + K[1] / Math.sqrt(n) + K[2] / n + K[3] / n ** 1.5;
}

// shared/validate/drift/kolmogorov-smirnov.ts
var KS_EXACT_MAX_N = 1e4;
function ksStatistic(a, b) {
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length && j < b.length) {
    const x = Math.min(a[i], b[j]);
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
    const diff = Math.abs(i / a.length - j / b.length);
    if (diff > d) d = diff;
  }
  return d;
}
function ksTwoSample(a, b, method = "auto") {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new Error("Kolmogorov\u2013Smirnov test needs two non-empty samples");
  let d = ksStatistic(a, b);
  const useExact = method === "exact" || method === "auto" && Math.max(n1, n2) <= KS_EXACT_MAX_N;
  if (useExact) {
    const g = gcd(n1, n2);
    const lcm = n1 / g * n2;
    const h = Math.round(d * lcm);
    d = h / lcm;
    if (h === 0) return { statistic: d, pValue: 1, method: "exact" };
    const p = exactPValue(n1, n2, g, h);
    if (p !== void 0) return { statistic: d, pValue: p, method: "exact" };
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = m * n / (m + n);
  return { statistic: d, pValue: kolmogorovSurvival(Math.round(en), d), method: "asymp" };
}
function exactPValue(n1, n2, g, h) {
  const a = n2 / g;
  const b = n1 / g;
  const total = n1 + n2;
  const inside = (i, j) => Math.abs(i * a - j * b) < h;
  let prev = new Float64Array(n2 + 2);
  let next = new Float64Array(n2 + 2);
  let exited = 0;
  prev[0] = 1;
  let lo = 0;
  let hi = 0;
  for (let j = 1; j <= n2; j++) {
    const p = prev[j - 1] * ((n2 - j + 1) / (total - j + 1));
    if (!inside(0, j)) {
      exited += p;
      break;
    }
    prev[j] = p;
    hi = j;
  }
  for (let i = 1; i <= n1; i++) {
    const from = lo;
    const to = Math.min(n2, Math.max(hi, Math.ceil((i * a + h) / b)));
    next.fill(0, Math.max(0, from - 1), Math.min(n2 + 2, to + 2));
    let newLo = -1;
    let newHi = -1;
    for (let j = from; j <= to; j++) {
      const taken = i + j - 1;
      const down = j >= lo && j <= hi ? prev[j] * ((n1 - i + 1) / (total - taken)) : 0;
      const right = j > from ? next[j - 1] * ((n2 - j + 1) / (total - taken)) : 0;
      const p = down + right;
      if (p === 0) {
        if (newLo >= 0 && j > hi) break;
        continue;
      }
      if (inside(i, j)) {
        next[j] = p;
        if (newLo < 0) newLo = j;
        newHi = j;
      } else {
        exited += p;
        if (newLo >= 0) break;
      }
    }
    prev.fill(0, Math.max(0, lo - 1), Math.min(n2 + 2, hi + 2));
    [prev, next] = [next, prev];
    if (newLo < 0) return clampProbability(exited);
    lo = newLo;
    hi = newHi;
  }
  return clampProbability(exited);
}
function clampProbability(p) {
  if (!(p >= -1e-12 && p <= 1 + 1e-12)) return void 0;
  return Math.min(1, Math.max(0, p));
}
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}

// shared/validate/drift/column-drift.ts
var P_VALUE_METHODS = /* @__PURE__ */ new Set(["ks", "chisquare"]);
function isPValueMethod(method) {
  return P_VALUE_METHODS.has(method);
}
var DEFAULT_THRESHOLDS = { ks: 0.05, chisquare: 0.05, wasserstein: 0.1, psi: 0.1, jensenshannon: 0.1 };
var SMALL_REFERENCE_ROWS = 1e3;
var CATEGORICAL_MAX_DISTINCT = 5;
function defaultDriftMethod(kind, referenceRows) {
  if (referenceRows <= SMALL_REFERENCE_ROWS) return kind === "numeric" ? "ks" : "chisquare";
  return kind === "numeric" ? "wasserstein" : "jensenshannon";
}
function columnDrift(name, reference, current, options = {}) {
  const refColumn = reference.columns.get(name);
  const curColumn = current.columns.get(name);
  if (!refColumn || !curColumn) return void 0;
  const kind = comparedAs(refColumn, curColumn);
  const referenceRows = refColumn.count - refColumn.missing - refColumn.invalid;
  const method = options.method ?? defaultDriftMethod(kind, referenceRows);
  const threshold = options.threshold ?? DEFAULT_THRESHOLDS[method];
  const measured = kind === "numeric" && method !== "chisquare" ? numericDrift(method, name, reference, current, refColumn) : categoricalDrift(method, refColumn, curColumn);
  if (!measured) return void 0;
  const drifted = isPValueMethod(method) ? measured.value <= threshold : measured.value >= threshold;
  return { column: name, method, threshold, drifted, ...measured };
}
function comparedAs(ref, cur) {
  if (ref.kind === "categorical" || cur.kind === "categorical") return "categorical";
  const small = ref.smallDomain.counts && cur.smallDomain.counts;
  if (small) {
    const union = /* @__PURE__ */ new Set([...ref.smallDomain.counts.keys(), ...cur.smallDomain.counts.keys()]);
    if (union.size <= CATEGORICAL_MAX_DISTINCT) return "categorical";
  }
  return "numeric";
}
function sampleNumbers(profile, name) {
  const cells = profile.sample.column(name);
  return sortedValues(cells.map((c) => typeof c === "number" ? c : NaN));
}
function numericDrift(method, name, reference, current, refColumn) {
  const a = sampleNumbers(reference, name);
  const b = sampleNumbers(current, name);
  if (a.length === 0 || b.length === 0) return void 0;
  const approximate = reference.sample.size < reference.rows || current.sample.size < current.rows;
  switch (method) {
    case "ks": {
      const r = ksTwoSample(a, b);
      return { value: r.pValue, statistic: r.statistic, approximate };
    }
    case "wasserstein": {
      const norm = Math.max(refColumn.populationStd() ?? 0, 1e-3);
      return { value: wassersteinDistance(a, b) / norm, approximate };
    }
    case "psi": {
      const s = binnedShares(a, b, true);
      return { value: populationStabilityIndex(s.reference, s.current), approximate };
    }
    case "jensenshannon": {
      const s = binnedShares(a, b, false);
      return { value: jensenShannonDistance(s.reference, s.current), approximate };
    }
    default:
      return void 0;
  }
}
function categoricalDrift(method, ref, cur) {
  const r = ref.valueCounts();
  const c = cur.valueCounts();
  if (r.counts.length === 0 || c.counts.length === 0) return void 0;
  const refCounts = new Map(r.counts);
  const curCounts = new Map(c.counts);
  const approximate = !r.exact || !c.exact;
  switch (method) {
    case "chisquare": {
      const t = chiSquareDrift(refCounts, curCounts);
      return { value: t.pValue, statistic: t.statistic, approximate };
    }
    case "jensenshannon": {
      const s = categoryShares(refCounts, curCounts, false);
      return { value: jensenShannonDistance(s.reference, s.current), approximate };
    }
    case "psi": {
      const s = categoryShares(refCounts, curCounts, true);
      return { value: populationStabilityIndex(s.reference, s.current), approximate };
    }
    default:
      return void 0;
  }
}
function datasetDrift(reference, current, options = {}) {
  const columns = [];
  for (const name of current.columns.keys()) {
    const opts = options.perColumn?.get(name);
    if (opts === false) continue;
    const d = columnDrift(name, reference, current, opts ?? {});
    if (d) columns.push(d);
  }
  const driftedColumns = columns.filter((c) => c.drifted).length;
  const share = columns.length ? driftedColumns / columns.length : 0;
  const driftShare = options.driftShare ?? 0.5;
  return { columns, driftedColumns, testedColumns: columns.length, share, driftShare, drifted: columns.length > 0 && share >= driftShare };
}

export {
  kolmogorovSurvival,
  isPValueMethod,
  DEFAULT_THRESHOLDS,
  columnDrift,
  datasetDrift
};
