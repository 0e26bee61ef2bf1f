import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/validate/schema/infer-schema.ts
var CATEGORICAL_INTEGER_VALUES = 10;
var CATEGORICAL_TEXT_VALUES = 50;
var RANGE_MARGIN = 2;
var BOOLEAN_WORDS = /* @__PURE__ */ new Set(["true", "false", "yes", "no", "t", "f", "y", "n"]);
function inferSchema(profile, options = {}) {
  const columns = [...profile.columns.values()].map((c) => inferColumn(c, c.name === options.target));
  const dataset = { extraColumns: "allow", rows: { min: 1 } };
  const target = options.target ? profile.columns.get(options.target) : void 0;
  if (target) {
    dataset.target = target.name;
    const counts = target.valueCounts();
    const present = target.count - target.missing;
    if (counts.exact && counts.counts.length > 1 && present > 0) {
      const smallest = Math.min(...counts.counts.map(([, n]) => n)) / present;
      dataset.minClassShare = Math.floor(smallest / 2 * 100) / 100;
    }
  }
  return { source: "inferred", columns, dataset };
}
function inferColumn(c, isTarget) {
  const present = c.count - c.missing;
  const missingShare = c.count ? c.missing / c.count : 0;
  const column = {
    name: c.name,
    type: { value: "text", mostly: 1 },
    // a column that had missing values may have some more: allow twice the share seen, rounded up
    maxMissing: c.missing === 0 ? 0 : Math.min(1, Math.ceil(missingShare * 2 * 100) / 100),
    required: true
  };
  const values = c.valueCounts();
  const type = inferType(c, values, isTarget);
  column.type = { value: type, mostly: 1 };
  if ((type === "categorical" || type === "boolean") && values.exact && values.counts.length > 0 && values.counts.length <= CATEGORICAL_TEXT_VALUES) {
    column.allowedValues = { value: values.counts.map(([v]) => v).sort(), mostly: 1 };
  }
  if ((type === "numeric" || type === "integer") && c.moments.n > 0) {
    const { min, max } = c.moments;
    const margin = (max - min) * RANGE_MARGIN;
    let lo = min - margin;
    let hi = max + margin;
    if (min >= 0 && lo < 0) lo = 0;
    if (type === "integer") {
      lo = Math.floor(lo);
      hi = Math.ceil(hi);
    }
    column.min = { value: roundOutward(lo, "down"), mostly: 1 };
    column.max = { value: roundOutward(hi, "up"), mostly: 1 };
  }
  if (present === 0) column.maxMissing = 1;
  return column;
}
function inferType(c, values, isTarget) {
  if (c.kind === "numeric") {
    const integer = c.fractional === 0;
    if (integer && values.exact && (isTarget || values.counts.length <= CATEGORICAL_INTEGER_VALUES)) return "categorical";
    return integer ? "integer" : "numeric";
  }
  if (values.exact && values.counts.length > 0 && values.counts.every(([v]) => BOOLEAN_WORDS.has(v.toLowerCase()))) return "boolean";
  if (isTarget || values.exact && values.counts.length <= CATEGORICAL_TEXT_VALUES) return "categorical";
  return "text";
}
function roundOutward(value, direction) {
  if (value === 0 || !Number.isFinite(value)) return value;
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 5);
  const steps = direction === "up" ? Math.ceil(value / scale) : Math.floor(value / scale);
  return Number((steps * scale).toPrecision(6));
}

export {
  inferSchema
};
