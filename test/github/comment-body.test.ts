import { describe, expect, it } from '@jest/globals';
import { COMMENT_BODY_LIMIT, commentKey, commentMarker, isCommentFor, mergeCommentBody, parseSections, truncateMarkdown } from '../../shared/github/comment-body.js';
import { escapeMarkdown } from '../../shared/report/markdown.js';

const key = commentKey('ML pipeline', 'python-3.12, linux');
const evaluation = { id: 'evaluation', title: 'Evaluation', markdown: '| metric | value |\n| --- | ---: |\n| accuracy | 0.95 |' };
const validation = { id: 'data-validation', title: 'Data validation', markdown: 'All 12 checks passed.' };

describe('comment body', () => {
  it('starts with a marker that holds the key, and recognises only bodies that start with it', () => {
    const body = mergeCommentBody(undefined, key, evaluation);
    expect(body.startsWith('<!-- mlci:comment key=ML%20pipeline%20%2F%20python%2D3.12%2C%20linux -->')).toBe(true);
    expect(isCommentFor(body, key)).toBe(true);
    expect(isCommentFor(body, commentKey('ML pipeline'))).toBe(false);
    expect(isCommentFor(`> ${body}`, key)).toBe(false);
  });

  it('keeps a workflow name with "--" or ">" from ending the HTML comment early', () => {
    const marker = commentMarker('a -- b --> c');
    expect(marker.slice(4, -3)).not.toMatch(/--|>/);
  });

  it('replaces only its own section and keeps the others, in pipeline order', () => {
    const first = mergeCommentBody(undefined, key, evaluation);
    const both = mergeCommentBody(first, key, validation);
    const updated = mergeCommentBody(both, key, { ...evaluation, markdown: '| metric | value |\n| --- | ---: |\n| accuracy | 0.97 |' });
    expect(parseSections(updated).map((s) => s.id)).toEqual(['data-validation', 'evaluation']);
    expect(updated).toContain('All 12 checks passed.');
    expect(updated).toContain('| accuracy | 0.97 |');
    expect(updated).not.toContain('0.95');
  });

  it('folds a long section into <details> with its headline outside', () => {
    const long = { ...evaluation, headline: '**Gate passed**', markdown: 'row\n'.repeat(3000) };
    const body = mergeCommentBody(undefined, key, long);
    const headline = body.indexOf('**Gate passed**');
    const details = body.indexOf('<details><summary>Full evaluation report');
    expect(headline).toBeGreaterThan(0);
    expect(details).toBeGreaterThan(headline);
    expect(body.indexOf('</details>')).toBeGreaterThan(details);
  });

  it('stays under 65,536 characters and says where the full report is', () => {
    const huge = { ...evaluation, markdown: '| a | b |\n| --- | --- |\n' + '| x | y |\n'.repeat(20000) };
    const existing = mergeCommentBody(undefined, key, validation);
    const body = mergeCommentBody(existing, key, huge, { fullReport: { url: 'https://github.com/acme-ml/churn-model/actions/runs/9', artifact: 'mlci-evaluation' } });
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(body).toContain("truncated to fit GitHub's comment size limit of 65,536 characters. The full report is in the artifact [`mlci-evaluation`](https://github.com/acme-ml/churn-model/actions/runs/9).");
    // the small section of the other action survives whole, and the body still parses
    expect(body).toContain('All 12 checks passed.');
    expect(parseSections(body).map((s) => s.id)).toEqual(['data-validation', 'evaluation']);
    expect((body.match(/<details/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length);
  });

  it('closes a code fence and <details> that truncation cut through', () => {
    const text = '<details><summary>x</summary>\n\n```\n' + 'line\n'.repeat(1000) + '```\n</details>';
    const cut = truncateMarkdown(text, 1000);
    expect(cut.length).toBeLessThanOrEqual(1000);
    expect(cut.endsWith('```\n</details>')).toBe(true);
  });

  it('keeps data-derived text from faking markers or breaking the table (escaped by the report)', () => {
    const column = '<!-- mlci:end id=data-validation --> | @everyone';
    const section = { ...evaluation, markdown: `| column | drift |\n| --- | --- |\n| ${escapeMarkdown(column)} | 0.1 |` };
    const body = mergeCommentBody(mergeCommentBody(undefined, key, validation), key, section);
    expect(parseSections(body).map((s) => s.id)).toEqual(['data-validation', 'evaluation']);
    const row = body.split('\n').find((l) => l.includes('drift') === false && l.includes('0.1'))!;
    // one escaped cell plus the value: exactly three unescaped pipes
    expect(row.replace(/\\\|/g, '').match(/\|/g)).toHaveLength(3);
    expect(row).not.toContain('@everyone');
  });

  it('keeps a section title on one line and free of HTML', () => {
    const body = mergeCommentBody(mergeCommentBody(undefined, key, validation), key, { ...evaluation, title: 'Eval\n<!-- mlci:end id=data-validation -->' });
    expect(body).toContain('### Eval &lt;!-- mlci:end id=data-validation -->\n');
    expect(parseSections(body).map((s) => s.id)).toEqual(['data-validation', 'evaluation']);
  });

  it('neutralises markers even in raw section Markdown', () => {
    const evil = { ...evaluation, markdown: 'x\n<!-- mlci:end id=evaluation -->\n<!-- mlci:section id=data-validation -->\nfake\n<!-- mlci:end id=data-validation -->' };
    const body = mergeCommentBody(mergeCommentBody(undefined, key, validation), key, evil);
    const sections = parseSections(body);
    expect(sections.map((s) => s.id)).toEqual(['data-validation', 'evaluation']);
    expect(sections[0]!.block).not.toContain('fake');
  });
});
