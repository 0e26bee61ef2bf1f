/** @jest-environment ./test/runtime/ort-environment.js */
// evaluate-gate parses a large CSV on worker threads (shared/data/csv-parallel.ts) while the main
// thread runs the models. Everything it reports but the timings must be what a read on one thread
// gives: metrics, intervals, slices, the score distribution, and a bad row's error and line.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../shared/errors.js';
import { evaluateModel, type EvaluateOptions } from '../../shared/evaluate/evaluate-model.js';
import { silentLogger } from '../../shared/log.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { bundleForNode } from '../support/bundle.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'mlci-parallel-read-'));
const workerScript = join(dir, 'csv-read-worker.mjs');
let data: string;
let header: string;
let rows: string[];

beforeAll(async () => {
  await bundleForNode('shared/data/csv-read-worker.ts', workerScript);
  // the breast-cancer test split twelve times over (2,052 rows), with a slice column, some rows quoted and some lines CRLF
  [header, ...rows] = readFileSync(fixture('data/breast_cancer_test.csv'), 'utf8').trim().split('\n') as [string, ...string[]];
  const radius = header.split(',').indexOf('mean_radius');
  const out = [`${header},size\n`];
  for (let copy = 0; copy < 12; copy++) {
    rows.forEach((row, i) => {
      const size = Number(row.split(',')[radius]) < 13 ? 'small' : 'large';
      out.push(`${row},${i % 5 === 0 ? `"${size}"` : size}${i % 4 === 0 ? '\r\n' : '\n'}`);
    });
  }
  data = join(dir, 'rows.csv');
  writeFileSync(data, out.join(''));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = (overrides: Partial<EvaluateOptions> = {}): EvaluateOptions => ({
  model: fixture('models/breast_cancer_lr.onnx'),
  baseline: fixture('models/breast_cancer_lr_weak.onnx'),
  data,
  target: 'target',
  sliceColumn: 'size',
  batchSize: 128,
  bootstrap: { resamples: 50, seed: 3, level: 0.95 },
  ort,
  logger: silentLogger,
  ...overrides,
});

/** the result without what depends on timing */
function untimed(result: Awaited<ReturnType<typeof evaluateModel>>) {
  const { operational, baselineOperational, ...rest } = result;
  return { ...rest, batches: [operational.batches, operational.batchSize, baselineOperational?.batches] };
}

test.each([1, 2])('on %i reading threads: every figure of a one-thread read', async (threads) => {
  const started: number[] = [];
  const parallel = await evaluateModel(options({ parallelRead: { workerScript, threads, minBytes: 0, onThreads: (n) => void started.push(n) } }));
  const one = await evaluateModel(options());
  expect(started).toEqual([threads]);
  expect(parallel.data.rows).toBe(12 * 171);
  expect(untimed(parallel)).toEqual(untimed(one));
  expect(JSON.stringify(untimed(parallel))).toBe(JSON.stringify(untimed(one)));
});

test('an empty target on line 1,500: the same error and line on threads as on one', async () => {
  const lines = readFileSync(data, 'utf8').split('\n');
  const target = header.split(',').indexOf('target');
  const cells = lines[1499]!.split(',');
  cells[target] = '';
  lines[1499] = cells.join(',');
  const bad = join(dir, 'bad-target.csv');
  writeFileSync(bad, lines.join('\n'));
  const failure = (o: EvaluateOptions) => evaluateModel(o).then(() => undefined, (e: unknown) => e as UserError);
  const one = await failure(options({ data: bad }));
  const two = await failure(options({ data: bad, parallelRead: { workerScript, threads: 2, minBytes: 0 } }));
  expect(one).toBeInstanceOf(UserError);
  expect(two).toBeInstanceOf(UserError);
  expect(two!.message).toBe(one!.message);
  expect(two!.location).toEqual({ file: bad, line: 1500 });
});
