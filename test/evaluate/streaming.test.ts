/** @jest-environment ./test/runtime/ort-environment.js */
// evaluate-gate streams the data file: batch by batch through the models, keeping only the scores,
// labels, targets and slice codes. The figures must not depend on how the rows were cut into
// batches, and a file with more rows than the memory budget allows is refused with a UserError.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { UserError } from '../../shared/errors.js';
import { evaluateModel, type EvaluateOptions } from '../../shared/evaluate/evaluate-model.js';
import { bytesPerRow, FIXED_BYTES } from '../../shared/evaluate/row-bytes.js';
import { loadModel } from '../../shared/model/session.js';
import { silentLogger } from '../../shared/log.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;
let dir: string;
let sized: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlci-streaming-'));
  // the breast-cancer test split with a slice column, as the gate tests use it
  const [header, ...rows] = readFileSync(fixture('data/breast_cancer_test.csv'), 'utf8').trim().split('\n');
  const radius = header!.split(',').indexOf('mean_radius');
  sized = join(dir, 'sized.csv');
  writeFileSync(sized, `${[`${header},size`, ...rows.map((r) => `${r},${Number(r.split(',')[radius]) < 13 ? 'small' : 'large'}`)].join('\n')}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = (overrides: Partial<EvaluateOptions> = {}): EvaluateOptions => ({
  model: fixture('models/breast_cancer_lr.onnx'),
  baseline: fixture('models/breast_cancer_lr_weak.onnx'),
  data: sized,
  target: 'target',
  sliceColumn: 'size',
  batchSize: 65536,
  bootstrap: { resamples: 50, seed: 3, level: 0.95 },
  ort,
  logger: silentLogger,
  ...overrides,
});

/** the figures that do not depend on timing */
const figures = ({ metrics, baseline, intervals, deltas, confusionMatrix, slices, data }: Awaited<ReturnType<typeof evaluateModel>>) => ({ metrics, baseline, intervals, deltas, confusionMatrix, slices, rows: data.rows });

test('the figures are the same, to the bit, whether the rows come in one batch or in batches of 16', async () => {
  const whole = await evaluateModel(options());
  const batched = await evaluateModel(options({ batchSize: 16 }));
  expect(whole.data.rows).toBe(171);
  expect(whole.slices?.slices.map((s) => s.value)).toEqual(['large', 'small']);
  expect(figures(batched)).toEqual(figures(whole));
});

test('a gzip-compressed copy streams to the same figures', async () => {
  const gz = join(dir, 'sized.csv.gz');
  writeFileSync(gz, gzipSync(readFileSync(sized)));
  expect(figures(await evaluateModel(options({ data: gz, batchSize: 32 })))).toEqual(figures(await evaluateModel(options())));
});

test('a file with more rows than the memory budget is refused before it is read, with the rows it would take', async () => {
  const error = await evaluateModel(options({ memoryLimitBytes: 64 * 2 ** 20 })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).message).toMatch(/sized\.csv looks to have about 171 rows; evaluating them needs about \d+ MB .* this machine can give 64 MB/);
  expect((error as UserError).fix).toMatch(/Free some memory .*MLCI_MEMORY_LIMIT_MB/);
});

test('a gzip file that inflates past the budget stops with a UserError as the rows come, not an out-of-memory kill', async () => {
  // 600 copies of the split: small compressed, 102,600 rows inflated
  const [header, ...rows] = readFileSync(fixture('data/breast_cancer_test.csv'), 'utf8').trim().split('\n');
  const body = `${rows.join('\n')}\n`;
  const gz = join(dir, 'many.csv.gz');
  writeFileSync(gz, gzipSync(`${header}\n${body.repeat(600)}`));
  // room for the fixed part and about 50,000 rows at the bytes a row of the two models costs
  const signatures = await Promise.all(['breast_cancer_lr', 'breast_cancer_lr_weak'].map(async (name) => (await loadModel(fixture(`models/${name}.onnx`), { ort })).signature));
  // left to choose, evaluate-gate budgets the rows without the bootstrap's per-row arrays (little bootstraps need none)
  const perRow = bytesPerRow(signatures, { slices: false, resamples: 0 });
  const limit = FIXED_BYTES + 50_000 * perRow;
  const error = await evaluateModel(options({ data: gz, sliceColumn: undefined, memoryLimitBytes: limit, batchSize: 8192 })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).message).toMatch(/many\.csv\.gz has more than 5\d,\d{3} rows/);
});
