/**
 * Which columns feed a model, in which order. A model that records its feature names (mlci's
 * trainers write them into the ONNX metadata as `mlci.feature_names`) is fed by name: reordered
 * columns give the same figures, and a data file with other columns is refused with the
 * differences listed, rather than fed by position into the wrong weights. A model with one input
 * per feature is fed by input name. A model that names nothing is fed in the order declared for it
 * (train-model's lineage.json, or the data schema), checked the same way. Otherwise the data's order
 * is all there is, and the report says which columns went in, in which order.
 */
import { UserError } from '../errors.js';
import type { FeatureMatrix } from '../data/feature-matrix.js';
import type { Table } from '../data/table.js';
import type { ModelSignature } from './types.js';
import type { DeclaredFeatures } from './declared-features.js';

export interface FeatureOrder {
  columns: string[];
  /** model: by the names the model records; inputs: one input per column; lineage, schema: the order declared there; data: the data's order */
  source: 'model' | 'inputs' | 'lineage' | 'schema' | 'data';
  /** the lineage or schema file that gave the order */
  file?: string;
}

const listed = (names: string[]) => (names.length > 12 ? `${names.slice(0, 12).join(', ')} and ${names.length - 12} more` : names.join(', '));

const TRAINED_ON = { model: 'The model {model} was trained on', lineage: 'The lineage {file} of {model} says it was trained on', schema: 'The data schema {file} declares' } as const;

/**
 * `available`: the data's feature columns in file order (every column but the target and slice);
 * `declared`: the order from a lineage or schema, used when the model names no features
 */
export function featureOrder(signature: ModelSignature, available: string[], modelPath: string, dataPath: string, declared?: DeclaredFeatures): FeatureOrder {
  if (signature.inputs.length > 1) return { columns: signature.inputs.map((i) => i.name), source: 'inputs' };
  const by = signature.featureNames ? { names: signature.featureNames, source: 'model' as const } : declared ? { names: declared.columns, source: declared.source, file: declared.file } : undefined;
  if (!by) return { columns: available, source: 'data' };
  const named = by.names;
  const have = new Set(available);
  const want = new Set(named);
  const missing = named.filter((n) => !have.has(n));
  const extra = available.filter((n) => !want.has(n));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [...(missing.length ? [`missing: ${listed(missing)}`] : []), ...(extra.length ? [`not among the model's features: ${listed(extra)}`] : [])];
    const trained = TRAINED_ON[by.source].replace('{model}', modelPath).replace('{file}', by.file ?? '');
    throw new UserError(
      `${trained} ${named.length} named feature columns, and ${dataPath} does not have the same ones (${parts.join('; ')}).`,
      dataPath,
      `Evaluate on data with the columns the model was trained on (their order does not matter), plus the target; drop or rename the others${by.file ? `, or correct ${by.file}` : ''}.`,
    );
  }
  return { columns: named, source: by.source, ...(by.file ? { file: by.file } : {}) };
}

/**
 * The table with its feature matrix laid out in `columns` order: one pass over the cells, done
 * only when the data's order differs from the model's.
 */
export function withMatrixOrder(table: Table, columns: string[]): Table {
  const matrix = table.featureMatrix;
  if (!matrix || (matrix.columns.length === columns.length && matrix.columns.every((c, i) => c === columns[i]))) return table;
  const from = columns.map((c) => matrix.columns.indexOf(c));
  if (from.some((i) => i < 0)) return table;
  const width = columns.length;
  const data = new (matrix.data.constructor as Float32ArrayConstructor | Float64ArrayConstructor)(matrix.data.length);
  for (let r = 0, o = 0; o < data.length; r += width, o += width) {
    for (let c = 0; c < width; c++) data[o + c] = matrix.data[r + from[c]!]!;
  }
  const reordered: FeatureMatrix = { ...matrix, columns, data };
  return { ...table, featureMatrix: reordered };
}
