import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  configError,
  didYouMean,
  parseYamlConfig,
  readConfigFile
} from "./chunk-45GIILXT.mjs";
import {
  require_ajv
} from "./chunk-BLYFCIPT.mjs";
import {
  __toESM
} from "./chunk-4NDXX6IS.mjs";

// shared/validate/schema/load-schema.ts
var import_ajv = __toESM(require_ajv(), 1);

// shared/validate/schema/schema-format.ts
var fraction = { type: "number", minimum: 0, maximum: 1 };
function check(value) {
  return {
    anyOf: [value, { type: "object", properties: { value, mostly: fraction }, required: ["value"], additionalProperties: false }]
  };
}
var driftMethod = { enum: ["ks", "chisquare", "wasserstein", "psi", "jensenshannon"] };
var columnSchema = {
  type: "object",
  additionalProperties: false,
  required: ["type"],
  properties: {
    type: { enum: ["numeric", "integer", "categorical", "text", "boolean"] },
    nullable: { type: "boolean" },
    max_missing: fraction,
    required: { type: "boolean" },
    min: check({ type: "number" }),
    max: check({ type: "number" }),
    allowed_values: check({ type: "array", items: { type: ["string", "number", "boolean"] }, minItems: 1 }),
    regex: check({ type: "string", minLength: 1 }),
    unique: check({ type: "boolean" }),
    mostly: fraction,
    drift: {
      anyOf: [
        { type: "boolean" },
        { type: "object", additionalProperties: false, properties: { method: driftMethod, threshold: { type: "number", minimum: 0 } } }
      ]
    }
  }
};
var dataSchemaFormat = {
  type: "object",
  additionalProperties: false,
  required: ["columns"],
  properties: {
    version: { const: 1 },
    columns: { type: "object", additionalProperties: columnSchema },
    dataset: {
      type: "object",
      additionalProperties: false,
      properties: {
        rows: {
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          properties: { min: { type: "integer", minimum: 0 }, max: { type: "integer", minimum: 0 } }
        },
        duplicate_rows: {
          type: "object",
          additionalProperties: false,
          required: ["max_share"],
          properties: { max_share: fraction }
        },
        target: { type: "string", minLength: 1 },
        label_balance: {
          type: "object",
          additionalProperties: false,
          required: ["min_share"],
          properties: { min_share: fraction }
        },
        drift_share: fraction,
        extra_columns: { enum: ["allow", "fail"] }
      }
    }
  }
};

// shared/validate/schema/schema-errors.ts
var DOCS = "See docs/validate-data.md for the schema format.";
function schemaFormatError(errors, file, locator) {
  const explained = errors.flatMap((e) => explain(e, errors, locator) ?? []);
  explained.sort((a, b) => a.line - b.line);
  const first = explained[0];
  if (!first) return configError(file, 1, "The data schema does not match its format.", DOCS);
  const more = new Set(explained.map((e) => e.line)).size - 1;
  const tail = more > 0 ? ` (The file has ${more} more problem${more === 1 ? "" : "s"} after this one.)` : "";
  return configError(file, first.line, first.what + tail, first.fix);
}
function explain(error, all, locator) {
  const path = error.instancePath ? error.instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")) : [];
  const name = path.length ? `"${path.join(".")}"` : "the top level";
  const value = JSON.stringify(error.data);
  if (all.some((o) => o.keyword === "anyOf" && o !== error && o.instancePath === error.instancePath && error.schemaPath.startsWith(o.schemaPath))) return void 0;
  if (all.some((o) => o.keyword === "anyOf" && error.instancePath.startsWith(`${o.instancePath}/`) && error.schemaPath.startsWith(o.schemaPath.replace(/anyOf$/, "")))) return void 0;
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(error.parentSchema.properties ?? {});
      return { line: locator.keyLine([...path, key]), what: `Unknown key "${key}" in ${name}.${didYouMean(key, allowed)}`, fix: `Use one of: ${allowed.join(", ")}.` };
    }
    case "required":
      return { line: locator.keyLine(path), what: `${name} needs the key "${String(params.missingProperty)}".`, fix: params.missingProperty === "type" ? "Give the column a type: numeric, integer, categorical, text or boolean." : `Add ${String(params.missingProperty)}. ${DOCS}` };
    case "enum": {
      const allowed = params.allowedValues.map(String);
      return { line: locator.valueLine(path), what: `${name} is ${value}.${didYouMean(String(error.data), allowed)}`, fix: `Use one of: ${allowed.join(", ")}.` };
    }
    case "const":
      return { line: locator.valueLine(path), what: `${name} is ${value}.`, fix: `Use ${JSON.stringify(params.allowedValue)}.` };
    case "type":
      return { line: locator.valueLine(path), what: `${name} is ${value}, but it must be ${String(params.type)}.`, fix: DOCS };
    case "minimum":
    case "maximum":
      return { line: locator.valueLine(path), what: `${name} is ${value}, but it must be ${String(params.comparison)} ${String(params.limit)}.`, fix: path[path.length - 1] === "mostly" || /share|missing/.test(path[path.length - 1] ?? "") ? "Write a fraction between 0 and 1, such as 0.95." : DOCS };
    case "anyOf":
      return { line: locator.valueLine(path), what: `${name} is ${value}, which is neither a value nor { value, mostly }.`, fix: `Write, for example, min: 0 or min: { value: 0, mostly: 0.99 }. ${DOCS}` };
    default:
      return { line: locator.valueLine(path), what: `${name} ${error.message ?? "is not valid"}.`, fix: DOCS };
  }
}

// shared/validate/schema/load-schema.ts
async function loadDataSchema(path) {
  const text = await readConfigFile(path, { what: "data schema", input: "schema", fix: 'Set schema to the path of your schema file, or to "infer" to derive one from the reference data (mlci infer-schema writes one to commit).' });
  return parseDataSchema(text, path);
}
var compiled;
var SCHEMA_FORMAT_AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, strictNumbers: true, allowUnionTypes: true, validateSchema: false };
function parseDataSchema(text, file) {
  const { raw, locator } = parseYamlConfig(text, file, { what: "data schema", emptyFix: "Describe the columns under `columns:` (mlci infer-schema writes a starting point)." });
  compiled ??= new import_ajv.Ajv(SCHEMA_FORMAT_AJV_OPTIONS).compile(dataSchemaFormat);
  if (!compiled(raw)) throw schemaFormatError(compiled.errors ?? [], file, locator);
  const schema = raw;
  const columns = Object.entries(schema.columns).map(([name, c]) => {
    const at = (key) => locator.valueLine(["columns", name, key]);
    const mostly = c.mostly ?? 1;
    const checkOf = (key, v) => {
      if (v === void 0) return void 0;
      const obj = typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
      return obj ? { value: obj.value, mostly: obj.mostly ?? mostly, line: at(key) } : { value: v, mostly, line: at(key) };
    };
    if (c.nullable !== void 0 && c.max_missing !== void 0) {
      throw configError(file, at("max_missing"), `Column "${name}" sets both nullable and max_missing.`, "Keep one: nullable: false means max_missing: 0.");
    }
    const column = {
      name,
      type: { value: c.type, mostly, line: at("type") },
      maxMissing: c.max_missing ?? (c.nullable === false ? 0 : 1),
      required: c.required ?? true,
      line: locator.keyLine(["columns", name])
    };
    const min = checkOf("min", c.min);
    const max = checkOf("max", c.max);
    if (min) column.min = min;
    if (max) column.max = max;
    if (min && max && min.value > max.value) throw configError(file, max.line, `Column "${name}" has min ${min.value} above max ${max.value}.`, "Swap them, or fix the one that is wrong.");
    if ((min || max) && (c.type === "categorical" || c.type === "text" || c.type === "boolean")) {
      throw configError(file, (min ?? max).line, `Column "${name}" is ${c.type} but sets a ${min ? "min" : "max"}.`, "Use type: numeric or integer for a range, or allowed_values for categories.");
    }
    const allowed = checkOf("allowed_values", c.allowed_values);
    if (allowed) column.allowedValues = { ...allowed, value: allowed.value.map(String) };
    const regex = checkOf("regex", c.regex);
    if (regex) {
      try {
        new RegExp(regex.value, "u");
      } catch (err) {
        throw configError(file, regex.line, `The regex of column "${name}" is not valid: ${err.message}.`, "Write a JavaScript regular expression; quote it in single quotes so YAML keeps backslashes.");
      }
      column.regex = regex;
    }
    const unique = checkOf("unique", c.unique);
    if (unique?.value) column.unique = unique;
    if (c.drift === false) column.drift = false;
    else if (typeof c.drift === "object") column.drift = c.drift;
    return column;
  });
  const d = schema.dataset ?? {};
  if (d.rows?.min !== void 0 && d.rows.max !== void 0 && d.rows.min > d.rows.max) {
    throw configError(file, locator.valueLine(["dataset", "rows", "max"]), `dataset.rows has min ${d.rows.min} above max ${d.rows.max}.`, "Swap them, or fix the one that is wrong.");
  }
  if (d.label_balance && !d.target) {
    throw configError(file, locator.keyLine(["dataset", "label_balance"]), "dataset.label_balance needs dataset.target, the label column.", "Add target: <label column> under dataset.");
  }
  if (d.target && !schema.columns[d.target]) {
    throw configError(file, locator.valueLine(["dataset", "target"]), `dataset.target is "${d.target}", which is not a column of the schema.`, `Use one of the columns: ${Object.keys(schema.columns).slice(0, 10).join(", ")}.`);
  }
  const dataset = { extraColumns: d.extra_columns ?? "allow" };
  if (d.rows) dataset.rows = d.rows;
  if (d.duplicate_rows) dataset.maxDuplicateShare = d.duplicate_rows.max_share;
  if (d.target) dataset.target = d.target;
  if (d.label_balance) dataset.minClassShare = d.label_balance.min_share;
  if (d.drift_share !== void 0) dataset.driftShare = d.drift_share;
  return { source: file, columns, dataset };
}

export {
  loadDataSchema,
  SCHEMA_FORMAT_AJV_OPTIONS,
  parseDataSchema
};
