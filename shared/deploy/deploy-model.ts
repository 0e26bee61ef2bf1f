import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import type { LoadedModel } from '../model/session.js';
import type { Clock } from './clock.js';
import { inferenceServiceName, inferenceServiceYaml, renderInferenceService, type KServeMode, type KServeRuntime } from './kserve-manifest.js';
import { PrometheusSource, type PrometheusLabels } from './prometheus-query.js';
import type { ModelReference, MoveReason } from '../registry/index.js';
import type { RegistryAccess } from './registry-access.js';
import type { RolloutPlan } from './rollout-controller.js';
import type { RolloutPolicy } from './rollout-policy.js';
import { ServeClient } from './serve-client.js';
import { runServeRollout, type RolloutResult, type Strategy } from './serve-rollout.js';
import { smokeTest } from './smoke-test.js';
import { checkVerdict } from './verdict-check.js';

/** Where the deployment is recorded (GitHub Deployments on a runner); deploy only reports to it. */
export interface DeploymentTracker {
  started(model: { name: string; version: string; digest: string }): Promise<void>;
  progress(description: string): Promise<void>;
  finished(result: RolloutResult): Promise<void>;
  /** a link to show in the report */
  readonly url?: string;
}

export interface DeployOptions {
  reference: string;
  registryLocation: string;
  environment: string;
  verdict?: string;
  requireVerdict: boolean;
  target: 'serve' | 'kserve';
  strategy: Strategy;
  plan: RolloutPlan;
  policy: RolloutPolicy;
  serve?: { url: string; metricsUrl?: string; token?: string; servedName?: string; readyTimeoutMs: number; pollMs: number };
  smoke?: { data: string; rows: number; target?: string; loadModel(path: string): Promise<LoadedModel> };
  /** read each interval's figures from this Prometheus server instead of scraping server-url/metrics */
  prometheus?: { url: string; labels: PrometheusLabels };
  kserve?: { mode: KServeMode; runtime: KServeRuntime; runtimeName?: string; name?: string; namespace?: string };
  outputDir: string;
  tempDir: string;
  clock: Clock;
  logger: Logger;
  why: MoveReason;
  registry: RegistryAccess;
  tracker?: DeploymentTracker;
}

export interface DeployOutcome {
  model: { name: string; version: string; manifestDigest: string; modelDigest: string };
  result: RolloutResult;
  manifests: string[];
}

/** Takes a published, gated model version to an environment (docs/deploy.md). */
export async function deployModel(options: DeployOptions): Promise<DeployOutcome> {
  const { logger } = options;
  const ref = options.registry.parse(options.reference, options.registryLocation);
  if (ref.alias === options.environment) {
    throw new UserError(`model names the alias ${ref.alias}, the one being moved.`, 'input model', `Deploy a version (${ref.name}:v3) or another alias (${ref.name}@staging) to ${options.environment}.`);
  }
  const registry = options.registry.open(ref.store);
  const resolved = await registry.resolve(ref);
  const model = { name: resolved.name, version: resolved.version, manifestDigest: resolved.manifestDigest, modelDigest: resolved.modelDigest };
  logger.info(`Deploying ${model.name} ${model.version} (model ${model.modelDigest}) to ${options.environment}.`);
  if (options.verdict) {
    await checkVerdict(options.verdict, model);
    logger.info(`The gate's verdict names this model and passed.`);
  } else if (options.requireVerdict) {
    throw new UserError('No verdict was given, and deploy requires one.', 'input verdict', 'Pass the verdict.json evaluate-gate wrote for this model, or set require-verdict: false to deploy without the gate (not for production).');
  } else {
    logger.warning('Deploying without a gate verdict (require-verdict: false).');
  }

  await options.tracker?.started({ name: model.name, version: model.version, digest: model.modelDigest });
  let outcome: DeployOutcome;
  try {
    outcome = options.target === 'kserve' ? await renderKServe(options, ref, model) : await deployToServe(options, ref, registry, model);
  } catch (err) {
    await options.tracker?.finished({ outcome: 'failed', because: (err as Error).message, failedRules: [], history: [], analyses: [], previousVersion: null, actions: [] });
    throw err;
  }
  await options.tracker?.finished(outcome.result);
  return outcome;
}

async function deployToServe(options: DeployOptions, ref: ModelReference, registry: ReturnType<RegistryAccess['open']>, model: DeployOutcome['model']): Promise<DeployOutcome> {
  const serve = options.serve;
  if (!serve?.url) throw new UserError('target serve needs the server\'s URL.', 'input server-url', 'Set server-url to where mlci serve answers, e.g. http://127.0.0.1:8080.');
  const client = new ServeClient(serve.url, { ...(serve.token ? { token: serve.token } : {}), ...(serve.metricsUrl ? { metricsUrl: serve.metricsUrl } : {}) });
  let smoke: ((version: string) => ReturnType<typeof smokeTest>) | undefined;
  if (options.smoke) {
    const s = options.smoke;
    const dir = join(options.tempDir, 'deploy-model');
    await mkdir(dir, { recursive: true });
    const pulled = await registry.pull({ store: ref.store, name: ref.name, version: model.version }, dir);
    const loaded = await s.loadModel(pulled.modelFile);
    smoke = (version) => smokeTest({ client, servedName: serve.servedName ?? model.name, version, model: loaded, data: s.data, rows: s.rows, ...(s.target ? { target: s.target } : {}) });
  }
  const result = await runServeRollout({
    client,
    registry,
    candidate: model,
    servedName: serve.servedName ?? model.name,
    environment: options.environment,
    strategy: options.strategy,
    plan: options.plan,
    policy: options.policy,
    clock: options.clock,
    logger: options.logger,
    why: options.why,
    readyTimeoutMs: serve.readyTimeoutMs,
    pollMs: serve.pollMs,
    ...(smoke ? { smoke } : {}),
    ...(options.prometheus ? { figures: prometheusFigures(options.prometheus, serve.servedName ?? model.name, model.version, options.clock) } : {}),
    ...(options.tracker ? { onProgress: (d: string) => options.tracker!.progress(d) } : {}),
  });
  return { model, result, manifests: [] };
}

function prometheusFigures(prometheus: NonNullable<DeployOptions['prometheus']>, servedName: string, candidateVersion: string, clock: Clock) {
  return ({ role, previousVersion }: { role: 'canary' | 'shadow'; previousVersion: string | null }) =>
    new PrometheusSource({ url: prometheus.url, labels: prometheus.labels, model: servedName, role, candidateVersion, stableVersion: previousVersion, now: () => clock.now() });
}

/**
 * KServe: the manifests for each step of the rollout, rendered and written; applying them to a
 * cluster (kubeconfig) is not built yet, so the rollout through them is the user's kubectl's.
 */
async function renderKServe(options: DeployOptions, ref: ModelReference, model: DeployOutcome['model']): Promise<DeployOutcome> {
  const k = options.kserve!;
  if (!ref.store.startsWith('oci://')) {
    throw new UserError(`KServe pulls models from an OCI registry, but ${ref.store} is a local folder.`, 'input registry', 'Publish the model to an OCI registry (registry: oci://ghcr.io/OWNER/models) and deploy from there.');
  }
  const storageUri = `${ref.store.replace(/\/+$/, '')}/${model.name}@${model.manifestDigest}`;
  const name = k.name ?? inferenceServiceName(model.name);
  const dir = join(options.outputDir, 'kserve');
  await mkdir(dir, { recursive: true });
  const base = { name, ...(k.namespace ? { namespace: k.namespace } : {}), storageUri, mode: k.mode, runtime: k.runtime, ...(k.runtimeName ? { runtimeName: k.runtimeName } : {}), model: { name: model.name, version: model.version, digest: model.modelDigest }, environment: options.environment };
  const manifests: string[] = [];
  const write = async (file: string, canaryTrafficPercent?: number) => {
    const path = join(dir, file);
    await writeFileAtomic(path, inferenceServiceYaml(renderInferenceService({ ...base, ...(canaryTrafficPercent !== undefined ? { canaryTrafficPercent } : {}) })));
    manifests.push(path);
  };
  if (options.strategy === 'canary' && k.mode === 'Serverless') {
    for (const weight of options.plan.steps.filter((w) => w < 100)) await write(`inferenceservice-canary-${weight}.yaml`, weight);
    await write('inferenceservice-rollback.yaml', 0);
  }
  await write('inferenceservice.yaml');
  if (options.prometheus) options.logger.warning(`prometheus-url is read while deploy drives the rollout; for KServe that needs applying from the step (kubeconfig), which is not built yet, so ${options.prometheus.url} was not queried.`);
  options.logger.info(`Wrote ${manifests.length} InferenceService manifest${manifests.length === 1 ? '' : 's'} to ${dir}.`);
  const result: RolloutResult = {
    outcome: 'rendered',
    because: `Rendered for KServe (${k.mode}); apply them with kubectl apply --server-side -f ${dir} (applying from the step is not built yet).`,
    failedRules: [],
    history: [],
    analyses: [],
    previousVersion: null,
    actions: manifests.map((m) => `Wrote ${m}.`),
  };
  return { model, result, manifests };
}
