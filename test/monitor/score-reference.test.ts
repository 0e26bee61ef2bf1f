/** @jest-environment ./test/runtime/ort-environment.js */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateModel } from '../../shared/evaluate/evaluate-model.js';
import type { EvaluationResult } from '../../shared/evaluate/types.js';
import { silentLogger } from '../../shared/log.js';
import { monitorLogs } from '../../shared/monitor/monitor.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { validateData } from '../../shared/validate/validate-data.js';
import { fixtureData, fixtureModel } from '../model/fixture-table.js';
import { describeWithTools, tools } from '../support/system-tools.js';
import { logRecords, scoredRows, writeLog } from './prediction-logs.js';

const work = mkdtempSync(join(tmpdir(), 'mlci-score-reference-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const DAY1 = Date.parse('2026-12-01T00:00:00Z');

let gated: EvaluationResult;
let metricsFile: string;
let reference: string;

beforeAll(async () => {
  gated = await evaluateModel({ model: fixtureModel('breast_cancer_lr.onnx'), data: fixtureData('breast_cancer_test.csv'), target: 'target', batchSize: 64, bootstrap: { resamples: 0, seed: 1, level: 0.95 }, ort, logger: silentLogger });
  metricsFile = join(work, 'metrics.json');
  writeFileSync(metricsFile, JSON.stringify(gated));
  reference = (await validateData({ files: [fixtureData('breast_cancer_train.csv')], outputDir: join(work, 'reference'), target: 'target', logger: silentLogger })).files.statistics;
});

function python(script: string, input: unknown): Record<string, unknown> {
  const py = spawnSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify(input), encoding: 'utf8' });
  if (py.status !== 0) throw new Error(py.stderr);
  return JSON.parse(py.stdout);
}

describeWithTools("the gated evaluation's score distribution, monitor's prediction-drift reference", [tools.pythonScipy], () => {
  it("evaluate-gate counts the positive class's probability in serve's mlci_prediction_score bins (numpy's searchsorted)", async () => {
    const d = gated.scoreDistribution!;
    expect(d.score).toBe('positive-class probability');
    expect(d.bounds).toEqual([0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1]);
    expect(d.rows).toBe(171);
    const scores = (await scoredRows('breast_cancer_test.csv')).map((r) => r.probabilities[1]);
    // Prometheus's le buckets: a score goes to the first bound it does not exceed, numpy's searchsorted(side='left')
    const ref = python('import json, sys, numpy as np\nd = json.load(sys.stdin)\nprint(json.dumps(dict(counts=np.bincount(np.searchsorted(d["bounds"], d["s"], side="left"), minlength=20).tolist())))', { bounds: d.bounds, s: scores });
    expect(d.counts).toEqual(ref.counts);
  });

  it("is the reference of prediction drift when metrics.json has it: nil for the gated rows, scipy's kstwo for shifted ones", async () => {
    const dir = join(work, 'logs');
    mkdirSync(dir);
    const test = await scoredRows('breast_cancer_test.csv');
    const shifted = await scoredRows('breast_cancer_test.csv', (name, v) => (name.startsWith('worst_') ? v * 1.3 : v));
    writeLog(dir, 'predictions-20261201T000000Z-1.jsonl', [...logRecords(test, { start: DAY1, stepMs: 60_000, idPrefix: 'a' }), ...logRecords(shifted, { start: DAY1 + 86_400_000, stepMs: 60_000, idPrefix: 'b' })]);
    const result = await monitorLogs({ logs: [dir], reference, target: 'target', gatedMetrics: metricsFile, windowSize: '1d', outputDir: join(work, 'out'), now: DAY1 + 5 * 86_400_000, logger: silentLogger });
    const [day1, day2] = result.windows;
    expect(day1!.predictionDrift).toMatchObject({ method: 'ks', statistic: 0, value: 1, drifted: false });
    const script = [
      'import json, sys, numpy as np',
      'from scipy.stats import kstwo',
      'd = json.load(sys.stdin)',
      'ref = np.cumsum(d["ref"]) / np.sum(d["ref"])',
      'cur = np.bincount(np.searchsorted(d["bounds"], d["s"], side="left"), minlength=20)',
      'D = float(np.max(np.abs(ref - np.cumsum(cur) / len(d["s"]))))',
      'm, n = np.sum(d["ref"]), len(d["s"])',
      'print(json.dumps(dict(D=D, p=float(kstwo.sf(D, round(m * n / (m + n)))))))',
    ].join('\n');
    const ref = python(script, { ref: gated.scoreDistribution!.counts, bounds: gated.scoreDistribution!.bounds, s: shifted.map((r) => r.probabilities[1]) }) as { D: number; p: number };
    expect(ref.D).toBeGreaterThan(0.1);
    expect(Math.abs(day2!.figures.prediction_drift! - ref.D)).toBeLessThan(1e-12);
    expect(Math.abs(day2!.predictionDrift!.value - ref.p)).toBeLessThanOrEqual(1e-9 + 1e-6 * ref.p);
    expect(day2!.predictionDrift!.drifted).toBe(ref.p <= 0.05);
    expect(JSON.parse(readFileSync(result.paths.monitor, 'utf8')).predictionReference).toBe('gated evaluation');
  });

  it('without it (an older metrics.json, a regressor), prediction drift falls back to the reference or the baseline windows', async () => {
    const older = join(work, 'older-metrics.json');
    const { scoreDistribution: _dropped, ...rest } = gated;
    writeFileSync(older, JSON.stringify(rest));
    const dir = join(work, 'logs');
    const result = await monitorLogs({ logs: [dir], reference, target: 'target', gatedMetrics: older, windowSize: '1d', outputDir: join(work, 'out-older'), now: DAY1 + 5 * 86_400_000, logger: silentLogger });
    expect(result.windows.every((w) => w.predictionDrift === null)).toBe(true); // no baseline windows in the default policy
    expect(JSON.parse(readFileSync(result.paths.monitor, 'utf8')).predictionReference).toBeNull();
  });
});
