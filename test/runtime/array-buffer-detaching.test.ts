// V8 throws away every optimised function that assumed no ArrayBuffer of its isolate was ever
// detached once one is (shared/runtime/array-buffer-detaching.ts). validate-data's reading thread
// and the thread that takes its batches give the assumption up before their hot code is compiled:
// checked here from V8's own traces of a child that validates a file read on a thread, with
// batches large enough that hot functions are optimised before the first batch moves.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleForNode, runBundledChild } from '../support/bundle.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-detaching-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const INVALIDATED = 'Invalidating protector cell ArrayBufferDetaching';

/** the optimised functions V8 threw away right as a protector was invalidated, per invalidation */
function thrownAwayAt(lines: string[]): string[][] {
  const out: string[][] = [];
  lines.forEach((line, k) => {
    if (!line.includes(INVALIDATED)) return;
    const thrown: string[] = [];
    for (let next = k + 1; next < lines.length && lines[next]!.startsWith('[marking dependent code'); next++) thrown.push(/SharedFunctionInfo (\S+)>/.exec(lines[next]!)?.[1] ?? lines[next]!);
    out.push(thrown);
  });
  return out;
}

test('detaching a throwaway buffer gives up the assumption at once: once per isolate, nothing compiled yet to throw away', async () => {
  const lines = await runBundledChild(dir, 
    'throwaway',
    `
    import { detachThrowawayArrayBuffer } from ${JSON.stringify(resolve('shared/runtime/array-buffer-detaching.ts'))};
    detachThrowawayArrayBuffer();
    detachThrowawayArrayBuffer();
    console.log('done');
    `,
    ['--trace-protector-invalidation', '--trace-deopt'],
  );
  expect(thrownAwayAt(lines)).toEqual([[]]);
  expect(lines).toContain('done');
});

test("validate-data reading on a thread: neither thread throws optimised code away when the first batch's arrays move", async () => {
  const data = join(dir, 'rows.csv');
  const rows = Array.from({ length: 60_000 }, (_, i) => `${i},${(i % 97) * 0.25},${(i * 7919) % 1000}.5,${-i / 8},c${i % 13},k${i % 5}`);
  writeFileSync(data, `a,b,c,d,e,f\n${rows.join('\n')}\n`);
  const readWorkerScript = await bundleForNode('shared/data/csv-read-worker.ts', join(dir, 'csv-read-worker.mjs'));
  const lines = await runBundledChild(dir, 
    'validate',
    `
    import { validateData } from ${JSON.stringify(resolve('shared/validate/validate-data.ts'))};
    const logger = { info() {}, warning() {}, error() {}, debug() {}, group: (_t, body) => body() };
    const result = await validateData({ files: [${JSON.stringify(data)}], outputDir: ${JSON.stringify(join(dir, 'out'))}, logger, readWorkerScript: ${JSON.stringify(readWorkerScript)}, minReadThreadBytes: 0 });
    console.log('rows ' + result.statistics.rows);
    process.exit(0);
    `,
    ['--trace-protector-invalidation', '--trace-deopt', '--trace-opt'],
  );
  expect(lines).toContain('rows 60000');
  // the file was read on a thread, and hot code was optimised while it was
  expect(lines.some((line) => line.startsWith('[completed optimizing') || line.startsWith('[completed compiling'))).toBe(true);
  const invalidations = thrownAwayAt(lines);
  // one for this thread's isolate, one for the reading thread's
  expect(invalidations.length).toBeGreaterThanOrEqual(2);
  expect(invalidations.flat()).toEqual([]);
});
