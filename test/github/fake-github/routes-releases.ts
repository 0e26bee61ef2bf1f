import { createHash } from 'node:crypto';
import { perRepo } from './state.js';
import { paginate } from './pagination.js';
import type { RouteRequest, RouteResponse } from './routes.js';

/** What the fake GitHub remembers of releases, per repository. */
export interface FakeRelease {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  createdAt: string;
  assets: FakeReleaseAsset[];
}

export interface FakeReleaseAsset {
  id: number;
  name: string;
  label: string | null;
  /** "uploaded", or "starter" for an upload that broke off */
  state: string;
  contentType: string;
  bytes: Buffer;
  /** sha256:… as GitHub computes it; null for assets uploaded before GitHub kept digests */
  digest: string | null;
  createdAt: string;
}

/** The releases of a repository in the fake server (tests read them and seed them). */
export const releasesOf = perRepo<FakeRelease>();

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

const notFound: RouteResponse = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/releases/releases' } };
const user = (req: RouteRequest) => ({ login: req.state.tokenUser.login, id: req.state.tokenUser.id, type: req.state.tokenUser.type });

function assetJson(req: RouteRequest, a: FakeReleaseAsset, release: FakeRelease) {
  return {
    url: `${req.baseUrl}/repos/${req.fullName}/releases/assets/${a.id}`,
    browser_download_url: `https://github.com/${req.fullName}/releases/download/${encodeURIComponent(release.tagName)}/${encodeURIComponent(a.name)}`,
    id: a.id,
    node_id: `RA_${a.id}`,
    name: a.name,
    label: a.label,
    state: a.state,
    content_type: a.contentType,
    size: a.bytes.length,
    digest: a.digest,
    download_count: 0,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    uploader: user(req),
  };
}

function releaseJson(req: RouteRequest, r: FakeRelease) {
  const api = `${req.baseUrl}/repos/${req.fullName}/releases/${r.id}`;
  return {
    url: api,
    html_url: `https://github.com/${req.fullName}/releases/tag/${encodeURIComponent(r.tagName)}`,
    assets_url: `${api}/assets`,
    // GitHub's is on uploads.github.com; the fake takes the uploads on the same port
    upload_url: `${api}/assets{?name,label}`,
    tarball_url: `${req.baseUrl}/repos/${req.fullName}/tarball/${r.tagName}`,
    zipball_url: `${req.baseUrl}/repos/${req.fullName}/zipball/${r.tagName}`,
    id: r.id,
    node_id: `RE_${r.id}`,
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: false,
    created_at: r.createdAt,
    published_at: r.draft ? null : r.createdAt,
    author: user(req),
    assets: r.assets.map((a) => assetJson(req, a, r)),
  };
}

function byId(req: RouteRequest): FakeRelease | undefined {
  return releasesOf(req.repo).find((r) => r.id === Number(req.params.release_id));
}

/** Releases and release assets, as GitHub's REST API (and its uploads host) answers them. */
export const releaseRoutes: Record<string, (req: RouteRequest) => RouteResponse> = {
  'repos/get-release-by-tag'(req) {
    // drafts have no tag yet: GitHub does not find them by tag
    const r = releasesOf(req.repo).find((x) => x.tagName === req.params.tag && !x.draft);
    return r ? { status: 200, body: releaseJson(req, r) } : notFound;
  },
  'repos/list-releases'(req) {
    // newest first, drafts included (the token may push); pages linked as GitHub links them
    const { page, headers } = paginate(req, `/repos/${req.fullName}/releases`, [...releasesOf(req.repo)].reverse());
    return { status: 200, headers, body: page.map((r) => releaseJson(req, r)) };
  },
  'repos/get-release'(req) {
    const r = byId(req);
    return r ? { status: 200, body: releaseJson(req, r) } : notFound;
  },
  'repos/create-release'(req) {
    const b = req.body;
    if (releasesOf(req.repo).some((r) => r.tagName === b.tag_name)) {
      return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }], documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release' } };
    }
    if (typeof b.body === 'string' && b.body.length > 125000) {
      return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'custom', field: 'body', message: 'body is too long (maximum is 125000 characters)' }] } };
    }
    const r: FakeRelease = { id: req.state.id(), tagName: b.tag_name, targetCommitish: b.target_commitish ?? 'main', name: b.name ?? null, body: b.body ?? null, draft: b.draft ?? false, createdAt: new Date().toISOString(), assets: [] };
    releasesOf(req.repo).push(r);
    return { status: 201, body: releaseJson(req, r) };
  },
  'repos/list-release-assets'(req) {
    const r = byId(req);
    if (!r) return notFound;
    const { page, headers } = paginate(req, `/repos/${req.fullName}/releases/${r.id}/assets`, r.assets);
    return { status: 200, headers, body: page.map((a) => assetJson(req, a, r)) };
  },
  'repos/upload-release-asset'(req) {
    const r = byId(req);
    if (!r) return notFound;
    const name = req.query.get('name')!;
    if (r.assets.some((a) => a.name === name)) {
      return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }], documentation_url: 'https://docs.github.com/rest/releases/assets#upload-a-release-asset' } };
    }
    const bytes: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const asset: FakeReleaseAsset = { id: req.state.id(), name, label: req.query.get('label'), state: 'uploaded', contentType: String(req.headers['content-type']), bytes, digest: sha256Digest(bytes), createdAt: new Date().toISOString() };
    r.assets.push(asset);
    return { status: 201, body: assetJson(req, asset, r) };
  },
  'repos/delete-release-asset'(req) {
    for (const r of releasesOf(req.repo)) {
      const i = r.assets.findIndex((a) => a.id === Number(req.params.asset_id));
      if (i >= 0) {
        r.assets.splice(i, 1);
        return { status: 204 };
      }
    }
    return notFound;
  },
};
