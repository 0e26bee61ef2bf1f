import { join } from 'node:path';
import { loadTable, streamTable } from '../../shared/data/load.js';
import type { Table } from '../../shared/data/table.js';
import { FIXTURES } from './helpers.js';

const formats = join(FIXTURES, 'data-formats');

/** What must match across formats: names, kinds, values (NaN and null as missing), firstNonNumericRow. */
function content(table: Table) {
  return {
    rowCount: table.rowCount,
    columns: table.columns.map((c) => ({ name: c.name, kind: c.kind, values: Array.from(c.values as ArrayLike<unknown>), first: c.kind === 'text' ? c.firstNonNumericRow : undefined })),
  };
}

describe('CSV, JSON Lines and Parquet of the same data give the same Table', () => {
  test('breast_cancer_test: 30 doubles and an INT64 target', async () => {
    const csv = await loadTable(join(FIXTURES, 'data', 'breast_cancer_test.csv'));
    const jsonl = await loadTable(join(formats, 'breast_cancer_test.jsonl'));
    const parquet = await loadTable(join(formats, 'breast_cancer_test.parquet'));
    const gzipped = await loadTable(join(formats, 'breast_cancer_test.gzip.parquet'));
    expect(csv.rowCount).toBe(171);
    expect(csv.columns.every((c) => c.kind === 'numeric')).toBe(true);
    expect(content(jsonl)).toEqual(content(csv));
    expect(content(parquet)).toEqual(content(csv));
    expect(content(gzipped)).toEqual(content(csv));
    expect([csv.format, jsonl.format, parquet.format]).toEqual(['csv', 'jsonl', 'parquet']);
    expect(Array.from(jsonl.rowLines!)).toEqual(Array.from({ length: 171 }, (_, i) => i + 1));
    expect(parquet.rowLines).toBeUndefined();
  });

  test('iris_labeled: text species, boolean flag, missing cells', async () => {
    const [csv, jsonl, parquet] = await Promise.all(['csv', 'jsonl', 'parquet'].map((ext) => loadTable(join(formats, `iris_labeled.${ext}`))));
    expect(content(jsonl)).toEqual(content(csv!));
    expect(content(parquet)).toEqual(content(csv!));
    const species = parquet!.columns[4]!;
    expect(species.kind).toBe('text');
    expect(species.values.slice(0, 6)).toEqual(['setosa', 'setosa', 'versicolor', 'versicolor', null, 'virginica']);
    expect(parquet!.columns[1]!.values[1]).toBeNaN();
    expect(Array.from(parquet!.columns[5]!.values.slice(0, 3) as ArrayLike<number>)).toEqual([1, 1, 0]);
  });

  test('columns and maxRows work the same in every format', async () => {
    const pick = { columns: ['target', 'mean_area'], maxRows: 60 };
    const csv = await loadTable(join(FIXTURES, 'data', 'breast_cancer_test.csv'), pick);
    const jsonl = await loadTable(join(formats, 'breast_cancer_test.jsonl'), pick);
    const parquet = await loadTable(join(formats, 'breast_cancer_test.parquet'), pick);
    expect(csv.columns.map((c) => c.name)).toEqual(['target', 'mean_area']);
    expect(csv.rowCount).toBe(60);
    expect(content(jsonl)).toEqual(content(csv));
    expect(content(parquet)).toEqual(content(csv));
  });

  test('streamed in batches, every format yields the same rows', async () => {
    const collect = async (path: string) => {
      const batches: Table[] = [];
      await streamTable(path, { batchRows: 40, onBatch: (b) => void batches.push(b) });
      return batches;
    };
    const csv = await collect(join(FIXTURES, 'data', 'breast_cancer_test.csv'));
    const parquet = await collect(join(formats, 'breast_cancer_test.parquet'));
    const jsonl = await collect(join(formats, 'breast_cancer_test.jsonl'));
    const target = (batches: Table[]) => batches.flatMap((b) => Array.from(b.columns.at(-1)!.values as ArrayLike<number>));
    expect(target(parquet)).toEqual(target(csv));
    expect(target(jsonl)).toEqual(target(csv));
    expect(csv.map((b) => b.rowCount)).toEqual([40, 40, 40, 40, 11]);
    // Parquet batches are whole row groups (50 rows each in this file).
    expect(parquet.map((b) => b.rowCount)).toEqual([50, 50, 50, 21]);
  });
});
