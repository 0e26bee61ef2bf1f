// Lowering a process's other threads (shared/runtime/thread-priority.ts) and validate-data's use of
// it (yieldHelperThreads). Each case runs in a child process of its own: a thread lowered cannot be
// raised again without privileges, and this test's own threads must keep their niceness. The child
// reports every thread's niceness from /proc (field 19 of /proc/self/task/ID/stat), independently
// of the module under test.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleForNode, runBundledChild } from '../support/bundle.js';

const linux = existsSync('/proc/self/task');
const dir = mkdtempSync(join(tmpdir(), 'mlci-thread-priority-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NICENESS_OF = `
import { readdirSync, readFileSync } from 'node:fs';
/** each thread's niceness, as the kernel reports it */
export const niceness = () => Object.fromEntries(readdirSync('/proc/self/task').map((id) => [id, Number(readFileSync('/proc/self/task/' + id + '/stat', 'utf8').split(') ')[1].split(' ')[16])]));
`;

/** runs `source` (which may import the repository's TypeScript by absolute path, and ./niceness-of.ts) in a node of its own; its last line, parsed */
async function runChild<T>(name: string, source: string): Promise<T> {
  writeFileSync(join(dir, 'niceness-of.ts'), NICENESS_OF);
  const lines = (await runBundledChild(dir, name, source)).filter((line) => line.trim() !== '');
  return JSON.parse(lines.pop()!) as T;
}

const module = JSON.stringify(resolve('shared/runtime/thread-priority.ts'));

(linux ? describe : describe.skip)('lowering the other threads (Linux)', () => {
  test('lowers every thread but the main one and those kept; the kept worker and the main thread keep their niceness', async () => {
    const report = await runChild<{ main: number; worker: number[]; lowered: number[]; before: Record<string, number>; after: Record<string, number> }>(
      'lower',
      `
      import { Worker } from 'node:worker_threads';
      import { lowerOtherThreads, threadsStartedBy } from ${module};
      import { niceness } from './niceness-of.ts';
      const started = threadsStartedBy(() => new Worker('setInterval(() => {}, 1000)', { eval: true }));
      const before = niceness();
      const lowered = lowerOtherThreads(started.threads, 10);
      const after = niceness();
      console.log(JSON.stringify({ main: process.pid, worker: started.threads, lowered, before, after }));
      process.exit(0);
      `,
    );
    expect(report.worker).toHaveLength(1);
    const worker = String(report.worker[0]);
    const main = String(report.main);
    expect(report.after[worker]).toBe(report.before[worker]);
    expect(report.after[main]).toBe(report.before[main]);
    const others = Object.keys(report.after).filter((id) => id !== worker && id !== main);
    // node always has V8's platform threads beside its main one
    expect(others.length).toBeGreaterThan(0);
    for (const id of others) expect(report.after[id]).toBe(Math.max(10, report.before[id]!));
    expect(report.lowered.map(String).sort()).toEqual(others.filter((id) => report.before[id]! < 10).sort());
  });

  test('a thread already lower than asked stays as it is, and is not counted', async () => {
    const report = await runChild<{ lower: number; lowered: number[]; after: Record<string, number> }>(
      'already-lower',
      `
      import { setPriority } from 'node:os';
      import { lowerOtherThreads, threadIds } from ${module};
      import { niceness } from './niceness-of.ts';
      const lower = threadIds().find((id) => id !== process.pid);
      setPriority(lower, 15);
      const lowered = lowerOtherThreads([], 10);
      console.log(JSON.stringify({ lower, lowered, after: niceness() }));
      `,
    );
    expect(report.after[String(report.lower)]).toBe(15);
    expect(report.lowered).not.toContain(report.lower);
    expect(report.lowered.length).toBeGreaterThan(0);
  });

  test('validate-data with yieldHelperThreads lowers them while its reading thread parses; without it, nothing changes', async () => {
    const data = join(dir, 'rows.csv');
    writeFileSync(data, `a,b,c\n${Array.from({ length: 5000 }, (_, i) => `${i},${i % 7}.5,x${i % 3}`).join('\n')}\n`);
    const readWorkerScript = await bundleForNode('shared/data/csv-read-worker.ts', join(dir, 'csv-read-worker.mjs'));
    const run = (name: string, yieldHelperThreads: boolean) =>
      runChild<{ main: number; rows: number; after: Record<string, number>; atLowering?: Record<string, number>; debug: string[] }>(
        name,
        `
        import { validateData } from ${JSON.stringify(resolve('shared/validate/validate-data.ts'))};
        import { niceness } from './niceness-of.ts';
        const debug = [];
        // every thread's niceness right as validate-data says it lowered them: its reading thread is alive then
        let atLowering;
        const logger = { info() {}, warning() {}, error() {}, debug: (m) => { debug.push(m); if (/helper threads lowered/.test(m)) atLowering = niceness(); }, group: (_t, body) => body() };
        const result = await validateData({ files: [${JSON.stringify(data)}], outputDir: ${JSON.stringify(join(dir, name))}, logger, batchRows: 256, readWorkerScript: ${JSON.stringify(readWorkerScript)}, minReadThreadBytes: 0, yieldHelperThreads: ${yieldHelperThreads} });
        console.log(JSON.stringify({ main: process.pid, rows: result.statistics.rows, after: niceness(), atLowering, debug }));
        process.exit(0);
        `,
      );
    const yielding = await run('yielding', true);
    expect(yielding.rows).toBe(5000);
    expect(yielding.debug).toContain('parsing on a worker thread');
    // (this test's own niceness, whatever a CI runs it at, is the children's base)
    const base = yielding.after[String(yielding.main)]!;
    const lowered = Math.max(base, 10);
    const others = Object.entries(yielding.after).filter(([id]) => id !== String(yielding.main));
    // V8's threads were there before the reading thread started, and are lowered; threads made later take the main thread's niceness
    expect(others.filter(([, nice]) => nice === lowered).length).toBeGreaterThanOrEqual(2);
    expect(others.every(([, nice]) => nice === lowered || nice === base)).toBe(true);
    expect(yielding.debug.some((m) => /^\d+ helper threads lowered to niceness 10$/.test(m))).toBe(true);
    // while it reads, the reading thread is the one thread beside the main one left at the base: it is kept, everything else lowered
    const during = Object.entries(yielding.atLowering ?? {}).filter(([id]) => id !== String(yielding.main));
    expect(during.length).toBeGreaterThanOrEqual(3);
    if (lowered > base) expect(during.filter(([, nice]) => nice === base)).toHaveLength(1);
    expect(during.every(([, nice]) => nice === lowered || nice === base)).toBe(true);

    const plain = await run('plain', false);
    expect(plain.rows).toBe(5000);
    expect(Object.values(plain.after).every((nice) => nice === plain.after[String(plain.main)])).toBe(true);
  });
});
