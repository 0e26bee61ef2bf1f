// The radix argsort against JavaScript's own numeric sort.
import { argsortAscending } from '../../shared/metrics/sort.js';
import { SeededRandom } from '../../shared/metrics/random.js';
import { sortKeysInPlace } from '../../shared/metrics/packed-sort.js';

// -0 and +0 are one value for ranking (the sort puts -0 first); compare them as 0
function sortedValues(values: Float32Array | Float64Array, order: Uint32Array): number[] {
  return Array.from(order, (i) => values[i]! + 0);
}

function expectedOrder(values: Float32Array | Float64Array): number[] {
  return Array.from(values, (v) => v + 0).sort((a, b) => a - b);
}

function mixedValues(n: number, seed: number): number[] {
  const random = new SeededRandom(seed);
  const special = [0, -0, 1, -1, 0.5, 1e-30, -1e-30, 3.4e38, -3.4e38, 1e-45];
  return Array.from({ length: n }, (_, i) =>
    i % 7 === 0 ? special[random.nextIndex(special.length)]! : (random.nextUint32() / 2 ** 32 - 0.3) * 10 ** (random.nextIndex(12) - 6),
  );
}

test.each([
  ['float32', Float32Array],
  ['float64', Float64Array],
] as const)('%s scores sort into ascending order, a permutation of the rows', (_name, Type) => {
  const values = Type.from(mixedValues(20_000, 9));
  const order = argsortAscending(values, values.length);
  expect(new Set(order).size).toBe(values.length);
  expect(sortedValues(values, order)).toEqual(expectedOrder(values));
});

test('float64 scores that differ beyond float32 precision keep their order', () => {
  const values = Float64Array.from([0.1 + 3e-17, 0.1, 0.1 + 1e-16, 0.1 - 1e-17]);
  expect(Array.from(argsortAscending(values, 4))).toEqual([3, 1, 0, 2].sort((a, b) => values[a]! - values[b]!));
  expect(sortedValues(values, argsortAscending(values, 4))).toEqual(expectedOrder(values));
});

test('a strided column of a row-major matrix sorts by that column only; ties keep row order', () => {
  const matrix = Float32Array.from([0.9, 0.1, 0.2, 0.8, 0.5, 0.5, 0.2, 0.8, 0.6, 0.4]);
  expect(Array.from(argsortAscending(matrix, 5, 1, 2))).toEqual([0, 4, 2, 1, 3]);
  expect(Array.from(argsortAscending(matrix, 0))).toEqual([]);
});

describe('the in-place sort of 32-bit keys (packed-sort.ts)', () => {
  /** keys from `values` distinct values, so that ties are many when it is small */
  function keysOf(n: number, values: number, seed: number): Uint32Array {
    const random = new SeededRandom(seed);
    const pool = Array.from({ length: values }, () => random.nextUint32());
    return Uint32Array.from({ length: n }, () => pool[random.nextIndex(values)]!);
  }

  test.each([
    [0, 1],
    [1, 1],
    [40, 3],
    [5_000, 2],
    [20_000, 50],
    [200_000, 2 ** 20],
  ])('%d keys of %d values: ascending, equal keys in the order of their payload (a stable sort by key)', (n, values) => {
    const keys = keysOf(n, values, n + values);
    const rows = Uint32Array.from({ length: n }, (_, i) => i);
    const expected = Array.from(keys, (key, row) => [key, row] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const alone = keys.slice();
    sortKeysInPlace(keys, rows);
    expect(Array.from(keys)).toEqual(expected.map(([key]) => key));
    expect(Array.from(rows)).toEqual(expected.map(([, row]) => row));
    sortKeysInPlace(alone);
    expect(Array.from(alone)).toEqual(expected.map(([key]) => key));
  });
});
