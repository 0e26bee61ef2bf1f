import { readConfigFile } from '../../config/read-config-file.js';
import type { ValidateFunction } from 'ajv';
import { parseYamlConfigLazily } from '../../config/plain-yaml-config.js';
import { validate as validateSchemaFormat } from './schema-format-validator.js';
import { schemaFileError, schemaFormatError } from './schema-errors.js';
import type { ColumnSchema, ColumnType, DataSchema, ValueCheck } from './types.js';
import type { DriftMethod } from '../drift/column-drift.js';

/** Reads and checks a data schema file; every mistake is a UserError at its line. */
export async function loadDataSchema(path: string): Promise<DataSchema> {
  const text = await readConfigFile(path, { what: 'data schema', input: 'schema', fix: 'Set schema to the path of your schema file, or to "infer" to derive one from the reference data (mlci infer-schema writes one to commit).' });
  return parseDataSchema(text, path);
}

type RawCheck<T> = T | { value: T; mostly?: number };
interface RawColumn {
  type: ColumnType;
  nullable?: boolean;
  max_missing?: number;
  required?: boolean;
  min?: RawCheck<number>;
  max?: RawCheck<number>;
  allowed_values?: RawCheck<(string | number | boolean)[]>;
  regex?: RawCheck<string>;
  unique?: RawCheck<boolean>;
  mostly?: number;
  drift?: boolean | { method?: DriftMethod; threshold?: number };
}
interface RawSchema {
  version?: 1;
  columns: Record<string, RawColumn>;
  dataset?: {
    rows?: { min?: number; max?: number };
    duplicate_rows?: { max_share: number };
    target?: string;
    label_balance?: { min_share: number };
    drift_share?: number;
    extra_columns?: 'allow' | 'fail';
  };
}

/** ajv's options for the format: the generated validator was compiled with them (re-exported for the test of the format itself) */
export { SCHEMA_FORMAT_AJV_OPTIONS } from './schema-format.js';

/** the format's validator, compiled ahead by scripts/build-schema-validator.mjs (no ajv to load or compile per run) */
const checkFormat = validateSchemaFormat as unknown as ValidateFunction;

/**
 * Parses the text of a data schema; `file` names it in messages. Async: a schema that is not
 * plain YAML (plain-yaml.ts) loads the `yaml` package first, which validate-data's start otherwise skips.
 */
export async function parseDataSchema(text: string, file: string): Promise<DataSchema> {
  const { raw, locator } = await parseYamlConfigLazily(text, file, { what: 'data schema', emptyFix: 'Describe the columns under `columns:` (mlci infer-schema writes a starting point).' });
  if (!checkFormat(raw)) throw schemaFormatError(checkFormat.errors ?? [], file, locator);
  const schema = raw as RawSchema;

  const columns: ColumnSchema[] = Object.entries(schema.columns).map(([name, c]) => {
    const at = (key: string) => locator.valueLine(['columns', name, key]);
    const mostly = c.mostly ?? 1;
    const checkOf = <T>(key: string, v: RawCheck<T> | undefined): ValueCheck<T> | undefined => {
      if (v === undefined) return undefined;
      const obj = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as { value: T; mostly?: number }) : undefined;
      return obj ? { value: obj.value, mostly: obj.mostly ?? mostly, line: at(key) } : { value: v as T, mostly, line: at(key) };
    };
    if (c.nullable !== undefined && c.max_missing !== undefined) {
      throw schemaFileError(file, at('max_missing'), `Column "${name}" sets both nullable and max_missing.`, 'Keep one: nullable: false means max_missing: 0.');
    }
    const column: ColumnSchema = {
      name,
      type: { value: c.type, mostly, line: at('type') },
      maxMissing: c.max_missing ?? (c.nullable === false ? 0 : 1),
      required: c.required ?? true,
      line: locator.keyLine(['columns', name]),
    };
    const min = checkOf('min', c.min);
    const max = checkOf('max', c.max);
    if (min) column.min = min;
    if (max) column.max = max;
    if (min && max && min.value > max.value) throw schemaFileError(file, max.line, `Column "${name}" has min ${min.value} above max ${max.value}.`, 'Swap them, or fix the one that is wrong.');
    if ((min || max) && (c.type === 'categorical' || c.type === 'text' || c.type === 'boolean')) {
      throw schemaFileError(file, (min ?? max)!.line, `Column "${name}" is ${c.type} but sets a ${min ? 'min' : 'max'}.`, 'Use type: numeric or integer for a range, or allowed_values for categories.');
    }
    const allowed = checkOf('allowed_values', c.allowed_values);
    if (allowed) column.allowedValues = { ...allowed, value: allowed.value.map(String) };
    const regex = checkOf('regex', c.regex);
    if (regex) {
      try {
        new RegExp(regex.value, 'u');
      } catch (err) {
        throw schemaFileError(file, regex.line, `The regex of column "${name}" is not valid: ${(err as Error).message}.`, 'Write a JavaScript regular expression; quote it in single quotes so YAML keeps backslashes.');
      }
      column.regex = regex;
    }
    const unique = checkOf('unique', c.unique);
    if (unique?.value) column.unique = unique;
    if (c.drift === false) column.drift = false;
    else if (typeof c.drift === 'object') column.drift = c.drift;
    return column;
  });

  const d = schema.dataset ?? {};
  if (d.rows?.min !== undefined && d.rows.max !== undefined && d.rows.min > d.rows.max) {
    throw schemaFileError(file, locator.valueLine(['dataset', 'rows', 'max']), `dataset.rows has min ${d.rows.min} above max ${d.rows.max}.`, 'Swap them, or fix the one that is wrong.');
  }
  if (d.label_balance && !d.target) {
    throw schemaFileError(file, locator.keyLine(['dataset', 'label_balance']), 'dataset.label_balance needs dataset.target, the label column.', 'Add target: <label column> under dataset.');
  }
  if (d.target && !schema.columns[d.target]) {
    throw schemaFileError(file, locator.valueLine(['dataset', 'target']), `dataset.target is "${d.target}", which is not a column of the schema.`, `Use one of the columns: ${Object.keys(schema.columns).slice(0, 10).join(', ')}.`);
  }
  const dataset: DataSchema['dataset'] = { extraColumns: d.extra_columns ?? 'allow' };
  if (d.rows) dataset.rows = d.rows;
  if (d.duplicate_rows) dataset.maxDuplicateShare = d.duplicate_rows.max_share;
  if (d.target) dataset.target = d.target;
  if (d.label_balance) dataset.minClassShare = d.label_balance.min_share;
  if (d.drift_share !== undefined) dataset.driftShare = d.drift_share;
  return { source: file, columns, dataset };
}
