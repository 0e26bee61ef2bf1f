import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseCanary } from '../../shared/deploy/canary-analysis.js';
import { scrapedFigures } from '../../shared/deploy/interval-figures.js';
import { bucketCounts, histogramQuantile, MetricWindow } from '../../shared/deploy/metric-window.js';
import { parsePrometheusText } from '../../shared/deploy/prometheus-text.js';
import { parseRolloutPolicy } from '../../shared/deploy/rollout-policy.js';
import { describeWithTools, tools } from '../support/system-tools.js';
import { sequence, serveMetricsRegistry } from './serve-metrics.js';

const policy = parseRolloutPolicy(
  ['min_requests: 50', 'max_error_rate: 0.02', 'latency_p95:', '  max_ms: 300', '  max_ratio_to_stable: 1.5', 'prediction_drift:', '  method: jensenshannon', '  threshold: 0.1', 'max_shadow_disagreement: 0.05'].join('\n'),
  'rollout.yml',
);

async function scrape(metrics: ReturnType<typeof serveMetricsRegistry>) {
  return parsePrometheusText(await metrics.text(), 'test registry');
}

/** traffic before the window (which the differences must cancel) and in it */
async function windowOf(traffic: (m: ReturnType<typeof serveMetricsRegistry>) => void) {
  const metrics = serveMetricsRegistry();
  const random = sequence(7);
  for (let i = 0; i < 300; i++) metrics.serve('demo', 'v1', 'stable', 0.5 + random(), 500, 0.9);
  const before = await scrape(metrics);
  traffic(metrics);
  return new MetricWindow(before, await scrape(metrics));
}

describe('parsePrometheusText', () => {
  test('reads prom-client text: labels, escapes, +Inf buckets', async () => {
    const metrics = serveMetricsRegistry();
    metrics.serve('we"ird\\name', 'v1', 'canary', 0.02, 503);
    const scrape = parsePrometheusText(await metrics.text(), 'x');
    expect(scrape.get('mlci_inference_requests_total')).toEqual([{ name: 'mlci_inference_requests_total', labels: { model: 'we"ird\\name', version: 'v1', role: 'canary', code: '503' }, value: 1 }]);
    const inf = scrape.get('mlci_inference_request_duration_seconds_bucket')!.find((s) => s.labels.le === '+Inf');
    expect(inf?.value).toBe(1);
  });

  test('a page that is not the text format is a UserError naming its source', () => {
    expect(() => parsePrometheusText('<html>not metrics</html>', 'http://127.0.0.1:9/metrics')).toThrow(/http:\/\/127.0.0.1:9\/metrics/);
  });
});

describe('analyseCanary on a real prom-client registry', () => {
  test('the figures are the window\'s traffic only, by role', async () => {
    const window = await windowOf((m) => {
      for (let i = 0; i < 200; i++) m.serve('demo', 'v1', 'stable', 0.01, 200, 0.8);
      for (let i = 0; i < 98; i++) m.serve('demo', 'v2', 'canary', 0.009, 200, 0.8);
      m.serve('demo', 'v2', 'canary', 0.009, 500);
      m.serve('demo', 'v2', 'canary', 0.009, 400);
      m.serve('other', 'v9', 'canary', 3, 500);
    });
    const analysis = analyseCanary(scrapedFigures(window, 'demo', 'canary'), policy, 'canary');
    expect(analysis.candidate.requests).toBe(100);
    expect(analysis.candidate.errors).toBe(1);
    expect(analysis.stable.requests).toBe(200);
    expect(analysis.outcome).toBe('pass');
    expect(analysis.findings.map((f) => [f.rule, f.passed])).toEqual([
      ['max_error_rate', true],
      ['latency_p95', true],
      ['prediction_drift', true],
    ]);
  });

  test('a slow canary fails the latency rule relative to stable, with its figures', async () => {
    const window = await windowOf((m) => {
      for (let i = 0; i < 100; i++) m.serve('demo', 'v1', 'stable', 0.004, 200, 0.7);
      for (let i = 0; i < 100; i++) m.serve('demo', 'v2', 'canary', 0.2, 200, 0.7);
    });
    const analysis = analyseCanary(scrapedFigures(window, 'demo', 'canary'), policy, 'canary');
    expect(analysis.outcome).toBe('fail');
    const latency = analysis.findings.find((f) => f.rule === 'latency_p95')!;
    expect(latency.passed).toBe(false);
    // 95th of 100 observations in the (0.1, 0.25] bucket: 0.1 + 0.15 × 95/100
    expect(latency.figures.p95_seconds).toBeCloseTo(0.2425, 10);
    expect(latency.figures.ratio_to_stable).toBeGreaterThan(1.5);
    expect(latency.text).toContain('ratio');
  });

  test('too few canary requests is inconclusive, not a pass', async () => {
    const window = await windowOf((m) => {
      for (let i = 0; i < 100; i++) m.serve('demo', 'v1', 'stable', 0.01, 200, 0.5);
      for (let i = 0; i < 10; i++) m.serve('demo', 'v2', 'canary', 0.01, 200, 0.5);
    });
    const analysis = analyseCanary(scrapedFigures(window, 'demo', 'canary'), policy, 'canary');
    expect(analysis.outcome).toBe('inconclusive');
    expect(analysis.findings[0]!.text).toContain('10 requests');
  });

  test('shifted prediction scores fail the drift rule; shadow disagreement is judged on its counters', async () => {
    const random = sequence(11);
    const window = await windowOf((m) => {
      for (let i = 0; i < 200; i++) m.serve('demo', 'v1', 'stable', 0.01, 200, 0.6 + 0.4 * random());
      for (let i = 0; i < 200; i++) {
        m.serve('demo', 'v2', 'shadow', 0.01, 200, 0.4 * random());
        m.compareShadow('demo', 'v2', i % 5 !== 0);
      }
    });
    const analysis = analyseCanary(scrapedFigures(window, 'demo', 'shadow'), policy, 'shadow');
    expect(analysis.shadow).toEqual({ comparisons: 200, disagreements: 40 });
    const byRule = Object.fromEntries(analysis.findings.map((f) => [f.rule, f]));
    expect(byRule.prediction_drift!.passed).toBe(false);
    expect(byRule.max_shadow_disagreement!.passed).toBe(false);
    expect(byRule.max_shadow_disagreement!.figures.rate).toBeCloseTo(0.2, 12);
  });

  test('at 100% stable serves nothing: the relative rules use stable\'s figures from an earlier interval', async () => {
    const earlier = await windowOf((m) => {
      for (let i = 0; i < 100; i++) m.serve('demo', 'v1', 'stable', 0.004, 200, 0.7);
      for (let i = 0; i < 100; i++) m.serve('demo', 'v2', 'canary', 0.004, 200, 0.7);
    });
    const first = analyseCanary(scrapedFigures(earlier, 'demo', 'canary'), policy, 'canary');
    const full = await windowOf((m) => {
      for (let i = 0; i < 100; i++) m.serve('demo', 'v2', 'canary', 0.2, 200, 0.7);
    });
    expect(analyseCanary(scrapedFigures(full, 'demo', 'canary'), policy, 'canary').outcome).toBe('inconclusive');
    const judged = analyseCanary(scrapedFigures(full, 'demo', 'canary'), policy, 'canary', first.stable);
    expect(judged.outcome).toBe('fail');
    expect(judged.stable.earlier).toBe(true);
    expect(judged.findings.find((f) => f.rule === 'latency_p95')!.text).toContain('from an earlier interval');
  });

  test('a counter reset between scrapes (server restarted) counts what came after', () => {
    const before = parsePrometheusText('mlci_inference_requests_total{model="m",role="canary",code="200"} 500\n', 'a');
    const after = parsePrometheusText('mlci_inference_requests_total{model="m",role="canary",code="200"} 30\n', 'b');
    expect(new MetricWindow(before, after).increase('mlci_inference_requests_total', { model: 'm', role: 'canary' })).toBe(30);
  });
});

describeWithTools('histogram quantiles and drift against independent references', [tools.promtool, tools.pythonScipy], () => {
  test('histogramQuantile equals Prometheus\' histogram_quantile (promtool test rules)', async () => {
    const random = sequence(3);
    const window = await windowOf((m) => {
      for (let i = 0; i < 137; i++) m.serve('demo', 'v2', 'canary', 0.3 * random() ** 3, 200);
    });
    const buckets = window.histogram('mlci_inference_request_duration_seconds', { model: 'demo', role: 'canary' });
    const cases = [0.5, 0.9, 0.95, 0.99].map((q) => ({ q, value: histogramQuantile(q, buckets)! }));
    const dir = mkdtempSync(join(tmpdir(), 'mlci-promtool-'));
    const series = buckets.map((b) => `      - series: 'latency_bucket{le="${b.le === Infinity ? '+Inf' : b.le}"}'\n        values: '${b.count}'`).join('\n');
    const tests = cases
      .map((c) => `      - expr: histogram_quantile(${c.q}, latency_bucket)\n        eval_time: 0m\n        exp_samples:\n          - labels: '{}'\n            value: ${c.value}`)
      .join('\n');
    writeFileSync(join(dir, 'empty-rules.yml'), 'groups: []\n');
    writeFileSync(join(dir, 'quantiles.yml'), `rule_files: [empty-rules.yml]\ntests:\n  - interval: 1m\n    input_series:\n${series}\n    promql_expr_test:\n${tests}\n`);
    const run = spawnSync('promtool', ['test', 'rules', 'quantiles.yml'], { cwd: dir, encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`).toContain('SUCCESS');
    expect(run.status).toBe(0);
  });

  test('the Jensen-Shannon distance of score buckets equals scipy\'s', async () => {
    const random = sequence(5);
    const window = await windowOf((m) => {
      for (let i = 0; i < 300; i++) m.serve('demo', 'v1', 'stable', 0.01, 200, random());
      for (let i = 0; i < 300; i++) m.serve('demo', 'v2', 'canary', 0.01, 200, random() ** 2);
    });
    const analysis = analyseCanary(scrapedFigures(window, 'demo', 'canary'), policy, 'canary');
    const drift = analysis.findings.find((f) => f.rule === 'prediction_drift')!;
    const stable = [...bucketCounts(window.histogram('mlci_prediction_score', { model: 'demo', role: 'stable' })).values()];
    const canary = [...bucketCounts(window.histogram('mlci_prediction_score', { model: 'demo', role: 'canary' })).values()];
    const script = `import json,sys\nfrom scipy.spatial.distance import jensenshannon\np,q=json.load(sys.stdin)\nprint(repr(float(jensenshannon(p,q,base=2))))`;
    const run = spawnSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify([stable, canary]), encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(drift.figures.value).toBeCloseTo(Number(run.stdout), 12);
  });
});
