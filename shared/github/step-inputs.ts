/**
 * The GitHub inputs steps declare, with no code behind them: a step definition imports its
 * metadata from here, so that `mlci help` and `action.yml` generation load no Octokit.
 */
import type { InputSpec } from '../steps/types.js';

/** The label a maintainer puts on a pull request to force the gate to pass. */
export const DEFAULT_OVERRIDE_LABEL = 'mlci/override';

export const GITHUB_STEP_INPUTS = {
  'github-token': { description: 'Token for the pull request comment, the check and the baseline download (CLI: the GITHUB_TOKEN environment variable).', default: '${{ github.token }}' },
  comment: { description: 'true: keep the pull request comment up to date; false: no comment; handoff: write mlci-pr-handoff.json into output-dir for the fork-safe comment workflow, and post nothing.', default: 'true' },
  'check-name': { description: 'Name of the check run (or commit status) that carries the verdict; empty: no check.', default: 'mlci/evaluate-gate' },
  'override-label': { description: 'Pull request label with which a maintainer forces a failed gate to pass; the report and check say so loudly.', default: DEFAULT_OVERRIDE_LABEL },
  'matrix-key': { description: 'This job\'s matrix values (e.g. dataset=recent), so that each matrix job keeps its own comment.', default: '' },
} as const satisfies Record<string, InputSpec>;

export type GitHubStepInput = keyof typeof GITHUB_STEP_INPUTS;

/** The value of the baseline input that asks for the main branch's last good run. */
export const MAIN_BRANCH_BASELINE = 'main-branch';
export const DEFAULT_BASELINE_ARTIFACT = 'mlci-evaluation';

export const GITHUB_BASELINE_INPUTS = {
  'baseline-workflow': { description: 'With baseline: main-branch, the workflow file whose runs on the base branch supply the baseline (e.g. main-baseline.yml). Empty: this workflow.', default: '' },
  'baseline-artifact': { description: 'With baseline: main-branch, the name of the artifact that holds the baseline model and metrics.json.', default: DEFAULT_BASELINE_ARTIFACT },
} as const satisfies Record<string, InputSpec>;
