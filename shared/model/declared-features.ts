/**
 * The feature order a model was trained with, when the model itself does not record it: the
 * `features` of train-model's lineage.json, or the column order of the committed data schema.
 * evaluate-gate feeds the columns in that order (by name) and refuses data with other columns.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { LINEAGE_FILE } from '../train/lineage.js';

export interface DeclaredFeatures {
  columns: string[];
  source: 'lineage' | 'schema';
  file: string;
}

interface LineageFeatures {
  schema?: unknown;
  features?: unknown;
  outputs?: { sha256?: unknown }[];
}

async function readLineage(file: string): Promise<LineageFeatures> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'is not valid JSON';
    throw new UserError(`The feature-order file ${file} ${why}.`, file, 'Pass the lineage.json that train-model wrote beside the model, or the data schema (.mlci/schema.yml).');
  }
  if (!parsed || typeof parsed !== 'object' || (parsed as LineageFeatures).schema !== 'mlci/lineage@1') {
    throw new UserError(`${file} is not a train-model lineage.json (no "schema": "mlci/lineage@1").`, file, 'Pass the lineage.json from train-model\'s output directory, or a data schema YAML file.');
  }
  return parsed as LineageFeatures;
}

function lineageColumns(lineage: LineageFeatures, file: string): string[] {
  const { features } = lineage;
  if (!Array.isArray(features) || features.length === 0 || !features.every((f) => typeof f === 'string' && f !== '')) {
    throw new UserError(`${file} records no feature columns ("features"): it was written before mlci recorded them, or training was not given data to check the model on.`, file, 'Rerun train-model with data and target, or pass the data schema (.mlci/schema.yml) to give the order.');
  }
  return features as string[];
}

/**
 * Reads the order from `file`: a lineage.json, or a data schema (YAML) whose columns, in the order
 * written and without `exclude` (the target, the slice column), are the features.
 */
export async function readDeclaredFeatures(file: string, exclude: string[]): Promise<DeclaredFeatures> {
  if (/\.json$/i.test(file)) return { columns: lineageColumns(await readLineage(file), file), source: 'lineage', file };
  // the schema's reader brings ajv and yaml: loaded only when a schema is given
  const { loadDataSchema } = await import('../validate/schema/load-schema.js');
  const schema = await loadDataSchema(file);
  const skip = new Set([...exclude, ...(schema.dataset.target ? [schema.dataset.target] : [])]);
  return { columns: schema.columns.map((c) => c.name).filter((c) => !skip.has(c)), source: 'schema', file };
}

/**
 * The lineage.json train-model wrote beside `model`, when it vouches for this very file (lists an
 * output with its sha256) and records the features; otherwise none. Found without being asked, as
 * an evaluation of train-model's output directory (or its artifact) should be safe by default.
 */
export async function lineageBesideModel(model: string, modelSha256: string): Promise<DeclaredFeatures | undefined> {
  const file = join(dirname(model), LINEAGE_FILE);
  if (!(await stat(file).catch(() => undefined))?.isFile()) return undefined;
  const lineage = await readLineage(file).catch(() => undefined);
  if (!lineage?.outputs?.some((o) => o.sha256 === modelSha256)) return undefined;
  const { features } = lineage;
  return Array.isArray(features) && features.length > 0 && features.every((f) => typeof f === 'string') ? { columns: features as string[], source: 'lineage', file } : undefined;
}
