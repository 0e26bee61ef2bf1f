import type { ConfusionMatrix, Interval, MetricDelta, MetricValues, PairedTestMethod } from '../metrics/types.js';
import type { DetectableDrop } from '../gate/detectable-drop.js';
import type { FeatureOrder } from '../model/feature-order.js';
import type { InferenceTiming, Task } from '../model/types.js';
import type { ScoreDistribution } from './score-distribution.js';

/** Which way a metric improves. */
export type Direction = 'higher' | 'lower';

export interface FileIdentity {
  path: string;
  sha256: string;
  sizeBytes: number;
}

/** Figures about running the model rather than its quality. */
export interface OperationalFigures extends InferenceTiming {
  modelSizeBytes: number;
}

export interface SliceResult {
  /** the slice column's value, as text */
  value: string;
  rows: number;
  metrics: MetricValues;
  baseline?: MetricValues;
  /** candidate − baseline on the slice's rows, with a paired test where the gate needs one */
  deltas?: Record<string, MetricDelta>;
}

export interface SliceSet {
  column: string;
  slices: SliceResult[];
}

/** One gate rule after evaluation. */
export interface RuleVerdict {
  /** stable id: "accuracy >= 0.9", "slice mean_radius=... accuracy drop <= 0.02" */
  id: string;
  metric: string;
  kind: 'threshold' | 'change' | 'budget';
  /** human words for the rule, e.g. "≥ 0.9" or "drop ≤ 0.02 (absolute)" */
  description: string;
  /** the figure the rule looked at */
  actual: number | null;
  passed: boolean;
  /** why the rule passed or failed, one sentence */
  message: string;
  slice?: { column: string; value: string };
  /** where the rule stands in the policy file, for annotations */
  policyLine?: number;
  /** the paired test behind a drop rule with significance */
  test?: RuleTest;
  /** the rows could never show a significant drop at the level needed: passed, but not judged */
  inconclusive?: boolean;
  /** the smallest true drop this rule would catch with 80% power, for drop rules with a paired test */
  detectableDrop?: DetectableDrop;
}

export interface RuleTest {
  method?: PairedTestMethod;
  /** the drop side's one-sided p-value, doubled to read against α */
  pValue: number;
  /** after the family-wise correction, when the rule is one of a family of slice tests */
  adjustedPValue?: number;
  family?: { size: number; correction: 'holm' | 'bonferroni' };
  alpha: number;
}

export interface GateVerdict {
  /** path of the policy file, or null when no policy was given (nothing gated, explicitly) */
  policy: string | null;
  gated: boolean;
  passed: boolean;
  rules: RuleVerdict[];
  /** things the reader should know about the policy itself, e.g. drop rules judged without significance */
  warnings?: string[];
  /** set when a maintainer forced a pass; the report says so loudly */
  override?: { by: string; reason: string };
}

/** How the intervals and paired tests were resampled; method and plan only for little bootstraps. */
export interface BootstrapRecord {
  resamples: number;
  seed: number;
  level: number;
  /** the bag of little bootstraps (docs/gate-policy.md): absent for the ordinary bootstrap */
  method?: 'little-bootstraps';
  /** little bootstraps: the disjoint subsets of the rows, and the rows in each */
  subsets?: number;
  subsetRows?: number;
}

/** Everything evaluate-gate measured: the content of metrics.json. */
export interface EvaluationResult {
  schema: 'mlci/evaluation@1';
  task: Task;
  model: FileIdentity;
  baselineModel?: FileIdentity;
  data: FileIdentity & { rows: number; target: string };
  /** the columns fed to the candidate, in order, and what decided the order */
  features?: FeatureOrder;
  /** candidate metrics, name → value */
  metrics: MetricValues;
  /** baseline metrics on the same rows (or from a baseline metrics file), name → value */
  baseline?: MetricValues;
  /** where the baseline figures came from */
  baselineSource?: 'model' | 'metrics-file';
  /** bootstrap intervals of the candidate's metrics */
  intervals: Record<string, Interval>;
  /** candidate − baseline per metric, with paired intervals when both models ran here */
  deltas: Record<string, MetricDelta>;
  directions: Record<string, Direction>;
  confusionMatrix?: ConfusionMatrix;
  operational: OperationalFigures;
  baselineOperational?: OperationalFigures;
  slices?: SliceSet;
  bootstrap: BootstrapRecord;
  /** present when the classifiers' scores were logits, turned into probabilities (model/class-scores.ts) */
  scores?: 'logits';
  /** a classifier's score histogram in serve's mlci_prediction_score bins (monitor's prediction-drift reference) */
  scoreDistribution?: ScoreDistribution;
  gate: GateVerdict;
}
