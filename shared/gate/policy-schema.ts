/**
 * JSON Schema of a gate policy file (.mlci/gate.yml), as a TypeScript object so that bundles need
 * no JSON import. docs/gate-policy.md explains every key; keep the two in step.
 */

const NUMBER = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?`;

/** "5%" or "0.5 %": a relative limit written as a percentage. */
export const PERCENT_PATTERN = String.raw`^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*%\s*$`;

/** ">= 0.9", "<= 0.2" (≥ and ≤ too): the one-line form of a min or max. */
export const SHORTHAND_PATTERN = String.raw`^\s*(>=|<=|≥|≤)\s*(${NUMBER})\s*$`;

export const METRIC_NAME_PATTERN = '^[A-Za-z][A-Za-z0-9_]*$';

const relativeLimit = {
  anyOf: [
    { type: 'number', minimum: 0 },
    { type: 'string', pattern: PERCENT_PATTERN },
  ],
};

const metricRules = {
  if: { type: 'string' },
  then: { type: 'string', pattern: SHORTHAND_PATTERN },
  else: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
      min: { type: 'number' },
      max: { type: 'number' },
      max_drop: { type: 'number', minimum: 0 },
      max_relative_drop: relativeLimit,
      min_gain: { type: 'number', minimum: 0 },
      min_relative_gain: relativeLimit,
      direction: { enum: ['higher', 'lower'] },
      significance: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    },
  },
};

const metricMap = {
  type: 'object',
  propertyNames: { pattern: METRIC_NAME_PATTERN },
  additionalProperties: metricRules,
};

export const BUDGET_KEYS = ['latency_p95_ms_per_batch', 'latency_p95_ms_per_row', 'model_size_mb', 'min_rows_per_second'] as const;

export const gatePolicySchema = {
  title: 'mlci gate policy',
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    significance: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    fail_on_missing_metric: { type: 'boolean' },
    metrics: metricMap,
    budgets: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(BUDGET_KEYS.map((key) => [key, { type: 'number', exclusiveMinimum: 0 }])),
    },
    slices: {
      type: 'object',
      additionalProperties: false,
      required: ['column'],
      properties: {
        column: { type: 'string', minLength: 1 },
        min_rows: { type: 'integer', minimum: 0 },
        correction: { enum: ['holm', 'bonferroni', 'none'] },
        every_slice: metricMap,
        values: { type: 'object', additionalProperties: metricMap },
      },
    },
  },
} as const;
