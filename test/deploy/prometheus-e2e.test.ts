// deploy's figures from a real Prometheus server (Debian's prometheus, scraping a real mlci serve
// every second on loopback) agree with those from two scrapes of /metrics over the same interval,
// and a canary that errors is rolled back through the Prometheus path; Prometheus unreachable, a
// query it refuses and no matching series each give no figures, never a pass.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../shared/deploy/clock.js';
import { deployModel } from '../../shared/deploy/deploy-model.js';
import { scrapedFigures, type IntervalFigures } from '../../shared/deploy/interval-figures.js';
import { MetricWindow } from '../../shared/deploy/metric-window.js';
import { PrometheusSource, type PrometheusLabels } from '../../shared/deploy/prometheus-query.js';
import { loadRegistryAccess } from '../../shared/deploy/registry-access.js';
import { parseRolloutPolicy } from '../../shared/deploy/rollout-policy.js';
import { ServeClient } from '../../shared/deploy/serve-client.js';
import { silentLogger } from '../../shared/log.js';
import { openRegistry, parseModelReference } from '../../shared/registry/index.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { startModelServer, type ModelServer, type RegistryAccess } from '../../shared/serve/index.js';
import { startPrometheus, type RunningPrometheus } from '../support/prometheus-server.js';
import { describeWithTools, tools } from '../support/system-tools.js';
import { startTraffic } from './serve-traffic.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'mlci-deploy-prom-'));
const labels: PrometheusLabels = { model: 'model', role: 'role' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function shares(counts: Map<string, number>): Map<string, number> {
  let total = 0;
  for (const v of counts.values()) total += v;
  return new Map([...counts].map(([k, v]) => [k, total > 0 ? v / total : 0]));
}

describeWithTools('deploy reads its figures from a real Prometheus scraping mlci serve', [tools.prometheus], () => {
  let server: ModelServer;
  let prometheus: RunningPrometheus;
  let location: string;
  const versions: Record<string, string> = {};
  const registry = () => openRegistry(location, { env: {}, logger: silentLogger });

  beforeAll(async () => {
    location = join(work, 'registry');
    const r = registry();
    versions.stable = (await r.publish({ name: 'demo', modelFile: fixture('models/breast_cancer_lr.onnx'), aliases: ['production'] })).version;
    versions.failing = (await r.publish({ name: 'demo', modelFile: fixture('deploy/breast_cancer_lr_fails_large.onnx') })).version;
    const access: RegistryAccess = { parse: (text) => parseModelReference(text, location), open: (store) => openRegistry(store, { env: {}, logger: silentLogger }) };
    server = await startModelServer({ models: [`demo=${location}/demo@production`], ort, port: 0, pollIntervalMs: 100, registry: access, cacheDir: join(work, 'serve-cache'), log: () => {} });
    prometheus = await startPrometheus([new URL(server.url).host]);
  }, 30_000);

  afterAll(async () => {
    await prometheus?.stop();
    await server?.close().catch(() => {});
    rmSync(work, { recursive: true, force: true });
  });

  /** Resolves, with its time (epoch milliseconds), once Prometheus holds a scrape of the server taken after `ms`. */
  async function scrapedAfter(ms: number): Promise<number> {
    const query = `${prometheus.url}/api/v1/query?${new URLSearchParams({ query: 'timestamp(up{job="mlci-serve"})' })}`;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const answer = (await (await fetch(query)).json()) as { data: { result: { value: [number, string] }[] } };
      const last = Math.round(Number(answer.data.result[0]?.value[1] ?? 0) * 1000);
      if (last > ms) return last;
      await sleep(100);
    }
    throw new Error(`Prometheus took no scrape after ${new Date(ms).toISOString()} within 20 s`);
  }

  const source = (extra: Partial<ConstructorParameters<typeof PrometheusSource>[0]> = {}) =>
    new PrometheusSource({ url: prometheus.url, model: 'demo', labels, role: 'canary', candidateVersion: versions.failing!, stableVersion: versions.stable!, now: () => Date.now(), ...extra });

  test('the query API gives the figures two /metrics scrapes give over the same interval', async () => {
    const client = new ServeClient(server.url);
    const stableRef = (await client.modelRoutes('demo')).stable.reference;
    await client.setRoute('demo', { canary: { reference: `${stableRef.slice(0, -'@production'.length)}:${versions.failing}`, weight: 50 } });
    try {
      // every series (stable and canary, 200 and 500) exists, and Prometheus has seen it, before the interval
      await startTraffic(server.url, 200).finished();
      const errorSeries = `${prometheus.url}/api/v1/query?${new URLSearchParams({ query: 'mlci_inference_requests_total{model="demo",role="canary",code=~"5.."}' })}`;
      for (let i = 0; i < 50; i++) {
        const answer = (await (await fetch(errorSeries)).json()) as { data: { result: unknown[] } };
        if (answer.data.result.length > 0) break;
        await sleep(200);
      }
      // quiet edges: no request until Prometheus has scraped after our first /metrics read, and
      // none after the last until it has scraped again, so it holds a sample before the first
      // request and after the last and counts them all. Waiting for the scrapes themselves, not
      // for fixed times, holds on a busy machine. The range starts exactly at that first scrape:
      // increase() then extrapolates no series towards the start (it would stretch a bucket that
      // was 0 there less than the others, and move the p95), only towards the end, where every
      // series of the target is stretched alike.
      const before = await client.metrics();
      const first = await scrapedAfter(Date.now());
      const traffic = startTraffic(server.url, 1500);
      await sleep(3500);
      await traffic.stop();
      await scrapedAfter(Date.now());
      const after = await client.metrics();
      const t1 = Date.now();
      await scrapedAfter(t1);
      const rangeSeconds = (t1 - first) / 1000;
      const scraped = scrapedFigures(new MetricWindow(before, after), 'demo', 'canary');
      const queried: IntervalFigures = await source().figuresAt(t1 / 1000, `${t1 - first}ms`);

      expect(scraped.candidate.requests).toBeGreaterThan(100);
      expect(scraped.candidate.errors).toBeGreaterThan(0);
      // increase() extrapolates from the last sample in the range to its end (at most 1.1 scrape
      // intervals): with quiet edges it counts every request, stretched by the same factor for
      // every series of the target, at most range / (range - 1.1 s)
      const stretch = rangeSeconds / (rangeSeconds - 1.1);
      for (const role of ['candidate', 'stable'] as const) {
        expect(queried[role].requests).toBeGreaterThanOrEqual(scraped[role].requests * 0.99);
        expect(queried[role].requests).toBeLessThanOrEqual(scraped[role].requests * stretch);
        // shares and quantiles do not depend on the stretch
        expect(Math.abs(queried[role].errorRate! - scraped[role].errorRate!)).toBeLessThan(0.005);
        expect(Math.abs(queried[role].p95Seconds! / scraped[role].p95Seconds! - 1)).toBeLessThan(0.005);
        const a = shares(scraped[role].scoreCounts);
        const b = shares(queried[role].scoreCounts);
        expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
        for (const [bucket, share] of a) expect(Math.abs(b.get(bucket)! - share)).toBeLessThan(0.005);
      }
      expect(queried.candidate.errors).toBeGreaterThan(0);
    } finally {
      await client.setRoute('demo', { canary: null });
    }
  }, 40_000);

  test('a canary that errors is rolled back through the Prometheus path', async () => {
    const traffic = startTraffic(server.url, 20_000);
    try {
      const logger = silentLogger;
      const policy = parseRolloutPolicy(['min_requests: 15', 'max_error_rate: 0.01', 'inconclusive_limit: 1'].join('\n'), 'rollout.yml');
      const { result } = await deployModel({
        reference: `demo:${versions.failing}`,
        registryLocation: location,
        environment: 'production',
        requireVerdict: false,
        target: 'serve',
        strategy: 'canary',
        plan: { steps: [50, 100], count: 1, failureLimit: 0, inconclusiveLimit: policy.inconclusiveLimit, intervalMs: 3000 },
        policy,
        serve: { url: server.url, metricsUrl: 'http://127.0.0.1:9/metrics', readyTimeoutMs: 10_000, pollMs: 100 },
        prometheus: { url: prometheus.url, labels },
        outputDir: join(work, 'out'),
        tempDir: join(work, 'tmp'),
        clock: systemClock,
        logger,
        why: { actor: 'test', reason: 'deploy through prometheus' },
        registry: await loadRegistryAccess({}, logger),
      });
      // metrics-url points nowhere: the figures can only have come from Prometheus
      expect(result.actions).toContain(`Each analysis reads its figures from Prometheus at ${prometheus.url}.`);
      expect(result.outcome).toBe('rolled-back');
      expect(result.history.map((h) => [h.weight, h.outcome])).toEqual([[50, 'fail']]);
      const errors = result.failedRules.find((f) => f.rule === 'max_error_rate')!;
      expect(errors.figures.error_rate).toBeGreaterThan(0.1);
      expect((await registry().aliases('demo')).production).toBe(versions.stable);
      expect((await new ServeClient(server.url).modelRoutes('demo')).canary).toBeUndefined();
    } finally {
      await traffic.stop();
    }
  }, 40_000);

  test('Prometheus unreachable, a refused query, or no matching series: no figures, with the reason', async () => {
    const at = Date.now();
    const unreachable = source({ url: 'http://127.0.0.1:9', now: () => at });
    await unreachable.begin();
    expect(await unreachable.end()).toMatch(/^Prometheus unreachable at http:\/\/127\.0\.0\.1:9/);
    const refused = source({ labels: { ...labels, extra: 'job=~"(" ' } });
    await refused.begin();
    expect(await refused.end()).toMatch(/Prometheus refused the query .*bad_data/);
    const wrongLabel = source({ labels: { model: 'model_name', role: 'role' } });
    await wrongLabel.begin();
    expect(await wrongLabel.end()).toMatch(/Prometheus has no series for sum\(increase\(mlci_inference_requests_total\{model_name="demo",role="canary"\}/);
  }, 20_000);
});
