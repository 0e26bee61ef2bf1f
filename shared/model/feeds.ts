/**
 * How a table's columns feed a model's inputs. One 2-D input [N, k] takes the feature columns in
 * order (how scikit-learn exporters declare a feature matrix); several inputs take the columns
 * of the same names, one column each ([N] or [N, 1]). A one-input model whose features the reader
 * already laid out as a row-major matrix of its type (data/feature-matrix.ts) is fed slices of it.
 */
import { UserError } from '../errors.js';
import type { FeatureMatrixRequest } from '../data/feature-matrix.js';
import { columnNames, describeRow, findColumn, type Column, type Table } from '../data/table.js';
import type { BatchInput, InputArray } from './batch-runner.js';
import { rowMajorCopier, type RowMajorCopier } from './row-major.js';
import type { ModelSignature, TensorSignature } from './types.js';

/** One model input and the columns it takes. */
export type InputFeed = ColumnsFeed | MatrixFeed;

interface FeedShape {
  name: string;
  type: string;
  columnNames: string[];
  /** values per row */
  width: number;
  /** declared rank: 1 for [N], 2 for [N, k] */
  rank: number;
}

/** an input interleaved from the table's columns, batch by batch, into a reused buffer */
export interface ColumnsFeed extends FeedShape {
  from: 'columns';
  columns: Float64Array[];
  copyRows: RowMajorCopier;
}

/** an input sliced, with no copy, from the table's feature matrix (data/feature-matrix.ts) */
export interface MatrixFeed extends FeedShape {
  from: 'matrix';
  matrix: Float32Array | Float64Array;
}

const INPUT_TYPES = ['float32', 'float64', 'int64', 'int32'];

export function planFeeds(signature: ModelSignature, table: Table, features: string[]): InputFeed[] {
  const inputs = signature.inputs;
  if (inputs.length === 0) throw new UserError('The model declares no inputs.', 'model inputs', 'Re-export the model with its feature input.');
  if (inputs.length === 1) {
    const input = inputs[0]!;
    const rank = Math.max(1, input.shape.length);
    const declared = rank >= 2 ? input.shape[1] : 1;
    if (typeof declared === 'number' && declared > 0 && declared !== features.length) {
      throw new UserError(
        `The model's input "${input.name}" takes ${declared} feature${declared === 1 ? '' : 's'} per row, but ${table.source} has ${features.length} feature columns: ${features.join(', ')}.`,
        table.source,
        `Evaluate on data with exactly the ${declared} feature columns the model was trained on (plus the target), or drop the extra columns.`,
      );
    }
    return [matrixFeed(input, features, rank, table) ?? makeFeed(input, features, rank, table)];
  }
  const missing = inputs.filter((i) => !findColumn(table, i.name)).map((i) => i.name);
  if (missing.length > 0) {
    throw new UserError(
      `The model has one input per feature, and ${missing.length === 1 ? 'the column' : 'the columns'} ${missing.map((m) => `"${m}"`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing from ${table.source}.`,
      table.source,
      `Add the missing columns. The model's inputs are: ${inputs.map((i) => i.name).join(', ')}; the data has: ${columnNames(table).join(', ')}.`,
    );
  }
  return inputs.map((input) => {
    const width = input.shape.length >= 2 ? input.shape[1] : 1;
    if (typeof width === 'number' && width > 1) {
      throw new UserError(
        `The model's input "${input.name}" takes ${width} values per row, but a column holds one.`,
        'model inputs',
        'Export the model with one [N, 1] input per feature column, or one [N, k] input for all of them.',
      );
    }
    return makeFeed(input, [input.name], Math.max(1, input.shape.length), table);
  });
}

function makeFeed(input: TensorSignature, names: string[], rank: number, table: Table): ColumnsFeed {
  checkInputType(input, table);
  const columns = names.map((name) => numericColumn(table, name));
  const kind = input.type === 'float64' ? Float64Array : input.type === 'int32' ? Int32Array : Float32Array;
  return { from: 'columns', name: input.name, type: input.type, columns, columnNames: names, width: columns.length, rank, copyRows: rowMajorCopier(columns, kind) };
}

function checkInputType(input: TensorSignature, table: Table): void {
  if (!INPUT_TYPES.includes(input.type)) {
    throw new UserError(
      `The model's input "${input.name}" has type ${input.type}; mlci feeds ${INPUT_TYPES.join(', ')} inputs from ${table.source}.`,
      'model inputs',
      'Re-export the model with a float input (FloatTensorType in skl2onnx).',
    );
  }
}

/**
 * The feed of a model's one input from the table's feature matrix, when the matrix holds exactly
 * its features as its type; undefined otherwise. A table read with a matrix has no columns for
 * those features, so a matrix of other columns or another type is a caller's mistake.
 */
function matrixFeed(input: TensorSignature, features: string[], rank: number, table: Table): MatrixFeed | undefined {
  const matrix = table.featureMatrix;
  if (!matrix || !features.some((name) => matrix.columns.includes(name))) return undefined;
  if (matrix.type !== input.type || matrix.columns.length !== features.length || matrix.columns.some((name, i) => name !== features[i])) {
    throw new Error(`${table.source} was read with a ${matrix.type} feature matrix of ${matrix.columns.join(', ')}, which does not fit the model's input "${input.name}" (${input.type}: ${features.join(', ')}); read it without featureMatrix`);
  }
  if (matrix.textCell) {
    const { column, row, text } = matrix.textCell;
    throw textCellError(table, column, row, text);
  }
  return { from: 'matrix', name: input.name, type: input.type, columnNames: features, width: features.length, rank, matrix: matrix.data };
}

/** a buffer for `rows` rows of the feed, reused batch after batch; none for a feed sliced from the matrix */
export function allocateInput(feed: InputFeed, rows: number): InputArray | undefined {
  if (feed.from === 'matrix') return undefined;
  const size = rows * feed.width;
  switch (feed.type) {
    case 'float64':
      return new Float64Array(size);
    case 'int64':
      return new BigInt64Array(size);
    case 'int32':
      return new Int32Array(size);
    default:
      return new Float32Array(size);
  }
}

function numericColumn(table: Table, name: string): Float64Array {
  const column = findColumn(table, name);
  if (!column) throw new UserError(`The feature column "${name}" is not in ${table.source}.`, table.source, `Use columns from: ${columnNames(table).join(', ')}.`);
  if (column.kind === 'numeric') return column.values;
  const row = firstTextRow(column);
  throw textCellError(table, name, row, row === undefined ? undefined : column.values[row]);
}

function textCellError(table: Table, column: string, row: number | undefined, text: string | null | undefined): UserError {
  return new UserError(
    `The feature column "${column}" holds text${row === undefined ? '' : ` ("${text}" at ${describeRow(table, row)})`}, and the model takes numbers.`,
    row === undefined ? table.source : describeRow(table, row),
    'Encode the column as numbers before evaluation (or fix the cell if it is a typo), or exclude it from the features.',
    row === undefined ? undefined : { file: table.source, ...(table.rowLines ? { line: table.rowLines[row] } : {}) },
  );
}

function firstTextRow(column: Extract<Column, { kind: 'text' }>): number | undefined {
  if (column.firstNonNumericRow !== undefined) return column.firstNonNumericRow;
  const row = column.values.findIndex((v) => v !== null && Number.isNaN(Number(v)));
  return row < 0 ? undefined : row;
}

/** Fills `buffer` with rows [start, end) of the feed, row-major, as one batch's input. */
export function fillFeed(feed: InputFeed, buffer: InputArray | undefined, table: Table, start: number, end: number): BatchInput {
  const n = end - start;
  const dims = feed.rank === 1 ? [n] : [n, feed.width];
  if (feed.from === 'matrix') return { name: feed.name, type: feed.type, data: feed.matrix.subarray(start * feed.width, end * feed.width), dims };
  const size = n * feed.width;
  if (feed.type === 'int64') fillInt64(feed, buffer as BigInt64Array, table, start, n);
  else feed.copyRows(buffer as Exclude<InputArray, BigInt64Array>, start, n);
  const data = buffer!.length === size ? buffer! : buffer!.subarray(0, size);
  return { name: feed.name, type: feed.type, data, dims };
}

/** int64 inputs take whole numbers; a missing cell has no int64 form, so it is an error here */
function fillInt64(feed: ColumnsFeed, buffer: BigInt64Array, table: Table, start: number, n: number): void {
  const { width } = feed;
  for (let c = 0; c < width; c++) {
    const column = feed.columns[c]!;
    for (let r = 0, o = c; r < n; r++, o += width) {
      const value = column[start + r]!;
      if (!Number.isFinite(value)) {
        throw new UserError(
          `The feature column "${feed.columnNames[c]}" has a missing value at ${describeRow(table, start + r)}, and the model's input "${feed.name}" is int64, which has no missing value.`,
          describeRow(table, start + r),
          'Fill or drop rows with missing values before evaluation, or export the model with a float input.',
        );
      }
      buffer[o] = BigInt(Math.trunc(value));
    }
  }
}

/**
 * What to ask a reader for so that predict can slice the model's input straight out of the table
 * (data/feature-matrix.ts): every column but `exclude`, for a model with one 2-D float input;
 * undefined for a model that takes its columns one by one or as integers.
 */
export function featureMatrixRequest(signature: ModelSignature, exclude: string[]): FeatureMatrixRequest | undefined {
  const inputs = signature.inputs;
  if (inputs.length !== 1 || inputs[0]!.shape.length !== 2) return undefined;
  const type = inputs[0]!.type;
  return type === 'float32' || type === 'float64' ? { exclude, type } : undefined;
}
