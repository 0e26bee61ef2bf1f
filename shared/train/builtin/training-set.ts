import { UserError } from '../../errors.js';
import { describeRow, findColumn, type Table } from '../../data/table.js';

/**
 * The numbers a built-in trainer learns from: one Float64Array per feature (columnar, as the
 * Table holds them, so nothing is copied) and the target as numbers.
 */
export interface TrainingSet {
  featureNames: string[];
  features: Float64Array[];
  target: Float64Array;
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
  if (targetColumn.kind !== 'numeric') {
    const row = targetColumn.firstNonNumericRow;
    throw new UserError(
      `The target column "${targetName}" holds text${row !== undefined ? ` (first at ${describeRow(table, row)})` : ''}; built-in trainers need numeric targets (class numbers 0, 1, … or values).`,
      table.source,
      'Encode the classes as integers in the data, or train with your own command.',
    );
  }
  const target = targetColumn.values;
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
  return { featureNames: wanted, features, target, targetName, rowCount: table.rowCount, source: table.source };
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
