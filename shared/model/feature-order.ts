/**
 * Which columns feed a model, in which order. A model that records its feature names (mlci's
 * trainers write them into the ONNX metadata as `mlci.feature_names`) is fed by name: reordered
 * columns give the same figures, and a data file with other columns is refused with the
 * differences listed, rather than fed by position into the wrong weights. A model with one input
 * per feature is fed by input name. Otherwise the data's order is all there is, and the report says
 * which columns went in, in which order.
 */
import { UserError } from '../errors.js';
import type { FeatureMatrix } from '../data/feature-matrix.js';
import type { Table } from '../data/table.js';
import type { ModelSignature } from './types.js';

export interface FeatureOrder {
  columns: string[];
  /** model: by the names the model records; inputs: one input per column; data: the data's order */
  source: 'model' | 'inputs' | 'data';
}

const listed = (names: string[]) => (names.length > 12 ? `${names.slice(0, 12).join(', ')} and ${names.length - 12} more` : names.join(', '));

/** `available`: the data's feature columns in file order (every column but the target and slice) */
export function featureOrder(signature: ModelSignature, available: string[], modelPath: string, dataPath: string): FeatureOrder {
  if (signature.inputs.length > 1) return { columns: signature.inputs.map((i) => i.name), source: 'inputs' };
  const named = signature.featureNames;
  if (!named) return { columns: available, source: 'data' };
  const have = new Set(available);
  const want = new Set(named);
  const missing = named.filter((n) => !have.has(n));
  const extra = available.filter((n) => !want.has(n));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [...(missing.length ? [`missing: ${listed(missing)}`] : []), ...(extra.length ? [`not among the model's features: ${listed(extra)}`] : [])];
    throw new UserError(
      `The model ${modelPath} was trained on ${named.length} named feature columns, and ${dataPath} does not have the same ones (${parts.join('; ')}).`,
      dataPath,
      'Evaluate on data with the columns the model was trained on (their order does not matter), plus the target; drop or rename the others.',
    );
  }
  return { columns: named, source: 'model' };
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
