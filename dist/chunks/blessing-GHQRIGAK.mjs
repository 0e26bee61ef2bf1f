import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/publish/blessing.ts
function checkBlessing(verdict, modelSha256, where, gate) {
  if (!verdict) return { status: "no-verdict", message: "No verdict was given: the model is published without a gate decision." };
  if (verdict.schema !== "mlci/verdict@1" || typeof verdict.passed !== "boolean" || typeof verdict.modelSha256 !== "string") {
    throw new UserError("The verdict file is not an mlci/verdict@1 document.", where, "Pass evaluate-gate's verdict.json (its verdict-file output).");
  }
  const hex = modelSha256.replace(/^sha256:/, "");
  if (verdict.modelSha256 !== hex) {
    throw new UserError(
      `The verdict is about another model (sha256 ${verdict.modelSha256}); this file's sha256 is ${hex}.`,
      where,
      "Publish the exact model.onnx that evaluate-gate judged (its output-dir keeps a copy), or evaluate this model first."
    );
  }
  if (!verdict.passed) {
    const rules = verdict.failedRules?.length ? ` (failed: ${verdict.failedRules.join("; ")})` : "";
    throw new UserError(
      `The gate failed for this model${rules}; a failed model is not published.`,
      where,
      "Fix the model, or have a maintainer override the gate on the pull request (the override label), then evaluate again."
    );
  }
  if (verdict.overridden) {
    const who = gate?.override ? ` by ${gate.override.by}: "${gate.override.reason}"` : "";
    return { status: "overridden", message: `The gate failed but was overridden${who}; publishing as overridden.` };
  }
  if (!verdict.gated) return { status: "ungated", message: "The verdict gated nothing (no policy); publishing without a quality gate." };
  return { status: "passed", message: "The gate passed for exactly this file." };
}
export {
  checkBlessing
};
