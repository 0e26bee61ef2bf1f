import { UserError } from '../../errors.js';
import { describeRow, findColumn, type Table } from '../../data/table.js';

/**
 * The numbers a built-in trainer learns from: one Float64Array per feature (columnar, as the
 * Table holds them, so nothing is copied) and the target as numbers.
 */
export interface TrainingSet {
  featureNames: string[];
  features: Float64Array[];
  /** the target's values; for a text target, each row's position in `classLabels` */
  target: Float64Array;
  /** a text target's classes, sorted as scikit-learn sorts them (by code point) */
  classLabels?: string[];
  targetName: string;
  rowCount: number;
  source: string;
}

/**
 * Picks the feature columns (every numeric column but the target, or exactly `featureNames`) and
 * the target from a table. Text features are refused: the built-in trainers take numbers only.
 */
export function selectTrainingSet(table: Table, targetName: string, featureNames?: string[]): TrainingSet {
  const targetColumn = findColumn(table, targetName);
  if (!targetColumn) {
    throw new UserError(
      `The target column "${targetName}" is not in ${table.source}.`,
      table.source,
      `Set target to one of: ${table.columns.map((c) => c.name).join(', ')}.`,
    );
  }
  const { target, classLabels } = targetColumn.kind === 'numeric' ? { target: targetColumn.values, classLabels: undefined } : textClasses(targetColumn.values);
  for (let i = 0; i < target.length; i++) {
    if (Number.isNaN(target[i]!)) {
      throw new UserError(`The target "${targetName}" is missing at ${describeRow(table, i)}.`, table.source, 'Drop rows without a target before training.');
    }
  }
  const wanted = featureNames && featureNames.length > 0 ? featureNames : table.columns.filter((c) => c.name !== targetName).map((c) => c.name);
  const features: Float64Array[] = [];
  for (const name of wanted) {
    const column = findColumn(table, name);
    if (!column) throw new UserError(`The feature column "${name}" is not in ${table.source}.`, table.source, 'List only columns the data has.');
    if (name === targetName) throw new UserError(`The target "${name}" is also listed as a feature.`, table.source, 'Remove it from the features.');
    if (column.kind !== 'numeric') {
      const row = column.firstNonNumericRow;
      throw new UserError(
        `The feature column "${name}" holds text${row !== undefined ? ` (first at ${describeRow(table, row)})` : ''}; built-in trainers take numeric features only.`,
        table.source,
        `Encode "${name}" as numbers, leave it out with the features parameter, or train with your own command.`,
      );
    }
    features.push(column.values);
  }
  if (features.length === 0) throw new UserError(`${table.source} has no feature columns besides the target.`, table.source, 'Add feature columns.');
  if (table.rowCount < 2) throw new UserError(`${table.source} has ${table.rowCount} row(s); training needs at least two.`, table.source, 'Train on more data.');
  return { featureNames: wanted, features, target, ...(classLabels ? { classLabels } : {}), targetName, rowCount: table.rowCount, source: table.source };
}

/** a text target as positions in its sorted distinct values (NaN where a cell is missing) */
function textClasses(values: (string | null)[]): { target: Float64Array; classLabels: string[] } {
  const classLabels = [...new Set(values.filter((v): v is string => v !== null))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const position = new Map(classLabels.map((label, i) => [label, i]));
  return { target: Float64Array.from(values, (v) => (v === null ? NaN : position.get(v)!)), classLabels };
}

/** A regression learns a quantity: a text target (classes) has none. */
export function requireNumericTarget(set: TrainingSet, trainer: string): void {
  if (!set.classLabels) return;
  const shown = set.classLabels.slice(0, 5).map((c) => JSON.stringify(c)).join(', ');
  throw new UserError(
    `${trainer} regresses a number, but the target "${set.targetName}" holds text (${shown}${set.classLabels.length > 5 ? ', …' : ''}).`,
    set.source,
    'Train a classifier (builtin:logistic-regression or builtin:gradient-boosted-trees), or choose a numeric target.',
  );
}

/** Linear models cannot take missing values: name the first one so the user can impute or drop it. */
export function requireNoMissingFeatures(set: TrainingSet, trainer: string): void {
  for (let f = 0; f < set.features.length; f++) {
    const values = set.features[f]!;
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i]!)) {
        throw new UserError(
          `${trainer} cannot train with a missing or infinite value in "${set.featureNames[f]}" (row ${i + 1} of ${set.source}).`,
          set.source,
          'Impute or drop missing values before training, or use builtin:gradient-boosted-trees, which handles them.',
        );
      }
    }
  }
}
