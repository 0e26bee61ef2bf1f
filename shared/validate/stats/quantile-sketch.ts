/**
 * Quantile sketch with relative value error (DDSketch, Masson et al. 2019): every value falls in a
 * logarithmic bucket [γ^(i-1), γ^i) with γ = (1+α)/(1-α), and a quantile is answered with its
 * bucket's midpoint, so the answer is within α = 1% of the true quantile's value (relative), for any
 * distribution. We chose it over KLL and t-digest because merging is bucket-wise addition: shards
 * merge into exactly the sketch one pass would build, as the matrix workflow needs.
 */
export const QUANTILE_RELATIVE_ERROR = 0.01;
const GAMMA = (1 + QUANTILE_RELATIVE_ERROR) / (1 - QUANTILE_RELATIVE_ERROR);
const INV_LOG_GAMMA = 1 / Math.log(GAMMA);
/** below this magnitude a value counts as zero (denormals and true zeros) */
const MIN_MAGNITUDE = 1e-300;
/** at most this many buckets per sign; beyond it the buckets nearest zero collapse (values spanning e^80) */
const MAX_BUCKETS = 4096;

/** counts per bucket index, dense over [offset, offset + counts.length) */
class BucketStore {
  counts: Float64Array = new Float64Array(0);
  offset = 0;
  total = 0;

  add(index: number, count: number): void {
    if (this.counts.length === 0) {
      this.counts = new Float64Array(64);
      this.offset = index - 32;
    }
    if (index < this.offset || index >= this.offset + this.counts.length) this.grow(index);
    if (index < this.offset) index = this.offset; // collapsed: lowest bucket absorbs the smallest magnitudes
    this.counts[index - this.offset]! += count;
    this.total += count;
  }

  private grow(index: number): void {
    const hi = Math.max(this.offset + this.counts.length - 1, index);
    const lo = Math.max(Math.min(this.offset, index), hi - MAX_BUCKETS + 1);
    const needed = hi - lo + 1;
    const size = Math.min(MAX_BUCKETS, needed * 2);
    const start = lo - Math.floor((size - needed) / 2);
    const next = new Float64Array(size);
    for (let i = 0; i < this.counts.length; i++) {
      const c = this.counts[i]!;
      if (c !== 0) next[Math.max(this.offset + i, start) - start]! += c;
    }
    this.counts = next;
    this.offset = start;
  }

  /** [index, count] pairs of non-empty buckets, ascending */
  entries(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.counts.length; i++) if (this.counts[i]! > 0) out.push([this.offset + i, this.counts[i]!]);
    return out;
  }
}

export interface QuantileSketchJson {
  relativeError: number;
  zero: number;
  /** [bucket index, count] for positive values, then for negative values by magnitude */
  positive: [number, number][];
  negative: [number, number][];
}

export class QuantileSketch {
  private positive = new BucketStore();
  private negative = new BucketStore();
  private zero = 0;

  get count(): number {
    return this.positive.total + this.negative.total + this.zero;
  }

  add(value: number): void {
    if (value > MIN_MAGNITUDE) this.positive.add(Math.ceil(Math.log(value) * INV_LOG_GAMMA), 1);
    else if (value < -MIN_MAGNITUDE) this.negative.add(Math.ceil(Math.log(-value) * INV_LOG_GAMMA), 1);
    else if (value === value) this.zero++;
  }

  /** adds every non-NaN value; the common case (a positive value inside the store) is inlined */
  addAll(values: ArrayLike<number>): void {
    const store = this.positive;
    let counts = store.counts;
    let offset = store.offset;
    let added = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v > MIN_MAGNITUDE) {
        const at = Math.ceil(Math.log(v) * INV_LOG_GAMMA) - offset;
        if (at >= 0 && at < counts.length) {
          counts[at]!++;
          added++;
          continue;
        }
      }
      this.add(v);
      counts = store.counts;
      offset = store.offset;
    }
    store.total += added;
  }

  merge(other: QuantileSketch): QuantileSketch {
    const out = new QuantileSketch();
    for (const s of [this, other]) {
      for (const [i, c] of s.positive.entries()) out.positive.add(i, c);
      for (const [i, c] of s.negative.entries()) out.negative.add(i, c);
      out.zero += s.zero;
    }
    return out;
  }

  /**
   * Value-weighted buckets, ascending by value: what quantiles, histograms and distances read.
   * Each bucket's value is its midpoint 2γ^i/(γ+1), within α of every value it holds.
   */
  buckets(): { value: number; count: number }[] {
    const out: { value: number; count: number }[] = [];
    const neg = this.negative.entries();
    for (let k = neg.length - 1; k >= 0; k--) out.push({ value: -bucketValue(neg[k]![0]), count: neg[k]![1] });
    if (this.zero > 0) out.push({ value: 0, count: this.zero });
    for (const [i, c] of this.positive.entries()) out.push({ value: bucketValue(i), count: c });
    return out;
  }

  /** the q-quantile (0 ≤ q ≤ 1) by the lower rank convention, undefined when empty */
  quantile(q: number): number | undefined {
    const n = this.count;
    if (n === 0) return undefined;
    const rank = q * (n - 1);
    let seen = 0;
    const all = this.buckets();
    for (const b of all) {
      seen += b.count;
      if (seen > rank) return b.value;
    }
    return all[all.length - 1]!.value;
  }

  toJSON(): QuantileSketchJson {
    return { relativeError: QUANTILE_RELATIVE_ERROR, zero: this.zero, positive: this.positive.entries(), negative: this.negative.entries() };
  }

  static fromJSON(json: QuantileSketchJson): QuantileSketch {
    if (json.relativeError !== QUANTILE_RELATIVE_ERROR) throw new Error(`quantile sketch made with relative error ${json.relativeError}, this version uses ${QUANTILE_RELATIVE_ERROR}`);
    const s = new QuantileSketch();
    s.zero = json.zero;
    for (const [i, c] of json.positive) s.positive.add(i, c);
    for (const [i, c] of json.negative) s.negative.add(i, c);
    return s;
  }
}

function bucketValue(index: number): number {
  return (2 * GAMMA ** index) / (GAMMA + 1);
}
