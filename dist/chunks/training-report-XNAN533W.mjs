import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  formatDuration
} from "./chunk-XLWA2HPR.mjs";
import "./chunk-OTA34LXD.mjs";
import {
  escapeMarkdown,
  table
} from "./chunk-FLES3SGM.mjs";
import "./chunk-MHOJOIAV.mjs";
import "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/train/training-report.ts
function renderTrainingReport(result) {
  const intro = result.cacheHit ? `**Training skipped: cache hit.** The outputs of an earlier run with the same code, data, parameters and command were restored, saving about ${formatDuration(result.durationMs)}.` : `Trained in ${formatDuration(result.durationMs)}${result.cacheSaved ? "; saved to the run cache" : ""}.`;
  const checked = result.check.smokeRows > 0 ? `${result.check.featureNames.length} features, smoke inference on ${result.check.smokeRows} rows` : "loads in onnxruntime (no data given to run it on)";
  const rows = [
    ["Trainer", escapeMarkdown(result.trainer)],
    ["Model", escapeMarkdown(result.modelFile, 400)],
    ["Model check", checked],
    ["Cache key", escapeMarkdown(`${result.key.slice(0, 40)}\u2026`)]
  ];
  if (result.outputs.length > 0) rows.push(["Outputs", result.outputs.map((f) => escapeMarkdown(f)).join(", ")]);
  return `## Training

${intro}

${table(["", ""], rows)}
`;
}
export {
  renderTrainingReport
};
