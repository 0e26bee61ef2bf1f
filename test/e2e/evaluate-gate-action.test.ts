import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot, runAction } from '../helpers/run-action.js';

const fixtures = join(repoRoot, 'test', 'fixtures');
const model = (name: string) => join(fixtures, 'models', name);
const data = (name: string) => join(fixtures, 'data', name);
const expected = (name: string) => JSON.parse(readFileSync(join(fixtures, 'expected', name), 'utf8')) as Record<string, number | number[][]>;
const bundle = 'dist/evaluate-gate/index.mjs';

function emptyFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'mlci-empty-')), 'empty.csv');
  writeFileSync(path, '');
  return path;
}

function policyFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-policy-'));
  const path = join(dir, 'gate.yml');
  writeFileSync(path, text);
  return path;
}

describe('evaluate-gate run as a runner runs it (committed bundle, child process)', () => {
  test('a better candidate passes the gate; outputs, files and job summary are written', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mlci-eval-'));
    const run = await runAction(bundle, {
      model: model('breast_cancer_lr.onnx'),
      baseline: model('breast_cancer_lr_weak.onnx'),
      data: data('breast_cancer_test.csv'),
      target: 'target',
      policy: policyFile('metrics:\n  accuracy:\n    min: 0.95\n    max_drop: 0.01\n  roc_auc: ">= 0.99"\n'),
      'bootstrap-resamples': '200',
      'output-dir': out,
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', gated: 'true', 'output-dir': out, 'metrics-file': join(out, 'metrics.json') });

    const result = JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8'));
    const sk = expected('breast_cancer_lr.json');
    const skBaseline = expected('breast_cancer_lr_weak.json');
    // label metrics exactly as scikit-learn, probability metrics within 1e-4 (float32 model outputs)
    for (const name of ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'f1_macro', 'precision_macro', 'recall_macro']) {
      expect(result.metrics[name]).toBe(sk[name]);
      expect(result.baseline[name]).toBe(skBaseline[name]);
    }
    for (const name of ['roc_auc', 'average_precision', 'log_loss', 'brier']) {
      expect(Math.abs(result.metrics[name] - (sk[name] as number)) / (sk[name] as number)).toBeLessThan(1e-4);
    }
    expect(result.confusionMatrix.matrix).toEqual(sk.confusion_matrix);
    expect(result.deltas.accuracy.absolute).toBeCloseTo((sk.accuracy as number) - (skBaseline.accuracy as number), 12);
    expect(result.intervals.accuracy.low).toBeLessThanOrEqual(result.metrics.accuracy);
    expect(result.intervals.accuracy.high).toBeGreaterThanOrEqual(result.metrics.accuracy);
    expect(result.operational.rowsPerSecond).toBeGreaterThan(0);
    expect(result.operational.modelSizeBytes).toBe(readFileSync(model('breast_cancer_lr.onnx')).length);

    const verdict = JSON.parse(readFileSync(join(out, 'verdict.json'), 'utf8'));
    expect(verdict).toMatchObject({ passed: true, gated: true, modelSha256: result.model.sha256 });
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual(['metrics.json', 'model.onnx', 'report.md', 'verdict.json']);

    expect(run.summary).toBe(`${readFileSync(join(out, 'report.md'), 'utf8')}\n`);
    expect(run.summary).toContain('accuracy');
  });

  test('a worse candidate fails the step with the failed rule, and still writes its report', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mlci-eval-'));
    const run = await runAction(bundle, {
      model: model('breast_cancer_lr_weak.onnx'),
      baseline: model('breast_cancer_lr.onnx'),
      data: data('breast_cancer_test.csv'),
      target: 'target',
      policy: policyFile('metrics:\n  accuracy:\n    max_drop: 0.005\n'),
      'bootstrap-resamples': '200',
      'output-dir': out,
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.stdout).toMatch(/::error::The quality gate failed \(1 rule\)/);
    expect(run.stdout).toContain('accuracy');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('❌');
  });

  test('fail-on-regression: false reports the failure but passes the step', async () => {
    const run = await runAction(bundle, {
      model: model('breast_cancer_lr_weak.onnx'),
      baseline: model('breast_cancer_lr.onnx'),
      data: data('breast_cancer_test.csv'),
      target: 'target',
      policy: policyFile('metrics:\n  accuracy:\n    max_drop: 0.005\n'),
      'bootstrap-resamples': '0',
      'fail-on-regression': 'false',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('false');
    expect(run.stdout).toMatch(/::warning::The quality gate failed/);
  });

  test('no policy is an explicit state: the numbers are reported and nothing is gated', async () => {
    const run = await runAction(bundle, { model: model('diabetes_linreg.onnx'), data: data('diabetes_test.csv'), target: 'progression', 'bootstrap-resamples': '100' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', gated: 'false' });
    const result = JSON.parse(readFileSync(run.outputs['metrics-file'], 'utf8'));
    const sk = expected('diabetes_linreg.json');
    for (const name of ['mae', 'rmse', 'r2', 'mape', 'explained_variance']) {
      expect(Math.abs(result.metrics[name] - (sk[name] as number)) / Math.abs(sk[name] as number)).toBeLessThan(1e-4);
    }
    expect(result.task).toBe('regression');
  });

  test('evaluating the model.onnx that already sits in output-dir leaves it whole', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mlci-eval-'));
    const original = readFileSync(model('breast_cancer_lr.onnx'));
    writeFileSync(join(out, 'model.onnx'), original);
    const run = await runAction(bundle, { model: join(out, 'model.onnx'), data: data('breast_cancer_test.csv'), target: 'target', 'bootstrap-resamples': '0', 'output-dir': out });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(join(out, 'model.onnx')).equals(original)).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files.find((f: { path: string }) => f.path === 'model.onnx').bytes).toBe(original.length);
  });

  test('gzip-compressed data and a Parquet file give scikit-learn’s figures through the bundle too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlci-gz-'));
    const compressed = join(dir, 'breast_cancer_test.csv.gz');
    writeFileSync(compressed, gzipSync(readFileSync(data('breast_cancer_test.csv'))));
    const sk = expected('breast_cancer_lr.json');
    for (const file of [compressed, join(fixtures, 'data-formats', 'breast_cancer_test.parquet')]) {
      const run = await runAction(bundle, { model: model('breast_cancer_lr.onnx'), data: file, target: 'target', 'bootstrap-resamples': '0' });
      expect(run.exitCode).toBe(0);
      const result = JSON.parse(readFileSync(run.outputs['metrics-file'], 'utf8'));
      expect(result.metrics.accuracy).toBe(sk.accuracy);
      expect(result.confusionMatrix.matrix).toEqual(sk.confusion_matrix);
      expect(Math.abs(result.metrics.log_loss - (sk.log_loss as number)) / (sk.log_loss as number)).toBeLessThan(1e-4);
    }
  });

  test('a ZipMap model (scikit-learn exporters’ default) is evaluated with its probabilities', async () => {
    const run = await runAction(bundle, { model: model('iris_lr_zipmap.onnx'), data: data('iris_test.csv'), target: 'species', 'bootstrap-resamples': '0' });
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(readFileSync(run.outputs['metrics-file'], 'utf8'));
    const sk = expected('iris_lr.json');
    expect(result.task).toBe('multiclass');
    expect(result.metrics.accuracy).toBe(sk.accuracy);
    expect(result.metrics.f1_macro).toBe(sk.f1_macro);
    expect(Math.abs(result.metrics.log_loss - (sk.log_loss as number)) / (sk.log_loss as number)).toBeLessThan(1e-4);
    expect(Math.abs(result.metrics.roc_auc_ovr_macro - (sk.roc_auc_ovr_macro as number))).toBeLessThan(1e-4);
  });

  test.each([
    ['a truncated model', { model: model('truncated.onnx') }, /truncated\.onnx/],
    ['a missing target column', { target: 'diagnosis' }, /target column "diagnosis" is not in .*breast_cancer_test\.csv.*Fix: Set target to one of: mean_radius/s],
    ['data whose columns do not match the model', { data: data('iris_test.csv'), target: 'species' }, /30/],
    ['an unknown task', { task: 'ranking' }, /Input "task" must be one of binary, multiclass, regression/],
    ['an unknown kind of scores', { scores: 'odds' }, /Input "scores" must be one of probabilities, logits, got "odds"/],
    ['a short row', { data: data('breast_cancer_corrupt.csv') }, /line 13 of .*breast_cancer_corrupt\.csv has 28 cells but the header has 31/],
    ['a non-numeric cell in a feature column', { data: join(fixtures, 'e2e', 'breast_cancer_text_cell.csv') }, /mean_area.*breast_cancer_text_cell\.csv:7|breast_cancer_text_cell\.csv:7.*mean_area/],
    ['an empty data file', { data: emptyFile() }, /empty/i],
    ['a missing model file', { model: model('no-such-model.onnx') }, /no-such-model\.onnx/],
  ])('%s fails with a clear error and no stack trace', async (_what, override, message) => {
    const run = await runAction(bundle, { model: model('breast_cancer_lr.onnx'), data: data('breast_cancer_test.csv'), target: 'target', 'bootstrap-resamples': '0', ...override });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(message);
    expect(run.stdout).not.toMatch(/at .*\.js:\d+:\d+/);
    expect(run.stdout).not.toContain('bug in mlci');
  });
});
