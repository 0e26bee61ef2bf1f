import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describeError } from '../errors.js';
import { verifyOutputManifest, type OutputManifest } from '../fs/output-manifest.js';
import type { Logger } from '../log.js';
import type { DirectoryCache } from '../steps/types.js';
import { callGitHub, OPERATIONS, type GitHubApi } from './client.js';
import type { GitHubContext, RepoRef } from './context.js';

/**
 * The baseline from the main branch: the artifact of the latest successful run of a workflow on
 * the base branch, so users neither commit metrics nor clone full history. Only runs triggered by
 * pushes (or by hand, or on a schedule) in the repository itself count: a fork can name its branch
 * "main" too, and its pull request runs must never become anyone's baseline.
 */

const TRUSTED_EVENTS = ['push', 'workflow_dispatch', 'schedule'];
/** how many of the latest successful runs are searched for the artifact */
const RUNS_SEARCHED = 20;

export interface BaselineQuery {
  repo: RepoRef;
  /** workflow file name (pr-gate.yml) or numeric id */
  workflow: string;
  branch: string;
  artifactName: string;
  /** this run, which must not be its own baseline */
  currentRunId?: number;
}

export interface BaselineRun {
  runId: number;
  headSha: string;
  artifactId: number;
  artifactName: string;
  htmlUrl: string;
}

/** The branch whose runs give the baseline: the pull request's base, the merge queue's base, or the pushed branch. */
export function baselineBranch(context: GitHubContext): string | undefined {
  if (context.pullRequest) return context.pullRequest.baseRef;
  if (context.mergeGroupBaseRef) return context.mergeGroupBaseRef;
  if (context.ref.startsWith('refs/heads/')) return context.ref.slice('refs/heads/'.length);
  return undefined;
}

export async function findBaselineRun(api: GitHubApi, query: BaselineQuery, logger: Logger): Promise<BaselineRun | undefined> {
  const { owner, repo } = query.repo;
  const fullName = `${owner}/${repo}`.toLowerCase();
  const runs = [];
  for (const event of TRUSTED_EVENTS) {
    const { data } = await callGitHub(OPERATIONS.readArtifacts, () =>
      api.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: query.workflow, branch: query.branch, event, status: 'success', exclude_pull_requests: true, per_page: RUNS_SEARCHED }),
    );
    runs.push(...data.workflow_runs);
  }
  // newest first, whichever event started it
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
  return undefined;
}

/** Fetches an artifact of another run into a directory: @actions/artifact on a runner. */
export interface ArtifactDownloader {
  download(run: BaselineRun, dir: string): Promise<void>;
}

export interface FetchedBaseline {
  run: BaselineRun;
  dir: string;
  manifest: OutputManifest;
  fromCache: boolean;
  /** metrics.json of the baseline evaluation, when the artifact holds one */
  metricsFile?: string;
  /** the baseline's ONNX model, when the artifact holds one */
  modelFile?: string;
}

async function describeContents(dir: string, manifest: OutputManifest): Promise<Pick<FetchedBaseline, 'metricsFile' | 'modelFile'>> {
  const names = manifest.files.map((f) => f.path);
  const top = new Set(await readdir(dir));
  const model = names.find((n) => n.endsWith('.onnx'));
  return {
    metricsFile: top.has('metrics.json') && names.includes('metrics.json') ? join(dir, 'metrics.json') : undefined,
    modelFile: model ? join(dir, model) : undefined,
  };
}

/**
 * The baseline's files in `dir`, verified against their manifest; from the cache when that base
 * commit's artifact was fetched before. Undefined, with a notice, when there is no baseline yet
 * (the first run): the report then shows the candidate alone.
 */
export async function fetchBaseline(options: { api: GitHubApi; query: BaselineQuery; downloader: ArtifactDownloader; cache: DirectoryCache; dir: string; logger: Logger }): Promise<FetchedBaseline | undefined> {
  const { api, query, downloader, cache, dir, logger } = options;
  const run = await findBaselineRun(api, query, logger);
  if (!run) {
    logger.info(`No baseline yet: no successful run of ${query.workflow} on ${query.branch} has an artifact "${query.artifactName}". The report shows the candidate alone; the first run on ${query.branch} becomes the baseline.`);
    return undefined;
  }
  const key = `mlci-baseline-${query.artifactName}-${run.headSha}`;
  if (await cache.restore(key, dir)) {
    try {
      const manifest = await verifyOutputManifest(dir);
      logger.info(`Baseline from ${query.branch} at ${run.headSha.slice(0, 7)} (run ${run.runId}), restored from the cache.`);
      return { run, dir, manifest, fromCache: true, ...(await describeContents(dir, manifest)) };
    } catch (err) {
      logger.warning(`The cached baseline ${key} failed its digest check (${describeError(err)}); downloading it again.`);
    }
  }
  await downloader.download(run, dir);
  const manifest = await verifyOutputManifest(dir);
  logger.info(`Baseline from ${query.branch} at ${run.headSha.slice(0, 7)}: artifact "${run.artifactName}" of ${run.htmlUrl}.`);
  await cache.save(key, dir);
  return { run, dir, manifest, fromCache: false, ...(await describeContents(dir, manifest)) };
}


