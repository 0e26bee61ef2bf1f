import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runAction } from '../helpers/run-action.js';

// A model trained by train-model on labels that are not 0..k-1 (here 2 = malignant, 4 = benign,
// as in the UCI breast-cancer files) is evaluated with those labels: the classes travel in the
// model's metadata and its label output holds class values.
test('train-model then evaluate-gate on class labels 2 and 4', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-classes-'));
  const relabel = (name: string) => {
    const [header, ...rows] = readFileSync(join(repoRoot, 'test', 'fixtures', 'data', name), 'utf8').trim().split('\n');
    const out = join(dir, name);
    writeFileSync(out, [header, ...rows.map((r) => r.replace(/,(\d)$/, (_, c: string) => `,${c === '0' ? 2 : 4}`))].join('\n') + '\n');
    return out;
  };
  const train = relabel('breast_cancer_train.csv');
  const test = relabel('breast_cancer_test.csv');
  const trained = await runAction('dist/train-model/index.mjs', { trainer: 'builtin:logistic-regression', data: train, target: 'target', cache: 'false', 'output-dir': join(dir, 'train') });
  expect(trained.exitCode).toBe(0);
  const evaluated = await runAction('dist/evaluate-gate/index.mjs', { model: trained.outputs['model-file']!, data: test, target: 'target', 'bootstrap-resamples': '0', 'output-dir': join(dir, 'eval') });
  expect(evaluated.stdout).not.toMatch(/::error/);
  expect(evaluated.exitCode).toBe(0);
  const result = JSON.parse(readFileSync(join(dir, 'eval', 'metrics.json'), 'utf8'));
  expect(result.confusionMatrix.classes).toEqual([2, 4]);
  // the same rows and the same model as the fixture's 0/1 logistic regression: sklearn's accuracy
  const sklearn = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'expected', 'breast_cancer_lr.json'), 'utf8'));
  expect(Math.abs(result.metrics.accuracy - sklearn.accuracy)).toBeLessThanOrEqual(0.02);
});
