import { UserError } from '../../errors.js';
import type { Task } from '../../model/types.js';
import type { TrainingSet } from './training-set.js';

/** A classification target recoded as positions 0..k-1 in its sorted class values. */
export interface EncodedClasses {
  /** the class values (numbers, or the texts of a text target), in the order of the positions */
  classes: (number | string)[];
  index: Int32Array;
}

/** Classes are integer values; more than this many distinct values is almost surely a regression target. */
const MAX_CLASSES = 100;

export function encodeClasses(set: Pick<TrainingSet, 'target' | 'targetName' | 'classLabels'>): EncodedClasses {
  const encoded = encodeNumericClasses(set.target, set.targetName);
  const labels = set.classLabels;
  if (!labels) return encoded;
  // a text target's values are positions in its sorted labels: its sorted classes are those positions
  return { classes: encoded.classes.map((position) => labels[position]!), index: encoded.index };
}

function encodeNumericClasses(target: Float64Array, targetName: string): { classes: number[]; index: Int32Array } {
  const distinct = new Set<number>();
  for (let i = 0; i < target.length; i++) {
    const value = target[i]!;
    if (!Number.isInteger(value)) {
      throw new UserError(
        `The target "${targetName}" holds ${value} at row ${i + 1}, which is not a class number.`,
        `target ${targetName}`,
        'A classifier needs integer class labels (0, 1, …); for a numeric target use builtin:linear-regression or task: regression.',
      );
    }
    distinct.add(value);
    if (distinct.size > MAX_CLASSES) {
      throw new UserError(`The target "${targetName}" has more than ${MAX_CLASSES} distinct values.`, `target ${targetName}`, 'Use a regression trainer, or group the classes.');
    }
  }
  const classes = [...distinct].sort((a, b) => a - b);
  if (classes.length < 2) {
    throw new UserError(`The target "${targetName}" has a single class (${classes[0]}).`, `target ${targetName}`, 'Training a classifier needs at least two classes in the data.');
  }
  const position = new Map(classes.map((c, i) => [c, i]));
  const index = new Int32Array(target.length);
  for (let i = 0; i < target.length; i++) index[i] = position.get(target[i]!)!;
  return { classes, index };
}

/**
 * Guesses the task from the target when the user did not say: integers with few distinct values
 * are classes (two → binary), anything else is a quantity to regress.
 */
export function inferTask(set: Pick<TrainingSet, 'target' | 'classLabels'>): Task {
  if (set.classLabels) return set.classLabels.length <= 2 ? 'binary' : 'multiclass';
  const target = set.target;
  const distinct = new Set<number>();
  for (let i = 0; i < target.length; i++) {
    const value = target[i]!;
    if (!Number.isInteger(value)) return 'regression';
    distinct.add(value);
    if (distinct.size > 20) return 'regression';
  }
  return distinct.size <= 2 ? 'binary' : 'multiclass';
}
