import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  code,
  details,
  escapeMarkdown,
  heading,
  table
} from "./chunk-W3R24WOA.mjs";
import {
  DatasetProfile,
  describeExample,
  scanData
} from "./chunk-OTZHTNTE.mjs";
import {
  formatNumber,
  formatPercent
} from "./chunk-JCJ7PNO6.mjs";
import {
  UserError
} from "./chunk-Y5HJ3DQY.mjs";

// shared/validate/drift/special-functions.ts
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  x -= 1;
  let a = LANCZOS[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
var EPSILON = 1e-16;
var TINY = 1e-300;
function upperRegularizedGamma(a, x) {
  if (x <= 0) return 1;
  if (!Number.isFinite(x)) return 0;
  if (x < a + 1) return 1 - lowerBySeries(a, x);
  return upperByContinuedFraction(a, x);
}
function lowerBySeries(a, x) {
  let term = 1 / a;
  let sum2 = term;
  for (let n = 1; n < 1e4; n++) {
    term *= x / (a + n);
    sum2 += term;
    if (Math.abs(term) < Math.abs(sum2) * EPSILON) break;
  }
  return sum2 * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
function upperByContinuedFraction(a, x) {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e4; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
function chiSquareSurvival(x, dof) {
  return upperRegularizedGamma(dof / 2, x / 2);
}

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
  let sum2 = 0;
  for (let j = 0; j <= last; j++) {
    const a = 1 - x - j / n;
    if (a <= 0) break;
    const logTerm = logNFact - logGamma(j + 1) - logGamma(n - j + 1) + (n - j) * Math.log(a) + (j - 1) * Math.log(x + j / n);
    sum2 += Math.exp(logTerm);
  }
  return x * sum2;
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
  const total3 = n1 + n2;
  const inside = (i, j) => Math.abs(i * a - j * b) < h;
  let prev = new Float64Array(n2 + 2);
  let next = new Float64Array(n2 + 2);
  let exited = 0;
  prev[0] = 1;
  let lo = 0;
  let hi = 0;
  for (let j = 1; j <= n2; j++) {
    const p = prev[j - 1] * ((n2 - j + 1) / (total3 - j + 1));
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
      const down = j >= lo && j <= hi ? prev[j] * ((n1 - i + 1) / (total3 - taken)) : 0;
      const right = j > from ? next[j - 1] * ((n2 - j + 1) / (total3 - taken)) : 0;
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

// shared/validate/reference.ts
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
async function loadReference(reference, schema, delimiter) {
  if (extname(reference).toLowerCase() === ".json") return readStatisticsFile(reference);
  const scan = await scanData([reference], { checkRules: false, ...schema ? { schema } : {}, ...delimiter ? { delimiter } : {} });
  const failure = scan.fileFailures[0];
  if (failure) throw new UserError(`The reference data cannot be read: ${failure.message}`, "input reference", "Point reference at a readable data file or at a statistics.json from an earlier run.");
  return scan.profile;
}
async function readStatisticsFile(path) {
  let json;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (err) {
    const code2 = err.code;
    throw new UserError(
      code2 === "ENOENT" ? `The statistics file ${path} does not exist.` : `The statistics file ${path} is not readable JSON (${err.message}).`,
      path,
      "Pass a statistics.json written by validate-data (download the reference run's artifact first).",
      { file: path }
    );
  }
  return DatasetProfile.fromJSON(json, path);
}

// shared/validate/report/sparkline.ts
var LEVELS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
var EMPTY = "\xB7";
function sparkline(counts) {
  const max = Math.max(0, ...counts);
  if (max === 0) return "";
  return counts.map((c) => c === 0 ? EMPTY : LEVELS[Math.min(LEVELS.length - 1, Math.floor(c / max * LEVELS.length))]).join("");
}

// shared/validate/report/data-report.ts
var ICON = { pass: "\u2705", fail: "\u274C", warn: "\u26A0\uFE0F", skip: "\u2796" };
var FAILURES_LISTED = 20;
function renderDataReport(input) {
  const { statistics: stats, rules, drift } = input;
  const failed = rules.filter((r) => r.verdict === "fail");
  const passed = failed.length === 0;
  const out = [];
  out.push(heading(2, `${passed ? "\u2705" : "\u274C"} Data validation ${passed ? "passed" : "failed"}`));
  const fileWord = stats.files.length === 1 ? "file" : "files";
  const summary = [
    `${formatNumber(stats.rows)} rows in ${stats.files.length} ${fileWord}, ${stats.columns.length} columns`,
    `${rules.length - failed.length} of ${rules.length} rules passed (schema: ${escapeMarkdown(input.schemaName)})`
  ];
  if (drift) {
    summary.push(
      `drift against ${escapeMarkdown(input.referenceName ?? "the reference")}: ${drift.driftedColumns} of ${drift.testedColumns} columns drifted (${formatPercent(drift.share)}; the dataset drifts at ${formatPercent(drift.driftShare)}) \u2014 ${drift.drifted ? "**dataset drift**" : "no dataset drift"}`
    );
  }
  out.push(summary.join(" \xB7 "));
  if (failed.length) {
    out.push(heading(3, "Failures"));
    const lines = failed.slice(0, FAILURES_LISTED).map((r) => `- ${ICON.fail} ${ruleTitle(r)}: ${escapeMarkdown(r.message, 300)}${examplesText(r)}`);
    if (failed.length > FAILURES_LISTED) lines.push(`- \u2026 and ${failed.length - FAILURES_LISTED} more in validation.json`);
    out.push(lines.join("\n"));
  }
  out.push(heading(3, "Columns"));
  out.push(columnsTable(stats.columns, rules, drift?.columns ?? []));
  const dataset = rules.filter((r) => !r.column);
  out.push(details("Dataset rules", table(["Rule", "Verdict", "Result"], dataset.map((r) => [code(r.id), ICON[r.verdict], escapeMarkdown(r.message, 300)]))));
  return `${out.join("\n\n")}
`;
}
function ruleTitle(r) {
  return r.column ? `${code(r.rule)} of ${escapeMarkdown(r.column)}` : code(r.rule);
}
function examplesText(r) {
  if (!r.examples?.length) return "";
  const shown = r.examples.slice(0, 3).map((e) => `${escapeMarkdown(describeExample(e))}${e.value !== void 0 && e.row > 0 ? ` (${escapeMarkdown(JSON.stringify(e.value), 60)})` : ""}`);
  return ` \u2014 at ${shown.join(", ")}${r.examples.length > 3 ? ", \u2026" : ""}`;
}
function columnsTable(columns, rules, drifts) {
  const driftOf = new Map(drifts.map((d) => [d.column, d]));
  const rows = columns.map((c) => {
    const own = rules.filter((r) => r.column === c.name);
    const d = driftOf.get(c.name);
    const verdict = own.some((r) => r.verdict === "fail") ? "fail" : own.some((r) => r.verdict === "warn") || d?.drifted ? "warn" : "pass";
    const n = c.numeric;
    const missing = c.count ? formatPercent(c.missing / c.count) : "\u2014";
    const centre = n ? `${formatNumber(n.mean)} \xB1 ${formatNumber(n.std)}` : "";
    const range = n ? `${formatNumber(n.min)} \u2026 ${formatNumber(n.max)}` : "";
    const picture = n?.histogram ? `\`${sparkline(n.histogram.counts)}\`` : categoryPicture(c);
    return [escapeMarkdown(c.name), ICON[verdict], c.kind, missing, String(c.distinct), centre, range, picture, d ? driftText(d) : "\u2014"];
  });
  return table(["Column", "Status", "Kind", "Missing", "Distinct", "Mean \xB1 std", "Min \u2026 max", "Distribution", "Drift"], rows, ["left", "center", "left", "right", "right", "right", "right", "left", "left"]);
}
function categoryPicture(c) {
  const present = c.count - c.missing;
  if (!present || c.top.length === 0) return "";
  return c.top.slice(0, 3).map(([v, n]) => `${escapeMarkdown(v, 24)} ${formatPercent(n / present, 2)}`).join(", ");
}
var METHOD_NAMES = { ks: "KS p", chisquare: "\u03C7\xB2 p", wasserstein: "W\u2081/\u03C3", psi: "PSI", jensenshannon: "JS" };
function driftText(d) {
  return `${d.drifted ? "**drift**" : "ok"} (${METHOD_NAMES[d.method]} = ${formatNumber(d.value, 3)}${d.approximate ? ", sampled" : ""})`;
}

// shared/validate/drift-rules.ts
function driftResults(drift) {
  const out = drift.columns.map((d) => {
    const test = isPValueMethod(d.method);
    return {
      id: `column.${d.column}.drift`,
      rule: "drift",
      column: d.column,
      // a drifted column is a warning; the dataset rule decides whether drift fails the run
      verdict: d.drifted ? "warn" : "pass",
      message: `${d.method} ${test ? "p-value" : "distance"} ${d.value.toPrecision(4)} (drift at ${test ? "\u2264" : "\u2265"} ${d.threshold})${d.approximate ? " on a sample" : ""}`,
      expected: `${test ? ">" : "<"} ${d.threshold}`,
      observed: String(d.value)
    };
  });
  out.push({
    id: "dataset.drift",
    rule: "dataset_drift",
    verdict: drift.drifted ? "fail" : "pass",
    message: `${drift.driftedColumns} of ${drift.testedColumns} columns drifted${drift.driftedColumns ? ` (${drift.columns.filter((c) => c.drifted).map((c) => c.column).slice(0, 10).join(", ")})` : ""}; the dataset drifts when at least ${formatPercent(drift.driftShare)} do`,
    expected: `share < ${drift.driftShare}`,
    observed: String(drift.share)
  });
  return out;
}

export {
  datasetDrift,
  loadReference,
  readStatisticsFile,
  renderDataReport,
  driftResults
};
