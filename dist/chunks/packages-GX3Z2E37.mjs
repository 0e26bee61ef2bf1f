import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  parseRemoteLocation
} from "./chunk-CD26EGYZ.mjs";
import {
  createGitHubClient,
  explainGitHubError
} from "./chunk-WU5CR57A.mjs";
import "./chunk-QXQYEFN3.mjs";
import "./chunk-RZQYQZ3R.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/github/packages.ts
var PACKAGES_OPERATION = { doing: "list the container packages", permission: "packages: read" };
async function listContainerPackages(api, owner) {
  try {
    const packages = await api.paginate(api.rest.packages.listPackagesForOrganization, { org: owner, package_type: "container", per_page: 100 });
    return packages.map((p) => p.name);
  } catch (err) {
    if (err.status !== 404) throw explainGitHubError(err, PACKAGES_OPERATION);
  }
  try {
    const packages = await api.paginate(api.rest.packages.listPackagesForUser, { username: owner, package_type: "container", per_page: 100 });
    return packages.map((p) => p.name);
  } catch (err) {
    throw explainGitHubError(err, PACKAGES_OPERATION);
  }
}
function modelNamesIn(packages, path) {
  const prefix = path ? `${path.replace(/\/+$/, "")}/` : "";
  return packages.filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes("/") && p.length > prefix.length).map((p) => p.slice(prefix.length)).sort();
}
async function ghcrModelNames(location, env, logger) {
  const { path } = parseRemoteLocation(location);
  const [owner, ...rest] = path.split("/");
  if (!owner) throw new UserError(`${location} names no owner.`, location, "Write oci://ghcr.io/OWNER/PATH, e.g. oci://ghcr.io/acme/models.");
  if (!env.GITHUB_TOKEN) throw new UserError(`Listing the models of ${location} needs a GitHub token (GHCR has no repository list of its own).`, "GITHUB_TOKEN", "Set GITHUB_TOKEN to a token with packages: read (read:packages for a personal token), or name a model: mlci registry versions NAME.");
  const api = createGitHubClient({ token: env.GITHUB_TOKEN, apiUrl: env.GITHUB_API_URL, logger });
  return modelNamesIn(await listContainerPackages(api, owner), rest.join("/"));
}
export {
  PACKAGES_OPERATION,
  ghcrModelNames,
  listContainerPackages,
  modelNamesIn
};
