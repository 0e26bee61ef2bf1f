// The probability metrics added up batch by batch while a stream goes (StreamingProbabilityFigures)
// and the score distribution counted the same way (ScoreCounts) must be the very doubles and counts
// the whole-array functions give: evaluate-gate reports the streamed ones in their place.
import { brier, expectedCalibrationError, logLoss } from '../../shared/metrics/probability.js';
import { SeededRandom, StreamingProbabilityFigures } from '../../shared/metrics/index.js';
import { ScoreCounts, scoreDistributionOf } from '../../shared/evaluate/score-distribution.js';

const random = new SeededRandom(20261205);
const uniform = () => random.nextUint32() / 2 ** 32;

/** probabilities with ties, bin edges, 0 and 1 (clipped by log loss) among random values */
function probability(): number {
  const pick = random.nextIndex(10);
  if (pick === 0) return [0, 1, 0.5, 0.1, 0.2, 0.9, 0.3][random.nextIndex(7)]!;
  if (pick === 1) return 1e-9 * uniform();
  return uniform();
}

/** `n` rows of k probabilities summing to about 1, float32, row-major */
function rowsOf(n: number, k: number): Float32Array {
  const out = new Float32Array(n * k);
  for (let r = 0; r < n; r++) {
    if (k === 2) {
      const p = Math.fround(probability());
      out[2 * r] = Math.fround(1 - p);
      out[2 * r + 1] = p;
      continue;
    }
    const raw = Array.from({ length: k }, probability);
    const total = raw.reduce((a, b) => a + b, 0) || 1;
    raw.forEach((v, c) => (out[r * k + c] = v / total));
  }
  return out;
}

function classes(n: number, k: number): Uint8Array {
  return Uint8Array.from({ length: n }, () => random.nextIndex(k));
}

/** [start, end) cuts of n rows in batches of random sizes (some of one row, some empty) */
function batches(n: number): [number, number][] {
  const cuts: [number, number][] = [];
  for (let start = 0; start < n; ) {
    const size = random.nextIndex(4) === 0 ? random.nextIndex(3) : 1 + random.nextIndex(400);
    const end = Math.min(n, start + size);
    cuts.push([start, end]);
    start = end;
  }
  return cuts;
}

/** P(class 1) alone, as evaluate-gate keeps a binary model whose columns are complements */
function positiveColumn(rows: Float32Array): Float32Array {
  return Float32Array.from({ length: rows.length / 2 }, (_, r) => rows[2 * r + 1]!);
}

function expectSameFigures(streamed: Record<string, number>, proba: Float32Array, yTrue: Uint8Array, k: number): void {
  expect(streamed.log_loss).toBe(logLoss(proba, yTrue, k));
  expect(streamed.ece).toBe(expectedCalibrationError(proba, yTrue, k));
  if (k === 2) expect(streamed.brier).toBe(brier(proba, yTrue));
  else expect(streamed.brier).toBeUndefined();
}

describe.each([
  ['binary, P(class 1) alone', 2, true],
  ['binary, both columns', 2, false],
  ['three classes', 3, false],
  ['five classes', 5, false],
] as const)('%s', (_, k, compact) => {
  test.each([0, 1, 7, 5000])('%i rows in random batches: the same doubles as the whole-array functions', (n) => {
    const rows = rowsOf(n, k);
    const proba = compact ? positiveColumn(rows) : rows;
    const width = compact ? 1 : k;
    const yTrue = classes(n, k);
    const figures = new StreamingProbabilityFigures(k);
    const scores = new ScoreCounts(k === 2 ? 'binary' : 'multiclass');
    for (const [start, end] of batches(n)) {
      figures.add(proba.subarray(start * width, end * width), width, yTrue.subarray(start, end));
      scores.add(proba.subarray(start * width, end * width), width, end - start);
    }
    expectSameFigures(figures.figures(), proba, yTrue, k);
    if (n === 0) expect(figures.figures().log_loss).toBeNaN();
    const whole = scoreDistributionOf({ task: k === 2 ? 'binary' : 'multiclass', rowCount: n, classes: Array.from({ length: k }, (_, c) => c), labels: new Int32Array(n), probabilities: proba });
    expect(scores.distribution()).toEqual(whole);
  });
});

test('a binary stream whose first batches kept P(class 1) alone and the rest both columns: the figures of the whole two-column array', () => {
  const n = 3000;
  const rows = rowsOf(n, 2);
  // later rows whose columns are not complements to the bit (the collector then keeps both)
  for (let r = 1500; r < n; r += 3) rows[2 * r] = Math.fround(rows[2 * r]! * 0.999);
  const yTrue = classes(n, 2);
  const figures = new StreamingProbabilityFigures(2);
  figures.add(positiveColumn(rows.subarray(0, 3000)), 1, yTrue.subarray(0, 1500));
  figures.add(rows.subarray(3000), 2, yTrue.subarray(1500));
  expectSameFigures(figures.figures(), rows, yTrue, 2);
});
