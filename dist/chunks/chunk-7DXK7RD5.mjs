import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  expandGlobs,
  splitPatterns
} from "./chunk-I3CLNAZB.mjs";
import {
  requireInput
} from "./chunk-F2MZNOSI.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/select/step.ts
import { resolve } from "node:path";
var selectModelStep = {
  name: "select-model",
  description: "Picks the best of several evaluated candidates (a hyperparameter sweep across a matrix) by one metric, in its direction.",
  inputs: {
    candidates: { list: true, description: "The candidates\u2019 metrics.json files from evaluate-gate: paths or globs relative to the working directory, e.g. candidates/*/metrics.json.", required: true },
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
    const { renderSelectionReport, selectBestCandidate } = await import("./select-model-XMXIARDL.mjs");
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
