import type { Column } from '../../data/table.js';
import { UserError } from '../../errors.js';
import { columnKernel } from './column-kernel.js';
import { hashString } from './hash.js';
import { HyperLogLog } from './hyperloglog.js';
import { emptyMoments, mergeMoments, momentsOf, populationStd, sampleStd, type Moments } from './moments.js';
import { QuantileSketch, type QuantileSketchJson } from './quantile-sketch.js';
import { FrequentValues, SmallDomainCounts, type FrequentValuesJson } from './frequent-values.js';
import { histogramOf, type Histogram } from './histogram.js';
import { isMissingText, numberAsCategory, parseNumber } from './parse-number.js';

/** How a column is profiled: as numbers (moments, quantiles) or as categories (value counts). */
export type ProfileKind = 'numeric' | 'categorical';

export const REPORTED_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99] as const;
const TOP_VALUES_REPORTED = 10;

export interface NumericSummaryJson {
  n: number;
  /** how many numbers have a fractional part (0: an integer column) */
  fractional: number;
  mean: number | null;
  std: number | null;
  min: number | null;
  max: number | null;
  /** "0.5" → value, within the sketch's 1% relative error */
  quantiles: Record<string, number>;
  histogram: Histogram | null;
  /** merge state */
  m2: number;
  sketch: QuantileSketchJson;
  /** exact value counts while the column has at most 64 distinct values, else null */
  smallDomain: [number, number][] | null;
}

export interface ColumnStatisticsJson {
  name: string;
  kind: ProfileKind;
  /** rows seen, missing cells included */
  count: number;
  missing: number;
  /** present cells of a numeric column that are not numbers */
  invalid: number;
  /** distinct present values (HyperLogLog estimate, ±0.8%) */
  distinct: number;
  /** the most frequent values, for the report */
  top: [string, number][];
  numeric?: NumericSummaryJson;
  categories?: FrequentValuesJson;
  /** HyperLogLog registers, base64 */
  distinctSketch: string;
}

/** Accumulates one column's statistics over batches; mergeable with another shard's profile. */
export class ColumnProfile {
  count = 0;
  missing = 0;
  invalid = 0;
  /** numbers with a fractional part: none means the column holds integers */
  fractional = 0;
  moments: Moments = emptyMoments();
  sketch = new QuantileSketch();
  smallDomain = new SmallDomainCounts();
  categories = new FrequentValues();
  distinct = new HyperLogLog();
  /** each batch's moments, in order, when asked for (see DatasetProfile) */
  momentLog: Moments[] | undefined;
  /**
   * the numbers of the batch last added and their moments (for checks that can use them), and where
   * the kernel found them: the indexes of their first NaN (at most five)
   */
  batch: { values: Float64Array; moments: Moments; firstNaNs?: Int32Array } | undefined;

  constructor(readonly name: string, readonly kind: ProfileKind) {}

  /** adds a batch of this column's cells; a column absent from a file adds `rows` missing cells */
  add(column: Column | undefined, rows: number): void {
    this.count += rows;
    this.batch = undefined;
    if (!column) {
      this.missing += rows;
      return;
    }
    if (this.kind === 'numeric') {
      if (column.kind === 'numeric') this.addNumbers(column.values);
      else {
        const parsed = this.parseTexts(column.values);
        this.addNumbers(parsed.numbers, parsed.invalid);
      }
    } else if (column.kind === 'numeric') {
      for (const v of column.values) this.addCategory(v !== v ? null : numberAsCategory(v));
    } else if (!(column.codes && column.dictionary && this.addCodes(column.codes, column.dictionary))) {
      const values = column.values;
      for (let i = 0; i < values.length; i++) this.addCategory(values[i]!);
    }
  }

  /**
   * A coded batch of categories: counted as integers, then each value once with its count. False,
   * having done nothing, when the frequent values could reduce within the batch (then the order of
   * the cells matters, and they go one by one as ever): the result is the cell-by-cell one exactly.
   */
  private addCodes(codes: Int32Array, dictionary: readonly string[]): boolean {
    const counts = new Int32Array(dictionary.length);
    const missing = countCodes(codes, counts);
    let used = 0;
    for (let k = 0; k < counts.length; k++) if (counts[k]! > 0) used++;
    if (this.categories.size + used > 2 * this.categories.capacity) return false;
    this.missing += missing;
    for (let k = 0; k < counts.length; k++) {
      const count = counts[k]!;
      if (count === 0) continue;
      const value = dictionary[k]!;
      if (isMissingText(value)) this.missing += count;
      else if (this.categories.add(value, count)) this.distinct.addHash(hashString(value));
    }
    return true;
  }

  /** text cells of a numeric column as numbers; cells that are not numbers become NaN and count as invalid */
  private parseTexts(values: (string | null)[]): { numbers: Float64Array; invalid: number } {
    const numbers = new Float64Array(values.length);
    let invalid = 0;
    for (let i = 0; i < values.length; i++) {
      const text = values[i]!;
      const v = isMissingText(text) ? NaN : parseNumber(text);
      if (v === undefined) invalid++;
      numbers[i] = v ?? NaN;
    }
    return { numbers, invalid };
  }

  private addNumbers(values: Float64Array, invalid = 0): void {
    // the WebAssembly loops when there is the module and room in it, else the JavaScript ones: the same figures
    const kernel = columnKernel();
    const loaded = kernel?.load(values) ? kernel : undefined;
    const m = loaded ? loaded.moments() : momentsOf(values);
    this.batch = { values, moments: m, firstNaNs: loaded?.firstNaNs(values.length - m.n) };
    this.momentLog?.push(m);
    this.invalid += invalid;
    this.missing += values.length - m.n - invalid;
    this.moments = mergeMoments(this.moments, m);
    if (loaded) this.sketch.addLoaded(loaded, values);
    else this.sketch.addAll(values);
    this.smallDomain.addAll(values);
    this.distinct.addNumbers(values, loaded);
    this.fractional += loaded ? loaded.fractional : fractionalCount(values);
  }

  private addCategory(value: string | null): void {
    if (isMissingText(value)) {
      this.missing++;
      return;
    }
    // a value already counted is already in the distinct sketch: hash only new ones
    if (this.categories.add(value)) this.distinct.addHash(hashString(value));
  }

  merge(other: ColumnProfile): ColumnProfile {
    if (other.kind !== this.kind) {
      throw new UserError(
        `Column "${this.name}" was profiled as ${this.kind} in one part and as ${other.kind} in the other, so their statistics cannot merge.`,
        'input merge',
        'Validate every shard with the same committed schema (schema: .mlci/data-schema.yml) rather than schema: infer, so that each column is read the same way.',
      );
    }
    const out = new ColumnProfile(this.name, this.kind);
    out.count = this.count + other.count;
    out.missing = this.missing + other.missing;
    out.invalid = this.invalid + other.invalid;
    out.fractional = this.fractional + other.fractional;
    out.moments = mergeMoments(this.moments, other.moments);
    out.sketch = this.sketch.merge(other.sketch);
    out.smallDomain = this.smallDomain.merge(other.smallDomain);
    out.categories = this.categories.merge(other.categories);
    out.distinct = this.distinct.merge(other.distinct);
    return out;
  }

  /** value counts as categories: exact small-domain counts for numbers, the frequent values for text */
  valueCounts(): { counts: [string, number][]; exact: boolean } {
    if (this.kind === 'categorical') return { counts: this.categories.top(), exact: this.categories.exact };
    const small = this.smallDomain.counts;
    if (!small) return { counts: [], exact: false };
    return { counts: [...small].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([v, c]) => [numberAsCategory(v), c]), exact: true };
  }

  toJSON(): ColumnStatisticsJson {
    const counts = this.valueCounts().counts;
    const json: ColumnStatisticsJson = {
      name: this.name,
      kind: this.kind,
      count: this.count,
      missing: this.missing,
      invalid: this.invalid,
      distinct: this.distinct.estimate(),
      top: counts.slice(0, TOP_VALUES_REPORTED),
      distinctSketch: this.distinct.toJSON(),
    };
    if (this.kind === 'numeric') {
      const m = this.moments;
      const quantiles: Record<string, number> = {};
      // the sketch's buckets listed once for the quantiles and the histogram
      const buckets = this.sketch.buckets();
      for (const q of REPORTED_QUANTILES) {
        const v = this.sketch.quantile(q, buckets);
        if (v !== undefined) quantiles[String(q)] = Math.min(m.max, Math.max(m.min, v));
      }
      json.numeric = {
        n: m.n,
        fractional: this.fractional,
        mean: m.n ? m.mean : null,
        std: sampleStd(m) ?? null,
        min: m.n ? m.min : null,
        max: m.n ? m.max : null,
        quantiles,
        histogram: histogramOf(this.sketch, m.min, m.max, undefined, buckets) ?? null,
        m2: m.m2,
        sketch: this.sketch.toJSON(),
        smallDomain: this.smallDomain.toJSON(),
      };
    } else {
      json.categories = this.categories.toJSON(counts);
    }
    return json;
  }

  static fromJSON(json: ColumnStatisticsJson): ColumnProfile {
    const p = new ColumnProfile(json.name, json.kind);
    p.count = json.count;
    p.missing = json.missing;
    p.invalid = json.invalid;
    p.distinct = HyperLogLog.fromJSON(json.distinctSketch);
    if (json.numeric) {
      const n = json.numeric;
      p.fractional = n.fractional;
      p.moments = { n: n.n, mean: n.mean ?? 0, m2: n.m2, min: n.min ?? Infinity, max: n.max ?? -Infinity };
      p.sketch = QuantileSketch.fromJSON(n.sketch);
      p.smallDomain = SmallDomainCounts.fromJSON(n.smallDomain);
    }
    if (json.categories) p.categories = FrequentValues.fromJSON(json.categories);
    return p;
  }

  /** population standard deviation of the numbers (what Evidently normalises Wasserstein by) */
  populationStd(): number | undefined {
    return populationStd(this.moments);
  }
}

// The long loops over a batch are functions of their own (see moments.ts): in addNumbers, the
// fractional count's loop sent the method back to the interpreter in 510 of 630 batches.

/** how many numbers have a fractional part */
function fractionalCount(values: Float64Array): number {
  let fractional = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== Math.floor(v) && v === v) fractional++; // floor, not % 1: fmod is slow
  }
  return fractional;
}

/** counts each code of a batch into `counts`; returns how many cells were missing (-1) */
function countCodes(codes: Int32Array, counts: Int32Array): number {
  let missing = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code < 0) missing++;
    else counts[code]++;
  }
  return missing;
}
