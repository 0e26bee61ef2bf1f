import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  metricInfo
} from "./chunk-YQMANWY7.mjs";
import {
  expandGlobs,
  splitPatterns
} from "./chunk-VUQFXF5O.mjs";
import {
  escapeMarkdown,
  requireInput,
  table
} from "./chunk-C2TNI2RU.mjs";
import {
  formatNumber
} from "./chunk-JCJ7PNO6.mjs";
import {
  UserError
} from "./chunk-YCFNLZYA.mjs";

// shared/select/step.ts
import { resolve } from "node:path";

// shared/select/select-model.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
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
  return value;
}
async function selectBestCandidate(metricsFiles, metric, direction) {
  if (metricsFiles.length === 0) throw new UserError("No candidate metrics files were found.", "input candidates", "Download the candidates\u2019 artifacts first and point candidates at their metrics.json, e.g. candidates/*/metrics.json.");
  const resolvedDirection = direction ?? metricInfo(metric)?.direction;
  if (!resolvedDirection) throw new UserError(`"${metric}" is not a built-in metric, so its direction is unknown.`, "input metric", "Set direction: higher or direction: lower.");
  const candidates = [];
  for (const file of [...metricsFiles].sort()) {
    const model = join(dirname(file), "model.onnx");
    candidates.push({ metricsFile: file, value: await readMetric(file, metric), ...existsSync(model) ? { modelFile: model } : {} });
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

// shared/select/step.ts
var selectModelStep = {
  name: "select-model",
  description: "Picks the best of several evaluated candidates (a hyperparameter sweep across a matrix) by one metric, in its direction.",
  inputs: {
    candidates: { description: "The candidates\u2019 metrics.json files from evaluate-gate: paths or globs relative to the working directory, e.g. candidates/*/metrics.json.", required: true },
    metric: { description: "The metric to choose by, e.g. roc_auc or rmse.", required: true },
    direction: { description: "higher or lower is better. Empty: the built-in metric\u2019s own direction.", default: "" }
  },
  outputs: {
    "best-dir": { description: "Directory of the best candidate\u2019s evaluation." },
    "best-metrics-file": { description: "Its metrics.json." },
    "best-model-file": { description: "Its model.onnx (evaluate-gate keeps the model beside its metrics), or empty." },
    "best-value": { description: "Its value of the metric." }
  },
  async run(host) {
    const direction = host.input("direction").trim();
    if (direction && direction !== "higher" && direction !== "lower") {
      throw new UserError(`Input "direction" must be higher or lower, got "${direction}".`, "input direction", "Leave it empty for a built-in metric.");
    }
    const patterns = splitPatterns(requireInput("candidates", host.input("candidates"), "Set candidates to the metrics.json files of the evaluated candidates."));
    const files = (await expandGlobs(process.cwd(), patterns)).map((f) => resolve(f));
    const selection = await selectBestCandidate(files, requireInput("metric", host.input("metric"), "Set metric, e.g. roc_auc."), direction || void 0);
    await host.summary(renderSelectionReport(selection));
    host.logger.info(`Best by ${selection.metric}: ${selection.best.metricsFile} (${selection.best.value}).`);
    host.setOutput("best-dir", resolve(selection.best.metricsFile, ".."));
    host.setOutput("best-metrics-file", selection.best.metricsFile);
    host.setOutput("best-model-file", selection.best.modelFile ?? "");
    host.setOutput("best-value", String(selection.best.value));
    return {};
  }
};

export {
  selectModelStep
};
