import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  parseBooleanInput,
  requireInput
} from "./chunk-F2MZNOSI.mjs";
import {
  writeFileAtomic
} from "./chunk-GCHFRX7U.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/init/init-step.ts
import { mkdir, stat } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";

// shared/init/templates.ts
var PIPELINE_WORKFLOW = ".github/workflows/mlci.yml";
var FORK_COMMENT_WORKFLOW = ".github/workflows/mlci-comment.yml";
var GATE_POLICY = ".mlci/gate.yml";
var DATA_SCHEMA = ".mlci/schema.yml";
var PIPELINE_NAME = "mlci";
var quoted = (value) => JSON.stringify(value);
function pipelineWorkflow(s) {
  const comment = s.forkSafe ? `          # a fork's pull request runs with a read-only token: hand the results to mlci-comment.yml
          comment: \${{ github.event.pull_request.head.repo.fork && 'handoff' || 'true' }}` : "          comment: true";
  const handoffUpload = s.forkSafe ? `
      - name: Keep the handoff of a fork's pull request for mlci-comment.yml
        if: always() && github.event.pull_request.head.repo.fork && steps.gate.outputs.output-dir != ''
        uses: actions/upload-artifact@v4
        with:
          name: mlci-pr-handoff
          path: \${{ steps.gate.outputs.output-dir }}
          retention-days: 7
` : "";
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
function forkCommentWorkflow(s) {
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
function gatePolicy(task) {
  const rules = task === "regression" ? `  rmse:
    max_relative_drop: "5%"    # at most 5% worse (larger) than the baseline on main
  r2:
    max_drop: 0.02             # at most 0.02 lower than the baseline` : `  accuracy:
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

// shared/init/init-step.ts
var initStep = {
  name: "init",
  description: "Adds mlci to this repository: .github/workflows/mlci.yml, .mlci/gate.yml and .mlci/schema.yml (inferred from --data).",
  inputs: {
    data: { description: "The evaluation data file, relative to the repository root (the schema is inferred from it).", required: true },
    target: { description: "The label column of the data.", required: true },
    model: { description: "The candidate ONNX model the pipeline evaluates, relative to the repository root.", default: "models/model.onnx" },
    "fork-safe": { description: "true: also write .github/workflows/mlci-comment.yml, so that pull requests from forks get their comment and check.", default: "false" },
    force: { description: "true: replace files that already exist.", default: "false" },
    action: { description: "The repository of the mlci action, as the workflows name it in uses:.", default: "mlci-dev/mlci" }
  },
  outputs: { files: { description: "The files written, one per line." } },
  async run(host) {
    const { inferSchemaFile } = await import("./infer-schema-file-TROA7Y6D.mjs");
    const { loadGatePolicy } = await import("./load-policy-MPCXNMDD.mjs");
    const { loadDataSchema } = await import("./load-schema-K3ZFWY5U.mjs");
    const root = resolve(".");
    const data = requireInput("data", host.input("data"), "Pass --data with the evaluation data file, e.g. data/holdout.csv.");
    const target = requireInput("target", host.input("target"), "Pass --target with the label column.");
    const forkSafe = parseBooleanInput("fork-safe", host.input("fork-safe"), false);
    const force = parseBooleanInput("force", host.input("force"), false);
    const repoPath = (input, path) => {
      const rel = relative(root, resolve(path)).split("\\").join("/");
      if (rel.startsWith("..") || resolve(path) === root) throw new UserError(`--${input} ${path} is not inside this repository (${root}).`, `input ${input}`, "Run mlci init at the repository root and name files inside it.");
      return rel;
    };
    const dataPath = repoPath("data", data);
    const modelPath = repoPath("model", host.input("model"));
    const planned = [PIPELINE_WORKFLOW, GATE_POLICY, DATA_SCHEMA, ...forkSafe ? [FORK_COMMENT_WORKFLOW] : []];
    const existing = [];
    for (const file of planned) if (await stat(resolve(root, file)).catch(() => void 0)) existing.push(file);
    if (existing.length > 0 && !force) {
      throw new UserError(`mlci init would replace ${existing.join(", ")}, which already exist${existing.length === 1 ? "s" : ""}.`, root, "Move them aside, or pass --force true to replace them.");
    }
    host.logger.info(`Inferring ${DATA_SCHEMA} from ${dataPath}\u2026`);
    await mkdir(resolve(root, ".mlci"), { recursive: true });
    const { schema } = await inferSchemaFile({ files: [dataPath], output: resolve(root, DATA_SCHEMA), target, cwd: root, logger: host.logger });
    const label = schema.columns.find((c) => c.name === target);
    if (!label) throw new UserError(`The data ${dataPath} has no column "${target}".`, dataPath, `Pass --target with one of: ${schema.columns.map((c) => c.name).join(", ")}.`);
    const classification = label.allowedValues !== void 0 || label.type.value === "categorical" || label.type.value === "boolean";
    const settings = { model: modelPath, data: dataPath, target, action: host.input("action").trim() || "mlci-dev/mlci", task: classification ? "binary" : "regression", forkSafe };
    const texts = [
      [PIPELINE_WORKFLOW, pipelineWorkflow(settings)],
      [GATE_POLICY, gatePolicy(settings.task)],
      ...forkSafe ? [[FORK_COMMENT_WORKFLOW, forkCommentWorkflow(settings)]] : []
    ];
    for (const [file, text] of texts) {
      await mkdir(dirname(resolve(root, file)), { recursive: true });
      await writeFileAtomic(resolve(root, file), text);
    }
    await loadGatePolicy(resolve(root, GATE_POLICY));
    await loadDataSchema(resolve(root, DATA_SCHEMA));
    for (const file of planned) host.logger.info(`Wrote ${file}`);
    host.logger.info(`Next: commit these files and ${modelPath}; the first run on main becomes the baseline of later pull requests.`);
    host.setOutput("files", planned.join("\n"));
    return {};
  }
};

export {
  initStep
};
