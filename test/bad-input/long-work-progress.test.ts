// validate-data and train-model say how far they are, like evaluate-gate: validate-data's scans
// report bytes done of the total, rate and time left (its worker processes send their bytes to the
// main one); train-model shows the time it has run and the command's last line of output. Lines
// come from a clock the test drives, and a runner's log never gets a carriage return.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { consoleLogger, silentLogger, type Logger } from '../../shared/log.js';
import { logLines } from '../../shared/train/run-command.js';
import { TrainingProgress } from '../../shared/train/training-progress.js';
import { validateData } from '../../shared/validate/validate-data.js';
import { spawn } from 'node:child_process';

const dir = mkdtempSync(join(tmpdir(), 'mlci-long-work-'));
const workerScript = join(dir, 'scan-worker.mjs');
const big = join(dir, 'big.csv');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  await build({ entryPoints: ['shared/validate/scan-worker.ts'], outfile: workerScript, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  // about 4.5 MB: more than one of the readers' 4 MiB blocks
  const rows: string[] = ['a,b,c,label'];
  for (let i = 0; i < 300_000; i++) rows.push(`${i % 997},${(i * 7) % 1013}.25,${i % 3 === 0 ? 'x' : 'y'},${i % 2}`);
  writeFileSync(big, rows.join('\n') + '\n');
}, 60_000);

/** a runner's logger (no live line) that keeps its info lines */
function runnerLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { ...silentLogger, lines, info: (m) => void lines.push(m), group: (_t, body) => body() };
}

/** a clock that moves five seconds each time it is read: every update makes a line */
function steppingClock() {
  let t = 0;
  return () => (t += 5000);
}

const progressLines = (lines: string[], what: string) => lines.filter((l) => l.startsWith(`${what}: `));
const megabytes = (line: string) => Number(/: ([\d.]+) MB/.exec(line)?.[1]);

describe('validate-data', () => {
  it.each([1, 2])('reports bytes done of the total, rate and time left with %i worker(s)', async (workers) => {
    const logger = runnerLogger();
    await validateData({ files: [big], outputDir: join(dir, `out-${workers}`), logger, now: steppingClock(), batchRows: 8192, ...(workers > 1 ? { workers, minShareBytes: 0, workerScript } : {}) });
    const total = statSync(big).size;
    const lines = progressLines(logger.lines, 'Validating');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toMatch(/^Validating: [\d.]+ MB of [\d.]+ MB \(\d+%\), [\d.]+ [KM]B\/s, about .+ left$/);
    // the last line is the whole file, and the figures only grow
    expect(lines.at(-1)).toMatch(new RegExp(`of ${(total / 1e6).toPrecision(3)} MB \\(100%\\)`));
    const done = lines.map(megabytes);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(logger.lines.join('\n')).not.toContain('\r');
  });

  it('reports the first read too when it infers the schema, in compressed bytes for gzip', async () => {
    const gz = join(dir, 'big.csv.gz');
    writeFileSync(gz, gzipSync(readFileSync(big)));
    const logger = runnerLogger();
    await validateData({ files: [gz], schema: 'infer', outputDir: join(dir, 'out-gz'), logger, now: steppingClock() });
    const inferring = progressLines(logger.lines, 'Reading the data to infer a schema');
    expect(inferring.length).toBeGreaterThanOrEqual(1);
    expect(inferring.at(-1)).toMatch(/\(100%\)/);
    expect(progressLines(logger.lines, 'Validating').at(-1)).toMatch(/\(100%\)/);
  });

  it('on a terminal: one live line redrawn in place', async () => {
    const out = new PassThrough() as PassThrough & { isTTY?: boolean };
    out.isTTY = true;
    let text = '';
    out.on('data', (d) => (text += String(d)));
    await validateData({ files: [big], outputDir: join(dir, 'out-tty'), logger: consoleLogger(out, out), now: steppingClock() });
    expect(text).toMatch(/\r\x1b\[KValidating: [\d.]+ MB of/);
    expect(text).toMatch(/\r\x1b\[KValidating: [\d.]+ MB of [\d.]+ MB \(100%\)[^\n]*\n/);
  });
});

describe('train-model', () => {
  it('on a runner: every 30 s, the time it has run and its last output line', () => {
    const logger = runnerLogger();
    let t = 0;
    const progress = new TrainingProgress(logger, { now: () => t });
    t = 10_000;
    progress.tick();
    expect(logger.lines).toEqual([]);
    t = 31_000;
    progress.tick();
    expect(logger.lines).toEqual(['Training: 31.0 s elapsed; no output yet']);
    progress.output('epoch 1/10\r epoch 2/10 loss=0.31\r');
    t = 45_000;
    progress.tick();
    expect(logger.lines).toHaveLength(1);
    t = 62_000;
    progress.tick();
    expect(logger.lines[1]).toBe('Training: 62.0 s elapsed; last output 31.0 s ago: epoch 2/10 loss=0.31');
  });

  it('on a terminal: a live line only while the command is quiet, ended before its next output', () => {
    const out = new PassThrough() as PassThrough & { isTTY?: boolean };
    out.isTTY = true;
    let text = '';
    out.on('data', (d) => (text += String(d)));
    const logger = consoleLogger(out, out);
    let t = 0;
    const progress = new TrainingProgress(logger, { now: () => t });
    progress.output('loading data');
    t = 1000;
    progress.tick();
    expect(text).toBe('');
    t = 5000;
    progress.tick();
    expect(text).toBe('\r\x1b[KTraining: 5.0 s elapsed; last output 5.0 s ago: loading data');
    logger.info('epoch 1');
    progress.output('epoch 1');
    progress.finish();
    expect(text.endsWith('\nepoch 1\n')).toBe(true);
  });

  it('logs a progress bar redrawn with carriage returns once, as it last stood, with no carriage return', async () => {
    const logger = runnerLogger();
    const tail: string[] = [];
    let t = 0;
    const progress = new TrainingProgress(logger, { now: () => t });
    const child = spawn(process.execPath, ['-e', "process.stdout.write('50%|█████     |\\r100%|██████████|\\ndone\\n\\x1b[32mok\\x1b[0m')"], { stdio: ['ignore', 'pipe', 'ignore'] });
    logLines(child.stdout!, logger, tail, progress);
    await new Promise((done) => child.stdout!.on('end', done));
    expect(logger.lines).toEqual(['100%|██████████|', 'done', '\x1b[32mok\x1b[0m']);
    t = 40_000;
    progress.tick();
    expect(logger.lines.at(-1)).toBe('Training: 40.0 s elapsed; last output 40.0 s ago: ok');
    expect(logger.lines.join('\n')).not.toContain('\r');
  });
});
