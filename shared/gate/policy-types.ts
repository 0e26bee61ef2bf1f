import type { Direction } from '../evaluate/types.js';

/** Limits on a metric's value. */
export type ThresholdBound = 'min' | 'max';

/**
 * Limits on a metric's change from the baseline, in the metric's own direction: a "drop" is a
 * change for the worse (a fall in accuracy, a rise in log_loss), a "gain" one for the better.
 */
export type ChangeLimit = 'max_drop' | 'max_relative_drop' | 'min_gain' | 'min_relative_gain';

export type BudgetName = 'latency_p95_ms_per_batch' | 'latency_p95_ms_per_row' | 'model_size_mb' | 'min_rows_per_second';

export interface ThresholdRule {
  kind: 'threshold';
  bound: ThresholdBound;
  limit: number;
  line: number;
}

export interface ChangeRule {
  kind: 'change';
  limitType: ChangeLimit;
  /** absolute amount, or a fraction for the relative limits (0.05 = 5%) */
  limit: number;
  line: number;
}

/** Every rule the policy sets on one metric, at one place (top level, every slice, one slice). */
export interface MetricRuleSet {
  metric: string;
  /** line of the metric's key in the policy file */
  line: number;
  thresholds: ThresholdRule[];
  changes: ChangeRule[];
  /** alpha for this metric's drop limits; overrides the policy-wide significance */
  significance?: number;
}

export interface BudgetRule {
  budget: BudgetName;
  limit: number;
  line: number;
}

export interface SliceValueRules {
  /** the slice column's value, as text */
  value: string;
  line: number;
  rules: MetricRuleSet[];
}

/** How a family of slice tests holds its family-wise error rate at α. */
export type MultipleTesting = 'holm' | 'bonferroni' | 'none';

export interface SlicePolicy {
  column: string;
  /** family-wise control over the slices' drop tests; Holm–Bonferroni by default */
  correction: MultipleTesting;
  /** slices with fewer rows are reported but not judged */
  minRows: number;
  line: number;
  everySlice: MetricRuleSet[];
  values: SliceValueRules[];
}

/** A parsed, checked gate policy. */
export interface GatePolicy {
  /** the policy file's path, as given */
  file: string;
  /** alpha of the paired-bootstrap test that drop limits wait for; null: judge the point estimate */
  significance: number | null;
  failOnMissingMetric: boolean;
  /** direction overrides from the policy, metric → direction */
  directions: Record<string, Direction>;
  metrics: MetricRuleSet[];
  budgets: BudgetRule[];
  slices: SlicePolicy | null;
}
