import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  explainGitHubError
} from "./chunk-WU5CR57A.mjs";
import "./chunk-QXQYEFN3.mjs";
import "./chunk-RZQYQZ3R.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/github/releases.ts
import { createReadStream } from "node:fs";
var RELEASE_OPERATION = { doing: "create the release and upload its assets", permission: "contents: write" };
var BODY_LIMIT = 125e3;
function statusOf(err) {
  const status = err?.status;
  return typeof status === "number" ? status : void 0;
}
async function call(request) {
  try {
    return await request();
  } catch (err) {
    throw explainGitHubError(err, RELEASE_OPERATION);
  }
}
async function releaseByTag(api, repo, tag) {
  try {
    return (await api.rest.repos.getReleaseByTag({ ...repo, tag })).data;
  } catch (err) {
    if (statusOf(err) === 404) return void 0;
    throw explainGitHubError(err, RELEASE_OPERATION);
  }
}
async function draftByTag(api, repo, tag) {
  const found = await call(
    () => api.paginate(api.rest.repos.listReleases, { ...repo, per_page: 100 }, (response, done) => {
      const draft = response.data.find((release) => release.draft && release.tag_name === tag);
      if (draft) done();
      return draft ? [draft] : [];
    })
  );
  return found[0];
}
async function findOrCreateRelease(api, repo, request, logger) {
  const existing = await releaseByTag(api, repo, request.tag) ?? await draftByTag(api, repo, request.tag);
  if (existing?.draft) logger.info(`The release of ${request.tag} is a draft (${existing.html_url}): the assets are attached to it, and it stays a draft until someone publishes it.`);
  if (existing) return { release: existing, created: false };
  const body = request.body.length > BODY_LIMIT ? `${request.body.slice(0, BODY_LIMIT - 80)}

\u2026(cut: the full model card is attached as an asset)
` : request.body;
  try {
    const created = await api.rest.repos.createRelease({
      ...repo,
      tag_name: request.tag,
      name: request.title,
      body,
      ...request.targetCommitish ? { target_commitish: request.targetCommitish } : {}
    });
    logger.info(`Created the GitHub release ${request.tag}: ${created.data.html_url}`);
    return { release: created.data, created: true };
  } catch (err) {
    if (statusOf(err) === 422) {
      const raced = await releaseByTag(api, repo, request.tag);
      if (raced) return { release: raced, created: false };
    }
    throw explainGitHubError(err, RELEASE_OPERATION);
  }
}
async function publishReleaseAssets(api, repo, request, files, logger) {
  const { release, created } = await findOrCreateRelease(api, repo, request, logger);
  const present = await call(() => api.paginate(api.rest.repos.listReleaseAssets, { ...repo, release_id: release.id, per_page: 100 }));
  const byName = new Map(present.map((a) => [a.name, a]));
  const conflicts = [];
  for (const file of files) {
    const asset = byName.get(file.name);
    if (!asset || asset.state !== "uploaded") continue;
    if (!asset.digest) conflicts.push(`${file.name} is already attached and GitHub reports no digest for it, so mlci cannot tell whether it holds these bytes (${file.digest})`);
    else if (asset.digest !== file.digest) conflicts.push(`${file.name} is already attached with other bytes (${asset.digest}, this run has ${file.digest})`);
  }
  if (conflicts.length) {
    throw new UserError(
      `The release ${request.tag} already has different assets: ${conflicts.join("; ")}. mlci never replaces a release asset.`,
      `the GitHub release ${release.html_url}`,
      "Publish from a new tag (release-tag) for new model bytes; or, if the attached files are wrong, delete them from the release by hand and rerun."
    );
  }
  const assets = [];
  for (const file of files) {
    const asset = byName.get(file.name);
    if (asset?.state === "uploaded") {
      logger.info(`Release asset ${file.name} is already attached with the same sha256; kept.`);
      assets.push({ name: file.name, digest: file.digest, url: asset.browser_download_url, status: "kept" });
      continue;
    }
    if (asset) await call(() => api.rest.repos.deleteReleaseAsset({ ...repo, asset_id: asset.id }));
    const uploaded = await uploadAsset(api, release, file);
    if (uploaded.digest && uploaded.digest !== file.digest) {
      throw new Error(`GitHub stored ${file.name} with the digest ${uploaded.digest}, not the ${file.digest} that was sent: the upload was corrupted. Delete the asset and rerun.`);
    }
    logger.info(`Uploaded ${file.name} (${file.size} bytes) to the release ${request.tag}.`);
    assets.push({ name: file.name, digest: file.digest, url: uploaded.browser_download_url, status: "uploaded" });
  }
  return { id: release.id, url: release.html_url, created, assets };
}
async function uploadAsset(api, release, file) {
  const response = await call(
    () => api.request({
      method: "POST",
      // upload_url is a URI template (…/assets{?name,label}); Octokit would leave a stray "&" for the unused label
      url: `${release.upload_url.replace(/\{\?[^}]*\}$/, "")}?name=${encodeURIComponent(file.name)}`,
      data: createReadStream(file.path),
      headers: { "content-type": file.contentType, "content-length": file.size },
      // a stream cannot be sent twice: a failed upload is left to a rerun, which is safe
      request: { retries: 0 }
    })
  );
  return response.data;
}
export {
  RELEASE_OPERATION,
  publishReleaseAssets
};
