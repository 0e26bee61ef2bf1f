import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';

/** What the runner tells a step about the event and the repository, read once and typed. */

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestContext {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  baseSha: string;
  /** owner/name of the repository the changes come from */
  headRepo: string;
  /** true when the head repository is not the base one: the job then gets a read-only token */
  isFork: boolean;
  /** labels at the time of the event (the API has the current ones) */
  labels: string[];
}

export interface WorkflowRunContext {
  id: number;
  /** name of the workflow that ran (GitHub matches workflow_run triggers by this name) */
  name: string;
  event: string;
  headSha: string;
  headBranch: string;
  /** owner/name of the repository the run's commit came from */
  headRepo: string;
  /** pull requests GitHub attached to the run; empty for runs from forks */
  pullRequestNumbers: number[];
  conclusion: string | null;
  htmlUrl: string;
}

export interface GitHubContext {
  eventName: string;
  repo: RepoRef;
  /** GITHUB_SHA: for pull_request the merge commit, not the head */
  sha: string;
  /** the commit a check or status belongs on: the PR head, merge group head, or pushed commit */
  headSha: string;
  ref: string;
  apiUrl: string;
  serverUrl: string;
  runId: string;
  runAttempt: string;
  workflow: string;
  /** the workflow's file name (pr-gate.yml), from GITHUB_WORKFLOW_REF; '' when unknown */
  workflowFile: string;
  /** link to this run's page, where the artifacts are */
  runUrl: string;
  pullRequest?: PullRequestContext;
  workflowRun?: WorkflowRunContext;
  /** merge queue: the base branch the group will land on */
  mergeGroupBaseRef?: string;
}

type Json = Record<string, any>;

/** The page of an artifact of this run, where it can be downloaded. */
export function artifactUrl(context: GitHubContext, artifactId: number): string {
  return `${context.runUrl}/artifacts/${artifactId}`;
}

function required(env: Readonly<Record<string, string | undefined>>, name: string): string {
  const value = env[name];
  if (!value) throw new UserError(`The environment variable ${name} is not set.`, 'runner environment', 'Run the action inside a GitHub Actions job (the runner sets it), or set it yourself when running locally.');
  return value;
}

function stripRefsHeads(ref: string): string {
  return ref.replace(/^refs\/heads\//, '');
}

function pullRequestFrom(payload: Json): PullRequestContext | undefined {
  const pr = payload.pull_request;
  if (!pr || typeof pr.number !== 'number') return undefined;
  const baseRepo: string = pr.base?.repo?.full_name ?? payload.repository?.full_name ?? '';
  // A deleted fork has head.repo null: treat it as a fork, the safe side.
  const headRepo: string = pr.head?.repo?.full_name ?? '';
  return {
    number: pr.number,
    headSha: pr.head?.sha ?? '',
    headRef: pr.head?.ref ?? '',
    baseRef: pr.base?.ref ?? '',
    baseSha: pr.base?.sha ?? '',
    headRepo,
    isFork: headRepo === '' || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    labels: Array.isArray(pr.labels) ? pr.labels.map((l: Json) => String(l?.name ?? '')).filter(Boolean) : [],
  };
}

function workflowRunFrom(payload: Json): WorkflowRunContext | undefined {
  const run = payload.workflow_run;
  if (!run || typeof run.id !== 'number') return undefined;
  return {
    id: run.id,
    name: typeof run.name === 'string' ? run.name : '',
    event: run.event ?? '',
    headSha: run.head_sha ?? '',
    headBranch: run.head_branch ?? '',
    headRepo: run.head_repository?.full_name ?? '',
    pullRequestNumbers: Array.isArray(run.pull_requests) ? run.pull_requests.map((p: Json) => p?.number).filter((n: unknown) => typeof n === 'number') : [],
    conclusion: run.conclusion ?? null,
    htmlUrl: run.html_url ?? '',
  };
}

/** "owner/repo/.github/workflows/pr-gate.yml@refs/pull/42/merge" → "pr-gate.yml" */
function workflowFileFrom(ref: string | undefined): string {
  const path = (ref ?? '').split('@')[0] ?? '';
  const match = /\.github\/workflows\/([^/]+)$/.exec(path);
  return match ? match[1]! : '';
}

/** Reads GITHUB_* variables and the event payload at GITHUB_EVENT_PATH. */
export async function readGitHubContext(env: Readonly<Record<string, string | undefined>>): Promise<GitHubContext> {
  const eventName = required(env, 'GITHUB_EVENT_NAME');
  const repository = required(env, 'GITHUB_REPOSITORY');
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw new UserError(`GITHUB_REPOSITORY is "${repository}", not owner/name.`, 'runner environment', 'Set GITHUB_REPOSITORY to owner/name.');
  let payload: Json = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      payload = JSON.parse(await readFile(eventPath, 'utf8')) as Json;
    } catch (err) {
      throw new UserError(`Could not read the event payload: ${(err as Error).message}`, eventPath, 'GITHUB_EVENT_PATH must point at the JSON event the runner wrote.');
    }
  }
  const sha = env.GITHUB_SHA ?? '';
  const pullRequest = pullRequestFrom(payload);
  const workflowRun = workflowRunFrom(payload);
  const headSha = pullRequest?.headSha || payload.merge_group?.head_sha || workflowRun?.headSha || (eventName === 'push' ? payload.after : undefined) || sha;
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID ?? '';
  return {
    eventName,
    repo: { owner, repo },
    sha,
    headSha,
    ref: env.GITHUB_REF ?? '',
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workflow: env.GITHUB_WORKFLOW ?? '',
    workflowFile: workflowFileFrom(env.GITHUB_WORKFLOW_REF),
    runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : `${serverUrl}/${owner}/${repo}/actions`,
    pullRequest,
    workflowRun,
    mergeGroupBaseRef: payload.merge_group?.base_ref ? stripRefsHeads(payload.merge_group.base_ref) : undefined,
  };
}
