import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  parseCheckedYamlConfig
} from "./chunk-7HKBFPHF.mjs";
import {
  DEFAULT_THRESHOLDS,
  isPValueMethod
} from "./chunk-IPVAEDLY.mjs";
import "./chunk-6OODKWHZ.mjs";
import {
  readConfigFile
} from "./chunk-43IUD2SB.mjs";
import "./chunk-ZKCPA3OA.mjs";
import "./chunk-OTA34LXD.mjs";
import {
  configError
} from "./chunk-3S52KM2R.mjs";
import "./chunk-L4IWRTIY.mjs";
import "./chunk-MQ7BAUGH.mjs";
import "./chunk-BLYFCIPT.mjs";
import "./chunk-MHOJOIAV.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/deploy/rollout-policy-schema.ts
var FRACTION = { type: "number", minimum: 0, maximum: 1 };
var DRIFT_METHODS = ["psi", "jensenshannon", "chisquare"];
var rolloutPolicySchema = {
  title: "mlci rollout policy",
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  properties: {
    version: { const: 1 },
    min_requests: { type: "integer", minimum: 1 },
    max_error_rate: FRACTION,
    latency_p95: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        max_ms: { type: "number", exclusiveMinimum: 0 },
        max_ratio_to_stable: { type: "number", minimum: 1 }
      }
    },
    prediction_drift: {
      type: "object",
      additionalProperties: false,
      properties: {
        method: { enum: DRIFT_METHODS },
        threshold: { type: "number", exclusiveMinimum: 0 }
      }
    },
    max_shadow_disagreement: FRACTION,
    failure_limit: { type: "integer", minimum: 0 },
    inconclusive_limit: { type: "integer", minimum: 0 }
  }
};

// shared/deploy/rollout-policy.ts
var DEFAULT_MIN_REQUESTS = 50;
var DEFAULT_INCONCLUSIVE_LIMIT = 3;
function defaultRolloutPolicy() {
  return {
    file: "(default rollout policy)",
    minRequests: DEFAULT_MIN_REQUESTS,
    maxErrorRate: { limit: 0.01, line: 0 },
    latencyP95: { maxRatioToStable: 2, line: 0 },
    // the distance between two samples of one distribution shrinks with their size; 0.2 leaves room for the few hundred predictions of one interval
    predictionDrift: { method: "jensenshannon", threshold: 0.2, line: 0 },
    maxShadowDisagreement: { limit: 0.05, line: 0 },
    failureLimit: 0,
    inconclusiveLimit: DEFAULT_INCONCLUSIVE_LIMIT
  };
}
var ROLLOUT_POLICY_FILE = {
  what: "rollout policy",
  docs: "docs/deploy.md",
  emptyFix: "Add rules such as max_error_rate: 0.01 (see docs/deploy.md), or leave the policy input empty for the default policy.",
  rangeFix(key = "") {
    if (key.startsWith("max_") && key !== "max_ms" && key !== "max_ratio_to_stable") return "Write a fraction between 0 and 1: 0.01 means 1%.";
    if (key === "max_ratio_to_stable") return "Write a ratio of 1 or more: 1.5 lets the canary be 50% slower than stable.";
    if (key === "min_requests") return "Write a whole number of requests, 1 or more.";
    if (key.endsWith("_limit")) return "Write a whole number, 0 or more.";
    return "Write a positive number.";
  }
};
async function loadRolloutPolicy(path) {
  const text = await readConfigFile(path, { what: "rollout policy", input: "policy", fix: "Set policy to the path of your rollout policy (e.g. .mlci/rollout.yml), or leave it empty for the default policy." });
  return parseRolloutPolicy(text, path);
}
function parseRolloutPolicy(text, file) {
  const { raw: parsed, locator } = parseCheckedYamlConfig(text, file, rolloutPolicySchema, ROLLOUT_POLICY_FILE);
  const raw = parsed;
  const policy = {
    file,
    minRequests: raw.min_requests ?? DEFAULT_MIN_REQUESTS,
    failureLimit: raw.failure_limit ?? 0,
    inconclusiveLimit: raw.inconclusive_limit ?? DEFAULT_INCONCLUSIVE_LIMIT
  };
  if (raw.max_error_rate !== void 0) policy.maxErrorRate = { limit: raw.max_error_rate, line: locator.keyLine(["max_error_rate"]) };
  if (raw.latency_p95) policy.latencyP95 = { maxMs: raw.latency_p95.max_ms, maxRatioToStable: raw.latency_p95.max_ratio_to_stable, line: locator.keyLine(["latency_p95"]) };
  if (raw.prediction_drift) {
    const method = raw.prediction_drift.method ?? "jensenshannon";
    const threshold = raw.prediction_drift.threshold ?? DEFAULT_THRESHOLDS[method];
    if (isPValueMethod(method) && threshold >= 1) {
      throw configError(file, locator.valueLine(["prediction_drift", "threshold"]), `prediction_drift.threshold is ${threshold}, but chisquare's threshold is a p-value, below 1.`, "Write a significance level such as 0.05: drift is flagged when the p-value is at or below it.");
    }
    policy.predictionDrift = { method, threshold, line: locator.keyLine(["prediction_drift"]) };
  }
  if (raw.max_shadow_disagreement !== void 0) policy.maxShadowDisagreement = { limit: raw.max_shadow_disagreement, line: locator.keyLine(["max_shadow_disagreement"]) };
  if (!policy.maxErrorRate && !policy.latencyP95 && !policy.predictionDrift && !policy.maxShadowDisagreement) {
    throw configError(file, 1, "The rollout policy sets no rule: every canary would pass.", "Add at least one of max_error_rate, latency_p95, prediction_drift or max_shadow_disagreement (see docs/deploy.md).");
  }
  return policy;
}
export {
  DEFAULT_INCONCLUSIVE_LIMIT,
  DEFAULT_MIN_REQUESTS,
  defaultRolloutPolicy,
  loadRolloutPolicy,
  parseRolloutPolicy
};
