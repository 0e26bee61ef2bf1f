import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/gate/directions.ts
var DEFAULT_DIRECTIONS = Object.freeze({
  accuracy: "higher",
  balanced_accuracy: "higher",
  precision: "higher",
  recall: "higher",
  f1: "higher",
  precision_macro: "higher",
  recall_macro: "higher",
  f1_macro: "higher",
  precision_weighted: "higher",
  recall_weighted: "higher",
  f1_weighted: "higher",
  roc_auc: "higher",
  roc_auc_ovr_macro: "higher",
  average_precision: "higher",
  log_loss: "lower",
  brier: "lower",
  ece: "lower",
  mae: "lower",
  rmse: "lower",
  r2: "higher",
  mape: "lower",
  explained_variance: "higher"
});
var BUILTIN_METRICS = Object.keys(DEFAULT_DIRECTIONS);
function isBuiltinMetric(name) {
  return Object.hasOwn(DEFAULT_DIRECTIONS, name);
}
function directionOf(metric, override, recorded) {
  return override ?? (isBuiltinMetric(metric) ? DEFAULT_DIRECTIONS[metric] : recorded ?? "higher");
}
function dropSide(direction) {
  return direction === "higher" ? "down" : "up";
}

export {
  BUILTIN_METRICS,
  isBuiltinMetric,
  directionOf,
  dropSide
};
