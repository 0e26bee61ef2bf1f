import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { StepHost } from '../steps/types.js';
import { actionsArtifactDownloader } from './artifact-transfer.js';
import { baselineBranch, fetchBaseline, type ArtifactDownloader, type FetchedBaseline } from './baseline.js';
import type { GitHubSession } from './step-publishing.js';
import { DEFAULT_BASELINE_ARTIFACT, GITHUB_BASELINE_INPUTS } from './step-inputs.js';

export { DEFAULT_BASELINE_ARTIFACT, GITHUB_BASELINE_INPUTS, MAIN_BRANCH_BASELINE } from './step-inputs.js';

type Host = StepHost<keyof typeof GITHUB_BASELINE_INPUTS | (string & {}), string>;

/**
 * `baseline: main-branch` on GitHub: the baseline's files from the latest successful run on the
 * base branch, or undefined (with a notice) when there is none yet. The evaluation then uses the
 * model when the artifact holds one (both models run on the same rows), else its metrics.json.
 */
export async function fetchMainBranchBaseline(host: Host, session: GitHubSession | undefined, downloader?: ArtifactDownloader): Promise<FetchedBaseline | undefined> {
  const fix = 'Use baseline: main-branch in a GitHub Actions workflow with a token that has actions: read, or pass a model or metrics.json path.';
  if (!session) throw new UserError('baseline: main-branch needs GitHub (the runs of the base branch).', 'input baseline', fix);
  if (!session.api) throw new UserError('baseline: main-branch needs a GitHub token to list runs and download artifacts.', 'input github-token', fix);
  const { context } = session;
  const workflow = host.input('baseline-workflow').trim() || context.workflowFile;
  if (!workflow) throw new UserError('Could not tell which workflow this is (GITHUB_WORKFLOW_REF is not set).', 'input baseline-workflow', 'Set baseline-workflow to the workflow file whose main-branch runs hold the baseline, e.g. main-baseline.yml.');
  const branch = baselineBranch(context);
  if (!branch) {
    host.logger.info(`No base branch for a ${context.eventName} event: the report shows the candidate alone.`);
    return undefined;
  }
  return fetchBaseline({
    api: session.api,
    query: {
      repo: context.repo,
      workflow,
      branch,
      artifactName: host.input('baseline-artifact').trim() || DEFAULT_BASELINE_ARTIFACT,
      currentRunId: Number(context.runId) || undefined,
    },
    downloader: downloader ?? actionsArtifactDownloader(session.token, context.repo),
    cache: host.cache,
    dir: join(host.tempDir, 'mlci-baseline'),
    logger: host.logger,
  });
}
