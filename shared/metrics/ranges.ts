/**
 * The values each built-in metric can take. A metrics file written by hand, by another tool or by
 * another task is input like any other: a roc_auc of 1.7 or an accuracy of -1e308 would otherwise
 * be ranked first or judged "improved" against.
 */
import { UserError } from '../errors.js';

const UNIT: readonly [number, number] = [0, 1];
const NON_NEGATIVE: readonly [number, number] = [0, Infinity];
const AT_MOST_ONE: readonly [number, number] = [-Infinity, 1];

const RANGES: Record<string, readonly [number, number]> = {
  accuracy: UNIT, balanced_accuracy: UNIT, precision: UNIT, recall: UNIT, f1: UNIT,
  precision_macro: UNIT, recall_macro: UNIT, f1_macro: UNIT, precision_weighted: UNIT, recall_weighted: UNIT, f1_weighted: UNIT,
  roc_auc: UNIT, roc_auc_ovr_macro: UNIT, average_precision: UNIT, brier: UNIT, ece: UNIT,
  log_loss: NON_NEGATIVE, mae: NON_NEGATIVE, rmse: NON_NEGATIVE, mape: NON_NEGATIVE,
  r2: AT_MOST_ONE, explained_variance: AT_MOST_ONE,
};

const shown = (x: number) => (x === Infinity ? '∞' : x === -Infinity ? '-∞' : String(x));

/** the values a built-in metric can take, [low, high]; undefined for names it does not know */
export function metricRange(name: string): readonly [number, number] | undefined {
  return RANGES[name];
}

/** refuses a value a built-in metric cannot take; other names pass (their range is unknown) */
export function checkMetricValue(name: string, value: number, where: string, fix: string): void {
  const range = RANGES[name];
  if (!range || (value >= range[0] && value <= range[1])) return;
  const [low, high] = range;
  throw new UserError(`${where}: ${name} = ${value} is outside ${low === -Infinity ? '(' : '['}${shown(low)}, ${shown(high)}${high === Infinity ? ')' : ']'}, the values ${name} can take.`, where, fix);
}
