/**
 * Metric updates for the inference path that cost a few array writes: prom-client validates and
 * hashes the label object on every inc and observe (several per request). Here each label set is
 * resolved once into a series object the caller keeps; prom-client sees the values when it is
 * scraped, through its public API only:
 * - `TallyHistogram` is a metric registered with `Registry.registerMetric`; its `get()` returns
 *   the values in the shape prom-client's own Histogram returns (same exposition text, which a
 *   test checks against prom-client's Histogram observing the same values).
 * - `CounterTally` / `GaugeTally` keep a number and hand it to a prom-client Counter (`inc(labels,
 *   n)`) or Gauge (`set(labels, v)`) from that metric's `collect()` hook, which prom-client calls
 *   before every read.
 */
import type { Counter, Gauge, Registry } from 'prom-client';

export interface HistogramSeries {
  observe(value: number): void;
  observeMany(values: ArrayLike<number>): void;
}

/** one exposition sample, as prom-client's metrics return them from get() (its .d.ts types `type` as an enum; at run time it is the text) */
interface Sample {
  labels: Record<string, string | number>;
  value: number;
  metricName: string;
}

class Series implements HistogramSeries {
  /** per bucket, not cumulative; the last slot is above every bound (+Inf only) */
  readonly counts: Float64Array;
  sum = 0;
  count = 0;

  constructor(
    readonly labels: Record<string, string>,
    private readonly bounds: number[],
  ) {
    this.counts = new Float64Array(bounds.length + 1);
  }

  observe(value: number): void {
    // prom-client refuses non-finite values with a TypeError; the inference path never has them
    if (!Number.isFinite(value)) return;
    // the first bound at or above the value, by bisection (a score histogram has 20 bounds and a
    // 1,000-row request observes 1,000 scores)
    const bounds = this.bounds;
    let low = 0;
    let high = bounds.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (value > bounds[middle]!) low = middle + 1;
      else high = middle;
    }
    this.counts[low]! += 1;
    this.sum += value;
    this.count += 1;
  }

  observeMany(values: ArrayLike<number>): void {
    for (let i = 0; i < values.length; i++) this.observe(values[i]!);
  }
}

export class TallyHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly series = new Map<string, Series>();
  private readonly bounds: number[];

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly labelNames: readonly string[],
    buckets: number[],
    registry: Registry,
  ) {
    this.bounds = [...buckets].sort((a, b) => a - b);
    registry.registerMetric(this as unknown as Parameters<Registry['registerMetric']>[0]);
  }

  /** the series of one label set, created on first use; keep it */
  labels(labels: Record<string, string>): HistogramSeries {
    const key = this.labelNames.map((n) => labels[n] ?? '').join('\u0000');
    let found = this.series.get(key);
    if (!found) this.series.set(key, (found = new Series({ ...labels }, this.bounds)));
    return found;
  }

  /** as prom-client's Histogram reports its values: cumulative buckets with `le` first, then +Inf, sum and count */
  async get(): Promise<{ name: string; help: string; type: 'histogram'; values: Sample[]; aggregator: 'sum' }> {
    const values: Sample[] = [];
    const bucket = `${this.name}_bucket`;
    for (const s of this.series.values()) {
      let cumulative = 0;
      this.bounds.forEach((le, i) => {
        cumulative += s.counts[i]!;
        values.push({ labels: { le, ...s.labels }, value: cumulative, metricName: bucket });
      });
      values.push({ labels: { le: '+Inf', ...s.labels }, value: s.count, metricName: bucket });
      values.push({ labels: { ...s.labels }, value: s.sum, metricName: `${this.name}_sum` });
      values.push({ labels: { ...s.labels }, value: s.count, metricName: `${this.name}_count` });
    }
    return { name: this.name, help: this.help, type: 'histogram', values, aggregator: 'sum' };
  }

  reset(): void {
    this.series.clear();
  }
}

/** counts for one label set of a prom-client Counter, handed over on read */
export class CounterTally {
  pending = 0;
  constructor(readonly labels: Record<string, string>) {}
  inc(n = 1): void {
    this.pending += n;
  }
}

/** the current value of one label set of a prom-client Gauge, set on read once touched */
export class GaugeTally {
  value = 0;
  touched = false;
  constructor(readonly labels: Record<string, string>) {}
  inc(): void {
    this.value++;
    this.touched = true;
  }
  dec(): void {
    this.value--;
    this.touched = true;
  }
}

/** for a Counter's `collect`: adds what the tallies counted since the last read */
export function flushCounter(counter: Counter, tallies: Iterable<CounterTally>): void {
  for (const t of tallies) {
    if (t.pending === 0) continue;
    counter.inc(t.labels, t.pending);
    t.pending = 0;
  }
}

/** for a Gauge's `collect`: sets every touched tally's value */
export function flushGauge(gauge: Gauge, tallies: Iterable<GaugeTally>): void {
  for (const t of tallies) if (t.touched) gauge.set(t.labels, t.value);
}
