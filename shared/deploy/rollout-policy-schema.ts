/**
 * JSON Schema of a rollout policy file (.mlci/rollout.yml), as a TypeScript object so that bundles
 * need no JSON import. docs/deploy.md explains every key; keep the two in step.
 */

const FRACTION = { type: 'number', minimum: 0, maximum: 1 };

export const DRIFT_METHODS = ['psi', 'jensenshannon', 'chisquare'] as const;

export const rolloutPolicySchema = {
  title: 'mlci rollout policy',
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    version: { const: 1 },
    min_requests: { type: 'integer', minimum: 1 },
    max_error_rate: FRACTION,
    latency_p95: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        max_ms: { type: 'number', exclusiveMinimum: 0 },
        max_ratio_to_stable: { type: 'number', minimum: 1 },
      },
    },
    prediction_drift: {
      type: 'object',
      additionalProperties: false,
      properties: {
        method: { enum: DRIFT_METHODS },
        threshold: { type: 'number', exclusiveMinimum: 0 },
      },
    },
    max_shadow_disagreement: FRACTION,
    failure_limit: { type: 'integer', minimum: 0 },
    inconclusive_limit: { type: 'integer', minimum: 0 },
  },
} as const;
