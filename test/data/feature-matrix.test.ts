// The feature matrix of the CSV and Parquet readers holds, row-major, exactly what the plain read's
// columns hold for the same cells (rounded to float32 when asked for float32), on real fixtures and
// on every kind of cell the readers know: quoted, blank, short rows, numbers the CSV scanner leaves
// to parseDecimal, Parquet nulls, booleans and 64-bit integers across row groups, text.
import { join } from 'node:path';
import { readCsv } from '../../shared/data/csv.js';
import type { FeatureMatrixRequest, FeatureMatrixType } from '../../shared/data/feature-matrix.js';
import { loadTable, streamTable } from '../../shared/data/load.js';
import type { DataIssue } from '../../shared/data/read-options.js';
import { columnNames, type NumericColumn, type Table } from '../../shared/data/table.js';
import { FIXTURES, tempDir } from './helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());

/** the plain read's columns `names`, interleaved row by row as `type` */
function interleaved(table: Table, names: string[], type: FeatureMatrixType): Float32Array | Float64Array {
  const columns = names.map((name) => {
    const column = table.columns.find((c) => c.name === name)!;
    expect(column.kind).toBe('numeric');
    return (column as NumericColumn).values;
  });
  const out = type === 'float32' ? new Float32Array(table.rowCount * names.length) : new Float64Array(table.rowCount * names.length);
  for (let r = 0; r < table.rowCount; r++) columns.forEach((values, c) => (out[r * names.length + c] = values[r]!));
  return out;
}

/** reads `path` both ways and checks the matrix read against the plain one */
async function expectSameAsColumns(path: string, request: FeatureMatrixRequest, options: { onIssue?: (issue: DataIssue) => void; columns?: string[] } = {}) {
  const plain = await loadTable(path, options);
  const withMatrix = await loadTable(path, { ...options, featureMatrix: request });
  const matrix = withMatrix.featureMatrix!;
  const expectedColumns = plain.columns.map((c) => c.name).filter((n) => !request.exclude.includes(n));
  expect(matrix.columns).toEqual(expectedColumns);
  expect(matrix.type).toBe(request.type);
  expect(matrix.textCell).toBeUndefined();
  expect(matrix.data).toEqual(interleaved(plain, expectedColumns, request.type));
  // the excluded columns stay columns, cell for cell, and the matrix's columns are not columns too
  expect(withMatrix.columns).toEqual(plain.columns.filter((c) => request.exclude.includes(c.name)));
  expect(withMatrix.rowCount).toBe(plain.rowCount);
  expect(withMatrix.rowLines).toEqual(plain.rowLines);
  expect(columnNames(withMatrix).sort()).toEqual(plain.columns.map((c) => c.name).sort());
  return { plain, withMatrix };
}

describe('the feature matrix is the columns, row-major', () => {
  test.each(['float32', 'float64'] as const)('breast_cancer_test.csv as %s', async (type) => {
    const { withMatrix } = await expectSameAsColumns(join(FIXTURES, 'data', 'breast_cancer_test.csv'), { exclude: ['target'], type });
    expect(withMatrix.featureMatrix!.columns).toHaveLength(30);
    expect(withMatrix.featureMatrix!.data).toHaveLength(171 * 30);
  });

  test('diabetes_test.csv: 17-19 digit numbers, which the scanner leaves to parseDecimal', async () => {
    await expectSameAsColumns(join(FIXTURES, 'data', 'diabetes_test.csv'), { exclude: ['target'], type: 'float64' });
  });

  test('iris_test.csv keeping the text target and a feature as columns', async () => {
    const { withMatrix } = await expectSameAsColumns(join(FIXTURES, 'data', 'iris_test.csv'), { exclude: ['species', 'petal_width'], type: 'float32' });
    expect(withMatrix.columns.map((c) => c.name)).toEqual(['petal_width', 'species']);
  });

  test('quoted numbers, quoted and blank empties, CRLF, a BOM and exponents', async () => {
    const path = dir.write('cells.csv', '\ufeffa,b,label,c\r\n"1.25",  ,x,1e3\r\n"",2,y,-0.5\r\n 3 ,"4",z,\r\n');
    const { withMatrix } = await expectSameAsColumns(path, { exclude: ['label'], type: 'float64' });
    expect(Array.from(withMatrix.featureMatrix!.data)).toEqual([1.25, NaN, 1000, NaN, 2, -0.5, 3, 4, NaN]);
  });

  test('short and long rows read leniently: missing cells are NaN, extra cells dropped', async () => {
    const path = dir.write('width.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n');
    const issues: DataIssue[] = [];
    const { withMatrix } = await expectSameAsColumns(path, { exclude: [], type: 'float32' }, { onIssue: (i) => issues.push(i) });
    expect(Array.from(withMatrix.featureMatrix!.data)).toEqual([1, 2, 3, 4, 5, NaN, 6, 7, 8]);
    expect(issues.map((i) => i.kind)).toEqual(['short-row', 'long-row', 'short-row', 'long-row']);
  });

  test('the columns option picks the matrix columns and their order', async () => {
    await expectSameAsColumns(join(FIXTURES, 'data', 'iris_test.csv'), { exclude: ['species'], type: 'float32' }, { columns: ['petal_length', 'species', 'sepal_width'] });
  });

  test('a file larger than the first megabyte suggests: the matrix grows and keeps every row', async () => {
    // long rows first, so the reader's estimate of rows (from the first MiB) falls well short
    const long = `${'n'.repeat(1000)}`;
    const lines = ['note,x,y'];
    for (let i = 0; i < 1100; i++) lines.push(`${long},${i},${i / 8}`);
    for (let i = 0; i < 30_000; i++) lines.push(`s,${-i},${i * 3}`);
    const path = dir.write('grows.csv', `${lines.join('\n')}\n`);
    const { withMatrix } = await expectSameAsColumns(path, { exclude: ['note'], type: 'float64' });
    expect(withMatrix.rowCount).toBe(31_100);
  });
});

describe('Parquet: the matrix is the columns, row-major', () => {
  test.each(['breast_cancer_test.parquet', 'breast_cancer_test.gzip.parquet'])('%s: DOUBLE features in row groups of 50, an INT64 target', async (name) => {
    const { withMatrix } = await expectSameAsColumns(join(FIXTURES, 'data-formats', name), { exclude: ['target'], type: 'float32' });
    expect(withMatrix.featureMatrix!.data).toHaveLength(171 * 30);
  });

  test('iris_labeled.parquet: a null feature is NaN, a boolean 1 or 0, the text label stays a column', async () => {
    const path = join(FIXTURES, 'data-formats', 'iris_labeled.parquet');
    const { plain, withMatrix } = await expectSameAsColumns(path, { exclude: ['species'], type: 'float64' });
    const matrix = withMatrix.featureMatrix!;
    const at = (row: number, column: string) => matrix.data[row * matrix.columns.length + matrix.columns.indexOf(column)];
    expect(at(1, 'sepal_width')).toBeNaN();
    expect(new Set(Array.from({ length: plain.rowCount }, (_, r) => at(r, 'is_setosa')))).toEqual(new Set([0, 1]));
    expect(withMatrix.columns.map((c) => c.name)).toEqual(['species']);
  });

  test('a text column in the matrix: its first text cell is recorded', async () => {
    const table = await loadTable(join(FIXTURES, 'data-formats', 'iris_labeled.parquet'), { featureMatrix: { exclude: [], type: 'float32' } });
    expect(table.featureMatrix!.textCell).toEqual({ column: 'species', row: 0, text: 'setosa' });
  });
});

describe('a matrix column that holds text', () => {
  test('the first text cell is recorded (column, row, text) and the cell is NaN', async () => {
    const path = dir.write('text.csv', 'a,b,t\n1,2,0\n3,n/a,1\n5,oops,0\n');
    const table = await readCsv(path, { featureMatrix: { exclude: ['t'], type: 'float32' } });
    expect(table.featureMatrix!.textCell).toEqual({ column: 'b', row: 1, text: 'n/a' });
    expect(Array.from(table.featureMatrix!.data)).toEqual([1, 2, 3, NaN, 5, NaN]);
    expect(table.rowLines![1]).toBe(3);
  });
});

describe('which reads build it', () => {
  test('loadTable passes the request to the CSV and Parquet readers; JSON Lines keeps plain columns', async () => {
    const featureMatrix: FeatureMatrixRequest = { exclude: ['target'], type: 'float32' };
    const csv = await loadTable(join(FIXTURES, 'data', 'breast_cancer_test.csv'), { featureMatrix });
    expect(csv.featureMatrix?.columns).toHaveLength(30);
    const parquet = await loadTable(join(FIXTURES, 'data-formats', 'breast_cancer_test.parquet'), { featureMatrix });
    expect(parquet.featureMatrix?.columns).toEqual(csv.featureMatrix!.columns);
    expect(parquet.featureMatrix!.data).toEqual(csv.featureMatrix!.data);
    const jsonl = await loadTable(join(FIXTURES, 'data-formats', 'breast_cancer_test.jsonl'), { featureMatrix });
    expect(jsonl.featureMatrix).toBeUndefined();
    expect(jsonl.columns).toHaveLength(31);
  });

  test('streamed reads build a matrix per batch, which together are the whole read\'s matrix', async () => {
    const featureMatrix: FeatureMatrixRequest = { exclude: ['target'], type: 'float32' };
    for (const path of [join(FIXTURES, 'data', 'breast_cancer_test.csv'), join(FIXTURES, 'data-formats', 'breast_cancer_test.parquet')]) {
      const whole = await loadTable(path, { featureMatrix });
      const batches: Table[] = [];
      await streamTable(path, { featureMatrix, batchRows: 100, onBatch: (batch) => void batches.push(batch) });
      expect(batches.length).toBeGreaterThan(1);
      expect(batches.every((b) => b.featureMatrix?.columns.length === 30 && b.featureMatrix.data.length === b.rowCount * 30 && b.columns.length === 1)).toBe(true);
      const joined = new Float32Array(whole.rowCount * 30);
      let at = 0;
      for (const b of batches) {
        joined.set(b.featureMatrix!.data, at);
        at += b.featureMatrix!.data.length;
      }
      expect(at).toBe(joined.length);
      expect(joined).toEqual(whole.featureMatrix!.data);
    }
  });

  test('a request that leaves nothing for the matrix reads plain columns', async () => {
    const table = await readCsv(join(FIXTURES, 'data', 'iris_test.csv'), { columns: ['species'], featureMatrix: { exclude: ['species'], type: 'float32' } });
    expect(table.featureMatrix).toBeUndefined();
    expect(table.columns.map((c) => c.name)).toEqual(['species']);
  });
});
