import { join } from 'node:path';
import { repoRoot, runAction } from '../helpers/run-action.js';

const fixtures = join(repoRoot, 'test', 'fixtures');

test('the root action runs the step it is given by name, with that step’s defaults', async () => {
  const run = await runAction('dist/umbrella/index.mjs', {
    step: 'evaluate-gate',
    model: join(fixtures, 'models', 'iris_lr.onnx'),
    data: join(fixtures, 'data', 'iris_test.csv'),
    target: 'species',
  });
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({ passed: 'true', gated: 'false' });
  // the step's own default (1000 resamples) applied, though the umbrella declares no defaults
  expect(run.summary).toContain('1000 resamples');
});

test('an unknown step name fails and lists the steps', async () => {
  const run = await runAction('dist/umbrella/index.mjs', { step: 'deploy-to-mars' });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(/Unknown step "deploy-to-mars"\. Set step to one of: validate-data, train-model, evaluate-gate, select-model, comment/);
});
