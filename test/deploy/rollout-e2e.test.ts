// The whole loop on loopback: Debian's docker-registry (through a proxy that can refuse writes) →
// models published → mlci serve following `production` → deploy: a good model promoted through
// canary steps; a model that errors on some inputs, stopped by the smoke test or rolled back by the
// analysis; metrics unreachable (inconclusive); the registry refusing the alias move; KServe
// manifests; a shadow rollout; a rollback by hand; the server dying after the alias moved (alias
// put back). GitHub calls go to the OpenAPI-validated fake server; the test makes its own bounded
// traffic.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../shared/deploy/clock.js';
import { deployModel, type DeployOptions } from '../../shared/deploy/deploy-model.js';
import { loadRegistryAccess } from '../../shared/deploy/registry-access.js';
import { parseRolloutPolicy } from '../../shared/deploy/rollout-policy.js';
import { rollBackByHand } from '../../shared/deploy/manual-rollback.js';
import { renderDeployReport } from '../../shared/deploy/deploy-report.js';
import { buildVerdictFile } from '../../shared/evaluate/verdict-file.js';
import type { EvaluationResult } from '../../shared/evaluate/types.js';
import { sha256File } from '../../shared/fs/digest.js';
import { gitHubDeploymentTracker } from '../../shared/github/deployments.js';
import { silentLogger } from '../../shared/log.js';
import { loadModel } from '../../shared/model/session.js';
import { openRegistry, parseModelReference } from '../../shared/registry/index.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { startModelServer, type ModelServer, type RegistryAccess } from '../../shared/serve/index.js';
import { deploymentsOf } from '../github/fake-github/routes-deployments.js';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github/server.js';
import { HEAD_SHA, recordingLogger, REPO, repoState, testClient } from '../github/helpers.js';
import { startDockerRegistry, type RunningRegistry } from '../support/docker-registry.js';
import { startProxy } from '../support/registry-proxy.js';
import { describeWithTools, tools } from '../support/system-tools.js';
import { inferenceServiceValidator } from './kserve-schema.js';
import { startTraffic } from './serve-traffic.js';
import { parse } from 'yaml';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;
const DATA = fixture('data/breast_cancer_test.csv');
const work = mkdtempSync(join(tmpdir(), 'mlci-deploy-e2e-'));

// The latency rule is generous here: its verdicts are tested in canary-analysis.test.ts, and on a
// loaded CI machine a p95 of a few dozen loopback requests can swing past 3× on scheduling alone,
// which rolled a canary back before the step this file tests (seen once at load 12).
const policy = parseRolloutPolicy(
  ['min_requests: 15', 'max_error_rate: 0.01', 'latency_p95:', '  max_ratio_to_stable: 20', 'prediction_drift:', '  method: jensenshannon', '  threshold: 0.5', 'max_shadow_disagreement: 0.05', 'inconclusive_limit: 1'].join('\n'),
  'rollout.yml',
);

async function verdictFor(modelFile: string): Promise<string> {
  const path = join(work, `verdict-${Math.random().toString(36).slice(2)}.json`);
  const result = { model: { sha256: await sha256File(modelFile) }, data: { sha256: '00'.repeat(32) }, gate: { passed: true, gated: true, policy: null, rules: [] } } as unknown as EvaluationResult;
  writeFileSync(path, JSON.stringify(buildVerdictFile(result)));
  return path;
}

describeWithTools('deploy end to end: docker-registry → mlci serve → canary, rollback and faults', [tools.dockerRegistry], () => {
  let docker: RunningRegistry;
  let proxy: { port: number; close(): Promise<void> };
  let refuseWrites = false;
  let location: string;
  let server: ModelServer;
  let gh: FakeGitHub;
  let traffic: ReturnType<typeof startTraffic>;
  const versions: Record<string, string> = {};

  const registry = () => openRegistry(location, { env: {}, logger: silentLogger });

  beforeAll(async () => {
    docker = await startDockerRegistry();
    proxy = await startProxy(docker.port, (req, res) => {
      if (!refuseWrites || req.method === 'GET' || req.method === 'HEAD') return false;
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }] }));
      return true;
    });
    location = `oci://127.0.0.1:${proxy.port}/team/models`;
    const r = registry();
    versions.stable = (await r.publish({ name: 'demo', modelFile: fixture('models/breast_cancer_lr.onnx'), aliases: ['production'] })).version;
    versions.good = (await r.publish({ name: 'demo', modelFile: fixture('deploy/breast_cancer_lr_retrained.onnx') })).version;
    versions.failing = (await r.publish({ name: 'demo', modelFile: fixture('deploy/breast_cancer_lr_fails_large.onnx') })).version;
    versions.weak = (await r.publish({ name: 'demo', modelFile: fixture('models/breast_cancer_lr_weak.onnx') })).version;
    const access: RegistryAccess = { parse: (text) => parseModelReference(text, location), open: (store) => openRegistry(store, { env: {}, logger: silentLogger }) };
    server = await startModelServer({ models: [`demo=${location}/demo@production`], ort, port: 0, pollIntervalMs: 100, registry: access, cacheDir: join(work, 'serve-cache'), log: () => {} });
    traffic = startTraffic(server.url);
    gh = await startFakeGitHub({ token: 'ghs_testtoken0123456789' });
  }, 60_000);

  afterAll(async () => {
    await traffic?.stop();
    await server?.close().catch(() => {});
    await gh?.close();
    await proxy?.close();
    await docker?.stop();
  });

  async function deploy(version: string, modelFile: string, extra: Partial<DeployOptions> = {}) {
    const logger = recordingLogger();
    const tracker = gitHubDeploymentTracker(testClient(gh, logger), REPO, { ref: HEAD_SHA, environment: 'production', production: true, logUrl: 'https://github.com/acme-ml/churn-model/actions/runs/1', environmentUrl: server.url });
    const outcome = await deployModel({
      reference: `demo:${version}`,
      registryLocation: location,
      environment: 'production',
      verdict: await verdictFor(modelFile),
      requireVerdict: true,
      target: 'serve',
      strategy: 'canary',
      plan: { steps: [50, 100], count: 1, failureLimit: 0, inconclusiveLimit: policy.inconclusiveLimit, intervalMs: 1500 },
      policy,
      serve: { url: server.url, readyTimeoutMs: 15_000, pollMs: 100 },
      smoke: { data: DATA, rows: 20, target: 'target', loadModel: (path) => loadModel(path, { ort }) },
      outputDir: join(work, `out-${version}`),
      tempDir: join(work, `tmp-${version}-${Math.random().toString(36).slice(2)}`),
      clock: systemClock,
      logger,
      why: { actor: 'e2e', reason: `deploy ${version}` },
      registry: await loadRegistryAccess({}, logger),
      tracker,
      ...extra,
    });
    return { ...outcome, logger, report: renderDeployReport({ model: outcome.model, environment: 'production', target: 'serve', strategy: 'canary', result: outcome.result }) };
  }

  const aliasNow = async () => (await registry().aliases('demo')).production;
  const routesNow = async () => ((await (await fetch(`${server.url}/v2/admin/routes`)).json()) as any).models.demo;

  test('a good model goes through the canary steps, is promoted, and the server serves it', async () => {
    const { result, model } = await deploy(versions.good!, fixture('deploy/breast_cancer_lr_retrained.onnx'));
    expect(result.because).toBe(`demo ${versions.good} serves all of production.`);
    expect(result.outcome).toBe('promoted');
    expect(result.smoke?.passed).toBe(true);
    expect(result.history.map((h) => [h.weight, h.outcome])).toEqual([[50, 'pass'], [100, 'pass']]);
    expect(await aliasNow()).toBe(versions.good);
    const routes = await routesNow();
    expect(routes.stable.model_digest).toBe(model.modelDigest);
    expect(routes.canary).toBeUndefined();
    const deployment = deploymentsOf(repoState(gh)).at(-1)!;
    expect(deployment.payload).toEqual({ name: 'demo', version: versions.good, digest: model.modelDigest });
    expect(deployment.statuses[0]!.state).toBe('queued');
    expect(deployment.statuses.at(-1)!.state).toBe('success');
    expect(deployment.statuses.some((s) => s.state === 'in_progress' && s.description === 'Canary at 50%.')).toBe(true);
    expect(gh.violations).toEqual([]);
  }, 60_000);

  test('a model that errors on some inputs is stopped by the smoke test before it takes any traffic', async () => {
    const { result } = await deploy(versions.failing!, fixture('deploy/breast_cancer_lr_fails_large.onnx'));
    expect(result.outcome).toBe('rolled-back');
    expect(result.because).toMatch(/^The smoke test failed: .*500/);
    expect(result.history).toEqual([]);
    expect(await aliasNow()).toBe(versions.good);
    expect((await routesNow()).canary).toBeUndefined();
  }, 60_000);

  test('without a smoke test, the canary analysis rolls it back by itself; the report names the rule and its figures', async () => {
    const { result, report } = await deploy(versions.failing!, fixture('deploy/breast_cancer_lr_fails_large.onnx'), { smoke: undefined });
    expect(result.outcome).toBe('rolled-back');
    expect(result.history.map((h) => [h.weight, h.outcome])).toEqual([[50, 'fail']]);
    const errors = result.failedRules.find((f) => f.rule === 'max_error_rate')!;
    expect(errors.figures.error_rate).toBeGreaterThan(0.1);
    expect(report).toContain('rolled back automatically');
    expect(report).toContain('max\\_error\\_rate');
    expect(await aliasNow()).toBe(versions.good);
    expect((await routesNow()).canary).toBeUndefined();
    expect(deploymentsOf(repoState(gh)).at(-1)!.statuses.at(-1)!.state).toBe('failure');
  }, 60_000);

  test('metrics that cannot be read make the rollout inconclusive, never a success', async () => {
    const { result } = await deploy(versions.weak!, fixture('models/breast_cancer_lr_weak.onnx'), {
      serve: { url: server.url, metricsUrl: 'http://127.0.0.1:9/metrics', readyTimeoutMs: 15_000, pollMs: 100 },
    });
    expect(result.outcome).toBe('inconclusive');
    expect(result.because).toContain('metrics unreachable');
    expect(await aliasNow()).toBe(versions.good);
    expect((await routesNow()).canary).toBeUndefined();
  }, 60_000);

  test('a registry that refuses the alias move leaves nothing half-moved', async () => {
    refuseWrites = true;
    try {
      const { result } = await deploy(versions.stable!, fixture('models/breast_cancer_lr.onnx'));
      expect(result.outcome).toBe('failed');
      expect(result.because).toContain('The registry refused to move production');
    } finally {
      refuseWrites = false;
    }
    expect(await aliasNow()).toBe(versions.good);
    const routes = await routesNow();
    expect(routes.canary).toBeUndefined();
    expect(routes.stable.version).toBe(versions.good);
  }, 60_000);

  test('target kserve renders an InferenceService per canary step, pinned by digest, each valid against the CRD schema', async () => {
    const aliasBefore = await aliasNow();
    const { result, manifests, model } = await deploy(versions.good!, fixture('deploy/breast_cancer_lr_retrained.onnx'), {
      target: 'kserve',
      smoke: undefined,
      kserve: { mode: 'Serverless', runtime: 'mlci', namespace: 'models' },
      outputDir: join(work, 'out-kserve'),
    });
    expect(result.outcome).toBe('rendered');
    expect(manifests.map((m) => m.split('/').at(-1))).toEqual(['inferenceservice-canary-50.yaml', 'inferenceservice-rollback.yaml', 'inferenceservice.yaml']);
    const validate = inferenceServiceValidator();
    for (const file of manifests) {
      const manifest = parse(readFileSync(file, 'utf8'));
      expect(validate(manifest)).toBe(true);
      expect(manifest.spec.predictor.model.storageUri).toBe(`${location}/demo@${model.manifestDigest}`);
    }
    expect(parse(readFileSync(manifests[0]!, 'utf8')).spec.predictor.canaryTrafficPercent).toBe(50);
    // rendering moves nothing: the alias is as it was (this test also runs alone, with -t)
    expect(await aliasNow()).toBe(aliasBefore);
    expect(deploymentsOf(repoState(gh)).at(-1)!.statuses.map((s) => s.state)).toEqual(['queued']);
  }, 60_000);

  test('shadow: the candidate sees a copy of every request, agrees with stable, and is promoted', async () => {
    const { result } = await deploy(versions.stable!, fixture('models/breast_cancer_lr.onnx'), {
      strategy: 'shadow',
      plan: { steps: [100], count: 1, failureLimit: 0, inconclusiveLimit: 1, intervalMs: 1500 },
    });
    expect(result.outcome).toBe('promoted');
    const shadow = result.analyses[0]!;
    expect(shadow.role).toBe('shadow');
    expect(shadow.shadow!.comparisons).toBeGreaterThanOrEqual(15);
    expect(shadow.findings.find((f) => f.rule === 'max_shadow_disagreement')).toMatchObject({ passed: true, figures: { disagreements: 0 } });
    expect(await aliasNow()).toBe(versions.stable);
    expect((await routesNow()).shadow).toBeUndefined();
  }, 60_000);

  test('mlci deploy --rollback puts production back to the version before, and the server serves it', async () => {
    const logger = recordingLogger();
    const tracker = gitHubDeploymentTracker(testClient(gh, logger), REPO, { ref: HEAD_SHA, environment: 'production', production: true });
    const { move, model, result } = await rollBackByHand({
      model: 'demo',
      registryLocation: location,
      environment: 'production',
      serve: { url: server.url, readyTimeoutMs: 15_000, pollMs: 100 },
      registry: await loadRegistryAccess({}, logger),
      clock: systemClock,
      logger,
      why: { actor: 'e2e' },
      tracker,
    });
    expect([move.from, move.to]).toEqual([versions.stable, versions.good]);
    expect(result.actions).toContain(`The server serves ${versions.good} as stable.`);
    expect((await routesNow()).stable.model_digest).toBe(model.modelDigest);
    // GitHub has no rollback: a new deployment of the earlier model, and the replaced one inactive
    const all = deploymentsOf(repoState(gh));
    expect(all.at(-1)!.payload).toEqual({ name: 'demo', version: versions.good, digest: model.modelDigest });
    expect(all.at(-1)!.statuses.map((s) => s.state)).toEqual(['queued', 'success']);
    const promoted = all.filter((d) => (d.payload as { version: string }).version === versions.stable).at(-1)!;
    expect(promoted.statuses.at(-1)!.state).toBe('inactive');
  }, 60_000);

  test('the server dying after the alias moved fails the deploy clearly and puts the alias back', async () => {
    const { result } = await deploy(versions.stable!, fixture('models/breast_cancer_lr.onnx'), {
      tracker: {
        async started() {},
        async progress(description) {
          if (description.startsWith('Moving production')) await server.close();
        },
        async finished() {},
      },
    });
    expect(result.outcome).toBe('failed');
    expect(result.because).toMatch(/did not answer/);
    expect(result.restored?.to).toBe(versions.good);
    expect(await aliasNow()).toBe(versions.good);
    const history = await registry().aliasHistory('demo', 'production');
    expect(history.map((h) => h.to)).toEqual([versions.stable, versions.good, versions.stable, versions.good, versions.stable, versions.good]);
  }, 60_000);
});
