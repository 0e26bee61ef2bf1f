/** @jest-environment ./test/runtime/ort-environment.js */
// Feature columns are matched by name where the model names them: a model trained by train-model
// records its feature names (ONNX metadata mlci.feature_names), so reordered columns must give the
// same figures and a different set of columns must be refused with the differences listed. A model
// that names nothing is fed in the order train-model's lineage.json or the data schema declares.
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
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
import { PassThrough } from 'node:stream';
import { createCliHost } from '../../cli/host.js';
import { evaluateGateStep } from '../../shared/evaluate/step.js';
import type { StepDefinition } from '../../shared/steps/types.js';

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

describe('feature order from the lineage or the schema, for a model that names no features', () => {
  const unnamed = () => fixturePath('models/breast_cancer_lr.onnx');
  const features = () => header.filter((c) => c !== 'target');
  const lineage = (file: string, columns: string[], modelSha256 = '0'.repeat(64)) => {
    writeFileSync(file, JSON.stringify({ schema: 'mlci/lineage@1', outputs: [{ path: 'model.onnx', sha256: modelSha256, bytes: 1 }], features: columns }));
    return file;
  };

  it('is fed by position without one: reordered columns silently give other figures (why the order matters)', async () => {
    const straight = await evaluateModel(options(writeColumns('u-straight.csv', header), { model: unnamed() }));
    const reversed = await evaluateModel(options(writeColumns('u-reversed.csv', ['target', ...features().reverse()]), { model: unnamed() }));
    expect(reversed.metrics.accuracy).toBeLessThan(straight.metrics.accuracy! - 0.2);
    expect(reversed.features?.source).toBe('data');
  });

  it.each(['lineage', 'schema'] as const)('gives the same figures for reordered columns with the order from the %s', async (kind) => {
    const file = kind === 'lineage' ? lineage(join(dir, 'given-lineage.json'), features()) : join(dir, 'schema.yml');
    if (kind === 'schema') writeFileSync(file, `version: 1
columns:
${header.map((c) => `  ${c}:
    type: ${c === 'target' ? 'categorical' : 'numeric'}
`).join('')}dataset:
  target: target
`);
    const straight = await evaluateModel(options(writeColumns('s-straight.csv', header), { model: unnamed() }));
    const reversed = await evaluateModel(options(writeColumns('s-reversed.csv', ['target', ...features().reverse()]), { model: unnamed(), featureOrderFile: file }));
    expect(reversed.metrics.accuracy).toBe(straight.metrics.accuracy);
    expect(reversed.metrics.log_loss).toBeCloseTo(straight.metrics.log_loss!, 12);
    expect(reversed.features).toEqual({ columns: features(), source: kind, file });
    expect(renderEvaluationReport(reversed)).toContain(kind === 'lineage' ? "in the order train-model's lineage records" : 'in the order of the data schema');
  });

  it('refuses data whose columns differ from the lineage\'s, naming the lineage and the differences', async () => {
    const f = features();
    const file = lineage(join(dir, 'typo-lineage.json'), [...f.slice(0, 2), 'radius_mean_typo', ...f.slice(3)]);
    const err = await evaluateModel(options(fixturePath('data/breast_cancer_test.csv'), { model: unnamed(), featureOrderFile: file })).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toContain(`The lineage ${file}`);
    expect(err.message).toMatch(/missing: radius_mean_typo/);
    expect(err.message).toMatch(new RegExp(`not among the model's features: ${f[2]}`));
  });

  it('refuses a JSON file that is not a lineage, and a lineage without features', async () => {
    const notLineage = join(dir, 'metrics-not-lineage.json');
    writeFileSync(notLineage, '{"metrics": {}}');
    const err = await evaluateModel(options(fixturePath('data/breast_cancer_test.csv'), { model: unnamed(), featureOrderFile: notLineage })).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/not a train-model lineage\.json/);
    const empty = join(dir, 'no-features.json');
    writeFileSync(empty, JSON.stringify({ schema: 'mlci/lineage@1', outputs: [] }));
    const none = await evaluateModel(options(fixturePath('data/breast_cancer_test.csv'), { model: unnamed(), featureOrderFile: empty })).catch((e) => e);
    expect(none).toBeInstanceOf(UserError);
    expect(none.message).toMatch(/records no feature columns/);
  });

  it('uses the lineage.json train-model left beside the model, only when it lists that very model', async () => {
    const out = join(dir, 'train-output');
    mkdirSync(out, { recursive: true });
    const model = join(out, 'model.onnx');
    copyFileSync(unnamed(), model);
    const sha = createHash('sha256').update(readFileSync(model)).digest('hex');
    const reversedData = writeColumns('b-reversed.csv', ['target', ...features().reverse()]);
    lineage(join(out, 'lineage.json'), features(), sha);
    const vouched = await evaluateModel(options(reversedData, { model }));
    expect(vouched.features).toEqual({ columns: features(), source: 'lineage', file: join(out, 'lineage.json') });
    expect(vouched.metrics.accuracy).toBeGreaterThan(0.9);
    lineage(join(out, 'lineage.json'), features(), 'f'.repeat(64));
    const other = await evaluateModel(options(reversedData, { model }));
    expect(other.features?.source).toBe('data');
  });

  it('evaluate-gate takes the order from its feature-order input', async () => {
    const file = lineage(join(dir, 'input-lineage.json'), features());
    const step = evaluateGateStep as unknown as StepDefinition;
    const out = join(dir, 'step-out');
    const { host, outputs } = createCliHost(step, { model: unnamed(), data: writeColumns('step-reversed.csv', ['target', ...features().reverse()]), target: 'target', 'feature-order': file, 'bootstrap-resamples': '0', 'output-dir': out }, { out: new PassThrough(), err: new PassThrough() });
    expect((await step.run(host)).failure).toBeUndefined();
    const metrics = JSON.parse(readFileSync(outputs['metrics-file']!, 'utf8'));
    expect(metrics.features).toEqual({ columns: features(), source: 'lineage', file });
    expect(metrics.metrics.accuracy).toBeGreaterThan(0.9);
  });
});
