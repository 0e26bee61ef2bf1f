/** @jest-environment ./test/runtime/ort-environment.js */
// The gate on figures from the real pipeline: both breast-cancer ONNX models run by onnxruntime-node
// on the test split, with a "size" column added (mean_radius < 13: small), judged by full.yml.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateModel } from '../../shared/evaluate/evaluate-model.js';
import type { EvaluationResult, RuleVerdict } from '../../shared/evaluate/types.js';
import { silentLogger } from '../../shared/log.js';
import { renderEvaluationReport } from '../../shared/report/index.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { candidate, fixturePath, sliceFixture, weak } from './breast-cancer-result.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
let dir: string;
let result: EvaluationResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlci-gate-'));
  const [header, ...rows] = readFileSync(fixturePath('data/breast_cancer_test.csv'), 'utf8').trim().split('\n');
  const radius = header!.split(',').indexOf('mean_radius');
  const sized = [`${header},size`, ...rows.map((r) => `${r},${Number(r.split(',')[radius]) < 13 ? 'small' : 'large'}`)];
  writeFileSync(join(dir, 'test.csv'), `${sized.join('\n')}\n`);
  result = await evaluateModel({
    model: fixturePath('models/breast_cancer_lr.onnx'),
    baseline: fixturePath('models/breast_cancer_lr_weak.onnx'),
    data: join(dir, 'test.csv'),
    target: 'target',
    policy: fixturePath('gate/full.yml'),
    sliceColumn: 'size',
    batchSize: 64,
    bootstrap: { resamples: 200, seed: 7, level: 0.95 },
    ort,
    logger: silentLogger,
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rule = (id: string): RuleVerdict => result.gate.rules.find((r) => r.id === id)!;

test('judges the real figures as scikit-learn has them', () => {
  expect(result.gate.gated).toBe(true);
  expect(rule('accuracy >= 0.9').actual).toBeCloseTo(candidate.metrics.accuracy!, 6);
  expect(rule('f1 relative gain >= 10%').actual).toBeCloseTo((candidate.metrics.f1! - weak.metrics.f1!) / weak.metrics.f1!, 5);
  expect(rule('f1 relative gain >= 10%').passed).toBe(false);
  const small = sliceFixture.slices.small!;
  expect(rule('slice size=small: accuracy drop <= 0.01').actual).toBeCloseTo(small.baseline.accuracy! - small.candidate.accuracy!, 6);
  // one row net in 75: the exact McNemar test on the slice's rows, under Holm over both slices, does
  // not show a real drop (before slice tests, the point estimate alone failed this rule)
  const smallDrop = rule('slice size=small: accuracy drop <= 0.01');
  expect(smallDrop.passed).toBe(true);
  expect(smallDrop.test).toMatchObject({ method: 'exact-mcnemar', family: { size: 2, correction: 'holm' }, alpha: 0.05 });
  const { candidateOnly, baselineOnly, rows } = result.slices!.slices.find((s) => s.value === 'small')!.deltas!.accuracy!.discordant!;
  expect(rows).toBe(small.rows);
  expect((baselineOnly - candidateOnly) / rows).toBeCloseTo(small.baseline.accuracy! - small.candidate.accuracy!, 12);
});

test('the recall drop is judged by its paired test\'s p-value (exact McNemar on the positive rows)', () => {
  const delta = result.deltas.recall!;
  expect(delta.pValue).toBeDefined();
  // 0 rows for the candidate against 2 for the baseline: the exact two-sided McNemar p is 2 × 0.5² = 0.5
  expect(delta.pValue).toBeCloseTo(0.5, 12);
  const recall = rule('recall drop <= 0.01');
  expect(recall.actual).toBeCloseTo(weak.metrics.recall! - candidate.metrics.recall!, 6);
  // the drop is beyond the limit, so the verdict hangs on significance alone
  expect(recall.passed).toBe(delta.pValue! >= 0.05);
  expect(recall.passed).toBe(true);
  expect(recall.message).toContain(`p = ${Number(delta.pValue!.toPrecision(3))}`);
  expect(delta.test).toBe('exact-mcnemar');
  // the models disagree on 2 positive rows only: the exact test cannot go below p = 0.5, and says so
  expect(delta.discordant).toMatchObject({ candidateOnly: 0, baselineOnly: 2 });
  expect(recall.inconclusive).toBe(true);
  expect(recall.message).toContain('too few for the test ever to show a drop');
});

test('the report of the real run shows the failed rules and the chart', () => {
  const report = renderEvaluationReport(result);
  expect(report.split('\n')[0]).toMatch(/^## ❌ Model quality gate: failed/);
  expect(report).toContain('```mermaid\nxychart-beta');
  expect(report).toContain('Slices by size (2)');
});
