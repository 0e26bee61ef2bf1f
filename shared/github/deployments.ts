import type { GitHubApi, GitHubOperation } from './client.js';
import { explainGitHubError } from './client.js';
import type { RepoRef } from './context.js';

/**
 * GitHub Deployments for the deploy step: one deployment per model version taken to an
 * environment, with statuses that follow the rollout. GitHub has no rollback: a rollback is a new
 * deployment of the previous model, which this module finds from the earlier deployments' payloads.
 */

/** What a deployment records of the model, so a later rollback or a person can see what runs. */
export interface DeploymentPayload {
  name: string;
  version: string;
  /** sha256:… of the model (what the gate's verdict names) */
  digest: string;
}

export type DeploymentState = 'queued' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface DeploymentLinks {
  /** where the deployed model answers */
  environmentUrl?: string;
  /** the workflow run that deployed it */
  logUrl?: string;
}

export const DEPLOYMENT_OPERATION = { doing: 'create the deployment and its statuses', permission: 'deployments: write' } as const satisfies GitHubOperation;

/** The task name that marks deployments made by this step, so that others (apps, Pages) are left alone. */
export const DEPLOY_TASK = 'deploy:model';

export interface DeploymentStart extends DeploymentLinks {
  /** the commit the model was built from */
  ref: string;
  environment: string;
  payload: DeploymentPayload;
  description: string;
  production: boolean;
}

export class GitHubDeployment {
  constructor(
    private readonly api: GitHubApi,
    private readonly repo: RepoRef,
    readonly id: number,
    readonly environment: string,
    private readonly links: DeploymentLinks,
  ) {}

  /** moves the deployment to `state`; GitHub keeps the statuses as its history */
  async setStatus(state: DeploymentState, description: string): Promise<void> {
    await call(() =>
      this.api.rest.repos.createDeploymentStatus({
        ...this.repo,
        deployment_id: this.id,
        state,
        // GitHub caps a status description at 140 characters
        description: description.length > 140 ? `${description.slice(0, 139)}…` : description,
        environment: this.environment,
        ...(this.links.logUrl ? { log_url: this.links.logUrl } : {}),
        ...(this.links.environmentUrl && state !== 'inactive' ? { environment_url: this.links.environmentUrl } : {}),
        // we mark the replaced deployment inactive ourselves, once this one has succeeded
        auto_inactive: false,
      }),
    );
  }
}

/** Creates the deployment (status queued). */
export async function createDeployment(api: GitHubApi, repo: RepoRef, start: DeploymentStart): Promise<GitHubDeployment> {
  const response = await call(() =>
    api.rest.repos.createDeployment({
      ...repo,
      ref: start.ref,
      environment: start.environment,
      task: DEPLOY_TASK,
      payload: { ...start.payload },
      description: start.description.slice(0, 140),
      // the model is already built and gated: merging the default branch in, or waiting for this
      // very workflow's checks, would only get in the way
      auto_merge: false,
      required_contexts: [],
      production_environment: start.production,
    }),
  );
  const data = response.data as { id?: number; message?: string };
  if (typeof data.id !== 'number') throw new Error(`GitHub did not create the deployment: ${data.message ?? response.status}`);
  const deployment = new GitHubDeployment(api, repo, data.id, start.environment, start);
  await deployment.setStatus('queued', start.description);
  return deployment;
}

export interface PastDeployment {
  id: number;
  payload: DeploymentPayload;
  state: DeploymentState | null;
  createdAt: string;
}

/** This step's deployments to `environment`, newest first, each with its latest status. */
export async function listModelDeployments(api: GitHubApi, repo: RepoRef, environment: string, limit = 30): Promise<PastDeployment[]> {
  const list = await call(() => api.rest.repos.listDeployments({ ...repo, environment, task: DEPLOY_TASK, per_page: Math.min(limit, 100) }));
  const out: PastDeployment[] = [];
  for (const d of list.data) {
    const payload = asPayload(d.payload);
    if (!payload) continue;
    const statuses = await call(() => api.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 1 }));
    out.push({ id: d.id, payload, state: (statuses.data[0]?.state as DeploymentState | undefined) ?? null, createdAt: d.created_at });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

/** Marks the deployments this one replaced as inactive: those that last succeeded in the environment. */
export async function markReplacedInactive(api: GitHubApi, repo: RepoRef, current: GitHubDeployment): Promise<number[]> {
  const replaced = (await listModelDeployments(api, repo, current.environment)).filter((d) => d.id !== current.id && d.state === 'success');
  for (const d of replaced) {
    await new GitHubDeployment(api, repo, d.id, current.environment, {}).setStatus('inactive', `Replaced by deployment ${current.id}.`);
  }
  return replaced.map((d) => d.id);
}

function asPayload(value: unknown): DeploymentPayload | undefined {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  const p = v as Partial<DeploymentPayload> | null;
  return p && typeof p.name === 'string' && typeof p.version === 'string' && typeof p.digest === 'string' ? { name: p.name, version: p.version, digest: p.digest } : undefined;
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (err) {
    throw explainGitHubError(err, DEPLOYMENT_OPERATION);
  }
}

/** What deploy reports to a tracker, in GitHub's terms. */
export interface TrackedResult {
  outcome: 'promoted' | 'rolled-back' | 'inconclusive' | 'failed' | 'unchanged' | 'rendered';
  because?: string;
}

/**
 * Follows a rollout with a GitHub deployment: created when the model is known (queued), in_progress
 * with each stage, success or failure at the end; on success the deployments it replaced go inactive.
 */
export function gitHubDeploymentTracker(api: GitHubApi, repo: RepoRef, settings: { ref: string; environment: string; production: boolean } & DeploymentLinks) {
  let deployment: GitHubDeployment | undefined;
  const tracker = {
    url: undefined as string | undefined,
    async started(model: DeploymentPayload): Promise<void> {
      deployment = await createDeployment(api, repo, { ...settings, payload: model, description: `${model.name} ${model.version}` });
      tracker.url = settings.logUrl;
    },
    async progress(description: string): Promise<void> {
      await deployment?.setStatus('in_progress', description);
    },
    async finished(result: TrackedResult): Promise<void> {
      // rendered manifests are not deployed until someone applies them: the deployment stays queued
      if (!deployment || result.outcome === 'rendered') return;
      const ok = result.outcome === 'promoted' || result.outcome === 'unchanged';
      await deployment.setStatus(ok ? 'success' : 'failure', result.because ?? result.outcome);
      if (ok) await markReplacedInactive(api, repo, deployment);
    },
  };
  return tracker;
}
