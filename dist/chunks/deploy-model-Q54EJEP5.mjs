import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  allocateInput,
  fillFeed,
  mainThreadRunner,
  planFeeds
} from "./chunk-BKFVP64E.mjs";
import {
  categoryShares,
  chiSquareDrift,
  jensenShannonDistance,
  populationStabilityIndex
} from "./chunk-L4IWRTIY.mjs";
import "./chunk-MQ7BAUGH.mjs";
import {
  ServeClient,
  ServerUnreachableError,
  waitForStableDigest
} from "./chunk-GBQDFGN6.mjs";
import {
  require_dist
} from "./chunk-MHOJOIAV.mjs";
import {
  columnNames
} from "./chunk-MWAICGG4.mjs";
import {
  loadTable
} from "./chunk-AUKHAFSQ.mjs";
import "./chunk-Z7FU6QYM.mjs";
import "./chunk-OODZNGRG.mjs";
import "./chunk-HMON5L2P.mjs";
import {
  RolloutController
} from "./chunk-4RKKLANI.mjs";
import {
  writeFileAtomic
} from "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import {
  UserError,
  describeError
} from "./chunk-PWERFMPE.mjs";
import {
  __toESM
} from "./chunk-4NDXX6IS.mjs";

// shared/deploy/deploy-model.ts
import { mkdir } from "node:fs/promises";
import { join } from "node:path";

// shared/deploy/kserve-manifest.ts
var import_yaml = __toESM(require_dist(), 1);
var KSERVE_RUNTIMES = {
  mlci: { runtime: "mlci-serve", modelFormat: { name: "onnx" } },
  triton: { runtime: "kserve-tritonserver", modelFormat: { name: "onnx", version: "1" } }
};
var DNS_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var PINNED_OCI = /^oci:\/\/[^@\s]+@sha256:[0-9a-f]{64}$/;
function inferenceServiceName(model) {
  const name = model.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^[^a-z]+/, "").replace(/-+$/, "").slice(0, 63).replace(/-+$/, "");
  return name || "model";
}
function renderInferenceService(options) {
  if (!DNS_1035.test(options.name) || options.name.length > 63) {
    throw new UserError(`"${options.name}" is not a valid InferenceService name.`, "input kserve-name", 'Use lowercase letters, digits and "-", starting with a letter, at most 63 characters.');
  }
  if (!PINNED_OCI.test(options.storageUri)) {
    throw new UserError(`The model's storage URI ${options.storageUri} is not an oci:// reference pinned by digest.`, "input model", "Publish the model to an OCI registry (registry: oci://HOST/PATH) so that KServe can pull it by digest.");
  }
  if (options.canaryTrafficPercent !== void 0) {
    if (options.mode !== "Serverless") {
      throw new UserError("A canary traffic split needs KServe's Serverless mode; RawDeployment has no revisions to split between.", "input kserve-mode", "Use kserve-mode: Serverless for strategy canary, or strategy: direct with RawDeployment.");
    }
    if (!Number.isInteger(options.canaryTrafficPercent) || options.canaryTrafficPercent < 0 || options.canaryTrafficPercent > 100) throw new Error(`canary weight ${options.canaryTrafficPercent} out of range`);
  }
  const runtime = KSERVE_RUNTIMES[options.runtime];
  const labels = {
    "app.kubernetes.io/managed-by": "mlci",
    "mlci.dev/model": labelValue(options.model.name),
    "mlci.dev/version": labelValue(options.model.version)
  };
  if (options.environment) labels["mlci.dev/environment"] = labelValue(options.environment);
  return {
    apiVersion: "serving.kserve.io/v1beta1",
    kind: "InferenceService",
    metadata: {
      name: options.name,
      ...options.namespace ? { namespace: options.namespace } : {},
      labels,
      annotations: {
        "serving.kserve.io/deploymentMode": options.mode,
        "serving.kserve.io/enable-prometheus-scraping": "true",
        "mlci.dev/model-digest": options.model.digest
      }
    },
    spec: {
      predictor: {
        ...options.canaryTrafficPercent !== void 0 ? { canaryTrafficPercent: options.canaryTrafficPercent } : {},
        model: {
          modelFormat: runtime.modelFormat,
          runtime: options.runtime === "mlci" ? options.runtimeName ?? runtime.runtime : runtime.runtime,
          protocolVersion: "v2",
          storageUri: options.storageUri
        }
      }
    }
  };
}
function inferenceServiceYaml(manifest) {
  return (0, import_yaml.stringify)(manifest, { lineWidth: 0 });
}
function labelValue(text) {
  return text.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 63).replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
}

// shared/deploy/metric-window.ts
var MetricWindow = class {
  constructor(before, after) {
    this.before = before;
    this.after = after;
  }
  before;
  after;
  /** the increase of every series of `name` whose labels match `match`, summed */
  increase(name, match) {
    let total = 0;
    for (const sample of this.after.get(name) ?? []) {
      if (!matches(sample, match)) continue;
      total += increaseOf(sample, this.before.get(name));
    }
    return total;
  }
  /**
   * The increase of each bucket of histogram `name` over the matching series, as cumulative counts
   * by upper bound (le), sorted, the last one +Inf.
   */
  histogram(name, match) {
    const byBound = /* @__PURE__ */ new Map();
    for (const sample of this.after.get(`${name}_bucket`) ?? []) {
      if (!matches(sample, match) || sample.labels.le === void 0) continue;
      const le = sample.labels.le === "+Inf" ? Infinity : Number(sample.labels.le);
      byBound.set(le, (byBound.get(le) ?? 0) + increaseOf(sample, this.before.get(`${name}_bucket`)));
    }
    return [...byBound.entries()].sort((a, b) => a[0] - b[0]).map(([le, count]) => ({ le, count }));
  }
};
function matches(sample, match) {
  for (const [label, wanted] of Object.entries(match)) {
    const value = sample.labels[label] ?? "";
    if (typeof wanted === "string" ? value !== wanted : !wanted(value)) return false;
  }
  return true;
}
function increaseOf(sample, earlier) {
  const previous = earlier?.find((e) => sameLabels(e.labels, sample.labels));
  if (!previous) return sample.value;
  return sample.value >= previous.value ? sample.value - previous.value : sample.value;
}
function sameLabels(a, b) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
function histogramQuantile(q, buckets) {
  if (buckets.length < 2 || buckets[buckets.length - 1].le !== Infinity) return void 0;
  const total = buckets[buckets.length - 1].count;
  if (total === 0) return void 0;
  const rank = q * total;
  let index = buckets.findIndex((b) => b.count >= rank);
  if (index === buckets.length - 1) return buckets[buckets.length - 2].le;
  if (index === 0 && buckets[0].le <= 0) return buckets[0].le;
  let start = 0;
  let below = 0;
  if (index > 0) {
    start = buckets[index - 1].le;
    below = buckets[index - 1].count;
  }
  if (index < 0) index = buckets.length - 1;
  const bucket = buckets[index];
  return start + (bucket.le - start) * ((rank - below) / (bucket.count - below));
}
function bucketCounts(buckets) {
  const counts = /* @__PURE__ */ new Map();
  let previous = 0;
  for (const b of buckets) {
    counts.set(String(b.le), b.count - previous);
    previous = b.count;
  }
  return counts;
}

// shared/deploy/interval-figures.ts
var SERVE_METRICS = {
  requests: "mlci_inference_requests_total",
  duration: "mlci_inference_request_duration_seconds",
  score: "mlci_prediction_score",
  shadowComparisons: "mlci_shadow_comparisons_total",
  shadowDisagreements: "mlci_shadow_disagreements_total"
};
function scrapedRoleFigures(window, model, role) {
  const requests = window.increase(SERVE_METRICS.requests, { model, role });
  const errors = window.increase(SERVE_METRICS.requests, { model, role, code: (code) => code.startsWith("5") });
  return roleFigures(requests, errors, histogramQuantile(0.95, window.histogram(SERVE_METRICS.duration, { model, role })) ?? null, bucketCounts(window.histogram(SERVE_METRICS.score, { model, role })));
}
function roleFigures(requests, errors, p95Seconds, scoreCounts) {
  return { requests, errors, errorRate: requests > 0 ? errors / requests : null, p95Seconds, scoreCounts };
}
function scrapedFigures(window, model, role) {
  const figures = { stable: scrapedRoleFigures(window, model, "stable"), candidate: scrapedRoleFigures(window, model, role) };
  if (role === "shadow") {
    figures.shadow = {
      comparisons: window.increase(SERVE_METRICS.shadowComparisons, { model }),
      disagreements: window.increase(SERVE_METRICS.shadowDisagreements, { model })
    };
  }
  return figures;
}
var ScrapeSource = class {
  constructor(scrape, model, role, description) {
    this.scrape = scrape;
    this.model = model;
    this.role = role;
    this.description = description;
  }
  scrape;
  model;
  role;
  description;
  before;
  async begin() {
    this.before = void 0;
    try {
      this.before = await this.scrape();
      return void 0;
    } catch (err) {
      return `metrics unreachable: ${describeError(err)}`;
    }
  }
  async end() {
    let after;
    try {
      after = await this.scrape();
    } catch (err) {
      return `metrics unreachable: ${describeError(err)}`;
    }
    if (!this.before) return "metrics unreachable at the start of the interval";
    return scrapedFigures(new MetricWindow(this.before, after), this.model, this.role);
  }
};

// shared/deploy/prometheus-query.ts
var PrometheusSource = class {
  constructor(o) {
    this.o = o;
    this.base = o.url.replace(/\/+$/, "").replace(/\/api\/v1\/query$/, "");
    this.description = `Prometheus at ${this.base}`;
  }
  o;
  description;
  base;
  start = 0;
  async begin() {
    this.start = this.o.now();
    return void 0;
  }
  async end() {
    const at = this.o.now();
    const range = `${Math.max(1, Math.round((at - this.start) / 1e3))}s`;
    try {
      return await this.figuresAt(at / 1e3, range);
    } catch (err) {
      return describeError(err);
    }
  }
  /** the figures over [time - range, time] */
  async figuresAt(time, range) {
    const { role } = this.o;
    const candidate = await this.role(role, time, range, true);
    const stable = await this.role("stable", time, range, false);
    const figures = { candidate, stable };
    if (role === "shadow") {
      const model = this.selector({});
      figures.shadow = {
        comparisons: await this.sum(`sum(increase(${SERVE_METRICS.shadowComparisons}${model}[${range}]))`, time, 0),
        disagreements: await this.sum(`sum(increase(${SERVE_METRICS.shadowDisagreements}${model}[${range}]))`, time, 0)
      };
    }
    return figures;
  }
  async role(role, time, range, required) {
    const sel = this.roleSelector(role);
    if (sel === void 0) return roleFigures(0, 0, null, /* @__PURE__ */ new Map());
    const requestsQuery = `sum(increase(${SERVE_METRICS.requests}${this.selector(sel)}[${range}]))`;
    const requests = await this.sum(requestsQuery, time, required ? void 0 : 0);
    const errors = await this.sum(`sum(increase(${SERVE_METRICS.requests}${this.selector({ ...sel, code: ["=~", "5.."] })}[${range}]))`, time, 0);
    const p95 = await this.sum(`histogram_quantile(0.95, sum by (le) (rate(${SERVE_METRICS.duration}_bucket${this.selector(sel)}[${range}])))`, time, NaN);
    const scores = await this.query(`sum by (le) (increase(${SERVE_METRICS.score}_bucket${this.selector(sel)}[${range}]))`, time);
    const buckets = scores.filter((s) => s.metric.le !== void 0).map((s) => ({ le: s.metric.le === "+Inf" ? Infinity : Number(s.metric.le), count: Number(s.value[1]) })).sort((a, b) => a.le - b.le);
    return roleFigures(round(requests), round(errors), Number.isFinite(p95) ? p95 : null, bucketCounts(buckets));
  }
  /** the label matchers selecting one role's series; undefined when there is nothing to select */
  roleSelector(role) {
    const { labels } = this.o;
    if (labels.role !== "version") return { [labels.role]: role };
    const version = role === "stable" ? this.o.stableVersion : this.o.candidateVersion;
    return version === null ? void 0 : { [labels.role]: version };
  }
  selector(matchers) {
    const parts = [`${this.o.labels.model}="${escape(this.o.model)}"`];
    for (const [label, m] of Object.entries(matchers)) {
      const [op, value] = typeof m === "string" ? ["=", m] : m;
      parts.push(`${label}${op}"${escape(value)}"`);
    }
    if (this.o.labels.extra?.trim()) parts.push(this.o.labels.extra.trim());
    return `{${parts.join(",")}}`;
  }
  /** a query whose answer is one number; an empty answer is `empty`, or an error when none is given */
  async sum(query, time, empty) {
    const result = await this.query(query, time);
    if (result.length === 0) {
      if (empty !== void 0) return empty;
      throw new Error(`Prometheus has no series for ${query} at ${new Date(time * 1e3).toISOString()}: is it scraping the server, and are the label names (prometheus-model-label, prometheus-role-label) right?`);
    }
    return Number(result[0].value[1]);
  }
  async query(query, time) {
    const url = `${this.base}/api/v1/query?${new URLSearchParams({ query, time: time.toFixed(3) })}`;
    let response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(this.o.timeoutMs ?? 1e4) });
    } catch (err) {
      throw new Error(`Prometheus unreachable at ${this.base}: ${describeError(err)}`);
    }
    const text = await response.text();
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`${this.base} answered ${response.status} with something that is not the Prometheus API's JSON: ${text.slice(0, 120)}`);
    }
    if (body.status !== "success") throw new Error(`Prometheus refused the query ${query}: ${body.errorType ?? response.status}: ${body.error ?? text.slice(0, 200)}`);
    if (body.data?.resultType !== "vector" || !Array.isArray(body.data.result)) throw new Error(`Prometheus answered ${query} with a ${body.data?.resultType ?? "missing"} result, not a vector.`);
    return body.data.result;
  }
};
function escape(value) {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}
function round(x) {
  return Math.round(x * 100) / 100;
}

// shared/deploy/canary-analysis.ts
function analyseCanary(figures, policy, role, earlierStable) {
  const candidate = figures.candidate;
  const measured = figures.stable;
  const stable = measured.requests < policy.minRequests && earlierStable && earlierStable.requests >= policy.minRequests ? { ...earlierStable, earlier: true } : measured;
  const analysis = { outcome: "pass", role, candidate, stable, findings: [] };
  if (role === "shadow" && figures.shadow) analysis.shadow = figures.shadow;
  const findings = analysis.findings;
  if (candidate.requests < policy.minRequests) {
    findings.push({
      rule: "min_requests",
      passed: null,
      text: `The ${role} served ${candidate.requests} request${candidate.requests === 1 ? "" : "s"} in the interval, fewer than the ${policy.minRequests} needed to judge it.`,
      figures: { requests: candidate.requests, min_requests: policy.minRequests },
      line: 0
    });
    analysis.outcome = "inconclusive";
    return analysis;
  }
  if (policy.maxErrorRate) findings.push(errorRateFinding(candidate, role, policy.maxErrorRate));
  if (policy.latencyP95) findings.push(latencyFinding(candidate, stable, role, policy, policy.latencyP95));
  if (policy.predictionDrift) findings.push(driftFinding(candidate, stable, role, policy, policy.predictionDrift));
  if (policy.maxShadowDisagreement && analysis.shadow) findings.push(shadowFinding(analysis.shadow, policy, policy.maxShadowDisagreement));
  if (findings.some((f) => f.passed === false)) analysis.outcome = "fail";
  else if (findings.some((f) => f.passed === null)) analysis.outcome = "inconclusive";
  return analysis;
}
var pct = (x) => `${(x * 100).toFixed(2)}%`;
var ms = (s) => `${(s * 1e3).toFixed(1)} ms`;
function errorRateFinding(candidate, role, rule) {
  const rate = candidate.errorRate ?? 0;
  return {
    rule: "max_error_rate",
    passed: rate <= rule.limit,
    text: `Error rate of the ${role}: ${pct(rate)} (${candidate.errors} of ${candidate.requests} requests answered 5xx); the ceiling is ${pct(rule.limit)}.`,
    figures: { error_rate: rate, errors: candidate.errors, requests: candidate.requests, limit: rule.limit },
    line: rule.line
  };
}
function latencyFinding(candidate, stable, role, policy, rule) {
  const figures = { p95_seconds: candidate.p95Seconds, stable_p95_seconds: stable.p95Seconds };
  const base = { rule: "latency_p95", figures, line: rule.line };
  if (candidate.p95Seconds === null) return { ...base, passed: null, text: `The ${role}'s latency histogram is empty.` };
  const parts = [`p95 latency of the ${role}: ${ms(candidate.p95Seconds)}`];
  let passed = true;
  if (rule.maxMs !== void 0) {
    figures.max_ms = rule.maxMs;
    passed &&= candidate.p95Seconds * 1e3 <= rule.maxMs;
    parts.push(`ceiling ${rule.maxMs} ms`);
  }
  if (rule.maxRatioToStable !== void 0) {
    figures.max_ratio_to_stable = rule.maxRatioToStable;
    if (stable.p95Seconds === null || stable.requests < policy.minRequests) {
      return { ...base, passed: passed ? null : false, text: `${parts.join("; ")}; stable served ${stable.requests} requests, too few to compare with.` };
    }
    const ratio = candidate.p95Seconds / stable.p95Seconds;
    figures.ratio_to_stable = ratio;
    passed &&= ratio <= rule.maxRatioToStable;
    parts.push(`stable's ${ms(stable.p95Seconds)}${stable.earlier ? " (from an earlier interval)" : ""}, ratio ${ratio.toFixed(2)} (ceiling ${rule.maxRatioToStable})`);
  }
  return { ...base, passed, text: `${parts.join("; ")}.` };
}
function driftFinding(candidate, stable, role, policy, rule) {
  const base = { rule: "prediction_drift", line: rule.line };
  const candidateTotal = sumOf(candidate.scoreCounts);
  const stableTotal = sumOf(stable.scoreCounts);
  const figures = { candidate_predictions: candidateTotal, stable_predictions: stableTotal, threshold: rule.threshold };
  if (candidateTotal === 0 && stableTotal === 0) {
    return { ...base, figures, passed: true, text: "No prediction scores were recorded (a regression model has none): prediction drift not measured." };
  }
  if (candidateTotal < policy.minRequests || stableTotal < policy.minRequests) {
    return { ...base, figures, passed: null, text: `Too few predictions to compare distributions (${role} ${candidateTotal}, stable ${stableTotal}; ${policy.minRequests} needed on each side).` };
  }
  let value;
  let drifted;
  if (rule.method === "chisquare") {
    value = chiSquareDrift(stable.scoreCounts, candidate.scoreCounts).pValue;
    drifted = value <= rule.threshold;
  } else {
    const shares = categoryShares(stable.scoreCounts, candidate.scoreCounts, rule.method === "psi");
    value = rule.method === "psi" ? populationStabilityIndex(shares.reference, shares.current) : jensenShannonDistance(shares.reference, shares.current);
    drifted = value >= rule.threshold;
  }
  figures.value = value;
  const measure = rule.method === "chisquare" ? `chi-square p-value ${value.toPrecision(3)} (drift at \u2264 ${rule.threshold})` : `${rule.method === "psi" ? "PSI" : "Jensen-Shannon distance"} ${value.toPrecision(3)} (drift at \u2265 ${rule.threshold})`;
  return { ...base, figures, passed: !drifted, text: `Prediction scores of the ${role} against stable: ${measure}, over ${candidateTotal} and ${stableTotal} predictions${stable.earlier ? " (stable's from an earlier interval)" : ""}.` };
}
function shadowFinding(shadow, policy, rule) {
  const figures = { comparisons: shadow.comparisons, disagreements: shadow.disagreements, limit: rule.limit };
  if (shadow.comparisons < policy.minRequests) {
    return { rule: "max_shadow_disagreement", passed: null, figures, line: rule.line, text: `Only ${shadow.comparisons} shadow comparisons, fewer than the ${policy.minRequests} needed.` };
  }
  const rate = shadow.disagreements / shadow.comparisons;
  return { rule: "max_shadow_disagreement", passed: rate <= rule.limit, figures: { ...figures, rate }, line: rule.line, text: `The shadow disagreed with stable on ${pct(rate)} of requests (${shadow.disagreements} of ${shadow.comparisons}); the ceiling is ${pct(rule.limit)}.` };
}
function sumOf(counts) {
  let s = 0;
  for (const v of counts.values()) s += v;
  return s;
}

// shared/deploy/serve-rollout.ts
async function runServeRollout(options) {
  return new ServeRollout(options).run();
}
var ServeRollout = class {
  constructor(o) {
    this.o = o;
    this.result = { outcome: "failed", failedRules: [], history: [], analyses: [], previousVersion: null, actions: [] };
    this.role = o.strategy === "shadow" ? "shadow" : "canary";
  }
  o;
  result;
  aliasMoved = false;
  role;
  /** the candidate as the server addresses it: its stable reference with the version for the alias */
  reference = "";
  /** stable's figures from the last interval in which it served enough requests */
  lastStable;
  figures;
  async run() {
    const { o, result } = this;
    const routes = await o.client.modelRoutes(o.servedName);
    this.checkFollowsAlias(routes);
    this.reference = `${routes.stable.reference.slice(0, -(o.environment.length + 1))}:${o.candidate.version}`;
    const aliases = await o.registry.aliases(o.candidate.name);
    result.previousVersion = aliases[o.environment] ?? null;
    this.figures = o.figures?.({ role: this.role, previousVersion: result.previousVersion }) ?? new ScrapeSource(() => o.client.metrics(), o.servedName, this.role, "the server's /metrics");
    if (routes.stable.model_digest === o.candidate.modelDigest && result.previousVersion === o.candidate.version) {
      return this.end("unchanged", `${o.environment} already serves ${o.candidate.name} ${o.candidate.version}.`);
    }
    try {
      await this.placeCandidate();
      if (o.smoke) {
        await this.progress(`Smoke test of ${o.candidate.version}.`);
        result.smoke = await o.smoke(o.candidate.version);
        this.did(`Smoke test: ${result.smoke.rows} rows through the server, ${result.smoke.passed ? "every output equal to the local model's" : result.smoke.problems.join("; ")}.`);
        if (!result.smoke.passed) {
          await this.withdraw();
          return this.end("rolled-back", `The smoke test failed: ${result.smoke.problems.join("; ")}.`);
        }
      }
      if (o.strategy !== "direct") {
        const decision = await this.progressively();
        if (decision.kind === "rollback") {
          result.failedRules = decision.findings.filter((f) => f.passed === false);
          await this.withdraw();
          return this.end(decision.inconclusive ? "inconclusive" : "rolled-back", decision.because);
        }
      }
      await this.promote();
      return this.end("promoted", `${o.candidate.name} ${o.candidate.version} serves all of ${o.environment}.`);
    } catch (err) {
      return this.fail(err);
    }
  }
  /** A server that does not follow the environment's alias would never pick up the move. */
  checkFollowsAlias(routes) {
    const { o } = this;
    const alias = `@${o.environment}`;
    if (!routes.stable.reference.endsWith(alias)) {
      throw new UserError(
        `The server serves "${o.servedName}" from ${routes.stable.reference}, which does not follow the alias ${o.environment}: moving the alias would change nothing there.`,
        "input environment",
        `Start the server with --model ${o.servedName}=${o.candidate.name}@${o.environment}, or set environment to the alias the server follows.`
      );
    }
  }
  async placeCandidate() {
    const { o } = this;
    await this.progress(`Loading ${o.candidate.version} beside the stable version.`);
    const change = this.role === "shadow" ? { shadow: { reference: this.reference } } : { canary: { reference: this.reference, weight: 0 } };
    const routes = await o.client.setRoute(o.servedName, change);
    const placed = this.role === "shadow" ? routes.shadow : routes.canary;
    if (!placed || placed.model_digest !== o.candidate.modelDigest) {
      throw new UserError(`The server loaded ${placed?.reference ?? "nothing"} (model digest ${placed?.model_digest ?? "none"}) for the ${this.role}, not ${o.candidate.modelDigest}.`, o.client.url, "Check that the server reads the same registry as this step (its --registry).");
    }
    this.did(`Loaded ${this.reference} as the ${this.role} (no traffic yet).`);
  }
  async progressively() {
    const { o } = this;
    const controller = new RolloutController(o.plan);
    this.result.history = controller.history;
    this.did(`Each analysis reads its figures from ${this.figures.description}.`);
    let decision = controller.start(o.clock.now());
    for (; ; ) {
      switch (decision.kind) {
        case "set-weight":
          if (this.role === "canary") {
            await o.client.setRoute(o.servedName, { canary: { reference: this.reference, weight: decision.weight } });
            this.did(`Canary weight ${decision.weight}%.`);
          } else {
            this.did("Shadow receives a copy of every request.");
          }
          await this.progress(this.role === "canary" ? `Canary at ${decision.weight}%.` : "Shadowing stable traffic.");
          decision = controller.weightSet(o.clock.now());
          break;
        case "analyse":
        case "pause": {
          if (decision.kind === "pause") {
            o.logger.warning(`Rollout paused at ${decision.weight}%: ${decision.because}`);
            this.did(`Paused at ${decision.weight}%: ${decision.because}`);
          } else if (decision.because) {
            this.did(decision.because);
          }
          const judgement = await this.measure(decision.until);
          decision = controller.judged(judgement, o.clock.now());
          break;
        }
        case "promote":
        case "rollback":
          return decision;
      }
    }
  }
  /** one interval: its figures (from /metrics or Prometheus), judged */
  async measure(until) {
    const { o } = this;
    const startProblem = await this.figures.begin();
    await o.clock.sleep(Math.max(0, until - o.clock.now()));
    const figures = await this.figures.end();
    const problem = startProblem ?? (typeof figures === "string" ? figures : void 0);
    if (problem !== void 0 || typeof figures === "string") {
      const why = problem ?? String(figures);
      o.logger.warning(`No analysis this interval: ${why}`);
      await o.client.routes();
      return { outcome: "inconclusive", findings: [], problem: why };
    }
    const analysis = analyseCanary(figures, o.policy, this.role, this.lastStable);
    if (!analysis.stable.earlier && analysis.stable.requests >= o.policy.minRequests) this.lastStable = analysis.stable;
    this.result.analyses.push(analysis);
    o.logger.info(`Analysis: ${analysis.outcome}. ${analysis.findings.map((f) => f.text).join(" ")}`);
    return { outcome: analysis.outcome, findings: analysis.findings };
  }
  async promote() {
    const { o, result } = this;
    await this.progress(`Moving ${o.environment} to ${o.candidate.version}.`);
    try {
      result.aliasMove = await o.registry.moveAlias(o.candidate.name, o.environment, o.candidate.version, o.why);
    } catch (err) {
      throw new UserError(`The registry refused to move ${o.environment} to ${o.candidate.version}: ${describeError(err)}`, o.registry.location, "Check the registry's permissions (packages: write for ghcr.io) and that it is reachable; the alias and the server were left as they were.");
    }
    this.aliasMoved = true;
    this.did(`Moved ${o.candidate.name}@${o.environment} from ${result.aliasMove.from ?? "nothing"} to ${o.candidate.version}.`);
    await waitForStableDigest(o.client, o.servedName, o.candidate, { clock: o.clock, timeoutMs: o.readyTimeoutMs, pollMs: o.pollMs });
    this.did(`The server serves ${o.candidate.version} as stable (mlci_model_info names its digest).`);
    await this.withdraw();
  }
  /** takes the candidate out of the route (canary or shadow) */
  async withdraw() {
    const { o } = this;
    await o.client.setRoute(o.servedName, this.role === "shadow" ? { shadow: null } : { canary: null });
    this.did(`Removed the ${this.role} route.`);
  }
  async fail(err) {
    const { o, result } = this;
    const because = describeError(err);
    o.logger.error(`Rollout failed: ${because}`);
    if (this.aliasMoved) {
      try {
        result.restored = await o.registry.rollbackAlias(o.candidate.name, o.environment, { ...o.why, reason: `rollout of ${o.candidate.version} failed: ${because}`.slice(0, 500) });
        this.did(`Put ${o.candidate.name}@${o.environment} back to ${result.restored.to ?? "nothing"}.`);
      } catch (restoreErr) {
        this.did(`Could NOT put ${o.environment} back: ${describeError(restoreErr)}. Move it by hand: mlci deploy --rollback --environment ${o.environment}.`);
      }
    } else {
      this.did(`${o.candidate.name}@${o.environment} was not moved: it still names ${result.previousVersion ?? "nothing"}.`);
    }
    if (!(err instanceof ServerUnreachableError)) {
      try {
        await this.withdraw();
      } catch (withdrawErr) {
        this.did(`Could not remove the ${this.role} route: ${describeError(withdrawErr)}.`);
      }
    }
    if (!isUserFacing(err)) throw err;
    return this.end("failed", because);
  }
  end(outcome, because) {
    this.result.outcome = outcome;
    this.result.because = because;
    return this.result;
  }
  did(action) {
    this.result.actions.push(action);
    this.o.logger.info(action);
  }
  async progress(description) {
    await this.o.onProgress?.(description);
  }
};
function isUserFacing(err) {
  return err instanceof UserError;
}

// shared/deploy/smoke-test.ts
var DATATYPES = { float32: "FP32", float64: "FP64", int64: "INT64", int32: "INT32" };
async function smokeTest(options) {
  const table = await loadTable(options.data, { maxRows: options.rows });
  if (table.rowCount === 0) throw new UserError(`The smoke-test data ${options.data} has no rows.`, "input smoke-data", "Point smoke-data at a CSV, JSON Lines or Parquet file with a few rows of features.");
  const features = columnNames(table).filter((c) => c !== options.target);
  const feeds = planFeeds(options.model.signature, table, features);
  const inputs = feeds.map((feed) => fillFeed(feed, allocateInput(feed, table.rowCount), table, 0, table.rowCount));
  const names = options.model.signature.outputs.map((o) => o.name);
  let local;
  let localProblem;
  try {
    local = await mainThreadRunner(options.model.ort, options.model.session).run(
      inputs,
      names.map((n) => options.model.fetchNames[n] ?? n)
    );
  } catch (err) {
    localProblem = `the model fails on these rows with onnxruntime here too: ${describeError(err).split("\n")[0].slice(0, 300)}`;
  }
  const request = inputs.map((i) => ({ name: i.name, datatype: DATATYPES[i.type] ?? "FP32", shape: i.dims, data: Array.from(i.data, Number) }));
  const tolerance = options.tolerance ?? { atol: 1e-5, rtol: 1e-4 };
  const result = { rows: table.rowCount, outputs: [], maxAbsDiff: 0, problems: [], passed: true };
  let served;
  try {
    served = await options.client.infer(options.servedName, options.version, request, `mlci-deploy-smoke-${Date.now()}`);
  } catch (err) {
    if (err instanceof ServerUnreachableError) throw err;
    result.problems.push(describeError(err), ...localProblem ? [localProblem] : []);
    result.passed = false;
    return result;
  }
  if (!local) {
    result.problems.push(localProblem ?? "the local run gave nothing");
    result.passed = false;
    return result;
  }
  if (served.model_version !== void 0 && served.model_version !== options.version) result.problems.push(`asked for version ${options.version}, the server answered with ${served.model_version}`);
  for (const name of names) {
    const mine = local.outputs[options.model.fetchNames[name] ?? name];
    const theirs = served.outputs?.find((o) => o.name === name);
    if (!theirs) {
      result.problems.push(`the response has no output "${name}"`);
      continue;
    }
    result.outputs.push(name);
    compareOutput(name, mine, theirs, tolerance, result);
  }
  result.passed = result.problems.length === 0;
  return result;
}
function compareOutput(name, mine, theirs, tolerance, result) {
  const expected = Array.from(mine.data);
  const got = (theirs.data ?? []).flat(Infinity);
  if (got.length !== expected.length) {
    result.problems.push(`output "${name}" has ${got.length} values, the local model gives ${expected.length}`);
    return;
  }
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i];
    const g = got[i];
    if (typeof e === "string") {
      if (String(g) !== e) {
        result.problems.push(`output "${name}" differs at element ${i}: served ${JSON.stringify(g)}, local ${JSON.stringify(e)}`);
        return;
      }
      continue;
    }
    const want = Number(e);
    const have = Number(g);
    const diff = Math.abs(have - want);
    if (!Number.isNaN(diff)) result.maxAbsDiff = Math.max(result.maxAbsDiff, diff);
    if (!(diff <= tolerance.atol + tolerance.rtol * Math.abs(want))) {
      result.problems.push(`output "${name}" differs at element ${i}: served ${have}, local ${want}`);
      return;
    }
  }
}

// shared/deploy/verdict-check.ts
import { readFile } from "node:fs/promises";
function digestHex(digest) {
  return digest.replace(/^sha256:/, "").toLowerCase();
}
async function checkVerdict(path, model) {
  let verdict;
  try {
    verdict = JSON.parse(await readFile(path, "utf8"));
  } catch (err) {
    const missing = err.code === "ENOENT";
    throw new UserError(
      missing ? `The verdict file ${path} does not exist.` : `The verdict file ${path} is not JSON.`,
      "input verdict",
      "Pass the verdict.json that evaluate-gate wrote for this model (its verdict-file output, or artifact:NAME/verdict.json)."
    );
  }
  if (verdict?.schema !== "mlci/verdict@1" || typeof verdict.modelSha256 !== "string") {
    throw new UserError(`${path} is not an evaluate-gate verdict (no schema "mlci/verdict@1").`, "input verdict", "Pass the verdict.json that evaluate-gate wrote.");
  }
  if (digestHex(verdict.modelSha256) !== digestHex(model.modelDigest)) {
    throw new UserError(
      `The verdict is for another model: it names sha256:${digestHex(verdict.modelSha256)}, but ${model.name} ${model.version} is ${model.modelDigest}.`,
      "input verdict",
      "Pass the verdict of the evaluation of this very model, or deploy the version that was evaluated."
    );
  }
  if (!verdict.passed) {
    throw new UserError(
      `The gate failed ${model.name} ${model.version}${verdict.failedRules.length ? ` (failed rules: ${verdict.failedRules.join(", ")})` : ""}: it is not deployed.`,
      "input verdict",
      "Fix the model until evaluate-gate passes, or have a maintainer override the gate on the pull request."
    );
  }
  return verdict;
}

// shared/deploy/deploy-model.ts
async function deployModel(options) {
  const { logger } = options;
  const ref = options.registry.parse(options.reference, options.registryLocation);
  if (ref.alias === options.environment) {
    throw new UserError(`model names the alias ${ref.alias}, the one being moved.`, "input model", `Deploy a version (${ref.name}:v3) or another alias (${ref.name}@staging) to ${options.environment}.`);
  }
  const registry = options.registry.open(ref.store);
  const resolved = await registry.resolve(ref);
  const model = { name: resolved.name, version: resolved.version, manifestDigest: resolved.manifestDigest, modelDigest: resolved.modelDigest };
  logger.info(`Deploying ${model.name} ${model.version} (model ${model.modelDigest}) to ${options.environment}.`);
  if (options.verdict) {
    await checkVerdict(options.verdict, model);
    logger.info(`The gate's verdict names this model and passed.`);
  } else if (options.requireVerdict) {
    throw new UserError("No verdict was given, and deploy requires one.", "input verdict", "Pass the verdict.json evaluate-gate wrote for this model, or set require-verdict: false to deploy without the gate (not for production).");
  } else {
    logger.warning("Deploying without a gate verdict (require-verdict: false).");
  }
  await options.tracker?.started({ name: model.name, version: model.version, digest: model.modelDigest });
  let outcome;
  try {
    outcome = options.target === "kserve" ? await renderKServe(options, ref, model) : await deployToServe(options, ref, registry, model);
  } catch (err) {
    await options.tracker?.finished({ outcome: "failed", because: err.message, failedRules: [], history: [], analyses: [], previousVersion: null, actions: [] });
    throw err;
  }
  await options.tracker?.finished(outcome.result);
  return outcome;
}
async function deployToServe(options, ref, registry, model) {
  const serve = options.serve;
  if (!serve?.url) throw new UserError("target serve needs the server's URL.", "input server-url", "Set server-url to where mlci serve answers, e.g. http://127.0.0.1:8080.");
  const client = new ServeClient(serve.url, { ...serve.token ? { token: serve.token } : {}, ...serve.metricsUrl ? { metricsUrl: serve.metricsUrl } : {} });
  let smoke;
  if (options.smoke) {
    const s = options.smoke;
    const dir = join(options.tempDir, "deploy-model");
    await mkdir(dir, { recursive: true });
    const pulled = await registry.pull({ store: ref.store, name: ref.name, version: model.version }, dir);
    const loaded = await s.loadModel(pulled.modelFile);
    smoke = (version) => smokeTest({ client, servedName: serve.servedName ?? model.name, version, model: loaded, data: s.data, rows: s.rows, ...s.target ? { target: s.target } : {} });
  }
  const result = await runServeRollout({
    client,
    registry,
    candidate: model,
    servedName: serve.servedName ?? model.name,
    environment: options.environment,
    strategy: options.strategy,
    plan: options.plan,
    policy: options.policy,
    clock: options.clock,
    logger: options.logger,
    why: options.why,
    readyTimeoutMs: serve.readyTimeoutMs,
    pollMs: serve.pollMs,
    ...smoke ? { smoke } : {},
    ...options.prometheus ? { figures: prometheusFigures(options.prometheus, serve.servedName ?? model.name, model.version, options.clock) } : {},
    ...options.tracker ? { onProgress: (d) => options.tracker.progress(d) } : {}
  });
  return { model, result, manifests: [] };
}
function prometheusFigures(prometheus, servedName, candidateVersion, clock) {
  return ({ role, previousVersion }) => new PrometheusSource({ url: prometheus.url, labels: prometheus.labels, model: servedName, role, candidateVersion, stableVersion: previousVersion, now: () => clock.now() });
}
async function renderKServe(options, ref, model) {
  const k = options.kserve;
  if (!ref.store.startsWith("oci://")) {
    throw new UserError(`KServe pulls models from an OCI registry, but ${ref.store} is a local folder.`, "input registry", "Publish the model to an OCI registry (registry: oci://ghcr.io/OWNER/models) and deploy from there.");
  }
  const storageUri = `${ref.store.replace(/\/+$/, "")}/${model.name}@${model.manifestDigest}`;
  const name = k.name ?? inferenceServiceName(model.name);
  const dir = join(options.outputDir, "kserve");
  await mkdir(dir, { recursive: true });
  const base = { name, ...k.namespace ? { namespace: k.namespace } : {}, storageUri, mode: k.mode, runtime: k.runtime, ...k.runtimeName ? { runtimeName: k.runtimeName } : {}, model: { name: model.name, version: model.version, digest: model.modelDigest }, environment: options.environment };
  const manifests = [];
  const write = async (file, canaryTrafficPercent) => {
    const path = join(dir, file);
    await writeFileAtomic(path, inferenceServiceYaml(renderInferenceService({ ...base, ...canaryTrafficPercent !== void 0 ? { canaryTrafficPercent } : {} })));
    manifests.push(path);
  };
  if (options.strategy === "canary" && k.mode === "Serverless") {
    for (const weight of options.plan.steps.filter((w) => w < 100)) await write(`inferenceservice-canary-${weight}.yaml`, weight);
    await write("inferenceservice-rollback.yaml", 0);
  }
  await write("inferenceservice.yaml");
  if (options.prometheus) options.logger.warning(`prometheus-url is read while deploy drives the rollout; for KServe that needs applying from the step (kubeconfig), which is not built yet, so ${options.prometheus.url} was not queried.`);
  options.logger.info(`Wrote ${manifests.length} InferenceService manifest${manifests.length === 1 ? "" : "s"} to ${dir}.`);
  const result = {
    outcome: "rendered",
    because: `Rendered for KServe (${k.mode}); apply them with kubectl apply --server-side -f ${dir} (applying from the step is not built yet).`,
    failedRules: [],
    history: [],
    analyses: [],
    previousVersion: null,
    actions: manifests.map((m) => `Wrote ${m}.`)
  };
  return { model, result, manifests };
}
export {
  deployModel
};
