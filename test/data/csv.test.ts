import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../../shared/data/csv.js';
import type { DataIssue } from '../../shared/data/read-options.js';
import type { NumericColumn, Table, TextColumn } from '../../shared/data/table.js';
import { describeRow, findColumn } from '../../shared/data/table.js';
import { FIXTURES, tempDir, userError } from './helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());

const numeric = (table: Table, name: string) => {
  const column = findColumn(table, name)!;
  expect(column.kind).toBe('numeric');
  return Array.from((column as NumericColumn).values);
};
const text = (table: Table, name: string) => {
  const column = findColumn(table, name)!;
  expect(column.kind).toBe('text');
  return column as TextColumn;
};
async function lenient(path: string, options = {}): Promise<{ table: Table; issues: DataIssue[] }> {
  const issues: DataIssue[] = [];
  const table = await readCsv(path, { ...options, onIssue: (i) => issues.push(i) });
  return { table, issues };
}

describe('real fixtures', () => {
  test('breast_cancer_test.csv: 171 rows, 31 numeric columns, target last, values as written', async () => {
    const path = join(FIXTURES, 'data', 'breast_cancer_test.csv');
    const table = await readCsv(path);
    // The reference: the file split by hand (it has no quotes) and each cell through Number().
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    const header = lines[0]!.split(',');
    expect(table.rowCount).toBe(171);
    expect(table.columns.map((c) => c.name)).toEqual(header);
    expect(table.columns.at(-1)!.name).toBe('target');
    header.forEach((name, k) => expect(numeric(table, name)).toEqual(lines.slice(1).map((l) => Number(l.split(',')[k]))));
    expect(Array.from(table.rowLines!)).toEqual(Array.from({ length: 171 }, (_, i) => i + 2));
    expect(table.format).toBe('csv');
    expect(table.source).toBe(path);
  });

  test('breast_cancer_corrupt.csv: the short row on line 13 fails a strict read', async () => {
    const path = join(FIXTURES, 'data', 'breast_cancer_corrupt.csv');
    const err = await userError(readCsv(path));
    expect(err.location).toEqual({ file: path, line: 13 });
    expect(err.message).toContain(`${path}:13`);
    expect(err.message).toContain('28 cells but the header has 31 columns');
    expect(err.fix).toBeTruthy();
  });

  test('breast_cancer_corrupt.csv read leniently: each defect where it was put', async () => {
    const path = join(FIXTURES, 'data', 'breast_cancer_corrupt.csv');
    const { table, issues } = await lenient(path);
    expect(issues).toEqual([expect.objectContaining({ kind: 'short-row', line: 13, source: path })]);
    expect(table.rowCount).toBe(39);
    const lineOf = (line: number) => table.rowLines!.indexOf(line);
    // line 5: the missing value in mean_perimeter
    expect(numeric(table, 'mean_perimeter')[lineOf(5)]).toBeNaN();
    // line 7: "n/a" in mean_radius makes it text; firstNonNumericRow points at it
    const radius = text(table, 'mean_radius');
    expect(radius.values[lineOf(7)]).toBe('n/a');
    expect(radius.firstNonNumericRow).toBe(lineOf(7));
    expect(describeRow(table, radius.firstNonNumericRow!)).toBe(`${path}:7`);
    expect(radius.values[0]).toBe('10.48'); // numbers keep their spelling in a text column
    // line 10: -1e9 in mean_smoothness
    expect(numeric(table, 'mean_smoothness')[lineOf(10)]).toBe(-1e9);
    // line 13: the short row lost its last three cells
    expect(numeric(table, 'target')[lineOf(13)]).toBeNaN();
    expect(numeric(table, 'worst_symmetry')[lineOf(13)]).toBeNaN();
    expect(numeric(table, 'worst_concave_points')[lineOf(13)]).not.toBeNaN();
    // line 15: label 2
    expect(numeric(table, 'target')[lineOf(15)]).toBe(2);
    expect(new Set(numeric(table, 'target').filter((v) => !Number.isNaN(v)))).toEqual(new Set([0, 1, 2]));
  });
});

describe('RFC 4180', () => {
  test('quoted cells, doubled quotes, delimiters and newlines inside quotes; rowLines follow the lines', async () => {
    const path = dir.write('quoted.csv', 'id,note,score\n1,"plain",1.5\n2,"say ""hi""",2\n3,"a, b",3\n4,"two\nlines",4\n5,"",\n6,"x\r\ny\r\nz",6\n');
    const table = await readCsv(path);
    expect(numeric(table, 'id')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(text(table, 'note').values).toEqual(['plain', 'say "hi"', 'a, b', 'two\nlines', null, 'x\r\ny\r\nz']);
    expect(numeric(table, 'score')).toEqual([1.5, 2, 3, 4, NaN, 6]);
    expect(Array.from(table.rowLines!)).toEqual([2, 3, 4, 5, 7, 8]);
  });

  test('CRLF line ends, a UTF-8 BOM and no newline at the end', async () => {
    const path = dir.write('crlf.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name,value\r\nα,1\r\n"β",2\r\nγ,3')]));
    const table = await readCsv(path);
    expect(table.columns.map((c) => c.name)).toEqual(['name', 'value']);
    expect(text(table, 'name').values).toEqual(['α', 'β', 'γ']);
    expect(numeric(table, 'value')).toEqual([1, 2, 3]);
  });

  test('quoted numbers are numbers; a quoted empty cell and a blank cell are missing', async () => {
    const path = dir.write('qnum.csv', 'a,b\n"1.25",  \n"",2\n 3 ,"4"\n');
    const table = await readCsv(path);
    expect(numeric(table, 'a')).toEqual([1.25, NaN, 3]);
    expect(numeric(table, 'b')).toEqual([NaN, 2, 4]);
  });

  test('blank lines are skipped but counted', async () => {
    const path = dir.write('blank.csv', '\na,b\n1,2\n\n3,4\n\n');
    const table = await readCsv(path);
    expect(numeric(table, 'a')).toEqual([1, 3]);
    expect(Array.from(table.rowLines!)).toEqual([3, 5]);
  });

  test('semicolon and tab delimiters', async () => {
    const semi = await readCsv(dir.write('semi.csv', 'a;b\n1,5;2\n'), { delimiter: ';' });
    expect(text(semi, 'a').values).toEqual(['1,5']);
    expect(numeric(semi, 'b')).toEqual([2]);
    const tab = await readCsv(dir.write('tab.tsv', 'a\tb\n1\t2\n'), { delimiter: '\t' });
    expect(numeric(tab, 'b')).toEqual([2]);
  });
});

describe('options', () => {
  test('columns loads only those, in the order asked', async () => {
    const table = await readCsv(join(FIXTURES, 'data', 'iris_test.csv'), { columns: ['species', 'sepal_length'] });
    expect(table.columns.map((c) => c.name)).toEqual(['species', 'sepal_length']);
    expect(table.rowCount).toBe(60);
  });

  test('a column not in the file is a UserError listing the ones that are', async () => {
    const err = await userError(readCsv(join(FIXTURES, 'data', 'iris_test.csv'), { columns: ['petal'] }));
    expect(err.message).toContain('"petal"');
    expect(err.fix).toContain('"petal_length"');
  });

  test('maxRows stops early', async () => {
    const table = await readCsv(join(FIXTURES, 'data', 'breast_cancer_train.csv'), { maxRows: 10 });
    expect(table.rowCount).toBe(10);
    expect(table.columns[0]!.values.length).toBe(10);
    expect(Array.from(table.rowLines!)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  test('a column of numbers then text keeps every cell as written', async () => {
    const path = dir.write('mixed.csv', 'code,x\n007,1\n1.50,2\n1e3,3\nabc,4\n');
    const table = await readCsv(path);
    expect(text(table, 'code').values).toEqual(['007', '1.50', '1e3', 'abc']);
    expect(text(table, 'code').firstNonNumericRow).toBe(3);
    expect(numeric(table, 'x')).toEqual([1, 2, 3, 4]);
  });

  test('a text column has no firstNonNumericRow when most cells are not numbers', async () => {
    const table = await readCsv(dir.write('labels.csv', 'label\ncat\ndog\n3\n'));
    expect(text(table, 'label').values).toEqual(['cat', 'dog', '3']);
    expect(text(table, 'label').firstNonNumericRow).toBeUndefined();
  });
});

describe('row problems: strict throws at file:line, lenient reports and goes on', () => {
  test('short and long rows', async () => {
    const path = dir.write('width.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n');
    const err = await userError(readCsv(path));
    expect(err.location).toEqual({ file: path, line: 3 });
    const { table, issues } = await lenient(path);
    expect(issues.map((i) => [i.kind, i.line])).toEqual([
      ['short-row', 3],
      ['long-row', 4],
    ]);
    expect(numeric(table, 'c')).toEqual([3, NaN, 8]);
  });

  test('invalid UTF-8, with its line', async () => {
    const path = dir.write('latin1.csv', Buffer.concat([Buffer.from('name,x\nok,1\n"quoted\nstill",2\ncaf'), Buffer.from([0xe9]), Buffer.from(',3\nfine,4\n')]));
    const err = await userError(readCsv(path));
    expect(err.location).toEqual({ file: path, line: 5 });
    expect(err.message).toContain('not UTF-8');
    expect(err.fix).toContain('UTF-8');
    const { table, issues } = await lenient(path);
    expect(issues.map((i) => [i.kind, i.line])).toEqual([['invalid-utf8', 5]]);
    expect(text(table, 'name').values).toEqual(['ok', 'quoted\nstill', 'caf\uFFFD', 'fine']);
  });

  test('problems come out in file order, whatever kind they are', async () => {
    const path = dir.write('order.csv', Buffer.concat([Buffer.from('a,b\n1,2\n3\n4,'), Buffer.from([0xff]), Buffer.from('\n5,6,7\n')]));
    expect((await userError(readCsv(path))).location).toEqual({ file: path, line: 3 });
    const { issues } = await lenient(path);
    expect(issues.map((i) => [i.kind, i.line])).toEqual([
      ['short-row', 3],
      ['invalid-utf8', 4],
      ['long-row', 5],
    ]);
  });

  test('an unterminated quote, at the line it opens', async () => {
    const path = dir.write('unterminated.csv', 'a,b\n1,2\n3,"oops\n4,5\n');
    const err = await userError(readCsv(path));
    expect(err.location).toEqual({ file: path, line: 3 });
    expect(err.message).toContain('never closed');
    const { table, issues } = await lenient(path);
    expect(issues.map((i) => [i.kind, i.line])).toEqual([['unterminated-quote', 3]]);
    expect(text(table, 'b').values).toEqual(['2', 'oops\n4,5\n']);
  });
});

describe('file problems are always UserErrors', () => {
  const cases: [string, string | Buffer, string][] = [
    ['empty.csv', '', 'is empty'],
    ['bom-only.csv', Buffer.from([0xef, 0xbb, 0xbf]), 'is empty'],
    ['blank-lines.csv', '\n\r\n\n', 'is empty'],
    ['header-only.csv', 'a,b,c\n', 'no rows of data'],
    ['duplicate.csv', 'a,b,a\n1,2,3\n', 'appears twice'],
    ['unnamed.csv', ',a,b\n0,1,2\n', 'has no name'],
    ['old-mac.csv', 'a,b\r1,2\r3,4\r', 'carriage return'],
  ];
  test.each(cases)('%s', async (name, content, message) => {
    const path = dir.write(name, content);
    const err = await userError(readCsv(path));
    expect(err.message).toContain(message);
    expect(err.fix).toBeTruthy();
  });

  test('a semicolon-separated file read with commas says which delimiter to pass', async () => {
    const path = dir.write('semicolons.csv', 'a;b;c\n1;2;3\n');
    const err = await userError(readCsv(path));
    expect(err.fix).toContain(`looks like ";"-separated; pass delimiter: ";"`);
    const tabs = await userError(readCsv(dir.write('tabs.csv', 'a\tb\n1\t2\n')));
    expect(tabs.fix).toContain('pass delimiter: "\\t"');
  });

  test('a missing file', async () => {
    const err = await userError(readCsv(join(FIXTURES, 'data', 'no-such-file.csv')));
    expect(err.message).toContain('does not exist');
  });

  test('a delimiter that cannot work', async () => {
    const err = await userError(readCsv(join(FIXTURES, 'data', 'iris_test.csv'), { delimiter: '::' }));
    expect(err.message).toContain('cannot separate');
  });

  test('a line longer than the limit fails fast with its line number', async () => {
    const path = dir.write('long.csv', `a,b\n1,2\n${'9'.repeat(300_000)},3\n4,5\n`);
    const err = await userError(readCsv(path, { maxRecordBytes: 64 * 1024 }));
    expect(err.location).toEqual({ file: path, line: 3 });
    expect(err.message).toContain('longer than 64 KiB');
    // the default limit reads it
    expect((await readCsv(path)).rowCount).toBe(3);
  });

  test('a quote that never closes runs into the line limit, and the message says to look for it', async () => {
    const path = dir.write('open-quote.csv', `a,b\n1,"2\n${'x,y\n'.repeat(50_000)}`);
    const err = await userError(readCsv(path, { maxRecordBytes: 64 * 1024 }));
    expect(err.location).toEqual({ file: path, line: 2 });
    expect(err.fix).toContain('quote');
  });
});
