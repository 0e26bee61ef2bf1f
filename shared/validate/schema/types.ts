import type { DriftMethod } from '../drift/column-drift.js';

/** What a column holds, as the schema declares it. */
export type ColumnType = 'numeric' | 'integer' | 'categorical' | 'text' | 'boolean';

/**
 * An expectation on a column's present values with Great Expectations' `mostly`: it holds when at
 * least this share of the non-missing values meet it (1 = every value).
 */
export interface ValueCheck<T> {
  value: T;
  mostly: number;
  /** line of the check in the schema file, for messages */
  line?: number;
}

export interface ColumnSchema {
  name: string;
  type: ValueCheck<ColumnType>;
  /** the largest share of missing cells allowed (nullable: false → 0, nullable: true → 1) */
  maxMissing: number;
  /** whether the column must be present in every file */
  required: boolean;
  min?: ValueCheck<number>;
  max?: ValueCheck<number>;
  allowedValues?: ValueCheck<string[]>;
  regex?: ValueCheck<string>;
  unique?: ValueCheck<boolean>;
  /** drift settings; false leaves the column out of drift */
  drift?: { method?: DriftMethod; threshold?: number } | false;
  line?: number;
}

export interface DatasetRules {
  rows?: { min?: number; max?: number };
  /** largest share of rows that repeat an earlier row exactly; absent = not checked */
  maxDuplicateShare?: number;
  /** the label column, for label balance */
  target?: string;
  /** every class of the target must hold at least this share of the rows */
  minClassShare?: number;
  /** the dataset drifts when at least this share of columns drift (default 0.5) */
  driftShare?: number;
  /** columns not in the schema: allowed (default) or a failure */
  extraColumns: 'allow' | 'fail';
}

export interface DataSchema {
  /** the file it came from ('inferred' for an inferred schema) */
  source: string;
  columns: ColumnSchema[];
  dataset: DatasetRules;
}

/** how the profile treats a column of this type */
export function profileKindOf(type: ColumnType): 'numeric' | 'categorical' {
  return type === 'numeric' || type === 'integer' ? 'numeric' : 'categorical';
}
