// The plain-YAML reader against the `yaml` package it stands in for: on every YAML file of the
// repository's tests and examples, on schemas like validate-data's bench schema, and on generated
// scalars and lines, it either gives up (undefined) or gives the same value and the same line for
// every key and value path the locator can be asked about.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { readPlainYaml } from '../../shared/config/plain-yaml.js';
import { DocumentYamlLocator } from '../../shared/config/yaml-document-locator.js';
import { PlainYamlLocator } from '../../shared/config/yaml-locations.js';

const root = resolve(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.git')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** every path through the value, each with a segment that is absent and an index past the end */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  const out: string[][] = [prefix, [...prefix, 'absent-key'], [...prefix, '999']];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, String(i)])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

/** true when the plain reader took the text; fails the test when it took it and differs */
function agrees(text: string): boolean {
  const plain = readPlainYaml(text);
  if (!plain) return false;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  expect(doc.errors).toEqual([]);
  const full = doc.toJS({ maxAliasCount: 100 });
  expect(plain.value).toStrictEqual(full);
  const ours = new PlainYamlLocator(plain.root);
  const theirs = new DocumentYamlLocator(doc, lineCounter);
  for (const path of pathsOf(full)) {
    expect([path, ours.keyLine(path), ours.valueLine(path)]).toEqual([path, theirs.keyLine(path), theirs.valueLine(path)]);
  }
  return true;
}

/** validate-data's bench schema (bench/validate.mjs), with comments and blank lines as people write them */
function benchLikeSchema(): string {
  const lines = ['# the bench schema', 'version: 1', 'columns:'];
  for (let i = 0; i < 30; i++) lines.push(`  x${i}:`, '    type: numeric  # a float', '    max_missing: 0.01', `    min: ${-1e6}`, `    max: 1e6`, '');
  [3, 10, 50, 200, 1000].forEach((n, i) => lines.push(`  c${i}:`, '    type: categorical', '    nullable: false', `    allowed_values: [${Array.from({ length: n }, (_, k) => `cat${k}`).join(', ')}]`));
  lines.push('', 'dataset:', '  rows: { min: 1, max: 2000000 }', "  target: 'c0'", '  drift_share: .5');
  return `${lines.join('\n')}\n`;
}

describe('readPlainYaml', () => {
  it('reads what yaml reads, or leaves the file to it, for every YAML file of the tests and examples', () => {
    const files = [...yamlFiles(join(root, 'test')), ...yamlFiles(join(root, 'examples'))];
    expect(files.length).toBeGreaterThan(20);
    let taken = 0;
    for (const file of files) if (agrees(readFileSync(file, 'utf8'))) taken++;
    // most configuration files are plain: the reader is not a no-op
    expect(taken).toBeGreaterThan(files.length / 2);
    expect(agrees(readFileSync(join(root, 'examples/demo/.mlci/schema.yml'), 'utf8'))).toBe(true);
  });

  it('reads a schema like the bench one, with its 1,263 allowed values', () => {
    expect(agrees(benchLikeSchema())).toBe(true);
  });

  it('reads scalars as the core schema does, or leaves them to yaml', () => {
    const pieces = ['0', '7', '-0', '+5', '007', '1.', '.5', '-.5', '1e6', '1E-3', '+2.5e+10', '12345678901234567890', '0x1F', '0o17', '.inf', '-.Inf', '.nan', 'null', 'Null', 'NULL', 'true', 'False', 'TRUE', 'yes', 'no', 'on', 'y', 'cat0', 'a b', 'a  b', 'x-y', 'x.y', 'x_y', '_x', '1a', 'a1', '-', '-a', '+', '.', '..', '1.2.3', '1e', 'e1', "'q'", "'it''s'", "''", "'a # b'", '"d"', 'a#b', 'a: b', '~', '__proto__'];
    let taken = 0;
    for (const a of pieces) {
      for (const text of [`k: ${a}\n`, `k: ${a} # note\n`, `k: [${a}]\n`, `k: [x, ${a}, y]\n`, `k: { v: ${a} }\n`, `k:\n  ${a}: 1\n`, `${a}: 1\n`]) {
        if (agrees(text)) taken++;
      }
    }
    expect(taken).toBeGreaterThan(150);
  });

  it('leaves to yaml what it does not know for certain', () => {
    const others = [
      'k:\n  - a\n  - [b]\n', // a block list of lists
      'k:\n- a\n', // a block list at its key's indent
      'k:\n  - a\n    b\n', // an item over two lines
      'k:\n  - a: 1\n', // a list of mappings
      'k: &a 1\nj: *a\n', // anchors
      'k: !!str 1\n', // a tag
      'k: "a\\tb"\n', // double quotes
      'k: a\n  b\n', // a plain scalar over two lines
      'k:\n', // an empty value
      'k:\n\n  j: 1\n', // a blank line before the first entry
      'k: 1\nk: 2\n', // a duplicate key
      'k: 1\r\n', // CR
      'k:\t1\n', // a tab
      '---\nk: 1\n', // a document marker
      '%YAML 1.1\n---\nk: yes\n', // a directive
      'k: [a, [b]]\n', // nested flow
      'k: [a,]\n', // a trailing comma
      '  k: 1\n', // an indented top
      'k:\n    a: 1\n  b: 2\n', // an indentation between levels
      'k: |\n  text\n', // a block scalar
      'k:1\n', // no space after the colon
      `${'k'.repeat(1100)}: 1\n`, // a key longer than YAML allows
      `k: { ${'j'.repeat(1100)}: 1 }\n`,
      '# only a comment\n',
      '',
    ];
    for (const text of others) expect([text, readPlainYaml(text)]).toEqual([text, undefined]);
  });

  it('reads block lists of scalars as yaml does', () => {
    for (const text of [
      'k:\n  - a\n  - b\n',
      'k:\n  - "0"\n  - "1"  # one\n\n  # more\n  - 2\nj: 1\n',
      'a:\n  k:\n    - x\n  j:\n    - y\nb: [z]\n',
      "k:\n  - 'it''s'\n  - \"(a) b/c\"\n",
    ]) {
      expect([text, agrees(text)]).toEqual([text, true]);
    }
  });

  it('gives the lines yaml gives around comments and blank lines', () => {
    const text = '# top\n\nversion: 1  # v\ncolumns:\n  # before a\n  a:\n    type: numeric\n\n    min: 0\n\n  # between\n  b:\n    type: categorical\n    allowed_values: [x, y]\ndataset: { rows: { min: 1 } }\n';
    // the nested flow map is left to yaml; without it, the rest is read
    expect(readPlainYaml(text)).toBeUndefined();
    expect(agrees(text.replace('dataset: { rows: { min: 1 } }', 'dataset:\n  rows: { min: 1 }'))).toBe(false);
    expect(agrees(text.replace('  # before a\n', '').replace('dataset: { rows: { min: 1 } }', 'dataset:\n  rows: { min: 1 }'))).toBe(true);
  });
});
