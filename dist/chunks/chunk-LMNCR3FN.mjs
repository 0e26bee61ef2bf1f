import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  parseSteps
} from "./chunk-4RKKLANI.mjs";
import {
  resolveOutputDir
} from "./chunk-QNHP6EUZ.mjs";
import {
  publishOutputDir,
  resolveInputPath
} from "./chunk-6AG5JHL2.mjs";
import {
  writeOutputManifest
} from "./chunk-HVFF6HEQ.mjs";
import {
  parseBooleanInput,
  parseNumberInput,
  requireInput
} from "./chunk-F2MZNOSI.mjs";
import {
  writeFileAtomic,
  writeJsonAtomic
} from "./chunk-GCHFRX7U.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/deploy/step.ts
import { join } from "node:path";

// shared/deploy/clock.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

// shared/deploy/step.ts
var STRATEGIES = ["direct", "canary", "shadow"];
var deployStep = {
  name: "deploy",
  description: "Deploys a published, gated model version to an environment: mlci serve (direct, canary or shadow, with automatic rollback) or KServe manifests; recorded as a GitHub deployment.",
  inputs: {
    model: { description: "The model to deploy, a registry reference: NAME:VERSION, NAME@ALIAS or NAME@sha256:\u2026 (with a store: oci://HOST/PATH/NAME:v3). Required unless rollback.", default: "" },
    registry: { description: "The registry a reference without a store refers to: oci://HOST/PATH or a local folder. Default: MLCI_REGISTRY, else ./mlci-registry.", default: "" },
    environment: { description: "The environment (a GitHub environment, e.g. staging or production); also the registry alias the server follows.", required: true },
    verdict: { description: "evaluate-gate's verdict.json for this model (or artifact:NAME/verdict.json): deploy refuses a failed verdict or one for another model.", default: "" },
    "require-verdict": { description: "false: deploy without a verdict (a warning says so). Not for production.", default: "true" },
    target: { description: "serve: an mlci serve instance following the registry; kserve: render KServe InferenceService manifests.", default: "serve" },
    "server-url": { description: "target serve: the server's URL, e.g. http://127.0.0.1:8080 (MLCI_SERVE_TOKEN is sent as its bearer token when set).", default: "" },
    "served-model": { description: "target serve: the name the server serves the model under. Default: the model's name.", default: "" },
    "metrics-url": { description: "target serve: where the server's Prometheus metrics are read. Default: server-url/metrics.", default: "" },
    strategy: { description: "direct: move the alias; canary: traffic by weight steps, analysed, then promoted or rolled back; shadow: a copy of the traffic, analysed, then promoted or withdrawn.", default: "canary" },
    steps: { description: 'Canary weights in percent, rising, e.g. "10, 50, 100".', default: "10, 50, 100" },
    interval: { description: "Seconds each analysis watches the traffic.", default: "60" },
    count: { description: "Passing analyses needed at each step.", default: "1" },
    "failure-limit": { description: "Failed analyses tolerated before rolling back. Default: the policy's failure_limit (0).", default: "" },
    policy: { description: "Rollout policy YAML (e.g. .mlci/rollout.yml; see docs/deploy.md). Empty: error rate \u2264 1%, p95 latency \u2264 2\xD7 stable, prediction drift, shadow disagreement \u2264 5%.", default: "" },
    "smoke-data": { description: "Data file whose first rows are sent through the real endpoint before any traffic; every output must equal the local model's. Empty: no smoke test.", default: "" },
    "smoke-rows": { description: "Rows of smoke-data to send.", default: "20" },
    "smoke-target": { description: "A label column in smoke-data to leave out of the features.", default: "" },
    "ready-timeout": { description: "Seconds to wait for the server to serve the new version after the alias moved.", default: "120" },
    "kserve-mode": { description: "target kserve: Serverless (traffic split by canaryTrafficPercent) or RawDeployment.", default: "Serverless" },
    "kserve-runtime": { description: "target kserve: mlci (mlci serve's ClusterServingRuntime) or triton.", default: "mlci" },
    "kserve-name": { description: "target kserve: the InferenceService name. Default: from the model name.", default: "" },
    "kserve-namespace": { description: "target kserve: the namespace.", default: "" },
    kubeconfig: { description: "target kserve: apply the manifests to this cluster (not built yet: apply them from output-dir with kubectl).", default: "" },
    "prometheus-url": { description: "Read the analysis's figures from this Prometheus server (http://HOST:9090; its /api/v1/query API) instead of scraping metrics-url: a Prometheus scraping mlci serve, or the pods of a KServe InferenceService running it. Unreachable, a query error or no series: the interval is inconclusive.", default: "" },
    "prometheus-model-label": { description: "prometheus-url: the label naming the model in the series.", default: "model" },
    "prometheus-role-label": { description: "prometheus-url: the label telling candidate from stable: role (mlci serve's stable, canary, shadow) or version (the candidate's version against the previous one).", default: "role" },
    "prometheus-selector": { description: 'prometheus-url: more PromQL label matchers for every query, e.g. namespace="prod",job="mlci-serve".', default: "" },
    rollback: { description: "true: roll the environment back to the version it ran before (registry alias history), by hand.", default: "false" },
    "github-token": { description: "Token for the GitHub deployment (needs deployments: write) (CLI: the GITHUB_TOKEN environment variable).", default: "${{ github.token }}" },
    "github-deployment": { description: "Record the deployment and its statuses in GitHub's Deployments (on a runner).", default: "true" },
    "output-dir": { description: "Where results are written. Default: a folder under the runner temp dir (CLI: ./mlci-output/deploy).", default: "" },
    "upload-artifact": { description: "Upload output-dir as an artifact of this name. Empty: no upload.", default: "" }
  },
  outputs: {
    result: { description: "promoted, rolled-back, inconclusive, failed, unchanged or rendered." },
    version: { description: "The version deployed (or rolled back to)." },
    digest: { description: "sha256:\u2026 of the model deployed." },
    "previous-version": { description: "The version the environment ran before." },
    "environment-url": { description: "Where the environment's model answers (server-url), for the job's environment url." },
    "report-file": { description: "Path of report.md." },
    "output-dir": { description: "The directory holding report.md, result.json, any manifests and manifest.json." }
  },
  async run(host) {
    const environment = requireInput("environment", host.input("environment"), "Name the environment, e.g. staging or production.");
    const outputDir = await resolveOutputDir(host, "deploy");
    const rollback = parseBooleanInput("rollback", host.input("rollback"), false);
    const serve = serveSettings(host);
    const openRegistryAccess = async () => {
      const { loadRegistryAccess } = await import("./registry-access-36H6VRHK.mjs");
      const registry = await loadRegistryAccess(host.env, host.logger);
      return { registry, registryLocation: registry.defaultLocation(host.env, host.input("registry").trim() || void 0) };
    };
    const why = { actor: host.env.GITHUB_ACTOR, runUrl: runUrl(host.env), reason: rollback ? "mlci deploy --rollback" : `deploy to ${environment}` };
    const tracker = await deploymentTracker(host, environment);
    let model;
    let result;
    let manifests = [];
    let target = host.input("target").trim() || "serve";
    let strategy = host.input("strategy").trim() || "canary";
    if (rollback) {
      const { rollBackByHand } = await import("./manual-rollback-ZHEKFOGC.mjs");
      const modelInput = requireInput("model", host.input("model"), "Name the model whose environment to roll back: --model NAME.");
      const { registry, registryLocation } = await openRegistryAccess();
      ({ model, result } = await rollBackByHand({ model: modelInput, registryLocation, environment, ...serve ? { serve } : {}, registry, clock: systemClock, logger: host.logger, why, ...tracker ? { tracker } : {} }));
      target = "registry alias";
      strategy = "rollback";
    } else {
      if (!["serve", "kserve"].includes(target)) throw new UserError(`Input "target" must be serve or kserve, got "${target}".`, "input target", "Use serve for mlci serve, kserve to render KServe manifests.");
      if (!STRATEGIES.includes(strategy)) throw new UserError(`Input "strategy" must be one of ${STRATEGIES.join(", ")}, got "${strategy}".`, "input strategy", "canary is the default: traffic by weight steps with automatic rollback.");
      const policyPath = host.input("policy").trim();
      const { defaultRolloutPolicy, loadRolloutPolicy } = await import("./rollout-policy-XY6LICUZ.mjs");
      const policy = policyPath ? await loadRolloutPolicy(await resolveInputPath(host, "policy", policyPath)) : defaultRolloutPolicy();
      const failureLimit = host.input("failure-limit").trim();
      const plan = rolloutPlan(host, strategy, failureLimit ? parseNumberInput("failure-limit", failureLimit, 0, { min: 0, integer: true }) : policy.failureLimit, policy.inconclusiveLimit);
      if (host.input("kubeconfig").trim()) throw new UserError("Applying to a cluster (kubeconfig) is not built yet.", "input kubeconfig", "Leave kubeconfig empty and apply the rendered manifests from output-dir with kubectl apply --server-side.");
      const verdictInput = host.input("verdict").trim();
      const smokeData = host.input("smoke-data").trim();
      const kserve = kserveSettings(host);
      const prometheus = prometheusSettings(host);
      const { registry, registryLocation } = await openRegistryAccess();
      const { deployModel } = await import("./deploy-model-Q54EJEP5.mjs");
      const outcome = await deployModel({
        reference: requireInput("model", host.input("model"), "Set model to a registry reference such as demo:v3."),
        registryLocation,
        environment,
        ...verdictInput ? { verdict: await resolveInputPath(host, "verdict", verdictInput) } : {},
        requireVerdict: parseBooleanInput("require-verdict", host.input("require-verdict"), true),
        target,
        strategy,
        plan,
        policy,
        ...serve ? { serve } : {},
        ...prometheus,
        ...smokeData ? { smoke: await smokeSettings(host, smokeData) } : {},
        kserve,
        outputDir,
        tempDir: host.tempDir,
        clock: systemClock,
        logger: host.logger,
        why,
        registry,
        ...tracker ? { tracker } : {}
      });
      ({ model, result, manifests } = outcome);
    }
    const { renderDeployReport } = await import("./deploy-report-YCHMPACZ.mjs");
    const report = renderDeployReport({ model, environment, target, strategy, result, manifests, ...tracker?.url ? { deploymentUrl: tracker.url } : {} });
    const reportFile = join(outputDir, "report.md");
    await writeFileAtomic(reportFile, report);
    await writeJsonAtomic(join(outputDir, "result.json"), { schema: "mlci/deploy@1", environment, target, strategy, model, ...result });
    await writeOutputManifest(outputDir, "deploy");
    await publishOutputDir(host, outputDir);
    await host.summary(report);
    host.setOutput("result", result.outcome);
    host.setOutput("version", model.version);
    host.setOutput("digest", model.modelDigest);
    host.setOutput("previous-version", result.previousVersion ?? "");
    host.setOutput("environment-url", host.input("server-url").trim());
    host.setOutput("report-file", reportFile);
    host.setOutput("output-dir", outputDir);
    const ok = ["promoted", "unchanged", "rendered"].includes(result.outcome);
    return ok ? {} : { failure: `deploy of ${model.name} ${model.version} to ${environment}: ${result.outcome}. ${result.because ?? ""}`.trim() };
  }
};
function serveSettings(host) {
  const url = host.input("server-url").trim();
  if (!url) return void 0;
  if (!/^https?:\/\//.test(url)) throw new UserError(`server-url "${url}" is not an http(s) URL.`, "input server-url", "Write it as http://HOST:PORT.");
  const metricsUrl = host.input("metrics-url").trim();
  const servedName = host.input("served-model").trim();
  const token = host.env.MLCI_SERVE_TOKEN;
  return {
    url,
    ...metricsUrl ? { metricsUrl } : {},
    ...servedName ? { servedName } : {},
    ...token ? { token } : {},
    readyTimeoutMs: parseNumberInput("ready-timeout", host.input("ready-timeout"), 120, { min: 0 }) * 1e3,
    pollMs: 250
  };
}
var LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
function prometheusSettings(host) {
  const url = host.input("prometheus-url").trim();
  if (!url) return {};
  if (!/^https?:\/\//.test(url)) throw new UserError(`prometheus-url "${url}" is not an http(s) URL.`, "input prometheus-url", "Write it as http://HOST:9090 (the Prometheus server; deploy adds /api/v1/query).");
  const label = (name, fallback) => {
    const value = host.input(name).trim() || fallback;
    if (!LABEL_NAME.test(value)) throw new UserError(`Input "${name}" is not a Prometheus label name: "${value}".`, `input ${name}`, "Use letters, digits and underscores, not starting with a digit, e.g. model.");
    return value;
  };
  const extra = host.input("prometheus-selector").trim().replace(/^\{|\}$/g, "");
  return { prometheus: { url, labels: { model: label("prometheus-model-label", "model"), role: label("prometheus-role-label", "role"), ...extra ? { extra } : {} } } };
}
function rolloutPlan(host, strategy, failureLimit, inconclusiveLimit) {
  const steps = strategy === "canary" ? parseSteps(host.input("steps") || "10, 50, 100") : [100];
  if (typeof steps === "string") throw new UserError(`Input "steps" is not a list of canary weights: ${steps}.`, "input steps", 'Write rising whole percentages, e.g. "10, 50, 100".');
  return {
    steps,
    count: parseNumberInput("count", host.input("count"), 1, { min: 1, integer: true }),
    failureLimit,
    inconclusiveLimit,
    intervalMs: parseNumberInput("interval", host.input("interval"), 60, { min: 0.01 }) * 1e3
  };
}
async function smokeSettings(host, data) {
  const { loadOnnxRuntime } = await import("./onnxruntime-WXYL7PRE.mjs");
  const { loadModel } = await import("./session-75WC23Y4.mjs");
  const target = host.input("smoke-target").trim();
  return {
    data: await resolveInputPath(host, "smoke-data", data),
    rows: parseNumberInput("smoke-rows", host.input("smoke-rows"), 20, { min: 1, max: 1e4, integer: true }),
    ...target ? { target } : {},
    loadModel: async (path) => loadModel(path, { ort: await loadOnnxRuntime({ toolCacheDir: host.toolCacheDir, cache: host.cache, logger: host.logger, allowInstall: host.onRunner }) })
  };
}
function kserveSettings(host) {
  const mode = host.input("kserve-mode").trim() || "Serverless";
  if (mode !== "Serverless" && mode !== "RawDeployment") throw new UserError(`Input "kserve-mode" must be Serverless or RawDeployment, got "${mode}".`, "input kserve-mode", "Serverless splits traffic between revisions; RawDeployment does not.");
  const runtime = host.input("kserve-runtime").trim() || "mlci";
  if (runtime !== "mlci" && runtime !== "triton") throw new UserError(`Input "kserve-runtime" must be mlci or triton, got "${runtime}".`, "input kserve-runtime", "mlci uses mlci serve's ClusterServingRuntime; triton uses KServe's Triton runtime.");
  const name = host.input("kserve-name").trim();
  const namespace = host.input("kserve-namespace").trim();
  return { mode, runtime, ...name ? { name } : {}, ...namespace ? { namespace } : {} };
}
function runUrl(env) {
  if (!env.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return void 0;
  return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
async function deploymentTracker(host, environment) {
  if (!parseBooleanInput("github-deployment", host.input("github-deployment"), true)) return void 0;
  const { openGitHubSession } = await import("./step-publishing-2WPOIQR3.mjs");
  const session = await openGitHubSession(host);
  if (!session?.api) return void 0;
  const { gitHubDeploymentTracker } = await import("./deployments-SQ2KX57T.mjs");
  const serverUrl = host.input("server-url").trim();
  return gitHubDeploymentTracker(session.api, session.context.repo, {
    ref: session.context.sha,
    environment,
    production: /prod/i.test(environment),
    logUrl: session.context.runUrl,
    ...serverUrl ? { environmentUrl: serverUrl } : {}
  });
}

export {
  deployStep
};
