import { locateCsvRows } from '../../shared/data/csv-locate.js';
import { streamCsv } from '../../shared/data/csv.js';
import type { DataIssue } from '../../shared/data/read-options.js';
import type { Table } from '../../shared/data/table.js';
import { tempDir } from './helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());

interface Written {
  bytes: Buffer;
  /** per data row: the line it starts on, its id and its note as written */
  lines: number[];
  ids: number[];
  notes: string[];
}

/**
 * Rows with what makes cutting a CSV file hard: quoted cells holding line breaks (LF and CRLF) and
 * doubled quotes, CRLF line ends, blank lines between rows, a quote inside an unquoted cell (taken
 * literally), and a last line without a line break. The expected values are kept as written.
 */
function writeAwkward(count: number): Written {
  const notes = ['plain', 'a "quoted" word', 'two\nlines', 'three\r\nlines\nhere', `5'11"`, 'comma, inside', 'ünï ✓'];
  const parts: string[] = ['\ufeffid,note\r\n'];
  const lines: number[] = [];
  const ids: number[] = [];
  const written: string[] = [];
  let line = 2;
  for (let i = 0; i < count; i++) {
    if (i % 7 === 3) {
      parts.push(i % 2 ? '\r\n' : '\n'); // a blank line: not a row
      line++;
    }
    const note = `${notes[i % notes.length]}${i}`;
    const cell = /[",\n\r]/.test(note) && !note.startsWith('5') ? `"${note.replaceAll('"', '""')}"` : note;
    const eol = i === count - 1 ? '' : i % 2 ? '\r\n' : '\n';
    parts.push(`${i},${cell}${eol}`);
    lines.push(line);
    ids.push(i);
    written.push(note);
    line += 1 + (note.match(/\n/g)?.length ?? 0);
  }
  return { bytes: Buffer.from(parts.join(''), 'utf8'), lines, ids, notes: written };
}

async function readRows(path: string, options: { start?: { offset: number; line: number }; maxRows?: number; batchRows?: number }): Promise<{ ids: number[]; notes: string[]; lines: number[]; issues: DataIssue[] }> {
  const ids: number[] = [];
  const notes: string[] = [];
  const lines: number[] = [];
  const issues: DataIssue[] = [];
  await streamCsv(path, {
    ...options,
    onIssue: (issue) => issues.push(issue),
    onBatch: (batch: Table) => {
      ids.push(...Array.from(batch.columns[0]!.values as ArrayLike<number>));
      notes.push(...Array.from(batch.columns[1]!.values as ArrayLike<string>));
      lines.push(...batch.rowLines!);
    },
  });
  return { ids, notes, lines, issues };
}

describe('reading a share of a CSV file from a located row', () => {
  const rows = 60;
  const written = writeAwkward(rows);
  const path = dir.write('awkward.csv', written.bytes);

  test('every row is found where it was written, past quoted line breaks, CRLF and blank lines', async () => {
    const all = Array.from({ length: rows }, (_, r) => r);
    const starts = await locateCsvRows(path, all);
    expect(starts.map((s) => s?.line)).toEqual(written.lines);
    // a located offset is where the row's record begins
    const text = written.bytes;
    for (const [r, start] of starts.entries()) {
      const at = text.subarray(start!.offset).toString('utf8');
      expect(at.startsWith(`${r},`)).toBe(true);
    }
  });

  test('a row past the end has no start', async () => {
    expect(await locateCsvRows(path, [rows - 1, rows, rows + 5])).toEqual([expect.objectContaining({ line: written.lines[rows - 1] }), undefined, undefined]);
  });

  test('shares read from located rows join into the rows written, with lines of the whole file', async () => {
    const cuts = [7, 8, 23, 41];
    const starts = await locateCsvRows(path, cuts);
    const bounds = [0, ...cuts, rows];
    const joined = { ids: [] as number[], notes: [] as string[], lines: [] as number[] };
    for (let k = 0; k + 1 < bounds.length; k++) {
      const start = k === 0 ? undefined : starts[k - 1]!;
      const share = await readRows(path, { ...(start ? { start } : {}), maxRows: bounds[k + 1]! - bounds[k]!, batchRows: 5 });
      joined.ids.push(...share.ids);
      joined.notes.push(...share.notes);
      joined.lines.push(...share.lines);
    }
    expect(joined).toEqual({ ids: written.ids, notes: written.notes, lines: written.lines });
  });

  test('a share read to the end of the file stops there', async () => {
    const [start] = await locateCsvRows(path, [50]);
    const share = await readRows(path, { start: start! });
    expect(share.ids).toEqual(written.ids.slice(50));
    expect(share.lines).toEqual(written.lines.slice(50));
  });
});

test('row problems in a share are reported with lines of the whole file, once', async () => {
  const lines = ['a,b'];
  for (let i = 0; i < 20; i++) lines.push(i === 5 ? '5' : i === 14 ? '14,x,extra' : `${i},y`);
  const bytes = Buffer.concat([Buffer.from(`${lines.slice(0, 12).join('\n')}\n`), Buffer.from([0x31, 0x32, 0x2c, 0xff, 0x0a]), Buffer.from(`${lines.slice(13).join('\n')}\n`)]);
  const path = dir.write('problems.csv', bytes);
  const [start] = await locateCsvRows(path, [10]);
  expect(start!.line).toBe(12);
  const first = await readRows(path, { maxRows: 10 });
  const second = await readRows(path, { start: start! });
  const kinds = (issues: DataIssue[]) => issues.map((i) => [i.kind, i.line]);
  expect(kinds(first.issues)).toEqual([['short-row', 7]]);
  expect(kinds(second.issues)).toEqual([
    ['invalid-utf8', 13],
    ['long-row', 16],
  ]);
});

test('a quote left open makes the rows after it impossible to locate', async () => {
  const path = dir.write('open-quote.csv', 'a,b\n1,x\n2,"never closed\n3,y\n4,z\n');
  expect(await locateCsvRows(path, [0, 1, 2])).toEqual([{ offset: 4, line: 2 }, undefined, undefined]);
});
