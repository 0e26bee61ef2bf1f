/** A metric's value by scikit-learn's name: accuracy, f1_macro, roc_auc, rmse, ... */
export type MetricValues = Record<string, number>;

/** A two-sided percentile interval from the bootstrap. */
export interface Interval {
  low: number;
  high: number;
  /** confidence level, 0.95 for a 95% interval */
  level: number;
}

export interface BootstrapOptions {
  /** number of resamples; 1000 by default */
  resamples: number;
  /** seed of the pseudo-random generator: the same seed gives the same intervals */
  seed: number;
  /** confidence level of the intervals, 0.95 by default */
  level: number;
  /**
   * how the resamples are drawn: the ordinary bootstrap of every row (the default), or the bag of
   * little bootstraps, for sets of rows too many for it (little-bootstraps.ts)
   */
  method?: BootstrapMethod;
  /**
   * little bootstraps' subsets for the whole set of rows, when the caller has worked them out
   * already (evaluate-gate, for metrics.json): taken as they are instead of being worked out again
   */
  plan?: LittleBootstrapsPlan;
}

export type BootstrapMethod = 'full' | 'little-bootstraps';

/** s and b of little bootstraps (little-bootstraps.ts) */
export interface LittleBootstrapsPlan {
  subsets: number;
  /** rows in each subset, b */
  subsetRows: number;
}

/** Change of one metric from baseline to candidate, measured on the same rows. */
export interface MetricDelta {
  metric: string;
  baseline: number;
  candidate: number;
  /** candidate − baseline */
  absolute: number;
  /** (candidate − baseline) / |baseline|; null when the baseline is 0 */
  relative: number | null;
  /** paired-bootstrap interval of `absolute`, when both models ran on the same rows */
  interval?: Interval;
  /** two-sided p-value for "no change" (of `test`) */
  pValue?: number;
  /** one-sided p-value for "the candidate is lower than the baseline" */
  pValueDown?: number;
  /** one-sided p-value for "the candidate is higher than the baseline" */
  pValueUp?: number;
  /** which paired test gave the p-values */
  test?: PairedTestMethod;
  /** exact McNemar test: the rows the metric is a share of, and the rows only one model got right */
  discordant?: DiscordantRows;
  /** paired bootstrap: standard deviation of the resampled differences (the change's standard error) */
  standardError?: number;
}

export type PairedTestMethod = 'exact-mcnemar' | 'bootstrap';

export interface DiscordantRows {
  /** rows the metric is a share of: all rows for accuracy, the positive rows for recall */
  rows: number;
  /** rows only the candidate got right */
  candidateOnly: number;
  /** rows only the baseline got right */
  baselineOnly: number;
}

/** A paired test's outcome for one metric. */
export interface PairedTest {
  method: PairedTestMethod;
  pValue: number;
  pValueDown: number;
  pValueUp: number;
  discordant?: DiscordantRows;
  standardError?: number;
}

export interface ConfusionMatrix {
  /** class labels in row/column order */
  classes: (number | string)[];
  /** matrix[actual][predicted] counts */
  matrix: number[][];
}

/** Which way a metric improves (the same values as evaluate's `Direction`). */
export type MetricDirection = 'higher' | 'lower';

/** What the gate and the report need to know about a metric besides its value. */
export interface MetricInfo {
  /** scikit-learn's name: accuracy, f1_macro, roc_auc, rmse, ... */
  name: string;
  direction: MetricDirection;
  /** one line for the report */
  description: string;
  /** needs class probabilities, not only predicted labels */
  needsProbabilities: boolean;
}

/**
 * One non-negative weight a row, as scikit-learn's sample_weight: whole counts of at most 255 (a
 * bootstrap resample's, a slice's 0/1) fit in 8 bits, and give the same sums as float64 weights
 */
export type RowWeights = Float64Array | Uint8Array;

/** class indices 0..classCount-1 a row: 8 bits when there are at most 256 classes */
export type ClassIndices = Int32Array | Uint8Array;

/**
 * A classifier's output over n rows, with classes as indices 0..classCount-1 (the order of the
 * model's classes). `proba` is row-major n × classCount; absent when the model gives labels only,
 * and then the probability metrics (roc_auc, log_loss, ...) are not computed. A binary model's may
 * be one column, P(class 1), when P(class 0) is its complement in the array's precision
 * (Math.fround(1 − p) for float32): half the memory, the same figures.
 */
export interface ClassificationInputs {
  yTrue: ClassIndices;
  yPred: ClassIndices;
  proba?: Float32Array | Float64Array;
  classCount: number;
}

/** A regressor's output over n rows. */
export interface RegressionInputs {
  yTrue: Float64Array;
  yPred: Float32Array | Float64Array;
}

export type MetricInputs = ClassificationInputs | RegressionInputs;
