import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  DefaultArtifactClient
} from "./chunk-6UZSA3JV.mjs";
import {
  GitHubUnavailableError,
  OPERATIONS
} from "./chunk-WU5CR57A.mjs";
import {
  OUTPUT_MANIFEST,
  verifyOutputManifest
} from "./chunk-HVFF6HEQ.mjs";
import {
  resolveInside
} from "./chunk-BFI5XRZB.mjs";
import {
  UserError,
  describeError
} from "./chunk-PWERFMPE.mjs";

// shared/github/artifact-transfer.ts
import { join } from "node:path";
var ARTIFACT_NAME = /^[^"':<>|*?\\/\r\n]{1,200}$/;
function actionsArtifactUploader() {
  const client = new DefaultArtifactClient();
  return {
    async uploadOutputDir(name, dir, retentionDays) {
      if (!ARTIFACT_NAME.test(name)) {
        throw new UserError(`The artifact name "${name}" is not allowed.`, "input upload-artifact", "Use letters, digits, dots, dashes and underscores; no quotes, colons, slashes, <, >, |, * or ?.");
      }
      if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
        throw new UserError("Uploading an artifact needs a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set).", "input upload-artifact", "Leave upload-artifact empty outside GitHub Actions; the files are in output-dir.");
      }
      const manifest = await verifyOutputManifest(dir);
      const files = [...manifest.files.map((f) => resolveInside(dir, f.path, "manifest entry")), join(dir, OUTPUT_MANIFEST)];
      try {
        const result = await client.uploadArtifact(name, files, dir, retentionDays ? { retentionDays } : void 0);
        return { id: result.id ?? 0, name, sizeBytes: result.size ?? 0, digest: result.digest };
      } catch (err) {
        throw new GitHubUnavailableError(`Could not upload the artifact "${name}": ${describeError(err)}`, void 0);
      }
    }
  };
}
function actionsArtifactDownloader(token, repo) {
  const client = new DefaultArtifactClient();
  return {
    async download(run, dir) {
      try {
        await client.downloadArtifact(run.artifactId, { path: dir, findBy: { token, workflowRunId: run.runId, repositoryOwner: repo.owner, repositoryName: repo.repo } });
      } catch (err) {
        const message = describeError(err);
        throw new GitHubUnavailableError(
          `Could not download the artifact "${run.artifactName}" of run ${run.runId}: ${message}. ${/403|401/.test(message) ? `The token needs "${OPERATIONS.readArtifacts.permission}".` : ""}`.trim(),
          void 0
        );
      }
    }
  };
}

export {
  actionsArtifactUploader,
  actionsArtifactDownloader
};
