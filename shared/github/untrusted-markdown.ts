import { neutralizeMarkers, truncateMarkdown } from './comment-body.js';

/**
 * Markdown written by a fork's job, made safe to post under the bot's name. It keeps what mlci's
 * own reports use (text, tables, code, and <details>/<summary> folds) and nothing else: every other
 * HTML tag is shown as text, folds are balanced so an unclosed one cannot swallow what follows,
 * and every spelling of "@" (entities, backslash escape) is broken so no one can be mentioned.
 */

/** the only HTML mlci's reports emit (shared/report/markdown.ts details()) */
const ALLOWED_TAG = /^<(\/?)(details|summary)( open)?>/i;
/** "<" that could start a tag, a comment or a declaration; "<=" and "a < b" stay */
const TAG_START = /<(?=[A-Za-z/!?])/g;
/** "@" as GitHub decodes it before looking for mentions */
const AT_SIGN = /\\@|@|&#0*64(?![0-9]);?|&#x0*40(?![0-9a-f]);?|&commat;/gi;

function balanceTags(markdown: string): string {
  const open: string[] = [];
  const out = markdown.replace(TAG_START, (lt, offset: number) => {
    const tag = ALLOWED_TAG.exec(markdown.slice(offset, offset + 20));
    if (!tag) return '&lt;';
    const [, closing, name, attr] = tag;
    const lower = name!.toLowerCase();
    if (closing) {
      if (attr || open.at(-1) !== lower) return '&lt;';
      open.pop();
      return lt;
    }
    // a summary belongs directly inside a fold; a fold may not start inside a summary
    if (lower === 'summary' ? attr || open.at(-1) !== 'details' : open.at(-1) === 'summary') return '&lt;';
    open.push(lower);
    return lt;
  });
  const closers = open.reverse().map((name) => `</${name}>`);
  return closers.length ? `${out}\n\n${closers.join('\n')}` : out;
}

/**
 * Cut first, then balance: balancing after the cut is what guarantees the closers, and a cut after
 * balancing could drop them. Closers and broken mentions lengthen the text, so the cut shrinks by
 * the overshoot until the result fits.
 */
export function untrustedMarkdown(markdown: string, max: number): string {
  const neutral = neutralizeMarkers(markdown);
  let budget = max;
  for (;;) {
    const safe = balanceTags(truncateMarkdown(neutral, budget)).replace(AT_SIGN, '@\u200b');
    if (safe.length <= max || budget === 0) return safe.length <= max ? safe : '';
    budget = Math.max(0, budget - (safe.length - max));
  }
}
