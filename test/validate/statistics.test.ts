import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanData } from '../../shared/validate/scan-data.js';
import { DatasetProfile, mergeStatistics } from '../../shared/validate/stats/dataset-profile.js';
import { HyperLogLog } from '../../shared/validate/stats/hyperloglog.js';
import { hashNumber, hashString } from '../../shared/validate/stats/hash.js';
import { QuantileSketch, QUANTILE_RELATIVE_ERROR } from '../../shared/validate/stats/quantile-sketch.js';
import { FrequentValues } from '../../shared/validate/stats/frequent-values.js';

const TRAIN = 'test/fixtures/data/breast_cancer_train.csv';
// pandas' describe(), nunique() and quantile(interpolation='lower'): test/fixtures/validate/make_drift_reference.py
const ref = JSON.parse(readFileSync(new URL('../fixtures/validate/drift_reference.json', import.meta.url), 'utf8'));
const pandas: Record<string, { count: number; mean: number; std: number; min: number; max: number; nunique: number; quantiles: Record<string, number> }> = ref.breast_cancer_train_describe;

function relative(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
}

/** the training file split into two shard files, header repeated */
function writeShards(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-shards-'));
  const lines = readFileSync(TRAIN, 'utf8').trimEnd().split('\n');
  const cut = 1 + Math.floor((lines.length - 1) * 0.37);
  const a = join(dir, 'part-a.csv');
  const b = join(dir, 'part-b.csv');
  writeFileSync(a, `${lines.slice(0, cut).join('\n')}\n`);
  writeFileSync(b, `${[lines[0], ...lines.slice(cut)].join('\n')}\n`);
  return [a, b];
}

describe('column statistics against pandas on breast_cancer_train.csv', () => {
  let stats: ReturnType<DatasetProfile['toJSON']>;
  beforeAll(async () => {
    stats = (await scanData([TRAIN], { batchRows: 50 })).profile.toJSON();
  });

  test('count, mean, std, min and max', () => {
    expect(stats.columns.map((c) => c.name).sort()).toEqual(Object.keys(pandas).sort());
    for (const c of stats.columns) {
      const p = pandas[c.name]!;
      expect(c.count - c.missing).toBe(p.count);
      expect(relative(c.numeric!.mean!, p.mean)).toBeLessThan(1e-12);
      expect(relative(c.numeric!.std!, p.std)).toBeLessThan(1e-12);
      expect(c.numeric!.min).toBe(p.min);
      expect(c.numeric!.max).toBe(p.max);
    }
  });

  test('quantiles within the sketch\'s 1% relative error, distinct counts exact', () => {
    for (const c of stats.columns) {
      const p = pandas[c.name]!;
      for (const [q, value] of Object.entries(p.quantiles)) {
        expect(relative(c.numeric!.quantiles[q]!, value)).toBeLessThanOrEqual(QUANTILE_RELATIVE_ERROR + 1e-12);
      }
      expect(c.distinct).toBe(p.nunique);
    }
  });

  test('a histogram that counts every value once', () => {
    for (const c of stats.columns) {
      const h = c.numeric!.histogram!;
      expect(h.counts.reduce((s, n) => s + n, 0)).toBe(pandas[c.name]!.count);
      expect(h.edges[0]).toBe(c.numeric!.min);
      expect(h.edges[h.edges.length - 1]).toBe(c.numeric!.max);
    }
  });
});

test('merged shard statistics equal one pass over the same files', async () => {
  const shards = writeShards();
  const onePass = (await scanData(shards, { batchRows: 64 })).profile.toJSON();
  const a = (await scanData([shards[0]!], { batchRows: 17 })).profile.toJSON();
  const b = (await scanData([shards[1]!], { batchRows: 1000 })).profile.toJSON();
  // through JSON, as the matrix workflow moves them, and in either order
  for (const merged of [mergeStatistics(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b))), mergeStatistics(b, a)]) {
    expect(merged.rows).toBe(onePass.rows);
    expect(merged.sample).toEqual(onePass.sample);
    for (const [i, c] of merged.columns.entries()) {
      const o = onePass.columns[i]!;
      expect(c.name).toBe(o.name);
      expect([c.count, c.missing, c.invalid, c.distinct]).toEqual([o.count, o.missing, o.invalid, o.distinct]);
      expect(c.distinctSketch).toBe(o.distinctSketch);
      expect(c.numeric!.sketch).toEqual(o.numeric!.sketch);
      expect(c.numeric!.quantiles).toEqual(o.numeric!.quantiles);
      expect([c.numeric!.min, c.numeric!.max]).toEqual([o.numeric!.min, o.numeric!.max]);
      expect(relative(c.numeric!.mean!, o.numeric!.mean!)).toBeLessThan(1e-12);
      expect(relative(c.numeric!.std!, o.numeric!.std!)).toBeLessThan(1e-12);
    }
  }
});

test('statistics.json round-trips into a profile that serialises the same', async () => {
  const stats = (await scanData(['test/fixtures/data/iris_train.csv'])).profile.toJSON();
  expect(DatasetProfile.fromJSON(JSON.parse(JSON.stringify(stats))).toJSON()).toEqual(stats);
});

test('HyperLogLog estimates 200,000 distinct values within 3% and merges register-wise', () => {
  const a = new HyperLogLog();
  const b = new HyperLogLog();
  const all = new HyperLogLog();
  for (let i = 0; i < 200_000; i++) {
    const h = i % 2 ? hashNumber(i * 1.5) : hashString(`id-${i}`);
    (i < 120_000 ? a : b).addHash(h);
    all.addHash(h);
  }
  expect(Math.abs(all.estimate() - 200_000) / 200_000).toBeLessThan(0.03);
  expect(a.merge(b).toJSON()).toBe(all.toJSON());
});

test('quantile sketch answers within 1% of the exact quantile on a skewed distribution with negatives', () => {
  const values = Array.from({ length: 20_000 }, (_, i) => Math.exp(Math.sin(i * 12.9898) * 8) * (i % 7 === 0 ? -1 : 1));
  const sketch = new QuantileSketch();
  sketch.addAll(Float64Array.from(values));
  const sorted = [...values].sort((x, y) => x - y);
  for (const q of [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1]) {
    const exact = sorted[Math.floor(q * (sorted.length - 1))]!;
    expect(relative(sketch.quantile(q)!, exact)).toBeLessThanOrEqual(QUANTILE_RELATIVE_ERROR + 1e-12);
  }
});

test('frequent values are exact within capacity and bounded beyond it', () => {
  const fv = new FrequentValues(10);
  const truth = new Map<string, number>();
  // a few heavy values among many light ones
  for (let i = 0; i < 5000; i++) {
    const v = i % 3 === 0 ? 'heavy-a' : i % 5 === 0 ? 'heavy-b' : `light-${i % 400}`;
    fv.add(v);
    truth.set(v, (truth.get(v) ?? 0) + 1);
  }
  expect(fv.exact).toBe(false);
  expect(fv.error).toBeLessThanOrEqual(5000 / 11);
  const top = new Map(fv.top());
  for (const heavy of ['heavy-a', 'heavy-b']) {
    expect(top.get(heavy)!).toBeLessThanOrEqual(truth.get(heavy)!);
    expect(top.get(heavy)!).toBeGreaterThanOrEqual(truth.get(heavy)! - fv.error);
  }
  const small = new FrequentValues(10);
  for (const v of ['x', 'y', 'x', 'z', 'x']) small.add(v);
  expect(small.exact).toBe(true);
  expect(small.top()).toEqual([['x', 3], ['y', 1], ['z', 1]]);
});
