// gzip-compressed text data: read as the same Table as the uncompressed file (columns, lines,
// feature matrix), streamed in batches, judged a gzip file by its bytes rather than its name, and
// a truncated file is a UserError. The compressed copies are made here with zlib from the fixtures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readCsv } from '../../shared/data/csv.js';
import { detectFormat, loadTable, streamTable } from '../../shared/data/load.js';
import type { NumericColumn, Table } from '../../shared/data/table.js';
import { FIXTURES, tempDir, userError } from './helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());
const fixture = (path: string) => join(FIXTURES, path);
const gzipped = (path: string, name: string) => dir.write(name, gzipSync(readFileSync(fixture(path))));

test.each([
  ['data/breast_cancer_test.csv', 'breast_cancer_test.csv.gz'],
  ['data/iris_test.csv', 'iris_test.CSV.GZ'],
  ['data-formats/iris_labeled.jsonl', 'iris_labeled.jsonl.gz'],
])('%s compressed reads as the same table', async (plain, name) => {
  const compressed = gzipped(plain, name);
  expect(await loadTable(compressed)).toEqual({ ...(await loadTable(fixture(plain))), source: compressed });
});

test('a tab-separated .tsv.gz takes the tab delimiter from its name', async () => {
  const tsv = dir.write('tabs.tsv', 'a\tb\n1\t2\n3\t4\n');
  const compressed = dir.write('tabs.tsv.gz', gzipSync(readFileSync(tsv)));
  expect(detectFormat(compressed)).toBe('csv');
  expect((await loadTable(compressed)).columns.map((c) => Array.from((c as NumericColumn).values))).toEqual([
    [1, 3],
    [2, 4],
  ]);
});

test('the feature matrix of a compressed CSV is that of the plain file', async () => {
  const featureMatrix = { exclude: ['target'], type: 'float32' as const };
  const compressed = gzipped('data/breast_cancer_test.csv', 'matrix.csv.gz');
  const [a, b] = await Promise.all([loadTable(fixture('data/breast_cancer_test.csv'), { featureMatrix }), loadTable(compressed, { featureMatrix })]);
  expect(b.featureMatrix).toEqual(a.featureMatrix);
});

test('a gzip file is known by its bytes: data.csv that is compressed reads all the same', async () => {
  const disguised = dir.write('disguised.csv', gzipSync(readFileSync(fixture('data/iris_test.csv'))));
  expect((await readCsv(disguised)).rowCount).toBe(60);
});

test('a strict read of a compressed file names the uncompressed line', async () => {
  const compressed = gzipped('data/breast_cancer_corrupt.csv', 'corrupt.csv.gz');
  const err = await userError(readCsv(compressed));
  expect(err.location).toEqual({ file: compressed, line: 13 });
});

test('streamed in batches, and stopped early by maxRows, from a larger compressed file', async () => {
  const lines = readFileSync(fixture('data/breast_cancer_test.csv'), 'utf8').trim().split('\n');
  const body = Array.from({ length: 120 }, () => lines.slice(1).join('\n')).join('\n');
  const compressed = dir.write('large.csv.gz', gzipSync(`${lines[0]}\n${body}\n`));
  const batches: Table[] = [];
  await streamTable(compressed, { batchRows: 4096, onBatch: (batch) => void batches.push(batch) });
  expect(batches.map((b) => b.rowCount).reduce((a, b) => a + b, 0)).toBe(120 * 171);
  expect(batches.length).toBe(Math.ceil((120 * 171) / 4096));
  expect((await loadTable(compressed, { maxRows: 10 })).rowCount).toBe(10);
});

test('a truncated gzip file is a UserError saying so', async () => {
  const whole = gzipSync(readFileSync(fixture('data/breast_cancer_test.csv')));
  const truncated = dir.write('truncated.csv.gz', whole.subarray(0, Math.floor(whole.length / 2)));
  const err = await userError(loadTable(truncated));
  expect(err.message).toMatch(/truncated\.csv\.gz is not a complete gzip file: unexpected end of file/);
  expect(err.fix).toMatch(/compress it again/);
});

test('a name with no format under its .gz says how to name it', () => {
  expect(() => detectFormat('data.gz')).toThrow(/cannot tell the format of data\.gz.*as \.csv\.gz or \.jsonl\.gz/s);
});
