/**
 * Whether a classifier's probability output really holds probabilities, row by row, before any
 * metric trusts it: rows that do not sum to 1 (a sigmoid per class, scores, a scaled softmax)
 * would give a confident log loss for a model that is mostly wrong. A row of NaN is nearly always
 * a missing feature, so it is reported as that feature's cell, not as a problem of the scores.
 */
import { UserError } from '../errors.js';
import { describeRow, findColumn, type Table } from '../data/table.js';

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
 * The check, fed batch by batch right after each run, while the batch's rows are still in the
 * cache (a whole pass checked at its end reads 8 MB a million rows back from memory). Rows are
 * named by their place in `table` (a whole table, or one streamed batch: then by its line in the
 * file); a NaN row stops at once, other bad rows are gathered and reported together by finish().
 */
export class ProbabilityRowCheck {
  private readonly bad: { row: number; sum: number }[] = [];
  private badRows = 0;

  constructor(
    private readonly table: Table,
    private readonly features: string[],
    private readonly modelPath: string,
    private readonly output: string,
  ) {}

  /**
   * Rows [from, from + data.length / width) of the table. `width` 1: a binary model's P(class 1)
   * alone, its P(class 0) the float32 complement, so only its range can be wrong.
   */
  rows(data: Float32Array, width: number, from: number): void {
    const n = data.length / width;
    // one loop per common width: the general one costs twice as much a row
    if (width === 2) {
      for (let r = 0, o = 0; r < n; r++, o += 2) {
        const a = data[o]!;
        const b = data[o + 1]!;
        const sum = a + b;
        if (a >= 0 && a <= 1 && b >= 0 && b <= 1 && Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE) continue;
        this.flag(from + r, sum);
      }
    } else if (width === 1) {
      for (let r = 0; r < n; r++) {
        const p = data[r]!;
        if (p >= 0 && p <= 1) continue;
        this.flag(from + r, Math.fround(1 - p) + p);
      }
    } else {
      for (let r = 0, o = 0; r < n; r++, o += width) {
        let sum = 0;
        let inRange = true;
        for (let c = 0; c < width; c++) {
          const v = data[o + c]!;
          sum += v;
          if (!(v >= 0 && v <= 1)) inRange = false;
        }
        if (inRange && Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE) continue;
        this.flag(from + r, sum);
      }
    }
  }

  /** throws the error naming the bad rows, if any */
  finish(): void {
    const { bad, badRows } = this;
    if (badRows === 0) return;
    const shown = bad.map(({ row, sum }) => `${describeRow(this.table, row)} (sum ${Number(sum.toPrecision(4))})`).join(', ');
    const more = badRows > bad.length ? ` and ${badRows - bad.length} more rows` : '';
    throw new UserError(
      `The output "${this.output}" of ${this.modelPath} does not hold probabilities: its rows do not sum to 1 (or hold values outside [0, 1]) at ${shown}${more}.`,
      this.modelPath,
      'If the output holds logits or other scores, set scores: logits (mlci applies softmax, or sigmoid to a single column); otherwise re-export the model with its probability output (a Softmax at the end, or skl2onnx\'s predict_proba output).',
    );
  }

  private flag(row: number, sum: number): void {
    if (Number.isNaN(sum)) throw nanRow(this.table, this.features, row, this.modelPath);
    this.badRows++;
    if (this.bad.length < ROWS_SHOWN) this.bad.push({ row, sum });
  }
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
