// A closed scan pool lets go: the queued shares of a failed scan are not started (in this process
// or a worker), and a scan that falls back to one process (rules that need every row at once)
// lets its worker processes exit at once, not only when the scan is closed. (The fix of f61db61.)
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParallelScan, ScanPool } from '../../shared/validate/scan-parallel.js';
import { parseDataSchema } from '../../shared/validate/schema/load-schema.js';
import { watchChildren } from '../support/child-processes.js';
import { scanData } from '../../shared/validate/scan-data.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-scan-pool-close-'));
const workerScript = join(dir, 'scan-worker.mjs');
let children: ReturnType<typeof watchChildren>;

beforeAll(async () => {
  await build({ entryPoints: ['shared/validate/scan-worker.ts'], outfile: workerScript, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  children = watchChildren();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));


test('a pool closed while shares wait starts none of them when a slot frees: each is refused', async () => {
  // a worker that takes its job and never answers: the job stays on it
  const silent = join(dir, 'silent-worker.mjs');
  writeFileSync(silent, "process.on('message', () => {});\n");
  const startedHere: number[] = [];
  let finishHere!: () => void;
  const pool = new ScanPool<number, number>(silent, 1, {
    inProcess: (job) => {
      startedHere.push(job);
      // the first holds the slot until told; any later one would end at once
      return job === 1 ? new Promise((resolve) => (finishHere = () => resolve(job))) : Promise.resolve(job);
    },
  });
  try {
    const first = pool.run(1); // this process's slot
    void pool.run(2); // the worker's; never answered
    const queued = [pool.run(3), pool.run(4)];
    expect(startedHere).toEqual([1]);
    // a share failed elsewhere: the scan stops its workers; then this process's share ends
    pool.close({ kill: true });
    finishHere();
    expect(await first).toBe(1);
    for (const job of queued) await expect(job).rejects.toThrow('the scan was stopped');
    // the freed slot took nothing more
    expect(startedHere).toEqual([1]);
  } finally {
    pool.close({ kill: true });
  }
  expect(await children.left()).toEqual([]);
});

test('a scan whose schema needs every row in one process lets the started workers go before reading, with the one reader\'s result', async () => {
  const file = join(dir, 'rows.csv');
  const lines = ['id,amount'];
  for (let i = 0; i < 400; i++) lines.push(`${i},${(i % 13) * 1.5}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const schema = await parseDataSchema('version: 1\ncolumns:\n  id:\n    type: integer\n    unique: true\n  amount:\n    type: numeric\n', 'schema.yml');
  const scan = await ParallelScan.start([file], { workers: 2, workerScript, minShareBytes: 0, batchRows: 16 });
  expect(scan).toBeDefined(); // this file would be read by two
  expect(children.started()).toHaveLength(1);
  try {
    const result = await scan!.scan([file], { schema, batchRows: 16 });
    // the worker has gone although the scan is not closed yet
    expect(await children.left()).toEqual([]);
    const alone = await scanData([file], { schema, batchRows: 16 });
    expect(result.profile.rows).toBe(400);
    expect(result.profile.toJSON()).toEqual(alone.profile.toJSON());
  } finally {
    scan?.close();
  }
});
