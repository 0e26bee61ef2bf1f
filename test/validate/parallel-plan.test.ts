import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUserError } from '../../shared/errors.js';
import { silentLogger } from '../../shared/log.js';
import { startHashingDataFiles } from '../../shared/validate/manifest.js';
import { DatasetProfile } from '../../shared/validate/stats/dataset-profile.js';
import { ParallelScan, ScanPool } from '../../shared/validate/scan-parallel.js';
import { runScanJob } from '../../shared/validate/scan-job.js';
import { watchChildren } from '../support/child-processes.js';
import { scanData } from '../../shared/validate/scan-data.js';
import { validateData } from '../../shared/validate/validate-data.js';

// The parts of the parallel scan that the byte-for-byte comparisons in parallel.test.ts do not
// show on their own: who reads which share, a share past the end, and closing on failure paths.
const dir = mkdtempSync(join(tmpdir(), 'mlci-parallel-plan-'));
const workerScript = join(dir, 'scan-worker.mjs');
let children: ReturnType<typeof watchChildren>;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  await build({ entryPoints: ['shared/validate/scan-worker.ts'], outfile: workerScript, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  children = watchChildren();
});

/** rows with quoted line breaks, CRLF, empty cells and a categorical column */
function csvRows(rows: number): string {
  const lines = ['amount,city,note'];
  for (let i = 0; i < rows; i++) lines.push(`${i % 7 === 3 ? '' : (i * 1.5).toString()},${['Oslo', 'Lima', ''][i % 3]},${i % 4 === 0 ? `"two\nlines ${i}"` : `plain ${i}`}`);
  return `${lines.join('\r\n')}\r\n`;
}

test('a share after the first finds its own start: the rows from there on, with the lines of the file; past the last row it answers null', async () => {
  const file = join(dir, 'rows.csv');
  writeFileSync(file, csvRows(40));
  const from = await runScanJob({ file, options: { share: { firstRow: 24, rows: 8 } }, locate: true });
  expect(from).not.toBeNull();
  const part = DatasetProfile.fromJSON(from!.profile as never);
  expect(part.rows).toBe(8);
  expect(part.columns.get('amount')!.count).toBe(8);
  // the same rows read from the top (the first share reads them without locating): the same figures
  const whole = await scanData([file], { share: { firstRow: 0, rows: 32 } });
  const tail = await scanData([file], { share: { firstRow: 0, rows: 24 } });
  expect(part.columns.get('amount')!.missing).toBe(whole.profile.columns.get('amount')!.missing - tail.profile.columns.get('amount')!.missing);
  expect(await runScanJob({ file, options: { share: { firstRow: 400 } }, locate: true })).toBeNull();
  // live: the profile stays an object (for the joining process), as plain data otherwise
  const live = await runScanJob({ file, options: { share: { firstRow: 0, rows: 8 } } }, undefined, true);
  expect(live!.profile).toBeInstanceOf(DatasetProfile);
});

test('the pool gives the first job to its in-process slot and the next to a worker process, and closes its workers', async () => {
  const echo = join(dir, 'echo-worker.mjs');
  writeFileSync(echo, "process.on('message', (job) => process.send({ result: { where: 'worker', job } }));\n");
  const pool = new ScanPool<number, { where: string; job: number }>(echo, 1, { inProcess: async (job) => ({ where: 'here', job }) });
  try {
    const answers = await Promise.all([pool.run(1), pool.run(2), pool.run(3)]);
    expect(answers[0]).toEqual({ where: 'here', job: 1 });
    expect(answers[1]).toEqual({ where: 'worker', job: 2 });
    // the third goes to whichever slot was free first; every job is answered once
    expect(answers.map((a) => a.job)).toEqual([1, 2, 3]);
  } finally {
    pool.close();
  }
  expect(await children.left()).toEqual([]);
});

test('worker processes started before the schema is read are closed when the schema is bad', async () => {
  const file = join(dir, 'bad-schema-data.csv');
  writeFileSync(file, csvRows(200));
  const schema = join(dir, 'bad.yml');
  writeFileSync(schema, 'version: 1\ncolumns:\n  amount:\n    type: no-such-type\n');
  const started = await ParallelScan.start([file], { workers: 2, workerScript, minShareBytes: 0, batchRows: 16 });
  expect(started).toBeDefined(); // these files would be read by two
  started!.close();
  const error = await validateData({ files: [file], schema, outputDir: join(dir, 'bad-out'), logger: silentLogger, workers: 2, minShareBytes: 0, batchRows: 16, workerScript }).catch((e: unknown) => e);
  expect(isUserError(error)).toBe(true);
  expect(await children.left()).toEqual([]);
});

test('one reader when the files give one share: no plan, no process', async () => {
  const file = join(dir, 'small.csv');
  writeFileSync(file, csvRows(10));
  expect(await ParallelScan.start([file], { workers: 2, workerScript, minShareBytes: 0, batchRows: 16 })).toBeUndefined();
  expect(await ParallelScan.start([file], { workers: 2, workerScript, minShareBytes: 1 << 30 })).toBeUndefined();
  expect(children.started()).toEqual([]);
});

test('hashing that is cancelled stops, and gives null for the files it had not finished', async () => {
  const big = join(dir, 'big.bin');
  writeFileSync(big, Buffer.alloc(8 << 20, 7)); // above the size hashed on a thread
  const small = join(dir, 'small.bin');
  writeFileSync(small, 'abc');
  const done = await startHashingDataFiles([small, big]).digests;
  expect(done.get(small)).toEqual({ sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', bytes: 3 });
  expect(done.get(big)?.bytes).toBe(8 << 20);
  const hashing = startHashingDataFiles([big, small]);
  hashing.cancel();
  const cancelled = await hashing.digests;
  expect([...cancelled.keys()]).toEqual([big, small]);
  expect(cancelled.get(small)).toBeNull();
  expect(cancelled.get(big)).toBeNull();
});
