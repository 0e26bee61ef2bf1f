import type { Direction } from '../evaluate/types.js';

/**
 * Which way each built-in metric improves, by scikit-learn's name. The gate keeps its own table so
 * that a policy can be checked (names, directions) before any metric is computed; a policy may
 * override a direction per metric.
 */
export const DEFAULT_DIRECTIONS: Readonly<Record<string, Direction>> = Object.freeze({
  accuracy: 'higher',
  balanced_accuracy: 'higher',
  precision: 'higher',
  recall: 'higher',
  f1: 'higher',
  precision_macro: 'higher',
  recall_macro: 'higher',
  f1_macro: 'higher',
  precision_weighted: 'higher',
  recall_weighted: 'higher',
  f1_weighted: 'higher',
  roc_auc: 'higher',
  roc_auc_ovr_macro: 'higher',
  average_precision: 'higher',
  log_loss: 'lower',
  brier: 'lower',
  ece: 'lower',
  mae: 'lower',
  rmse: 'lower',
  r2: 'higher',
  mape: 'lower',
  explained_variance: 'higher',
});

export const BUILTIN_METRICS: readonly string[] = Object.keys(DEFAULT_DIRECTIONS);

export function isBuiltinMetric(name: string): boolean {
  return Object.hasOwn(DEFAULT_DIRECTIONS, name);
}

/**
 * The direction to judge a metric by: the policy's override, else the built-in table, else what the
 * evaluation recorded, else "higher".
 */
export function directionOf(metric: string, override?: Direction, recorded?: Direction): Direction {
  return override ?? (isBuiltinMetric(metric) ? DEFAULT_DIRECTIONS[metric]! : recorded ?? 'higher');
}

/**
 * Which one-sided test looks for a drop. A paired test reports two one-sided p-values about
 * candidate − baseline: "down" (the candidate is lower) and "up" (higher). A drop is a change for
 * the worse, so for a higher-is-better metric (accuracy) it is the "down" side and for a
 * lower-is-better one (log_loss) the "up" side. The rules never look at the other side: a
 * significant improvement cannot fail a drop limit.
 */
export function dropSide(direction: Direction): 'down' | 'up' {
  return direction === 'higher' ? 'down' : 'up';
}
