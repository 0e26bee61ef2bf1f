import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  actionsArtifactDownloader
} from "./chunk-EXFSRAEI.mjs";
import "./chunk-6UZSA3JV.mjs";
import "./chunk-DZOKBNNF.mjs";
import "./chunk-BVHY7LTN.mjs";
import "./chunk-HRYC4OTC.mjs";
import "./chunk-4RFHVFKH.mjs";
import "./chunk-QNUZVYVB.mjs";
import "./chunk-W7U5NUJ3.mjs";
import {
  OPERATIONS,
  callGitHub
} from "./chunk-WU5CR57A.mjs";
import "./chunk-QXQYEFN3.mjs";
import "./chunk-RZQYQZ3R.mjs";
import {
  DEFAULT_BASELINE_ARTIFACT,
  GITHUB_BASELINE_INPUTS,
  MAIN_BRANCH_BASELINE
} from "./chunk-3IG6QDVB.mjs";
import "./chunk-PV2N7Z3O.mjs";
import {
  verifyOutputManifest
} from "./chunk-HVFF6HEQ.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-42RCFE6G.mjs";
import "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import {
  UserError,
  describeError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/github/step-baseline.ts
import { join as join2 } from "node:path";

// shared/github/baseline.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
var TRUSTED_EVENTS = ["push", "workflow_dispatch", "schedule"];
var RUNS_SEARCHED = 20;
function baselineBranch(context) {
  if (context.pullRequest) return context.pullRequest.baseRef;
  if (context.mergeGroupBaseRef) return context.mergeGroupBaseRef;
  if (context.ref.startsWith("refs/heads/")) return context.ref.slice("refs/heads/".length);
  return void 0;
}
async function findBaselineRun(api, query, logger) {
  const { owner, repo } = query.repo;
  const fullName = `${owner}/${repo}`.toLowerCase();
  const runs = [];
  for (const event of TRUSTED_EVENTS) {
    const { data } = await callGitHub(
      OPERATIONS.readArtifacts,
      () => api.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: query.workflow, branch: query.branch, event, status: "success", exclude_pull_requests: true, per_page: RUNS_SEARCHED })
    );
    runs.push(...data.workflow_runs);
  }
  runs.sort((a, b) => b.created_at.localeCompare(a.created_at));
  for (const run of runs.slice(0, RUNS_SEARCHED)) {
    if (run.id === query.currentRunId) continue;
    const from = run.head_repository?.full_name?.toLowerCase();
    if (from && from !== fullName) continue;
    const { data: artifacts } = await callGitHub(OPERATIONS.readArtifacts, () => api.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: run.id, name: query.artifactName, per_page: 10 }));
    const artifact = artifacts.artifacts.find((a) => a.name === query.artifactName && !a.expired);
    if (artifact) return { runId: run.id, headSha: run.head_sha, artifactId: artifact.id, artifactName: artifact.name, htmlUrl: run.html_url };
    logger.debug(`Run ${run.id} of ${query.workflow} has no unexpired artifact "${query.artifactName}".`);
  }
  return void 0;
}
async function describeContents(dir, manifest) {
  const names = manifest.files.map((f) => f.path);
  const top = new Set(await readdir(dir));
  const model = names.find((n) => n.endsWith(".onnx"));
  return {
    metricsFile: top.has("metrics.json") && names.includes("metrics.json") ? join(dir, "metrics.json") : void 0,
    modelFile: model ? join(dir, model) : void 0
  };
}
async function fetchBaseline(options) {
  const { api, query, downloader, cache, dir, logger } = options;
  const run = await findBaselineRun(api, query, logger);
  if (!run) {
    logger.info(`No baseline yet: no successful run of ${query.workflow} on ${query.branch} has an artifact "${query.artifactName}". The report shows the candidate alone; the first run on ${query.branch} becomes the baseline.`);
    return void 0;
  }
  const key = `mlci-baseline-${query.artifactName}-${run.headSha}`;
  if (await cache.restore(key, dir)) {
    try {
      const manifest2 = await verifyOutputManifest(dir);
      logger.info(`Baseline from ${query.branch} at ${run.headSha.slice(0, 7)} (run ${run.runId}), restored from the cache.`);
      return { run, dir, manifest: manifest2, fromCache: true, ...await describeContents(dir, manifest2) };
    } catch (err) {
      logger.warning(`The cached baseline ${key} failed its digest check (${describeError(err)}); downloading it again.`);
    }
  }
  await downloader.download(run, dir);
  const manifest = await verifyOutputManifest(dir);
  logger.info(`Baseline from ${query.branch} at ${run.headSha.slice(0, 7)}: artifact "${run.artifactName}" of ${run.htmlUrl}.`);
  await cache.save(key, dir);
  return { run, dir, manifest, fromCache: false, ...await describeContents(dir, manifest) };
}

// shared/github/step-baseline.ts
async function fetchMainBranchBaseline(host, session, downloader) {
  const fix = "Use baseline: main-branch in a GitHub Actions workflow with a token that has actions: read, or pass a model or metrics.json path.";
  if (!session) throw new UserError("baseline: main-branch needs GitHub (the runs of the base branch).", "input baseline", fix);
  if (!session.api) throw new UserError("baseline: main-branch needs a GitHub token to list runs and download artifacts.", "input github-token", fix);
  const { context } = session;
  const workflow = host.input("baseline-workflow").trim() || context.workflowFile;
  if (!workflow) throw new UserError("Could not tell which workflow this is (GITHUB_WORKFLOW_REF is not set).", "input baseline-workflow", "Set baseline-workflow to the workflow file whose main-branch runs hold the baseline, e.g. main-baseline.yml.");
  const branch = baselineBranch(context);
  if (!branch) {
    host.logger.info(`No base branch for a ${context.eventName} event: the report shows the candidate alone.`);
    return void 0;
  }
  return fetchBaseline({
    api: session.api,
    query: {
      repo: context.repo,
      workflow,
      branch,
      artifactName: host.input("baseline-artifact").trim() || DEFAULT_BASELINE_ARTIFACT,
      currentRunId: Number(context.runId) || void 0
    },
    downloader: downloader ?? actionsArtifactDownloader(session.token, context.repo),
    cache: host.cache,
    dir: join2(host.tempDir, "mlci-baseline"),
    logger: host.logger
  });
}
export {
  DEFAULT_BASELINE_ARTIFACT,
  GITHUB_BASELINE_INPUTS,
  MAIN_BRANCH_BASELINE,
  fetchMainBranchBaseline
};
