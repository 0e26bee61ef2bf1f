import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  isPValueMethod
} from "./chunk-IPVAEDLY.mjs";
import {
  code,
  details,
  escapeMarkdown,
  heading,
  table
} from "./chunk-FLES3SGM.mjs";
import {
  describeExample
} from "./chunk-E6H5GRHK.mjs";
import {
  formatNumber,
  formatPercent
} from "./chunk-OBKOI45Q.mjs";

// shared/validate/report/sparkline.ts
var LEVELS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
var EMPTY = "\xB7";
function sparkline(counts) {
  const max = Math.max(0, ...counts);
  if (max === 0) return "";
  return counts.map((c) => c === 0 ? EMPTY : LEVELS[Math.min(LEVELS.length - 1, Math.floor(c / max * LEVELS.length))]).join("");
}

// shared/validate/report/data-report.ts
var ICON = { pass: "\u2705", fail: "\u274C", warn: "\u26A0\uFE0F", skip: "\u2796" };
var FAILURES_LISTED = 20;
function renderDataReport(input) {
  const { statistics: stats, rules, drift } = input;
  const failed = rules.filter((r) => r.verdict === "fail");
  const passed = failed.length === 0;
  const out = [];
  out.push(heading(2, `${passed ? "\u2705" : "\u274C"} Data validation ${passed ? "passed" : "failed"}`));
  const fileWord = stats.files.length === 1 ? "file" : "files";
  const summary = [
    `${formatNumber(stats.rows)} rows in ${stats.files.length} ${fileWord}, ${stats.columns.length} columns`,
    `${rules.length - failed.length} of ${rules.length} rules passed (schema: ${escapeMarkdown(input.schemaName)})`
  ];
  if (drift) {
    summary.push(
      `drift against ${escapeMarkdown(input.referenceName ?? "the reference")}: ${drift.driftedColumns} of ${drift.testedColumns} columns drifted (${formatPercent(drift.share)}; the dataset drifts at ${formatPercent(drift.driftShare)}) \u2014 ${drift.drifted ? "**dataset drift**" : "no dataset drift"}`
    );
  }
  out.push(summary.join(" \xB7 "));
  if (failed.length) {
    out.push(heading(3, "Failures"));
    const lines = failed.slice(0, FAILURES_LISTED).map((r) => `- ${ICON.fail} ${ruleTitle(r)}: ${escapeMarkdown(r.message, 300)}${examplesText(r)}`);
    if (failed.length > FAILURES_LISTED) lines.push(`- \u2026 and ${failed.length - FAILURES_LISTED} more in validation.json`);
    out.push(lines.join("\n"));
  }
  out.push(heading(3, "Columns"));
  out.push(columnsTable(stats.columns, rules, drift?.columns ?? []));
  const dataset = rules.filter((r) => !r.column);
  out.push(details("Dataset rules", table(["Rule", "Verdict", "Result"], dataset.map((r) => [code(r.id), ICON[r.verdict], escapeMarkdown(r.message, 300)]))));
  return `${out.join("\n\n")}
`;
}
function ruleTitle(r) {
  return r.column ? `${code(r.rule)} of ${escapeMarkdown(r.column)}` : code(r.rule);
}
function examplesText(r) {
  if (!r.examples?.length) return "";
  const shown = r.examples.slice(0, 3).map((e) => `${escapeMarkdown(describeExample(e))}${e.value !== void 0 && e.row > 0 ? ` (${escapeMarkdown(JSON.stringify(e.value), 60)})` : ""}`);
  return ` \u2014 at ${shown.join(", ")}${r.examples.length > 3 ? ", \u2026" : ""}`;
}
function columnsTable(columns, rules, drifts) {
  const driftOf = new Map(drifts.map((d) => [d.column, d]));
  const rows = columns.map((c) => {
    const own = rules.filter((r) => r.column === c.name);
    const d = driftOf.get(c.name);
    const verdict = own.some((r) => r.verdict === "fail") ? "fail" : own.some((r) => r.verdict === "warn") || d?.drifted ? "warn" : "pass";
    const n = c.numeric;
    const missing = c.count ? formatPercent(c.missing / c.count) : "\u2014";
    const centre = n ? `${formatNumber(n.mean)} \xB1 ${formatNumber(n.std)}` : "";
    const range = n ? `${formatNumber(n.min)} \u2026 ${formatNumber(n.max)}` : "";
    const picture = n?.histogram ? `\`${sparkline(n.histogram.counts)}\`` : categoryPicture(c);
    return [escapeMarkdown(c.name), ICON[verdict], c.kind, missing, String(c.distinct), centre, range, picture, d ? driftText(d) : "\u2014"];
  });
  return table(["Column", "Status", "Kind", "Missing", "Distinct", "Mean \xB1 std", "Min \u2026 max", "Distribution", "Drift"], rows, ["left", "center", "left", "right", "right", "right", "right", "left", "left"]);
}
function categoryPicture(c) {
  const present = c.count - c.missing;
  if (!present || c.top.length === 0) return "";
  return c.top.slice(0, 3).map(([v, n]) => `${escapeMarkdown(v, 24)} ${formatPercent(n / present, 2)}`).join(", ");
}
var METHOD_NAMES = { ks: "KS p", chisquare: "\u03C7\xB2 p", wasserstein: "W\u2081/\u03C3", psi: "PSI", jensenshannon: "JS" };
function driftText(d) {
  return `${d.drifted ? "**drift**" : "ok"} (${METHOD_NAMES[d.method]} = ${formatNumber(d.value, 3)}${d.approximate ? ", sampled" : ""})`;
}

// shared/validate/drift-rules.ts
function driftResults(drift) {
  const out = drift.columns.map((d) => {
    const test = isPValueMethod(d.method);
    return {
      id: `column.${d.column}.drift`,
      rule: "drift",
      column: d.column,
      // a drifted column is a warning; the dataset rule decides whether drift fails the run
      verdict: d.drifted ? "warn" : "pass",
      message: `${d.method} ${test ? "p-value" : "distance"} ${d.value.toPrecision(4)} (drift at ${test ? "\u2264" : "\u2265"} ${d.threshold})${d.approximate ? " on a sample" : ""}`,
      expected: `${test ? ">" : "<"} ${d.threshold}`,
      observed: String(d.value)
    };
  });
  out.push({
    id: "dataset.drift",
    rule: "dataset_drift",
    verdict: drift.drifted ? "fail" : "pass",
    message: `${drift.driftedColumns} of ${drift.testedColumns} columns drifted${drift.driftedColumns ? ` (${drift.columns.filter((c) => c.drifted).map((c) => c.column).slice(0, 10).join(", ")})` : ""}; the dataset drifts when at least ${formatPercent(drift.driftShare)} do`,
    expected: `share < ${drift.driftShare}`,
    observed: String(drift.share)
  });
  return out;
}

export {
  renderDataReport,
  driftResults
};
