/**
 * JSON Schema of a monitor policy file (.mlci/monitor.yml), as a TypeScript object so that
 * bundles need no JSON import. docs/monitor.md explains every key; keep the two in step.
 */

const DURATION = '^\\s*\\d+(\\.\\d+)?\\s*[smhdwSMHDW]\\s*$';
/** a duration, or a number of rows: "10000 rows" */
const WINDOW_SIZE = '^\\s*(\\d+(\\.\\d+)?\\s*[smhdwSMHDW]|[1-9]\\d*\\s*[rR][oO][wW][sS]?)\\s*$';

const alertRule = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    min: { type: 'number' },
    max: { type: 'number' },
    max_drop: { type: 'number', minimum: 0 },
    sigma: { type: 'number', exclusiveMinimum: 0 },
    level: { enum: ['warning', 'critical'] },
    consecutive: { type: 'integer', minimum: 1 },
  },
};

export const monitorPolicySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['alerts'],
  properties: {
    version: { const: 1 },
    min_rows: { type: 'integer', minimum: 0 },
    consecutive: { type: 'integer', minimum: 1 },
    cooldown: { type: 'string', pattern: DURATION },
    chunk: { type: 'string', pattern: WINDOW_SIZE },
    baseline_windows: { type: 'integer', minimum: 0 },
    drift_share: { type: 'number', minimum: 0, maximum: 1 },
    alerts: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
      additionalProperties: alertRule,
    },
  },
} as const;
