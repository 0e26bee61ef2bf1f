import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runAction } from '../helpers/run-action.js';

// The sweep's last job: three evaluated candidates (the strong and weak breast-cancer models and
// a retrained one), picked by a metric in its own direction.
const fixtures = join(repoRoot, 'test', 'fixtures');

async function evaluateInto(dir: string, model: string) {
  const run = await runAction('dist/evaluate-gate/index.mjs', { model: join(fixtures, 'models', model), data: join(fixtures, 'data', 'breast_cancer_test.csv'), target: 'target', 'bootstrap-resamples': '0', 'output-dir': dir });
  expect(run.exitCode).toBe(0);
}

test('select-model picks the best candidate by a metric, in the metric’s direction', async () => {
  const root = mkdtempSync(join(tmpdir(), 'mlci-sweep-'));
  mkdirSync(join(root, 'candidates'));
  await evaluateInto(join(root, 'candidates', 'c-weak'), 'breast_cancer_lr_weak.onnx');
  await evaluateInto(join(root, 'candidates', 'c-strong'), 'breast_cancer_lr.onnx');

  const byAuc = await runAction('dist/select-model/index.mjs', { candidates: 'candidates/*/metrics.json', metric: 'roc_auc' }, { GITHUB_WORKSPACE: root }, root);
  expect(byAuc.exitCode).toBe(0);
  expect(byAuc.outputs['best-dir']).toBe(join(root, 'candidates', 'c-strong'));
  expect(byAuc.outputs['best-model-file']).toBe(join(root, 'candidates', 'c-strong', 'model.onnx'));
  const strong = JSON.parse(readFileSync(join(root, 'candidates', 'c-strong', 'metrics.json'), 'utf8'));
  expect(Number(byAuc.outputs['best-value'])).toBe(strong.metrics.roc_auc);
  expect(byAuc.summary).toMatch(/🏆 \| .*c-strong/);

  // log_loss: lower is better, so the same candidate wins by its own direction
  const byLoss = await runAction('dist/select-model/index.mjs', { candidates: 'candidates/*/metrics.json', metric: 'log_loss' }, {}, root);
  expect(byLoss.outputs['best-dir']).toBe(join(root, 'candidates', 'c-strong'));
  // forcing the opposite direction picks the other
  const reversed = await runAction('dist/select-model/index.mjs', { candidates: 'candidates/*/metrics.json', metric: 'log_loss', direction: 'higher' }, {}, root);
  expect(reversed.outputs['best-dir']).toBe(join(root, 'candidates', 'c-weak'));

  const unknown = await runAction('dist/select-model/index.mjs', { candidates: 'candidates/*/metrics.json', metric: 'r2' }, {}, root);
  expect(unknown.exitCode).toBe(1);
  expect(unknown.stdout).toMatch(/has no value for "r2".*Pick one of: accuracy/);
});
