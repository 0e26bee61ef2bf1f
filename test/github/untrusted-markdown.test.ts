// A fork's Markdown cut to its size limit keeps its folds balanced: whatever the cut falls on, every
// <details> and <summary> it opened is closed inside the limit, so nothing after it is swallowed.
import { describe, expect, it } from '@jest/globals';
import { untrustedMarkdown } from '../../shared/github/untrusted-markdown.js';

function openFolds(markdown: string): string[] {
  const open: string[] = [];
  for (const [, closing, name] of markdown.matchAll(/<(\/?)(details|summary)(?: open)?>/gi)) {
    if (closing) expect(open.pop()).toBe(name!.toLowerCase());
    else open.push(name!.toLowerCase());
  }
  return open;
}

describe('untrustedMarkdown', () => {
  const fold = (i: number) => `<details><summary>fold ${i} @someone\n${'x'.repeat(30)}\n</summary>\n\n${'row\n'.repeat(20)}</details>\n`;
  const long = Array.from({ length: 40 }, (_, i) => fold(i)).join('');

  it.each([300, 301, 333, 350, 420, 517, 1000, 2500])('cut to %i characters, every fold is closed within the limit', (max) => {
    const safe = untrustedMarkdown(long, max);
    expect(safe.length).toBeLessThanOrEqual(max);
    expect(openFolds(safe)).toEqual([]);
    expect(safe).not.toMatch(/@someone/);
  });

  it('every cut position of a summary-heavy text stays balanced and within the limit', () => {
    const text = '<details open><summary>a <b>bold</b> @x</summary>\n\nbody\n\n<details><summary>inner</summary>\n\ninner body\n</details>\n</details>\n'.repeat(30);
    for (let max = 250; max < 700; max += 7) {
      const safe = untrustedMarkdown(text, max);
      expect(safe.length).toBeLessThanOrEqual(max);
      expect(openFolds(safe)).toEqual([]);
    }
  });

  it('text within the limit is kept whole, with mentions broken and foreign tags shown as text', () => {
    expect(untrustedMarkdown('hi @you <img src=x>', 100)).toBe('hi @\u200byou &lt;img src=x>');
  });
});
