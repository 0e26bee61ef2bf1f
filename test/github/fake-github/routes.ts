import type { IncomingHttpHeaders } from 'node:http';
import type { FakeGitHubState, FakeRepoState, FakeComment, FakeCheckRun, FakePullRequest } from './state.js';
import { deploymentRoutes } from './routes-deployments.js';
import { issueRoutes } from './routes-issues.js';
import { releaseRoutes } from './routes-releases.js';
import { attestationRoutes } from './routes-attestations.js';
import { packageRoutes } from './routes-packages.js';
import { paginate } from './pagination.js';

/** What a route handler sees: the validated request, already parsed. */
export interface RouteRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: any;
  headers: IncomingHttpHeaders;
  baseUrl: string;
  state: FakeGitHubState;
  repo: FakeRepoState;
  fullName: string;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Paths below this prefix are the fake blob storage, not the API: not validated against OpenAPI. */
export const BLOB_PREFIX = '/_blob/';

export type Handler = (req: RouteRequest) => RouteResponse;

export const notFound: RouteResponse = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };

export function validationFailed(message: string, field: string): RouteResponse {
  return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Request', code: 'custom', field, message }], documentation_url: 'https://docs.github.com/rest' } };
}

function now(): string {
  return new Date().toISOString();
}

function commentJson(req: RouteRequest, c: FakeComment) {
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${req.baseUrl}/repos/${req.fullName}/issues/comments/${c.id}`,
    html_url: `https://github.com/${req.fullName}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${req.baseUrl}/repos/${req.fullName}/issues/${c.issueNumber}`,
    body: c.body,
    user: { login: c.user.login, id: c.user.id, type: c.user.type },
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'NONE',
  };
}

function pullJson(req: RouteRequest, p: FakePullRequest) {
  const [baseOwner] = req.fullName.split('/');
  const [headOwner] = p.headRepo.split('/');
  return {
    id: p.number * 7,
    number: p.number,
    state: 'open',
    title: `Pull request ${p.number}`,
    html_url: `https://github.com/${req.fullName}/pull/${p.number}`,
    labels: p.labels.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false })),
    head: { label: `${headOwner}:${p.headRef}`, ref: p.headRef, sha: p.headSha, repo: { full_name: p.headRepo, fork: p.headRepo.toLowerCase() !== req.fullName.toLowerCase() } },
    base: { label: `${baseOwner}:${p.baseRef}`, ref: p.baseRef, sha: p.baseSha, repo: { full_name: req.fullName, fork: false } },
  };
}

function checkRunJson(req: RouteRequest, c: FakeCheckRun) {
  return {
    id: c.id,
    head_sha: c.headSha,
    name: c.name,
    status: c.status,
    conclusion: c.conclusion,
    details_url: c.detailsUrl ?? null,
    url: `${req.baseUrl}/repos/${req.fullName}/check-runs/${c.id}`,
    html_url: `https://github.com/${req.fullName}/runs/${c.id}`,
    output: { title: c.output.title ?? null, summary: c.output.summary ?? null, text: c.output.text ?? null, annotations_count: c.annotations.length },
  };
}

function applyCheckOutput(run: FakeCheckRun, output: any): RouteResponse | undefined {
  if (!output) return undefined;
  if (output.title !== undefined) run.output.title = output.title;
  if (output.summary !== undefined) run.output.summary = output.summary;
  if (output.text !== undefined) run.output.text = output.text;
  for (const a of output.annotations ?? []) {
    if (a.start_line !== a.end_line && (a.start_column !== undefined || a.end_column !== undefined)) {
      return validationFailed('start_column and end_column may only be used on a single line', 'annotations');
    }
    run.annotations.push({ path: a.path, start_line: a.start_line, end_line: a.end_line, annotation_level: a.annotation_level, message: a.message, title: a.title });
  }
  return undefined;
}

export const routes: Record<string, Handler> = {
  ...deploymentRoutes,
  ...issueRoutes,
  ...releaseRoutes,
  ...attestationRoutes,
  ...packageRoutes,
  'issues/list-comments'(req) {
    const issue = Number(req.params.issue_number);
    const all = req.repo.commentsOn(issue).sort((a, b) => a.id - b.id);
    const { page, headers } = paginate(req, `/repos/${req.fullName}/issues/${issue}/comments`, all);
    return { status: 200, body: page.map((c) => commentJson(req, c)), headers };
  },
  'issues/create-comment'(req) {
    if (req.body.body.length > 65536) return validationFailed('Body is too long (maximum is 65536 characters)', 'body');
    const at = now();
    const comment: FakeComment = { id: req.state.id(), issueNumber: Number(req.params.issue_number), body: req.body.body, user: req.state.tokenUser, createdAt: at, updatedAt: at };
    req.repo.comments.push(comment);
    return { status: 201, body: commentJson(req, comment) };
  },
  'issues/get-comment'(req) {
    const comment = req.repo.comments.find((c) => c.id === Number(req.params.comment_id));
    return comment ? { status: 200, body: commentJson(req, comment) } : notFound;
  },
  'issues/update-comment'(req) {
    const comment = req.repo.comments.find((c) => c.id === Number(req.params.comment_id));
    if (!comment) return notFound;
    if (req.body.body.length > 65536) return validationFailed('Body is too long (maximum is 65536 characters)', 'body');
    comment.body = req.body.body;
    comment.updatedAt = now();
    return { status: 200, body: commentJson(req, comment) };
  },
  'issues/delete-comment'(req) {
    const index = req.repo.comments.findIndex((c) => c.id === Number(req.params.comment_id));
    if (index < 0) return notFound;
    req.repo.comments.splice(index, 1);
    return { status: 204 };
  },
  'pulls/get'(req) {
    const pull = req.repo.pulls.get(Number(req.params.pull_number));
    return pull ? { status: 200, body: pullJson(req, pull) } : notFound;
  },
  'issues/list-labels-on-issue'(req) {
    const pull = req.repo.pulls.get(Number(req.params.issue_number));
    if (!pull) return notFound;
    const { page, headers } = paginate(req, `/repos/${req.fullName}/issues/${pull.number}/labels`, pull.labels);
    return { status: 200, body: page.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false })), headers };
  },
  'checks/create'(req) {
    const b = req.body;
    const run: FakeCheckRun = {
      id: req.state.id(),
      name: b.name,
      headSha: b.head_sha,
      status: b.conclusion ? 'completed' : (b.status ?? 'queued'),
      conclusion: b.conclusion ?? null,
      detailsUrl: b.details_url,
      output: {},
      annotations: [],
    };
    const problem = applyCheckOutput(run, b.output);
    if (problem) return problem;
    req.repo.checkRuns.push(run);
    return { status: 201, body: checkRunJson(req, run) };
  },
  'checks/update'(req) {
    const run = req.repo.checkRuns.find((c) => c.id === Number(req.params.check_run_id));
    if (!run) return notFound;
    const b = req.body;
    if (b.name !== undefined) run.name = b.name;
    if (b.status !== undefined) run.status = b.status;
    if (b.conclusion !== undefined) {
      run.conclusion = b.conclusion;
      run.status = 'completed';
    }
    const problem = applyCheckOutput(run, b.output);
    if (problem) return problem;
    return { status: 200, body: checkRunJson(req, run) };
  },
  'repos/create-commit-status'(req) {
    const b = req.body;
    if (typeof b.description === 'string' && b.description.length > 140) return validationFailed('description is too long (maximum is 140 characters)', 'description');
    const status = { id: req.state.id(), sha: req.params.sha!, state: b.state, context: b.context ?? 'default', description: b.description, targetUrl: b.target_url };
    req.repo.statuses.push(status);
    return { status: 201, body: { id: status.id, state: status.state, context: status.context, description: status.description ?? null, target_url: status.targetUrl ?? null, url: `${req.baseUrl}/repos/${req.fullName}/statuses/${status.sha}` } };
  },
  'actions/list-workflow-runs'(req) {
    const workflow = req.params.workflow_id!;
    const branch = req.query.get('branch');
    const status = req.query.get('status');
    const event = req.query.get('event');
    const runs = req.repo.workflowRuns
      .filter((r) => r.workflowFile === workflow && (!branch || r.headBranch === branch) && (!event || r.event === event))
      .filter((r) => !status || r.status === status || r.conclusion === status)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const { page, headers } = paginate(req, `/repos/${req.fullName}/actions/workflows/${workflow}/runs`, runs);
    return {
      status: 200,
      headers,
      body: {
        total_count: runs.length,
        workflow_runs: page.map((r) => ({ id: r.id, head_branch: r.headBranch, head_sha: r.headSha, head_repository: { full_name: r.headRepo }, event: r.event, status: r.status, conclusion: r.conclusion, created_at: r.createdAt, html_url: `https://github.com/${req.fullName}/actions/runs/${r.id}` })),
      },
    };
  },
  'actions/download-artifact'(req) {
    const id = Number(req.params.artifact_id);
    if (req.params.archive_format !== 'zip' || !req.repo.artifactZips.has(id)) return notFound;
    // GitHub answers with a short-lived signed URL on its blob storage.
    return { status: 302, headers: { location: `${req.baseUrl}${BLOB_PREFIX}${encodeURIComponent(req.fullName)}/${id}.zip?sig=test` } };
  },
  'actions/list-workflow-run-artifacts'(req) {
    const run = req.repo.workflowRuns.find((r) => r.id === Number(req.params.run_id));
    if (!run) return notFound;
    const name = req.query.get('name');
    const artifacts = run.artifacts.filter((a) => !name || a.name === name);
    return { status: 200, body: { total_count: artifacts.length, artifacts: artifacts.map((a) => ({ id: a.id, name: a.name, size_in_bytes: a.sizeInBytes, expired: a.expired, workflow_run: { id: run.id, head_sha: run.headSha } })) } };
  },
};
