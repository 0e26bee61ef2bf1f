import { readFileSync } from 'node:fs';
import { ksTwoSample } from '../../shared/validate/drift/kolmogorov-smirnov.js';
import { kolmogorovSurvival } from '../../shared/validate/drift/kolmogorov-distribution.js';
import { chiSquareTest } from '../../shared/validate/drift/chi-square.js';
import { upperRegularizedGamma } from '../../shared/stats/special-functions.js';
import { jensenShannonDistance, sortedValues, wassersteinDistance } from '../../shared/validate/drift/distances.js';

// values computed by scipy: test/fixtures/validate/make_drift_reference.py
const ref = JSON.parse(readFileSync(new URL('../fixtures/validate/drift_reference.json', import.meta.url), 'utf8'));

describe('two-sample Kolmogorov–Smirnov against scipy.stats.ks_2samp', () => {
  for (const pair of ref.ks) {
    const a = sortedValues(pair.a);
    const b = sortedValues(pair.b);
    test(`${pair.name}: exact`, () => {
      const r = ksTwoSample(a, b, 'exact');
      expect(Math.abs(r.statistic - pair.exact.statistic)).toBeLessThan(1e-12);
      expect(Math.abs(r.pValue - pair.exact.pvalue)).toBeLessThan(1e-6);
      // tiny p-values are summed as they leave the band, so they keep their digits too
      expect(Math.abs(r.pValue - pair.exact.pvalue)).toBeLessThanOrEqual(1e-9 * pair.exact.pvalue + 1e-15);
    });
    test(`${pair.name}: asymptotic`, () => {
      const r = ksTwoSample(a, b, 'asymp');
      expect(Math.abs(r.statistic - pair.asymp.statistic)).toBeLessThan(1e-12);
      expect(Math.abs(r.pValue - pair.asymp.pvalue)).toBeLessThan(1e-6);
    });
    test(`${pair.name}: auto picks as scipy does`, () => {
      expect(Math.abs(ksTwoSample(a, b).pValue - pair.auto.pvalue)).toBeLessThan(1e-6);
    });
  }
});

test('one-sample Kolmogorov survival function against scipy.stats.kstwo.sf', () => {
  for (const { n, x, sf } of ref.kstwo) {
    const got = kolmogorovSurvival(n, x);
    if (Math.abs(got - sf) >= 1e-6) throw new Error(`kstwo.sf(${x}, ${n}) = ${sf}, got ${got}`);
  }
});

test('chi-square test against scipy.stats.chisquare', () => {
  for (const c of ref.chisquare) {
    const r = chiSquareTest(c.observed, c.expected);
    expect(r.statistic).toBeCloseTo(c.statistic, 10);
    expect(Math.abs(r.pValue - c.pvalue)).toBeLessThan(1e-9);
  }
  for (const g of ref.gamma_sf) expect(Math.abs(upperRegularizedGamma(g.a, g.x) - g.q)).toBeLessThan(1e-12);
});

test('Wasserstein distance against scipy.stats.wasserstein_distance', () => {
  for (const pair of ref.ks) {
    const w = wassersteinDistance(sortedValues(pair.a), sortedValues(pair.b));
    expect(Math.abs(w - pair.wasserstein)).toBeLessThan(1e-9 * Math.max(1, pair.wasserstein));
  }
});

test('Jensen–Shannon distance against scipy.spatial.distance.jensenshannon', () => {
  for (const c of ref.jensenshannon) {
    expect(jensenShannonDistance(c.p, c.q, 2)).toBeCloseTo(c.base2, 12);
    expect(jensenShannonDistance(c.p, c.q, Math.E)).toBeCloseTo(c.basee, 12);
  }
});
