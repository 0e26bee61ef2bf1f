import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { parseRemoteLocation } from '../registry/oci/remote-location.js';
import type { GitHubApi, GitHubOperation } from './client.js';
import { createGitHubClient, explainGitHubError } from './client.js';

/**
 * GHCR has no `/v2/_catalog`: the models under `oci://ghcr.io/OWNER/PATH` are found as the
 * owner's container packages through the GitHub Packages REST API (a package is named after the
 * repository path below the owner: `PATH/NAME`).
 */
export const PACKAGES_OPERATION = { doing: 'list the container packages', permission: 'packages: read' } as const satisfies GitHubOperation;

/** The names of an organization's or a user's container packages (an organization is tried first). */
export async function listContainerPackages(api: GitHubApi, owner: string): Promise<string[]> {
  try {
    const packages = await api.paginate(api.rest.packages.listPackagesForOrganization, { org: owner, package_type: 'container', per_page: 100 });
    return packages.map((p) => p.name);
  } catch (err) {
    // GitHub answers 404 for an owner that is a user, not an organization
    if ((err as { status?: number }).status !== 404) throw explainGitHubError(err, PACKAGES_OPERATION);
  }
  try {
    const packages = await api.paginate(api.rest.packages.listPackagesForUser, { username: owner, package_type: 'container', per_page: 100 });
    return packages.map((p) => p.name);
  } catch (err) {
    throw explainGitHubError(err, PACKAGES_OPERATION);
  }
}

/** the model names among package names: `PATH/NAME` for a store path `PATH` (NAME alone for none) */
export function modelNamesIn(packages: string[], path: string): string[] {
  const prefix = path ? `${path.replace(/\/+$/, '')}/` : '';
  return packages
    .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/') && p.length > prefix.length)
    .map((p) => p.slice(prefix.length))
    .sort();
}

/**
 * The model names of an `oci://ghcr.io/OWNER[/PATH]` store, from OWNER's container packages, with
 * GITHUB_TOKEN (`packages: read`) against GITHUB_API_URL (api.github.com by default).
 */
export async function ghcrModelNames(location: string, env: Readonly<Record<string, string | undefined>>, logger: Logger): Promise<string[]> {
  const { path } = parseRemoteLocation(location);
  const [owner, ...rest] = path.split('/');
  if (!owner) throw new UserError(`${location} names no owner.`, location, 'Write oci://ghcr.io/OWNER/PATH, e.g. oci://ghcr.io/acme/models.');
  if (!env.GITHUB_TOKEN) throw new UserError(`Listing the models of ${location} needs a GitHub token (GHCR has no repository list of its own).`, 'GITHUB_TOKEN', 'Set GITHUB_TOKEN to a token with packages: read (read:packages for a personal token), or name a model: mlci registry versions NAME.');
  const api = createGitHubClient({ token: env.GITHUB_TOKEN, apiUrl: env.GITHUB_API_URL, logger });
  return modelNamesIn(await listContainerPackages(api, owner), rest.join('/'));
}
