// The bootstrap's generator against an independent Python implementation of the same published
// algorithms (test/fixtures/metrics/make_random_reference.py).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resampleCounts, SeededRandom } from '../../shared/metrics/index.js';
import { fixtures } from './fixture-models.js';

const reference = JSON.parse(readFileSync(join(fixtures, 'metrics', 'random_reference.json'), 'utf8')) as {
  uint32: Record<string, number[]>;
  indices: { seed: number; n: number; values: number[] }[];
  longStream: { seed: number; n: number; count: number; sum: number; last: number[] };
};

test.each(Object.entries(reference.uint32))('seed %s gives the reference xoshiro128** stream', (seed, want) => {
  const random = new SeededRandom(Number(seed));
  expect(want.map(() => random.nextUint32())).toEqual(want);
});

test.each(reference.indices.map((r) => [r.seed, r.n, r] as const))('seed %i, indices below %i follow the reference rejection rule', (_s, _n, r) => {
  const random = new SeededRandom(r.seed);
  expect(r.values.map(() => random.nextIndex(r.n))).toEqual(r.values);
});

test('a long stream of indices, where rejections occur, stays in step with the reference', () => {
  const { seed, n, count, sum, last } = reference.longStream;
  const random = new SeededRandom(seed);
  const values = Array.from({ length: count }, () => random.nextIndex(n));
  expect(values.reduce((a, b) => a + b, 0)).toBe(sum);
  expect(values.slice(-last.length)).toEqual(last);
});

// resampleCounts draws with the generator's steps written out inline: the draws of nextIndex (checked against the reference above)
test('resample counts tally nextIndex draws and leave the generator in the same state, whatever n', () => {
  for (const n of [1, 2, 3, 171, 1000, 65_537, 2 ** 21, 2 ** 21 + 5]) {
    const drawn = new SeededRandom(n);
    const indexed = new SeededRandom(n);
    const counts = resampleCounts(drawn, n);
    const want = new Float64Array(n);
    for (let i = 0; i < n; i++) want[indexed.nextIndex(n)]!++;
    expect(counts).toEqual(want);
    expect(drawn.nextUint32()).toBe(indexed.nextUint32());
  }
});

test('resample counts draw n rows: they sum to n, and each row is drawn about once on average', () => {
  const n = 50_000;
  const counts = resampleCounts(new SeededRandom(3), n);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
  // multinomial(n, 1/n): about 1 − 1/e ≈ 63.2% of rows are drawn at least once
  const drawn = counts.filter((c) => c > 0).length / n;
  expect(drawn).toBeGreaterThan(0.625);
  expect(drawn).toBeLessThan(0.64);
});
