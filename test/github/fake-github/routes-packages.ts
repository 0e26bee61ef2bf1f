import type { FakeGitHubState } from './state.js';
// types only from routes.ts: it imports this file, and a test may load this file first
import type { Handler, RouteRequest, RouteResponse } from './routes.js';

const notFound: RouteResponse = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };

/** An owner's packages in the fake server: an organization or a user, with package names and types. */
export interface FakePackageOwner {
  kind: 'Organization' | 'User';
  packages: { name: string; type: 'container' | 'npm' | 'maven' | 'rubygems' | 'docker' | 'nuget' }[];
}

const owners = new WeakMap<FakeGitHubState, Map<string, FakePackageOwner>>();

/** The package owners of the fake server by login (tests add to it). */
export function packageOwnersOf(state: FakeGitHubState): Map<string, FakePackageOwner> {
  let map = owners.get(state);
  if (!map) {
    map = new Map();
    owners.set(state, map);
  }
  return map;
}

function list(req: RouteRequest, login: string, kind: FakePackageOwner['kind'], path: string) {
  const owner = packageOwnersOf(req.state).get(login);
  if (!owner || owner.kind !== kind) return notFound;
  const type = req.query.get('package_type');
  const found = owner.packages
    .map((p, i) => ({ ...p, id: 1000 + i }))
    .filter((p) => p.type === type)
    .map((p) => ({
      id: p.id,
      name: p.name,
      package_type: p.type,
      owner: { login, id: 7, type: kind },
      version_count: 1,
      visibility: 'private',
      url: `${req.baseUrl}${path.replace(/\/packages$/, '')}/packages/${p.type}/${encodeURIComponent(p.name)}`,
      html_url: `https://github.com/${kind === 'Organization' ? 'orgs/' : ''}${login}/packages/${p.type}/package/${encodeURIComponent(p.name)}`,
      created_at: '2026-12-05T07:00:00Z',
      updated_at: '2026-12-05T07:00:00Z',
    }));
  const perPage = Math.min(Number(req.query.get('per_page') ?? 30), 100);
  const page = Number(req.query.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(found.length / perPage));
  const headers: Record<string, string> = {};
  // the links keep the required package_type, as GitHub's do
  const link = (p: number) => `<${req.baseUrl}${path}?package_type=${type}&per_page=${perPage}&page=${p}>`;
  if (page < last) headers.link = `${link(page + 1)}; rel="next", ${link(last)}; rel="last"`;
  return { status: 200, body: found.slice((page - 1) * perPage, page * perPage), headers };
}

export const packageRoutes: Record<string, Handler> = {
  'packages/list-packages-for-organization': (req) => list(req, req.params.org!, 'Organization', `/orgs/${req.params.org}/packages`),
  'packages/list-packages-for-user': (req) => list(req, req.params.username!, 'User', `/users/${req.params.username}/packages`),
};
