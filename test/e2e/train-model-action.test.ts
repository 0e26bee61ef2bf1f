import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github/server.js';
import { runtimeToken } from '../github/fake-github/twirp.js';
import { repoRoot, runAction } from '../helpers/run-action.js';

// train-model as a runner runs it (committed bundle, child process), its run cache kept by the
// real @actions/cache client in a local cache service: the second run with the same inputs
// restores the model instead of training; a changed parameter trains again.

const identity = { repo: 'acme-ml/churn-model', runId: 8800, runBackendId: 'ce7f54c7-61c7-4aae-887f-30da475f5f1a', jobBackendId: 'ca395085-040a-526b-2ce8-bdc85f692774' };
let gh: FakeGitHub;
let env: Record<string, string>;

beforeAll(async () => {
  gh = await startFakeGitHub({ runtime: identity });
  env = {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: `${gh.url}/`,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(identity),
    // a runner's temp dir is the same path in every run; @actions/cache keys entries by path
    RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'mlci-runner-temp-')),
  };
});
afterAll(async () => {
  await gh.close();
  expect(gh.violations).toEqual([]);
});

const inputs = (extra: Record<string, string> = {}) => ({
  trainer: 'builtin:logistic-regression',
  data: join(repoRoot, 'test', 'fixtures', 'data', 'breast_cancer_train.csv'),
  target: 'target',
  'output-dir': mkdtempSync(join(tmpdir(), 'mlci-train-out-')),
  ...extra,
});

test('a rerun with the same inputs is a cache hit; a changed parameter trains again', async () => {
  const first = await runAction('dist/train-model/index.mjs', inputs(), env);
  expect(first.stdout).not.toMatch(/::error/);
  expect(first.exitCode).toBe(0);
  expect(first.outputs['cache-hit']).toBe('false');
  const model = readFileSync(first.outputs['model-file']!);
  const lineage = JSON.parse(readFileSync(first.outputs['lineage-file']!, 'utf8'));
  // the lineage names the exact model it describes, and the data it came from
  expect(lineage.outputs).toContainEqual({ path: 'model.onnx', sha256: createHash('sha256').update(model).digest('hex'), bytes: model.length });
  expect(lineage.data[0].sha256).toBe(createHash('sha256').update(readFileSync(inputs().data)).digest('hex'));
  expect(lineage.trainer).toBe('builtin:logistic-regression');

  const second = await runAction('dist/train-model/index.mjs', inputs(), env);
  expect(second.exitCode).toBe(0);
  expect(second.outputs['cache-hit']).toBe('true');
  expect(second.summary).toMatch(/cache hit/i);
  expect(readFileSync(second.outputs['model-file']!).equals(model)).toBe(true);

  const changed = await runAction('dist/train-model/index.mjs', inputs({ 'set-params': 'C=0.01' }), env);
  expect(changed.exitCode).toBe(0);
  expect(changed.outputs['cache-hit']).toBe('false');
  expect(readFileSync(changed.outputs['model-file']!).equals(model)).toBe(false);
}, 120_000);
