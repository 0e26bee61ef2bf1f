import type { FakeRepoState } from './state.js';
import type { RouteRequest, RouteResponse } from './routes.js';

/** What the fake GitHub remembers of deployments, per repository. */
export interface FakeDeployment {
  id: number;
  ref: string;
  sha: string;
  task: string;
  environment: string;
  payload: unknown;
  description: string | null;
  productionEnvironment: boolean;
  transientEnvironment: boolean;
  createdAt: string;
  statuses: FakeDeploymentStatus[];
}

export interface FakeDeploymentStatus {
  id: number;
  state: string;
  description: string;
  environmentUrl: string;
  logUrl: string;
  createdAt: string;
}

const deployments = new WeakMap<FakeRepoState, FakeDeployment[]>();

/** The deployments of a repository in the fake server, oldest first (tests read them). */
export function deploymentsOf(repo: FakeRepoState): FakeDeployment[] {
  let list = deployments.get(repo);
  if (!list) {
    list = [];
    deployments.set(repo, list);
  }
  return list;
}

const notFound: RouteResponse = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };

// timestamps that always increase, so that "newest first" is well defined within one millisecond
let clock = Date.parse('2026-12-05T07:00:00Z');
const now = () => new Date((clock += 1000)).toISOString();

function deploymentJson(req: RouteRequest, d: FakeDeployment) {
  return {
    url: `${req.baseUrl}/repos/${req.fullName}/deployments/${d.id}`,
    id: d.id,
    node_id: `DE_${d.id}`,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: { login: req.state.tokenUser.login, id: req.state.tokenUser.id, type: req.state.tokenUser.type },
    created_at: d.createdAt,
    updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${req.baseUrl}/repos/${req.fullName}/deployments/${d.id}/statuses`,
    repository_url: `${req.baseUrl}/repos/${req.fullName}`,
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
  };
}

function statusJson(req: RouteRequest, d: FakeDeployment, s: FakeDeploymentStatus) {
  return {
    url: `${req.baseUrl}/repos/${req.fullName}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: `DES_${s.id}`,
    state: s.state,
    creator: { login: req.state.tokenUser.login, id: req.state.tokenUser.id, type: req.state.tokenUser.type },
    description: s.description,
    environment: d.environment,
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${req.baseUrl}/repos/${req.fullName}/deployments/${d.id}`,
    repository_url: `${req.baseUrl}/repos/${req.fullName}`,
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
  };
}

function find(req: RouteRequest): FakeDeployment | undefined {
  return deploymentsOf(req.repo).find((d) => d.id === Number(req.params.deployment_id));
}

/** Deployments and deployment statuses, as GitHub's REST API answers them. */
export const deploymentRoutes: Record<string, (req: RouteRequest) => RouteResponse> = {
  'repos/create-deployment'(req) {
    const b = req.body;
    // GitHub checks the ref's commit statuses unless told which contexts matter; the fake has
    // none to check, so it holds callers to saying so, as a deploy from a running workflow must
    if (b.required_contexts === undefined) {
      return { status: 409, body: { message: 'Conflict: Commit status checks failed for main.', documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment' } };
    }
    const environment = b.environment ?? 'production';
    const d: FakeDeployment = {
      id: req.state.id(),
      ref: b.ref,
      sha: /^[0-9a-f]{40}$/.test(b.ref) ? b.ref : '0'.repeat(40),
      task: b.task ?? 'deploy',
      environment,
      payload: b.payload ?? {},
      description: b.description ?? null,
      productionEnvironment: b.production_environment ?? environment === 'production',
      transientEnvironment: b.transient_environment ?? false,
      createdAt: now(),
      statuses: [],
    };
    deploymentsOf(req.repo).push(d);
    return { status: 201, body: deploymentJson(req, d) };
  },
  'repos/list-deployments'(req) {
    const q = req.query;
    const list = deploymentsOf(req.repo)
      .filter((d) => (!q.get('environment') || d.environment === q.get('environment')) && (!q.get('task') || d.task === q.get('task')) && (!q.get('ref') || d.ref === q.get('ref')))
      .slice()
      .reverse();
    const perPage = Math.min(Number(q.get('per_page') ?? 30), 100);
    return { status: 200, body: list.slice(0, perPage).map((d) => deploymentJson(req, d)) };
  },
  'repos/get-deployment'(req) {
    const d = find(req);
    return d ? { status: 200, body: deploymentJson(req, d) } : notFound;
  },
  'repos/create-deployment-status'(req) {
    const d = find(req);
    if (!d) return notFound;
    const b = req.body;
    const s: FakeDeploymentStatus = { id: req.state.id(), state: b.state, description: b.description ?? '', environmentUrl: b.environment_url ?? '', logUrl: b.log_url ?? b.target_url ?? '', createdAt: now() };
    d.statuses.push(s);
    // GitHub's auto_inactive (true by default): a success retires the environment's earlier deployments
    if (b.state === 'success' && b.auto_inactive !== false) {
      for (const other of deploymentsOf(req.repo)) {
        if (other !== d && other.environment === d.environment && !other.transientEnvironment && other.statuses.at(-1)?.state === 'success') {
          other.statuses.push({ id: req.state.id(), state: 'inactive', description: '', environmentUrl: '', logUrl: '', createdAt: now() });
        }
      }
    }
    return { status: 201, body: statusJson(req, d, s) };
  },
  'repos/list-deployment-statuses'(req) {
    const d = find(req);
    if (!d) return notFound;
    const perPage = Math.min(Number(req.query.get('per_page') ?? 30), 100);
    return { status: 200, body: d.statuses.slice().reverse().slice(0, perPage).map((s) => statusJson(req, d, s)) };
  },
};
