import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  escapeMarkdown
} from "./chunk-FLES3SGM.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/deploy/deploy-report.ts
var HEADLINES = {
  promoted: "\u2705 promoted",
  "rolled-back": "\u21A9\uFE0F rolled back automatically",
  inconclusive: "\u23F8\uFE0F inconclusive: withdrawn, not promoted",
  failed: "\u274C failed; undone",
  unchanged: "\u2705 already deployed",
  rendered: "\u{1F4C4} manifests rendered"
};
function renderDeployReport(input) {
  const { model, result } = input;
  const e = (s) => escapeMarkdown(s, 600);
  const lines = [
    `### Deploy: ${e(model.name)} ${e(model.version)} \u2192 ${e(input.environment)}: ${HEADLINES[result.outcome]}`,
    "",
    `Target ${e(input.target)}, strategy ${e(input.strategy)}; model digest \`${e(model.modelDigest)}\`; ${input.environment} ran ${e(result.previousVersion ?? "nothing")} before.`
  ];
  if (result.because) lines.push("", `**${["promoted", "unchanged", "rendered"].includes(result.outcome) ? "Result" : "Why"}:** ${e(result.because)}`);
  if (result.failedRules.length > 0) {
    lines.push("", "| Rule failed | Line | Figures |", "|---|---|---|");
    for (const f of result.failedRules) lines.push(`| ${e(f.rule)} | ${f.line || "default"} | ${e(f.text)} |`);
  }
  if (result.smoke) lines.push("", `Smoke test: ${result.smoke.rows} rows, outputs ${result.smoke.outputs.map(e).join(", ") || "none"}; largest difference from the local model ${result.smoke.maxAbsDiff.toExponential(2)}${result.smoke.passed ? "" : `; ${e(result.smoke.problems.join("; "))}`}.`);
  if (result.history.length > 0) {
    lines.push("", "| # | Weight | Analysis | Findings |", "|---|---|---|---|");
    result.history.forEach((h, i) => lines.push(`| ${i + 1} | ${h.weight}% | ${h.outcome} | ${e(h.problem ?? h.findings.map((f) => f.text).join(" "))} |`));
  }
  if (input.manifests?.length) lines.push("", `Manifests: ${input.manifests.map((m) => `\`${e(m)}\``).join(", ")}`);
  if (result.actions.length > 0) lines.push("", "<details><summary>What deploy did</summary>", "", ...result.actions.map((a) => `1. ${e(a)}`), "", "</details>");
  if (input.deploymentUrl) lines.push("", `[GitHub deployment](${input.deploymentUrl})`);
  return `${lines.join("\n")}
`;
}
export {
  renderDeployReport
};
