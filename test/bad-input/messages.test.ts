/** @jest-environment ./test/runtime/ort-environment.js */
// Messages that name the real problem: a repeated single-value flag, a missing working directory
// (not "python3 was not found"), a Parquet error without advice about an input that does not exist,
// and a baseline model that does not fit the data, named as the baseline.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseStepFlags } from '../../cli/args.js';
import { loadTable } from '../../shared/data/load.js';
import { UserError } from '../../shared/errors.js';
import { evaluateModel } from '../../shared/evaluate/evaluate-model.js';
import { evaluateGateStep } from '../../shared/evaluate/step.js';
import { silentLogger } from '../../shared/log.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { runTrainingCommand } from '../../shared/train/run-command.js';
import { validateDataStep } from '../../shared/validate/step.js';
import { fixtureData, fixtureModel } from '../model/fixture-table.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const dir = mkdtempSync(join(tmpdir(), 'mlci-messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('--data a --data b on a one-value input is refused, not joined', () => {
  expect(() => parseStepFlags(evaluateGateStep, ['--model', 'm.onnx', '--target', 't', '--data', 'a.csv', '--data', 'b.csv'])).toThrow(/--data is given twice/);
  // a list input still takes several
  expect(parseStepFlags(validateDataStep, ['--data', 'a.csv', '--data', 'b.csv']).data).toBe('a.csv\nb.csv');
});

test('a working directory that does not exist is named as such', async () => {
  const missing = join(dir, 'no-such-dir');
  const err = await runTrainingCommand({ argv: ['python3', 'train.py'], cwd: missing, params: {}, inputs: {}, outputDir: dir, scratchDir: dir, timeoutMs: 10000, env: { PATH: process.env.PATH }, logger: silentLogger }).catch((e) => e);
  expect(err).toBeInstanceOf(UserError);
  expect(err.message).toMatch(/working directory .*no-such-dir does not exist/);
  expect(err.message).not.toMatch(/was not found/);
});

test('a broken Parquet file gets no advice about a "format" input', async () => {
  const path = join(dir, 'broken.parquet');
  writeFileSync(path, 'PAR1 this is not really parquet PAR1');
  const err = await loadTable(path).catch((e) => e);
  expect(err).toBeInstanceOf(UserError);
  expect(`${err.message} ${err.fix}`).not.toMatch(/format: "csv"/);
});

test('a baseline model that does not fit the data is named as the baseline', async () => {
  const err = await evaluateModel({ model: fixtureModel('iris_lr.onnx'), baseline: fixtureModel('breast_cancer_lr.onnx'), data: fixtureData('iris_test.csv'), target: 'species', batchSize: 16, bootstrap: { resamples: 0, seed: 1, level: 0.95 }, ort, logger: silentLogger }).catch((e) => e);
  expect(err).toBeInstanceOf(UserError);
  expect(err.message).toMatch(/^The baseline model .*breast_cancer_lr\.onnx/);
});
