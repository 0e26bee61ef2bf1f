/**
 * Markdown building blocks for reports that end up in job summaries and PR comments, where text
 * from the user's data (column names, category values, file names) must not be able to break a
 * table, inject HTML, or ping people.
 */

const MAX_TEXT_LENGTH = 200;

/** Characters with a meaning in (GitHub-flavoured) Markdown inline syntax, escaped with a backslash. */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+!|~$]/g;

/**
 * Makes data-derived text safe to place anywhere in Markdown, including table cells: control
 * characters and newlines become spaces, HTML-significant characters become entities, Markdown
 * punctuation is backslash-escaped, and `@name` cannot mention anyone. Long text is cut.
 */
export function escapeMarkdown(text: string, maxLength = MAX_TEXT_LENGTH): string {
  const flat = cut(String(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' '), maxLength);
  return flat
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
    // A zero-width space after @ keeps the text readable but breaks GitHub's mention syntax.
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}

/**
 * Text for an HTML context such as <summary>, where backslash escapes would show literally: HTML
 * characters and Markdown punctuation become character references, which read the same.
 */
export function escapeHtml(text: string, maxLength = MAX_TEXT_LENGTH): string {
  return cut(String(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' '), maxLength)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // parentheses alone make no link, so they stay readable in the raw text
    .replace(/[\\`*_{}[\]#+!|~$]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}

/** Our own identifiers (metric names) in a code span; anything odd in them is dropped. */
export function code(identifier: string): string {
  return `\`${identifier.replace(/[^\w.\-/ ]/g, '')}\``;
}

export type Alignment = 'left' | 'right' | 'center';

/**
 * A GitHub table. Cells are Markdown already (escape data-derived text with escapeMarkdown first);
 * a row of the wrong length is a bug, not something to paper over.
 */
export function table(headers: string[], rows: string[][], align?: Alignment[]): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== headers.length) {
      throw new Error(`table row ${index} has ${row.length} cells, the header has ${headers.length}`);
    }
  }
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\r?\n/g, ' ')).join(' | ')} |`;
  const rule = headers.map((_, i) => {
    const a = align?.[i] ?? 'left';
    return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
  });
  return [line(headers), line(rule), ...rows.map(line)].join('\n');
}

/** A collapsed section; the body is Markdown, hence the blank lines GitHub needs around it. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body.trim()}\n\n</details>`;
}

export function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${text}`;
}

function cut(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/**
 * Moves every ATX heading of `markdown` down `levels` levels (## → ####), outside code fences, so a
 * report written to stand alone (a job summary) nests under the heading of a comment section.
 */
export function demoteHeadings(markdown: string, levels: number): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
      if (fenceMatch) {
        if (fence === null) fence = fenceMatch[1]![0]!;
        else if (fenceMatch[1]![0] === fence) fence = null;
        return line;
      }
      if (fence !== null) return line;
      const heading = /^(#{1,6})(\s)/.exec(line);
      if (!heading) return line;
      const depth = Math.min(6, heading[1]!.length + levels);
      return `${'#'.repeat(depth)}${line.slice(heading[1]!.length)}`;
    })
    .join('\n');
}
