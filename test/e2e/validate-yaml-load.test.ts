// validate-data reads a plain schema (plain-yaml.ts) without the `yaml` package, which then stays
// out of its start: this runs the committed action bundle with a loader hook that records every
// module node loads, once with a plain schema and once with the same schema written with a YAML
// anchor (which only `yaml` reads), and compares what was loaded and what came out.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot, runAction } from '../helpers/run-action.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-yaml-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const data = join(repoRoot, 'test', 'fixtures', 'data', 'iris_test.csv');
const plainSchema = ['version: 1', 'columns:', '  sepal_length:', '    type: numeric', '    min: 0', '  sepal_width:', '    type: numeric', '    min: 0', '  species:', '    type: categorical', '    allowed_values: [0, 1, 2]', 'dataset:', '  rows: { min: 10 }', ''].join('\n');
// the same schema, its numeric type written once and referred to (an anchor and an alias): not plain
const anchoredSchema = plainSchema.replace('    type: numeric\n    min: 0\n  sepal_width:\n    type: numeric', '    type: &number numeric\n    min: 0\n  sepal_width:\n    type: *number');

/** runs the action on `schema` (written to schema.yml in a directory of its own); the modules it loaded and its results */
async function run(name: string, schema: string) {
  const work = join(dir, name);
  const schemaFile = join(work, 'schema.yml');
  const outputDir = join(work, 'out');
  const loads = join(work, 'loads.txt');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(work, { recursive: true });
  writeFileSync(schemaFile, schema);
  writeFileSync(loads, '');
  const result = await runAction('dist/validate-data/index.mjs', { data, schema: schemaFile, 'output-dir': outputDir, comment: 'false' }, { NODE_OPTIONS: `--import=${join(repoRoot, 'test', 'support', 'record-loads.mjs')}`, MLCI_RECORD_LOADS: loads });
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  const files = readFileSync(loads, 'utf8').split('\n').filter((u) => u.startsWith('file:'));
  const withYaml = files.filter((u) => /^\/\/ node_modules\/yaml\//m.test(readFileSync(fileURLToPath(u), 'utf8')));
  const read = (file: string) => JSON.parse(readFileSync(join(outputDir, file), 'utf8'));
  return { files, withYaml, statistics: read('statistics.json'), validation: read('validation.json') };
}

test('a plain schema is read without loading yaml; one that needs yaml loads it, with the same results', async () => {
  const plain = await run('plain', plainSchema);
  const anchored = await run('anchored', anchoredSchema);
  // the hook saw the bundle's own chunks (so an empty list below means something)
  expect(plain.files.some((u) => u.includes('/dist/validate-data/'))).toBe(true);
  expect(plain.files.some((u) => u.includes('/dist/chunks/'))).toBe(true);
  expect(plain.withYaml).toEqual([]);
  expect(anchored.withYaml).toHaveLength(1);
  // the same rules, verdicts and statistics either way (the schema's path differs: each has its own directory)
  const sameParts = (r: Awaited<ReturnType<typeof run>>) => ({ passed: r.validation.passed, rules: r.validation.rules, statistics: { ...r.statistics, files: undefined } });
  expect(sameParts(anchored)).toEqual(sameParts(plain));
  expect(plain.validation.rules.length).toBeGreaterThan(5);
}, 60_000);
