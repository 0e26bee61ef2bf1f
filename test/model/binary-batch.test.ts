// The WebAssembly loop that keeps a compact binary batch's common rows (assembly/binary-outputs.ts)
// against the rule written out in JavaScript: a row is kept while P(class 0) is Math.fround(1 −
// P(class 1)), P(class 1) lies in [0, 1] and the int64 label is a class index; it stops at the first
// row that is not. Uncommon rows are put at every place of a four-row step and in the tail, so both
// the SIMD loop and the row-at-a-time loop are checked, and what was kept must be the rows' values.
import { BinaryBatch } from '../../shared/model/binary-batch.js';
import { rng } from '../../bench/xorshift.mjs';

/** the first row of `n` that the rule does not keep, or n */
function firstUncommon(probabilities: Float32Array, labels: BigInt64Array, n: number, classes: number): number {
  for (let r = 0; r < n; r++) {
    const positive = probabilities[2 * r + 1]!;
    const common = probabilities[2 * r] === Math.fround(1 - positive) && positive >= 0 && positive <= 1 && labels[r]! >= 0n && labels[r]! < BigInt(classes);
    if (!common) return r;
  }
  return n;
}

const batch = BinaryBatch.take();

/** the rows of the first `n` whose kept P(class 1) or label byte is not the batch's own */
function differences(kept: Float32Array, labels: Uint8Array, n: number): number[] {
  const wrong: number[] = [];
  for (let r = 0; r < n; r++) if (!Object.is(kept[r], batch!.probabilities[2 * r + 1]) || labels[r] !== Number(batch!.labels[r])) wrong.push(r);
  return wrong;
}

/** fills the module's batch with `n` common rows from `seed` */
function commonRows(n: number, seed: number): void {
  const random = rng(seed);
  for (let r = 0; r < n; r++) {
    const positive = Math.fround(random());
    batch!.probabilities[2 * r] = Math.fround(1 - positive);
    batch!.probabilities[2 * r + 1] = positive;
    batch!.labels[r] = positive > 0.5 ? 1n : 0n;
  }
}

/** ways a row can be uncommon, each as a change to row `r` */
const uncommon: [string, (r: number) => void][] = [
  ['P(class 0) one float32 step off the complement', (r) => void (batch!.probabilities[2 * r] = Math.fround(batch!.probabilities[2 * r]! + 2 ** -24 * 4))],
  ['P(class 1) NaN', (r) => void (batch!.probabilities[2 * r + 1] = NaN)],
  ['P(class 0) NaN', (r) => void (batch!.probabilities[2 * r] = NaN)],
  ['P(class 1) above 1, P(class 0) its complement', (r) => void ((batch!.probabilities[2 * r + 1] = 1.5), (batch!.probabilities[2 * r] = Math.fround(1 - 1.5)))],
  ['P(class 1) below 0, P(class 0) its complement', (r) => void ((batch!.probabilities[2 * r + 1] = -0.25), (batch!.probabilities[2 * r] = Math.fround(1 + 0.25)))],
  ['the label 2', (r) => void (batch!.labels[r] = 2n)],
  ['the label 200', (r) => void (batch!.labels[r] = 200n)],
  ['the label −1', (r) => void (batch!.labels[r] = -1n)],
  ['the label 2³² (its low word 0)', (r) => void (batch!.labels[r] = 1n << 32n)],
];

describe('BinaryBatch', () => {
  test('the module is there (WebAssembly with SIMD, as every supported Node has)', () => {
    expect(batch).not.toBeNull();
    expect(batch!.capacity).toBe(65_536);
  });

  test('an instance given back is the next one taken (its memory is not faulted in again), two at most, once each', () => {
    const [a, b, c] = [BinaryBatch.take()!, BinaryBatch.take()!, BinaryBatch.take()!];
    expect(new Set([a, b, c, batch]).size).toBe(4);
    a.release();
    a.release(); // twice: still kept once
    b.release();
    c.release(); // a third: not kept
    const taken = [BinaryBatch.take(), BinaryBatch.take(), BinaryBatch.take()];
    expect(new Set(taken.slice(0, 2))).toEqual(new Set([a, b]));
    expect([a, b, c]).not.toContain(taken[2]);
  });

  test('common rows are all kept, each row its P(class 1) and label byte, whatever the length', () => {
    for (const n of [0, 1, 3, 4, 5, 63, 64, 1000, 65_536]) {
      commonRows(n, n + 1);
      const kept = new Float32Array(n + 10);
      const labels = new Uint8Array(n + 10);
      expect(batch!.keep(n, 2, kept, labels, 10)).toBe(n);
      expect(differences(kept.subarray(10), labels.subarray(10), n)).toEqual([]);
    }
  });

  test.each(uncommon)('%s: stops at that row, at each place of a step and in the tail', (_what, spoil) => {
    const n = 203; // 50 four-row steps and a tail of three
    for (const at of [0, 1, 2, 3, 4, 5, 6, 7, 100, 199, 200, 201, 202]) {
      commonRows(n, at + 7);
      spoil(at);
      // a second uncommon row after it must not move where the loop stops
      if (at + 2 < n) batch!.labels[at + 2] = 9n;
      const expected = firstUncommon(batch!.probabilities, batch!.labels, n, 2);
      expect(expected).toBe(at);
      const kept = new Float32Array(n).fill(-7);
      const labels = new Uint8Array(n).fill(77);
      expect(batch!.keep(n, 2, kept, labels, 0)).toBe(at);
      expect(differences(kept, labels, at)).toEqual([]);
      // nothing written past the kept rows
      expect(kept.subarray(at).every((v) => v === -7)).toBe(true);
      expect(labels.subarray(at).every((v) => v === 77)).toBe(true);
    }
  });

  test('P(class 1) exactly 0 and 1, and a complement that rounds (float32 1 − p is not 1 − p in float64): kept as the rule says', () => {
    const n = 9;
    commonRows(n, 3);
    batch!.probabilities.set([1, 0, 0, 1], 0);
    // p = 2⁻³⁰: 1 − p rounds to 1 in float32, so P(class 0) = 1 is its complement
    batch!.probabilities.set([1, 2 ** -30], 4);
    // the same p with P(class 0) written as the float64 1 − p rounded down a step: not the complement
    batch!.probabilities.set([Math.fround(1 - 2 ** -24), 2 ** -30], 6);
    const expected = firstUncommon(batch!.probabilities, batch!.labels, n, 2);
    expect(expected).toBe(3);
    expect(batch!.keep(n, 2, new Float32Array(n), new Uint8Array(n), 0)).toBe(expected);
  });
});
