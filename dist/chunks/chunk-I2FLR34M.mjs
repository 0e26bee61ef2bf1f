import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  literalDefault
} from "./chunk-VV3CKB34.mjs";
import {
  runStep
} from "./chunk-RJKKXVQB.mjs";
import {
  debug,
  error,
  getInput,
  group,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-PV2N7Z3O.mjs";
import {
  verifyOutputManifest
} from "./chunk-HVFF6HEQ.mjs";
import {
  UserError,
  describeError,
  isUserError
} from "./chunk-PWERFMPE.mjs";

// shared/github/runner-host.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// shared/github/artifact-store.ts
function actionsArtifactStore() {
  return {
    kind: "GitHub Actions artifact",
    // @actions/artifact and Octokit load when an artifact moves, not with every action's start
    upload: async (name, dir) => (await import("./artifact-transfer-OWCK6Z5Z.mjs")).actionsArtifactUploader().uploadOutputDir(name, dir),
    async download(name, dir) {
      const { DefaultArtifactClient } = await import("./artifact-YXK4VI6Z.mjs");
      const { GitHubUnavailableError } = await import("./client-CY2XE7VB.mjs");
      const client = new DefaultArtifactClient();
      let id;
      try {
        id = (await client.getArtifact(name)).artifact.id;
      } catch (err) {
        const message = describeError(err);
        if (/not found|no artifact/i.test(message)) {
          throw new UserError(`This run has no artifact "${name}".`, `artifact:${name}`, "Upload it in an earlier job of the same run (upload-artifact input) and make this job depend on that one (needs:).");
        }
        throw new GitHubUnavailableError(`Could not look up the artifact "${name}": ${message}`, void 0);
      }
      try {
        await client.downloadArtifact(id, { path: dir });
      } catch (err) {
        throw new GitHubUnavailableError(`Could not download the artifact "${name}": ${describeError(err)}`, void 0);
      }
      await verifyOutputManifest(dir);
    }
  };
}

// shared/github/runner-host.ts
var runnerLogger = {
  info: (m) => info(m),
  warning: (m, loc) => warning(m, loc ? { file: loc.file, startLine: loc.line } : void 0),
  error: (m, loc) => error(m, loc ? { file: loc.file, startLine: loc.line } : void 0),
  debug: (m) => debug(m),
  group: (title, body) => group(title, body)
};
var actionsCache = () => import("./cache-PSAKBH5C.mjs");
var actionsDirectoryCache = {
  async restore(key, dir) {
    const cache = await actionsCache();
    if (!cache.isFeatureAvailable()) return false;
    try {
      return await cache.restoreCache([dir], key) !== void 0;
    } catch (err) {
      warning(`Cache restore of ${key} failed, continuing without it: ${err.message}`);
      return false;
    }
  },
  async save(key, dir) {
    const cache = await actionsCache();
    if (!cache.isFeatureAvailable()) return;
    try {
      await cache.saveCache([dir], key);
    } catch (err) {
      info(`Cache save of ${key} skipped: ${err.message}`);
    }
  }
};
function runnerTemp() {
  return process.env.RUNNER_TEMP || mkdtempSync(join(tmpdir(), "mlci-"));
}
function createRunnerHost(step) {
  const temp = runnerTemp();
  return {
    input(name) {
      const value = getInput(name);
      if (value && /token|password|secret/i.test(name)) setSecret(value);
      return value === "" ? literalDefault(step.inputs[name]) : value;
    },
    setOutput: (name, value) => setOutput(name, value),
    async summary(markdown) {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await summary.addRaw(markdown, true).write();
    },
    logger: runnerLogger,
    tempDir: temp,
    toolCacheDir: process.env.RUNNER_TOOL_CACHE || join(temp, "tool-cache"),
    cache: actionsDirectoryCache,
    env: process.env,
    onRunner: true,
    artifacts: actionsArtifactStore()
  };
}
async function runStepOnRunner(step) {
  try {
    const host = createRunnerHost(step);
    host.ownsProcess = true;
    const outcome = await runStep(step, host);
    if (outcome.failure) setFailed(outcome.failure);
  } catch (err) {
    if (isUserError(err)) {
      if (err.location) error(err.message, { file: err.location.file, startLine: err.location.line });
      setFailed(err.message);
    } else if (err?.name === "GitHubUnavailableError") {
      setFailed(`${err.message} (GitHub did not answer; rerun the job when it is back.)`);
    } else {
      const e = err;
      setFailed(`mlci ${step.name} failed unexpectedly (a bug in mlci, please report it): ${e?.stack ?? String(err)}`);
    }
  }
}

export {
  runStepOnRunner
};
