// validate-data starts its scan's first needs before it reads the schema (scan-warm-up.ts): the
// WebAssembly modules compiled on V8's threads, and the first file's first blocks read into the
// buffers its reader takes. These check that the scan then compiles nothing on its own thread,
// that what it reads is what it reads without the warm-up (and what the JavaScript fallbacks
// read), and that a warm-up of a file that is not there changes nothing about how that is reported.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rng } from '../../bench/xorshift.mjs';
import { warmUpBlocks } from '../../shared/data/block-reader.js';
import { loadTable } from '../../shared/data/load.js';
import { isUserError } from '../../shared/errors.js';
import { instantiateCsvScan } from '../../shared/data/csv-scan-module.js';
import { scanData } from '../../shared/validate/scan-data.js';
import { columnKernel } from '../../shared/validate/stats/column-kernel.js';
import { precompileScan, warmUpFirstBlocks } from '../../shared/validate/scan-warm-up.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-warm-up-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// more than two of the block reader's 4 MiB chunks, so that the warmed buffers are read into again
const next = rng(7);
const lines = ['x,y,city'];
for (let i = 0; i < 260_000; i++) lines.push(`${(next() * 1e4).toFixed(3)},${next() < 0.01 ? '' : Math.floor(next() * 100)},${['Oslo', 'Lima', 'Kyiv', 'Quito'][i % 4]}`);
const text = `${lines.join('\n')}\n`;
const csv = join(dir, 'rows.csv');
writeFileSync(csv, text);
const gz = join(dir, 'rows.csv.gz');
writeFileSync(gz, gzipSync(text));
const jsonl = join(dir, 'rows.jsonl');
writeFileSync(jsonl, `${lines.slice(1, 5001).map((l) => { const [x, y, city] = l.split(','); return JSON.stringify({ x: Number(x), y: y === '' ? null : Number(y), city }); }).join('\n')}\n`);

/** runs `body` with the environment variables set, then puts them back */
async function withEnv<T>(vars: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await body();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

test('after the warm-up, the scan compiles no WebAssembly on its own thread and reads what the JavaScript paths read', async () => {
  await Promise.all([precompileScan([csv]), warmUpFirstBlocks([csv])]);
  const api = (globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => object } }).WebAssembly;
  const Real = api.Module;
  let compiledHere = 0;
  api.Module = class extends Real {
    constructor(bytes: Uint8Array) {
      super(bytes);
      compiledHere++;
    }
  };
  let warm;
  try {
    warm = await scanData([csv], { batchRows: 4096 });
    // both modules were there to use (a fallback to JavaScript would read the same, compiling nothing)
    expect(columnKernel()).not.toBeNull();
    expect(instantiateCsvScan()).not.toBeNull();
  } finally {
    api.Module = Real;
  }
  expect(compiledHere).toBe(0);
  expect(warm.profile.rows).toBe(260_000);
  // the record scanner and the column statistics in JavaScript: the same statistics to the bit
  const plain = await withEnv({ MLCI_CSV_SCANNER: 'js', MLCI_STATS_KERNEL: 'js' }, () => scanData([csv], { batchRows: 4096 }));
  expect(warm.profile.toJSON()).toEqual(plain.profile.toJSON());
});

test('a read right after a warm-up of its file (CSV, gzip, JSON Lines) gives what a read without one gives', async () => {
  for (const file of [csv, gz, jsonl]) {
    const before = await loadTable(file);
    // not awaited, as validate-data starts it: the read waits for the buffers being filled
    const warming = warmUpBlocks(file);
    const after = await loadTable(file);
    await warming;
    expect(after.rowCount).toBe(before.rowCount);
    expect(after.columns).toEqual(before.columns);
  }
});

test('a warm-up of a file that is not there resolves, and the read reports the file as before', async () => {
  const missing = join(dir, 'missing.csv');
  for (const warmUp of [precompileScan, warmUpFirstBlocks]) {
    await expect(warmUp([missing, 'notes.unknown-format'])).resolves.toBeUndefined();
    await expect(warmUp(['notes.unknown-format'])).resolves.toBeUndefined();
  }
  const err = await loadTable(missing).catch((e: unknown) => e);
  expect(isUserError(err)).toBe(true);
  expect((err as Error).message).toMatch(/missing\.csv/);
});

test("a read of one file does not wait for another file's warm-up (validate-data's reference file while its data file warms)", async () => {
  // a named pipe: the warm-up's open of it waits until a writer comes, so it stays in flight for as
  // long as this test wants
  const slow = join(dir, 'slow.csv');
  execFileSync('mkfifo', [slow]);
  const warming = warmUpBlocks(slow);
  try {
    const timeout = new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 5000).unref());
    const read = await Promise.race([loadTable(jsonl), timeout]);
    expect(read === 'waited' ? read : read.rowCount).toBe(5000);
  } finally {
    // the writer lets the warm-up's open and read finish
    const writer = await open(slow, 'w');
    await writer.write('x,y\n');
    await writer.close();
    await warming;
  }
});

test('the compile-only warm-up (a first file read on a reading thread) does not read the file: it resolves without opening it; the blocks\' warm-up opens it', async () => {
  // a named pipe: an open of it waits for a writer, so a warm-up that reads it does not resolve
  const pipe = join(dir, 'elsewhere.csv');
  execFileSync('mkfifo', [pipe]);
  const within = <T,>(promise: Promise<T>, ms: number) => Promise.race([promise.then(() => 'resolved' as const), new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), ms).unref())]);
  expect(await within(precompileScan([pipe]), 5000)).toBe('resolved');
  const reading = warmUpFirstBlocks([pipe]);
  try {
    expect(await within(reading, 300)).toBe('waiting');
  } finally {
    const writer = await open(pipe, 'w');
    await writer.write('x,y\n');
    await writer.close();
    await reading;
  }
});

