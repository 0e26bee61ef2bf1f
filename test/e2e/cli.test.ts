import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/run-action.js';

const cli = join(repoRoot, 'dist', 'cli', 'index.mjs');
const fixtures = join(repoRoot, 'test', 'fixtures');

function mlci(args: string[], cwd = repoRoot, extraEnv: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, MLCI_CACHE_DIR: mkdtempSync(join(tmpdir(), 'mlci-cache-')), ...extraEnv } }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test('mlci evaluate-gate takes the action’s inputs as flags and prints the report and outputs', async () => {
  const out = mkdtempSync(join(tmpdir(), 'mlci-cli-'));
  const run = await mlci([
    'evaluate-gate',
    '--model', join(fixtures, 'models', 'breast_cancer_lr.onnx'),
    '--data', join(fixtures, 'data', 'breast_cancer_test.csv'),
    '--target=target',
    '--baseline', join(fixtures, 'models', 'breast_cancer_lr_weak.onnx'),
    '--bootstrap-resamples', '100',
    '--output-dir', out,
  ]);
  expect(run.stderr).not.toContain('error');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(readFileSync(join(out, 'report.md'), 'utf8'));
  expect(run.stdout).toContain(`metrics-file=${join(out, 'metrics.json')}`);
  expect(run.stdout).toMatch(/^passed=true$/m);
});

test('MLCI_DEBUG=1 shows the debug lines (which onnxruntime loads), which are off by default', async () => {
  const args = (out: string) => ['evaluate-gate', '--model', join(fixtures, 'models', 'breast_cancer_lr.onnx'), '--data', join(fixtures, 'data', 'breast_cancer_test.csv'), '--target', 'target', '--bootstrap-resamples', '0', '--output-dir', out];
  const quiet = await mlci(args(mkdtempSync(join(tmpdir(), 'mlci-cli-'))));
  const debug = await mlci(args(mkdtempSync(join(tmpdir(), 'mlci-cli-'))), repoRoot, { MLCI_DEBUG: '1' });
  expect([quiet.code, debug.code]).toEqual([0, 0]);
  expect(quiet.stderr).not.toMatch(/^debug: /m);
  expect(debug.stderr).toMatch(/^debug: Using onnxruntime-node from /m);
});

test('an unknown flag names the step’s real inputs; a missing one says what it is for', async () => {
  const unknown = await mlci(['evaluate-gate', '--modle', 'x.onnx']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toMatch(/mlci evaluate-gate has no input "modle".*--model/s);
  const missing = await mlci(['evaluate-gate', '--model', 'x.onnx', '--target', 't']);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/needs --data/);
});

test('mlci help lists the steps, and help for a step lists its inputs with defaults', async () => {
  const help = await mlci(['help']);
  expect(help.stdout).toMatch(/evaluate-gate\s+Evaluates an ONNX model/);
  const step = await mlci(['help', 'evaluate-gate']);
  expect(step.stdout).toMatch(/--bootstrap-resamples \(default: 1000\)/);
});

test('the demo runs the pipeline on the bundled example and passes its gates', async () => {
  const out = mkdtempSync(join(tmpdir(), 'mlci-demo-'));
  const scratch = mkdtempSync(join(tmpdir(), 'mlci-demo-tmp-'));
  const home = mkdtempSync(join(tmpdir(), 'mlci-demo-home-'));
  const run = await mlci(['demo', '--output-dir', out], tmpdir(), { TMPDIR: scratch, HOME: home });
  expect(run.stderr).not.toMatch(/error|bug/);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('✔ The demo pipeline passed every gate.');
  expect(existsSync(join(out, 'evaluate-gate', 'metrics.json'))).toBe(true);
  // the last stage publishes the gated model to a registry folder and moves champion to it
  expect(run.stdout).toMatch(/^ {2}status=published$/m);
  const verdict = JSON.parse(readFileSync(join(out, 'evaluate-gate', 'verdict.json'), 'utf8'));
  expect(run.stdout).toContain(`model-digest=sha256:${verdict.modelSha256}`);
  const history = await mlci(['registry', 'history', 'breast-cancer', '--registry', join(out, 'registry'), '--json']);
  const moves = JSON.parse(history.stdout) as { alias: string; from: string | null; to: string; reason?: string }[];
  expect(moves.filter((m) => m.alias === 'champion')).toEqual([expect.objectContaining({ alias: 'champion', from: null, to: 'v1', reason: 'mlci demo: the gate passed' })]);
  // the deploy stage: production served the main-branch model, then the canary was promoted
  expect(run.stdout).toMatch(/^ {2}result=promoted$/m);
  expect(moves.filter((m) => m.alias === 'production').map((m) => [m.from, m.to])).toEqual([[null, '0.9.0'], ['0.9.0', 'v1']]);
  expect(readFileSync(join(out, 'deploy', 'report.md'), 'utf8')).toContain('| 2 | 100% | pass |');
  expect(readFileSync(join(out, 'publish-model', 'model-card.md'), 'utf8')).toMatch(/^license: bsd-3-clause$/m);
  // then mlci serve answers the test rows from breast-cancer@champion, and monitor reads its log:
  // the same rows as the gate's, so no drift and, with their labels joined, the gated accuracy
  expect(run.stdout).toMatch(/^ {2}alerts=0$/m);
  const monitor = JSON.parse(readFileSync(join(out, 'monitor', 'monitor.json'), 'utf8'));
  expect([monitor.model, monitor.modelVersion, monitor.windows[0].rows]).toEqual(['breast-cancer', 'v1', 171]);
  expect(monitor.windows[0].performance.metrics.accuracy).toBeCloseTo(JSON.parse(readFileSync(join(out, 'evaluate-gate', 'metrics.json'), 'utf8')).metrics.accuracy, 12);
  // each stage's temp dir (downloads, the served models' copies) is gone when the stage ends, and
  // onnxruntime's telemetry, off, left neither its debug files there nor its database in the home
  expect(readdirSync(scratch)).toEqual([]);
  expect(readdirSync(home)).toEqual([]);
});

test('mlci infer-schema writes a schema that the same data then passes, and the corrupt file fails at its lines', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-schema-'));
  const schema = join(dir, 'schema.yml');
  const inferred = await mlci(['infer-schema', '--data', join(fixtures, 'data', 'breast_cancer_train.csv'), '--target', 'target', '--output', schema]);
  expect(inferred.code).toBe(0);
  expect(readFileSync(schema, 'utf8')).toMatch(/mean_radius:\n\s+type: numeric/);

  const clean = await mlci(['validate-data', '--data', join(fixtures, 'data', 'breast_cancer_test.csv'), '--schema', schema, '--output-dir', join(dir, 'clean')]);
  expect(clean.code).toBe(0);
  expect(clean.stdout).toMatch(/^passed=true$/m);

  const corrupt = await mlci(['validate-data', '--data', join(fixtures, 'data', 'breast_cancer_corrupt.csv'), '--schema', schema, '--output-dir', join(dir, 'corrupt')]);
  expect(corrupt.code).toBe(1);
  expect(corrupt.stdout).toMatch(/^passed=false$/m);
  for (const line of [5, 7, 10, 13, 15]) expect(corrupt.stderr).toContain(`breast_cancer_corrupt.csv:${line}`);
});
