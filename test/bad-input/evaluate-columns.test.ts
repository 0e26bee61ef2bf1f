/** @jest-environment ./test/runtime/ort-environment.js */
// Feature columns are matched by name where the model names them: a model trained by train-model
// records its feature names (ONNX metadata mlci.feature_names), so reordered columns must give the
// same figures and a different set of columns must be refused with the differences listed.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTable } from '../../shared/data/load.js';
import { UserError } from '../../shared/errors.js';
import { evaluateModel, type EvaluateOptions } from '../../shared/evaluate/evaluate-model.js';
import { silentLogger } from '../../shared/log.js';
import { renderEvaluationReport } from '../../shared/report/index.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { trainBuiltin } from '../../shared/train/builtin/trainers.js';
import { fixturePath } from '../gate/breast-cancer-result.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
let dir: string;
let model: string;
let header: string[];
let rows: string[][];

/** the test split with its columns in `order` (names), written as CSV or JSON Lines */
function writeColumns(name: string, order: string[]): string {
  const index = order.map((c) => header.indexOf(c));
  const path = join(dir, name);
  if (name.endsWith('.jsonl')) {
    writeFileSync(path, rows.map((r) => JSON.stringify(Object.fromEntries(order.map((c, i) => [c, Number(r[index[i]!])])))).join('\n') + '\n');
  } else {
    writeFileSync(path, [order.join(','), ...rows.map((r) => index.map((i) => r[i]).join(','))].join('\n') + '\n');
  }
  return path;
}

const options = (data: string, over: Partial<EvaluateOptions> = {}): EvaluateOptions => ({ model, data, target: 'target', batchSize: 64, bootstrap: { resamples: 0, seed: 1, level: 0.95 }, ort, logger: silentLogger, ...over });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlci-columns-'));
  const train = await loadTable(fixturePath('data/breast_cancer_train.csv'));
  const trained = trainBuiltin('builtin:logistic-regression', train, 'target');
  model = join(dir, 'model.onnx');
  writeFileSync(model, trained.model);
  const lines = readFileSync(fixturePath('data/breast_cancer_test.csv'), 'utf8').trim().split('\n');
  header = lines[0]!.split(',');
  rows = lines.slice(1).map((l) => l.split(','));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('feature columns by name', () => {
  const features = () => header.filter((c) => c !== 'target');

  it.each(['csv', 'jsonl'])('gives the same figures for reordered columns (%s)', async (ext) => {
    const straight = await evaluateModel(options(writeColumns(`straight.${ext}`, header)));
    const reversed = await evaluateModel(options(writeColumns(`reversed.${ext}`, ['target', ...features().reverse()])));
    expect(straight.metrics.accuracy).toBeGreaterThan(0.9);
    expect(reversed.metrics.accuracy).toBe(straight.metrics.accuracy);
    expect(reversed.metrics.log_loss).toBeCloseTo(straight.metrics.log_loss!, 12);
    expect(reversed.features).toEqual({ columns: features(), source: 'model' });
  });

  it('refuses data whose columns differ from the model\'s, listing what is missing and what is extra', async () => {
    const f = features();
    const renamed = [...f.slice(0, 2), 'radius_mean_typo', ...f.slice(3)];
    const path = join(dir, 'renamed.csv');
    writeFileSync(path, [[...renamed, 'target'].join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
    const err = await evaluateModel(options(path)).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(new RegExp(`missing: ${f[2]}`));
    expect(err.message).toMatch(/not among the model's features: radius_mean_typo/);
  });

  it('says in the report which columns were fed in which order when the model does not name them', async () => {
    const result = await evaluateModel(options(fixturePath('data/breast_cancer_test.csv'), { model: fixturePath('models/breast_cancer_lr.onnx') }));
    expect(result.features).toEqual({ columns: features(), source: 'data' });
    const report = renderEvaluationReport(result);
    expect(report).toContain('fed in the order of the data file');
    expect(report).toContain(features().slice(0, 3).map((c) => c.replace(/_/g, '\\_')).join(', '));
  });
});
