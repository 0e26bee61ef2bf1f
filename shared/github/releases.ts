import { createReadStream } from 'node:fs';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import type { GitHubApi, GitHubOperation } from './client.js';
import { explainGitHubError } from './client.js';
import type { RepoRef } from './context.js';

/**
 * A model as assets of the GitHub release of a tag: created when absent, assets uploaded once.
 * Reruns are safe: an asset already there with the same sha256 (GitHub reports each asset's
 * digest) is kept; one with other bytes is refused, never replaced, since people may already have
 * downloaded and pinned it.
 */

export const RELEASE_OPERATION = { doing: 'create the release and upload its assets', permission: 'contents: write' } as const satisfies GitHubOperation;

/** GitHub refuses a release body above 125000 characters */
const BODY_LIMIT = 125_000;

export interface ReleaseAssetFile {
  /** the asset's name in the release */
  name: string;
  path: string;
  contentType: string;
  size: number;
  /** sha256:… of the file */
  digest: string;
}

export interface ReleaseRequest {
  tag: string;
  /** the release's title when it is created */
  title: string;
  /** the release notes when it is created (an existing release's notes are left alone) */
  body: string;
  /** the commit a missing tag is created on */
  targetCommitish?: string;
}

export interface ReleaseResult {
  id: number;
  url: string;
  created: boolean;
  assets: { name: string; digest: string; url: string; status: 'uploaded' | 'kept' }[];
}

interface ReleaseData {
  id: number;
  html_url: string;
  upload_url: string;
  draft?: boolean;
}

interface AssetData {
  id: number;
  name: string;
  state: string;
  digest?: string | null;
  browser_download_url: string;
}

function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (err) {
    throw explainGitHubError(err, RELEASE_OPERATION);
  }
}

async function releaseByTag(api: GitHubApi, repo: RepoRef, tag: string): Promise<ReleaseData | undefined> {
  try {
    return (await api.rest.repos.getReleaseByTag({ ...repo, tag })).data;
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw explainGitHubError(err, RELEASE_OPERATION);
  }
}

/**
 * A draft release naming `tag` (release-drafter and hand-made drafts), which GitHub's by-tag lookup
 * never finds: a draft has no tag yet. The list is read page by page until the draft is found (its
 * order is not documented), so a draft past the first page is not missed and duplicated.
 */
async function draftByTag(api: GitHubApi, repo: RepoRef, tag: string): Promise<ReleaseData | undefined> {
  const found = await call(() =>
    api.paginate(api.rest.repos.listReleases, { ...repo, per_page: 100 }, (response, done) => {
      const draft = response.data.find((release) => release.draft && release.tag_name === tag);
      if (draft) done();
      return draft ? [draft] : [];
    }),
  );
  return (found as ReleaseData[])[0];
}

async function findOrCreateRelease(api: GitHubApi, repo: RepoRef, request: ReleaseRequest, logger: Logger): Promise<{ release: ReleaseData; created: boolean }> {
  const existing = (await releaseByTag(api, repo, request.tag)) ?? (await draftByTag(api, repo, request.tag));
  if (existing?.draft) logger.info(`The release of ${request.tag} is a draft (${existing.html_url}): the assets are attached to it, and it stays a draft until someone publishes it.`);
  if (existing) return { release: existing, created: false };
  const body = request.body.length > BODY_LIMIT ? `${request.body.slice(0, BODY_LIMIT - 80)}\n\n…(cut: the full model card is attached as an asset)\n` : request.body;
  try {
    const created = await api.rest.repos.createRelease({
      ...repo,
      tag_name: request.tag,
      name: request.title,
      body,
      ...(request.targetCommitish ? { target_commitish: request.targetCommitish } : {}),
    });
    logger.info(`Created the GitHub release ${request.tag}: ${created.data.html_url}`);
    return { release: created.data, created: true };
  } catch (err) {
    // another job created it between our look and our create: use theirs
    if (statusOf(err) === 422) {
      const raced = await releaseByTag(api, repo, request.tag);
      if (raced) return { release: raced, created: false };
    }
    throw explainGitHubError(err, RELEASE_OPERATION);
  }
}

/** Attaches `files` to the release of `request.tag`, creating the release when there is none. */
export async function publishReleaseAssets(api: GitHubApi, repo: RepoRef, request: ReleaseRequest, files: ReleaseAssetFile[], logger: Logger): Promise<ReleaseResult> {
  const { release, created } = await findOrCreateRelease(api, repo, request, logger);
  const present = await call(() => api.paginate(api.rest.repos.listReleaseAssets, { ...repo, release_id: release.id, per_page: 100 }));
  const byName = new Map((present as AssetData[]).map((a) => [a.name, a]));

  // every conflict is found before anything is uploaded, so a refused rerun changes nothing
  const conflicts: string[] = [];
  for (const file of files) {
    const asset = byName.get(file.name);
    if (!asset || asset.state !== 'uploaded') continue;
    if (!asset.digest) conflicts.push(`${file.name} is already attached and GitHub reports no digest for it, so mlci cannot tell whether it holds these bytes (${file.digest})`);
    else if (asset.digest !== file.digest) conflicts.push(`${file.name} is already attached with other bytes (${asset.digest}, this run has ${file.digest})`);
  }
  if (conflicts.length) {
    throw new UserError(
      `The release ${request.tag} already has different assets: ${conflicts.join('; ')}. mlci never replaces a release asset.`,
      `the GitHub release ${release.html_url}`,
      'Publish from a new tag (release-tag) for new model bytes; or, if the attached files are wrong, delete them from the release by hand and rerun.',
    );
  }

  const assets: ReleaseResult['assets'] = [];
  for (const file of files) {
    const asset = byName.get(file.name);
    if (asset?.state === 'uploaded') {
      logger.info(`Release asset ${file.name} is already attached with the same sha256; kept.`);
      assets.push({ name: file.name, digest: file.digest, url: asset.browser_download_url, status: 'kept' });
      continue;
    }
    // an upload that broke off leaves an asset in state "starter": nobody can download it, so it goes
    if (asset) await call(() => api.rest.repos.deleteReleaseAsset({ ...repo, asset_id: asset.id }));
    const uploaded = await uploadAsset(api, release, file);
    if (uploaded.digest && uploaded.digest !== file.digest) {
      throw new Error(`GitHub stored ${file.name} with the digest ${uploaded.digest}, not the ${file.digest} that was sent: the upload was corrupted. Delete the asset and rerun.`);
    }
    logger.info(`Uploaded ${file.name} (${file.size} bytes) to the release ${request.tag}.`);
    assets.push({ name: file.name, digest: file.digest, url: uploaded.browser_download_url, status: 'uploaded' });
  }
  return { id: release.id, url: release.html_url, created, assets };
}

/** Streams the file to the release's upload URL (uploads.github.com on github.com), which the release names. */
async function uploadAsset(api: GitHubApi, release: ReleaseData, file: ReleaseAssetFile): Promise<AssetData> {
  const response = await call(() =>
    api.request({
      method: 'POST',
      // upload_url is a URI template (…/assets{?name,label}); Octokit would leave a stray "&" for the unused label
      url: `${release.upload_url.replace(/\{\?[^}]*\}$/, '')}?name=${encodeURIComponent(file.name)}`,
      data: createReadStream(file.path),
      headers: { 'content-type': file.contentType, 'content-length': file.size },
      // a stream cannot be sent twice: a failed upload is left to a rerun, which is safe
      request: { retries: 0 },
    }),
  );
  return response.data as AssetData;
}
