import { code, details, escapeHtml, escapeMarkdown, table } from '../../shared/report/markdown.js';
import { formatBytes, formatCount, formatMs, formatNumber, formatPercent, formatSigned } from '../../shared/report/format.js';
import { tableCells } from './markdown-cells.js';

const HOSTILE = 'a|b`c`[x](javascript:alert(1)) <script>alert(1)</script> @octocat\n# Heading\r\n![img](http://x/y.png) *b* _i_ ~s~ &amp;';

describe('escapeMarkdown', () => {
  const escaped = escapeMarkdown(HOSTILE);

  test('keeps a table cell a single cell', () => {
    const line = table(['name', 'n'], [[escaped, '1']]).split('\n')[2]!;
    expect(tableCells(line)).toHaveLength(2);
    expect(tableCells(line)[1]!.trim()).toBe('1');
  });

  test('leaves no HTML, link, image, code span, mention or line break', () => {
    expect(escaped).not.toMatch(/<script/i);
    expect(escaped).not.toContain('<');
    expect(escaped).not.toMatch(/[^\\]\[x\]/);
    expect(escaped).not.toMatch(/[^\\]`/);
    expect(escaped).not.toMatch(/!\[/);
    expect(escaped).not.toMatch(/@octocat/);
    expect(escaped).not.toMatch(/[\r\n]/);
    // the words are still there to read
    expect(escaped).toContain('alert');
    expect(escaped).toContain('octocat');
    // an entity in the data is shown as typed, not decoded
    expect(escaped).toContain('&amp;amp;');
  });

  test('cuts very long text', () => {
    expect(escapeMarkdown('x'.repeat(1000)).length).toBeLessThanOrEqual(200);
    expect(escapeMarkdown('x'.repeat(1000)).endsWith('…')).toBe(true);
  });

  test('leaves plain words alone', () => {
    expect(escapeMarkdown('mean radius 12.5')).toBe('mean radius 12.5');
  });
});

describe('Markdown blocks', () => {
  test('escapeHtml leaves no tag and no backslash escapes for HTML contexts', () => {
    expect(escapeHtml('<b>x</b> | @user [l](u)')).toBe('&lt;b&gt;x&lt;/b&gt; &#124; @\u200buser &#91;l&#93;(u)');
  });

  test('code keeps only identifier characters', () => {
    expect(code('f1_macro')).toBe('`f1_macro`');
    expect(code('a`b|c')).toBe('`abc`');
  });

  test('table refuses a row with the wrong number of cells, and aligns columns', () => {
    expect(() => table(['a', 'b'], [['1']])).toThrow('row 0 has 1 cells');
    expect(table(['a', 'b'], [['1', '2']], ['left', 'right']).split('\n')[1]).toBe('| --- | ---: |');
  });

  test('details wraps Markdown with the blank lines GitHub needs and escapes the summary', () => {
    expect(details('<x>', '| a |')).toBe('<details><summary>&lt;x&gt;</summary>\n\n| a |\n\n</details>');
    expect(details('s', 'b', true).startsWith('<details open>')).toBe(true);
  });
});

describe('number formatting', () => {
  test('significant digits without trailing zeros', () => {
    expect(formatNumber(0.9766081871345029)).toBe('0.9766');
    expect(formatNumber(0.05709702061442893)).toBe('0.0571');
    expect(formatNumber(1234.5678)).toBe('1235');
    expect(formatNumber(123456.7)).toBe('123,457');
    expect(formatNumber(-0.01869)).toBe('−0.01869');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(1.5e-9)).toBe('1.500e-9');
  });

  test('counts with thousands separated as en-US writes them, without loading locale data', () => {
    for (const value of [0, 7, 999, 1000, 1234, 123_456, 1_234_567, -1, -999, -1000, -1_234_567, 171.4, 99_999.5, 2 ** 53 - 1, 1e21]) {
      expect(formatCount(value)).toBe(Math.round(value).toLocaleString('en-US'));
    }
  });

  test('signs, percentages, bytes and milliseconds', () => {
    expect(formatSigned(0.117)).toBe('+0.117');
    expect(formatSigned(-0.02)).toBe('−0.02');
    expect(formatPercent(0.13605)).toBe('13.6%');
    expect(formatPercent(0.0922, 3, true)).toBe('+9.22%');
    expect(formatPercent(-0.869)).toBe('−86.9%');
    expect(formatBytes(1834)).toBe('1.83 kB');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(25_300_000)).toBe('25.3 MB');
    expect(formatMs(1.4)).toBe('1.4 ms');
    expect(formatMs(0.022)).toBe('22 µs');
    expect(formatMs(12_500)).toBe('12.5 s');
  });
});

describe('demoteHeadings', () => {
  it('moves headings down outside code fences and caps them at level 6', async () => {
    const { demoteHeadings } = await import('../../shared/report/markdown.js');
    const text = ['## Verdict', 'text with ## inside', '```mermaid', '## not a heading', '```', '### Metrics', '##### deep', '#hashtag'].join('\n');
    expect(demoteHeadings(text, 2).split('\n')).toEqual(['#### Verdict', 'text with ## inside', '```mermaid', '## not a heading', '```', '##### Metrics', '###### deep', '#hashtag']);
  });
});
