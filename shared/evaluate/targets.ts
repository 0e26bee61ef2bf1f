import { UserError } from '../errors.js';
import { describeRow, type Column, type Table } from '../data/table.js';

/**
 * Turns the target column into class indices in the order of the model's classes, so that the
 * metrics compare like with like whatever the labels are (0/1, "yes"/"no", 2/4/6).
 */
export function encodeClassTarget(table: Table, target: Column, classes: (number | string)[]): Int32Array {
  if (target.kind === 'numeric' && classes.every((c) => typeof c === 'number')) {
    const encoded = encodeNumericClasses(target.values, classes as number[], table.rowCount);
    if (encoded) return encoded;
  }
  const index = new Map<string, number>();
  classes.forEach((c, i) => index.set(String(c), i));
  const out = new Int32Array(table.rowCount);
  for (let row = 0; row < table.rowCount; row++) {
    const raw = target.values[row];
    if (raw === null || (typeof raw === 'number' && Number.isNaN(raw))) {
      throw new UserError(`The target column "${target.name}" is empty at ${describeRow(table, row)}.`, describeRow(table, row), 'Fill in the label or drop the row before evaluation.', locationOf(table, row));
    }
    const key = String(raw);
    const cls = index.get(key);
    if (cls === undefined) {
      throw new UserError(
        `The target value "${key}" at ${describeRow(table, row)} is not one of the classes the model predicts (${classes.map(String).join(', ')}).`,
        describeRow(table, row),
        'Check that the target column and the model belong together, or remove rows of classes the model was not trained on.',
        locationOf(table, row),
      );
    }
    out[row] = cls;
  }
  return out;
}

export function encodeRegressionTarget(table: Table, target: Column): Float64Array {
  if (target.kind !== 'numeric') {
    const row = target.firstNonNumericRow ?? target.values.findIndex((v) => v !== null && Number.isNaN(Number(v)));
    throw new UserError(
      `The target column "${target.name}" holds text ("${target.values[row]}" at ${describeRow(table, row)}), but a regression model predicts numbers.`,
      describeRow(table, row),
      'Fix the cell, or pass task: binary/multiclass if this is a classification target.',
      locationOf(table, row),
    );
  }
  for (let row = 0; row < table.rowCount; row++) {
    if (Number.isNaN(target.values[row])) {
      throw new UserError(`The target column "${target.name}" is empty at ${describeRow(table, row)}.`, describeRow(table, row), 'Fill in the value or drop the row before evaluation.', locationOf(table, row));
    }
  }
  return target.values;
}

export function locationOf(table: Table, row: number): { file: string; line?: number } | undefined {
  const line = table.rowLines?.[row];
  return line === undefined ? undefined : { file: table.source, line };
}

/**
 * The common case without a string per row: numeric labels and numeric classes, where a label's
 * text equals a class's text exactly when the numbers are equal. Undefined when a row is missing
 * or not a class, for the general path to report it.
 */
function encodeNumericClasses(values: Float64Array, classes: number[], rows: number): Int32Array | undefined {
  const out = new Int32Array(rows);
  const k = classes.length;
  for (let row = 0; row < rows; row++) {
    const value = values[row]!;
    let cls = 0;
    while (cls < k && classes[cls] !== value) cls++;
    if (cls === k) return undefined;
    out[row] = cls;
  }
  return out;
}
