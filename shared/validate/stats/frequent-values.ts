/**
 * Most frequent values of a column, mergeable (Misra–Gries summary, as merged by Agarwal et al.
 * 2012): keeps at most `capacity` counters; each reported count is low by at most `error`, which is
 * at most (rows seen) / (capacity + 1). While a column has no more distinct values than the capacity
 * nothing is ever dropped and the counts are exact, which is what chi-square and label balance need.
 */
export const FREQUENT_VALUES_CAPACITY = 1000;

export interface FrequentValuesJson {
  capacity: number;
  /** subtracted from every counter so far: the bound on each count's error */
  error: number;
  /** [value, count], most frequent first */
  counts: [string, number][];
}

interface Counter {
  n: number;
}

export class FrequentValues {
  /** one mutable counter per value: one hash lookup per value seen, not two */
  private readonly counters = new Map<string, Counter>();
  error = 0;

  constructor(readonly capacity = FREQUENT_VALUES_CAPACITY) {}

  get size(): number {
    return this.counters.size;
  }

  /** counts a value; true when the value had no counter (first seen, or seen again after a reduction) */
  add(value: string, count = 1): boolean {
    const counter = this.counters.get(value);
    if (counter) {
      counter.n += count;
      return false;
    }
    this.counters.set(value, { n: count });
    // reducing in bulk at twice the capacity keeps the work per value amortized O(log capacity)
    if (this.counters.size > 2 * this.capacity) this.reduce();
    return true;
  }

  /** true while no counter was ever dropped: counts are exact */
  get exact(): boolean {
    return this.error === 0;
  }

  /** subtracts the (capacity+1)-th largest count from all and drops the counters that reach zero; false when there is nothing to drop */
  private reduce(): boolean {
    if (this.counters.size <= this.capacity) return false;
    const sorted = [...this.counters.values()].map((c) => c.n).sort((a, b) => b - a);
    const cut = sorted[this.capacity]!;
    for (const [k, c] of this.counters) {
      if (c.n <= cut) this.counters.delete(k);
      else c.n -= cut;
    }
    this.error += cut;
    return true;
  }

  merge(other: FrequentValues): FrequentValues {
    const out = new FrequentValues(Math.min(this.capacity, other.capacity));
    out.error = this.error + other.error;
    for (const part of [this, other]) {
      for (const [k, c] of part.counters) {
        const mine = out.counters.get(k);
        if (mine) mine.n += c.n;
        else out.counters.set(k, { n: c.n });
      }
    }
    out.reduce();
    return out;
  }

  /** the `limit` most frequent values, ties broken by value so output is stable */
  top(limit = Infinity): [string, number][] {
    return [...this.counters]
      .map(([k, c]): [string, number] => [k, c.n])
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, limit);
  }

  /** `top`: this summary's top(), when the caller has it already (one sort of the counters, not two, unless reducing changes them) */
  toJSON(top?: [string, number][]): FrequentValuesJson {
    const reduced = this.reduce();
    return { capacity: this.capacity, error: this.error, counts: top && !reduced ? top : this.top() };
  }

  static fromJSON(json: FrequentValuesJson): FrequentValues {
    const out = new FrequentValues(json.capacity);
    out.error = json.error;
    for (const [k, c] of json.counts) out.counters.set(k, { n: c });
    return out;
  }
}

/**
 * Exact counts of a numeric column's values while it has at most `limit` distinct values (labels,
 * flags, small integers); gives up for good beyond that, so it costs nothing on continuous columns.
 * Merging is exact: the union has more than `limit` values exactly when one pass would.
 */
export const SMALL_DOMAIN_LIMIT = 64;

export class SmallDomainCounts {
  counts: Map<number, number> | undefined = new Map();

  addAll(values: ArrayLike<number>): void {
    const counts = this.counts;
    if (!counts) return;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v !== v) continue;
      const key = v === 0 ? 0 : v;
      const c = counts.get(key);
      if (c !== undefined) counts.set(key, c + 1);
      else if (counts.size >= SMALL_DOMAIN_LIMIT) {
        this.counts = undefined;
        return;
      } else counts.set(key, 1);
    }
  }

  merge(other: SmallDomainCounts): SmallDomainCounts {
    const out = new SmallDomainCounts();
    if (!this.counts || !other.counts) {
      out.counts = undefined;
      return out;
    }
    const merged = new Map(this.counts);
    for (const [k, c] of other.counts) merged.set(k, (merged.get(k) ?? 0) + c);
    out.counts = merged.size > SMALL_DOMAIN_LIMIT ? undefined : merged;
    return out;
  }

  toJSON(): [number, number][] | null {
    return this.counts ? [...this.counts].sort((a, b) => a[0] - b[0]) : null;
  }

  static fromJSON(json: [number, number][] | null): SmallDomainCounts {
    const out = new SmallDomainCounts();
    out.counts = json ? new Map(json) : undefined;
    return out;
  }
}
