import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../shared/log.js';
import { inferSchemaFile } from '../../shared/validate/infer-schema-file.js';
import { validateData } from '../../shared/validate/validate-data.js';

const CORRUPT = 'test/fixtures/data/breast_cancer_corrupt.csv';
const dir = mkdtempSync(join(tmpdir(), 'mlci-bad-'));

describe('every problem in breast_cancer_corrupt.csv is reported with its line', () => {
  let result: Awaited<ReturnType<typeof validateData>>;
  beforeAll(async () => {
    const schema = join(dir, 'schema.yml');
    await inferSchemaFile({ files: ['test/fixtures/data/breast_cancer_train.csv'], output: schema, target: 'target', logger: silentLogger });
    result = await validateData({ files: [CORRUPT], schema, outputDir: join(dir, 'corrupt'), logger: silentLogger });
  });
  // make_fixtures.py: data row i is on line i + 2; it corrupts rows 3, 5, 8, 11 and 13
  const at = (id: string) => result.rules.find((r) => r.id === id)!;
  const lines = (id: string) => at(id).examples?.map((e) => e.line);

  test('the run fails and says so', () => {
    expect(result.passed).toBe(false);
  });
  test('missing value: mean_perimeter on line 5', () => {
    expect(at('column.mean_perimeter.missing').verdict).toBe('fail');
    expect(lines('column.mean_perimeter.missing')).toEqual([5]);
  });
  test('text in a numeric column: mean_radius "n/a" on line 7', () => {
    expect(at('column.mean_radius.type').verdict).toBe('fail');
    expect(at('column.mean_radius.type').examples).toEqual([{ file: CORRUPT, line: 7, row: 6, value: 'n/a' }]);
  });
  test('out of range: mean_smoothness -1e9 on line 10', () => {
    expect(at('column.mean_smoothness.min').verdict).toBe('fail');
    expect(lines('column.mean_smoothness.min')).toEqual([10]);
  });
  test('short row on line 13', () => {
    expect(at('dataset.well_formed_rows').verdict).toBe('fail');
    expect(lines('dataset.well_formed_rows')).toEqual([13]);
    expect(at('dataset.well_formed_rows').message).toMatch(/28 cells but the header has 31 columns/);
  });
  test('unknown label "2" on line 15', () => {
    expect(at('column.target.allowed_values').verdict).toBe('fail');
    expect(at('column.target.allowed_values').examples).toEqual([{ file: CORRUPT, line: 15, row: 14, value: '2' }]);
  });
  test('annotations point at those lines, and validation.json lists every rule', () => {
    const annotated = new Set(result.annotations.map((a) => a.line));
    for (const line of [5, 7, 10, 13, 15]) expect(annotated.has(line)).toBe(true);
    for (const a of result.annotations) expect(a.file).toBe(CORRUPT);
    const validation = JSON.parse(readFileSync(result.files.validation, 'utf8'));
    expect(validation.passed).toBe(false);
    expect(validation.rules.length).toBe(result.rules.length);
    const manifest = JSON.parse(readFileSync(result.files.manifest, 'utf8'));
    expect(manifest.files[0]).toMatchObject({ path: CORRUPT, rows: 39, bytes: readFileSync(CORRUPT).length });
  });
});

describe('unreadable files fail validation with a clear message instead of crashing', () => {
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const readable = async (path: string, extra: { maxRecordBytes?: number } = {}) => {
    const r = await validateData({ files: [path], outputDir: join(dir, `out-${Math.random().toString(36).slice(2)}`), logger: silentLogger, ...extra });
    expect(r.passed).toBe(false);
    return r;
  };

  test('an empty file', async () => {
    const r = await readable(file('empty.csv', ''));
    expect(r.rules.find((x) => x.id === 'dataset.readable')!.message).toMatch(/empty\.csv is empty/);
  });
  test('a header without rows', async () => {
    const r = await readable(file('header.csv', 'a,b,c\n'));
    expect(r.rules.find((x) => x.id === 'dataset.readable')!.message).toMatch(/has a header line but no rows/);
  });
  test('the wrong delimiter', async () => {
    const r = await readable(file('semicolons.csv', 'a;b;c\n1;2;3\n4;5;6\n'));
    const message = r.rules.find((x) => x.id === 'dataset.readable')!.message;
    expect(message).toMatch(/one column/);
    expect(message).toMatch(/";"/);
  });
  test('invalid UTF-8, at its line', async () => {
    const r = await readable(file('latin1.csv', Buffer.concat([Buffer.from('name,n\nabc,1\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from(',2\n')])));
    const rule = r.rules.find((x) => x.id === 'dataset.well_formed_rows')!;
    expect(rule.verdict).toBe('fail');
    expect(rule.examples![0]).toMatchObject({ line: 3 });
    expect(rule.message).toMatch(/not UTF-8/);
  });
  test('a single line longer than the record limit', async () => {
    const r = await readable(file('huge.csv', `a,b\n1,${'9'.repeat(3 * 1024 * 1024)}\n`), { maxRecordBytes: 1024 * 1024 });
    const rule = r.rules.find((x) => x.id === 'dataset.readable')!;
    expect(rule.message).toMatch(/line 2 of .*huge\.csv is longer than 1 MiB/);
    expect(rule.examples![0]!.line).toBe(2);
  });
  test('a file that does not exist', async () => {
    const r = await readable(join(dir, 'nope.csv'));
    expect(r.rules.find((x) => x.id === 'dataset.readable')!.message).toMatch(/does not exist/);
  });
  test('a glob that matches nothing is a mistake in the inputs', async () => {
    await expect(validateData({ files: [join(dir, 'none-*.csv')], outputDir: join(dir, 'o'), logger: silentLogger })).rejects.toThrow(/matches no files/);
  });
});
