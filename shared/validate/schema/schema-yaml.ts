import { Document } from 'yaml';
import type { DataSchema } from './types.js';

// Apart from infer-schema.ts: only a step that writes a schema loads `yaml` for it (validate-data
// imports this when it infers one, not at its start).

/** The schema as YAML for the user's repository, with a header saying where it came from. */
export function schemaToYaml(schema: DataSchema, comment?: string): string {
  const columns: Record<string, Record<string, unknown>> = {};
  for (const c of schema.columns) {
    const entry: Record<string, unknown> = { type: c.type.value };
    if (c.maxMissing === 0) entry.nullable = false;
    else if (c.maxMissing < 1) entry.max_missing = c.maxMissing;
    if (!c.required) entry.required = false;
    if (c.min) entry.min = checkValue(c.min);
    if (c.max) entry.max = checkValue(c.max);
    if (c.allowedValues) entry.allowed_values = checkValue(c.allowedValues);
    if (c.regex) entry.regex = checkValue(c.regex);
    if (c.unique) entry.unique = checkValue(c.unique);
    if (c.drift !== undefined) entry.drift = c.drift;
    columns[c.name] = entry;
  }
  const d = schema.dataset;
  const dataset: Record<string, unknown> = {};
  if (d.rows) dataset.rows = d.rows;
  if (d.maxDuplicateShare !== undefined) dataset.duplicate_rows = { max_share: d.maxDuplicateShare };
  if (d.target) dataset.target = d.target;
  if (d.minClassShare !== undefined) dataset.label_balance = { min_share: d.minClassShare };
  if (d.driftShare !== undefined) dataset.drift_share = d.driftShare;
  if (d.extraColumns !== 'allow') dataset.extra_columns = d.extraColumns;
  const doc = new Document({ version: 1, columns, dataset });
  if (comment) doc.commentBefore = comment;
  return doc.toString({ lineWidth: 0 });
}

function checkValue<T>(check: { value: T; mostly: number }): T | { value: T; mostly: number } {
  return check.mostly < 1 ? { value: check.value, mostly: check.mostly } : check.value;
}
