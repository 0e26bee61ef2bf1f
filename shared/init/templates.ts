/**
 * What `mlci init` writes: the pipeline workflow, the optional fork-safe commenting workflow and a
 * gate policy, as text with comments a team can read and adjust. Paths come from init's inputs.
 */
import type { Task } from '../model/types.js';

export interface InitSettings {
  model: string;
  data: string;
  target: string;
  /** repository of the mlci action, as `uses:` names it */
  action: string;
  task: Task;
  forkSafe: boolean;
}

export const PIPELINE_WORKFLOW = '.github/workflows/mlci.yml';
export const FORK_COMMENT_WORKFLOW = '.github/workflows/mlci-comment.yml';
export const GATE_POLICY = '.mlci/gate.yml';
export const DATA_SCHEMA = '.mlci/schema.yml';
const PIPELINE_NAME = 'mlci';

const quoted = (value: string) => JSON.stringify(value);

export function pipelineWorkflow(s: InitSettings): string {
  const comment = s.forkSafe
    ? `          # a fork's pull request runs with a read-only token: hand the results to mlci-comment.yml
          comment: \${{ github.event.pull_request.head.repo.fork && 'handoff' || 'true' }}`
    : '          comment: true';
  const handoffUpload = s.forkSafe
    ? `
      - name: Keep the handoff of a fork's pull request for mlci-comment.yml
        if: always() && github.event.pull_request.head.repo.fork && steps.gate.outputs.output-dir != ''
        uses: actions/upload-artifact@v4
        with:
          name: mlci-pr-handoff
          path: \${{ steps.gate.outputs.output-dir }}
          retention-days: 7
`
    : '';
  return `# Written by mlci init. Pull requests are gated on model quality against the latest run of this
# workflow on main (its evaluation, uploaded as the artifact mlci-evaluation, is the baseline).
# Docs: https://github.com/mlci-dev/mlci (docs/github.md, docs/gate-policy.md)
name: ${PIPELINE_NAME}

on:
  pull_request:
  push:
    branches: [main]
  workflow_dispatch:

# what mlci needs and nothing more
permissions:
  contents: read
  pull-requests: write # the one mlci comment per pull request
  checks: write # the mlci/evaluate-gate check
  statuses: write # fallback when a check cannot be written
  actions: read # the baseline: artifacts of the latest successful run on main

concurrency:
  group: mlci-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: \${{ github.event_name == 'pull_request' }}

jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5

      - name: Validate the evaluation data
        uses: ${s.action}/actions/validate-data@v1
        with:
          data: ${quoted(s.data)}
          schema: ${DATA_SCHEMA}

      - name: Evaluate and gate
        id: gate
        uses: ${s.action}/actions/evaluate-gate@v1
        with:
          model: ${quoted(s.model)}
          data: ${quoted(s.data)}
          target: ${quoted(s.target)}
          policy: ${GATE_POLICY}
          # the latest successful run of this workflow on main supplies the baseline
          baseline: main-branch
          upload-artifact: mlci-evaluation
${comment}
          github-token: \${{ github.token }}
${handoffUpload}`;
}

/** The fork-safe pair's second half: posts a fork's results with a write token, never running its code. */
export function forkCommentWorkflow(s: InitSettings): string {
  return `# Written by mlci init. Posts the comment and check of a fork's pull request, which the "${PIPELINE_NAME}"
# workflow evaluated with a read-only token. It never checks out or runs the pull request's code:
# it downloads the handoff artifact, which mlci treats as untrusted input.
name: mlci comment

on:
  workflow_run:
    workflows: [${PIPELINE_NAME}]
    types: [completed]

permissions:
  contents: read
  actions: read # download the other run's artifact
  pull-requests: write
  checks: write
  statuses: write

jobs:
  comment:
    if: github.event.workflow_run.event == 'pull_request' && github.event.workflow_run.conclusion != 'cancelled' && github.event.workflow_run.head_repository.full_name != github.repository
    runs-on: ubuntu-latest
    steps:
      - name: Download the handoff of the run that triggered this workflow
        uses: actions/download-artifact@v4
        with:
          name: mlci-pr-handoff
          path: \${{ runner.temp }}/mlci-handoff
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}

      - name: Post the comment and the check
        uses: ${s.action}@v1
        with:
          step: comment
          from: \${{ runner.temp }}/mlci-handoff
          check-name: mlci/evaluate-gate
          github-token: \${{ github.token }}
`;
}

export function gatePolicy(task: Task): string {
  const rules =
    task === 'regression'
      ? `  rmse:
    max_relative_drop: "5%"    # at most 5% worse (larger) than the baseline on main
  r2:
    max_drop: 0.02             # at most 0.02 lower than the baseline`
      : `  accuracy:
    max_drop: 0.01             # at most one point of accuracy below the baseline on main
  log_loss:
    max_relative_drop: "10%"   # at most 10% worse than the baseline`;
  return `# Written by mlci init: the rules a candidate model must meet. Format: docs/gate-policy.md
version: 1
# a drop limit fails only when the drop is significant at this level (a paired bootstrap test
# against the baseline), so that noise in a small evaluation set does not block a pull request
significance: 0.05
# a rule about a metric that was not measured (the first run has no baseline) is skipped
fail_on_missing_metric: false

metrics:
${rules}
  # add absolute floors once you know what the model reaches, e.g.  accuracy: ">= 0.90"

# budgets:
#   model_size_mb: 50
#   latency_p95_ms_per_row: 0.5
`;
}
