// validate-data's reading thread as the action runs it (the bundled dist/csv-read-worker.mjs, which
// the TypeScript sources do not have): a plain CSV of 16 MiB or more is parsed on it where there is
// a core for it; MLCI_READ_THREADS=0 keeps the parse on the step's own thread, as it does for
// evaluate-gate; a value that is no number of threads is refused. The outputs are the same either way.
// The action's process ends with the step, so while its reading thread parses, the process's other
// threads are lowered below it (Linux; yieldHelperThreads, test/runtime/thread-priority.test.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runAction } from '../helpers/run-action.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-validate-threads-'));
const data = join(dir, 'large.csv');
// over the 16 MiB from which a plain CSV gets a reading thread
writeFileSync(data, `a,b,c\n${'1.5,2,x\n'.repeat(2_500_000)}`);
const THREAD_LINE = '::debug::parsing on a worker thread';
const LOWERED_LINE = /::debug::\d+ helper threads lowered to niceness 10/;

const validate = (out: string, env: Record<string, string>) => runAction('dist/validate-data/index.mjs', { data, 'output-dir': join(dir, out), comment: 'false' }, env);

test('MLCI_READ_THREADS=0: parsed on the step\'s own thread; unset: on a reading thread where there is a core for one; the same files', async () => {
  const none = await validate('none', { MLCI_READ_THREADS: '0' });
  expect(none.exitCode).toBe(0);
  expect(none.stdout).not.toContain(THREAD_LINE);
  expect(none.stdout).not.toMatch(LOWERED_LINE);
  const chosen = await validate('chosen', {});
  expect(chosen.exitCode).toBe(0);
  expect(chosen.stdout.includes(THREAD_LINE)).toBe(availableParallelism() > 1);
  expect(LOWERED_LINE.test(chosen.stdout)).toBe(availableParallelism() > 1 && process.platform === 'linux');
  for (const name of ['statistics.json', 'validation.json', 'report.md', 'data-manifest.json']) {
    expect(readFileSync(join(dir, 'none', name), 'utf8')).toBe(readFileSync(join(dir, 'chosen', name), 'utf8'));
  }
});

test('MLCI_READ_THREADS that is no number of threads is refused, saying what it must be', async () => {
  const refused = await validate('refused', { MLCI_READ_THREADS: 'lots' });
  expect(refused.exitCode).not.toBe(0);
  expect(refused.stdout + refused.stderr).toContain('MLCI_READ_THREADS must be a whole number from 0 to 16, got "lots"');
});

test('`mlci validate-data`, one step in its process, lowers its other threads too', () => {
  const run = spawnSync(process.execPath, [join(repoRoot, 'dist/cli/index.mjs'), 'validate-data', '--data', data, '--output-dir', join(dir, 'cli'), '--comment', 'false'], {
    env: { ...process.env, MLCI_DEBUG: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status).toBe(0);
  const stderr = run.stderr;
  expect(/debug: \d+ helper threads lowered to niceness 10/.test(stderr)).toBe(availableParallelism() > 1 && process.platform === 'linux');
});
