import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  binomialUpperTail,
  checkMetricNames,
  metricInfo,
  metricNamesForTask
} from "./chunk-4FPL64JB.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/metrics/probability.ts
var FLOAT32_EPSILON = 2 ** -23;
function storedColumns(proba, n, k) {
  return k === 2 && n > 0 && proba.length === n ? 1 : k;
}
function probabilityOf(proba, width, row, c) {
  if (width !== 1) return proba[row * width + c];
  const p = proba[row];
  if (c === 1) return p;
  return proba.BYTES_PER_ELEMENT === 4 ? Math.fround(1 - p) : 1 - p;
}
function clippedLogLoss(proba) {
  const single = proba.BYTES_PER_ELEMENT === 4;
  const eps = single ? FLOAT32_EPSILON : Number.EPSILON;
  const upper = single ? Math.fround(1 - eps) : 1 - eps;
  return (p) => -Math.log(p < eps ? eps : p > upper ? upper : p);
}
function logLossPerRow(proba, yTrue, k) {
  const loss = clippedLogLoss(proba);
  const width = storedColumns(proba, yTrue.length, k);
  const out = new Float64Array(yTrue.length);
  for (let i = 0; i < yTrue.length; i++) out[i] = loss(probabilityOf(proba, width, i, yTrue[i]));
  return out;
}
function logLoss(proba, yTrue, k, weights) {
  const width = storedColumns(proba, yTrue.length, k);
  const n = yTrue.length;
  if (!weights) return n > 0 ? logLossSum(proba, width, yTrue, 0) / n : NaN;
  const loss = clippedLogLoss(proba);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    sum += w * loss(probabilityOf(proba, width, i, yTrue[i]));
    total += w;
  }
  return total > 0 ? sum / total : NaN;
}
function logLossSum(proba, width, yTrue, sum) {
  const loss = clippedLogLoss(proba);
  for (let i = 0; i < yTrue.length; i++) sum += loss(probabilityOf(proba, width, i, yTrue[i]));
  return sum;
}
function brier(proba, yTrue, weights) {
  const width = storedColumns(proba, yTrue.length, 2);
  const n = yTrue.length;
  if (!weights) return n > 0 ? brierSum(proba, width, yTrue, 0) / n : NaN;
  let sum = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const d = (yTrue[i] === 1 ? 1 : 0) - probabilityOf(proba, width, i, 1);
    const w = weights[i];
    sum += w * (d * d);
    total += w;
  }
  return total > 0 ? sum / total : NaN;
}
function brierSum(proba, width, yTrue, sum) {
  for (let i = 0; i < yTrue.length; i++) {
    const d = (yTrue[i] === 1 ? 1 : 0) - probabilityOf(proba, width, i, 1);
    sum += d * d;
  }
  return sum;
}
var CALIBRATION_BINS = 10;
function expectedCalibrationError(proba, yTrue, k, weights) {
  const n = yTrue.length;
  const width = storedColumns(proba, n, k);
  const binGap = new Float64Array(CALIBRATION_BINS);
  const total = weights ? calibrationGaps(proba, width, yTrue, k, binGap, weights) : (calibrationGaps(proba, width, yTrue, k, binGap), n);
  return calibrationError(binGap, total);
}
function calibrationError(binGap, total) {
  let sum = 0;
  for (let b = 0; b < CALIBRATION_BINS; b++) sum += Math.abs(binGap[b]);
  return total > 0 ? sum / total : NaN;
}
function calibrationGaps(proba, width, yTrue, k, binGap, weights) {
  const n = yTrue.length;
  let total = 0;
  const single = proba.BYTES_PER_ELEMENT === 4;
  for (let i = 0; i < n; i++) {
    let top = 0;
    let confidence;
    if (width === 1) {
      const p = proba[i];
      const negative = single ? Math.fround(1 - p) : 1 - p;
      top = p > negative ? 1 : 0;
      confidence = top === 1 ? p : negative;
    } else {
      confidence = proba[i * width];
      for (let c = 1; c < k; c++) {
        const p = proba[i * width + c];
        if (p > confidence) {
          top = c;
          confidence = p;
        }
      }
    }
    const gap = (top === yTrue[i] ? 1 : 0) - confidence;
    const bin = Math.min(Math.floor(confidence * CALIBRATION_BINS), CALIBRATION_BINS - 1);
    if (weights) {
      binGap[bin] += weights[i] * gap;
      total += weights[i];
    } else binGap[bin] += gap;
  }
  return total;
}

// shared/metrics/streaming-probability.ts
var StreamingProbabilityFigures = class {
  constructor(classCount) {
    this.classCount = classCount;
  }
  classCount;
  logLoss = 0;
  brier = 0;
  binGap = new Float64Array(CALIBRATION_BINS);
  rows = 0;
  /**
   * The next rows: `proba` their probabilities, `width` columns a row (1: a binary model's
   * P(class 1) alone, see storedColumns), `yTrue` their class indices.
   */
  add(proba, width, yTrue) {
    this.logLoss = logLossSum(proba, width, yTrue, this.logLoss);
    if (this.classCount === 2) this.brier = brierSum(proba, width, yTrue, this.brier);
    calibrationGaps(proba, width, yTrue, this.classCount, this.binGap);
    this.rows += yTrue.length;
  }
  /** what logLoss, brier (two classes) and expectedCalibrationError give without weights over every row added */
  figures() {
    const n = this.rows;
    return {
      log_loss: n > 0 ? this.logLoss / n : NaN,
      ...this.classCount === 2 ? { brier: n > 0 ? this.brier / n : NaN } : {},
      ece: calibrationError(this.binGap, n)
    };
  }
};

// shared/metrics/ranges.ts
var UNIT = [0, 1];
var NON_NEGATIVE = [0, Infinity];
var AT_MOST_ONE = [-Infinity, 1];
var RANGES = {
  accuracy: UNIT,
  balanced_accuracy: UNIT,
  precision: UNIT,
  recall: UNIT,
  f1: UNIT,
  precision_macro: UNIT,
  recall_macro: UNIT,
  f1_macro: UNIT,
  precision_weighted: UNIT,
  recall_weighted: UNIT,
  f1_weighted: UNIT,
  roc_auc: UNIT,
  roc_auc_ovr_macro: UNIT,
  average_precision: UNIT,
  brier: UNIT,
  ece: UNIT,
  log_loss: NON_NEGATIVE,
  mae: NON_NEGATIVE,
  rmse: NON_NEGATIVE,
  mape: NON_NEGATIVE,
  r2: AT_MOST_ONE,
  explained_variance: AT_MOST_ONE
};
var shown = (x) => x === Infinity ? "\u221E" : x === -Infinity ? "-\u221E" : String(x);
function metricRange(name) {
  return RANGES[name];
}
function checkMetricValue(name, value, where, fix) {
  const range = RANGES[name];
  if (!range || value >= range[0] && value <= range[1]) return;
  const [low, high] = range;
  throw new UserError(`${where}: ${name} = ${value} is outside ${low === -Infinity ? "(" : "["}${shown(low)}, ${shown(high)}${high === Infinity ? ")" : "]"}, the values ${name} can take.`, where, fix);
}

// shared/metrics/labels.ts
var LABEL_METRIC_NAMES = [
  "accuracy",
  "balanced_accuracy",
  "precision",
  "recall",
  "f1",
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "precision_weighted",
  "recall_weighted",
  "f1_weighted"
];
function weightedConfusion(yTrue, yPred, k, weights) {
  const matrix = new Float64Array(k * k);
  const n = yTrue.length;
  if (weights) {
    for (let i = 0; i < n; i++) matrix[yTrue[i] * k + yPred[i]] += weights[i];
  } else {
    for (let i = 0; i < n; i++) matrix[yTrue[i] * k + yPred[i]]++;
  }
  return matrix;
}
function classScores(matrix, k) {
  const scores = [];
  for (let c = 0; c < k; c++) {
    let trueSum = 0;
    let predSum = 0;
    for (let j = 0; j < k; j++) {
      trueSum += matrix[c * k + j];
      predSum += matrix[j * k + c];
    }
    const tp = matrix[c * k + c];
    const precision = predSum > 0 ? tp / predSum : 0;
    const recall = trueSum > 0 ? tp / trueSum : 0;
    const f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    scores.push({ present: trueSum > 0 || predSum > 0, support: trueSum, precision, recall, f1 });
  }
  return scores;
}
function macro(scores, name) {
  let sum = 0;
  let count = 0;
  for (const s of scores) {
    if (!s.present) continue;
    sum += s[name];
    count++;
  }
  return count > 0 ? sum / count : NaN;
}
function weighted(scores, name) {
  let sum = 0;
  let support = 0;
  for (const s of scores) {
    if (!s.present) continue;
    sum += s[name] * s.support;
    support += s.support;
  }
  return support > 0 ? sum / support : 0;
}
function labelMetrics(matrix, k, wanted) {
  const out = {};
  let total = 0;
  let correct = 0;
  for (let c = 0; c < k; c++) correct += matrix[c * k + c];
  for (let j = 0; j < matrix.length; j++) total += matrix[j];
  const scores = classScores(matrix, k);
  const positive = scores[1];
  const all = {
    accuracy: () => correct / total,
    balanced_accuracy: () => {
      let sum = 0;
      let count = 0;
      for (const s of scores) {
        if (s.support > 0) {
          sum += s.recall;
          count++;
        }
      }
      return sum / count;
    },
    precision: () => positive.precision,
    recall: () => positive.recall,
    f1: () => positive.f1,
    precision_macro: () => macro(scores, "precision"),
    recall_macro: () => macro(scores, "recall"),
    f1_macro: () => macro(scores, "f1"),
    precision_weighted: () => weighted(scores, "precision"),
    recall_weighted: () => weighted(scores, "recall"),
    f1_weighted: () => weighted(scores, "f1")
  };
  for (const name of LABEL_METRIC_NAMES) {
    if (wanted.has(name)) out[name] = total > 0 ? all[name]() : NaN;
  }
  return out;
}

// shared/metrics/packed-sort.ts
var SMALL = 48;
function sortKeysInPlace(keys, payload) {
  if (payload && payload.length !== keys.length) throw new Error(`payload has ${payload.length} values, keys ${keys.length}`);
  const scratch = { ends: Array.from({ length: 4 }, () => new Uint32Array(257)), heads: new Uint32Array(256) };
  sortRange(keys, payload, 0, keys.length, 24, scratch);
}
function sortRange(keys, payload, lo, hi, shift, scratch) {
  if (hi - lo < 2) return;
  if (hi - lo <= SMALL) {
    insertionSort(keys, payload, lo, hi);
    return;
  }
  if (shift < 0) {
    if (payload) payload.subarray(lo, hi).sort();
    return;
  }
  const ends = scratch.ends[24 - shift >> 3];
  ends.fill(0);
  for (let i = lo; i < hi; i++) ends[(keys[i] >>> shift & 255) + 1]++;
  for (let b = 0; b < 256; b++) ends[b + 1] += ends[b];
  const first = keys[lo] >>> shift & 255;
  if (ends[first + 1] - ends[first] === hi - lo) {
    sortRange(keys, payload, lo, hi, shift - 8, scratch);
    return;
  }
  const heads = scratch.heads;
  for (let b = 0; b < 256; b++) heads[b] = lo + ends[b];
  if (payload) permuteWithPayload(keys, payload, lo, ends, heads, shift);
  else permute(keys, lo, ends, heads, shift);
  for (let b = 0; b < 256; b++) sortRange(keys, payload, lo + ends[b], lo + ends[b + 1], shift - 8, scratch);
}
function permute(keys, lo, ends, heads, shift) {
  for (let b = 0; b < 256; b++) {
    const end = lo + ends[b + 1];
    while (heads[b] < end) {
      let key = keys[heads[b]];
      let digit = key >>> shift & 255;
      while (digit !== b) {
        const at = heads[digit]++;
        const displaced = keys[at];
        keys[at] = key;
        key = displaced;
        digit = key >>> shift & 255;
      }
      keys[heads[b]++] = key;
    }
  }
}
function permuteWithPayload(keys, payload, lo, ends, heads, shift) {
  for (let b = 0; b < 256; b++) {
    const end = lo + ends[b + 1];
    while (heads[b] < end) {
      let key = keys[heads[b]];
      let value = payload[heads[b]];
      let digit = key >>> shift & 255;
      while (digit !== b) {
        const at = heads[digit]++;
        const displacedKey = keys[at];
        const displacedValue = payload[at];
        keys[at] = key;
        payload[at] = value;
        key = displacedKey;
        value = displacedValue;
        digit = key >>> shift & 255;
      }
      keys[heads[b]] = key;
      payload[heads[b]++] = value;
    }
  }
}
function insertionSort(keys, payload, lo, hi) {
  for (let i = lo + 1; i < hi; i++) {
    const key = keys[i];
    const value = payload ? payload[i] : 0;
    let j = i - 1;
    while (j >= lo && (keys[j] > key || payload && keys[j] === key && payload[j] > value)) {
      keys[j + 1] = keys[j];
      if (payload) payload[j + 1] = payload[j];
      j--;
    }
    keys[j + 1] = key;
    if (payload) payload[j + 1] = value;
  }
}

// shared/metrics/sort.ts
var DIGIT_BITS = 11;
var BUCKETS = 1 << DIGIT_BITS;
var DIGIT_MASK = BUCKETS - 1;
function sortScores(values, n, offset = 0, stride = 1) {
  return values.BYTES_PER_ELEMENT === 4 ? sortFloat32(values, n, offset, stride) : sortFloat64(values, n, offset, stride);
}
function sortFloat32(values, n, offset, stride) {
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const u = bits[offset + i * stride];
    keys[i] = u === 2147483648 ? 2147483648 : (u & 2147483648) !== 0 ? ~u >>> 0 : (u | 2147483648) >>> 0;
  }
  return radixSort(n, [keys]);
}
function sortFloat64(values, n, offset, stride) {
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  const low = new Uint32Array(n);
  const high = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const at = 2 * (offset + i * stride);
    const hi = bits[at + 1];
    const lo = bits[at];
    if (hi === 2147483648 && lo === 0) {
      high[i] = 2147483648;
    } else if ((hi & 2147483648) !== 0) {
      high[i] = ~hi >>> 0;
      low[i] = ~lo >>> 0;
    } else {
      high[i] = (hi | 2147483648) >>> 0;
      low[i] = lo;
    }
  }
  return radixSort(n, [low, high]);
}
function radixSort(n, words) {
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spareOrder = new Uint32Array(n);
  let keys = words;
  let spareKeys2 = words.map(() => new Uint32Array(n));
  const counts = new Uint32Array(BUCKETS);
  for (let w = 0; w < words.length; w++) {
    for (let shift = 0; shift < 32; shift += DIGIT_BITS) {
      if (!bucketStarts(keys[w], shift, counts)) continue;
      const other = keys.length === 2 ? keys[1 - w] : void 0;
      scatter(keys[w], other, order, shift, counts, spareKeys2[w], other && spareKeys2[1 - w], spareOrder);
      [order, spareOrder] = [spareOrder, order];
      [keys, spareKeys2] = [spareKeys2, keys];
    }
  }
  return { order, keys };
}
function bucketStarts(key, shift, counts) {
  counts.fill(0);
  const n = key.length;
  for (let i = 0; i < n; i++) counts[key[i] >>> shift & DIGIT_MASK]++;
  if (n === 0 || counts[key[0] >>> shift & DIGIT_MASK] === n) return false;
  let sum = 0;
  for (let b = 0; b < BUCKETS; b++) {
    const c = counts[b];
    counts[b] = sum;
    sum += c;
  }
  return true;
}
function scatter(key, other, order, shift, counts, keyOut, otherOut, orderOut) {
  const n = key.length;
  if (other && otherOut) {
    for (let i = 0; i < n; i++) {
      const k = key[i];
      const dest = counts[k >>> shift & DIGIT_MASK]++;
      keyOut[dest] = k;
      otherOut[dest] = other[i];
      orderOut[dest] = order[i];
    }
  } else {
    for (let i = 0; i < n; i++) {
      const k = key[i];
      const dest = counts[k >>> shift & DIGIT_MASK]++;
      keyOut[dest] = k;
      orderOut[dest] = order[i];
    }
  }
}

// shared/metrics/ranking.ts
var ROW = 1073741823;
var POSITIVE = 1073741824;
var CLOSES = 2147483648;
var MAX_RANKED_ROWS = ROW + 1;
function prepareRanking(scores, yTrue, positiveClass, offset = 0, stride = 1) {
  const n = yTrue.length;
  if (n > MAX_RANKED_ROWS) throw new Error(`ranking metrics take at most ${MAX_RANKED_ROWS} rows, got ${n}`);
  const column = { scores, yTrue, positiveClass, offset, stride };
  let unweighted;
  let order;
  return {
    figures(weights) {
      if (!weights) return unweighted ??= order ? walkOrder(order) : figuresOfKeys(column) ?? walkOrder(order = orderOf(column));
      return walkOrder(order ??= orderOf(column), weights);
    }
  };
}
var spareKeys;
function keyArray(n) {
  const spare = spareKeys?.deref();
  spareKeys = void 0;
  if (spare && spare.length >= n && spare.length <= 2 * n) return spare.subarray(0, n);
  return new Uint32Array(n);
}
function releaseKeys(keys) {
  spareKeys = new WeakRef(new Uint32Array(keys.buffer, 0, keys.buffer.byteLength / 4));
}
function packedKeys({ scores, yTrue, positiveClass, offset, stride }) {
  if (scores.BYTES_PER_ELEMENT !== 4) return void 0;
  const bits = new Uint32Array(scores.buffer, scores.byteOffset, scores.length);
  const n = yTrue.length;
  const keys = keyArray(n);
  for (let i = 0; i < n; i++) {
    const u = bits[offset + i * stride];
    if (u > 2147483648) {
      releaseKeys(keys);
      return void 0;
    }
    keys[i] = ((u & 2147483647) << 1 | (yTrue[i] === positiveClass ? 1 : 0)) >>> 0;
  }
  return keys;
}
function figuresOfKeys(column) {
  const keys = packedKeys(column);
  if (!keys) return void 0;
  sortKeysInPlace(keys);
  const curve = new Curve();
  for (let pos = keys.length - 1; pos >= 0; pos--) {
    const key = keys[pos];
    if (key & 1) curve.tp++;
    else curve.fp++;
    if (pos === 0 || keys[pos - 1] >>> 1 !== key >>> 1) curve.close();
  }
  releaseKeys(keys);
  return curve.figures();
}
function orderOf(column) {
  const { scores, yTrue, positiveClass, offset, stride } = column;
  const n = yTrue.length;
  const keys = packedKeys(column);
  if (keys) {
    const order2 = new Uint32Array(n);
    for (let i = 0; i < n; i++) order2[i] = i;
    sortKeysInPlace(keys, order2);
    for (let pos = 0; pos < n; pos++) {
      const key = keys[pos];
      const closes = pos === 0 || keys[pos - 1] >>> 1 !== key >>> 1;
      order2[pos] = (order2[pos] | (key & 1 ? POSITIVE : 0) | (closes ? CLOSES : 0)) >>> 0;
    }
    releaseKeys(keys);
    return order2;
  }
  const sorted = sortScores(scores, n, offset, stride);
  const order = sorted.order;
  for (let pos = 0; pos < n; pos++) {
    const closes = pos === 0 || sorted.keys.some((key) => key[pos] !== key[pos - 1]);
    const row = order[pos];
    order[pos] = (row | (yTrue[row] === positiveClass ? POSITIVE : 0) | (closes ? CLOSES : 0)) >>> 0;
  }
  return order;
}
function walkOrder(order, weights) {
  const curve = new Curve();
  for (let pos = order.length - 1; pos >= 0; pos--) {
    const word = order[pos];
    const w = weights ? weights[word & ROW] : 1;
    if (word & POSITIVE) curve.tp += w;
    else curve.fp += w;
    if (word & CLOSES) curve.close();
  }
  return curve.figures();
}
var Curve = class {
  tp = 0;
  fp = 0;
  tpBefore = 0;
  fpBefore = 0;
  area = 0;
  precisionSum = 0;
  /** a threshold: a trapezoid of the ROC curve, and a step of the precision-recall curve */
  close() {
    this.area += (this.fp - this.fpBefore) * (this.tp + this.tpBefore) / 2;
    if (this.tp > this.tpBefore) this.precisionSum += (this.tp - this.tpBefore) * this.tp / (this.tp + this.fp);
    this.tpBefore = this.tp;
    this.fpBefore = this.fp;
  }
  figures() {
    const { tp, fp } = this;
    return {
      rocAuc: tp > 0 && fp > 0 ? this.area / (tp * fp) : NaN,
      averagePrecision: tp > 0 ? this.precisionSum / tp : fp > 0 ? 0 : NaN
    };
  }
};

// shared/metrics/regression.ts
var REGRESSION_METRIC_NAMES = ["mae", "rmse", "r2", "mape", "explained_variance"];
var MAPE_EPSILON = Number.EPSILON;
var ABSOLUTE = 0;
var SQUARED = 1;
var PERCENTAGE = 2;
var RESIDUAL = 3;
var TARGET = 4;
function rowFigure(figure, y, predicted) {
  if (figure === TARGET) return y;
  const r = y - predicted;
  if (figure === RESIDUAL) return r;
  if (figure === SQUARED) return r * r;
  if (figure === ABSOLUTE) return Math.abs(r);
  return Math.abs(r) / Math.max(Math.abs(y), MAPE_EPSILON);
}
function meanOf(figure, { yTrue, yPred }, weights) {
  const n = yTrue.length;
  let sum = 0;
  if (!weights) {
    for (let i = 0; i < n; i++) sum += rowFigure(figure, yTrue[i], yPred[i]);
    return n > 0 ? sum / n : NaN;
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    sum += w * rowFigure(figure, yTrue[i], yPred[i]);
    total += w;
  }
  return total > 0 ? sum / total : NaN;
}
function varianceOf(figure, inputs, weights) {
  const { yTrue, yPred } = inputs;
  const mean = meanOf(figure, inputs, weights);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const w = weights ? weights[i] : 1;
    const d = rowFigure(figure, yTrue[i], yPred[i]) - mean;
    sum += w * d * d;
    total += w;
  }
  return sum / total;
}
function explainedShare(unexplained, total) {
  if (Number.isNaN(unexplained) || Number.isNaN(total)) return NaN;
  if (unexplained === 0) return 1;
  if (total === 0) return 0;
  return 1 - unexplained / total;
}
function regressionMetrics(inputs, wanted, weights) {
  const all = {
    mae: () => meanOf(ABSOLUTE, inputs, weights),
    rmse: () => Math.sqrt(meanOf(SQUARED, inputs, weights)),
    mape: () => meanOf(PERCENTAGE, inputs, weights),
    // r2 = 1 − Σw·e² / Σw·(y − ȳ)²: both sides divided by Σw, the ratio is the same
    r2: () => explainedShare(meanOf(SQUARED, inputs, weights), varianceOf(TARGET, inputs, weights)),
    explained_variance: () => explainedShare(varianceOf(RESIDUAL, inputs, weights), varianceOf(TARGET, inputs, weights))
  };
  const out = {};
  for (const name of REGRESSION_METRIC_NAMES) if (wanted.has(name)) out[name] = all[name]();
  return out;
}

// shared/metrics/validate.ts
function checkInputs(task, inputs, weights) {
  if (task === "regression") checkRegression(asRegression(inputs));
  else checkClassification(task, asClassification(inputs));
  if (weights) checkWeights(weights, inputs.yTrue.length);
}
function asClassification(inputs) {
  if (!("classCount" in inputs)) throw new Error("classification metrics were given regression inputs");
  return inputs;
}
function asRegression(inputs) {
  if ("classCount" in inputs) throw new Error("regression metrics were given classification inputs");
  return inputs;
}
function checkClassification(task, { yTrue, yPred, proba, classCount: k }) {
  const n = yTrue.length;
  if (!Number.isInteger(k) || k < 2) throw new Error(`classCount must be an integer >= 2, got ${k}`);
  if (task === "binary" && k !== 2) throw new Error(`a binary task has 2 classes, got classCount ${k}`);
  if (yPred.length !== n) throw new Error(`yPred has ${yPred.length} rows, yTrue ${n}`);
  for (let i = 0; i < n; i++) {
    if (yTrue[i] < 0 || yTrue[i] >= k) throw new Error(`yTrue[${i}] = ${yTrue[i]} is not a class index below ${k}`);
    if (yPred[i] < 0 || yPred[i] >= k) throw new Error(`yPred[${i}] = ${yPred[i]} is not a class index below ${k}`);
  }
  if (!proba) return;
  const width = k === 2 && proba.length === n ? 1 : k;
  if (proba.length !== n * width) throw new Error(`proba has ${proba.length} values, expected ${n} rows \xD7 ${k} classes`);
  for (let j = 0; j < proba.length; j++) {
    const p = proba[j];
    if (!(p >= 0 && p <= 1)) {
      const row = Math.floor(j / width);
      throw new UserError(
        `The model gave the probability ${p} to class ${width === 1 ? 1 : j % k} at row ${row + 1}; probabilities must lie in [0, 1].`,
        `row ${row + 1} of the evaluation data`,
        "If the model ends at its logits (most networks leave softmax to the loss), set scores: logits; otherwise check the output for NaN from this row's features."
      );
    }
  }
}
function checkRegression({ yTrue, yPred }) {
  if (yPred.length !== yTrue.length) throw new Error(`yPred has ${yPred.length} rows, yTrue ${yTrue.length}`);
  for (let i = 0; i < yPred.length; i++) {
    if (!Number.isFinite(yPred[i])) {
      throw new UserError(
        `The model predicted ${yPred[i]} at row ${i + 1}; metrics need finite predictions.`,
        `row ${i + 1} of the evaluation data`,
        "Check the row's features for values far outside the training range, and the model for numeric overflow."
      );
    }
    if (!Number.isFinite(yTrue[i])) throw new Error(`yTrue[${i}] = ${yTrue[i]} is not finite`);
  }
}
function checkWeights(weights, n) {
  if (weights.length !== n) throw new Error(`weights has ${weights.length} rows, yTrue ${n}`);
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!(w >= 0 && w < Infinity)) throw new Error(`weights[${i}] = ${w} is not a finite non-negative number`);
  }
}

// shared/metrics/weighted-mean.ts
function weightedMean(values, weights) {
  let sum = 0;
  if (!weights) {
    for (let i = 0; i < values.length; i++) sum += values[i];
    return values.length > 0 ? sum / values.length : NaN;
  }
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i];
    sum += w * values[i];
    total += w;
  }
  return total > 0 ? sum / total : NaN;
}

// shared/metrics/compute.ts
function computeMetrics(task, inputs, weights, names) {
  checkInputs(task, inputs, weights);
  return prepareMetrics(task, inputs, names, { checked: true })(weights);
}
function defaultMetricNames(task, inputs) {
  const k = "classCount" in inputs ? inputs.classCount : void 0;
  const hasProbabilities = "classCount" in inputs && inputs.proba !== void 0;
  return metricNamesForTask(task, k).filter((name) => hasProbabilities || !metricInfo(name).needsProbabilities);
}
function prepareMetrics(task, inputs, names, options = {}) {
  if (!options.checked) checkInputs(task, inputs);
  const wanted = names ?? defaultMetricNames(task, inputs);
  checkMetricNames(task, "classCount" in inputs ? inputs.classCount : void 0, wanted);
  const wantedSet = new Set(wanted);
  let evaluate;
  if (task === "regression") {
    const regression = asRegression(inputs);
    evaluate = (out, weights) => Object.assign(out, regressionMetrics(regression, wantedSet, weights));
  } else {
    const parts = classificationParts(asClassification(inputs), wantedSet, options.repeatedWeights ?? false, options.unweighted ?? {});
    evaluate = (out, weights) => parts.forEach((part) => part(out, weights));
  }
  return (weights) => {
    const out = {};
    evaluate(out, weights);
    const ordered = {};
    for (const name of wanted) ordered[name] = out[name];
    return ordered;
  };
}
function classificationParts(inputs, wanted, repeatedWeights, unweighted) {
  const { yTrue, yPred, proba, classCount: k } = inputs;
  const parts = [];
  if (LABEL_METRIC_NAMES.some((name) => wanted.has(name))) {
    parts.push((out, w) => Object.assign(out, labelMetrics(weightedConfusion(yTrue, yPred, k, w), k, wanted)));
  }
  const probabilityNames = [...wanted].filter((name) => metricInfo(name).needsProbabilities);
  if (probabilityNames.length === 0) return parts;
  if (!proba) {
    throw new UserError(
      `The metric ${probabilityNames.join(", ")} needs class probabilities, but the model gives labels only.`,
      void 0,
      "Export the model with a probability output, or gate on label metrics such as accuracy or f1_macro."
    );
  }
  const width = storedColumns(proba, yTrue.length, k);
  if (wanted.has("roc_auc") || wanted.has("average_precision")) {
    const ranking = prepareRanking(proba, yTrue, 1, width === 1 ? 0 : 1, width);
    parts.push((out, w) => {
      const figures = ranking.figures(w);
      if (wanted.has("roc_auc")) out.roc_auc = figures.rocAuc;
      if (wanted.has("average_precision")) out.average_precision = figures.averagePrecision;
    });
  }
  if (wanted.has("roc_auc_ovr_macro")) {
    const perClass = Array.from({ length: k }, (_, c) => prepareRanking(proba, yTrue, c, c, k));
    parts.push((out, w) => out.roc_auc_ovr_macro = perClass.reduce((sum, ranking) => sum + ranking.figures(w).rocAuc, 0) / k);
  }
  if (wanted.has("log_loss")) {
    let perRow;
    parts.push((out, w) => {
      if (!w && unweighted.log_loss !== void 0) return void (out.log_loss = unweighted.log_loss);
      if (w && repeatedWeights) perRow ??= logLossPerRow(proba, yTrue, k);
      out.log_loss = perRow ? weightedMean(perRow, w) : logLoss(proba, yTrue, k, w);
    });
  }
  if (wanted.has("brier")) parts.push((out, w) => out.brier = !w && unweighted.brier !== void 0 ? unweighted.brier : brier(proba, yTrue, w));
  if (wanted.has("ece")) parts.push((out, w) => out.ece = !w && unweighted.ece !== void 0 ? unweighted.ece : expectedCalibrationError(proba, yTrue, k, w));
  return parts;
}
function computeConfusionMatrix(inputs, classes, weights) {
  const k = inputs.classCount;
  checkInputs(k === 2 ? "binary" : "multiclass", inputs, weights);
  const flat = weightedConfusion(inputs.yTrue, inputs.yPred, k, weights);
  const labels = classes ?? Array.from({ length: k }, (_, c) => c);
  if (labels.length !== k) throw new Error(`${labels.length} class labels for ${k} classes`);
  return { classes: labels, matrix: Array.from({ length: k }, (_, t) => Array.from(flat.subarray(t * k, (t + 1) * k))) };
}

// shared/metrics/percentile.ts
function percentileInterval(values, level) {
  const finite = values.filter((v) => !Number.isNaN(v)).sort();
  if (finite.length === 0) return void 0;
  const tail = (1 - level) / 2;
  return { low: percentileOfSorted(finite, tail), high: percentileOfSorted(finite, 1 - tail), level };
}
function percentileOfSorted(sorted, q) {
  const h = (sorted.length - 1) * q;
  const below = Math.floor(h);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}

// shared/metrics/paired-test.ts
function attachPairedTest(delta, test) {
  delta.pValue = test.pValue;
  delta.pValueDown = test.pValueDown;
  delta.pValueUp = test.pValueUp;
  delta.test = test.method;
  delete delta.discordant;
  delete delta.standardError;
  if (test.discordant) delta.discordant = test.discordant;
  if (test.standardError !== void 0 && Number.isFinite(test.standardError)) delta.standardError = test.standardError;
  return delta;
}

// shared/metrics/random.ts
var SeededRandom = class {
  s0;
  s1;
  s2;
  s3;
  constructor(seed) {
    let x = seed >>> 0;
    const next = () => {
      x = x + 2654435769 >>> 0;
      let z = x;
      z = Math.imul(z ^ z >>> 16, 2246822507);
      z = Math.imul(z ^ z >>> 13, 3266489909);
      return (z ^ z >>> 16) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
  }
  /** uniform on 0..2³²−1 */
  nextUint32() {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }
  /** uniform on (0, 1), 53 bits from two draws, never 0 or 1 (the binomial draws take its logarithm) */
  nextUnit() {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * 67108864 + low + 0.5) / 9007199254740992;
  }
  /**
   * Uniform on 0..n−1 without bias, 1 ≤ n ≤ 2³². Up to 2²¹ rows, Lemire's multiply-and-reject (the
   * high 32 bits of x·n, rejecting the few x whose low bits fall below 2³² mod n); x·n then stays
   * below 2⁵³, exact in a double, and no division is needed. Above, the plain rejection of the top
   * partial block of 2³² and x mod n.
   */
  nextIndex(n) {
    if (n <= LEMIRE_MAX) {
      let m = this.nextUint32() * n;
      let low = m - Math.floor(m * TWO_TO_MINUS_32) * TWO_TO_32;
      if (low < n) {
        const threshold = (TWO_TO_32 - n) % n;
        while (low < threshold) {
          m = this.nextUint32() * n;
          low = m - Math.floor(m * TWO_TO_MINUS_32) * TWO_TO_32;
        }
      }
      return Math.floor(m * TWO_TO_MINUS_32);
    }
    const limit = TWO_TO_32 - TWO_TO_32 % n;
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }
};
var TWO_TO_32 = 4294967296;
var TWO_TO_MINUS_32 = 1 / TWO_TO_32;
var LEMIRE_MAX = 2 ** 21;
function rotl(x, k) {
  return x << k | x >>> 32 - k;
}
function resampleCounts(random, n, into = new Float64Array(n)) {
  into.fill(0);
  for (let i = 0; i < n; i++) {
    const row = random.nextIndex(n);
    into[row]++;
    if (into[row] === 0) throw new Error(`row ${row} was drawn more than 255 times in one resample`);
  }
  return into;
}

// shared/metrics/bootstrap.ts
function bootstrapIntervals(task, inputs, options, metricNames) {
  checkOptions(options);
  const names = metricNames ?? defaultMetricNames(task, inputs);
  const values = resampledValues(inputs.yTrue.length, options, [{ evaluate: prepareMetrics(task, inputs, names, { repeatedWeights: true }), names }])[0];
  return intervalsOf(values, names, options.level);
}
function pairedBootstrapDeltas(task, candidateInputs, baselineInputs, options, metricNames) {
  checkOptions(options);
  checkSameRows(candidateInputs.yTrue, baselineInputs.yTrue);
  const baselineNames = new Set(defaultMetricNames(task, baselineInputs));
  const names = metricNames ?? defaultMetricNames(task, candidateInputs).filter((name) => baselineNames.has(name));
  const prepared = (inputs) => ({ inputs, evaluate: prepareMetrics(task, inputs, names, { repeatedWeights: true }), names });
  return bootstrapAgainstBaseline(prepared(candidateInputs), prepared(baselineInputs), options).deltas;
}
function bootstrapAgainstBaseline(candidate, baseline, options, slices) {
  checkOptions(options);
  checkSameRows(candidate.inputs.yTrue, baseline.inputs.yTrue);
  const sliceEvaluators = (slices?.slices ?? []).flatMap(({ rows, candidate: candidate2, baseline: baseline2 }) => [
    { ...candidate2, rows },
    { ...baseline2, rows }
  ]);
  const [candidateResampled, baselineResampled, ...sliceResampled] = resampledValues(candidate.inputs.yTrue.length, options, [candidate, baseline, ...sliceEvaluators]);
  const deltas = metricDeltas(candidate.evaluate(), baseline.evaluate());
  const sliceDeltas = {};
  slices?.slices.forEach(({ value, candidate: c, baseline: b }, s) => {
    const point = metricDeltas(c.evaluate(), b.evaluate());
    sliceDeltas[value] = pairedDeltasOf(point, sliceResampled[2 * s], sliceResampled[2 * s + 1], b.names, options.level);
  });
  return {
    intervals: intervalsOf(candidateResampled, candidate.names, options.level),
    deltas: pairedDeltasOf(deltas, candidateResampled, baselineResampled, baseline.names, options.level),
    sliceDeltas
  };
}
function intervalsOf(values, names, level) {
  const intervals = {};
  for (const name of names) {
    const interval = percentileInterval(values[name], level);
    if (interval) intervals[name] = interval;
  }
  return intervals;
}
function pairedDeltasOf(deltas, candidate, baseline, names, level) {
  for (const name of names) {
    const delta = deltas[name];
    if (!delta) continue;
    const differences = candidate[name].map((value, r) => value - baseline[name][r]);
    const interval = percentileInterval(differences, level);
    if (interval && Number.isFinite(delta.absolute)) {
      delta.interval = interval;
      attachPairedTest(delta, pairedPValues(differences, delta.absolute));
    }
  }
  return deltas;
}
function pairedPValues(differences, observed) {
  const tolerance = 1e-12 * Math.max(1, Math.abs(observed));
  let below = 0;
  let above = 0;
  let count = 0;
  let sum = 0;
  let sumSquares = 0;
  for (const d of differences) {
    if (Number.isNaN(d)) continue;
    count++;
    const centred = d - observed;
    if (centred <= observed + tolerance) below++;
    if (centred >= observed - tolerance) above++;
    sum += d;
    sumSquares += d * d;
  }
  const down = (1 + below) / (1 + count);
  const up = (1 + above) / (1 + count);
  const mean = count > 0 ? sum / count : NaN;
  const variance = count > 1 ? Math.max(0, (sumSquares - count * mean * mean) / (count - 1)) : NaN;
  return { method: "bootstrap", pValue: Math.min(1, 2 * Math.min(down, up)), pValueDown: Math.min(1, down), pValueUp: Math.min(1, up), standardError: Math.sqrt(variance) };
}
function metricDeltas(candidate, baseline) {
  const deltas = {};
  for (const [metric, c] of Object.entries(candidate)) {
    const b = baseline[metric];
    if (b === void 0) continue;
    deltas[metric] = { metric, baseline: b, candidate: c, absolute: c - b, relative: b === 0 ? null : (c - b) / Math.abs(b) };
  }
  return deltas;
}
function resampledValues(n, options, evaluators) {
  const random = new SeededRandom(options.seed);
  const weights = new Uint8Array(n);
  const gathered = evaluators.map(({ rows }) => rows ? new Uint8Array(rows.length) : void 0);
  const results = evaluators.map(({ names }) => Object.fromEntries(names.map((name) => [name, new Float64Array(options.resamples)])));
  for (let r = 0; r < options.resamples; r++) {
    resampleCounts(random, n, weights);
    evaluators.forEach(({ evaluate, names, rows }, e) => {
      let w = weights;
      if (rows) {
        w = gathered[e];
        for (let j = 0; j < rows.length; j++) w[j] = weights[rows[j]];
      }
      const values = evaluate(w);
      for (const name of names) results[e][name][r] = values[name];
    });
  }
  return results;
}
function checkOptions({ resamples, seed, level }) {
  const problem = !Number.isInteger(resamples) || resamples < 1 ? `resamples must be a whole number of at least 1, got ${resamples}` : !Number.isInteger(seed) || seed < 0 || seed > 4294967295 ? `seed must be a whole number from 0 to 4294967295, got ${seed}` : !(level > 0 && level < 1) ? `level must lie strictly between 0 and 1 (0.95 for 95%), got ${level}` : void 0;
  if (problem) throw new UserError(`Invalid bootstrap setting: ${problem}.`, "bootstrap options", "Set resamples (e.g. 1000), seed and level (e.g. 0.95) to valid values.");
}
function checkSameRows(candidate, baseline) {
  let same = candidate.length === baseline.length;
  for (let i = 0; same && i < candidate.length; i++) same = candidate[i] === baseline[i];
  if (!same) throw new Error("paired bootstrap needs both models scored on the same rows (the targets differ)");
}

// shared/metrics/binomial-draw.ts
var INVERSION_MAX_MEAN = 10;
function binomialDraw(random, trials, p) {
  if (trials === 0 || p <= 0) return 0;
  if (p >= 1) return trials;
  if (p > 0.5) return trials - binomialDraw(random, trials, 1 - p);
  return trials * p < INVERSION_MAX_MEAN ? byInversion(random, trials, p) : byTransformedRejection(random, trials, p);
}
function byInversion(random, trials, p) {
  const q = 1 - p;
  const odds = p / q;
  const ratio = (trials + 1) * odds;
  let probability = Math.exp(trials * Math.log1p(-p));
  let u = random.nextUnit();
  let x = 0;
  while (u > probability && x < trials) {
    u -= probability;
    x++;
    probability *= ratio / x - odds;
  }
  return x;
}
function byTransformedRejection(random, trials, p) {
  const q = 1 - p;
  const spread = Math.sqrt(trials * p * q);
  const b = 1.15 + 2.53 * spread;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = trials * p + 0.5;
  const squeeze = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spread;
  const logOdds = Math.log(p / q);
  const mode = Math.floor((trials + 1) * p);
  const logAtMode = logFactorial(mode) + logFactorial(trials - mode);
  for (; ; ) {
    const u = random.nextUnit() - 0.5;
    const v = random.nextUnit();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor((2 * a / us + b) * u + c);
    if (k < 0 || k > trials) continue;
    if (us >= 0.07 && v <= squeeze) return k;
    const logV = Math.log(v * alpha / (a / (us * us) + b));
    if (logV <= logAtMode - logFactorial(k) - logFactorial(trials - k) + (k - mode) * logOdds) return k;
  }
}
var SMALL_FACTORIALS = 256;
var logSmallFactorials = (() => {
  const table = new Float64Array(SMALL_FACTORIALS);
  for (let k = 1; k < SMALL_FACTORIALS; k++) table[k] = table[k - 1] + Math.log(k);
  return table;
})();
function logFactorial(k) {
  if (k < SMALL_FACTORIALS) return logSmallFactorials[k];
  const x = k + 1;
  const inverse = 1 / x;
  const inverse2 = inverse * inverse;
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 / 1260));
}
var HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
function uniformMultinomial(random, total, into) {
  const cells = into.length;
  let left = total;
  for (let i = 0; i < cells - 1; i++) {
    const count = left > 0 ? binomialDraw(random, left, 1 / (cells - i)) : 0;
    into[i] = count;
    left -= count;
  }
  if (cells > 0) into[cells - 1] = left;
  return into;
}

// shared/metrics/select-rows.ts
function inputsOfRows(inputs, rows) {
  if ("classCount" in inputs) {
    const k = inputs.classCount;
    const source = inputs.proba;
    let proba;
    if (source) {
      const width = source.length / Math.max(1, inputs.yTrue.length);
      proba = source.BYTES_PER_ELEMENT === 4 ? new Float32Array(rows.length * width) : new Float64Array(rows.length * width);
      rows.forEach((row, j) => proba.set(source.subarray(row * width, (row + 1) * width), j * width));
    }
    const indices = (of) => of.BYTES_PER_ELEMENT === 1 ? Uint8Array.from(rows, (r) => of[r]) : Int32Array.from(rows, (r) => of[r]);
    const picked2 = {
      classCount: k,
      yTrue: indices(inputs.yTrue),
      yPred: indices(inputs.yPred),
      ...proba ? { proba } : {}
    };
    return picked2;
  }
  const yPred = inputs.yPred.BYTES_PER_ELEMENT === 4 ? Float32Array.from(rows, (r) => inputs.yPred[r]) : Float64Array.from(rows, (r) => inputs.yPred[r]);
  const picked = { yTrue: Float64Array.from(rows, (r) => inputs.yTrue[r]), yPred };
  return picked;
}
function countPositive(mask) {
  let count = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i] > 0) count++;
  return count;
}
function rowsOfMask(mask, count = countPositive(mask)) {
  const rows = new Int32Array(count);
  for (let i = 0, at = 0; at < count; i++) if (mask[i] > 0) rows[at++] = i;
  return rows;
}

// shared/metrics/little-bootstraps.ts
var SUBSET_EXPONENT = 0.7;
var SUBSETS = 10;
var LITTLE_BOOTSTRAPS_FROM_ROWS = 2e6;
var SLICE_LITTLE_BOOTSTRAPS_FROM_ROWS = 2e4;
function littleBootstrapsPlan(rows, resamples) {
  const subsets = Math.max(1, Math.min(SUBSETS, resamples));
  const subsetRows = Math.max(1, Math.min(Math.floor(rows / subsets), Math.ceil(rows ** SUBSET_EXPONENT)));
  return { subsets, subsetRows };
}
function littleBootstrapsMinRows(resamples) {
  const { subsets } = littleBootstrapsPlan(0, resamples);
  let rows = Math.ceil(subsets ** (1 / (1 - SUBSET_EXPONENT)));
  while (subsets * Math.ceil(rows ** SUBSET_EXPONENT) > rows) rows++;
  return rows;
}
function littleBootstrapValues(task, models, options, slice) {
  checkOptions(options);
  const n = models[0].inputs.yTrue.length;
  const rows = slice ? slice.rows : n;
  const plan = !slice && options.plan || littleBootstrapsPlan(rows, options.resamples);
  const random = new SeededRandom(options.seed);
  const subsets = disjointSubsets(random, n, rows, plan, slice?.mask);
  const results = models.map(({ names }) => Object.fromEntries(names.map((name) => [name, new Float64Array(options.resamples)])));
  let r = 0;
  subsets.forEach((subset, j) => {
    const evaluators = models.map(({ inputs, names }) => prepareMetrics(task, inputsOfRows(inputs, subset), names, { checked: true, repeatedWeights: true }));
    const centres = evaluators.map((evaluate) => evaluate());
    const weights = new Float64Array(subset.length);
    const count = Math.floor(options.resamples / plan.subsets) + (j < options.resamples % plan.subsets ? 1 : 0);
    for (let k = 0; k < count; k++, r++) {
      uniformMultinomial(random, rows, weights);
      evaluators.forEach((evaluate, e) => {
        const values = evaluate(weights);
        const { names, point } = models[e];
        for (const name of names) results[e][name][r] = point[name] + (values[name] - centres[e][name]);
      });
    }
  });
  return results;
}
function disjointSubsets(random, n, eligible, plan, mask) {
  const wanted = Math.min(eligible, plan.subsets * plan.subsetRows);
  const chosen = new Int32Array(wanted);
  let needed = wanted;
  let left = eligible;
  for (let i = 0; i < n && needed > 0; i++) {
    if (mask && !(mask[i] > 0)) continue;
    if (random.nextIndex(left) < needed) chosen[wanted - needed--] = i;
    left--;
  }
  for (let i = wanted - 1; i > 0; i--) {
    const j = random.nextIndex(i + 1);
    const t = chosen[i];
    chosen[i] = chosen[j];
    chosen[j] = t;
  }
  return Array.from({ length: plan.subsets }, (_, j) => chosen.subarray(j * plan.subsetRows, (j + 1) * plan.subsetRows).sort());
}
function littleBootstrapIntervals(task, candidate, options) {
  return withinRanges(intervalsOf(littleBootstrapValues(task, [candidate], options)[0], candidate.names, options.level));
}
function withinRanges(intervals) {
  for (const [name, interval] of Object.entries(intervals)) {
    const range = metricRange(name);
    if (!range) continue;
    interval.low = Math.min(Math.max(interval.low, range[0]), range[1]);
    interval.high = Math.min(Math.max(interval.high, range[0]), range[1]);
  }
  return intervals;
}
function littleBootstrapsAgainstBaseline(task, candidate, baseline, options, slices, littleFromRows = SLICE_LITTLE_BOOTSTRAPS_FROM_ROWS) {
  const [candidateValues, baselineValues] = littleBootstrapValues(task, [candidate, baseline], options);
  const sliceDeltas = {};
  const names = slices?.names ?? [];
  for (const slice of slices?.each() ?? []) {
    const rows = countPositive(slice.mask);
    if (rows < littleFromRows) {
      const rowNumbers = rowsOfMask(slice.mask, rows);
      sliceDeltas[slice.value] = pairedBootstrapDeltas(task, inputsOfRows(candidate.inputs, rowNumbers), inputsOfRows(baseline.inputs, rowNumbers), options, names);
      continue;
    }
    const point = metricDeltas(pick(slice.candidate, names), pick(slice.baseline, names));
    const [c, b] = littleBootstrapValues(task, [{ inputs: candidate.inputs, names, point: slice.candidate }, { inputs: baseline.inputs, names, point: slice.baseline }], options, { mask: slice.mask, rows });
    sliceDeltas[slice.value] = pairedDeltasOf(point, c, b, names, options.level);
  }
  return {
    intervals: withinRanges(intervalsOf(candidateValues, candidate.names, options.level)),
    deltas: pairedDeltasOf(metricDeltas(candidate.point, baseline.point), candidateValues, baselineValues, baseline.names, options.level),
    sliceDeltas
  };
}
function pick(values, names) {
  const out = {};
  for (const name of names) if (name in values) out[name] = values[name];
  return out;
}

// shared/metrics/paired-exact.ts
var PROPORTION_METRICS = {
  accuracy: { rows: () => true, binaryOnly: false },
  recall: { rows: (truth) => truth === 1, binaryOnly: true }
};
function hasExactPairedTest(metric, classCount) {
  const entry = PROPORTION_METRICS[metric];
  return entry !== void 0 && (!entry.binaryOnly || classCount === 2);
}
function exactPairedTests(candidate, baseline, names, mask) {
  const tests = {};
  for (const name of names) {
    if (!hasExactPairedTest(name, candidate.classCount)) continue;
    const inSet = PROPORTION_METRICS[name].rows;
    let rows = 0;
    let candidateOnly = 0;
    let baselineOnly = 0;
    const { yTrue } = candidate;
    for (let i = 0; i < yTrue.length; i++) {
      if (mask && !(mask[i] > 0) || !inSet(yTrue[i])) continue;
      rows++;
      const c = candidate.yPred[i] === yTrue[i];
      const b = baseline.yPred[i] === yTrue[i];
      if (c && !b) candidateOnly++;
      else if (b && !c) baselineOnly++;
    }
    tests[name] = mcNemar(rows, candidateOnly, baselineOnly);
  }
  return tests;
}
function mcNemar(rows, candidateOnly, baselineOnly) {
  const m = candidateOnly + baselineOnly;
  const down = binomialUpperTail(m, baselineOnly, 0.5);
  const up = binomialUpperTail(m, candidateOnly, 0.5);
  return {
    method: "exact-mcnemar",
    pValue: Math.min(1, 2 * Math.min(down, up)),
    pValueDown: down,
    pValueUp: up,
    discordant: { rows, candidateOnly, baselineOnly }
  };
}

export {
  StreamingProbabilityFigures,
  computeMetrics,
  defaultMetricNames,
  prepareMetrics,
  computeConfusionMatrix,
  attachPairedTest,
  bootstrapIntervals,
  bootstrapAgainstBaseline,
  metricDeltas,
  checkMetricValue,
  inputsOfRows,
  countPositive,
  rowsOfMask,
  LITTLE_BOOTSTRAPS_FROM_ROWS,
  littleBootstrapsPlan,
  littleBootstrapsMinRows,
  littleBootstrapIntervals,
  littleBootstrapsAgainstBaseline,
  hasExactPairedTest,
  exactPairedTests
};
