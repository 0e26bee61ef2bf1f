import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  sha256File
} from "./chunk-42RCFE6G.mjs";
import {
  writeFileAtomic
} from "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/publish/release.ts
import { basename, join } from "node:path";
var TAG_PREFIX = "refs/tags/";
function releaseSettings(tagInput, tokenInput, env) {
  const tag = tagInput.trim() || (env.GITHUB_REF?.startsWith(TAG_PREFIX) ? env.GITHUB_REF.slice(TAG_PREFIX.length) : "");
  if (!tag) {
    throw new UserError(
      `release is true but there is no tag to release: this run is for ${env.GITHUB_REF || "no git ref (GITHUB_REF is unset)"}.`,
      "input release-tag",
      'Run publish-model on a tag push (on: push: tags: ["v*"]), or set release-tag to the tag whose release gets the model.'
    );
  }
  const [owner, repo, extra] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo || extra !== void 0) {
    throw new UserError("release is true but the repository is unknown (GITHUB_REPOSITORY is not OWNER/NAME).", "environment GITHUB_REPOSITORY", "Run on GitHub Actions, or set GITHUB_REPOSITORY=OWNER/NAME (and GITHUB_TOKEN) to publish from a terminal.");
  }
  const token = tokenInput.trim() || env.GITHUB_TOKEN || "";
  if (!token) {
    throw new UserError("release is true but there is no GitHub token.", "input github-token", 'Keep github-token at its default (${{ github.token }}) and give the job "contents: write"; from a terminal, set GITHUB_TOKEN.');
  }
  return { tag, repo: { owner, repo }, token, apiUrl: env.GITHUB_API_URL || "https://api.github.com", targetCommitish: env.GITHUB_SHA || void 0 };
}
async function releaseAssets(files) {
  const stem = `${files.name}-${files.version}`;
  const cardDigest = `sha256:${await sha256File(files.cardFile)}`;
  const model = { name: `${stem}.onnx`, path: files.modelFile, contentType: "application/octet-stream", size: files.modelBytes, digest: files.modelDigest };
  const card = { name: `${stem}.model-card.md`, path: files.cardFile, contentType: "text/markdown; charset=utf-8", size: Buffer.byteLength(files.cardText), digest: cardDigest };
  const sums = [model, card].map((f) => `${f.digest.slice("sha256:".length)}  ${f.name}
`).join("");
  const sumsFile = join(files.dir, `${stem}.sha256`);
  await writeFileAtomic(sumsFile, sums);
  const checksum = { name: basename(sumsFile), path: sumsFile, contentType: "text/plain; charset=utf-8", size: Buffer.byteLength(sums), digest: `sha256:${await sha256File(sumsFile)}` };
  return [model, card, checksum];
}
async function publishRelease(settings, title, body, assets, logger, maskSecret) {
  const { createGitHubClient } = await import("./client-CY2XE7VB.mjs");
  const { publishReleaseAssets } = await import("./releases-GC544TI5.mjs");
  const api = createGitHubClient({ token: settings.token, apiUrl: settings.apiUrl, logger, maskSecret });
  return publishReleaseAssets(api, settings.repo, { tag: settings.tag, title, body, targetCommitish: settings.targetCommitish }, assets, logger);
}
export {
  publishRelease,
  releaseAssets,
  releaseSettings
};
