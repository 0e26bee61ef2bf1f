/**
 * Quantile sketch with relative value error (DDSketch, Masson et al. 2019): each value's magnitude
 * falls in a bucket whose bounds lo < hi have hi/lo ≤ γ = (1+α)/(1-α), and a quantile is answered
 * with its bucket's representative 2·lo·hi/(lo+hi), within α = 1% (relative) of every value in the
 * bucket, for any distribution. We chose it over KLL and t-digest because merging is bucket-wise
 * addition: shards merge into exactly the sketch one pass would build, as the matrix workflow needs.
 *
 * Buckets follow DDSketch's linearly interpolated mapping rather than a true logarithm: the index is
 * ⌈M·(e + f)⌉ for a magnitude 2^e·(1 + f), read straight from the IEEE bits, which is several times
 * faster than Math.log. Within an octave bounds then differ by a factor of at most 1 + 1/M, so
 * M = 1/(γ − 1) ≈ 49.5 buckets per octave keeps the bound.
 */
import type { ColumnKernel } from './column-kernel.js';

export const QUANTILE_RELATIVE_ERROR = 0.01;
const GAMMA = (1 + QUANTILE_RELATIVE_ERROR) / (1 - QUANTILE_RELATIVE_ERROR);
const BUCKETS_PER_OCTAVE = 1 / (GAMMA - 1);
const TWO_POW_32 = 4294967296;
/** multiplying by it is dividing by 2^52, exactly (a power of two), without a division */
const TWO_POW_MINUS_52 = 2 ** -52;
/** at most this many buckets per sign; beyond it the buckets nearest zero collapse (values spanning 2^82) */
const MAX_BUCKETS = 4096;

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);

/** the bucket of a magnitude from the two words of its double: ⌈M·(exponent + mantissa fraction)⌉ */
function indexOfWords(low: number, high: number): number {
  const exponent = ((high >>> 20) & 0x7ff) - 1023;
  const fraction = ((high & 0xfffff) * TWO_POW_32 + low) * TWO_POW_MINUS_52;
  return Math.ceil((exponent + fraction) * BUCKETS_PER_OCTAVE);
}

/** the magnitude where bucket `index` ends, inverting the piecewise-linear mapping */
function bucketBound(index: number): number {
  const position = index / BUCKETS_PER_OCTAVE;
  const exponent = Math.floor(position);
  return 2 ** exponent * (1 + position - exponent);
}

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
    // a collapsed store meeting a value below it keeps its layout: no new array for every such value
    if (start === this.offset && size === this.counts.length) return;
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

  /** adds a finite value; NaN and infinities are left out (they have no quantile) */
  add(value: number): void {
    scratch[0] = value;
    this.addWords(scratchWords[0]!, scratchWords[1]!);
  }

  private addWords(low: number, high: number): void {
    const biased = (high >>> 20) & 0x7ff;
    if (biased === 0x7ff) return; // NaN, ±Infinity
    if (biased === 0) this.zero++; // zero and subnormals (below 2.2e-308)
    else (high >>> 31 ? this.negative : this.positive).add(indexOfWords(low, high), 1);
  }

  /** adds every finite value of an array, reading each double's bits in place */
  addAll(values: Float64Array): void {
    const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
    const positive = this.positive;
    for (let i = 0; i < values.length; i++) {
      const low = words[2 * i]!;
      const high = words[2 * i + 1]!;
      const biased = (high >>> 20) & 0x7ff;
      if (high >>> 31 === 0 && biased !== 0 && biased !== 0x7ff) {
        // the common case inlined: a positive value inside the store's current range
        const at = indexOfWords(low, high) - positive.offset;
        if (at >= 0 && at < positive.counts.length) {
          positive.counts[at]!++;
          positive.total++;
          continue;
        }
      }
      this.addWords(low, high);
    }
  }

  /**
   * addAll of the values loaded in `kernel` (the same `values`): the module counts every value that
   * falls in its store's current buckets; each one that does not is added here, growing its store,
   * and the module goes on after it. The same counts as addAll, in the same stores.
   */
  addLoaded(kernel: ColumnKernel, values: Float64Array): void {
    const n = values.length;
    const positive = this.positive;
    const negative = this.negative;
    let from = 0;
    let loaded = false;
    while (from < n) {
      if (!loaded) {
        kernel.positive.set(positive.counts);
        kernel.negative.set(negative.counts);
        loaded = true;
      }
      const stop = kernel.buckets(from, BUCKETS_PER_OCTAVE, positive.offset, positive.counts.length, negative.offset, negative.counts.length);
      positive.total += kernel.result[0]!;
      negative.total += kernel.result[1]!;
      this.zero += kernel.result[2]!;
      if (stop < n) {
        const value = values[stop]!;
        const store = value < 0 ? negative : positive;
        from = stop + 1;
        // below a collapsed store: its lowest bucket takes the value, as add() would, counted in
        // the module's copy (copying the 4,096 buckets out and in again for each such value cost
        // 25 ms a batch of 16,384 values spanning 2^±1000)
        scratch[0] = value;
        if (store.counts.length === MAX_BUCKETS && indexOfWords(scratchWords[0]!, scratchWords[1]!) < store.offset) {
          (value < 0 ? kernel.negative : kernel.positive)[0]!++;
          store.total++;
          continue;
        }
        positive.counts.set(kernel.positive.subarray(0, positive.counts.length));
        negative.counts.set(kernel.negative.subarray(0, negative.counts.length));
        loaded = false;
        this.add(value);
        continue;
      }
      positive.counts.set(kernel.positive.subarray(0, positive.counts.length));
      negative.counts.set(kernel.negative.subarray(0, negative.counts.length));
      return;
    }
    if (loaded) {
      positive.counts.set(kernel.positive.subarray(0, positive.counts.length));
      negative.counts.set(kernel.negative.subarray(0, negative.counts.length));
    }
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
   * Each bucket's value is 2·lo·hi/(lo+hi) of its bounds, within α of every value it holds.
   */
  buckets(): { value: number; count: number }[] {
    const out: { value: number; count: number }[] = [];
    const neg = this.negative.entries();
    for (let k = neg.length - 1; k >= 0; k--) out.push({ value: -bucketValue(neg[k]![0]), count: neg[k]![1] });
    if (this.zero > 0) out.push({ value: 0, count: this.zero });
    for (const [i, c] of this.positive.entries()) out.push({ value: bucketValue(i), count: c });
    return out;
  }

  /**
   * the q-quantile (0 ≤ q ≤ 1) by the lower rank convention, undefined when empty; `all`: this
   * sketch's buckets() when the caller has them already (several quantiles read the same list)
   */
  quantile(q: number, all?: { value: number; count: number }[]): number | undefined {
    const n = this.count;
    if (n === 0) return undefined;
    const rank = q * (n - 1);
    let seen = 0;
    all ??= this.buckets();
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
  const lo = bucketBound(index - 1);
  const hi = bucketBound(index);
  return (2 * lo * hi) / (lo + hi);
}
