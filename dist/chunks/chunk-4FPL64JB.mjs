import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  logGamma
} from "./chunk-MQ7BAUGH.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/metrics/registry.ts
function info(name, direction, needsProbabilities, description) {
  return { name, direction, description, needsProbabilities };
}
var labelMetrics = {
  accuracy: info("accuracy", "higher", false, "Share of rows whose predicted class is the true class."),
  balanced_accuracy: info("balanced_accuracy", "higher", false, "Mean of the recall of each class, so rare classes count as much as common ones."),
  precision: info("precision", "higher", false, "Of the rows predicted positive (class index 1), the share that are positive."),
  recall: info("recall", "higher", false, "Of the positive rows (class index 1), the share predicted positive."),
  f1: info("f1", "higher", false, "Harmonic mean of precision and recall of the positive class (index 1)."),
  precision_macro: info("precision_macro", "higher", false, "Precision of each class, averaged with equal weight per class."),
  recall_macro: info("recall_macro", "higher", false, "Recall of each class, averaged with equal weight per class."),
  f1_macro: info("f1_macro", "higher", false, "F1 of each class, averaged with equal weight per class."),
  precision_weighted: info("precision_weighted", "higher", false, "Precision of each class, averaged weighted by how many rows belong to it."),
  recall_weighted: info("recall_weighted", "higher", false, "Recall of each class, averaged weighted by how many rows belong to it."),
  f1_weighted: info("f1_weighted", "higher", false, "F1 of each class, averaged weighted by how many rows belong to it.")
};
var probabilityMetrics = {
  roc_auc: info("roc_auc", "higher", true, "Area under the ROC curve: chance that a random positive row scores above a random negative one."),
  roc_auc_ovr_macro: info("roc_auc_ovr_macro", "higher", true, "ROC AUC of each class against the rest, averaged with equal weight per class."),
  average_precision: info("average_precision", "higher", true, "Area under the precision-recall curve (step-wise, as scikit-learn computes it)."),
  log_loss: info("log_loss", "lower", true, "Mean negative log of the probability given to the true class."),
  brier: info("brier", "lower", true, "Mean squared difference between the positive-class probability and the 0/1 truth."),
  ece: info("ece", "lower", true, "Expected calibration error: confidence vs accuracy gap over 10 equal-width confidence bins.")
};
var regressionMetrics = {
  mae: info("mae", "lower", false, "Mean absolute error."),
  rmse: info("rmse", "lower", false, "Root mean squared error."),
  r2: info("r2", "higher", false, "Coefficient of determination: share of the target variance the predictions explain."),
  mape: info("mape", "lower", false, "Mean absolute percentage error, as a fraction (0.1 = 10%)."),
  explained_variance: info("explained_variance", "higher", false, "Explained variance: like r2 but ignoring a constant bias in the predictions.")
};
var allMetrics = { ...labelMetrics, ...probabilityMetrics, ...regressionMetrics };
var binaryNames = [
  ...Object.keys(labelMetrics),
  "roc_auc",
  "average_precision",
  "log_loss",
  "brier",
  "ece"
];
var multiclassNames = [
  "accuracy",
  "balanced_accuracy",
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "precision_weighted",
  "recall_weighted",
  "f1_weighted",
  "roc_auc_ovr_macro",
  "log_loss",
  "ece"
];
var regressionNames = Object.keys(regressionMetrics);
function metricNamesForTask(task, classCount) {
  if (task === "regression") return [...regressionNames];
  if (task === "binary" || classCount === 2) return [...binaryNames];
  return [...multiclassNames];
}
function metricInfo(name) {
  return Object.hasOwn(allMetrics, name) ? allMetrics[name] : void 0;
}
function metricDirection(name) {
  const found = metricInfo(name);
  if (!found) throw unknownMetric(name, void 0);
  return found.direction;
}
function checkMetricNames(task, classCount, names, where) {
  const known = new Set(metricNamesForTask(task, classCount));
  for (const name of names) {
    if (!known.has(name)) throw unknownMetric(name, { task, known: [...known], where });
  }
}
function unknownMetric(name, context) {
  if (!context) {
    return new UserError(`"${name}" is not a metric mlci knows.`, void 0, `Use one of: ${Object.keys(allMetrics).join(", ")}.`);
  }
  const what = metricInfo(name) ? `The metric "${name}" does not apply to a ${context.task} model.` : `"${name}" is not a metric mlci knows.`;
  return new UserError(what, context.where, `Use one of the ${context.task} metrics: ${context.known.join(", ")}.`);
}

// shared/metrics/distributions.ts
function logBinomialPmf(m, k, p) {
  return logGamma(m + 1) - logGamma(k + 1) - logGamma(m - k + 1) + k * Math.log(p) + (m - k) * Math.log1p(-p);
}
function binomialUpperTail(m, k, p) {
  if (k <= 0) return 1;
  if (k > m) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  if (k > m * p) return sumOutward(m, k, p, 1);
  return Math.max(0, 1 - sumOutward(m, k - 1, p, -1));
}
function sumOutward(m, start, p, step) {
  let term = Math.exp(logBinomialPmf(m, start, p));
  let sum = 0;
  const odds = p / (1 - p);
  for (let j = start; j >= 0 && j <= m && term > 0; j += step) {
    sum += term;
    if (term < sum * 1e-17) break;
    term *= step === 1 ? (m - j) / (j + 1) * odds : j / (m - j + 1) / odds;
  }
  return Math.min(1, sum);
}
function normalQuantile(q) {
  if (!(q > 0 && q < 1)) throw new RangeError(`normalQuantile needs 0 < q < 1, got ${q}`);
  const low = 0.02425;
  if (q < low) {
    const r2 = Math.sqrt(-2 * Math.log(q));
    return (((((C[0] * r2 + C[1]) * r2 + C[2]) * r2 + C[3]) * r2 + C[4]) * r2 + C[5]) / ((((D[0] * r2 + D[1]) * r2 + D[2]) * r2 + D[3]) * r2 + 1);
  }
  if (q > 1 - low) return -normalQuantile(1 - q);
  const s = q - 0.5;
  const r = s * s;
  return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * s / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}
var A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
var B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
var C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
var D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

export {
  binomialUpperTail,
  normalQuantile,
  metricNamesForTask,
  metricInfo,
  metricDirection,
  checkMetricNames
};
