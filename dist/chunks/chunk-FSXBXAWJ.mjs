import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  require_dist
} from "./chunk-MHOJOIAV.mjs";
import {
  __toESM
} from "./chunk-4NDXX6IS.mjs";

// shared/validate/schema/schema-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function schemaToYaml(schema, comment) {
  const columns = {};
  for (const c of schema.columns) {
    const entry = { type: c.type.value };
    if (c.maxMissing === 0) entry.nullable = false;
    else if (c.maxMissing < 1) entry.max_missing = c.maxMissing;
    if (!c.required) entry.required = false;
    if (c.min) entry.min = checkValue(c.min);
    if (c.max) entry.max = checkValue(c.max);
    if (c.allowedValues) entry.allowed_values = checkValue(c.allowedValues);
    if (c.regex) entry.regex = checkValue(c.regex);
    if (c.unique) entry.unique = checkValue(c.unique);
    if (c.drift !== void 0) entry.drift = c.drift;
    columns[c.name] = entry;
  }
  const d = schema.dataset;
  const dataset = {};
  if (d.rows) dataset.rows = d.rows;
  if (d.maxDuplicateShare !== void 0) dataset.duplicate_rows = { max_share: d.maxDuplicateShare };
  if (d.target) dataset.target = d.target;
  if (d.minClassShare !== void 0) dataset.label_balance = { min_share: d.minClassShare };
  if (d.driftShare !== void 0) dataset.drift_share = d.driftShare;
  if (d.extraColumns !== "allow") dataset.extra_columns = d.extraColumns;
  const doc = new import_yaml.Document({ version: 1, columns, dataset });
  if (comment) doc.commentBefore = comment;
  return doc.toString({ lineWidth: 0 });
}
function checkValue(check) {
  return check.mostly < 1 ? { value: check.value, mostly: check.mostly } : check.value;
}

export {
  schemaToYaml
};
