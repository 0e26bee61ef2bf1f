// publish-model's GitHub Release target: the model, its card and a sha256sum file attached to the
// release of the current tag. The settings are checked before anything is published, so that a
// run without a tag or a token fails before it moves an alias.
import { basename, join } from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { sha256File } from '../fs/digest.js';
import type { Logger } from '../log.js';
import type { ReleaseAssetFile, ReleaseResult } from '../github/releases.js';
import type { RepoRef } from '../github/context.js';

export interface ReleaseSettings {
  tag: string;
  repo: RepoRef;
  token: string;
  apiUrl: string;
  targetCommitish?: string;
}

const TAG_PREFIX = 'refs/tags/';

/** Where the release goes, from the inputs and the runner's environment; a UserError when it cannot be known. */
export function releaseSettings(tagInput: string, tokenInput: string, env: Readonly<Record<string, string | undefined>>): ReleaseSettings {
  const tag = tagInput.trim() || (env.GITHUB_REF?.startsWith(TAG_PREFIX) ? env.GITHUB_REF.slice(TAG_PREFIX.length) : '');
  if (!tag) {
    throw new UserError(
      `release is true but there is no tag to release: this run is for ${env.GITHUB_REF || 'no git ref (GITHUB_REF is unset)'}.`,
      'input release-tag',
      'Run publish-model on a tag push (on: push: tags: ["v*"]), or set release-tag to the tag whose release gets the model.',
    );
  }
  const [owner, repo, extra] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || extra !== undefined) {
    throw new UserError('release is true but the repository is unknown (GITHUB_REPOSITORY is not OWNER/NAME).', 'environment GITHUB_REPOSITORY', 'Run on GitHub Actions, or set GITHUB_REPOSITORY=OWNER/NAME (and GITHUB_TOKEN) to publish from a terminal.');
  }
  const token = tokenInput.trim() || env.GITHUB_TOKEN || '';
  if (!token) {
    throw new UserError('release is true but there is no GitHub token.', 'input github-token', 'Keep github-token at its default (${{ github.token }}) and give the job "contents: write"; from a terminal, set GITHUB_TOKEN.');
  }
  return { tag, repo: { owner, repo }, token, apiUrl: env.GITHUB_API_URL || 'https://api.github.com', targetCommitish: env.GITHUB_SHA || undefined };
}

export interface ReleaseFiles {
  name: string;
  version: string;
  modelFile: string;
  /** sha256:… of the model file, computed once already */
  modelDigest: string;
  modelBytes: number;
  cardFile: string;
  cardText: string;
  /** where the checksum file is written (output-dir) */
  dir: string;
}

/** The three assets: NAME-VERSION.onnx, NAME-VERSION.model-card.md and NAME-VERSION.sha256 (sha256sum -c reads it). */
export async function releaseAssets(files: ReleaseFiles): Promise<ReleaseAssetFile[]> {
  const stem = `${files.name}-${files.version}`;
  const cardDigest = `sha256:${await sha256File(files.cardFile)}`;
  const model: ReleaseAssetFile = { name: `${stem}.onnx`, path: files.modelFile, contentType: 'application/octet-stream', size: files.modelBytes, digest: files.modelDigest };
  const card: ReleaseAssetFile = { name: `${stem}.model-card.md`, path: files.cardFile, contentType: 'text/markdown; charset=utf-8', size: Buffer.byteLength(files.cardText), digest: cardDigest };
  const sums = [model, card].map((f) => `${f.digest.slice('sha256:'.length)}  ${f.name}\n`).join('');
  const sumsFile = join(files.dir, `${stem}.sha256`);
  await writeFileAtomic(sumsFile, sums);
  const checksum: ReleaseAssetFile = { name: basename(sumsFile), path: sumsFile, contentType: 'text/plain; charset=utf-8', size: Buffer.byteLength(sums), digest: `sha256:${await sha256File(sumsFile)}` };
  return [model, card, checksum];
}

export async function publishRelease(settings: ReleaseSettings, title: string, body: string, assets: ReleaseAssetFile[], logger: Logger, maskSecret?: (s: string) => void): Promise<ReleaseResult> {
  const { createGitHubClient } = await import('../github/client.js');
  const { publishReleaseAssets } = await import('../github/releases.js');
  const api = createGitHubClient({ token: settings.token, apiUrl: settings.apiUrl, logger, maskSecret });
  return publishReleaseAssets(api, settings.repo, { tag: settings.tag, title, body, targetCommitish: settings.targetCommitish }, assets, logger);
}
