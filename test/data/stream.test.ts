import { join } from 'node:path';
import { readCsv, streamCsv } from '../../shared/data/csv.js';
import { streamTable } from '../../shared/data/load.js';
import type { Column, Table } from '../../shared/data/table.js';
import { FIXTURES, tempDir } from './helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());

/** Rows with every awkward thing, written out and kept as the expected values. */
function awkwardRows(count: number): { csv: string; ids: number[]; notes: string[]; lines: number[] } {
  const notes = ['plain', 'with, comma', 'say "hi"', 'two\nlines', 'crlf\r\ninside', 'ünïcödé ✓ 𝄞', ''];
  const rows: string[] = [];
  const ids: number[] = [];
  const expectedNotes: string[] = [];
  const lines: number[] = [];
  let line = 2;
  for (let i = 0; i < count; i++) {
    const note = `${notes[i % notes.length]}#${i}`;
    const quoted = /[",\n\r]/.test(note) || i % 3 === 0 ? `"${note.replaceAll('"', '""')}"` : note;
    const eol = i % 2 ? '\r\n' : '\n';
    rows.push(`${i * 0.25},${quoted}${eol}`);
    ids.push(i * 0.25);
    expectedNotes.push(note);
    lines.push(line);
    line += 1 + (note.match(/\n/g)?.length ?? 0);
  }
  return { csv: `id,note\n${rows.join('')}`, ids, notes: expectedNotes, lines };
}

const values = (column: Column) => Array.from(column.values as ArrayLike<number | string | null>);

describe('chunked reading', () => {
  test('records split across many small chunks read the same as written', async () => {
    const { csv, ids, notes, lines } = awkwardRows(5000);
    const path = dir.write('awkward.csv', csv);
    // A 2 KiB record limit also makes the read chunks 2 KiB: thousands of chunk boundaries.
    const table = await readCsv(path, { maxRecordBytes: 2048 });
    expect(table.rowCount).toBe(5000);
    expect(values(table.columns[0]!)).toEqual(ids);
    expect(values(table.columns[1]!)).toEqual(notes);
    expect(Array.from(table.rowLines!)).toEqual(lines);
  });

  test('a multi-byte character cut by a chunk boundary is not reported as invalid UTF-8', async () => {
    const row = 'é,'.repeat(300) + '1\n';
    const path = dir.write('multibyte.csv', `${Array.from({ length: 301 }, (_, i) => `c${i}`).join(',')}\n${row.repeat(200)}`);
    const table = await readCsv(path, { maxRecordBytes: 4096 + 1 });
    expect(table.rowCount).toBe(200);
    expect(values(table.columns[0]!).every((v) => v === 'é')).toBe(true);
  });
});

describe('streamCsv', () => {
  test('batches of rows add up to the whole file, with absolute rowLines', async () => {
    const { csv, ids, notes, lines } = awkwardRows(1000);
    const path = dir.write('batches.csv', csv);
    const batches: Table[] = [];
    const summary = await streamCsv(path, { batchRows: 64, onBatch: (b) => void batches.push(b) });
    expect(summary).toEqual({ header: ['id', 'note'], rowCount: 1000 });
    expect(batches.map((b) => b.rowCount)).toEqual([...Array(15).fill(64), 1000 - 15 * 64]);
    expect(batches.flatMap((b) => values(b.columns[0]!))).toEqual(ids);
    expect(batches.flatMap((b) => values(b.columns[1]!))).toEqual(notes);
    expect(batches.flatMap((b) => Array.from(b.rowLines!))).toEqual(lines);
  });

  test('waits for an async onBatch before reading on, and decides column kinds per batch', async () => {
    const path = dir.write('kinds.csv', `x\n${'1\n'.repeat(10)}a\n${'2\n'.repeat(5)}`);
    const seen: string[] = [];
    let busy = false;
    await streamCsv(path, {
      batchRows: 8,
      onBatch: async (batch) => {
        expect(busy).toBe(false);
        busy = true;
        await new Promise((resolve) => setTimeout(resolve, 5));
        seen.push(`${batch.columns[0]!.kind}:${batch.rowCount}:${batch.rowLines![0]}`);
        busy = false;
      },
    });
    expect(seen).toEqual(['numeric:8:2', 'text:8:10']);
  });

  test('streamTable picks the reader by extension', async () => {
    let rows = 0;
    const result = await streamTable(join(FIXTURES, 'data', 'diabetes_test.csv'), { batchRows: 50, onBatch: (b) => void (rows += b.rowCount) });
    expect(result.rowCount).toBe(133);
    expect(rows).toBe(133);
  });
});
