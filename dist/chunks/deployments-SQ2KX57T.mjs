import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  explainGitHubError
} from "./chunk-WU5CR57A.mjs";
import "./chunk-QXQYEFN3.mjs";
import "./chunk-RZQYQZ3R.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/github/deployments.ts
var DEPLOYMENT_OPERATION = { doing: "create the deployment and its statuses", permission: "deployments: write" };
var DEPLOY_TASK = "deploy:model";
var GitHubDeployment = class {
  constructor(api, repo, id, environment, links) {
    this.api = api;
    this.repo = repo;
    this.id = id;
    this.environment = environment;
    this.links = links;
  }
  api;
  repo;
  id;
  environment;
  links;
  /** moves the deployment to `state`; GitHub keeps the statuses as its history */
  async setStatus(state, description) {
    await call(
      () => this.api.rest.repos.createDeploymentStatus({
        ...this.repo,
        deployment_id: this.id,
        state,
        // GitHub caps a status description at 140 characters
        description: description.length > 140 ? `${description.slice(0, 139)}\u2026` : description,
        environment: this.environment,
        ...this.links.logUrl ? { log_url: this.links.logUrl } : {},
        ...this.links.environmentUrl && state !== "inactive" ? { environment_url: this.links.environmentUrl } : {},
        // we mark the replaced deployment inactive ourselves, once this one has succeeded
        auto_inactive: false
      })
    );
  }
};
async function createDeployment(api, repo, start) {
  const response = await call(
    () => api.rest.repos.createDeployment({
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
      production_environment: start.production
    })
  );
  const data = response.data;
  if (typeof data.id !== "number") throw new Error(`GitHub did not create the deployment: ${data.message ?? response.status}`);
  const deployment = new GitHubDeployment(api, repo, data.id, start.environment, start);
  await deployment.setStatus("queued", start.description);
  return deployment;
}
async function listModelDeployments(api, repo, environment, limit = 30) {
  const list = await call(() => api.rest.repos.listDeployments({ ...repo, environment, task: DEPLOY_TASK, per_page: Math.min(limit, 100) }));
  const out = [];
  for (const d of list.data) {
    const payload = asPayload(d.payload);
    if (!payload) continue;
    const statuses = await call(() => api.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 1 }));
    out.push({ id: d.id, payload, state: statuses.data[0]?.state ?? null, createdAt: d.created_at });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}
async function markReplacedInactive(api, repo, current) {
  const replaced = (await listModelDeployments(api, repo, current.environment)).filter((d) => d.id !== current.id && d.state === "success");
  for (const d of replaced) {
    await new GitHubDeployment(api, repo, d.id, current.environment, {}).setStatus("inactive", `Replaced by deployment ${current.id}.`);
  }
  return replaced.map((d) => d.id);
}
function asPayload(value) {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return void 0;
    }
  }
  const p = v;
  return p && typeof p.name === "string" && typeof p.version === "string" && typeof p.digest === "string" ? { name: p.name, version: p.version, digest: p.digest } : void 0;
}
async function call(request) {
  try {
    return await request();
  } catch (err) {
    throw explainGitHubError(err, DEPLOYMENT_OPERATION);
  }
}
function gitHubDeploymentTracker(api, repo, settings) {
  let deployment;
  const tracker = {
    url: void 0,
    async started(model) {
      deployment = await createDeployment(api, repo, { ...settings, payload: model, description: `${model.name} ${model.version}` });
      tracker.url = settings.logUrl;
    },
    async progress(description) {
      await deployment?.setStatus("in_progress", description);
    },
    async finished(result) {
      if (!deployment || result.outcome === "rendered") return;
      const ok = result.outcome === "promoted" || result.outcome === "unchanged";
      await deployment.setStatus(ok ? "success" : "failure", result.because ?? result.outcome);
      if (ok) await markReplacedInactive(api, repo, deployment);
    }
  };
  return tracker;
}
export {
  DEPLOYMENT_OPERATION,
  DEPLOY_TASK,
  GitHubDeployment,
  createDeployment,
  gitHubDeploymentTracker,
  listModelDeployments,
  markReplacedInactive
};
