/**
 * The body of mlci's one comment per pull request and pipeline, as pure text operations: find it
 * by its hidden key marker, replace one action's section between its own markers while keeping
 * the others, fold long sections, and stay under GitHub's size limit.
 */
import { demoteHeadings } from '../report/markdown.js';

/** GitHub rejects issue comment bodies longer than this (characters). */
export const COMMENT_BODY_LIMIT = 65536;
/** sections longer than this are folded into <details> by default */
export const DEFAULT_FOLD_CHARS = 6000;

export interface CommentSection {
  /** stable id: "data-validation", "evaluation", "publish", "deploy" */
  id: string;
  title: string;
  /** the section's Markdown; data-derived text in it must already be escaped */
  markdown: string;
  /** one line that stays visible when the section folds (the verdict) */
  headline?: string;
}

export interface CommentRenderOptions {
  /** where the whole report is, for the truncation note */
  fullReport?: { url: string; artifact?: string };
  /** a line at the bottom: which commit and run last updated the comment */
  footer?: string;
  limit?: number;
  foldChars?: number;
}

/** Order in which the pipeline's actions run; other sections follow in the order they arrived. */
const SECTION_ORDER = ['data-validation', 'train', 'evaluation', 'publish', 'deploy'];
const SECTION_ID = /^[a-z0-9][a-z0-9-]{0,47}$/;

/** The key that tells one pipeline's comment from another's: workflow, plus matrix values when set. */
export function commentKey(workflow: string, matrixKey?: string): string {
  const parts = [workflow.trim() || 'mlci', (matrixKey ?? '').trim()].filter(Boolean);
  return parts.join(' / ');
}

/** HTML comments end at "--": percent-encode the key so any workflow name fits in one. */
function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/-/g, '%2D');
}

export function commentMarker(key: string): string {
  return `<!-- mlci:comment key=${encodeKey(key)} -->`;
}

/** Only a body that starts with the marker is ours: a user quoting it elsewhere is not. */
export function isCommentFor(body: string | null | undefined, key: string): boolean {
  return typeof body === 'string' && body.startsWith(commentMarker(key));
}

const startMarker = (id: string) => `<!-- mlci:section id=${id} -->`;
const endMarker = (id: string) => `<!-- mlci:end id=${id} -->`;

/** Section content must not be able to fake our markers and so take over another section. */
export function neutralizeMarkers(markdown: string): string {
  return markdown.replace(/<!--(\s*)mlci:/gi, '&lt;!--$1mlci:');
}

interface SectionBlock {
  id: string;
  block: string;
}

/** The sections of an existing comment body, in order, each as its rendered text. */
export function parseSections(body: string): SectionBlock[] {
  const blocks: SectionBlock[] = [];
  const pattern = /<!-- mlci:section id=([a-z0-9-]+) -->\n([\s\S]*?)\n<!-- mlci:end id=\1 -->/g;
  for (const m of body.matchAll(pattern)) blocks.push({ id: m[1]!, block: m[2]! });
  return blocks;
}

function renderSection(section: CommentSection, foldChars: number): string {
  // the section's own headings nest under its ### title
  const markdown = demoteHeadings(neutralizeMarkers(section.markdown.trim()), 2);
  // one line, and no HTML: the title also lands inside <summary>
  const title = section.title.replace(/\s+/g, ' ').trim().replace(/</g, '&lt;');
  const lines = [`### ${title}`];
  if (section.headline) lines.push('', neutralizeMarkers(section.headline));
  if (markdown.length > foldChars) {
    lines.push('', `<details><summary>Full ${title.toLowerCase()} report (${markdown.length.toLocaleString('en-US')} characters)</summary>`, '', markdown, '', '</details>');
  } else if (markdown) {
    lines.push('', markdown);
  }
  return lines.join('\n');
}

function orderOf(id: string): number {
  const i = SECTION_ORDER.indexOf(id);
  return i < 0 ? SECTION_ORDER.length : i;
}

function renderBody(key: string, blocks: SectionBlock[], footer: string | undefined): string {
  const parts = [commentMarker(key), '## mlci'];
  for (const { id, block } of blocks) parts.push(`${startMarker(id)}\n${block}\n${endMarker(id)}`);
  if (footer) parts.push(`<sub>${neutralizeMarkers(footer)}</sub>`);
  return parts.join('\n\n') + '\n';
}

/**
 * Cuts Markdown to at most `max` characters at a line end, closing a code fence or <details> the
 * cut left open so that the rest of the comment still renders.
 */
export function truncateMarkdown(text: string, max: number): string {
  if (text.length <= max) return text;
  const closersRoom = 200;
  let cut = text.slice(0, Math.max(0, max - closersRoom));
  const lastNewline = cut.lastIndexOf('\n');
  if (lastNewline > 0) cut = cut.slice(0, lastNewline);
  const closers: string[] = [];
  const fences = cut.split('\n').filter((l) => /^\s*(```|~~~)/.test(l)).length;
  if (fences % 2 === 1) closers.push('```');
  const openDetails = (cut.match(/<details\b/gi) ?? []).length - (cut.match(/<\/details>/gi) ?? []).length;
  for (let i = 0; i < Math.min(openDetails, 20); i++) closers.push('</details>');
  return [cut, ...closers].join('\n').slice(0, Math.max(0, max));
}

function truncationNote(options: CommentRenderOptions): string {
  const report = options.fullReport;
  const where = !report
    ? " The full report is in the workflow run's job summary and artifacts."
    : report.artifact
      ? ` The full report is in the artifact [\`${report.artifact}\`](${report.url}).`
      : ` The full report is in [the workflow run](${report.url}).`;
  return `\n\n> [!WARNING]\n> This section was truncated to fit GitHub's comment size limit of ${COMMENT_BODY_LIMIT.toLocaleString('en-US')} characters.${where}`;
}

/**
 * The new comment body: `existing` with `section` inserted or replaced, every other section kept
 * as it was. Long sections fold; when the whole would pass the limit, the largest sections are
 * cut, each with a note pointing at the full report.
 */
export function mergeCommentBody(existing: string | undefined, key: string, section: CommentSection, options: CommentRenderOptions = {}): string {
  if (!SECTION_ID.test(section.id)) throw new Error(`Invalid comment section id "${section.id}"`);
  const limit = options.limit ?? COMMENT_BODY_LIMIT;
  const blocks = (existing ? parseSections(existing) : []).filter((b) => b.id !== section.id);
  blocks.push({ id: section.id, block: renderSection(section, options.foldChars ?? DEFAULT_FOLD_CHARS) });
  // Stable order whatever order the actions ran in; Array.prototype.sort is stable for ties.
  blocks.sort((a, b) => orderOf(a.id) - orderOf(b.id));

  let body = renderBody(key, blocks, options.footer);
  const note = truncationNote(options);
  const truncated = new Set<string>();
  while (body.length > limit) {
    const candidates = blocks.filter((b) => !truncated.has(b.id));
    if (candidates.length === 0) break;
    const largest = candidates.reduce((a, b) => (b.block.length > a.block.length ? b : a));
    const excess = body.length - limit;
    largest.block = truncateMarkdown(largest.block, Math.max(0, largest.block.length - excess - note.length)) + note;
    truncated.add(largest.id);
    body = renderBody(key, blocks, options.footer);
  }
  // Only a pathological footer or a huge number of sections gets here: never send what GitHub refuses.
  return body.length > limit ? truncateMarkdown(body, limit) : body;
}
