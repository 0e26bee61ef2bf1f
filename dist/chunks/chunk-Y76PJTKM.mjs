import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/metrics/ranges.ts
var UNIT = [0, 1];
var NON_NEGATIVE = [0, Infinity];
var AT_MOST_ONE = [-Infinity, 1];
var RANGES = {
  accuracy: UNIT,
  balanced_accuracy: UNIT,
  precision: UNIT,
  recall: UNIT,
  f1: UNIT,
  precision_macro: UNIT,
  recall_macro: UNIT,
  f1_macro: UNIT,
  precision_weighted: UNIT,
  recall_weighted: UNIT,
  f1_weighted: UNIT,
  roc_auc: UNIT,
  roc_auc_ovr_macro: UNIT,
  average_precision: UNIT,
  brier: UNIT,
  ece: UNIT,
  log_loss: NON_NEGATIVE,
  mae: NON_NEGATIVE,
  rmse: NON_NEGATIVE,
  mape: NON_NEGATIVE,
  r2: AT_MOST_ONE,
  explained_variance: AT_MOST_ONE
};
var shown = (x) => x === Infinity ? "\u221E" : x === -Infinity ? "-\u221E" : String(x);
function checkMetricValue(name, value, where, fix) {
  const range = RANGES[name];
  if (!range || value >= range[0] && value <= range[1]) return;
  const [low, high] = range;
  throw new UserError(`${where}: ${name} = ${value} is outside ${low === -Infinity ? "(" : "["}${shown(low)}, ${shown(high)}${high === Infinity ? ")" : "]"}, the values ${name} can take.`, where, fix);
}

export {
  checkMetricValue
};
