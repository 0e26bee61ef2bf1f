// Issues, workflow_dispatch and repository_dispatch: what mlci monitor writes. The answers follow
// GitHub's documented shapes; the requests are validated against the OpenAPI description before
// they get here.
import type { FakeIssue } from './state.js';
import { paginate } from './pagination.js';
import { notFound, validationFailed, type Handler, type RouteRequest } from './routes.js';

function issueJson(req: RouteRequest, i: FakeIssue) {
  return {
    id: i.number * 11,
    node_id: `I_${i.number}`,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.stateReason,
    labels: i.labels.map((name, k) => ({ id: k + 1, name, color: 'ededed', default: false })),
    user: { login: i.user.login, id: i.user.id, type: i.user.type },
    url: `${req.baseUrl}/repos/${req.fullName}/issues/${i.number}`,
    html_url: `https://github.com/${req.fullName}/issues/${i.number}`,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
  };
}

function nextIssueNumber(req: RouteRequest): number {
  return Math.max(0, ...req.repo.issues.map((i) => i.number), ...req.repo.pulls.keys()) + 1;
}

export const issueRoutes: Record<string, Handler> = {
  'issues/list-for-repo'(req) {
    const state = req.query.get('state') ?? 'open';
    const labels = (req.query.get('labels') ?? '').split(',').filter(Boolean);
    const direction = req.query.get('direction') ?? 'desc';
    const found = req.repo.issues
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.includes(l)))
      .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
    const { page, headers } = paginate(req, `/repos/${req.fullName}/issues`, found);
    return { status: 200, body: page.map((i) => issueJson(req, i)), headers };
  },
  'issues/get'(req) {
    const issue = req.repo.issues.find((i) => i.number === Number(req.params.issue_number));
    return issue ? { status: 200, body: issueJson(req, issue) } : notFound;
  },
  'issues/create'(req) {
    const b = req.body;
    if (typeof b.body === 'string' && b.body.length > 65536) return validationFailed('body is too long (maximum is 65536 characters)', 'body');
    const at = new Date().toISOString();
    const labels = (b.labels ?? []).map((l: string | { name: string }) => (typeof l === 'string' ? l : l.name));
    const issue: FakeIssue = { number: nextIssueNumber(req), title: String(b.title), body: b.body ?? '', state: 'open', stateReason: null, labels, user: req.state.tokenUser, createdAt: at, updatedAt: at };
    req.repo.issues.push(issue);
    return { status: 201, body: issueJson(req, issue) };
  },
  'issues/update'(req) {
    const issue = req.repo.issues.find((i) => i.number === Number(req.params.issue_number));
    if (!issue) return notFound;
    const b = req.body;
    if (typeof b.body === 'string' && b.body.length > 65536) return validationFailed('body is too long (maximum is 65536 characters)', 'body');
    if (b.title !== undefined) issue.title = b.title;
    if (b.body !== undefined) issue.body = b.body ?? '';
    if (b.state !== undefined) {
      issue.state = b.state;
      issue.stateReason = b.state === 'closed' ? (b.state_reason ?? 'completed') : b.state_reason === 'reopened' || issue.stateReason ? 'reopened' : null;
    }
    issue.updatedAt = new Date().toISOString();
    return { status: 200, body: issueJson(req, issue) };
  },
  'actions/create-workflow-dispatch'(req) {
    const id = req.params.workflow_id!;
    const workflow = req.repo.workflows.find((w) => w.file === id || String(w.id) === id);
    if (!workflow) return notFound;
    const inputs = (req.body.inputs ?? {}) as Record<string, string>;
    const unexpected = Object.keys(inputs).filter((k) => !workflow.inputs.includes(k));
    if (unexpected.length) return { status: 422, body: { message: `Unexpected inputs provided: ${JSON.stringify(unexpected)}`, documentation_url: 'https://docs.github.com/rest' } };
    const runId = req.state.id();
    req.repo.dispatches.push({ workflowFile: workflow.file, ref: req.body.ref, inputs, runId });
    req.repo.workflowRuns.push({ id: runId, workflowFile: workflow.file, headBranch: String(req.body.ref).replace(/^refs\/heads\//, ''), headSha: 'f'.repeat(40), event: 'workflow_dispatch', headRepo: req.fullName, status: 'queued', conclusion: null, createdAt: new Date().toISOString(), artifacts: [] });
    if (req.body.return_run_details !== true) return { status: 204 };
    return { status: 200, body: { workflow_run_id: runId, run_url: `${req.baseUrl}/repos/${req.fullName}/actions/runs/${runId}`, html_url: `https://github.com/${req.fullName}/actions/runs/${runId}` } };
  },
  'repos/create-dispatch-event'(req) {
    req.repo.repositoryDispatches.push({ eventType: req.body.event_type, clientPayload: req.body.client_payload ?? {} });
    return { status: 204 };
  },
};
