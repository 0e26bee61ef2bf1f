// A model that never returns (an endless Loop) cannot hang evaluate-gate: past inference-timeout the
// watchdog thread prints an error naming the model, as the CLI or the runner prints any error, and
// ends the process; a model that returns in time is untouched by the limit.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runAction } from '../helpers/run-action.js';

const cli = join(repoRoot, 'dist', 'cli', 'index.mjs');
const fixtures = join(repoRoot, 'test', 'fixtures');
const endless = join(fixtures, 'evaluate', 'endless_loop.onnx');

function mlci(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; seconds: number }> {
  const began = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, MLCI_CACHE_DIR: mkdtempSync(join(tmpdir(), 'mlci-cache-')), ...env } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => resolve({ code, signal, stderr, seconds: (Date.now() - began) / 1000 }));
  });
}

function twoFeatureData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-timeout-'));
  const data = join(dir, 'two.csv');
  writeFileSync(data, 'a,b,target\n1,2,3\n4,5,9\n');
  return data;
}

test('the CLI stops a never-ending model after inference-timeout and names it', async () => {
  const run = await mlci(['evaluate-gate', '--model', endless, '--data', twoFeatureData(), '--target', 'target', '--inference-timeout', '1', '--output-dir', mkdtempSync(join(tmpdir(), 'mlci-out-'))]);
  expect(run.signal).toBe('SIGKILL');
  expect(run.stderr).toContain(`✖ The model ${endless} did not finish one batch of at most 65536 rows within 1 s (inference-timeout)`);
  expect(run.stderr).toMatch(/Fix: .*Loop whose condition never turns false.*raise inference-timeout/);
  // stopped by the limit, not by the test's timeout
  expect(run.seconds).toBeLessThan(30);
}, 60_000);

test('a large CSV read on a thread: that thread keeps the limit, with the same error', async () => {
  // 3.2M rows, 19 MB: over the 16 MiB from which evaluate-gate parses on a reading thread
  const data = join(mkdtempSync(join(tmpdir(), 'mlci-timeout-')), 'large.csv');
  writeFileSync(data, 'a,b,target\n' + '1,2,3\n4,5,9\n'.repeat(1_600_000));
  const run = await mlci(['evaluate-gate', '--model', endless, '--data', data, '--target', 'target', '--inference-timeout', '1', '--output-dir', mkdtempSync(join(tmpdir(), 'mlci-out-'))], { MLCI_READ_THREADS: '1', MLCI_DEBUG: '1' });
  expect(run.stderr).toContain('parsing ' + data + ' on 1 worker thread');
  expect(run.stderr).toContain('the reading thread keeps the inference time limit');
  expect(run.signal).toBe('SIGKILL');
  expect(run.stderr).toContain(`✖ The model ${endless} did not finish one batch of at most 65536 rows within 1 s (inference-timeout)`);
  expect(run.seconds).toBeLessThan(30);
}, 60_000);

test('on a runner the error is a workflow error annotation', async () => {
  const run = await runAction('dist/evaluate-gate/index.mjs', {
    model: endless,
    data: twoFeatureData(),
    target: 'target',
    'inference-timeout': '1',
    'output-dir': mkdtempSync(join(tmpdir(), 'mlci-out-')),
  });
  expect(run.exitCode).not.toBe(0);
  expect(run.stderr).toMatch(new RegExp(`^::error::The model ${endless.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} did not finish one batch`, 'm'));
}, 60_000);

test('a model that answers in time is untouched by the limit, and the process ends by itself', async () => {
  const run = await mlci([
    'evaluate-gate',
    '--model', join(fixtures, 'models', 'breast_cancer_lr.onnx'),
    '--data', join(fixtures, 'data', 'breast_cancer_test.csv'),
    '--target', 'target',
    '--bootstrap-resamples', '0',
    '--inference-timeout', '5',
    '--output-dir', mkdtempSync(join(tmpdir(), 'mlci-out-')),
  ]);
  expect(run.stderr).not.toContain('✖');
  expect([run.code, run.signal]).toEqual([0, null]);
}, 60_000);
