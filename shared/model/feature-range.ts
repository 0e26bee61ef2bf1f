/**
 * Feature values a model cannot take, refused at their cell. The readers share one number grammar
 * (data/decimal.ts), under which `Infinity` is a number and `1e400` overflows to it; a float32
 * input turns anything past ±3.4e38 (`1e39`) into infinity too. An infinite feature silently
 * changes a model's scores, so it is reported where it is, like text in a numeric column.
 */
import { UserError } from '../errors.js';
import { describeRow, findColumn, type Table } from '../data/table.js';
import { FLOAT32_MAX } from '../data/feature-matrix.js';
import type { TensorSignature } from './types.js';


function refuse(table: Table, column: string, row: number, input: TensorSignature, value: number, modelPath: string): UserError {
  const where = describeRow(table, row);
  const what = !Number.isFinite(value)
    ? input.type === 'float32'
      ? 'a value beyond the range of float32 (±3.4e38), or an infinite one'
      : 'an infinite value (Infinity, or a number beyond float64\'s range such as 1e400)'
    : `${value}, beyond the range of float32 (±3.4e38)`;
  return new UserError(
    `The feature column "${column}" holds ${what} at ${where}; the ${input.type} input "${input.name}" of ${modelPath} cannot take it.`,
    where,
    'Fix the cell (a unit or parsing mistake upstream is the usual cause), clip or drop the row, or leave the cell empty if the model handles missing values.',
    { file: table.source, ...(table.rowLines ? { line: table.rowLines[row] } : {}) },
  );
}

export function checkFeatureValues(table: Table, features: string[], inputs: TensorSignature[], modelPath: string): void {
  const inputOf = (name: string) => (inputs.length === 1 ? inputs[0]! : inputs.find((i) => i.name === name));
  const matrix = table.featureMatrix;
  // a matrix its reader vouches has no infinite cell (FeatureMatrix.finite) needs no look at every cell
  if (matrix && inputs.length === 1 && !matrix.finite) {
    const data = matrix.data;
    for (let i = 0; i < data.length; i++) {
      const v = data[i]!;
      if (v === Infinity || v === -Infinity) {
        const width = matrix.columns.length;
        throw refuse(table, matrix.columns[i % width]!, Math.floor(i / width), inputs[0]!, v, modelPath);
      }
    }
  }
  for (const name of features) {
    const column = findColumn(table, name);
    const input = inputOf(name);
    if (!column || column.kind !== 'numeric' || !input || (input.type !== 'float32' && input.type !== 'float64')) continue;
    const limit = input.type === 'float32' ? FLOAT32_MAX : Number.MAX_VALUE;
    const values = column.values;
    for (let r = 0; r < values.length; r++) {
      const v = values[r]!;
      if (v > limit || v < -limit) throw refuse(table, name, r, input, v, modelPath);
    }
  }
}
