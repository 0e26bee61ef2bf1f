import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  demoteHeadings
} from "./chunk-FLES3SGM.mjs";

// shared/github/comment-body.ts
var COMMENT_BODY_LIMIT = 65536;
var DEFAULT_FOLD_CHARS = 6e3;
var SECTION_ORDER = ["data-validation", "train", "evaluation", "publish", "deploy"];
var SECTION_ID = /^[a-z0-9][a-z0-9-]{0,47}$/;
function commentKey(workflow, matrixKey) {
  const parts = [workflow.trim() || "mlci", (matrixKey ?? "").trim()].filter(Boolean);
  return parts.join(" / ");
}
function encodeKey(key) {
  return encodeURIComponent(key).replace(/-/g, "%2D");
}
function commentMarker(key) {
  return `<!-- mlci:comment key=${encodeKey(key)} -->`;
}
function isCommentFor(body, key) {
  return typeof body === "string" && body.startsWith(commentMarker(key));
}
var startMarker = (id) => `<!-- mlci:section id=${id} -->`;
var endMarker = (id) => `<!-- mlci:end id=${id} -->`;
function neutralizeMarkers(markdown) {
  return markdown.replace(/<!--(\s*)mlci:/gi, "&lt;!--$1mlci:");
}
function parseSections(body) {
  const blocks = [];
  const pattern = /<!-- mlci:section id=([a-z0-9-]+) -->\n([\s\S]*?)\n<!-- mlci:end id=\1 -->/g;
  for (const m of body.matchAll(pattern)) blocks.push({ id: m[1], block: m[2] });
  return blocks;
}
function renderSection(section, foldChars) {
  const markdown = demoteHeadings(neutralizeMarkers(section.markdown.trim()), 2);
  const title = section.title.replace(/\s+/g, " ").trim().replace(/</g, "&lt;");
  const lines = [`### ${title}`];
  if (section.headline) lines.push("", neutralizeMarkers(section.headline));
  if (markdown.length > foldChars) {
    lines.push("", `<details><summary>Full ${title.toLowerCase()} report (${markdown.length.toLocaleString("en-US")} characters)</summary>`, "", markdown, "", "</details>");
  } else if (markdown) {
    lines.push("", markdown);
  }
  return lines.join("\n");
}
function orderOf(id) {
  const i = SECTION_ORDER.indexOf(id);
  return i < 0 ? SECTION_ORDER.length : i;
}
function renderBody(key, blocks, footer) {
  const parts = [commentMarker(key), "## mlci"];
  for (const { id, block } of blocks) parts.push(`${startMarker(id)}
${block}
${endMarker(id)}`);
  if (footer) parts.push(`<sub>${neutralizeMarkers(footer)}</sub>`);
  return parts.join("\n\n") + "\n";
}
function truncateMarkdown(text, max) {
  if (text.length <= max) return text;
  const closersRoom = 200;
  let cut = text.slice(0, Math.max(0, max - closersRoom));
  const lastNewline = cut.lastIndexOf("\n");
  if (lastNewline > 0) cut = cut.slice(0, lastNewline);
  const closers = [];
  const fences = cut.split("\n").filter((l) => /^\s*(```|~~~)/.test(l)).length;
  if (fences % 2 === 1) closers.push("```");
  const openDetails = (cut.match(/<details\b/gi) ?? []).length - (cut.match(/<\/details>/gi) ?? []).length;
  for (let i = 0; i < Math.min(openDetails, 20); i++) closers.push("</details>");
  return [cut, ...closers].join("\n").slice(0, Math.max(0, max));
}
function truncationNote(options) {
  const report = options.fullReport;
  const where = !report ? " The full report is in the workflow run's job summary and artifacts." : report.artifact ? ` The full report is in the artifact [\`${report.artifact}\`](${report.url}).` : ` The full report is in [the workflow run](${report.url}).`;
  return `

> [!WARNING]
> This section was truncated to fit GitHub's comment size limit of ${COMMENT_BODY_LIMIT.toLocaleString("en-US")} characters.${where}`;
}
function mergeCommentBody(existing, key, section, options = {}) {
  if (!SECTION_ID.test(section.id)) throw new Error(`Invalid comment section id "${section.id}"`);
  const limit = options.limit ?? COMMENT_BODY_LIMIT;
  const blocks = (existing ? parseSections(existing) : []).filter((b) => b.id !== section.id);
  blocks.push({ id: section.id, block: renderSection(section, options.foldChars ?? DEFAULT_FOLD_CHARS) });
  blocks.sort((a, b) => orderOf(a.id) - orderOf(b.id));
  let body = renderBody(key, blocks, options.footer);
  const note = truncationNote(options);
  const truncated = /* @__PURE__ */ new Set();
  while (body.length > limit) {
    const candidates = blocks.filter((b) => !truncated.has(b.id));
    if (candidates.length === 0) break;
    const largest = candidates.reduce((a, b) => b.block.length > a.block.length ? b : a);
    const excess = body.length - limit;
    largest.block = truncateMarkdown(largest.block, Math.max(0, largest.block.length - excess - note.length)) + note;
    truncated.add(largest.id);
    body = renderBody(key, blocks, options.footer);
  }
  return body.length > limit ? truncateMarkdown(body, limit) : body;
}

export {
  COMMENT_BODY_LIMIT,
  commentKey,
  isCommentFor,
  neutralizeMarkers,
  parseSections,
  truncateMarkdown,
  mergeCommentBody
};
