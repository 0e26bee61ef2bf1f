import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  YamlLocator,
  didYouMean,
  readConfigFile
} from "./chunk-7SY4YXBS.mjs";
import {
  require_dist,
  resolveOutputDir
} from "./chunk-C2VWTQXC.mjs";
import {
  GITHUB_STEP_INPUTS,
  openGitHubSession,
  parseCommentMode,
  require_ajv,
  resolveInputPath,
  shareStepResults
} from "./chunk-EQTXTZOH.mjs";
import {
  globToRegExp,
  splitPatterns
} from "./chunk-VUQFXF5O.mjs";
import {
  code,
  details,
  escapeMarkdown,
  heading,
  parseBooleanInput,
  parseNumberInput,
  sha256Bytes,
  sha256File,
  table,
  writeFileAtomic,
  writeJsonAtomic
} from "./chunk-C2TNI2RU.mjs";
import {
  DatasetProfile,
  MAX_EXAMPLES,
  SCAN_BATCH_ROWS,
  describeExample,
  joinShares,
  scanData
} from "./chunk-FKGL4H5Z.mjs";
import {
  formatNumber,
  formatPercent
} from "./chunk-JCJ7PNO6.mjs";
import {
  CR,
  CsvRecordScanner,
  DEFAULT_MAX_RECORD_BYTES,
  LF,
  QUOTE,
  STOP,
  bomLength,
  countNewlines,
  csvDelimiter,
  delimiterByte,
  detectFormat,
  openDataFile,
  readBlocks,
  startsLikeGzip
} from "./chunk-6S2IIISV.mjs";
import {
  UserError,
  __toESM,
  isUserError
} from "./chunk-YCFNLZYA.mjs";

// shared/validate/step.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

// shared/validate/merge-statistics.ts
import { join as join2 } from "node:path";

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

// shared/validate/resolve-files.ts
import { readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
var WILDCARD = /[*?[{]/;
async function resolveDataFiles(patterns, cwd = process.cwd()) {
  if (patterns.length === 0) throw new UserError("No data files were given.", "input data", "Set data to a file, a list of files, or a glob such as data/*.csv.");
  const out = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const matches = WILDCARD.test(pattern) ? await expandGlob(pattern, cwd) : [pattern];
    if (matches.length === 0) {
      throw new UserError(`The pattern "${pattern}" matches no files.`, "input data", `Check the pattern against the files in ${cwd}; patterns are relative to the working directory.`);
    }
    for (const m of matches) out.add(m);
  }
  return [...out];
}
var splitPatternList = splitPatterns;
async function expandGlob(pattern, cwd) {
  const parts = pattern.split("/");
  const fixed = [];
  while (parts.length > 1 && !WILDCARD.test(parts[0])) fixed.push(parts.shift());
  const base = fixed.join("/") || ".";
  const matcher = globToRegExp(parts.join("/"));
  const deep = parts.some((p) => p === "**") || parts.length > 1;
  const found = [];
  await walk(join(cwd, base), deep, async (abs) => {
    const rel = relative(join(cwd, base), abs).split(sep).join("/");
    if (matcher.test(rel)) found.push(base === "." ? rel : `${base}/${rel}`);
  });
  return found.sort();
}
async function walk(dir, deep, visit) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) {
      if (deep && e.name !== "node_modules" && !e.name.startsWith(".")) await walk(abs, deep, visit);
    } else if (e.isFile() || e.isSymbolicLink() && (await stat(abs)).isFile()) await visit(abs);
  }
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

// shared/validate/merge-statistics.ts
async function mergeStatisticsFiles(options) {
  const files = await resolveDataFiles(options.statistics, options.cwd);
  if (files.length < 1) throw new UserError("No statistics files to merge.", "input merge", "List the shards' statistics.json files (download their artifacts first).");
  options.logger.info(`Merging statistics of ${files.length} shard${files.length === 1 ? "" : "s"}`);
  let merged = await readStatisticsFile(files[0]);
  for (const file of files.slice(1)) merged = merged.merge(await readStatisticsFile(file));
  const statistics = merged.toJSON();
  let drift;
  const rules = [];
  if (options.reference) {
    const reference = await loadReference(options.reference, void 0);
    drift = datasetDrift(reference, merged, { driftShare: options.driftShare ?? 0.5 });
    rules.push(...driftResults(drift));
  }
  const passed = !rules.some((r) => r.verdict === "fail");
  const report = renderDataReport({
    statistics,
    rules,
    ...drift ? { drift } : {},
    ...options.reference ? { referenceName: options.reference } : {},
    schemaName: `merged from ${files.length} shards, rules checked per shard`
  });
  const out = options.outputDir;
  const paths = { statistics: join2(out, "statistics.json"), validation: join2(out, "validation.json"), report: join2(out, "report.md") };
  await writeJsonAtomic(paths.statistics, statistics);
  await writeJsonAtomic(paths.validation, { format: "mlci-data-validation", version: 1, passed, merged: files, rows: statistics.rows, rules, drift: drift ?? null, annotations: [] });
  await writeFileAtomic(paths.report, report);
  return { passed, statistics, ...drift ? { drift } : {}, rules, report, files: paths };
}

// shared/validate/validate-data.ts
import { join as join3 } from "node:path";

// shared/validate/manifest.ts
import { stat as stat2 } from "node:fs/promises";
var MANIFEST_FORMAT = "mlci-data-manifest";
async function hashDataFiles(files) {
  const entries = await Promise.all(
    files.map(async (path) => {
      try {
        const [sha256, info] = await Promise.all([sha256File(path), stat2(path)]);
        return [path, { sha256, bytes: info.size }];
      } catch {
        return [path, null];
      }
    })
  );
  return new Map(entries);
}
function buildDataManifest(digests, rowCounts) {
  const rowsByFile = /* @__PURE__ */ new Map();
  for (const r of rowCounts) rowsByFile.set(r.file, (rowsByFile.get(r.file) ?? 0) + r.rows);
  const entries = [...digests].map(
    ([path, d]) => d ? { path, sha256: d.sha256, bytes: d.bytes, rows: rowsByFile.get(path) ?? null } : { path, sha256: null, bytes: null, rows: null }
  );
  entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const digest = sha256Bytes(entries.map((e) => `${e.sha256 ?? "unreadable"}  ${e.path}
`).join(""));
  return { format: MANIFEST_FORMAT, version: 1, digest, rows: entries.reduce((s, e) => s + (e.rows ?? 0), 0), files: entries };
}

// shared/validate/rules/dataset-rules.ts
function datasetRuleResults(f) {
  const out = [];
  const { schema, profile } = f;
  out.push({
    id: "dataset.readable",
    rule: "readable",
    verdict: f.fileFailures.length ? "fail" : "pass",
    message: f.fileFailures.length ? f.fileFailures.map((x) => x.message).join("; ") : `${f.files.length} file${f.files.length === 1 ? "" : "s"} read`,
    failed: f.fileFailures.length,
    checked: f.files.length,
    ...f.fileFailures.length ? { examples: f.fileFailures.slice(0, MAX_EXAMPLES).map((x) => ({ file: x.file, row: 0, value: x.message, ...x.line ? { line: x.line } : {} })) } : {}
  });
  out.push({
    id: "dataset.well_formed_rows",
    rule: "well_formed_rows",
    verdict: f.rowIssueCount ? "fail" : "pass",
    message: f.rowIssueCount ? `${f.rowIssueCount} malformed row${f.rowIssueCount === 1 ? "" : "s"}: ${f.rowIssues[0].message}${f.rowIssueCount > 1 ? ", \u2026" : ""}` : "every row has as many cells as the header, in valid UTF-8",
    failed: f.rowIssueCount,
    checked: profile.rows,
    ...f.rowIssueCount ? { examples: f.rowIssues.slice(0, MAX_EXAMPLES).map((i) => ({ file: i.source, line: i.line, row: 0, value: i.message })) } : {}
  });
  const declared = new Set(schema.columns.map((c) => c.name));
  const extra = [...profile.columns.keys()].filter((n) => !declared.has(n));
  out.push({
    id: "dataset.extra_columns",
    rule: "extra_columns",
    verdict: extra.length === 0 ? "pass" : schema.dataset.extraColumns === "fail" ? "fail" : "warn",
    message: extra.length ? `columns not in the schema: ${extra.join(", ")}` : "every column is in the schema"
  });
  const rows = schema.dataset.rows;
  if (rows) {
    const ok = (rows.min === void 0 || profile.rows >= rows.min) && (rows.max === void 0 || profile.rows <= rows.max);
    const expected = [rows.min !== void 0 ? `\u2265 ${rows.min}` : "", rows.max !== void 0 ? `\u2264 ${rows.max}` : ""].filter(Boolean).join(" and ");
    out.push({ id: "dataset.rows", rule: "rows", verdict: ok ? "pass" : "fail", message: `${profile.rows} rows (expected ${expected})`, expected, observed: String(profile.rows) });
  }
  if (schema.dataset.maxDuplicateShare !== void 0 && f.duplicates) {
    const t = f.duplicates.tally;
    const max = schema.dataset.maxDuplicateShare;
    if (f.duplicates.gaveUp) {
      out.push({ id: "dataset.duplicate_rows", rule: "duplicate_rows", verdict: "skip", message: "too many rows to check for duplicates in bounded memory" });
    } else {
      const observed = t.checked ? t.failed / t.checked : 0;
      out.push({
        id: "dataset.duplicate_rows",
        rule: "duplicate_rows",
        verdict: observed <= max + 1e-12 ? "pass" : "fail",
        message: `${t.failed} of ${t.checked} rows repeat an earlier row (${formatPercent(observed)}; allowed ${max === 0 ? "none" : formatPercent(max)})`,
        expected: `\u2264 ${max}`,
        observed: String(observed),
        failed: t.failed,
        checked: t.checked,
        ...t.failed ? { examples: t.examples } : {}
      });
    }
  }
  const target = schema.dataset.target;
  if (target && schema.dataset.minClassShare !== void 0) out.push(labelBalance(profile, target, schema.dataset.minClassShare));
  return out;
}
function labelBalance(profile, target, minShare) {
  const base = { id: "dataset.label_balance", rule: "label_balance", column: target, expected: `every class \u2265 ${formatPercent(minShare)}` };
  const column = profile.columns.get(target);
  const counts = column?.valueCounts();
  if (!column || !counts || counts.counts.length === 0) return { ...base, verdict: "fail", message: `the target column "${target}" has no values` };
  if (!counts.exact) return { ...base, verdict: "skip", message: `the target column "${target}" has too many distinct values to count classes exactly` };
  const present = counts.counts.reduce((s, [, n]) => s + n, 0);
  const shares = counts.counts.map(([v, n]) => [v, n / present]);
  const low = shares.filter(([, s]) => s < minShare);
  const observed = shares.map(([v, s]) => `${v}: ${formatPercent(s)}`).join(", ");
  return {
    ...base,
    verdict: low.length ? "fail" : "pass",
    message: low.length ? `classes below ${formatPercent(minShare)} of the rows: ${low.map(([v, s]) => `${v} (${formatPercent(s)})`).join(", ")}` : `class shares ${observed}`,
    observed
  };
}

// shared/validate/scan-parallel.ts
import { open } from "node:fs/promises";
import { fork } from "node:child_process";

// shared/data/csv-locate.ts
async function locateCsvRows(path, rows, options = {}) {
  const locator = new RowLocator(delimiterByte(options.delimiter ?? ",", path), rows);
  if (rows.length === 0) return [];
  const { handle } = await openDataFile(path);
  try {
    await readBlocks(handle, locator, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES);
  } catch (err) {
    if (err !== GIVE_UP) throw err;
  } finally {
    await handle.close();
  }
  return locator.found;
}
var GIVE_UP = new Error("a record too long to locate rows past");
var RowLocator = class {
  constructor(delimiter, targets) {
    this.targets = targets;
    this.scanner = new CsvRecordScanner(delimiter);
    this.found = targets.map(() => void 0);
  }
  targets;
  found;
  scanner;
  line = 1;
  /** data rows before the next record; -1 until the header is read */
  rows = -1;
  wanted = 0;
  consume(buf, offset, eof) {
    let pos = 0;
    if (offset === 0) {
      if (buf.length < 3 && !eof) return 0;
      pos = bomLength(buf);
    }
    const wanted = this.targets;
    const scanner = this.scanner;
    let quote = -1;
    while (pos < buf.length) {
      const start = pos;
      const line = this.line;
      if (quote < pos) {
        quote = buf.indexOf(QUOTE, pos);
        if (quote < 0) quote = buf.length;
      }
      const lf = buf.indexOf(LF, pos);
      let blank;
      if (lf >= 0 && lf < quote) {
        blank = lf === pos || lf === pos + 1 && buf[pos] === CR;
        this.line++;
        pos = lf + 1;
      } else {
        const next = scanner.scan(buf, pos, eof);
        if (next < 0) return pos;
        if (scanner.unterminatedQuote) return STOP;
        blank = scanner.isBlankRecord();
        this.line += scanner.innerNewlines + 1;
        pos = next;
      }
      if (blank) continue;
      while (this.rows === wanted[this.wanted]) this.found[this.wanted++] = { offset: offset + start, line };
      if (this.wanted === wanted.length) return STOP;
      this.rows++;
    }
    return pos;
  }
  afterBlock() {
    return Promise.resolve();
  }
  recordTooLong() {
    throw GIVE_UP;
  }
};

// shared/validate/scan-parallel.ts
async function scanDataInParallel(files, options) {
  const { workers, workerScript, logger, ...rest } = options;
  const rulesSchema = rest.checkRules === false ? void 0 : rest.schema;
  const needsAllRows = rulesSchema?.dataset.maxDuplicateShare !== void 0 || rulesSchema?.columns.some((c) => c.unique);
  if (workers <= 1 || needsAllRows) return scanData(files, options);
  const pool = new ScanPool(workerScript, workers);
  let shares;
  try {
    const planned = [];
    for (const file of files) planned.push({ file, shares: await startShares(pool, file, rest, workers) });
    shares = await Promise.all(planned.map(async (p) => ({ file: p.file, shares: await Promise.all(p.shares) })));
  } finally {
    pool.close();
  }
  try {
    return joinShares(shares, rest.schema, rest.checkRules !== false, logger);
  } catch (err) {
    if (!isUserError(err)) throw err;
    logger?.debug(`reading again in one thread: ${err.message}`);
    return scanData(files, options);
  }
}
async function startShares(pool, file, options, workers) {
  const cuts = await cutRows(file, options, workers);
  if (cuts.length === 0) return [pool.run(file, { ...options, share: { firstRow: 0 } })];
  const first = pool.run(file, { ...options, share: { firstRow: 0, rows: cuts[0] } });
  const starts = await locateCsvRows(file, cuts, { delimiter: csvDelimiter(file, options.delimiter), ...options.maxRecordBytes ? { maxRecordBytes: options.maxRecordBytes } : {} });
  const rest = [];
  starts.forEach((start, k) => {
    if (!start) return;
    const next = cuts[k + 1];
    const share = { start, firstRow: cuts[k], ...next !== void 0 ? { rows: next - cuts[k] } : {} };
    rest.push(pool.run(file, { ...options, share }));
  });
  return [first, ...rest];
}
async function cutRows(file, options, workers) {
  let format;
  try {
    format = detectFormat(file);
  } catch {
    return [];
  }
  if (format !== "csv") return [];
  const batchRows = options.batchRows ?? SCAN_BATCH_ROWS;
  const rows = await estimateRows(file);
  const cuts = [];
  for (let k = 1; k < workers; k++) {
    const cut = Math.round(rows * k / workers / batchRows) * batchRows;
    if (cut > (cuts[cuts.length - 1] ?? 0) && cut < rows) cuts.push(cut);
  }
  return cuts;
}
var SAMPLE_BYTES = 1 << 20;
async function estimateRows(file) {
  let handle;
  try {
    handle = await open(file, "r");
  } catch {
    return 0;
  }
  try {
    const { size } = await handle.stat();
    const buf = Buffer.allocUnsafe(Math.min(SAMPLE_BYTES, size));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    if (startsLikeGzip(buf.subarray(0, bytesRead))) return 0;
    const lines = countNewlines(buf, 0, bytesRead);
    return lines > 1 ? Math.floor(size / (bytesRead / lines)) - 1 : 0;
  } catch {
    return 0;
  } finally {
    await handle.close();
  }
}
var ScanPool = class {
  idle = [];
  queue = [];
  all = [];
  current = /* @__PURE__ */ new Map();
  constructor(script, size) {
    for (let k = 0; k < size; k++) {
      const worker = fork(script, [], { serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"] });
      worker.on("message", (message) => {
        const job = this.current.get(worker);
        this.current.delete(worker);
        if (message.result) job.resolve(message.result);
        else job.reject(new Error(message.error));
        this.idle.push(worker);
        this.next();
      });
      worker.on("error", (err) => this.fail(worker, err));
      worker.on("exit", (code2, signal) => {
        if (code2 !== 0 && !this.closing) this.fail(worker, new Error(`a validation worker exited with ${signal ?? `code ${code2}`}`));
      });
      this.all.push(worker);
      this.idle.push(worker);
    }
  }
  run(file, options) {
    const result = new Promise((resolve, reject) => {
      this.queue.push({ file, options, resolve, reject });
      this.next();
    });
    result.catch(() => {
    });
    return result;
  }
  closing = false;
  close() {
    this.closing = true;
    for (const worker of this.all) if (worker.connected) worker.disconnect();
  }
  next() {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.shift();
      const job = this.queue.shift();
      this.current.set(worker, job);
      worker.send({ file: job.file, options: job.options });
    }
  }
  fail(worker, err) {
    const job = this.current.get(worker);
    this.current.delete(worker);
    job?.reject(err);
    for (const queued of this.queue.splice(0)) queued.reject(err);
  }
};

// shared/validate/schema/infer-schema.ts
var import_yaml = __toESM(require_dist(), 1);
var CATEGORICAL_INTEGER_VALUES = 10;
var CATEGORICAL_TEXT_VALUES = 50;
var RANGE_MARGIN = 2;
var BOOLEAN_WORDS = /* @__PURE__ */ new Set(["true", "false", "yes", "no", "t", "f", "y", "n"]);
function inferSchema(profile, options = {}) {
  const columns = [...profile.columns.values()].map((c) => inferColumn(c, c.name === options.target));
  const dataset = { extraColumns: "allow", rows: { min: 1 } };
  const target = options.target ? profile.columns.get(options.target) : void 0;
  if (target) {
    dataset.target = target.name;
    const counts = target.valueCounts();
    const present = target.count - target.missing;
    if (counts.exact && counts.counts.length > 1 && present > 0) {
      const smallest = Math.min(...counts.counts.map(([, n]) => n)) / present;
      dataset.minClassShare = Math.floor(smallest / 2 * 100) / 100;
    }
  }
  return { source: "inferred", columns, dataset };
}
function inferColumn(c, isTarget) {
  const present = c.count - c.missing;
  const missingShare = c.count ? c.missing / c.count : 0;
  const column = {
    name: c.name,
    type: { value: "text", mostly: 1 },
    // a column that had missing values may have some more: allow twice the share seen, rounded up
    maxMissing: c.missing === 0 ? 0 : Math.min(1, Math.ceil(missingShare * 2 * 100) / 100),
    required: true
  };
  const values = c.valueCounts();
  const type = inferType(c, values, isTarget);
  column.type = { value: type, mostly: 1 };
  if ((type === "categorical" || type === "boolean") && values.exact && values.counts.length > 0 && values.counts.length <= CATEGORICAL_TEXT_VALUES) {
    column.allowedValues = { value: values.counts.map(([v]) => v).sort(), mostly: 1 };
  }
  if ((type === "numeric" || type === "integer") && c.moments.n > 0) {
    const { min, max } = c.moments;
    const margin = (max - min) * RANGE_MARGIN;
    let lo = min - margin;
    let hi = max + margin;
    if (min >= 0 && lo < 0) lo = 0;
    if (type === "integer") {
      lo = Math.floor(lo);
      hi = Math.ceil(hi);
    }
    column.min = { value: roundOutward(lo, "down"), mostly: 1 };
    column.max = { value: roundOutward(hi, "up"), mostly: 1 };
  }
  if (present === 0) column.maxMissing = 1;
  return column;
}
function inferType(c, values, isTarget) {
  if (c.kind === "numeric") {
    const integer = c.fractional === 0;
    if (integer && values.exact && (isTarget || values.counts.length <= CATEGORICAL_INTEGER_VALUES)) return "categorical";
    return integer ? "integer" : "numeric";
  }
  if (values.exact && values.counts.length > 0 && values.counts.every(([v]) => BOOLEAN_WORDS.has(v.toLowerCase()))) return "boolean";
  if (isTarget || values.exact && values.counts.length <= CATEGORICAL_TEXT_VALUES) return "categorical";
  return "text";
}
function roundOutward(value, direction) {
  if (value === 0 || !Number.isFinite(value)) return value;
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 5);
  const steps = direction === "up" ? Math.ceil(value / scale) : Math.floor(value / scale);
  return Number((steps * scale).toPrecision(6));
}
function schemaToYaml(schema, comment) {
  const columns = {};
  for (const c of schema.columns) {
    const entry = { type: c.type.value };
    if (c.maxMissing === 0) entry.nullable = false;
    else if (c.maxMissing < 1) entry.max_missing = c.maxMissing;
    if (!c.required) entry.required = false;
    if (c.min) entry.min = checkValue(c.min);
    if (c.max) entry.max = checkValue(c.max);
    if (c.allowedValues) entry.allowed_values = checkValue(c.allowedValues);
    if (c.regex) entry.regex = checkValue(c.regex);
    if (c.unique) entry.unique = checkValue(c.unique);
    if (c.drift !== void 0) entry.drift = c.drift;
    columns[c.name] = entry;
  }
  const d = schema.dataset;
  const dataset = {};
  if (d.rows) dataset.rows = d.rows;
  if (d.maxDuplicateShare !== void 0) dataset.duplicate_rows = { max_share: d.maxDuplicateShare };
  if (d.target) dataset.target = d.target;
  if (d.minClassShare !== void 0) dataset.label_balance = { min_share: d.minClassShare };
  if (d.driftShare !== void 0) dataset.drift_share = d.driftShare;
  if (d.extraColumns !== "allow") dataset.extra_columns = d.extraColumns;
  const doc = new import_yaml.Document({ version: 1, columns, dataset });
  if (comment) doc.commentBefore = comment;
  return doc.toString({ lineWidth: 0 });
}
function checkValue(check2) {
  return check2.mostly < 1 ? { value: check2.value, mostly: check2.mostly } : check2.value;
}

// shared/validate/schema/load-schema.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml2 = __toESM(require_dist(), 1);

// shared/validate/schema/schema-format.ts
var fraction = { type: "number", minimum: 0, maximum: 1 };
function check(value) {
  return {
    anyOf: [value, { type: "object", properties: { value, mostly: fraction }, required: ["value"], additionalProperties: false }]
  };
}
var driftMethod = { enum: ["ks", "chisquare", "wasserstein", "psi", "jensenshannon"] };
var columnSchema = {
  type: "object",
  additionalProperties: false,
  required: ["type"],
  properties: {
    type: { enum: ["numeric", "integer", "categorical", "text", "boolean"] },
    nullable: { type: "boolean" },
    max_missing: fraction,
    required: { type: "boolean" },
    min: check({ type: "number" }),
    max: check({ type: "number" }),
    allowed_values: check({ type: "array", items: { type: ["string", "number", "boolean"] }, minItems: 1 }),
    regex: check({ type: "string", minLength: 1 }),
    unique: check({ type: "boolean" }),
    mostly: fraction,
    drift: {
      anyOf: [
        { type: "boolean" },
        { type: "object", additionalProperties: false, properties: { method: driftMethod, threshold: { type: "number", minimum: 0 } } }
      ]
    }
  }
};
var dataSchemaFormat = {
  type: "object",
  additionalProperties: false,
  required: ["columns"],
  properties: {
    version: { const: 1 },
    columns: { type: "object", additionalProperties: columnSchema },
    dataset: {
      type: "object",
      additionalProperties: false,
      properties: {
        rows: {
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          properties: { min: { type: "integer", minimum: 0 }, max: { type: "integer", minimum: 0 } }
        },
        duplicate_rows: {
          type: "object",
          additionalProperties: false,
          required: ["max_share"],
          properties: { max_share: fraction }
        },
        target: { type: "string", minLength: 1 },
        label_balance: {
          type: "object",
          additionalProperties: false,
          required: ["min_share"],
          properties: { min_share: fraction }
        },
        drift_share: fraction,
        extra_columns: { enum: ["allow", "fail"] }
      }
    }
  }
};

// shared/validate/schema/schema-errors.ts
var DOCS = "See docs/validate-data.md for the schema format.";
function schemaFileError(file, line, what, fix) {
  return new UserError(what, line ? `${file}:${line}` : file, fix, { file, ...line ? { line } : {} });
}
function schemaFormatError(errors, file, locator) {
  const explained = errors.flatMap((e) => explain(e, errors, locator) ?? []);
  explained.sort((a, b) => a.line - b.line);
  const first = explained[0];
  if (!first) return schemaFileError(file, 1, "The data schema does not match its format.", DOCS);
  const more = new Set(explained.map((e) => e.line)).size - 1;
  const tail = more > 0 ? ` (The file has ${more} more problem${more === 1 ? "" : "s"} after this one.)` : "";
  return schemaFileError(file, first.line, first.what + tail, first.fix);
}
function explain(error, all, locator) {
  const path = error.instancePath ? error.instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")) : [];
  const name = path.length ? `"${path.join(".")}"` : "the top level";
  const value = JSON.stringify(error.data);
  if (all.some((o) => o.keyword === "anyOf" && o !== error && o.instancePath === error.instancePath && error.schemaPath.startsWith(o.schemaPath))) return void 0;
  if (all.some((o) => o.keyword === "anyOf" && error.instancePath.startsWith(`${o.instancePath}/`) && error.schemaPath.startsWith(o.schemaPath.replace(/anyOf$/, "")))) return void 0;
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(error.parentSchema.properties ?? {});
      return { line: locator.keyLine([...path, key]), what: `Unknown key "${key}" in ${name}.${didYouMean(key, allowed)}`, fix: `Use one of: ${allowed.join(", ")}.` };
    }
    case "required":
      return { line: locator.keyLine(path), what: `${name} needs the key "${String(params.missingProperty)}".`, fix: params.missingProperty === "type" ? "Give the column a type: numeric, integer, categorical, text or boolean." : `Add ${String(params.missingProperty)}. ${DOCS}` };
    case "enum": {
      const allowed = params.allowedValues.map(String);
      return { line: locator.valueLine(path), what: `${name} is ${value}.${didYouMean(String(error.data), allowed)}`, fix: `Use one of: ${allowed.join(", ")}.` };
    }
    case "const":
      return { line: locator.valueLine(path), what: `${name} is ${value}.`, fix: `Use ${JSON.stringify(params.allowedValue)}.` };
    case "type":
      return { line: locator.valueLine(path), what: `${name} is ${value}, but it must be ${String(params.type)}.`, fix: DOCS };
    case "minimum":
    case "maximum":
      return { line: locator.valueLine(path), what: `${name} is ${value}, but it must be ${String(params.comparison)} ${String(params.limit)}.`, fix: path[path.length - 1] === "mostly" || /share|missing/.test(path[path.length - 1] ?? "") ? "Write a fraction between 0 and 1, such as 0.95." : DOCS };
    case "anyOf":
      return { line: locator.valueLine(path), what: `${name} is ${value}, which is neither a value nor { value, mostly }.`, fix: `Write, for example, min: 0 or min: { value: 0, mostly: 0.99 }. ${DOCS}` };
    default:
      return { line: locator.valueLine(path), what: `${name} ${error.message ?? "is not valid"}.`, fix: DOCS };
  }
}

// shared/validate/schema/load-schema.ts
async function loadDataSchema(path) {
  const text = await readConfigFile(path, { what: "data schema", input: "schema", fix: 'Set schema to the path of your schema file, or to "infer" to derive one from the reference data (mlci infer-schema writes one to commit).' });
  return parseDataSchema(text, path);
}
var compiled;
function parseDataSchema(text, file) {
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw schemaFileError(file, lineCounter.linePos(yamlError.pos[0]).line, `The data schema is not valid YAML: ${yamlError.message.split("\n")[0]}`, "Fix the YAML syntax at that line (indentation, a missing colon, a duplicated key).");
  }
  const raw = doc.toJS({ maxAliasCount: 100 });
  if (raw === null || raw === void 0) throw schemaFileError(file, 1, "The data schema is empty.", "Describe the columns under `columns:` (mlci infer-schema writes a starting point).");
  const locator = new YamlLocator(doc, lineCounter);
  compiled ??= new import_ajv.Ajv({ allErrors: true, verbose: true, strict: true, strictNumbers: true, allowUnionTypes: true }).compile(dataSchemaFormat);
  if (!compiled(raw)) throw schemaFormatError(compiled.errors ?? [], file, locator);
  const schema = raw;
  const columns = Object.entries(schema.columns).map(([name, c]) => {
    const at = (key) => locator.valueLine(["columns", name, key]);
    const mostly = c.mostly ?? 1;
    const checkOf = (key, v) => {
      if (v === void 0) return void 0;
      const obj = typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
      return obj ? { value: obj.value, mostly: obj.mostly ?? mostly, line: at(key) } : { value: v, mostly, line: at(key) };
    };
    if (c.nullable !== void 0 && c.max_missing !== void 0) {
      throw schemaFileError(file, at("max_missing"), `Column "${name}" sets both nullable and max_missing.`, "Keep one: nullable: false means max_missing: 0.");
    }
    const column = {
      name,
      type: { value: c.type, mostly, line: at("type") },
      maxMissing: c.max_missing ?? (c.nullable === false ? 0 : 1),
      required: c.required ?? true,
      line: locator.keyLine(["columns", name])
    };
    const min = checkOf("min", c.min);
    const max = checkOf("max", c.max);
    if (min) column.min = min;
    if (max) column.max = max;
    if (min && max && min.value > max.value) throw schemaFileError(file, max.line, `Column "${name}" has min ${min.value} above max ${max.value}.`, "Swap them, or fix the one that is wrong.");
    if ((min || max) && (c.type === "categorical" || c.type === "text" || c.type === "boolean")) {
      throw schemaFileError(file, (min ?? max).line, `Column "${name}" is ${c.type} but sets a ${min ? "min" : "max"}.`, "Use type: numeric or integer for a range, or allowed_values for categories.");
    }
    const allowed = checkOf("allowed_values", c.allowed_values);
    if (allowed) column.allowedValues = { ...allowed, value: allowed.value.map(String) };
    const regex = checkOf("regex", c.regex);
    if (regex) {
      try {
        new RegExp(regex.value, "u");
      } catch (err) {
        throw schemaFileError(file, regex.line, `The regex of column "${name}" is not valid: ${err.message}.`, "Write a JavaScript regular expression; quote it in single quotes so YAML keeps backslashes.");
      }
      column.regex = regex;
    }
    const unique = checkOf("unique", c.unique);
    if (unique?.value) column.unique = unique;
    if (c.drift === false) column.drift = false;
    else if (typeof c.drift === "object") column.drift = c.drift;
    return column;
  });
  const d = schema.dataset ?? {};
  if (d.rows?.min !== void 0 && d.rows.max !== void 0 && d.rows.min > d.rows.max) {
    throw schemaFileError(file, locator.valueLine(["dataset", "rows", "max"]), `dataset.rows has min ${d.rows.min} above max ${d.rows.max}.`, "Swap them, or fix the one that is wrong.");
  }
  if (d.label_balance && !d.target) {
    throw schemaFileError(file, locator.keyLine(["dataset", "label_balance"]), "dataset.label_balance needs dataset.target, the label column.", "Add target: <label column> under dataset.");
  }
  if (d.target && !schema.columns[d.target]) {
    throw schemaFileError(file, locator.valueLine(["dataset", "target"]), `dataset.target is "${d.target}", which is not a column of the schema.`, `Use one of the columns: ${Object.keys(schema.columns).slice(0, 10).join(", ")}.`);
  }
  const dataset = { extraColumns: d.extra_columns ?? "allow" };
  if (d.rows) dataset.rows = d.rows;
  if (d.duplicate_rows) dataset.maxDuplicateShare = d.duplicate_rows.max_share;
  if (d.target) dataset.target = d.target;
  if (d.label_balance) dataset.minClassShare = d.label_balance.min_share;
  if (d.drift_share !== void 0) dataset.driftShare = d.drift_share;
  return { source: file, columns, dataset };
}

// shared/validate/validate-data.ts
var MAX_ANNOTATIONS = 50;
async function validateData(options) {
  const { logger } = options;
  const files = await resolveDataFiles(options.files, options.cwd);
  logger.info(`Validating ${files.length} data file${files.length === 1 ? "" : "s"}: ${files.slice(0, 5).join(", ")}${files.length > 5 ? ", \u2026" : ""}`);
  const wantsInference = !options.schema || options.schema === "infer";
  let schema = wantsInference ? void 0 : await loadDataSchema(options.schema);
  let reference;
  if (options.reference) {
    reference = await logger.group("Reading the reference", () => loadReference(options.reference, schema, options.delimiter));
  }
  let inferredFrom;
  if (!schema) {
    const base = reference ?? (await scanData(files, { ...scanOptions(options) })).profile;
    schema = inferSchema(base, options.target ? { target: options.target } : {});
    inferredFrom = options.reference ?? "the data itself";
    logger.info(`Inferred a schema from ${inferredFrom}`);
  }
  const hashing = hashDataFiles(files);
  const { workers, workerScript } = options;
  const scan = await logger.group(
    "Profiling and checking the data",
    () => workers && workers > 1 && workerScript ? scanDataInParallel(files, { ...scanOptions(options), schema, workers, workerScript }) : scanData(files, { ...scanOptions(options), schema })
  );
  const profile = scan.profile;
  const rules = datasetRuleResults({ schema, files, ...scan });
  rules.push(...scan.columnResults);
  let drift;
  if (reference) {
    const perColumn = new Map(schema.columns.filter((c) => c.drift !== void 0).map((c) => [c.name, c.drift]));
    drift = datasetDrift(reference, profile, { driftShare: options.driftShare ?? schema.dataset.driftShare ?? 0.5, perColumn });
    rules.push(...driftResults(drift));
  }
  const passed = !rules.some((r) => r.verdict === "fail");
  const statistics = profile.toJSON();
  const manifest = buildDataManifest(await hashing, statistics.files);
  const annotations = annotationsOf(rules);
  const report = renderDataReport({
    statistics,
    rules,
    ...drift ? { drift } : {},
    ...options.reference ? { referenceName: options.reference } : {},
    schemaName: inferredFrom ? `inferred from ${inferredFrom}` : schema.source
  });
  const out = options.outputDir;
  const paths = {
    statistics: join3(out, "statistics.json"),
    validation: join3(out, "validation.json"),
    report: join3(out, "report.md"),
    manifest: join3(out, "data-manifest.json")
  };
  if (inferredFrom) {
    paths.schema = join3(out, "schema.inferred.yml");
    await writeFileAtomic(paths.schema, schemaToYaml(schema, ` Data schema inferred by mlci from ${inferredFrom}: review it, then commit it.`));
  }
  await writeJsonAtomic(paths.statistics, statistics);
  await writeJsonAtomic(paths.validation, {
    format: "mlci-data-validation",
    version: 1,
    passed,
    schema: inferredFrom ? `inferred from ${inferredFrom}` : schema.source,
    files,
    rows: profile.rows,
    rules,
    drift: drift ?? null,
    annotations
  });
  await writeFileAtomic(paths.report, report);
  await writeJsonAtomic(paths.manifest, manifest);
  const failed = rules.filter((r) => r.verdict === "fail");
  logger.info(passed ? `Data validation passed: ${rules.length} rules, ${profile.rows} rows.` : `Data validation failed: ${failed.length} of ${rules.length} rules failed.`);
  for (const r of failed.slice(0, 20)) logger.info(`  \u2717 ${r.id}: ${r.message}`);
  return { passed, rules, ...drift ? { drift } : {}, statistics, manifest, annotations, report, files: paths };
}
function scanOptions(options) {
  return {
    logger: options.logger,
    ...options.batchRows ? { batchRows: options.batchRows } : {},
    ...options.delimiter ? { delimiter: options.delimiter } : {},
    ...options.maxRecordBytes ? { maxRecordBytes: options.maxRecordBytes } : {}
  };
}
function annotationsOf(rules) {
  const out = [];
  for (const r of rules) {
    if (r.verdict !== "fail" || !r.examples) continue;
    for (const e of r.examples) {
      if (out.length >= MAX_ANNOTATIONS) return out;
      const what = r.column ? `${r.column}: ${r.rule}` : r.rule;
      const value = e.value !== void 0 && e.row > 0 ? ` (value ${JSON.stringify(e.value)})` : "";
      out.push({ file: e.file, ...e.line !== void 0 ? { line: e.line } : {}, message: `${what} failed at ${describeExample(e)}${value}: ${r.message}` });
    }
  }
  return out;
}

// shared/validate/step.ts
var STEP = "validate-data";
function findWorkerScript() {
  for (const candidate of ["./validate-scan-worker.mjs", "../validate-scan-worker.mjs"]) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return void 0;
}
var validateDataStep = {
  name: STEP,
  description: "Validates datasets against a schema, profiles them with mergeable statistics, and measures drift against a reference.",
  inputs: {
    data: { description: "Data to validate: a file, several (one per line or comma-separated) or a glob such as data/*.csv. CSV, TSV, JSON Lines or Parquet; the text formats may be gzip-compressed (.csv.gz).", default: "" },
    schema: { description: 'Data schema YAML file (for example .mlci/data-schema.yml), or "infer" to derive one from the reference (or from the data); the inferred schema is written to the output directory for you to commit.', default: "infer" },
    reference: { description: "Reference for drift: a data file, or a statistics.json from an earlier run (such as the main branch's artifact). Empty: no drift check.", default: "" },
    target: { description: "Label column, used by an inferred schema (label balance, categorical).", default: "" },
    delimiter: { description: 'CSV delimiter. Default: "," (tab for .tsv).', default: "" },
    "drift-share": { description: "The dataset drifts when at least this share of its columns drift. Default 0.5, or the schema's drift_share.", default: "" },
    "fail-on-error": { description: "Fail the step when a rule fails. false: report only, and read the passed output.", default: "true" },
    merge: { description: "Merge mode for matrix shards: statistics.json files (list or glob) to merge into the statistics of all rows; data is then not read.", default: "" },
    "output-dir": { description: "Where results are written. Default: a folder under the runner temp dir (CLI: ./mlci-output/validate-data).", default: "" },
    "upload-artifact": { description: "Upload output-dir as an artifact of this name (for example the statistics a later run uses as its reference). Empty: no upload.", default: "" },
    "github-token": GITHUB_STEP_INPUTS["github-token"],
    comment: GITHUB_STEP_INPUTS.comment,
    "matrix-key": GITHUB_STEP_INPUTS["matrix-key"]
  },
  outputs: {
    passed: { description: '"true" when every rule passed, "false" otherwise.' },
    "statistics-file": { description: "Path of statistics.json (reusable as the next run's reference)." },
    "validation-file": { description: "Path of validation.json: every rule with its verdict." },
    "report-file": { description: "Path of report.md." },
    "manifest-file": { description: "Path of data-manifest.json: each file's sha256, bytes and rows, and a digest to use as the data version and cache key (empty in merge mode)." },
    "schema-file": { description: 'Path of the inferred schema, when schema is "infer".' },
    "output-dir": { description: "The directory holding all results and manifest.json." }
  },
  async run(host) {
    parseCommentMode(host.input("comment"));
    const outputDir = await resolveOutputDir(host, STEP);
    const session = await openGitHubSession(host);
    const driftInput = host.input("drift-share");
    const driftShare = driftInput.trim() ? parseNumberInput("drift-share", driftInput, 0.5, { min: 0, max: 1 }) : void 0;
    const failOnError = parseBooleanInput("fail-on-error", host.input("fail-on-error"), true);
    const referenceInput = host.input("reference").trim();
    const reference = referenceInput ? await resolveInputPath(host, "reference", referenceInput) : void 0;
    const merge = await Promise.all(splitPatternList(host.input("merge")).map((m) => resolveInputPath(host, "merge", m)));
    const data = await Promise.all(splitPatternList(host.input("data")).map((d) => resolveInputPath(host, "data", d)));
    let passed;
    let failed;
    let report;
    if (merge.length) {
      const result = await mergeStatisticsFiles({ statistics: merge, outputDir, logger: host.logger, ...reference ? { reference } : {}, ...driftShare !== void 0 ? { driftShare } : {} });
      report = result.report;
      host.setOutput("statistics-file", result.files.statistics);
      host.setOutput("validation-file", result.files.validation);
      host.setOutput("report-file", result.files.report);
      host.setOutput("manifest-file", "");
      passed = result.passed;
      failed = result.rules.filter((r) => r.verdict === "fail");
    } else {
      if (data.length === 0) throw new UserError('Input "data" is required.', "input data", "Set data to a file, a list of files or a glob such as data/*.csv (or set merge to combine shard statistics).");
      const target = host.input("target").trim();
      const delimiter = host.input("delimiter");
      const workerScript = findWorkerScript();
      const result = await validateData({
        files: data,
        ...workerScript ? { workerScript, workers: Math.min(2, availableParallelism()) } : {},
        schema: host.input("schema").trim() || "infer",
        outputDir,
        logger: host.logger,
        ...reference ? { reference } : {},
        ...driftShare !== void 0 ? { driftShare } : {},
        ...target ? { target } : {},
        ...delimiter ? { delimiter: delimiter === "\\t" ? "	" : delimiter } : {}
      });
      for (const a of result.annotations) host.logger.error(a.message, a.line !== void 0 ? { file: a.file, line: a.line } : { file: a.file });
      report = result.report;
      host.setOutput("statistics-file", result.files.statistics);
      host.setOutput("validation-file", result.files.validation);
      host.setOutput("report-file", result.files.report);
      host.setOutput("manifest-file", result.files.manifest);
      host.setOutput("schema-file", result.files.schema ?? "");
      passed = result.passed;
      failed = result.rules.filter((r) => r.verdict === "fail");
    }
    await host.summary(report);
    const verdict = {
      policy: null,
      gated: true,
      passed,
      rules: failed.map((r) => ({ id: r.id, metric: "data", kind: "threshold", description: r.message, actual: null, passed: false, message: r.message }))
    };
    await shareStepResults(host, session, { step: STEP, section: { id: STEP, title: "Data validation", markdown: report }, verdict, report, outputDir });
    host.setOutput("passed", String(passed));
    host.setOutput("output-dir", outputDir);
    const failures = failed.map((r) => `${r.id}: ${r.message}`);
    if (!passed) {
      const message = `Data validation failed (${failures.length} rule${failures.length === 1 ? "" : "s"}):
  ${failures.slice(0, 20).join("\n  ")}`;
      if (failOnError) return { failure: message };
      host.logger.warning(`${message}
(fail-on-error is false: the step passes; read the passed output.)`);
    }
    return {};
  }
};

export {
  resolveDataFiles,
  splitPatternList,
  inferSchema,
  schemaToYaml,
  validateDataStep
};
