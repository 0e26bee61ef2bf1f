/** @jest-environment ./test/runtime/ort-environment.js */
// evaluate-gate resamples by little bootstraps when the ordinary bootstrap's per-row arrays would
// not fit the memory budget, or when asked: it says so in metrics.json and the report, and its
// figures are the ordinary path's but for the intervals and the bootstrap p-values.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateModel, type EvaluateOptions } from '../../shared/evaluate/evaluate-model.js';
import { bytesPerRow, FIXED_BYTES } from '../../shared/evaluate/row-bytes.js';
import { loadModel } from '../../shared/model/session.js';
import { silentLogger, type Logger } from '../../shared/log.js';
import { renderEvaluationReport } from '../../shared/report/index.js';
import { UserError } from '../../shared/errors.js';
import { littleBootstrapsMinRows, littleBootstrapsPlan } from '../../shared/metrics/little-bootstraps.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;
let dir: string;
let data: string;
const COPIES = 60;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlci-little-bootstraps-'));
  // the breast-cancer test split 60 times (10,260 rows), with a slice column
  const [header, ...rows] = readFileSync(fixture('data/breast_cancer_test.csv'), 'utf8').trim().split('\n');
  const radius = header!.split(',').indexOf('mean_radius');
  const sized = rows.map((r) => `${r},${Number(r.split(',')[radius]) < 13 ? 'small' : 'large'}`).join('\n');
  data = join(dir, 'repeated.csv');
  writeFileSync(data, `${header},size\n${`${sized}\n`.repeat(COPIES)}`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = (overrides: Partial<EvaluateOptions> = {}): EvaluateOptions => ({
  model: fixture('models/breast_cancer_lr.onnx'),
  baseline: fixture('models/breast_cancer_lr_weak.onnx'),
  data,
  target: 'target',
  sliceColumn: 'size',
  batchSize: 65536,
  bootstrap: { resamples: 200, seed: 3, level: 0.95 },
  ort,
  logger: silentLogger,
  ...overrides,
});

/** the budget of the fixed part and the rows at `bytesAt(ordinary, little)` bytes a row, from the bytes a row of each way (row-bytes.ts) */
async function budgetBetween(slices: boolean, bytesAt: (ordinary: number, little: number) => number): Promise<{ limit: number; ordinary: number }> {
  const signatures = await Promise.all(['breast_cancer_lr', 'breast_cancer_lr_weak'].map(async (name) => (await loadModel(fixture(`models/${name}.onnx`), { ort })).signature));
  const rows = 171 * COPIES;
  const ordinary = bytesPerRow(signatures, { slices, resamples: 200 });
  const little = bytesPerRow(signatures, { slices, resamples: 0 });
  return { limit: FIXED_BYTES + rows * bytesAt(ordinary, little), ordinary: FIXED_BYTES + rows * ordinary };
}

test('a budget too small for the ordinary bootstrap\'s arrays, but not for the rows, gets little bootstraps, recorded and reported', async () => {
  // halfway: room for the rows (and a row estimate a little over them), short of the ordinary bootstrap's arrays
  const { limit, ordinary } = await budgetBetween(true, (ordinaryRow, littleRow) => (ordinaryRow + littleRow) / 2);
  expect(limit).toBeLessThan(ordinary);
  const lines: string[] = [];
  const logger: Logger = { ...silentLogger, info: (line) => lines.push(line) };
  const result = await evaluateModel(options({ memoryLimitBytes: limit, logger }));
  expect(result.bootstrap).toEqual({ resamples: 200, seed: 3, level: 0.95, method: 'little-bootstraps', subsets: 10, subsetRows: Math.ceil((171 * COPIES) ** 0.7) });
  expect(lines.join('\n')).toMatch(/little bootstraps: 10 subsets of \d+ rows \(the ordinary bootstrap of 10260 rows would not fit in memory\)/);
  expect(renderEvaluationReport(result)).toMatch(/200 resamples by little bootstraps \(10 disjoint random subsets of [\d,]+ rows/);

  const plain = await evaluateModel(options({ memoryLimitBytes: ordinary * 2 }));
  expect(plain.bootstrap).toEqual({ resamples: 200, seed: 3, level: 0.95 });
  // the same figures but the resampled ones; the exact tests (accuracy, recall) do not resample
  expect(result.metrics).toEqual(plain.metrics);
  expect(result.baseline).toEqual(plain.baseline);
  const withoutInterval = ({ interval: _, ...rest }: (typeof result.deltas)[string]) => rest;
  expect(withoutInterval(result.deltas.accuracy!)).toEqual(withoutInterval(plain.deltas.accuracy!));
  expect(withoutInterval(result.deltas.recall!)).toEqual(withoutInterval(plain.deltas.recall!));
  for (const [name, interval] of Object.entries(plain.intervals)) {
    const got = result.intervals[name]!;
    const value = result.metrics[name]!;
    // each holds the value on all rows (and so the ordinary bootstrap's point estimate)
    expect([name, got.low <= value && value <= got.high]).toEqual([name, true]);
    // and about as wide as the ordinary bootstrap's (ece, near 0 and biased, aside)
    const ratio = (got.high - got.low) / (interval.high - interval.low);
    if (name !== 'ece') expect([name, ratio > 0.6 && ratio < 1.6]).toEqual([name, true]);
  }
  for (const name of ['roc_auc', 'log_loss', 'f1']) {
    expect(result.deltas[name]!.test).toBe('bootstrap');
    expect(result.deltas[name]!.absolute).toBe(plain.deltas[name]!.absolute);
    // the strong model beats the weak one clearly, by either method
    expect([name, result.deltas[name]!.pValue! < 0.01, plain.deltas[name]!.pValue! < 0.01]).toEqual([name, true, true]);
  }
});

test('MLCI_BOOTSTRAP_METHOD\'s choices: forced either way, and the same seed gives the same file', async () => {
  // f1 per slice has no exact test: each slice's change is resampled (a slice this small by the ordinary bootstrap of its rows)
  const policy = join(dir, 'slices.yml');
  writeFileSync(policy, 'significance: 0.05\nslices:\n  column: size\n  every_slice:\n    f1: { max_drop: 0.5 }\n');
  const little = await evaluateModel(options({ bootstrapMethod: 'little-bootstraps', policy }));
  expect(little.bootstrap.method).toBe('little-bootstraps');
  for (const slice of little.slices!.slices) {
    expect([slice.value, slice.deltas!.f1!.test, slice.deltas!.f1!.pValue! < 0.05]).toEqual([slice.value, 'bootstrap', true]);
  }
  expect(little.gate.passed).toBe(true);
  const again = await evaluateModel(options({ bootstrapMethod: 'little-bootstraps', policy }));
  expect(again.intervals).toEqual(little.intervals);
  expect(again.deltas).toEqual(little.deltas);
  expect(again.slices).toEqual(little.slices);
  // forced ordinary with a budget too small for it: refused as before, naming the bytes a row of the ordinary bootstrap
  const { limit } = await budgetBetween(true, (ordinaryRow, littleRow) => (ordinaryRow + littleRow) / 2);
  const error = await evaluateModel(options({ bootstrapMethod: 'full', memoryLimitBytes: limit })).catch((e: unknown) => e);
  expect(String((error as Error).message)).toMatch(/looks to have about [\d,]+ rows/);
});

test('little bootstraps forced on too few rows are refused, saying how many they need, not answered with NaN intervals', async () => {
  // the 171-row test split: 10 subsets of n^0.7 rows do not fit in it
  const small = fixture('data/breast_cancer_test.csv');
  const error = await evaluateModel(options({ data: small, sliceColumn: undefined, bootstrapMethod: 'little-bootstraps' })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).what).toMatch(/at least 2,160 rows with 200 resamples .* has 171/);
  expect((error as UserError).where).toBe('environment MLCI_BOOTSTRAP_METHOD');
  expect((error as UserError).fix).toMatch(/Unset MLCI_BOOTSTRAP_METHOD \(or set it to full\)/);
  // the fewest rows are the first whose s subsets of ⌈n^0.7⌉ rows are disjoint
  const fewest = littleBootstrapsMinRows(200);
  for (const [rows, fits] of [[fewest, true], [fewest - 1, false]] as const) {
    const plan = littleBootstrapsPlan(rows, 200);
    expect([rows, plan.subsets * Math.ceil(rows ** 0.7) <= rows]).toEqual([rows, fits]);
  }
  // left to choose, the same rows get the ordinary bootstrap, with finite intervals
  const plain = await evaluateModel(options({ data: small, sliceColumn: undefined }));
  expect(plain.bootstrap.method).toBeUndefined();
  for (const interval of Object.values(plain.intervals)) expect([interval.low, interval.high].every(Number.isFinite)).toBe(true);
});
