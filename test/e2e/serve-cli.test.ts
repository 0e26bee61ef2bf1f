// `mlci serve` from the committed bundle: the URL from the "listening" log line, an inference, then
// SIGTERM while a request is in flight → that request completes, the server stops, exit code 0.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '../helpers/run-action.js';

const cli = join(repoRoot, 'dist', 'cli', 'index.mjs');
const model = join(repoRoot, 'test', 'fixtures', 'models', 'breast_cancer_lr.onnx');

test('mlci serve answers OIP requests and stops on SIGTERM with exit code 0', async () => {
  const child = spawn(process.execPath, [cli, 'serve', '--model', `cancer=${model}`, '--port', '0', '--max-queue-delay', '200000'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, MLCI_CACHE_DIR: mkdtempSync(join(tmpdir(), 'mlci-cache-')) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const lines: Record<string, unknown>[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no "listening" line within 20 s')), 20_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const record = JSON.parse(line);
      lines.push(record);
      if (record.msg === 'listening') {
        clearTimeout(timer);
        resolve(record.url);
      }
    });
  });
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  for (let i = 0; i < 100 && (await fetch(`${url}/v2/health/ready`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 100));
  const body = JSON.stringify({ inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: new Array(30).fill(1) }] });
  // 200 ms of queue delay keeps this request in flight while SIGTERM arrives
  const inflight = fetch(`${url}/v2/models/cancer/infer`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  await new Promise((r) => setTimeout(r, 50));
  child.kill('SIGTERM');
  const answer = await inflight;
  expect(answer.status).toBe(200);
  expect(((await answer.json()) as { model_name: string }).model_name).toBe('cancer');
  expect(await exited).toBe(0);
  expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['listening', 'ready', 'draining', 'stopped']));
});
