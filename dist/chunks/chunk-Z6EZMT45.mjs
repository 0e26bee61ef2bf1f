import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  applyOverride
} from "./chunk-JAJFHHOH.mjs";
import {
  OPERATIONS,
  callGitHub
} from "./chunk-WU5CR57A.mjs";
import {
  describeError
} from "./chunk-PWERFMPE.mjs";

// shared/github/override.ts
async function hasOverrideLabel(api, repo, pullNumber, label, eventLabels, logger) {
  const wanted = label.trim().toLowerCase();
  if (!wanted) return false;
  let labels = eventLabels;
  if (api) {
    try {
      const { data } = await callGitHub(OPERATIONS.readPullRequest, () => api.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: pullNumber }));
      labels = data.labels.map((l) => l.name ?? "");
    } catch (err) {
      logger.warning(`Could not read the labels of pull request #${pullNumber}, using those of the event instead: ${describeError(err)}`);
    }
  }
  return labels.some((l) => l.toLowerCase() === wanted);
}
async function applyOverrideLabel(verdict, options) {
  if (verdict.passed || !verdict.gated) return verdict;
  const { api, repo, pullNumber, label, eventLabels, logger } = options;
  if (!await hasOverrideLabel(api, repo, pullNumber, label, eventLabels, logger)) return verdict;
  logger.warning(`The gate failed, but pull request #${pullNumber} carries the label "${label}": the gate is overridden and passes.`);
  return applyOverride(verdict, { by: `label "${label}"`, reason: `A maintainer added the label "${label}" to pull request #${pullNumber}.` });
}

export {
  hasOverrideLabel,
  applyOverrideLabel
};
