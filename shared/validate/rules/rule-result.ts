/** One rule of the validation and its verdict: what validation.json lists and the report shows. */
export type Verdict = 'pass' | 'fail' | 'warn' | 'skip';

export type RuleName =
  | 'readable'
  | 'well_formed_rows'
  | 'required'
  | 'extra_columns'
  | 'missing'
  | 'type'
  | 'min'
  | 'max'
  | 'allowed_values'
  | 'regex'
  | 'unique'
  | 'rows'
  | 'duplicate_rows'
  | 'label_balance'
  | 'drift'
  | 'dataset_drift';

/** a row that broke a rule: where it is, and the offending cell as written */
export interface RuleExample {
  file: string;
  /** 1-based line for text formats; absent for Parquet */
  line?: number;
  /** 1-based data row within the file */
  row: number;
  value?: string;
}

export interface RuleResult {
  /** stable identifier, e.g. "column.mean_radius.max" or "dataset.rows" */
  id: string;
  rule: RuleName;
  column?: string;
  verdict: Verdict;
  message: string;
  expected?: string;
  observed?: string;
  /** offending values or rows, and how many were checked */
  failed?: number;
  checked?: number;
  /** the first offending rows (at most MAX_EXAMPLES) */
  examples?: RuleExample[];
}

export const MAX_EXAMPLES = 5;

/** counts of a check's outcomes over the data, with the first offending rows */
export class Tally {
  checked = 0;
  failed = 0;
  readonly examples: RuleExample[] = [];

  fail(example: () => RuleExample): void {
    this.failed++;
    if (this.examples.length < MAX_EXAMPLES) this.examples.push(example());
  }

  /** Great Expectations' mostly: holds when at least `mostly` of the checked values pass */
  holds(mostly: number): boolean {
    if (this.checked === 0) return true;
    return (this.checked - this.failed) / this.checked >= mostly - 1e-12;
  }
}

/** "file:line" or "file, row n" */
export function describeExample(e: RuleExample): string {
  return e.line !== undefined ? `${e.file}:${e.line}` : `${e.file}, row ${e.row}`;
}
