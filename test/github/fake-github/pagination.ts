// GitHub's page/per_page pagination, in a module of its own: route files import it without
// importing routes.ts, which imports them (a release test loads routes-releases.ts first).
import type { RouteRequest } from './routes.js';

/** Link header and slice for GitHub's page/per_page pagination. */
export function paginate<T>(req: RouteRequest, path: string, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(req.query.get('per_page') ?? 30), 100);
  const page = Number(req.query.get('page') ?? 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const headers: Record<string, string> = {};
  const last = Math.max(1, Math.ceil(items.length / perPage));
  if (page < last) {
    const link = (p: number) => `<${req.baseUrl}${path}?per_page=${perPage}&page=${p}>`;
    headers.link = `${link(page + 1)}; rel="next", ${link(last)}; rel="last"`;
  }
  return { page: slice, headers };
}
