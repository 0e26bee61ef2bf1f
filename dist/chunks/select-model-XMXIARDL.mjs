import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  checkMetricValue
} from "./chunk-4654B4NB.mjs";
import {
  metricInfo
} from "./chunk-4FPL64JB.mjs";
import "./chunk-MQ7BAUGH.mjs";
import {
  escapeMarkdown,
  table
} from "./chunk-FLES3SGM.mjs";
import {
  formatNumber
} from "./chunk-OBKOI45Q.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/select/select-model.ts
import { lstat, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
async function readMetric(file, metric) {
  let parsed;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    throw new UserError(`${file} is not a readable metrics.json (${err.message}).`, file, "Point candidates at the metrics.json files that evaluate-gate wrote.");
  }
  const value = parsed.metrics?.[metric];
  if (typeof value !== "number" || !Number.isFinite(value)) {
    const known = Object.keys(parsed.metrics ?? {});
    throw new UserError(`${file} has no value for "${metric}".`, file, known.length ? `Pick one of: ${known.join(", ")}.` : "Point candidates at the metrics.json files that evaluate-gate wrote.");
  }
  checkMetricValue(metric, value, file, "Point candidates at the metrics.json files that evaluate-gate wrote; a value outside the metric's range was written by something else.");
  return value;
}
async function candidateModel(metricsFile) {
  const model = join(dirname(metricsFile), "model.onnx");
  const info = await lstat(model).catch(() => void 0);
  if (!info) return void 0;
  if (info.isSymbolicLink() || !info.isFile()) {
    throw new UserError(`${model} is a ${info.isSymbolicLink() ? "symbolic link" : "directory or special file"}, not the model file evaluate-gate keeps beside its metrics.`, model, "Point candidates at the output directories evaluate-gate wrote (downloaded artifacts hold plain files); remove the link.");
  }
  return model;
}
async function selectBestCandidate(metricsFiles, metric, direction) {
  if (metricsFiles.length === 0) throw new UserError("No candidate metrics files were found.", "input candidates", "Download the candidates\u2019 artifacts first and point candidates at their metrics.json, e.g. candidates/*/metrics.json.");
  const resolvedDirection = direction ?? metricInfo(metric)?.direction;
  if (!resolvedDirection) throw new UserError(`"${metric}" is not a built-in metric, so its direction is unknown.`, "input metric", "Set direction: higher or direction: lower.");
  const candidates = [];
  for (const file of [...metricsFiles].sort()) {
    const model = await candidateModel(file);
    candidates.push({ metricsFile: file, value: await readMetric(file, metric), ...model ? { modelFile: model } : {} });
  }
  const better = (a, b) => resolvedDirection === "higher" ? a > b : a < b;
  const ranking = [...candidates].sort((a, b) => better(a.value, b.value) ? -1 : better(b.value, a.value) ? 1 : 0);
  return { metric, direction: resolvedDirection, best: ranking[0], ranking };
}
function renderSelectionReport(selection) {
  const rows = selection.ranking.map((c, i) => [i === 0 ? "\u{1F3C6}" : String(i + 1), escapeMarkdown(dirname(c.metricsFile), 300), formatNumber(c.value)]);
  return [
    `## Model selection: best ${escapeMarkdown(selection.metric)} (${selection.direction} is better)`,
    "",
    table(["rank", "candidate", selection.metric], rows, ["center", "left", "right"]),
    ""
  ].join("\n");
}
export {
  renderSelectionReport,
  selectBestCandidate
};
