/**
 * Whether a classifier's probability output really holds probabilities, row by row, before any
 * metric trusts it: rows that do not sum to 1 (a sigmoid per class, scores, a scaled softmax)
 * would give a confident log loss for a model that is mostly wrong. A row of NaN is nearly always
 * a missing feature, so it is reported as that feature's cell, not as a problem of the scores.
 */
import { UserError } from '../errors.js';
import { describeRow, findColumn, type Table } from '../data/table.js';
import type { Predictions } from './types.js';

/** float32 softmax rows sum to 1 within ~1e-6; a row further off than this is not a distribution */
export const PROBABILITY_SUM_TOLERANCE = 1e-3;
const ROWS_SHOWN = 5;

/** whether the feature `name` is missing at `row`: NaN in a numeric column or the matrix, null in a text one */
function isMissing(table: Table, name: string, row: number): boolean {
  const column = findColumn(table, name);
  if (column) return column.kind === 'numeric' ? Number.isNaN(column.values[row]!) : column.values[row] === null;
  const matrix = table.featureMatrix;
  const at = matrix ? matrix.columns.indexOf(name) : -1;
  return at >= 0 && Number.isNaN(matrix!.data[row * matrix!.columns.length + at]!);
}

/**
 * `predictions`: the rows of `table`, in its order (a whole table, or one streamed batch: then a
 * row is named by its line in the file, and the rows shown and counted are the batch's)
 */
export function checkProbabilityRows(predictions: Pick<Predictions, 'rowCount' | 'probabilities' | 'classes'>, table: Table, features: string[], modelPath: string, output: string): void {
  const p = predictions.probabilities;
  const k = predictions.classes?.length ?? 0;
  if (!p || k < 2) return;
  const bad: { row: number; sum: number }[] = [];
  let badRows = 0;
  for (let r = 0, o = 0; r < predictions.rowCount; r++, o += k) {
    let sum = 0;
    let inRange = true;
    for (let c = 0; c < k; c++) {
      const v = p[o + c]!;
      sum += v;
      if (!(v >= 0 && v <= 1)) inRange = false;
    }
    if (Number.isNaN(sum)) throw nanRow(table, features, r, modelPath);
    if (inRange && Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE) continue;
    badRows++;
    if (bad.length < ROWS_SHOWN) bad.push({ row: r, sum });
  }
  if (badRows === 0) return;
  const shown = bad.map(({ row, sum }) => `${describeRow(table, row)} (sum ${Number(sum.toPrecision(4))})`).join(', ');
  const more = badRows > bad.length ? ` and ${badRows - bad.length} more rows` : '';
  throw new UserError(
    `The output "${output}" of ${modelPath} does not hold probabilities: its rows do not sum to 1 (or hold values outside [0, 1]) at ${shown}${more}.`,
    modelPath,
    'If the output holds logits or other scores, set scores: logits (mlci applies softmax, or sigmoid to a single column); otherwise re-export the model with its probability output (a Softmax at the end, or skl2onnx\'s predict_proba output).',
  );
}

function nanRow(table: Table, features: string[], row: number, modelPath: string): UserError {
  const where = describeRow(table, row);
  const missing = features.filter((name) => isMissing(table, name, row));
  const location = { file: table.source, ...(table.rowLines ? { line: table.rowLines[row] } : {}) };
  if (missing.length > 0) {
    const names = missing.map((n) => `"${n}"`).join(', ');
    return new UserError(
      `The feature ${missing.length === 1 ? 'column' : 'columns'} ${names} ${missing.length === 1 ? 'has no value' : 'have no values'} at ${where} (empty, null or left out), and ${modelPath} gives no probabilities for a row with a missing feature.`,
      where,
      'Fill or drop rows with missing values before evaluation (or train a model that handles them, such as gradient-boosted trees).',
      location,
    );
  }
  return new UserError(
    `${modelPath} gave NaN probabilities at ${where}, although every feature of the row has a value.`,
    where,
    'Look for values far outside the training range in this row, and for numeric overflow in the model.',
    location,
  );
}
