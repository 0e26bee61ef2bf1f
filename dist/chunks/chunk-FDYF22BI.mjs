import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  BUILTIN_TRAINERS,
  DEFAULT_OUTPUTS
} from "./chunk-BSNOIG4E.mjs";
import {
  GITHUB_STEP_INPUTS
} from "./chunk-3IG6QDVB.mjs";
import {
  refuseInputsInside,
  resolveOutputDir
} from "./chunk-QNHP6EUZ.mjs";
import {
  resolveInputPath
} from "./chunk-6AG5JHL2.mjs";
import {
  splitPatterns
} from "./chunk-I3CLNAZB.mjs";
import {
  parseBooleanInput,
  parseListInput,
  parseNumberInput
} from "./chunk-F2MZNOSI.mjs";

// shared/train/step.ts
import { join, resolve } from "node:path";
var trainModelStep = {
  name: "train-model",
  description: "Trains a model (built-in trainer or your command), skips it when nothing changed, checks the ONNX, records lineage.",
  inputs: {
    trainer: { description: `A built-in trainer for tabular data, no Python needed: ${BUILTIN_TRAINERS.join(", ")}. Empty when command is given.`, default: "" },
    command: { description: "Your training command as an argument list (YAML or JSON, e.g. [python, train.py]) or a script path. Never run through a shell. It gets MLCI_PARAM_<NAME>, MLCI_PARAMS_FILE, MLCI_DATA, MLCI_TARGET and MLCI_OUTPUT_DIR.", default: "" },
    params: { description: "Hyperparameters: a YAML or JSON file of name: value.", default: "" },
    "set-params": { list: true, description: "Parameter overrides, name=value, one per line or comma-separated (e.g. from a workflow matrix).", default: "" },
    data: { list: true, description: "Training data file(s): CSV, JSON Lines or Parquet (CSV and JSON Lines may be gzip-compressed), one per line or comma-separated. Built-in trainers train on the first.", default: "" },
    target: { description: "Name of the target (label) column.", default: "" },
    code: { list: true, description: "Globs of the training code, one per line or comma-separated (e.g. src/**/*.py); their content is part of the cache key.", default: "" },
    "data-manifest": { description: "data-manifest.json from validate-data: stands for the data in the cache key instead of hashing the data files.", default: "" },
    lockfiles: { list: true, description: "Lockfiles for the cache key. Empty: requirements.txt, poetry.lock, uv.lock, package-lock.json and the like, where present.", default: "" },
    outputs: { list: true, description: `What the command writes, paths or globs relative to the working directory (or to MLCI_OUTPUT_DIR), collected into output-dir. The first .onnx is the model. Default: ${DEFAULT_OUTPUTS.join(", ")}.`, default: "" },
    "timeout-minutes": { description: "Stop the training command (and its child processes) after this many minutes.", default: "60" },
    cache: { description: "Reuse the outputs of an earlier run with the same code, data, parameters, command and lockfiles.", default: "true" },
    "working-directory": { description: "Where the command runs and relative paths start. Default: the current directory.", default: "" },
    "output-dir": { description: "Where the model, metrics, lineage.json and manifest.json go. Default: a folder under the runner temp dir (CLI: ./mlci-output/train-model).", default: "" },
    "upload-artifact": { description: "Upload output-dir as an artifact of this name, so that a later job reads the model as artifact:NAME/model.onnx. Empty: no upload.", default: "" },
    "github-token": GITHUB_STEP_INPUTS["github-token"],
    comment: GITHUB_STEP_INPUTS.comment,
    "matrix-key": GITHUB_STEP_INPUTS["matrix-key"]
  },
  outputs: {
    "model-file": { description: "Path of the trained ONNX model." },
    "metrics-file": { description: "Path of metrics.json, when training wrote one." },
    "lineage-file": { description: "Path of lineage.json: commit, data hashes, parameters, command, duration, tool versions, output digests." },
    "cache-hit": { description: '"true" when training was skipped and the outputs came from the cache.' },
    "output-dir": { description: "The directory holding all outputs and manifest.json." }
  },
  async run(host) {
    const { openGitHubSession, parseCommentMode, shareStepResults } = await import("./step-publishing-2WPOIQR3.mjs");
    const { loadOnnxRuntime } = await import("./onnxruntime-WXYL7PRE.mjs");
    const { trainModel } = await import("./train-model-5IAKPAFL.mjs");
    const { renderTrainingReport } = await import("./training-report-XNAN533W.mjs");
    const { toolVersions } = await import("./tool-versions-HQG3RGRI.mjs");
    parseCommentMode(host.input("comment"));
    const outputDir = await resolveOutputDir(host, "train-model");
    const session = await openGitHubSession(host);
    const dataManifest = host.input("data-manifest").trim();
    const cwd = resolve(host.input("working-directory").trim() || ".");
    const data = await Promise.all(parseListInput(host.input("data")).map((d) => resolveInputPath(host, "data", d)));
    const paramsFile = host.input("params").trim() || void 0;
    refuseInputsInside(outputDir, { "working-directory": cwd, params: paramsFile && resolve(cwd, paramsFile), ...Object.fromEntries(data.map((d, i) => [`data ${i + 1}`, resolve(cwd, d)])) });
    const result = await trainModel({
      trainer: host.input("trainer"),
      command: host.input("command"),
      paramsFile,
      paramOverrides: parseListInput(host.input("set-params")),
      data,
      target: host.input("target").trim() || void 0,
      code: splitPatterns(host.input("code")),
      dataManifest: dataManifest ? await resolveInputPath(host, "data-manifest", dataManifest) : void 0,
      lockfiles: parseListInput(host.input("lockfiles")),
      outputs: splitPatterns(host.input("outputs")),
      timeoutMs: parseNumberInput("timeout-minutes", host.input("timeout-minutes"), 60, { min: 0.01 }) * 6e4,
      useCache: parseBooleanInput("cache", host.input("cache"), true),
      cwd,
      outputDir,
      scratchDir: join(host.tempDir, "mlci-train"),
      env: host.env,
      logger: host.logger,
      cache: host.cache,
      loadOrt: () => loadOnnxRuntime({ toolCacheDir: host.toolCacheDir, cache: host.cache, logger: host.logger, allowInstall: host.onRunner }),
      tools: toolVersions()
    });
    host.setOutput("model-file", result.modelFile);
    host.setOutput("metrics-file", result.metricsFile ?? "");
    host.setOutput("lineage-file", result.lineageFile);
    host.setOutput("cache-hit", String(result.cacheHit));
    host.setOutput("output-dir", outputDir);
    const report = renderTrainingReport(result);
    await host.summary(report);
    const verdict = { policy: null, gated: false, passed: true, rules: [] };
    await shareStepResults(host, session, { step: "train-model", section: { id: "train-model", title: "Training", markdown: report }, verdict, report, outputDir });
    return {};
  }
};

export {
  trainModelStep
};
