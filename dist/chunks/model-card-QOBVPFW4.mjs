import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  literal
} from "./chunk-HRGXB7KS.mjs";
import {
  code,
  escapeMarkdown,
  table
} from "./chunk-FLES3SGM.mjs";
import {
  require_dist
} from "./chunk-MHOJOIAV.mjs";
import {
  formatBytes,
  formatNumber
} from "./chunk-OBKOI45Q.mjs";
import {
  __toESM
} from "./chunk-4NDXX6IS.mjs";

// shared/publish/model-card.ts
var import_yaml = __toESM(require_dist(), 1);
var HF_TASK = { binary: "tabular-classification", multiclass: "tabular-classification", regression: "tabular-regression" };
function frontMatter(f) {
  const meta = {};
  if (f.card.license) meta.license = f.card.license;
  meta.library_name = "onnx";
  meta.tags = [.../* @__PURE__ */ new Set(["onnx", "mlci", ...f.metrics ? [HF_TASK[f.metrics.task]] : [], ...f.card.tags ?? []])];
  if (f.metrics) {
    const m = f.metrics;
    meta["model-index"] = [
      {
        name: f.name,
        results: [
          {
            task: { type: HF_TASK[m.task] },
            dataset: { name: m.data.path.split(/[\\/]/).pop(), type: "tabular", revision: `sha256:${m.data.sha256}` },
            metrics: Object.entries(m.metrics).filter(([, v]) => typeof v === "number" && Number.isFinite(v)).map(([metric, value]) => ({ type: metric, name: metric, value }))
          }
        ]
      }
    ];
  }
  return `---
${(0, import_yaml.stringify)(meta, { lineWidth: 0 })}---
`;
}
function userSection(title, text) {
  return text?.trim() ? [`## ${title}`, "", text.trim(), ""] : [];
}
function evaluationSection(m) {
  const rows = Object.entries(m.metrics).map(([metric, value]) => {
    const i = m.intervals[metric];
    const d = m.deltas[metric];
    return [code(metric), formatNumber(value), i ? `${formatNumber(i.low)} \u2013 ${formatNumber(i.high)}` : "", d ? formatNumber(d.absolute) : ""];
  });
  const level = Math.round(m.bootstrap.level * 100);
  const out = ["## Evaluation", "", `On ${escapeMarkdown(m.data.path.split(/[\\/]/).pop() ?? "")} (${m.data.rows} rows, sha256 ${code(m.data.sha256.slice(0, 12))}), task ${m.task}.`, ""];
  out.push(table(["metric", "value", `${level}% interval`, "vs baseline"], rows, ["left", "right", "right", "right"]), "");
  if (m.slices?.slices.length) {
    const metricNames = Object.keys(m.slices.slices[0].metrics).slice(0, 4);
    out.push(`### By ${escapeMarkdown(m.slices.column)}`, "");
    out.push(table(["slice", "rows", ...metricNames.map(code)], m.slices.slices.map((s) => [escapeMarkdown(s.value), String(s.rows), ...metricNames.map((n) => formatNumber(s.metrics[n]))])), "");
  }
  return out;
}
function verdictSection(f) {
  const out = ["## Gate verdict", "", escapeMarkdown(f.blessing.message, 500), ""];
  if (f.verdict) {
    out.push(`Policy: ${f.verdict.policy ? code(f.verdict.policy) : "none"}; evaluated on data sha256 ${code(f.verdict.dataSha256.slice(0, 12))} at ${escapeMarkdown(f.verdict.createdAt)}.`, "");
    if (f.metrics?.gate.rules.length) {
      out.push(table(["rule", "result"], f.metrics.gate.rules.map((r) => [escapeMarkdown(r.id), r.passed ? "passed" : `failed: ${escapeMarkdown(r.message)}`])), "");
    }
  }
  return out;
}
function lineageSection(l) {
  const out = ["## Lineage", ""];
  if (l.git) out.push(`- Code: commit ${code(l.git.commit)}${l.git.repository ? ` of ${escapeMarkdown(l.git.repository)}` : ""}${l.git.dirty ? " (with uncommitted changes)" : ""}`);
  out.push(`- Trainer: ${escapeMarkdown(l.trainer)}`);
  for (const d of l.data) out.push(`- Data: ${escapeMarkdown(d.path)} sha256 ${code(d.sha256.slice(0, 12))}`);
  const params = Object.entries(l.params ?? {});
  if (params.length) out.push(`- Parameters: ${params.map(([k, v]) => `${code(k)} = ${escapeMarkdown(JSON.stringify(v), 80)}`).join(", ")}`);
  out.push("");
  return out;
}
function statisticsSection(s) {
  const rows = s.columns.slice(0, 30).map((c) => [
    escapeMarkdown(c.name),
    c.kind,
    String(c.missing),
    c.numeric ? formatNumber(c.numeric.mean) : "",
    c.numeric ? `${formatNumber(c.numeric.min)} \u2013 ${formatNumber(c.numeric.max)}` : ""
  ]);
  const more = s.columns.length > 30 ? [`(${s.columns.length - 30} more columns in statistics.json)`, ""] : [];
  return ["## Data statistics", "", `${s.rows} rows, ${s.columns.length} columns.`, "", table(["column", "kind", "missing", "mean", "range"], rows), "", ...more];
}
function signatureSection(sig) {
  const tensor = (t) => [escapeMarkdown(t.name), code(t.type), code(`[${t.shape.join(", ")}]`)];
  const out = ["## Signature", "", table(["input", "type", "shape"], sig.inputs.map(tensor)), "", table(["output", "type", "shape"], sig.outputs.map(tensor)), ""];
  if (sig.classLabels?.length) out.push(`Classes: ${sig.classLabels.map((c) => escapeMarkdown(String(c))).join(", ")}.`, "");
  const opsets = Object.entries(sig.opsets).map(([d, v]) => `${d} ${v}`).join(", ");
  out.push(`Opsets: ${escapeMarkdown(opsets)}${sig.producer ? `; produced by ${escapeMarkdown(sig.producer)}` : ""}.`, "");
  return out;
}
function renderModelCard(f) {
  const lines = [
    `# ${escapeMarkdown(f.card.title ?? f.name)} ${escapeMarkdown(f.version)}`,
    "",
    ...f.card.description?.trim() ? [f.card.description.trim(), ""] : [],
    `- Reference: ${literal(f.reference)}`,
    `- model.onnx: sha256 ${code(f.modelDigest.replace(/^sha256:/, ""))}, ${formatBytes(f.modelBytes)}`,
    ...f.card.owners?.length ? [`- Owners: ${f.card.owners.map((o) => escapeMarkdown(o)).join(", ")}`] : [],
    "",
    ...userSection("Intended use", f.card.intended_use),
    ...userSection("Limitations", f.card.limitations),
    ...userSection("Ethical considerations", f.card.ethical_considerations),
    ...f.metrics ? evaluationSection(f.metrics) : [],
    ...verdictSection(f),
    ...f.lineage ? lineageSection(f.lineage) : [],
    ...f.statistics?.columns ? statisticsSection(f.statistics) : [],
    ...f.signature ? signatureSection(f.signature) : []
  ];
  return `${frontMatter(f)}
${lines.join("\n").trimEnd()}
`;
}
export {
  renderModelCard
};
