import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/github/step-inputs.ts
var DEFAULT_OVERRIDE_LABEL = "mlci/override";
var GITHUB_STEP_INPUTS = {
  "github-token": { description: "Token for the pull request comment, the check and the baseline download (CLI: the GITHUB_TOKEN environment variable).", default: "${{ github.token }}" },
  comment: { description: "true: keep the pull request comment up to date; false: no comment; handoff: write mlci-pr-handoff.json into output-dir for the fork-safe comment workflow, and post nothing.", default: "true" },
  "check-name": { description: "Name of the check run (or commit status) that carries the verdict; empty: no check.", default: "mlci/evaluate-gate" },
  "override-label": { description: "Pull request label with which a maintainer forces a failed gate to pass; the report and check say so loudly.", default: DEFAULT_OVERRIDE_LABEL },
  "matrix-key": { description: "This job's matrix values (e.g. dataset=recent), so that each matrix job keeps its own comment.", default: "" }
};
var MAIN_BRANCH_BASELINE = "main-branch";
var DEFAULT_BASELINE_ARTIFACT = "mlci-evaluation";
var GITHUB_BASELINE_INPUTS = {
  "baseline-workflow": { description: "With baseline: main-branch, the workflow file whose runs on the base branch supply the baseline (e.g. main-baseline.yml). Empty: this workflow.", default: "" },
  "baseline-artifact": { description: "With baseline: main-branch, the name of the artifact that holds the baseline model and metrics.json.", default: DEFAULT_BASELINE_ARTIFACT }
};

export {
  DEFAULT_OVERRIDE_LABEL,
  GITHUB_STEP_INPUTS,
  MAIN_BRANCH_BASELINE,
  DEFAULT_BASELINE_ARTIFACT,
  GITHUB_BASELINE_INPUTS
};
