import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/gate/policy-schema.ts
var NUMBER = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?`;
var PERCENT_PATTERN = String.raw`^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*%\s*$`;
var SHORTHAND_PATTERN = String.raw`^\s*(>=|<=|≥|≤)\s*(${NUMBER})\s*$`;
var METRIC_NAME_PATTERN = "^[A-Za-z][A-Za-z0-9_]*$";
var relativeLimit = {
  anyOf: [
    { type: "number", minimum: 0 },
    { type: "string", pattern: PERCENT_PATTERN }
  ]
};
var metricRules = {
  if: { type: "string" },
  then: { type: "string", pattern: SHORTHAND_PATTERN },
  else: {
    type: "object",
    additionalProperties: false,
    minProperties: 1,
    properties: {
      min: { type: "number" },
      max: { type: "number" },
      max_drop: { type: "number", minimum: 0 },
      max_relative_drop: relativeLimit,
      min_gain: { type: "number", minimum: 0 },
      min_relative_gain: relativeLimit,
      direction: { enum: ["higher", "lower"] },
      significance: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 }
    }
  }
};
var metricMap = {
  type: "object",
  propertyNames: { pattern: METRIC_NAME_PATTERN },
  additionalProperties: metricRules
};
var BUDGET_KEYS = ["latency_p95_ms_per_batch", "latency_p95_ms_per_row", "model_size_mb", "min_rows_per_second"];
var gatePolicySchema = {
  title: "mlci gate policy",
  type: "object",
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    significance: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
    fail_on_missing_metric: { type: "boolean" },
    metrics: metricMap,
    budgets: {
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(BUDGET_KEYS.map((key) => [key, { type: "number", exclusiveMinimum: 0 }]))
    },
    slices: {
      type: "object",
      additionalProperties: false,
      required: ["column"],
      properties: {
        column: { type: "string", minLength: 1 },
        min_rows: { type: "integer", minimum: 0 },
        correction: { enum: ["holm", "bonferroni", "none"] },
        every_slice: metricMap,
        values: { type: "object", additionalProperties: metricMap }
      }
    }
  }
};

export {
  PERCENT_PATTERN,
  SHORTHAND_PATTERN,
  gatePolicySchema
};
