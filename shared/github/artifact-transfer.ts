import { DefaultArtifactClient } from '@actions/artifact';
import { join } from 'node:path';
import { describeError, UserError } from '../errors.js';
import { OUTPUT_MANIFEST, verifyOutputManifest } from '../fs/output-manifest.js';
import { resolveInside } from '../fs/safe-path.js';
import { GitHubUnavailableError, OPERATIONS } from './client.js';
import type { RepoRef } from './context.js';
import type { ArtifactDownloader, BaselineRun } from './baseline.js';

/**
 * @actions/artifact behind the small interfaces the library uses. It reads GITHUB_API_URL when it
 * is first imported (through @actions/github), and ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL
 * when uploading: the runner sets all three; tests set them before importing this module.
 */

export interface UploadedArtifact {
  id: number;
  name: string;
  sizeBytes: number;
  /** sha256 of the zip as uploaded */
  digest?: string;
}

export interface ArtifactUploader {
  /** uploads a step's output directory, after checking it against its manifest.json */
  uploadOutputDir(name: string, dir: string, retentionDays?: number): Promise<UploadedArtifact>;
}

const ARTIFACT_NAME = /^[^"':<>|*?\\/\r\n]{1,200}$/;

export function actionsArtifactUploader(): ArtifactUploader {
  const client = new DefaultArtifactClient();
  return {
    async uploadOutputDir(name, dir, retentionDays) {
      if (!ARTIFACT_NAME.test(name)) {
        throw new UserError(`The artifact name "${name}" is not allowed.`, 'input upload-artifact', 'Use letters, digits, dots, dashes and underscores; no quotes, colons, slashes, <, >, |, * or ?.');
      }
      if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
        throw new UserError('Uploading an artifact needs a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set).', 'input upload-artifact', 'Leave upload-artifact empty outside GitHub Actions; the files are in output-dir.');
      }
      // What goes up is what the step wrote: the files its manifest lists, each still matching its
      // digest (a file changed since then fails here, not in the job that downloads it).
      const manifest = await verifyOutputManifest(dir);
      const files = [...manifest.files.map((f) => resolveInside(dir, f.path, 'manifest entry')), join(dir, OUTPUT_MANIFEST)];
      try {
        const result = await client.uploadArtifact(name, files, dir, retentionDays ? { retentionDays } : undefined);
        return { id: result.id ?? 0, name, sizeBytes: result.size ?? 0, digest: result.digest };
      } catch (err) {
        throw new GitHubUnavailableError(`Could not upload the artifact "${name}": ${describeError(err)}`, undefined);
      }
    },
  };
}

export function actionsArtifactDownloader(token: string, repo: RepoRef): ArtifactDownloader {
  const client = new DefaultArtifactClient();
  return {
    async download(run: BaselineRun, dir: string) {
      try {
        await client.downloadArtifact(run.artifactId, { path: dir, findBy: { token, workflowRunId: run.runId, repositoryOwner: repo.owner, repositoryName: repo.repo } });
      } catch (err) {
        const message = describeError(err);
        throw new GitHubUnavailableError(
          `Could not download the artifact "${run.artifactName}" of run ${run.runId}: ${message}. ${/403|401/.test(message) ? `The token needs "${OPERATIONS.readArtifacts.permission}".` : ''}`.trim(),
          undefined,
        );
      }
    },
  };
}
