/** @jest-environment ./test/runtime/ort-environment.js */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUserError } from '../../shared/errors.js';
import { silentLogger } from '../../shared/log.js';
import { LabelIndex, loadLabels } from '../../shared/monitor/labels.js';
import { segmentLogFile, type LogSegment } from '../../shared/monitor/log-segments.js';
import { monitorLogs, type MonitorOptions, type MonitorResult } from '../../shared/monitor/monitor.js';
import { validateData } from '../../shared/validate/validate-data.js';
import { fixtureData } from '../model/fixture-table.js';
import { labelsCsv, logRecords, scoredRows, writeLog, type LoggedRow } from './prediction-logs.js';

// The worker runs as a separate module: bundle it from the sources, as the build does for dist/.
const work = mkdtempSync(join(tmpdir(), 'mlci-monitor-parallel-'));
const workerScript = join(work, 'read-worker.mjs');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DAY1 = Date.parse('2026-12-01T00:00:00Z');
const HOUR = 3_600_000;
let reference: string;
let test: LoggedRow[];

beforeAll(async () => {
  await build({ entryPoints: ['shared/monitor/read-worker.ts'], outfile: workerScript, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
  const result = await validateData({ files: [fixtureData('breast_cancer_train.csv')], outputDir: join(work, 'reference'), target: 'target', logger: silentLogger });
  reference = result.files.statistics;
  test = await scoredRows('breast_cancer_test.csv');
});

let runs = 0;
function run(extra: Partial<MonitorOptions> & Pick<MonitorOptions, 'logs'>): Promise<MonitorResult> {
  return monitorLogs({ reference, target: 'target', outputDir: join(work, `run-${++runs}`), now: DAY1 + 10 * 24 * HOUR, logger: silentLogger, ...extra });
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** a week of logs: rotated .jsonl.gz files, and a live .jsonl of several segments with requests of 1 to 3 rows and a broken line deep inside */
function writeWeek(dir: string): { brokenLine: number; live: string } {
  mkdirSync(dir, { recursive: true });
  writeLog(dir, 'predictions-20261201T000000Z-1.jsonl.gz', logRecords(test, { start: DAY1, stepMs: 5 * 60_000, idPrefix: 'a' }), true);
  writeLog(dir, 'predictions-20261201T150000Z-2.jsonl.gz', logRecords(test, { start: DAY1 + 15 * HOUR, stepMs: 5 * 60_000, idPrefix: 'b', perRequest: 2 }), true);
  const live: string[] = [];
  for (let k = 0; k < 6; k++) live.push(...logRecords(test, { start: DAY1 + (30 + 12 * k) * HOUR, stepMs: 4 * 60_000, idPrefix: `c${k}`, perRequest: 1 + (k % 3) }));
  const brokenLine = 400;
  live.splice(brokenLine - 1, 0, '{"timestamp": "2026-12-02T00:00:00Z", "inputs": ');
  return { brokenLine, live: writeLog(dir, 'predictions-20261202T060000Z-3.jsonl', live) };
}

describe('reading the logs in worker processes', () => {
  it('a large plain log is cut into segments at line starts, each with its first line number', async () => {
    const dir = join(work, 'segments');
    const { live } = writeWeek(dir);
    const bytes = readFileSync(live);
    const segments: LogSegment[] = [];
    for await (const s of segmentLogFile(live, 50_000)) segments.push(s);
    expect(segments.length).toBeGreaterThan(5);
    expect(segments[0]!.start).toEqual({ offset: 0, line: 1 });
    for (const [k, s] of segments.entries()) {
      expect(s.index).toBe(k);
      if (k > 0) {
        expect(bytes[s.start.offset - 1]).toBe(0x0a); // starts a line
        expect(s.start.offset).toBeGreaterThanOrEqual(k * 50_000 - 0); // no earlier than its share
        expect(s.start.line).toBe(bytes.subarray(0, s.start.offset).toString('latin1').split('\n').length);
        expect(segments[k - 1]!.end).toBe(s.start.offset);
      }
    }
    expect(segments[segments.length - 1]!.end).toBe(Infinity);
    const none: LogSegment[] = [];
    for await (const s of segmentLogFile(live, bytes.length)) none.push(s);
    expect(none).toEqual([]); // no larger than a segment: read whole
  });

  it('two workers give the windows one reader gives: rows, figures, sketches and the row sample', async () => {
    const dir = join(work, 'week');
    const { brokenLine, live } = writeWeek(dir);
    const labels = labelsCsv(work, test, { idPrefix: 'a' });
    const common = { logs: [dir], windowSize: '1d', labels, segmentBytes: 60_000 };
    const one = await run(common);
    const two = await run({ ...common, workers: 2, workerScript });
    expect(two.windows.length).toBeGreaterThanOrEqual(4);
    expect(two.files).toEqual(one.files);
    expect(two.files.find((f) => f.file.endsWith('.jsonl'))!.rows).toBe(6 * test.length);
    expect(two.windows.map((w) => [w.start, w.rows, w.figures])).toEqual(one.windows.map((w) => [w.start, w.rows, w.figures]));
    expect(two.windows[0]!.performance!.rows).toBe(test.length); // the labels joined in the workers
    for (const [i, w] of one.windows.entries()) {
      const a = read(w.statisticsFile);
      const b = read(two.windows[i]!.statisticsFile);
      expect(b.sample).toEqual(a.sample);
      expect(b.files).toEqual(a.files);
      expect(b.columns.map((c: { numeric?: { sketch: unknown } }) => c.numeric?.sketch)).toEqual(a.columns.map((c: { numeric?: { sketch: unknown } }) => c.numeric?.sketch));
    }
    // the broken line is reported at its own line, in whichever segment it fell
    const json = read(two.paths.monitor);
    expect(json.problems.first).toEqual([expect.objectContaining({ file: live, line: brokenLine })]);
    expect(json.problems).toEqual(read(one.paths.monitor).problems);
    // segments or not: the same rows in the same windows (the sample numbers a segment's rows apart)
    const whole = await run({ logs: [dir], windowSize: '1d', labels });
    expect(whole.windows.map((w) => [w.start, w.rows, w.figures.missing_share, w.figures.accuracy])).toEqual(one.windows.map((w) => [w.start, w.rows, w.figures.missing_share, w.figures.accuracy]));
  });
});

describe('chunks of rows', () => {
  it('"50 rows" cuts each version\'s rows, in reading order, into chunks of 50 across files', async () => {
    const dir = join(work, 'chunks');
    mkdirSync(dir);
    writeLog(dir, 'predictions-20261201T000000Z-1.jsonl.gz', logRecords(test.slice(0, 120), { start: DAY1, stepMs: 60_000, idPrefix: 'a' }), true);
    writeLog(dir, 'predictions-20261201T030000Z-2.jsonl', logRecords(test.slice(120), { start: DAY1 + 3 * HOUR, stepMs: 60_000, idPrefix: 'b', perRequest: 3 }));
    const result = await run({ logs: [dir], windowSize: '50 rows', workers: 2, workerScript });
    expect(result.windows.map((w) => w.rows)).toEqual([50, 50, 50, 21]);
    expect(result.windows.map((w) => w.chunk)).toEqual([1, 2, 3, 4]);
    // chunk 3 holds rows 100-149: 20 of the first file (a minute apart), 30 of the second (ten requests of three)
    expect(result.windows[2]!.start).toBe(new Date(DAY1 + 100 * 60_000).toISOString());
    expect(result.windows[2]!.end).toBe(new Date(DAY1 + 3 * HOUR + 9 * 60_000).toISOString());
    expect(result.windows[2]!.statisticsFile).toMatch(/chunk-000003\.statistics\.json$/);
    expect(read(result.paths.monitor).period.windowSize).toBe('50 rows');
  });

  it('the policy sets chunks (chunk: 100 rows); a mistake is an error at its line', async () => {
    const dir = join(work, 'chunks-policy');
    mkdirSync(dir);
    writeLog(dir, 'predictions-20261201T000000Z-1.jsonl', logRecords(test, { start: DAY1, stepMs: 60_000, idPrefix: 'a' }));
    const good = join(work, 'chunk-policy.yml');
    writeFileSync(good, 'chunk: 100 rows\nalerts:\n  drifted_features: { max: 1 }\n');
    expect((await run({ logs: [dir], policy: good })).windows.map((w) => w.rows)).toEqual([100, 71]);
    const bad = join(work, 'chunk-bad.yml');
    writeFileSync(bad, 'min_rows: 10\nchunk: 100 rowz\nalerts:\n  drifted_features: { max: 1 }\n');
    const err = await run({ logs: [dir], policy: bad }).catch((e) => e);
    expect(isUserError(err)).toBe(true);
    expect(err.location?.line).toBe(2);
    expect(err.message).toMatch(/chunk/);
    expect(err.fix).toMatch(/10000 rows/);
    const input = await run({ logs: [dir], windowSize: 'ten rows' }).catch((e) => e);
    expect(isUserError(input)).toBe(true);
    expect(input.fix).toMatch(/10000 rows/);
  });
});

describe('labels', () => {
  it('are held by hash, the last label of an id winning; numbers and text both', () => {
    const index = new LabelIndex();
    for (let i = 0; i < 5000; i++) index.set(`req-${i}`, i % 3);
    index.set('req-7', 2);
    index.set('none', null);
    expect(index.size).toBe(5001);
    expect(index.get('req-7')).toBe(2);
    expect(index.get('req-4999')).toBe(4999 % 3);
    expect(index.get('none')).toBeNull();
    expect(index.get('req-5000')).toBeUndefined();
    const text = new LabelIndex();
    text.set('a', 'cat');
    text.set('b', 'dog');
    text.set('a', 'bird');
    expect([text.get('a'), text.get('b'), text.get('c')]).toEqual(['bird', 'dog', undefined]);
  });

  it('more labels than a run joins is an error that says how to narrow them', async () => {
    const file = labelsCsv(work, test, { idPrefix: 'many' });
    expect((await loadLabels(file, undefined, 171)).size).toBe(171);
    const err = await loadLabels(file, undefined, 100).catch((e) => e);
    expect(isUserError(err)).toBe(true);
    expect(err.message).toMatch(/more than 100 labels/);
    expect(err.fix).toMatch(/since\/until or window/);
  });
});
