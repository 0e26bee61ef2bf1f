import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  CLASS_SCORES
} from "./chunk-BG3LUX6W.mjs";
import {
  readThreadsSetting
} from "./chunk-YSRSGXAJ.mjs";
import {
  GITHUB_BASELINE_INPUTS,
  GITHUB_STEP_INPUTS,
  MAIN_BRANCH_BASELINE
} from "./chunk-3IG6QDVB.mjs";
import {
  refuseInputsInside,
  resolveOutputDir
} from "./chunk-QNHP6EUZ.mjs";
import {
  parseArtifactReference,
  resolveInputPath
} from "./chunk-6AG5JHL2.mjs";
import {
  markWritten
} from "./chunk-HVFF6HEQ.mjs";
import {
  parseBooleanInput,
  parseNumberInput,
  requireInput
} from "./chunk-F2MZNOSI.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/evaluate/step.ts
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";

// shared/evaluate/verdict-file.ts
var VERDICT_FILE = "verdict.json";
function buildVerdictFile(result) {
  return {
    schema: "mlci/verdict@1",
    passed: result.gate.passed,
    gated: result.gate.gated,
    overridden: Boolean(result.gate.override),
    modelSha256: result.model.sha256,
    dataSha256: result.data.sha256,
    policy: result.gate.policy,
    failedRules: result.gate.rules.filter((r) => !r.passed).map((r) => r.id),
    createdAt: (/* @__PURE__ */ new Date()).toISOString()
  };
}

// shared/evaluate/step.ts
var TASKS = ["binary", "multiclass", "regression"];
function memoryLimitFromEnv(raw) {
  if (!raw?.trim()) return void 0;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb <= 0) throw new UserError(`MLCI_MEMORY_LIMIT_MB must be a number of megabytes, got "${raw}".`, "environment MLCI_MEMORY_LIMIT_MB", "Set it to e.g. 2048, or unset it to use the memory the machine has free.");
  return mb * 2 ** 20;
}
function bootstrapMethodFromEnv(raw) {
  const value = raw?.trim() || "auto";
  if (value === "auto" || value === "full" || value === "little-bootstraps") return value;
  throw new UserError(`MLCI_BOOTSTRAP_METHOD must be auto, full or little-bootstraps, got "${raw}".`, "environment MLCI_BOOTSTRAP_METHOD", "Unset it to let mlci choose (little bootstraps only for rows too many for the ordinary bootstrap).");
}
var evaluateGateStep = {
  name: "evaluate-gate",
  description: "Evaluates an ONNX model on a dataset, compares it with a baseline, and gates the merge on a quality policy.",
  inputs: {
    model: { description: "Path of the candidate ONNX model.", required: true },
    data: { description: "Evaluation data file: CSV, JSON Lines (.jsonl) or Parquet; CSV and JSON Lines may be gzip-compressed (.csv.gz).", required: true },
    target: { description: "Name of the target (label) column in the data.", required: true },
    baseline: { description: `Baseline to compare with: an ONNX model (run on the same rows, paired bootstrap), a metrics.json from an earlier evaluation, or ${MAIN_BRANCH_BASELINE} (on GitHub: the model and metrics of the latest successful run of this workflow on the base branch). Empty: no comparison.`, default: "" },
    policy: { description: "Gate policy YAML file (for example .mlci/gate.yml). Empty: report the numbers and gate nothing.", default: "" },
    "feature-order": { description: "For a model that does not record its feature names (models from mlci's trainers do): the lineage.json train-model wrote, or the data schema (.mlci/schema.yml), whose column order is the order the model was trained in. The data's columns are then fed by name in that order, and data with other columns is refused. Empty: a lineage.json beside the model that lists it, else the data file's order (the report says which).", default: "" },
    "slice-column": { description: "Column whose values split the rows into slices; every metric is reported per slice.", default: "" },
    task: { description: "binary, multiclass or regression. Empty: inferred from the model outputs.", default: "" },
    scores: { description: "What a classifier's score output holds: probabilities, or logits (turned into probabilities by softmax, or sigmoid for a single column), for both models.", default: "probabilities" },
    "batch-size": { description: "Rows per inference batch.", default: "65536" },
    "inference-timeout": { description: "Seconds one inference batch may take. A model that never returns (an endless Loop) ends the step with an error naming it; 0 turns the limit off.", default: "300" },
    "bootstrap-resamples": { description: "Bootstrap resamples for confidence intervals and paired tests (0 turns them off). From 2M rows, or when the ordinary bootstrap would not fit in memory, they are drawn by little bootstraps (docs/gate-policy.md); MLCI_BOOTSTRAP_METHOD=full|little-bootstraps forces one.", default: "1000" },
    seed: { description: "Seed of the bootstrap: the same seed gives the same intervals.", default: "42" },
    "confidence-level": { description: "Confidence level of the intervals.", default: "0.95" },
    "fail-on-regression": { description: "Fail the step when the gate fails. false: report only, and read the passed output.", default: "true" },
    "output-dir": { description: "Where results are written. Default: a folder under the runner temp dir (CLI: ./mlci-output/evaluate-gate).", default: "" },
    "upload-artifact": { description: "Upload output-dir as an artifact of this name (on main, name it as baseline-artifact so later pull requests find it). Empty: no upload.", default: "" },
    ...GITHUB_STEP_INPUTS,
    ...GITHUB_BASELINE_INPUTS
  },
  outputs: {
    passed: { description: '"true" when the gate passed (or nothing was gated), "false" otherwise.' },
    gated: { description: '"true" when a policy was applied.' },
    "metrics-file": { description: "Path of metrics.json." },
    "report-file": { description: "Path of report.md." },
    "verdict-file": { description: "Path of verdict.json, which a later deploy step can require." },
    "output-dir": { description: "The directory holding all results and manifest.json." }
  },
  async run(host) {
    const scores = host.input("scores").trim() || "probabilities";
    if (!CLASS_SCORES.includes(scores)) {
      throw new UserError(`Input "scores" must be one of ${CLASS_SCORES.join(", ")}, got "${scores}".`, "input scores", "Use logits for a model that ends without softmax, probabilities otherwise.");
    }
    const taskInput = host.input("task").trim();
    if (taskInput && !TASKS.includes(taskInput)) {
      throw new UserError(`Input "task" must be one of ${TASKS.join(", ")}, got "${taskInput}".`, "input task", "Leave it empty to infer the task from the model.");
    }
    const earlyThreads = await startReadThreadsEarly(host);
    try {
      return await evaluateGate(host, scores, taskInput, earlyThreads);
    } finally {
      earlyThreads?.threads.then((t) => t?.close(), () => void 0);
    }
  }
};
async function startReadThreadsEarly(host) {
  const data = host.input("data");
  if (!data || parseArtifactReference(data)) return void 0;
  const parallelRead = await parallelReadOf(host, data);
  if (!parallelRead) return void 0;
  const batchRows = parseNumberInput("batch-size", host.input("batch-size"), 65536, { min: 1, integer: true });
  const { startCsvReadThreads } = await import("./csv-parallel-7WLU7O73.mjs");
  const threads = startCsvReadThreads(data, { ...parallelRead, batchRows });
  threads.catch(() => void 0);
  return { data, threads, parallelRead };
}
async function parallelReadOf(host, data) {
  const { findBundledWorker } = await import("./bundled-worker-TWTSZKBD.mjs");
  const readWorker = findBundledWorker("csv-read-worker");
  if (!readWorker) return void 0;
  return { workerScript: readWorker, threads: readThreadsSetting(host.env.MLCI_READ_THREADS), onThreads: (n) => host.logger.debug(`parsing ${data} on ${n} worker thread${n === 1 ? "" : "s"}`) };
}
async function evaluateGate(host, scores, taskInput, early) {
  const { writeFileAtomic, writeJsonAtomic } = await import("./atomic-P6IAAACF.mjs");
  const { renderEvaluationReport } = await import("./report-V3DOLIIM.mjs");
  const { loadOnnxRuntime } = await import("./onnxruntime-WXYL7PRE.mjs");
  const { evaluateModel } = await import("./evaluate-model-GWGPKCSG.mjs");
  const { openGitHubSession, overrideFromLabel, parseCommentMode, shareStepResults } = await import("./step-publishing-2WPOIQR3.mjs");
  parseCommentMode(host.input("comment"));
  const outputDir = await resolveOutputDir(host, "evaluate-gate");
  const session = await openGitHubSession(host);
  const model = await resolveInputPath(host, "model", requireInput("model", host.input("model"), "Set model to the path of your ONNX file (or artifact:NAME/model.onnx)."));
  let baseline = host.input("baseline").trim() || void 0;
  if (baseline === MAIN_BRANCH_BASELINE) {
    const { fetchMainBranchBaseline } = await import("./step-baseline-Q5PTNPTK.mjs");
    const fetched = await fetchMainBranchBaseline(host, session);
    baseline = fetched?.modelFile ?? fetched?.metricsFile;
  } else if (baseline) {
    baseline = await resolveInputPath(host, "baseline", baseline);
  }
  const policy = host.input("policy").trim();
  const data = await resolveInputPath(host, "data", requireInput("data", host.input("data"), "Set data to a CSV, JSON Lines or Parquet file."));
  const policyFile = policy ? await resolveInputPath(host, "policy", policy) : void 0;
  const featureOrderInput = host.input("feature-order").trim();
  const featureOrderFile = featureOrderInput ? await resolveInputPath(host, "feature-order", featureOrderInput) : void 0;
  refuseInputsInside(outputDir, { data, baseline, policy: policyFile });
  const parallelRead = early?.data === data ? early.parallelRead : await parallelReadOf(host, data);
  const ort = () => loadOnnxRuntime({ toolCacheDir: host.toolCacheDir, cache: host.cache, logger: host.logger, allowInstall: host.onRunner });
  const result = await evaluateModel({
    model,
    data,
    target: requireInput("target", host.input("target"), "Set target to the name of the label column."),
    baseline,
    policy: policyFile,
    sliceColumn: host.input("slice-column").trim() || void 0,
    task: taskInput || void 0,
    scores,
    batchSize: parseNumberInput("batch-size", host.input("batch-size"), 65536, { min: 1, integer: true }),
    bootstrap: {
      resamples: parseNumberInput("bootstrap-resamples", host.input("bootstrap-resamples"), 1e3, { min: 0, max: 1e5, integer: true }),
      seed: parseNumberInput("seed", host.input("seed"), 42, { integer: true }),
      level: parseNumberInput("confidence-level", host.input("confidence-level"), 0.95, { min: 0.5, max: 0.999 })
    },
    ort,
    logger: host.logger,
    bootstrapMethod: bootstrapMethodFromEnv(host.env.MLCI_BOOTSTRAP_METHOD),
    memoryLimitBytes: memoryLimitFromEnv(host.env.MLCI_MEMORY_LIMIT_MB),
    ...featureOrderFile ? { featureOrderFile } : {},
    inferenceTimeoutSeconds: parseNumberInput("inference-timeout", host.input("inference-timeout"), 300, { min: 0, max: 86400 }),
    onRunner: host.onRunner,
    ...parallelRead ? { parallelRead } : {},
    ...early?.data === data ? { readThreads: early.threads } : {}
  });
  result.gate = await overrideFromLabel(host, session, result.gate);
  const report = renderEvaluationReport(result);
  const metricsFile = join(outputDir, "metrics.json");
  const reportFile = join(outputDir, "report.md");
  const verdictFile = join(outputDir, VERDICT_FILE);
  await writeJsonAtomic(metricsFile, result);
  await writeFileAtomic(reportFile, report);
  await writeJsonAtomic(verdictFile, buildVerdictFile(result));
  const modelCopy = join(outputDir, "model.onnx");
  if (resolve(model) !== modelCopy) await writeFileAtomic(modelCopy, await readFile(model));
  else markWritten(outputDir, "model.onnx");
  await host.summary(report);
  await shareStepResults(host, session, { step: "evaluate-gate", section: { id: "evaluate-gate", title: "Model evaluation", markdown: report }, verdict: result.gate, report, outputDir });
  host.setOutput("passed", String(result.gate.passed));
  host.setOutput("gated", String(result.gate.gated));
  host.setOutput("metrics-file", metricsFile);
  host.setOutput("report-file", reportFile);
  host.setOutput("verdict-file", verdictFile);
  host.setOutput("output-dir", outputDir);
  const failOnRegression = parseBooleanInput("fail-on-regression", host.input("fail-on-regression"), true);
  if (!result.gate.passed) {
    const failed = result.gate.rules.filter((r) => !r.passed).map((r) => `${r.id}: ${r.message}`);
    const message = `The quality gate failed (${failed.length} rule${failed.length === 1 ? "" : "s"}):
  ${failed.join("\n  ")}`;
    if (failOnRegression) return { failure: message };
    host.logger.warning(`${message}
(fail-on-regression is false: the step passes; read the passed output.)`);
  }
  return {};
}

export {
  evaluateGateStep
};
