import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  splitPatternList
} from "./chunk-HJAITZ65.mjs";
import {
  resolveOutputDir
} from "./chunk-QNHP6EUZ.mjs";
import {
  resolveInputPath
} from "./chunk-6AG5JHL2.mjs";
import {
  parseBooleanInput
} from "./chunk-F2MZNOSI.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/monitor/step.ts
import { join } from "node:path";
var STEP = "monitor";
var DRIFT_FIGURES = /* @__PURE__ */ new Set(["feature_drift_share", "drifted_features", "prediction_drift"]);
var monitorStep = {
  name: STEP,
  description: "Monitors a model in production: reads prediction logs into windows, measures drift, data quality and (with delayed labels) performance against the reference, keeps one GitHub issue per model and dispatches retraining on a critical alert.",
  inputs: {
    logs: { description: "Production logs: mlci serve's --log-dir (or its .jsonl / .jsonl.gz files), KServe inference-logger CloudEvents dumped as JSON Lines, or CSV / JSON Lines / Parquet files or globs of inputs (timestamp, request_id, score and prediction columns are recognised).", required: true },
    since: { description: "Read rows from this time on (ISO 8601, UTC). Empty: from the start of the logs.", default: "" },
    until: { description: "Read rows before this time (ISO 8601). Empty: to the end of the logs (or now, with window).", default: "" },
    window: { description: "Read the last period before until (or now), e.g. 7d. Empty: since/until.", default: "" },
    "window-size": { description: "Each window the figures are computed for: a length of time, e.g. 1d (aligned to UTC midnight) or 6h, or a number of rows, e.g. 10000 rows (chunks, in reading order). Empty: the policy's chunk, else one window for the whole period.", default: "" },
    reference: { description: "What production is compared with: the training data's statistics.json (validate-data writes it; artifact:NAME/statistics.json works too), or a registry reference such as demo@production, whose published statistics.json and metrics.json are used and whose version is the one judged.", required: true },
    registry: { description: "The model store of a registry reference: a folder or oci://HOST/PATH. Empty: MLCI_REGISTRY, else ./mlci-registry.", default: "" },
    labels: { description: "Delayed ground truth: a CSV / JSON Lines / Parquet file with request_id and label columns; performance per window is then compared with gated-metrics.", default: "" },
    "gated-metrics": { description: "The metrics.json evaluate-gate wrote for the model in production: the values max_drop rules compare with, and its score distribution the reference of prediction drift.", default: "" },
    model: { description: "The model monitored (a registry reference such as demo@production, or a name): names its issue and selects its rows in logs that hold several models.", default: "" },
    version: { description: "The model version whose rows are judged. Empty: the version that answered last; rows of other versions are reported apart.", default: "" },
    schema: { description: "A committed data schema (validate-data's): missing values and rule violations per window.", default: "" },
    target: { description: "The reference's label column, which is not a feature. Empty: the schema's target.", default: "" },
    policy: { description: "Monitor policy YAML (e.g. .mlci/monitor.yml): which figures alert, at what level, after how many windows; see docs/monitor.md. Empty: the default policy.", default: "" },
    "retrain-workflow": { description: "On a critical alert, start retraining: a workflow file (train.yml) run by workflow_dispatch with the inputs reason, window, model and data (needs actions: write), or repository_dispatch:EVENT. Empty: no dispatch.", default: "" },
    "retrain-ref": { description: "The branch the retraining workflow runs on. Empty: the branch of this run.", default: "" },
    "retrain-data": { description: "The data input passed to the retraining workflow (a path, glob or data reference).", default: "" },
    "fail-on-alert": { description: "Fail the step when an alert fires. A monitor's job is to report, so false by default.", default: "false" },
    "output-dir": { description: "Where monitor.json, report.md and each window's statistics.json are written. Default: a folder under the runner temp dir (CLI: ./mlci-output/monitor).", default: "" },
    "upload-artifact": { description: "Upload output-dir as an artifact of this name. Empty: no upload.", default: "" },
    "github-token": { description: "Token for the monitor issue (issues: write) and the retraining dispatch (actions: write). CLI: the GITHUB_TOKEN environment variable.", default: "${{ github.token }}" }
  },
  outputs: {
    drifted: { description: `"true" when a drift alert fires or a judged window drifted by validate-data's dataset rule.` },
    alerts: { description: "How many alerts fire." },
    "issue-number": { description: "The model's monitor issue, when it has one (open or just closed)." },
    dispatched: { description: '"true" when retraining was dispatched by this run.' },
    "report-file": { description: "Path of report.md." },
    "output-dir": { description: "The directory holding monitor.json, report.md, windows/*.statistics.json and manifest.json." }
  },
  async run(host) {
    const { monitorLogs } = await import("./monitor-ZIXO66HU.mjs");
    const { writeOutputManifest } = await import("./output-manifest-52O4FRFW.mjs");
    const { publishOutputDir } = await import("./artifact-inputs-NJWKAZIG.mjs");
    const failOnAlert = parseBooleanInput("fail-on-alert", host.input("fail-on-alert"), false);
    const retrainInput = host.input("retrain-workflow").trim();
    const { parseRetrainTarget } = await import("./dispatch-NMLPAP3B.mjs");
    const retrainTarget = retrainInput ? parseRetrainTarget(retrainInput) : void 0;
    const logs = splitPatternList(host.input("logs"));
    if (logs.length === 0) throw new UserError('Input "logs" is required.', "input logs", "Point logs at mlci serve's --log-dir, at KServe CloudEvents dumped as JSON Lines, or at files of inputs.");
    const referenceInput = host.input("reference").trim();
    if (!referenceInput) throw new UserError('Input "reference" is required.', "input reference", "Pass the training data's statistics.json (validate-data's statistics-file output, or artifact:NAME/statistics.json).");
    const { isRegistryReference, pullMonitoredModel } = await import("./registry-reference-RHXFAI5X.mjs");
    const pulled = isRegistryReference(referenceInput) ? await pullMonitoredModel(referenceInput, { registry: host.input("registry"), env: host.env, logger: host.logger, dir: join(host.tempDir, "mlci-monitor-reference") }) : void 0;
    const reference = pulled?.statistics ?? await resolveInputPath(host, "reference", referenceInput);
    const optionalPath = async (name) => {
      const value = host.input(name).trim();
      return value ? resolveInputPath(host, name, value) : void 0;
    };
    const labels = await optionalPath("labels");
    const gatedMetrics = await optionalPath("gated-metrics") ?? pulled?.gatedMetrics;
    const schema = await optionalPath("schema");
    const policy = await optionalPath("policy");
    const outputDir = await resolveOutputDir(host, STEP);
    const text = (name) => host.input(name).trim() || void 0;
    const { availableParallelism } = await import("node:os");
    const { findBundledWorker } = await import("./bundled-worker-TWTSZKBD.mjs");
    const workerScript = findBundledWorker("monitor-read-worker");
    const result = await monitorLogs({
      logs,
      ...workerScript ? { workerScript, workers: Math.min(2, availableParallelism()) } : {},
      reference,
      outputDir,
      now: Date.now(),
      logger: host.logger,
      ...defined({ since: text("since"), until: text("until"), window: text("window"), windowSize: text("window-size"), model: text("model") ?? pulled?.name, version: text("version") ?? pulled?.version, target: text("target"), labels, gatedMetrics, schema, policy })
    });
    let issueNumber = "";
    let dispatched = false;
    const { openGitHubSession } = await import("./step-publishing-2WPOIQR3.mjs");
    const session = await openGitHubSession(host);
    if (session?.api) {
      const { actOnAlerts } = await import("./monitor-actions-FGFR6G6Z.mjs");
      const model = result.model ?? "model";
      const acted = await actOnAlerts(session.api, session.context.repo, {
        model,
        version: result.version,
        alerts: result.alerts,
        windows: result.windows.length,
        rows: result.windows.reduce((s, w) => s + w.rows, 0),
        cooldownMs: result.policy.cooldownMs,
        now: Date.now(),
        runUrl: session.context.runUrl,
        ...retrainTarget ? { retrain: { target: retrainTarget, ref: host.input("retrain-ref").trim() || host.env.GITHUB_REF_NAME || "main", window: text("window") ?? text("window-size") ?? "all", data: host.input("retrain-data").trim() } } : {}
      });
      issueNumber = acted.issue ? String(acted.issue.number) : "";
      dispatched = acted.dispatched;
      const issueWords = { none: "no issue needed", open: "opened", reopen: "reopened", update: "updated", close: "closed" }[acted.decision.issue.kind];
      host.logger.info(`Monitor issue: ${issueWords}${acted.issue ? ` (#${acted.issue.number} ${acted.issue.url})` : ""}${dispatched ? `; retraining dispatched${acted.dispatchUrl ? `: ${acted.dispatchUrl}` : ""}` : ""}.`);
    } else if (session) host.logger.warning("No GitHub token: the monitor issue and the retraining dispatch are skipped.");
    else host.logger.info("Not on GitHub (no GITHUB_REPOSITORY): no issue is opened and nothing is dispatched.");
    await host.summary(result.report);
    await writeOutputManifest(outputDir, STEP);
    await publishOutputDir(host, outputDir);
    const drifted = result.drifted || result.firing.some((a) => DRIFT_FIGURES.has(a.figure));
    host.setOutput("drifted", String(drifted));
    host.setOutput("alerts", String(result.firing.length));
    host.setOutput("issue-number", issueNumber);
    host.setOutput("dispatched", String(dispatched));
    host.setOutput("report-file", result.paths.report);
    host.setOutput("output-dir", outputDir);
    if (failOnAlert && result.firing.length) return { failure: `${result.firing.length} monitor alert${result.firing.length === 1 ? "" : "s"} firing: ${result.firing.map((a) => a.id).join("; ")}` };
    return {};
  }
};
function defined(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}

export {
  monitorStep
};
