import { describeError, UserError } from '../errors.js';
import { verifyOutputManifest } from '../fs/output-manifest.js';
import type { ArtifactStore } from '../steps/types.js';

/**
 * GitHub Actions artifacts of the current run: what one job uploads (upload-artifact), a later
 * job of the same run reads by name (`artifact:NAME/path`). Same-run access goes through the
 * runner's own credentials, so it needs no token permission.
 */
export function actionsArtifactStore(): ArtifactStore {
  return {
    kind: 'GitHub Actions artifact',
    // @actions/artifact and Octokit load when an artifact moves, not with every action's start
    upload: async (name, dir) => (await import('./artifact-transfer.js')).actionsArtifactUploader().uploadOutputDir(name, dir),
    async download(name, dir) {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const { GitHubUnavailableError } = await import('./client.js');
      const client = new DefaultArtifactClient();
      let id: number;
      try {
        id = (await client.getArtifact(name)).artifact.id;
      } catch (err) {
        const message = describeError(err);
        if (/not found|no artifact/i.test(message)) {
          throw new UserError(`This run has no artifact "${name}".`, `artifact:${name}`, 'Upload it in an earlier job of the same run (upload-artifact input) and make this job depend on that one (needs:).');
        }
        throw new GitHubUnavailableError(`Could not look up the artifact "${name}": ${message}`, undefined);
      }
      try {
        await client.downloadArtifact(id, { path: dir });
      } catch (err) {
        throw new GitHubUnavailableError(`Could not download the artifact "${name}": ${describeError(err)}`, undefined);
      }
      await verifyOutputManifest(dir);
    },
  };
}
