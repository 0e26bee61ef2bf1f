import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  escapeMarkdown,
  table
} from "./chunk-FLES3SGM.mjs";

// shared/publish/report.ts
function literal(text) {
  return `\`${text.replace(/[`\r\n]/g, "")}\``;
}
var shown = (version) => version ? escapeMarkdown(version) : "(unset)";
function renderPublishSection(result, blessing, files) {
  const state = result.status === "published" ? "new version" : "unchanged: these bytes were already published, nothing uploaded";
  const rows = [
    ["model", escapeMarkdown(result.name)],
    ["version", `${escapeMarkdown(result.version)} (${state})`],
    ["reference", literal(result.reference)],
    ["model.onnx sha256", literal(result.modelDigest.replace(/^sha256:/, ""))],
    ["gate", escapeMarkdown(blessing.message, 400)]
  ];
  const moves = result.aliasMoves.map((m) => [literal(m.alias), m.from === m.to ? `${shown(m.to)} (unchanged)` : `${shown(m.from)} \u2192 ${shown(m.to)}`]);
  const parts = ["## Model published", "", table(["", ""], rows), ""];
  if (moves.length) parts.push(table(["alias", "move"], moves), "");
  parts.push(`Model card: ${literal(files.card)}; provenance: ${files.statements.map(literal).join(", ")}${files.attached ? `, ${escapeMarkdown(files.attached, 300)}` : ""}.`);
  if (files.signed?.length) {
    parts.push("", `Signed with Sigstore: ${files.signed.map((b) => `${literal(b.bundle)}${b.attestationId ? ` (GitHub attestation ${escapeMarkdown(b.attestationId)})` : ""}`).join(", ")}.`);
  }
  if (files.release) {
    const assets = files.release.assets.map((a) => `${literal(a.name)} (${a.status})`).join(", ");
    parts.push("", `GitHub release${files.release.created ? " (created)" : ""}: ${escapeMarkdown(files.release.url, 300)}: ${assets}.`);
  }
  return parts.join("\n");
}

export {
  literal,
  renderPublishSection
};
