import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github/server.js';
import { runtimeToken } from '../github/fake-github/twirp.js';
import { repoState, runnerEnv, TOKEN } from '../github/helpers.js';
import { repoRoot, runAction } from '../helpers/run-action.js';

// Steps pass output directories to later steps and jobs by name: `upload-artifact: NAME` stores
// one, an input `artifact:NAME/path` reads a file from it. On a runner that is a GitHub Actions
// artifact of the run (the real @actions/artifact client against a local results service); with
// the CLI, a folder. Both verify every file against the artifact's manifest.json.

const fixtures = join(repoRoot, 'test', 'fixtures');
const evaluateInputs = {
  data: join(fixtures, 'data', 'breast_cancer_test.csv'),
  target: 'target',
  'bootstrap-resamples': '0',
};

describe('on a runner: GitHub Actions artifacts of the run', () => {
  const identity = { repo: 'acme-ml/churn-model', runId: 8800, runBackendId: 'ce7f54c7-61c7-4aae-887f-30da475f5f1a', jobBackendId: 'ca395085-040a-526b-2ce8-bdc85f692774' };
  let gh: FakeGitHub;
  let env: Record<string, string>;
  beforeEach(async () => {
    gh = await startFakeGitHub({ token: TOKEN, runtime: identity });
    repoState(gh).workflowRuns.push({ id: identity.runId, workflowFile: 'pr-gate.yml', headBranch: 'main', headSha: 'f'.repeat(40), event: 'push', headRepo: identity.repo, status: 'in_progress', conclusion: null, createdAt: '2026-11-24T09:00:00Z', artifacts: [] });
    env = {
      ...runnerEnv(gh.url, 'push', 'push.main.json'),
      ACTIONS_RUNTIME_TOKEN: runtimeToken(identity),
      ACTIONS_RESULTS_URL: `${gh.url}/`,
    };
  });
  afterEach(async () => {
    await gh.close();
    expect(gh.violations).toEqual([]);
  });

  test('one job uploads its output directory, a later one evaluates the model inside it by name', async () => {
    const first = await runAction('dist/evaluate-gate/index.mjs', { ...evaluateInputs, model: join(fixtures, 'models', 'breast_cancer_lr.onnx'), 'upload-artifact': 'candidate-eval', comment: 'false', 'check-name': '', 'github-token': TOKEN }, env);
    expect(first.exitCode).toBe(0);
    expect(repoState(gh).workflowRuns[0]!.artifacts.map((a) => a.name)).toEqual(['candidate-eval']);

    const second = await runAction('dist/evaluate-gate/index.mjs', { ...evaluateInputs, model: 'artifact:candidate-eval/model.onnx', baseline: 'artifact:candidate-eval/metrics.json', comment: 'false', 'check-name': '', 'github-token': TOKEN }, env);
    expect(second.stdout).not.toMatch(/::error/);
    expect(second.exitCode).toBe(0);
    const result = JSON.parse(readFileSync(second.outputs['metrics-file']!, 'utf8'));
    const before = JSON.parse(readFileSync(first.outputs['metrics-file']!, 'utf8'));
    expect(result.model.sha256).toBe(before.model.sha256);
    expect(result.baseline.accuracy).toBe(before.metrics.accuracy);
    expect(result.baselineSource).toBe('metrics-file');
  });

  test('naming an artifact the run does not have is a clear error', async () => {
    const run = await runAction('dist/evaluate-gate/index.mjs', { ...evaluateInputs, model: 'artifact:never-uploaded/model.onnx', comment: 'false', 'check-name': '', 'github-token': TOKEN }, env);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/no artifact "never-uploaded"/);
    expect(run.stdout).not.toContain('bug in mlci');
  });
});

describe('with the CLI: a folder of artifacts', () => {
  const cli = join(repoRoot, 'dist', 'cli', 'index.mjs');
  const mlci = (args: string[], artifactDir: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, MLCI_ARTIFACT_DIR: artifactDir } }, (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );
  const flags = (inputs: Record<string, string>) => Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v]);

  test('upload-artifact stores the output directory; artifact: inputs read it back, verified', async () => {
    const store = mkdtempSync(join(tmpdir(), 'mlci-artifacts-'));
    const first = await mlci(['evaluate-gate', ...flags({ ...evaluateInputs, model: join(fixtures, 'models', 'breast_cancer_lr.onnx'), 'output-dir': mkdtempSync(join(tmpdir(), 'out-')), 'upload-artifact': 'eval' })], store);
    expect(first.code).toBe(0);
    expect(existsSync(join(store, 'eval', 'manifest.json'))).toBe(true);

    const second = await mlci(['evaluate-gate', ...flags({ ...evaluateInputs, model: 'artifact:eval/model.onnx' })], store);
    expect(second.code).toBe(0);

    // a file changed after upload fails the digest check, naming the file
    writeFileSync(join(store, 'eval', 'model.onnx'), readFileSync(join(fixtures, 'models', 'breast_cancer_lr_weak.onnx')));
    const tampered = await mlci(['evaluate-gate', ...flags({ ...evaluateInputs, model: 'artifact:eval/model.onnx' })], store);
    expect(tampered.code).toBe(2);
    expect(tampered.stderr).toMatch(/model\.onnx does not match its sha256/);

    const escape = await mlci(['evaluate-gate', ...flags({ ...evaluateInputs, model: 'artifact:eval/../../etc/passwd' })], store);
    expect(escape.code).toBe(2);
    expect(escape.stderr).toMatch(/points outside/);
  });
});
