// `mlci publish-model` and `mlci registry …` through the built CLI bundle, as a person runs them.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/run-action.js';

const cli = join(repoRoot, 'dist', 'cli', 'index.mjs');
const models = join(repoRoot, 'test', 'fixtures', 'models');

function mlci(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: repoRoot, env: { PATH: process.env.PATH, HOME: process.env.HOME, USER: 'tester', ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test('publish, list, promote, history, rollback, pull and verify from the command line', async () => {
  const registry = mkdtempSync(join(tmpdir(), 'mlci-cli-registry-'));
  const env = { MLCI_REGISTRY: registry };
  for (const model of ['iris_lr.onnx', 'iris_lr_zipmap.onnx']) {
    const run = await mlci(['publish-model', '--model', join(models, model), '--name', 'iris', '--aliases', 'champion', '--output-dir', mkdtempSync(join(tmpdir(), 'mlci-pub-'))], env);
    expect(run.stderr).not.toMatch(/error|✖/);
    expect(run.code).toBe(0);
  }
  expect((await mlci(['registry', 'list'], env)).stdout).toMatch(/^iris {2}2 version\(s\), newest v2 {2}@champion=v2$/m);
  const versions = await mlci(['registry', 'versions', 'iris', '--json'], env);
  expect(JSON.parse(versions.stdout).map((v: { version: string; aliases: string[] }) => [v.version, v.aliases])).toEqual([['v1', []], ['v2', ['champion']]]);

  expect((await mlci(['registry', 'promote', 'iris', 'v1', '--alias', 'stable', '--reason', 'known good'], env)).stdout).toBe('iris@stable: (unset) → v1\n');
  expect((await mlci(['registry', 'rollback', 'iris', '--alias', 'champion', '--reason', 'latency regression'], env)).stdout).toBe('iris@champion: v2 → v1 (rollback)\n');
  const history = await mlci(['registry', 'history', 'iris', '--alias', 'champion'], env);
  expect(history.stdout.trim().split('\n').map((l) => l.replace(/^\S+ {2}/, ''))).toEqual([
    '@champion  (unset) → v1  by tester  "published by publish-model"',
    '@champion  v1 → v2  by tester  "published by publish-model"',
    '@champion  v2 → v1  by tester  "latency regression"',
  ]);

  const show = await mlci(['registry', 'show', 'iris@champion'], env);
  expect(show.stdout).toMatch(/version {4}v1/);
  const out = mkdtempSync(join(tmpdir(), 'mlci-cli-pull-'));
  const pull = await mlci(['registry', 'pull', `${registry}/iris:v2`, '--output', out], env);
  expect(pull.code).toBe(0);
  expect(readFileSync(join(out, 'model.onnx'))).toEqual(readFileSync(join(models, 'iris_lr_zipmap.onnx')));
  const verify = await mlci(['registry', 'verify', 'iris@champion'], env);
  expect(verify.stdout).toMatch(/^ok {2}iris:v1 sha256:[a-f0-9]{64}\n/);
  expect(verify.stdout).toMatch(/attestations: 1 in-toto statement\(s\) attached, each about this model\.onnx/);

  const bad = await mlci(['registry', 'promote', 'iris', 'v1', '--alias', 'latest'], env);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/The alias "latest" is reserved/);
  expect((await mlci(['registry', 'frobnicate'], env)).stderr).toMatch(/no sub-command "frobnicate"/);
});

test('mlci registry --help and mlci help registry list every sub-command', async () => {
  for (const args of [['registry', '--help'], ['help', 'registry'], ['registry']]) {
    const run = await mlci(args);
    expect(run.code).toBe(0);
    for (const sub of ['list', 'versions NAME', 'show REF', 'history NAME', 'promote NAME VERSION --alias A', 'rollback NAME --alias A', 'pull REF --output DIR', 'verify REF']) expect(run.stdout).toContain(`mlci registry ${sub}`);
  }
  expect((await mlci(['help'])).stdout).toMatch(/mlci registry <sub-command>/);
  expect((await mlci(['help', 'publish-model'])).stdout).toMatch(/--verdict/);
});

test('two processes promoting at the same moment both land in the history', async () => {
  const registry = mkdtempSync(join(tmpdir(), 'mlci-cli-race-'));
  const env = { MLCI_REGISTRY: registry };
  for (const model of ['iris_lr.onnx', 'iris_lr_zipmap.onnx']) await mlci(['publish-model', '--model', join(models, model), '--name', 'iris', '--output-dir', mkdtempSync(join(tmpdir(), 'mlci-pub-'))], env);
  const runs = await Promise.all(Array.from({ length: 6 }, (_, i) => mlci(['registry', 'promote', 'iris', i % 2 ? 'v1' : 'v2', '--alias', `a${i}`, '--reason', `r${i}`], env)));
  expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 0]);
  const history = JSON.parse((await mlci(['registry', 'history', 'iris', '--json'], env)).stdout);
  expect(history.map((m: { reason: string }) => m.reason).sort()).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
});
