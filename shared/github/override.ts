import { describeError } from '../errors.js';
import type { GateVerdict } from '../evaluate/types.js';
import { applyOverride } from '../gate/override.js';
import type { Logger } from '../log.js';
import { callGitHub, OPERATIONS, type GitHubApi } from './client.js';
import type { RepoRef } from './context.js';

export { DEFAULT_OVERRIDE_LABEL } from './step-inputs.js';

/**
 * Whether the pull request carries the override label now. The API has the current labels (a
 * label added after the push counts when the job is re-run); the event's labels are the fallback
 * when the API cannot be asked. Label names compare case-insensitively, as GitHub's do.
 */
export async function hasOverrideLabel(
  api: GitHubApi | undefined,
  repo: RepoRef,
  pullNumber: number,
  label: string,
  eventLabels: readonly string[],
  logger: Logger,
): Promise<boolean> {
  const wanted = label.trim().toLowerCase();
  if (!wanted) return false;
  let labels = eventLabels;
  if (api) {
    try {
      const { data } = await callGitHub(OPERATIONS.readPullRequest, () => api.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: pullNumber }));
      labels = data.labels.map((l) => l.name ?? '');
    } catch (err) {
      logger.warning(`Could not read the labels of pull request #${pullNumber}, using those of the event instead: ${describeError(err)}`);
    }
  }
  return labels.some((l) => l.toLowerCase() === wanted);
}

/**
 * The verdict after the override label: a failed gate on a pull request that carries the label
 * passes, recorded as overridden by that label (the report, check and comment say so loudly).
 */
export async function applyOverrideLabel(
  verdict: GateVerdict,
  options: { api: GitHubApi | undefined; repo: RepoRef; pullNumber: number; label: string; eventLabels: readonly string[]; logger: Logger },
): Promise<GateVerdict> {
  if (verdict.passed || !verdict.gated) return verdict;
  const { api, repo, pullNumber, label, eventLabels, logger } = options;
  if (!(await hasOverrideLabel(api, repo, pullNumber, label, eventLabels, logger))) return verdict;
  logger.warning(`The gate failed, but pull request #${pullNumber} carries the label "${label}": the gate is overridden and passes.`);
  return applyOverride(verdict, { by: `label "${label}"`, reason: `A maintainer added the label "${label}" to pull request #${pullNumber}.` });
}
