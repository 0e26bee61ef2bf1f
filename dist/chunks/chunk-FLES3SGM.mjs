import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/report/markdown.ts
var MAX_TEXT_LENGTH = 200;
var MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+!|~$]/g;
function escapeMarkdown(text, maxLength = MAX_TEXT_LENGTH) {
  const flat = cut(String(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " "), maxLength);
  return flat.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`).replace(/@(?=[A-Za-z0-9])/g, "@\u200B");
}
function escapeHtml(text, maxLength = MAX_TEXT_LENGTH) {
  return cut(String(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " "), maxLength).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\\`*_{}[\]#+!|~$]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/@(?=[A-Za-z0-9])/g, "@\u200B");
}
function code(identifier) {
  return `\`${identifier.replace(/[^\w.\-/ ]/g, "")}\``;
}
function table(headers, rows, align) {
  for (const [index, row] of rows.entries()) {
    if (row.length !== headers.length) {
      throw new Error(`table row ${index} has ${row.length} cells, the header has ${headers.length}`);
    }
  }
  const line = (cells) => `| ${cells.map((c) => c.replace(/\r?\n/g, " ")).join(" | ")} |`;
  const rule = headers.map((_, i) => {
    const a = align?.[i] ?? "left";
    return a === "right" ? "---:" : a === "center" ? ":---:" : "---";
  });
  return [line(headers), line(rule), ...rows.map(line)].join("\n");
}
function details(summary, body, open = false) {
  return `<details${open ? " open" : ""}><summary>${escapeHtml(summary)}</summary>

${body.trim()}

</details>`;
}
function heading(level, text) {
  return `${"#".repeat(Math.min(6, Math.max(1, level)))} ${text}`;
}
function cut(text, maxLength) {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}\u2026` : text;
}
function demoteHeadings(markdown, levels) {
  let fence = null;
  return markdown.split("\n").map((line) => {
    const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
    if (fenceMatch) {
      if (fence === null) fence = fenceMatch[1][0];
      else if (fenceMatch[1][0] === fence) fence = null;
      return line;
    }
    if (fence !== null) return line;
    const heading2 = /^(#{1,6})(\s)/.exec(line);
    if (!heading2) return line;
    const depth = Math.min(6, heading2[1].length + levels);
    return `${"#".repeat(depth)}${line.slice(heading2[1].length)}`;
  }).join("\n");
}

export {
  escapeMarkdown,
  escapeHtml,
  code,
  table,
  details,
  heading,
  demoteHeadings
};
