import { streamCsv } from '../../shared/data/csv.js';
import { textAt } from '../../shared/data/coded-text.js';
import type { Table, TextColumn } from '../../shared/data/table.js';
import { tempDir } from './helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());

/** every batch of a CSV file, read `batchRows` at a time */
async function batches(path: string, batchRows: number): Promise<Table[]> {
  const out: Table[] = [];
  await streamCsv(path, { batchRows, onBatch: (t) => void out.push(t) });
  return out;
}

/** the cells of a plain CSV (no quotes) as written, column by column: the reference */
function cellsAsWritten(csv: string): Map<string, string[]> {
  const [header, ...rows] = csv.trimEnd().split('\n').map((l) => l.split(','));
  return new Map(header!.map((name, k) => [name, rows.map((r) => r[k] ?? '')]));
}

const asWritten = (cells: string[]) => cells.map((c) => (c === '' ? null : c));

test('a categorical column read as codes and a dictionary gives back the texts as written, batch by batch', async () => {
  const cities = ['Oslo', 'Lima', 'Kyiv', 'Quito', 'Accra', 'Zürich'];
  const lines = ['id,city,flag'];
  for (let i = 0; i < 1000; i++) lines.push(`${i},${i % 17 === 3 ? '' : cities[(i * i) % cities.length]},${i % 2 ? 'yes' : 'no'}`);
  const csv = `${lines.join('\n')}\n`;
  const expected = cellsAsWritten(csv);
  const read = await batches(dir.write('cities.csv', csv), 128);
  expect(read).toHaveLength(8);
  for (const name of ['city', 'flag']) {
    const cells: (string | null)[] = [];
    const fromCodes: (string | null)[] = [];
    for (const table of read) {
      const column = table.columns.find((c) => c.name === name) as TextColumn;
      expect(column.kind).toBe('text');
      expect(column.codes).toBeInstanceOf(Int32Array);
      expect(column.codes).toHaveLength(table.rowCount);
      for (let r = 0; r < table.rowCount; r++) fromCodes.push(textAt(column, r));
      cells.push(...column.values);
      // every code names an entry, and the entries are distinct
      for (const code of column.codes!) expect(code).toBeLessThan(column.dictionary!.length);
      expect(new Set(column.dictionary).size).toBe(column.dictionary!.length);
    }
    expect(cells).toEqual(asWritten(expected.get(name)!));
    expect(fromCodes).toEqual(cells);
  }
});

test('a column that is numbers in one batch and text in another is read right in each', async () => {
  // batch 1 (rows 0-99): numbers and missing cells; batch 2: categories; batch 3: numbers then a category
  const lines = ['k,v'];
  for (let i = 0; i < 300; i++) {
    const v = i < 100 ? (i % 10 === 0 ? '' : String(i / 4)) : i < 200 ? ['low', 'high', ''][i % 3] : i < 250 ? String(i) : 'mid';
    lines.push(`${i},${v}`);
  }
  const csv = `${lines.join('\n')}\n`;
  const expected = cellsAsWritten(csv).get('v')!;
  const read = await batches(dir.write('mixed.csv', csv), 100);
  const [first, second, third] = read.map((t) => t.columns[1]!);
  expect(first!.kind).toBe('numeric');
  expect(Array.from(first!.values as Float64Array)).toEqual(expected.slice(0, 100).map((c) => (c === '' ? NaN : Number(c))));
  // text from the start of the batch: coded, with the missing cells as -1
  expect(second!.kind).toBe('text');
  const coded = second as TextColumn;
  expect(coded.codes).toBeDefined();
  expect(coded.values).toEqual(asWritten(expected.slice(100, 200)));
  expect(Array.from(coded.codes!).filter((c) => c < 0)).toHaveLength(expected.slice(100, 200).filter((c) => c === '').length);
  // numbers first, then text: the numbers become text, and the batch is not coded
  expect(third!.kind).toBe('text');
  expect((third as TextColumn).codes).toBeUndefined();
  expect(third!.values).toEqual(expected.slice(200).map((c) => (/^\d/.test(c) ? String(Number(c)) : c)));
});

test('a column with more distinct texts than are kept is coded while they last, then read as plain text', async () => {
  const lines = ['id,code'];
  for (let i = 0; i < 6000; i++) lines.push(`${i},id-${i}`);
  const csv = `${lines.join('\n')}\n`;
  const expected = cellsAsWritten(csv).get('code')!;
  const read = await batches(dir.write('ids.csv', csv), 1000);
  const columns = read.map((t) => t.columns[1] as TextColumn);
  expect(columns[0]!.codes).toBeDefined();
  expect(columns[5]!.codes).toBeUndefined();
  expect(columns.flatMap((c) => c.values)).toEqual(expected);
  expect(columns.flatMap((c) => c.values.map((_, r) => textAt(c, r)))).toEqual(expected);
});

test('quoted categories with doubled quotes are read as their text', async () => {
  const csv = 'n,label\n1,"say ""hi"""\n2,plain\n3,"say ""hi"""\n4,\n';
  const [table] = await batches(dir.write('quoted.csv', csv), 100);
  expect(table!.columns[1]!.values).toEqual(['say "hi"', 'plain', 'say "hi"', null]);
});
