import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../shared/log.js';
import { scanData } from '../../shared/validate/scan-data.js';
import { columnDrift, datasetDrift } from '../../shared/validate/drift/column-drift.js';
import { validateData } from '../../shared/validate/validate-data.js';

const TRAIN = 'test/fixtures/data/breast_cancer_train.csv';
const DRIFTED = 'test/fixtures/data/breast_cancer_drifted.csv';
// scipy's ks_2samp and Evidently's formulas on the same files: test/fixtures/validate/make_drift_reference.py
const ref = JSON.parse(readFileSync(new URL('../fixtures/validate/drift_reference.json', import.meta.url), 'utf8'));
const scipyDrift: Record<string, { ks_statistic: number; ks_pvalue: number; wasserstein_normed: number; psi: number }> = ref.breast_cancer_drift;
const DRIFTED_COLUMNS = ['mean_radius', 'mean_concave_points', 'worst_radius']; // make_fixtures.py shifts these three

describe('drift between breast_cancer_train.csv and breast_cancer_drifted.csv', () => {
  let reference: Awaited<ReturnType<typeof scanData>>['profile'];
  let current: typeof reference;
  beforeAll(async () => {
    reference = (await scanData([TRAIN])).profile;
    current = (await scanData([DRIFTED])).profile;
  });

  test('Evidently\'s defaults for a small reference: KS on every feature, equal to scipy', () => {
    for (const [name, s] of Object.entries(scipyDrift)) {
      if (name === 'target') continue;
      const d = columnDrift(name, reference, current)!;
      expect(d.method).toBe('ks');
      expect(d.approximate).toBe(false);
      expect(Math.abs(d.statistic! - s.ks_statistic)).toBeLessThan(1e-12);
      expect(Math.abs(d.value - s.ks_pvalue)).toBeLessThan(1e-6);
      expect(Math.abs(d.value - s.ks_pvalue)).toBeLessThanOrEqual(1e-9 * s.ks_pvalue + 1e-15);
    }
  });

  test('the label is compared as a category by chi-square, equal to scipy', () => {
    const d = columnDrift('target', reference, current)!;
    expect(d.method).toBe('chisquare');
    expect(d.statistic!).toBeCloseTo(ref.breast_cancer_target_chisquare.statistic, 10);
    expect(Math.abs(d.value - ref.breast_cancer_target_chisquare.pvalue)).toBeLessThan(1e-9);
  });

  test('normed Wasserstein and PSI as Evidently computes them', () => {
    for (const [name, s] of Object.entries(scipyDrift)) {
      if (name === 'target') continue;
      expect(columnDrift(name, reference, current, { method: 'wasserstein' })!.value).toBeCloseTo(s.wasserstein_normed, 9);
      expect(columnDrift(name, reference, current, { method: 'psi' })!.value).toBeCloseTo(s.psi, 9);
    }
  });

  test('exactly the three shifted columns drift, and the dataset does not', () => {
    const drift = datasetDrift(reference, current);
    expect(drift.columns.filter((c) => c.drifted).map((c) => c.column).sort()).toEqual([...DRIFTED_COLUMNS].sort());
    expect(drift.testedColumns).toBe(31);
    expect(drift.drifted).toBe(false);
    // with a lower share the same three columns make it dataset drift
    expect(datasetDrift(reference, current, { driftShare: 0.09 }).drifted).toBe(true);
  });
});

test('validateData reports the same drift through statistics.json as through the data file', async () => {
  const first = mkdtempSync(join(tmpdir(), 'mlci-ref-'));
  const fromData = await validateData({ files: [DRIFTED], reference: TRAIN, schema: 'infer', target: 'target', outputDir: first, logger: silentLogger });
  const refRun = await validateData({ files: [TRAIN], outputDir: mkdtempSync(join(tmpdir(), 'mlci-ref-')), logger: silentLogger });
  const fromStats = await validateData({ files: [DRIFTED], reference: refRun.files.statistics, schema: 'infer', target: 'target', outputDir: mkdtempSync(join(tmpdir(), 'mlci-ref-')), logger: silentLogger });
  for (const run of [fromData, fromStats]) {
    const drifted = run.rules.filter((r) => r.rule === 'drift' && r.verdict === 'warn').map((r) => r.column).sort();
    expect(drifted).toEqual([...DRIFTED_COLUMNS].sort());
    expect(run.rules.find((r) => r.id === 'dataset.drift')!.verdict).toBe('pass');
  }
  const report = readFileSync(fromData.files.report, 'utf8');
  expect(report).toContain('3 of 31 columns drifted');
  expect(report).toMatch(/\| mean\\_radius \|[^\n]*\*\*drift\*\*/);
});
