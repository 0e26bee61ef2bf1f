import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../shared/errors.js';
import { detectFormat, loadTable } from '../../shared/data/load.js';
import { FIXTURES, tempDir } from './helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());

describe('loadTable', () => {
  test('formats by extension', () => {
    expect(['a.csv', 'a.TSV', 'a.txt', 'a.jsonl', 'a.ndjson', 'dir/a.parquet'].map(detectFormat)).toEqual(['csv', 'csv', 'csv', 'jsonl', 'jsonl', 'parquet']);
    expect(() => detectFormat('data.xlsx')).toThrow(UserError);
  });

  test('.tsv defaults to tab; format overrides the extension', async () => {
    const tsv = await loadTable(dir.write('a.tsv', 'x\ty\n1\t2\n'));
    expect(tsv.columns.map((c) => c.name)).toEqual(['x', 'y']);
    const path = join(dir.write('placeholder', ''), '..', 'rows.data');
    copyFileSync(join(FIXTURES, 'data-formats', 'iris_labeled.jsonl'), path);
    const table = await loadTable(path, { format: 'jsonl' });
    expect(table.rowCount).toBe(60);
    await expect(loadTable(path)).rejects.toThrow(/cannot tell the format/);
  });

  test('strict by default; onIssue makes it lenient', async () => {
    const path = join(FIXTURES, 'data', 'breast_cancer_corrupt.csv');
    await expect(loadTable(path)).rejects.toThrow(/breast_cancer_corrupt\.csv:13/);
    const lines: number[] = [];
    const table = await loadTable(path, { onIssue: (i) => lines.push(i.line) });
    expect(lines).toEqual([13]);
    expect(table.rowCount).toBe(39);
  });

  test('Parquet file problems are UserErrors', async () => {
    await expect(loadTable(dir.write('not.parquet', 'a,b\n1,2\n'))).rejects.toThrow(/not a readable Parquet file/);
    await expect(loadTable(dir.write('empty.parquet', ''))).rejects.toThrow(/is empty/);
    await expect(loadTable(join(dir.write('x', ''), '..', 'missing.parquet'))).rejects.toThrow(/does not exist/);
    await expect(loadTable(join(FIXTURES, 'data-formats', 'iris_labeled.parquet'), { columns: ['nope'] })).rejects.toThrow(UserError);
  });
});
