/** @jest-environment ./test/runtime/ort-environment.js */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUserError } from '../../shared/errors.js';
import { silentLogger } from '../../shared/log.js';
import { monitorLogs, type MonitorOptions } from '../../shared/monitor/monitor.js';
import { validateData } from '../../shared/validate/validate-data.js';
import { DatasetProfile } from '../../shared/validate/stats/dataset-profile.js';
import { fixtureData } from '../model/fixture-table.js';
import { describeWithTools, tools } from '../support/system-tools.js';
import { labelsCsv, logRecords, scoredRows, writeLog } from './prediction-logs.js';

const work = mkdtempSync(join(tmpdir(), 'mlci-monitor-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DAY = 86_400_000;
const DAY1 = Date.parse('2026-12-01T00:00:00Z');
let reference: string;

beforeAll(async () => {
  const out = join(work, 'reference');
  const result = await validateData({ files: [fixtureData('breast_cancer_train.csv')], outputDir: out, target: 'target', logger: silentLogger });
  reference = result.files.statistics;
});

let runs = 0;
function run(extra: Partial<MonitorOptions> & Pick<MonitorOptions, 'logs'>) {
  const outputDir = join(work, `run-${++runs}`);
  return monitorLogs({ reference, target: 'target', outputDir, now: DAY1 + 3 * DAY, logger: silentLogger, ...extra });
}

function policy(text: string): string {
  const path = join(work, `policy-${++runs}.yml`);
  writeFileSync(path, text);
  return path;
}

describe('tables of inputs through shared/data', () => {
  it('the held-out test rows are within the default policy; the drifted rows fire the drift alert', async () => {
    const healthy = await run({ logs: [fixtureData('breast_cancer_test.csv')] });
    expect(healthy.firing).toEqual([]);
    expect(healthy.windows).toHaveLength(1);
    expect(healthy.windows[0]!.rows).toBe(171);
    expect(healthy.windows[0]!.featureDrift.columns.map((c) => c.column)).not.toContain('target');
    const drifted = await run({ logs: [fixtureData('breast_cancer_drifted.csv')] });
    expect(drifted.firing.map((a) => a.figure)).toEqual(['drifted_features']);
    expect(drifted.windows[0]!.featureDrift.columns.filter((c) => c.drifted).map((c) => c.column)).toEqual(['mean_radius', 'mean_concave_points', 'worst_radius']);
    expect(drifted.drifted).toBe(false); // 3 of 30: validate-data's dataset rule needs half
    const json = JSON.parse(readFileSync(drifted.paths.monitor, 'utf8'));
    expect(json.firing).toEqual([drifted.firing[0]!.id]);
    const report = readFileSync(drifted.paths.report, 'utf8');
    expect(report).toContain('drifted\\_features &gt; 1');
    expect(report).toContain('| mean\\_radius | ks |');
  });

  it('a reference without a column reports the column and tests the others', async () => {
    const json = JSON.parse(readFileSync(reference, 'utf8'));
    json.columns = json.columns.filter((c: { name: string }) => c.name !== 'mean_radius');
    json.sample.columns = json.sample.columns?.filter?.((c: string) => c !== 'mean_radius') ?? json.sample.columns;
    const partial = join(work, 'partial.statistics.json');
    writeFileSync(partial, JSON.stringify(json));
    const result = await run({ logs: [fixtureData('breast_cancer_test.csv')], reference: partial });
    const monitor = JSON.parse(readFileSync(result.paths.monitor, 'utf8'));
    expect(monitor.notInReference).toEqual(['mean_radius']);
    expect(result.windows[0]!.featureDrift.columns.map((c) => c.column)).not.toContain('mean_radius');
    expect(result.report).toContain('mean\\_radius');
  });
});

describeWithTools('drift figures against scipy', [tools.pythonScipy], () => {
  it("each feature's KS p-value on the drifted rows is scipy.stats.ks_2samp's", async () => {
    const result = await run({ logs: [fixtureData('breast_cancer_drifted.csv')] });
    const script = [
      'import json, sys, pandas as pd',
      'from scipy.stats import ks_2samp',
      'a = pd.read_csv(sys.argv[1]); b = pd.read_csv(sys.argv[2])',
      'print(json.dumps({c: ks_2samp(a[c].dropna(), b[c].dropna()).pvalue for c in a.columns if c != "target"}))',
    ].join('\n');
    const py = spawnSync('/usr/bin/python3', ['-c', script, fixtureData('breast_cancer_train.csv'), fixtureData('breast_cancer_drifted.csv')], { encoding: 'utf8' });
    expect(py.status).toBe(0);
    const scipy = JSON.parse(py.stdout) as Record<string, number>;
    const columns = result.windows[0]!.featureDrift.columns;
    expect(columns).toHaveLength(30);
    for (const c of columns) {
      expect(c.method).toBe('ks');
      expect(Math.abs(c.value - scipy[c.column]!)).toBeLessThanOrEqual(1e-6 + 1e-6 * scipy[c.column]!);
    }
  });
});

describeWithTools('prediction drift and performance against scipy and scikit-learn', [tools.pythonScipy, tools.pythonSklearn], () => {
  it("day 2's score KS against the baseline day is scipy's; its metrics are scikit-learn's", async () => {
    const dir = join(work, 'log-e');
    mkdirSync(dir);
    const test = await scoredRows('breast_cancer_test.csv');
    const shifted = await scoredRows('breast_cancer_test.csv', (name, v) => (name.startsWith('worst_') ? v * 1.3 : v));
    writeLog(dir, 'predictions-20261201T000000Z-1.jsonl', [
      ...logRecords(test, { start: DAY1, stepMs: 60_000, idPrefix: 'a' }),
      ...logRecords(shifted, { start: DAY1 + DAY, stepMs: 60_000, idPrefix: 'b' }),
    ]);
    const labels = join(work, 'labels-e.csv');
    writeFileSync(labels, ['request_id,label', ...shifted.map((r, i) => `b-${i},${r.target}`)].join('\n') + '\n');
    const result = await run({ logs: [dir], windowSize: '1d', labels, policy: policy('baseline_windows: 1\nalerts:\n  prediction_drift: { max: 0.2 }\n') });
    expect(result.windows.map((w) => w.baseline)).toEqual([true, false]);
    const day2 = result.windows[1]!;
    const script = [
      'import json, sys',
      'from scipy.stats import ks_2samp',
      'from sklearn.metrics import accuracy_score, roc_auc_score, log_loss',
      'd = json.load(sys.stdin)',
      'print(json.dumps(dict(D=ks_2samp(d["a"], d["b"]).statistic, p=ks_2samp(d["a"], d["b"]).pvalue,',
      '  accuracy=accuracy_score(d["y"], d["pred"]), roc_auc=roc_auc_score(d["y"], d["b"]), log_loss=log_loss(d["y"], d["b"]))))',
    ].join('\n');
    const input = JSON.stringify({ a: test.map((r) => r.probabilities[1]), b: shifted.map((r) => r.probabilities[1]), y: shifted.map((r) => r.target), pred: shifted.map((r) => r.label) });
    const py = spawnSync('/usr/bin/python3', ['-c', script], { input, encoding: 'utf8' });
    expect(py.status).toBe(0);
    const ref = JSON.parse(py.stdout);
    expect(day2.predictionDrift!.method).toBe('ks');
    expect(Math.abs(day2.figures.prediction_drift! - ref.D)).toBeLessThan(1e-12);
    expect(Math.abs(day2.predictionDrift!.value - ref.p)).toBeLessThanOrEqual(1e-6 + 1e-6 * ref.p);
    for (const m of ['accuracy', 'roc_auc', 'log_loss']) expect(Math.abs(day2.performance!.metrics[m]! - ref[m])).toBeLessThan(1e-9);
    expect(result.windows[0]!.performance).toBeNull();
  });
});

describe("mlci serve's prediction log", () => {
  it('windows by day, joins delayed labels, and skips rows of another version without mixing them', async () => {
    const dir = join(work, 'log-a');
    mkdirSync(dir);
    const test = await scoredRows('breast_cancer_test.csv');
    const first = test.slice(0, 90);
    const second = test.slice(90);
    writeLog(dir, 'predictions-20261201T000000Z-1.jsonl.gz', logRecords(first, { start: DAY1 + 3_600_000, stepMs: 60_000, idPrefix: 'a', perRequest: 3 }), true);
    writeLog(dir, 'predictions-20261202T000000Z-2.jsonl', [
      ...logRecords(second, { start: DAY1 + DAY + 3_600_000, stepMs: 60_000, idPrefix: 'b' }),
      ...logRecords(test.slice(0, 10), { start: DAY1 + DAY + 7_200_000, stepMs: 1000, idPrefix: 'c', version: 'v0' }),
      ...logRecords(test.slice(0, 10), { start: DAY1 + DAY + 7_200_000, stepMs: 1000, idPrefix: 's', role: 'shadow', version: 'v2' }),
    ]);
    const labels = join(work, 'labels-a.csv');
    const a = readFileSync(labelsCsv(dir, first, { idPrefix: 'a', perRequest: 3 }), 'utf8');
    const b = readFileSync(labelsCsv(dir, second, { idPrefix: 'b' }), 'utf8').split('\n').slice(1).join('\n');
    writeFileSync(labels, a + b);
    const p = policy('alerts:\n  accuracy: { max_drop: 0.05, level: critical }\n  feature_drift_share: { max: 0.25 }\n');
    const result = await run({ logs: [dir], windowSize: '1d', since: '2026-12-01', until: '2026-12-03', labels, policy: p, model: 'demo', version: 'v1', gatedMetrics: join(work, 'gated.json') }).catch((e) => e);
    expect(isUserError(result)).toBe(true); // the gated metrics file does not exist yet
    writeFileSync(join(work, 'gated.json'), JSON.stringify({ task: 'binary', metrics: { accuracy: 0.95 } }));
    const ok = await run({ logs: [dir], windowSize: '1d', since: '2026-12-01', until: '2026-12-03', labels, policy: p, model: 'demo', version: 'v1', gatedMetrics: join(work, 'gated.json') });
    expect(ok.windows.map((w) => [w.start, w.rows])).toEqual([
      ['2026-12-01T00:00:00.000Z', 90],
      ['2026-12-02T00:00:00.000Z', 81],
    ]);
    expect(ok.otherVersions.map((v) => [v.version, v.rows])).toEqual([['v0', 10]]);
    for (const [w, rows] of [[ok.windows[0]!, first], [ok.windows[1]!, second]] as const) {
      const correct = rows.filter((r) => r.label === r.target).length;
      expect(w.performance!.rows).toBe(rows.length);
      expect(w.performance!.metrics.accuracy).toBeCloseTo(correct / rows.length, 12);
    }
    expect(ok.firing).toEqual([]);
    expect(ok.report).toContain('xychart-beta');
    expect(ok.report).toContain('x-axis ["2026-12-01", "2026-12-02"]');
    expect(ok.windows[0]!.statisticsFile).toMatch(/20261201T000000Z\.statistics\.json$/);
  });

  it('a corrupt gzip member in one rotated file: the other files are read and the bad one is named', async () => {
    const dir = join(work, 'log-b');
    mkdirSync(dir);
    const test = await scoredRows('breast_cancer_test.csv');
    const good = writeLog(dir, 'predictions-20261201T000000Z-1.jsonl.gz', logRecords(test.slice(0, 100), { start: DAY1, stepMs: 60_000, idPrefix: 'a' }), true);
    const bad = join(dir, 'predictions-20261201T120000Z-2.jsonl.gz');
    const second = readFileSync(writeLog(dir, 'tmp.jsonl.gz', logRecords(test.slice(100), { start: DAY1 + DAY / 2, stepMs: 60_000, idPrefix: 'b' }), true));
    rmSync(join(dir, 'tmp.jsonl.gz'));
    writeFileSync(bad, second.subarray(0, Math.floor(second.length * 0.6)));
    const result = await run({ logs: [dir] });
    expect(result.failures.map((f) => f.file)).toEqual([bad]);
    expect(result.failures[0]!.message).toMatch(/not a complete gzip file/);
    expect(result.files.map((f) => f.file)).toEqual([good]);
    expect(result.windows[0]!.rows).toBeGreaterThanOrEqual(100);
    expect(result.report).toContain('could not be read to its end');
  });

  it('per-window statistics merge: two shards of the files give the whole run\'s statistics', async () => {
    const dir = join(work, 'log-c');
    mkdirSync(dir);
    const test = await scoredRows('breast_cancer_test.csv');
    writeLog(dir, 'predictions-20261201T000000Z-1.jsonl', logRecords(test.slice(0, 60), { start: DAY1, stepMs: 600_000, idPrefix: 'a', perRequest: 2 }));
    writeLog(dir, 'predictions-20261201T100000Z-2.jsonl.gz', logRecords(test.slice(60), { start: DAY1 + 10 * 3_600_000, stepMs: 600_000, idPrefix: 'b' }), true);
    const whole = await run({ logs: [dir], windowSize: '1d' });
    const shardA = await run({ logs: [join(dir, 'predictions-20261201T000000Z-1.jsonl')], windowSize: '1d' });
    const shardB = await run({ logs: [join(dir, 'predictions-20261201T100000Z-2.jsonl.gz')], windowSize: '1d' });
    const read = (f: string) => DatasetProfile.fromJSON(JSON.parse(readFileSync(f, 'utf8')));
    for (const [i, w] of whole.windows.entries()) {
      const a = shardA.windows.find((x) => x.start === w.start);
      const b = shardB.windows.find((x) => x.start === w.start);
      const merged = a && b ? read(a.statisticsFile).merge(read(b.statisticsFile)) : read((a ?? b)!.statisticsFile);
      const expected = JSON.parse(readFileSync(w.statisticsFile, 'utf8'));
      const got = JSON.parse(JSON.stringify(merged.toFileJSON()));
      expect(got.rows).toBe(expected.rows);
      expect(got.sample).toEqual(expected.sample);
      for (const [k, c] of expected.columns.entries()) {
        const m = got.columns[k];
        expect([m.name, m.count, m.missing, m.distinctSketch, m.numeric?.sketch, m.numeric?.smallDomain]).toEqual([c.name, c.count, c.missing, c.distinctSketch, c.numeric?.sketch, c.numeric?.smallDomain]);
        if (c.numeric) {
          expect(m.numeric.mean).toBeCloseTo(c.numeric.mean, 9);
          expect(m.numeric.m2).toBeCloseTo(c.numeric.m2, 6);
        }
      }
      expect(i).toBeGreaterThanOrEqual(0);
    }
  });

  it("a model without feature names logs input_0 … input_29: they are the reference's features in order", async () => {
    const dir = join(work, 'log-d');
    mkdirSync(dir);
    const shifted = await scoredRows('breast_cancer_test.csv', (name, v) => (name === 'mean_radius' || name === 'worst_texture' ? v * 1.5 : v));
    writeLog(dir, 'predictions-20261201T000000Z-1.jsonl', logRecords(shifted, { start: DAY1, stepMs: 60_000, idPrefix: 'p', positional: true }));
    const result = await run({ logs: [dir] });
    expect(result.windows[0]!.absentFeatures).toEqual([]);
    expect(result.windows[0]!.featureDrift.columns.filter((c) => c.drifted).map((c) => c.column).sort()).toEqual(['mean_radius', 'worst_texture']);
  });

  it('a rotated file of several MiB: its first record is looked at and the whole file read, with no read left dangling', async () => {
    const dir = join(work, 'log-f');
    mkdirSync(dir);
    const test = await scoredRows('breast_cancer_test.csv');
    const many = Array.from({ length: 50 }, () => test).flat();
    const records = logRecords(many, { start: DAY1, stepMs: 1000, idPrefix: 'm' });
    expect(records.join('\n').length).toBeGreaterThan(9 * 1024 * 1024); // more than two of the reader's 4 MiB blocks
    writeLog(dir, 'predictions-20261201T000000Z-1.jsonl.gz', records, true);
    const result = await run({ logs: [dir] });
    expect(result.failures).toEqual([]);
    expect(result.windows[0]!.rows).toBe(many.length);
  });

  it('a period without rows is a clear error', async () => {
    const err = await run({ logs: [fixtureData('breast_cancer_test.csv')], since: '2026-11-01', until: '2026-11-02' }).catch((e) => e);
    expect(isUserError(err)).toBe(true);
    expect(err.message).toMatch(/No rows of the logs fall in the period/);
    expect(err.fix).toMatch(/since, until and window/);
  });
});

describe('the monitor policy', () => {
  it('points at the line of a mistake, in the gate policy\'s words', async () => {
    const cases: [string, number, RegExp][] = [
      ['alerts:\n  accuracy: { max_drop: 0.05 }\n  feature_drift_shar: { max: 0.3 }\n', 3, /Unknown figure "feature_drift_shar".*Did you mean "feature_drift_share"/],
      ['min_rows: 10\nalerts:\n  rows: { sigma: 3 }\n', 3, /sigma, but baseline_windows is 0/],
      ['alerts:\n  rows: { min: 10, levl: critical }\n', 2, /Unknown key "levl".*Did you mean "level"/],
      ['cooldown: soon\nalerts:\n  rows: { min: 1 }\n', 1, /cooldown/],
      ['alerts:\n  feature_drift_share: { max_drop: 0.1 }\n', 2, /max_drop/],
    ];
    for (const [text, line, message] of cases) {
      const err = await run({ logs: [fixtureData('breast_cancer_test.csv')], policy: policy(text) }).catch((e) => e);
      expect(isUserError(err)).toBe(true);
      expect(`${err.message}`).toMatch(message);
      expect(err.location?.line).toBe(line);
    }
  });
});
