import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  findBundledWorker
} from "./chunk-KCHSX7MG.mjs";
import {
  readThreadsSetting
} from "./chunk-YSRSGXAJ.mjs";
import {
  splitPatternList
} from "./chunk-HJAITZ65.mjs";
import {
  GITHUB_STEP_INPUTS
} from "./chunk-3IG6QDVB.mjs";
import {
  resolveOutputDir
} from "./chunk-QNHP6EUZ.mjs";
import {
  resolveInputPath
} from "./chunk-6AG5JHL2.mjs";
import {
  parseBooleanInput,
  parseNumberInput
} from "./chunk-F2MZNOSI.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/validate/step.ts
import { availableParallelism } from "node:os";
var STEP = "validate-data";
var validateDataStep = {
  name: STEP,
  description: "Validates datasets against a schema, profiles them with mergeable statistics, and measures drift against a reference.",
  inputs: {
    data: { list: true, description: "Data to validate: a file, several (one per line or comma-separated) or a glob such as data/*.csv. CSV, TSV, JSON Lines or Parquet; the text formats may be gzip-compressed (.csv.gz).", default: "" },
    schema: { description: 'Data schema YAML file (for example .mlci/data-schema.yml), or "infer" to derive one from the reference (or from the data); the inferred schema is written to the output directory for you to commit.', default: "infer" },
    reference: { description: "Reference for drift: a data file, or a statistics.json from an earlier run (such as the main branch's artifact). Empty: no drift check.", default: "" },
    target: { description: "Label column, used by an inferred schema (label balance, categorical).", default: "" },
    delimiter: { description: 'CSV delimiter. Default: "," (tab for .tsv).', default: "" },
    "drift-share": { description: "The dataset drifts when at least this share of its columns drift. Default 0.5, or the schema's drift_share.", default: "" },
    "fail-on-error": { description: "Fail the step when a rule fails. false: report only, and read the passed output.", default: "true" },
    merge: { list: true, description: "Merge mode for matrix shards: statistics.json files (list or glob) to merge into the statistics of all rows; data is then not read.", default: "" },
    "output-dir": { description: "Where results are written. Default: a folder under the runner temp dir (CLI: ./mlci-output/validate-data).", default: "" },
    "upload-artifact": { description: "Upload output-dir as an artifact of this name (for example the statistics a later run uses as its reference). Empty: no upload.", default: "" },
    "github-token": GITHUB_STEP_INPUTS["github-token"],
    comment: GITHUB_STEP_INPUTS.comment,
    "matrix-key": GITHUB_STEP_INPUTS["matrix-key"]
  },
  outputs: {
    passed: { description: '"true" when every rule passed, "false" otherwise.' },
    "statistics-file": { description: "Path of statistics.json (reusable as the next run's reference)." },
    "validation-file": { description: "Path of validation.json: every rule with its verdict." },
    "report-file": { description: "Path of report.md." },
    "manifest-file": { description: "Path of data-manifest.json: each file's sha256, bytes and rows, and a digest to use as the data version and cache key (empty in merge mode)." },
    "schema-file": { description: 'Path of the inferred schema, when schema is "infer".' },
    "output-dir": { description: "The directory holding all results and manifest.json." }
  },
  async run(host) {
    const { mergeStatisticsFiles } = await import("./merge-statistics-DCNVA4NN.mjs");
    const { validateData } = await import("./validate-data-TRJRODOX.mjs");
    const { dataAnnotations, openGitHubSession, parseCommentMode, repositoryPath, shareStepResults } = await import("./step-publishing-2WPOIQR3.mjs");
    parseCommentMode(host.input("comment"));
    const outputDir = await resolveOutputDir(host, STEP);
    const session = await openGitHubSession(host);
    const driftInput = host.input("drift-share");
    const driftShare = driftInput.trim() ? parseNumberInput("drift-share", driftInput, 0.5, { min: 0, max: 1 }) : void 0;
    const failOnError = parseBooleanInput("fail-on-error", host.input("fail-on-error"), true);
    const referenceInput = host.input("reference").trim();
    const reference = referenceInput ? await resolveInputPath(host, "reference", referenceInput) : void 0;
    const merge = await Promise.all(splitPatternList(host.input("merge")).map((m) => resolveInputPath(host, "merge", m)));
    const data = await Promise.all(splitPatternList(host.input("data")).map((d) => resolveInputPath(host, "data", d)));
    let passed;
    let failed;
    let report;
    let located = [];
    let dataFiles = [];
    const workspace = host.env.GITHUB_WORKSPACE || process.cwd();
    if (merge.length) {
      const result = await mergeStatisticsFiles({ statistics: merge, outputDir, logger: host.logger, ...reference ? { reference } : {}, ...driftShare !== void 0 ? { driftShare } : {} });
      report = result.report;
      host.setOutput("statistics-file", result.files.statistics);
      host.setOutput("validation-file", result.files.validation);
      host.setOutput("report-file", result.files.report);
      host.setOutput("manifest-file", "");
      passed = result.passed;
      failed = result.rules.filter((r) => r.verdict === "fail");
    } else {
      if (data.length === 0) throw new UserError('Input "data" is required.', "input data", "Set data to a file, a list of files or a glob such as data/*.csv (or set merge to combine shard statistics).");
      const target = host.input("target").trim();
      const delimiter = host.input("delimiter");
      const workerScript = findBundledWorker("validate-scan-worker");
      const readWorkerScript = readThreadsSetting(host.env.MLCI_READ_THREADS) > 0 && availableParallelism() > 1 ? findBundledWorker("csv-read-worker") : void 0;
      const result = await validateData({
        files: data,
        ...workerScript ? { workerScript, workers: Math.min(2, availableParallelism()) } : {},
        ...readWorkerScript ? { readWorkerScript } : {},
        // a process that ends with the step: its other threads may yield to the reading one for good
        ...readWorkerScript && host.ownsProcess ? { yieldHelperThreads: true } : {},
        schema: host.input("schema").trim() || "infer",
        outputDir,
        logger: host.logger,
        ...reference ? { reference } : {},
        ...driftShare !== void 0 ? { driftShare } : {},
        ...target ? { target } : {},
        ...delimiter ? { delimiter: delimiter === "\\t" ? "	" : delimiter } : {}
      });
      const read = result.manifest.files.map((f) => f.path);
      located = dataAnnotations(result.annotations, read, workspace);
      dataFiles = read.map((f) => repositoryPath(f, workspace)).filter((p) => p !== void 0);
      for (const a of result.annotations) host.logger.error(a.message, { file: repositoryPath(a.file, workspace) ?? a.file, ...a.line !== void 0 ? { line: a.line } : {} });
      report = result.report;
      host.setOutput("statistics-file", result.files.statistics);
      host.setOutput("validation-file", result.files.validation);
      host.setOutput("report-file", result.files.report);
      host.setOutput("manifest-file", result.files.manifest);
      host.setOutput("schema-file", result.files.schema ?? "");
      passed = result.passed;
      failed = result.rules.filter((r) => r.verdict === "fail");
    }
    await host.summary(report);
    const verdict = {
      policy: null,
      gated: true,
      passed,
      rules: failed.map((r) => ({ id: r.id, metric: "data", kind: "threshold", description: r.message, actual: null, passed: false, message: r.message }))
    };
    await shareStepResults(host, session, { step: STEP, section: { id: STEP, title: "Data validation", markdown: report }, verdict, report, outputDir, extraAnnotations: located, dataFiles });
    host.setOutput("passed", String(passed));
    host.setOutput("output-dir", outputDir);
    const failures = failed.map((r) => `${r.id}: ${r.message}`);
    if (!passed) {
      const message = `Data validation failed (${failures.length} rule${failures.length === 1 ? "" : "s"}):
  ${failures.slice(0, 20).join("\n  ")}`;
      if (failOnError) return { failure: message };
      host.logger.warning(`${message}
(fail-on-error is false: the step passes; read the passed output.)`);
    }
    return {};
  }
};

export {
  validateDataStep
};
