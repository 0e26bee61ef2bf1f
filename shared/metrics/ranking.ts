import { sortKeysInPlace } from './packed-sort.js';
import { sortScores } from './sort.js';
import type { ClassIndices, RowWeights } from './types.js';

/**
 * ROC AUC and average precision from scores sorted once. Each evaluation walks the rows from the
 * highest score down, accumulating weighted true and false positives, and closes a point of the
 * curves only where the score changes: tied scores form one threshold, as in scikit-learn's
 * roc_curve / precision_recall_curve. With the order fixed, a bootstrap resample (new weights) costs
 * one O(n) pass.
 *
 * Memory: float32 scores that are not negative (probabilities) are sorted as one 32-bit key a row,
 * the score's bits shifted left with the row's class (positive or not) in the freed bit, in place.
 * The figures without weights need nothing more (4 bytes a row while they are computed, then
 * nothing); weighted figures (slices, the bootstrap) need the rows' order, kept as one 32-bit word
 * a row that also holds the two flags the walk reads. Other scores (float64, negative) take the
 * general sort (sort.ts) and end in the same word a row.
 */
export interface RankingFigures {
  /** NaN when the weighted rows hold only one class (scikit-learn raises) */
  rocAuc: number;
  /** 0 when no positive row has weight (scikit-learn warns and its curve gives 0); NaN without any weight */
  averagePrecision: number;
}

/** A column of scores against `yTrue == positiveClass`, ready for figures with and without weights. */
export interface Ranking {
  figures(weights?: RowWeights): RankingFigures;
}

/** row number in the low 30 bits of a word of the order */
const ROW = 0x3fffffff;
const POSITIVE = 0x40000000;
/** a threshold closes at this sorted position (the next lower score differs, or none) */
const CLOSES = 0x80000000;
export const MAX_RANKED_ROWS = ROW + 1;

/** Ranks `scores[offset + i * stride]` (one column of a row-major matrix) against `yTrue == positiveClass`; the sorts happen when figures are first asked for. */
export function prepareRanking(scores: Float32Array | Float64Array, yTrue: ClassIndices, positiveClass: number, offset = 0, stride = 1): Ranking {
  const n = yTrue.length;
  if (n > MAX_RANKED_ROWS) throw new Error(`ranking metrics take at most ${MAX_RANKED_ROWS} rows, got ${n}`);
  const column = { scores, yTrue, positiveClass, offset, stride };
  let unweighted: RankingFigures | undefined;
  let order: Uint32Array | undefined;
  return {
    figures(weights) {
      if (!weights) return (unweighted ??= order ? walkOrder(order) : figuresOfKeys(column) ?? walkOrder((order = orderOf(column))));
      return walkOrder((order ??= orderOf(column)), weights);
    },
  };
}

interface ScoreColumn {
  scores: Float32Array | Float64Array;
  yTrue: ClassIndices;
  positiveClass: number;
  offset: number;
  stride: number;
}

/**
 * The last sort's keys, for the next sort to write its own into while the collector has not taken
 * them: two models' (or a multiclass model's classes') rankings sort one after the other, and a
 * second array of 4 bytes a row, allocated before the first was collected, would be in memory
 * beside it (measured: 47M rows with a baseline model peaked 180 MB higher).
 */
let spareKeys: WeakRef<Uint32Array> | undefined;

function keyArray(n: number): Uint32Array {
  const spare = spareKeys?.deref();
  spareKeys = undefined;
  if (spare && spare.length >= n && spare.length <= 2 * n) return spare.subarray(0, n);
  return new Uint32Array(n);
}

/** the keys are no longer needed: the next sort may write over them */
function releaseKeys(keys: Uint32Array): void {
  spareKeys = new WeakRef(new Uint32Array(keys.buffer, 0, keys.buffer.byteLength / 4));
}

/**
 * The key of a score that is not negative, with its class: score bits (sign bit dropped, so -0 is
 * +0) one place up, positive in bit 0. Undefined for float64 scores or when a score is negative.
 */
function packedKeys({ scores, yTrue, positiveClass, offset, stride }: ScoreColumn): Uint32Array | undefined {
  // BYTES_PER_ELEMENT rather than instanceof: arrays from onnxruntime's native side may come from another realm
  if (scores.BYTES_PER_ELEMENT !== 4) return undefined;
  const bits = new Uint32Array(scores.buffer, scores.byteOffset, scores.length);
  const n = yTrue.length;
  const keys = keyArray(n);
  for (let i = 0; i < n; i++) {
    const u = bits[offset + i * stride]!;
    if (u > 0x80000000) {
      releaseKeys(keys);
      return undefined;
    }
    keys[i] = (((u & 0x7fffffff) << 1) | (yTrue[i] === positiveClass ? 1 : 0)) >>> 0;
  }
  return keys;
}

/** figures without weights from the sorted keys alone: no row order needed */
function figuresOfKeys(column: ScoreColumn): RankingFigures | undefined {
  const keys = packedKeys(column);
  if (!keys) return undefined;
  sortKeysInPlace(keys);
  const curve = new Curve();
  for (let pos = keys.length - 1; pos >= 0; pos--) {
    const key = keys[pos]!;
    if (key & 1) curve.tp++;
    else curve.fp++;
    // a group of equal scores spans both class bits: the score is the key without bit 0
    if (pos === 0 || keys[pos - 1]! >>> 1 !== key >>> 1) curve.close();
  }
  releaseKeys(keys);
  return curve.figures();
}

/** each sorted position's row, class and threshold flag, in ascending order of score (ties in row order) */
function orderOf(column: ScoreColumn): Uint32Array {
  const { scores, yTrue, positiveClass, offset, stride } = column;
  const n = yTrue.length;
  const keys = packedKeys(column);
  if (keys) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    sortKeysInPlace(keys, order);
    for (let pos = 0; pos < n; pos++) {
      const key = keys[pos]!;
      const closes = pos === 0 || keys[pos - 1]! >>> 1 !== key >>> 1;
      order[pos] = (order[pos]! | (key & 1 ? POSITIVE : 0) | (closes ? CLOSES : 0)) >>> 0;
    }
    releaseKeys(keys);
    return order;
  }
  const sorted = sortScores(scores, n, offset, stride);
  const order = sorted.order;
  for (let pos = 0; pos < n; pos++) {
    // a threshold closes where the next lower score differs: sorted keys differ exactly when scores do
    const closes = pos === 0 || sorted.keys.some((key) => key[pos] !== key[pos - 1]);
    const row = order[pos]!;
    order[pos] = (row | (yTrue[row] === positiveClass ? POSITIVE : 0) | (closes ? CLOSES : 0)) >>> 0;
  }
  return order;
}

function walkOrder(order: Uint32Array, weights?: RowWeights): RankingFigures {
  const curve = new Curve();
  for (let pos = order.length - 1; pos >= 0; pos--) {
    const word = order[pos]!;
    const w = weights ? weights[word & ROW]! : 1;
    if (word & POSITIVE) curve.tp += w;
    else curve.fp += w;
    if (word & CLOSES) curve.close();
  }
  return curve.figures();
}

/** the running sums of the walk from the highest score down */
class Curve {
  tp = 0;
  fp = 0;
  private tpBefore = 0;
  private fpBefore = 0;
  private area = 0;
  private precisionSum = 0;

  /** a threshold: a trapezoid of the ROC curve, and a step of the precision-recall curve */
  close(): void {
    this.area += ((this.fp - this.fpBefore) * (this.tp + this.tpBefore)) / 2;
    if (this.tp > this.tpBefore) this.precisionSum += ((this.tp - this.tpBefore) * this.tp) / (this.tp + this.fp);
    this.tpBefore = this.tp;
    this.fpBefore = this.fp;
  }

  figures(): RankingFigures {
    const { tp, fp } = this;
    return {
      rocAuc: tp > 0 && fp > 0 ? this.area / (tp * fp) : NaN,
      averagePrecision: tp > 0 ? this.precisionSum / tp : fp > 0 ? 0 : NaN,
    };
  }
}
