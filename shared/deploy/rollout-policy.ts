import { readConfigFile } from '../config/read-config-file.js';
import { configError } from '../config/config-error.js';
import { parseCheckedYamlConfig } from '../config/checked-yaml-config.js';
import type { ConfigVocabulary } from '../config/schema-errors.js';
import type { YamlConfigAbout } from '../config/yaml-config.js';
import { DEFAULT_THRESHOLDS, isPValueMethod } from '../validate/drift/column-drift.js';
import { DRIFT_METHODS, rolloutPolicySchema } from './rollout-policy-schema.js';

export type PredictionDriftMethod = (typeof DRIFT_METHODS)[number];

/** What a canary (or shadow) must show, each interval, to be let further. Lines point into the file. */
export interface RolloutPolicy {
  file: string;
  /** fewer canary requests than this in an interval: inconclusive, never a pass */
  minRequests: number;
  maxErrorRate?: { limit: number; line: number };
  latencyP95?: { maxMs?: number; maxRatioToStable?: number; line: number };
  predictionDrift?: { method: PredictionDriftMethod; threshold: number; line: number };
  maxShadowDisagreement?: { limit: number; line: number };
  /** failed analyses tolerated before rolling back (Argo Rollouts' failureLimit) */
  failureLimit: number;
  /** inconclusive analyses in a row tolerated before giving up (Argo Rollouts' inconclusiveLimit) */
  inconclusiveLimit: number;
}

export const DEFAULT_MIN_REQUESTS = 50;
export const DEFAULT_INCONCLUSIVE_LIMIT = 3;

/** The policy used when none is given: errors and latency against stable, drift, shadow agreement. */
export function defaultRolloutPolicy(): RolloutPolicy {
  return {
    file: '(default rollout policy)',
    minRequests: DEFAULT_MIN_REQUESTS,
    maxErrorRate: { limit: 0.01, line: 0 },
    latencyP95: { maxRatioToStable: 2, line: 0 },
    // the distance between two samples of one distribution shrinks with their size; 0.2 leaves room for the few hundred predictions of one interval
    predictionDrift: { method: 'jensenshannon', threshold: 0.2, line: 0 },
    maxShadowDisagreement: { limit: 0.05, line: 0 },
    failureLimit: 0,
    inconclusiveLimit: DEFAULT_INCONCLUSIVE_LIMIT,
  };
}

const ROLLOUT_POLICY_FILE: YamlConfigAbout & ConfigVocabulary = {
  what: 'rollout policy',
  docs: 'docs/deploy.md',
  emptyFix: 'Add rules such as max_error_rate: 0.01 (see docs/deploy.md), or leave the policy input empty for the default policy.',
  rangeFix(key = '') {
    if (key.startsWith('max_') && key !== 'max_ms' && key !== 'max_ratio_to_stable') return 'Write a fraction between 0 and 1: 0.01 means 1%.';
    if (key === 'max_ratio_to_stable') return 'Write a ratio of 1 or more: 1.5 lets the canary be 50% slower than stable.';
    if (key === 'min_requests') return 'Write a whole number of requests, 1 or more.';
    if (key.endsWith('_limit')) return 'Write a whole number, 0 or more.';
    return 'Write a positive number.';
  },
};

/** Reads and checks a rollout policy file (YAML). Every mistake is a UserError at its line. */
export async function loadRolloutPolicy(path: string): Promise<RolloutPolicy> {
  const text = await readConfigFile(path, { what: 'rollout policy', input: 'policy', fix: 'Set policy to the path of your rollout policy (e.g. .mlci/rollout.yml), or leave it empty for the default policy.' });
  return parseRolloutPolicy(text, path);
}

interface RawRolloutPolicy {
  version?: 1;
  min_requests?: number;
  max_error_rate?: number;
  latency_p95?: { max_ms?: number; max_ratio_to_stable?: number };
  prediction_drift?: { method?: PredictionDriftMethod; threshold?: number };
  max_shadow_disagreement?: number;
  failure_limit?: number;
  inconclusive_limit?: number;
}

export function parseRolloutPolicy(text: string, file: string): RolloutPolicy {
  const { raw: parsed, locator } = parseCheckedYamlConfig(text, file, rolloutPolicySchema, ROLLOUT_POLICY_FILE);
  const raw = parsed as RawRolloutPolicy;
  const policy: RolloutPolicy = {
    file,
    minRequests: raw.min_requests ?? DEFAULT_MIN_REQUESTS,
    failureLimit: raw.failure_limit ?? 0,
    inconclusiveLimit: raw.inconclusive_limit ?? DEFAULT_INCONCLUSIVE_LIMIT,
  };
  if (raw.max_error_rate !== undefined) policy.maxErrorRate = { limit: raw.max_error_rate, line: locator.keyLine(['max_error_rate']) };
  if (raw.latency_p95) policy.latencyP95 = { maxMs: raw.latency_p95.max_ms, maxRatioToStable: raw.latency_p95.max_ratio_to_stable, line: locator.keyLine(['latency_p95']) };
  if (raw.prediction_drift) {
    const method = raw.prediction_drift.method ?? 'jensenshannon';
    const threshold = raw.prediction_drift.threshold ?? DEFAULT_THRESHOLDS[method];
    if (isPValueMethod(method) && threshold >= 1) {
      throw configError(file, locator.valueLine(['prediction_drift', 'threshold']), `prediction_drift.threshold is ${threshold}, but chisquare's threshold is a p-value, below 1.`, 'Write a significance level such as 0.05: drift is flagged when the p-value is at or below it.');
    }
    policy.predictionDrift = { method, threshold, line: locator.keyLine(['prediction_drift']) };
  }
  if (raw.max_shadow_disagreement !== undefined) policy.maxShadowDisagreement = { limit: raw.max_shadow_disagreement, line: locator.keyLine(['max_shadow_disagreement']) };
  if (!policy.maxErrorRate && !policy.latencyP95 && !policy.predictionDrift && !policy.maxShadowDisagreement) {
    throw configError(file, 1, 'The rollout policy sets no rule: every canary would pass.', 'Add at least one of max_error_rate, latency_p95, prediction_drift or max_shadow_disagreement (see docs/deploy.md).');
  }
  return policy;
}
