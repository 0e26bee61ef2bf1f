import type { PromSample, PromScrape } from './prometheus-text.js';

/**
 * What happened between two scrapes of the same server: counters and histogram buckets as
 * differences. A counter that went down was reset (the server restarted); its new value is then
 * what happened since, as Prometheus' increase() reads it.
 */
export class MetricWindow {
  constructor(
    private readonly before: PromScrape,
    private readonly after: PromScrape,
  ) {}

  /** the increase of every series of `name` whose labels match `match`, summed */
  increase(name: string, match: Record<string, string | ((value: string) => boolean)>): number {
    let total = 0;
    for (const sample of this.after.get(name) ?? []) {
      if (!matches(sample, match)) continue;
      total += increaseOf(sample, this.before.get(name));
    }
    return total;
  }

  /**
   * The increase of each bucket of histogram `name` over the matching series, as cumulative counts
   * by upper bound (le), sorted, the last one +Inf.
   */
  histogram(name: string, match: Record<string, string | ((value: string) => boolean)>): HistogramBuckets {
    const byBound = new Map<number, number>();
    for (const sample of this.after.get(`${name}_bucket`) ?? []) {
      if (!matches(sample, match) || sample.labels.le === undefined) continue;
      const le = sample.labels.le === '+Inf' ? Infinity : Number(sample.labels.le);
      byBound.set(le, (byBound.get(le) ?? 0) + increaseOf(sample, this.before.get(`${name}_bucket`)));
    }
    return [...byBound.entries()].sort((a, b) => a[0] - b[0]).map(([le, count]) => ({ le, count }));
  }
}

/** cumulative bucket counts, as Prometheus histograms keep them */
export type HistogramBuckets = { le: number; count: number }[];

function matches(sample: PromSample, match: Record<string, string | ((value: string) => boolean)>): boolean {
  for (const [label, wanted] of Object.entries(match)) {
    const value = sample.labels[label] ?? '';
    if (typeof wanted === 'string' ? value !== wanted : !wanted(value)) return false;
  }
  return true;
}

function increaseOf(sample: PromSample, earlier: PromSample[] | undefined): number {
  const previous = earlier?.find((e) => sameLabels(e.labels, sample.labels));
  if (!previous) return sample.value;
  return sample.value >= previous.value ? sample.value - previous.value : sample.value;
}

function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * The q-quantile of a histogram as Prometheus' histogram_quantile computes it: linear
 * interpolation inside the bucket where the rank falls, the lowest bucket starting at 0, and the
 * highest finite bound when the rank falls in +Inf. undefined when the histogram is empty.
 */
export function histogramQuantile(q: number, buckets: HistogramBuckets): number | undefined {
  if (buckets.length < 2 || buckets[buckets.length - 1]!.le !== Infinity) return undefined;
  const total = buckets[buckets.length - 1]!.count;
  if (total === 0) return undefined;
  const rank = q * total;
  let index = buckets.findIndex((b) => b.count >= rank);
  if (index === buckets.length - 1) return buckets[buckets.length - 2]!.le;
  if (index === 0 && buckets[0]!.le <= 0) return buckets[0]!.le;
  let start = 0;
  let below = 0;
  if (index > 0) {
    start = buckets[index - 1]!.le;
    below = buckets[index - 1]!.count;
  }
  if (index < 0) index = buckets.length - 1;
  const bucket = buckets[index]!;
  return start + (bucket.le - start) * ((rank - below) / (bucket.count - below));
}

/** per-bucket (not cumulative) counts, keyed by the bucket's upper bound, for drift tests */
export function bucketCounts(buckets: HistogramBuckets): Map<string, number> {
  const counts = new Map<string, number>();
  let previous = 0;
  for (const b of buckets) {
    counts.set(String(b.le), b.count - previous);
    previous = b.count;
  }
  return counts;
}
