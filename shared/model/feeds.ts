/**
 * How a table's columns feed a model's inputs. One 2-D input [N, k] takes the feature columns in
 * order (how scikit-learn exporters declare a feature matrix); several inputs take the columns
 * of the same names, one column each ([N] or [N, 1]).
 */
import { UserError } from '../errors.js';
import { describeRow, findColumn, type Column, type Table } from '../data/table.js';
import type { BatchInput, InputArray } from './batch-runner.js';
import { rowMajorCopier, type RowMajorCopier } from './row-major.js';
import type { ModelSignature, TensorSignature } from './types.js';

/** One model input and the columns it takes. */
export interface InputFeed {
  name: string;
  type: string;
  columns: Float64Array[];
  columnNames: string[];
  /** values per row */
  width: number;
  /** declared rank: 1 for [N], 2 for [N, k] */
  rank: number;
  copyRows: RowMajorCopier;
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
    return [makeFeed(input, features, rank, table)];
  }
  const missing = inputs.filter((i) => !findColumn(table, i.name)).map((i) => i.name);
  if (missing.length > 0) {
    throw new UserError(
      `The model has one input per feature, and ${missing.length === 1 ? 'the column' : 'the columns'} ${missing.map((m) => `"${m}"`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing from ${table.source}.`,
      table.source,
      `Add the missing columns. The model's inputs are: ${inputs.map((i) => i.name).join(', ')}; the data has: ${table.columns.map((c) => c.name).join(', ')}.`,
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

function makeFeed(input: TensorSignature, columnNames: string[], rank: number, table: Table): InputFeed {
  if (!INPUT_TYPES.includes(input.type)) {
    throw new UserError(
      `The model's input "${input.name}" has type ${input.type}; mlci feeds ${INPUT_TYPES.join(', ')} inputs from ${table.source}.`,
      'model inputs',
      'Re-export the model with a float input (FloatTensorType in skl2onnx).',
    );
  }
  const columns = columnNames.map((name) => numericColumn(table, name));
  const kind = input.type === 'float64' ? Float64Array : input.type === 'int32' ? Int32Array : Float32Array;
  return { name: input.name, type: input.type, columns, columnNames, width: columns.length, rank, copyRows: rowMajorCopier(columns, kind) };
}

/** a buffer for `rows` rows of the feed, reused batch after batch */
export function allocateInput(feed: InputFeed, rows: number): InputArray {
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
  if (!column) throw new UserError(`The feature column "${name}" is not in ${table.source}.`, table.source, `Use columns from: ${table.columns.map((c) => c.name).join(', ')}.`);
  if (column.kind === 'numeric') return column.values;
  const row = firstTextRow(column);
  throw new UserError(
    `The feature column "${name}" holds text${row === undefined ? '' : ` ("${column.values[row]}" at ${describeRow(table, row)})`}, and the model takes numbers.`,
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
export function fillFeed(feed: InputFeed, buffer: InputArray, table: Table, start: number, end: number): BatchInput {
  const n = end - start;
  const size = n * feed.width;
  if (feed.type === 'int64') fillInt64(feed, buffer as BigInt64Array, table, start, n);
  else feed.copyRows(buffer as Exclude<InputArray, BigInt64Array>, start, n);
  const data = buffer.length === size ? buffer : buffer.subarray(0, size);
  return { name: feed.name, type: feed.type, data, dims: feed.rank === 1 ? [n] : [n, feed.width] };
}

/** int64 inputs take whole numbers; a missing cell has no int64 form, so it is an error here */
function fillInt64(feed: InputFeed, buffer: BigInt64Array, table: Table, start: number, n: number): void {
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
