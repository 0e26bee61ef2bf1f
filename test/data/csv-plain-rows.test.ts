// The CSV reader's plain-row path (shared/data/csv-plain-rows.ts: the WebAssembly scanner places
// rows of settled numbers itself, many to a call) against the record-by-record path it stands in
// for. Two levels: the scanner's choice of rows, record by record, with windows of 16 bytes up
// (every refill); and whole reads of random files, compared batch for batch, issue for issue and
// error for error with the JavaScript scanner's reads (MLCI_CSV_SCANNER=js), which never take it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ColumnBuilder } from '../../shared/data/column-builder.js';
import { PlainRows } from '../../shared/data/csv-plain-rows.js';
import { CsvWasmScanner } from '../../shared/data/csv-wasm-scanner.js';
import { instantiateCsvScan } from '../../shared/data/csv-scan-module.js';
import { streamCsv } from '../../shared/data/csv.js';
import { textHash } from '../../shared/data/text-interner.js';
import type { DataIssue, StreamOptions } from '../../shared/data/read-options.js';
import { rng } from '../../bench/xorshift.mjs';
import { plainBatch } from './helpers.js';
import { NUMBERS, randomCsv } from './random-csv.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-plain-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A file of `width` columns: runs of plain rows (decimals of every length, exponents, CRLF or LF),
 * broken now and then by a row with an empty, quoted, NaN, inf or text cell, a ragged row, a
 * blank line, or a piece of randomCsv's oddities (quotes with line breaks, bad UTF-8).
 */
function mostlyPlainCsv(next: () => number, width: number, rows: number, delimiter = ','): Buffer {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const decimal = () => {
    const kind = next();
    if (kind < 0.6) return String(Math.round(next() * 10 ** (1 + Math.floor(next() * 6))) / 10 ** Math.floor(next() * 6));
    if (kind < 0.7) return (next() * 1e6 - 5e5).toExponential(Math.floor(next() * 10));
    if (kind < 0.8) return String(next() * 1e40);
    return pick(NUMBERS.filter((n) => Number.isFinite(Number(n)) && n.trim() === n && n !== ''));
  };
  const odd = ['', '""', '"1.5"', '"2"', 'NaN', 'nan', 'inf', '-inf', 'Infinity', '-Infinity', 'abc', '1e400', '-1e400', '3.4028236e38', ' 7', '0x10', '1_000', '"a,b"', '"line\nbreak"', '"cr\r\nlf"'];
  const parts: Buffer[] = [Buffer.from(Array.from({ length: width }, (_, k) => `c${k}`).join(delimiter) + '\n')];
  for (let r = 0; r < rows; r++) {
    const roll = next();
    if (roll < 0.01) parts.push(randomCsv(next, delimiter), Buffer.from('\n'));
    else if (roll < 0.02) parts.push(Buffer.from(pick(['\n', '\r\n'])));
    else {
      const cells = roll < 0.03 ? Math.floor(next() * (width + 2)) : width;
      const row = Array.from({ length: cells }, () => (next() < 0.03 ? pick(odd) : decimal()));
      parts.push(Buffer.from(row.join(delimiter) + (next() < 0.2 ? '\r\n' : '\n')));
    }
  }
  if (next() < 0.5) parts.push(Buffer.from(Array.from({ length: width }, decimal).join(delimiter))); // no final line break
  return Buffer.concat(parts);
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

type Options = Omit<StreamOptions, 'onBatch' | 'onIssue'> & { delimiter?: string; reportIssues?: boolean };

/** everything a read gives: batches, summary, issues, or the error it stops with */
async function read(path: string, options: Options, scanner: 'js' | 'wasm') {
  const batches: (ReturnType<typeof plainBatch> & { codes: (number[] | null)[] })[] = [];
  const issues: DataIssue[] = [];
  const { reportIssues, ...rest } = options;
  const before = process.env.MLCI_CSV_SCANNER;
  if (scanner === 'js') process.env.MLCI_CSV_SCANNER = 'js';
  else delete process.env.MLCI_CSV_SCANNER;
  try {
    const summary = await streamCsv(path, { ...rest, onBatch: (t) => void batches.push({ ...plainBatch(t), codes: t.columns.map((c) => (c.kind === 'text' && c.codes ? Array.from(c.codes) : null)) }), ...(reportIssues ? { onIssue: (issue: DataIssue) => void issues.push(issue) } : {}) });
    return { summary, batches, issues };
  } catch (err) {
    return { error: err instanceof Error ? { ...err, name: err.name, message: err.message } : err, batches, issues };
  } finally {
    if (before === undefined) delete process.env.MLCI_CSV_SCANNER;
    else process.env.MLCI_CSV_SCANNER = before;
  }
}

describe('plain rows placed by the WebAssembly scanner', () => {
  test.each([16, 40, 1024, 256 * 1024])('are exactly the records the record path would read as plain, windows of %i bytes', (windowBytes) => {
    const next = rng(1500 + windowBytes);
    let placedRows = 0;
    let recordRows = 0;
    let skipped = 0;
    for (let file = 0; file < 30; file++) {
      const width = 1 + Math.floor(next() * (next() < 0.1 ? 70 : 9));
      const data = mostlyPlainCsv(next, width, 1 + Math.floor(next() * 150));
      // the plan: some columns to a float32 or float64 matrix, some kept, some not read
      const places = Array.from({ length: width }, () => Math.floor(next() * 3));
      const matrix = places.flatMap((p, k) => (p === 0 ? [k] : []));
      const kept = places.flatMap((p, k) => (p === 1 ? [k] : []));
      const type = next() < 0.5 ? 'float32' : 'float64';
      const scanner = new CsvWasmScanner(0x2c, instantiateCsvScan()!, windowBytes);
      const reference = new CsvWasmScanner(0x2c, instantiateCsvScan()!, windowBytes);
      const rows = PlainRows.plan(scanner, width, kept, matrix, type, false)!;
      expect(rows).toBeDefined();
      const round = type === 'float32' ? Math.fround : (v: number) => v;
      // fed in pieces as the block reader feeds them: a record cut at a piece's end waits for the next
      let consumed = 0;
      let available = 0;
      let line = 1;
      while (consumed < data.length) {
        available = Math.min(data.length, available + 1 + Math.floor(next() * 2000));
        const eof = available === data.length;
        const buf = Buffer.from(data.subarray(consumed, available));
        let pos = 0;
        while (pos < buf.length) {
          const where = `byte ${consumed + pos} of ${JSON.stringify(data.toString('latin1'))}`;
          // kept columns said to hold text (their settled numbers' places are kept), and those with a text cell in this call so far
          const marked = kept.map(() => next() < 0.3);
          const textSeen = kept.map(() => false);
          const after = rows.scan(buf, pos, eof, 1 + Math.floor(next() * 50), line, (c) => marked[c]!);
          const placed = scanner.placedRows;
          if (!rows.asked) expect(after).toBe(pos);
          // per kept column, the placed cells that are no settled number, and those of them that are not empty
          const unsettled = kept.map(() => 0);
          const textCells = kept.map(() => 0);
          // each placed row: what the reference scanner sees there, and that it is plain
          for (let r = 0; r < rows.rows; r++) {
            const end = reference.scan(buf, pos, eof);
            expect({ where, end: end > 0, cells: reference.cellCount, quoted: reference.flags.subarray(0, width).some((f) => f !== 0), blank: reference.isBlankRecord() }).toEqual({ where, end: true, cells: width, quoted: false, blank: false });
            const numbers = reference.numbers;
            expect({ where, line: placed.lines[r] }).toEqual({ where, line });
            expect(reference.innerNewlines).toBe(0);
            expect({ where, matrix: Array.from(placed.matrix.subarray(r * matrix.length, (r + 1) * matrix.length)) }).toEqual({ where, matrix: matrix.map((k) => round(numbers[k]!)) });
            // a kept cell: its value (NaN where the scanner settled none: empty, text, left to parseDecimal)
            // and, where the reader may read it by its bytes, its place: a cell that is no settled
            // number, or one of a column that holds text or had a text cell before it in the call
            const keptCell = (c: number) => c * placed.capacity + r;
            const needsPlace = (k: number, c: number) => numbers[k] !== numbers[k] || marked[c]! || textSeen[c]!;
            expect({ where, kept: kept.map((k, c) => [placed.kept[keptCell(c)], ...(needsPlace(k, c) ? [placed.keptStarts[keptCell(c)], placed.keptEnds[keptCell(c)]] : [])]) }).toEqual({
              where,
              kept: kept.map((k, c) => [numbers[k]!, ...(needsPlace(k, c) ? [reference.starts[k], reference.ends[k]] : [])]),
            });
            kept.forEach((k, c) => {
              if (numbers[k] === numbers[k]) return;
              unsettled[c]!++;
              if (reference.ends[k]! > reference.starts[k]!) {
                textSeen[c] = true;
                textCells[c]!++;
              }
            });
            expect(matrix.every((k) => numbers[k] === numbers[k])).toBe(true);
            // a text cell's hash, as the interner computes it
            const hashed = kept.flatMap((k, c) => (numbers[k] !== numbers[k] && reference.ends[k]! - reference.starts[k]! <= 64 ? [[placed.keptHashes[keptCell(c)], textHash(buf, reference.starts[k]!, reference.ends[k]!)]] : []));
            expect({ where, hashed: hashed.map(([a]) => a) }).toEqual({ where, hashed: hashed.map(([, b]) => b) });
            line += reference.innerNewlines + 1;
            pos = end;
            placedRows++;
          }
          expect({ where, after }).toEqual({ where, after: pos });
          // the counts are the placed rows' own, exactly (the reader takes a column's missing cells
          // from them), whatever a record the scanner gave up halfway had counted
          if (rows.asked) expect({ where, unsettled: Array.from(placed.unsettled), textCells: Array.from(placed.textCells) }).toEqual({ where, unsettled, textCells });
          if (rows.asked) expect(placed.line).toBe(line);
          if (rows.rows > 0) continue;
          // not placed: the record there is incomplete or not plain (or the call was asked for no rows)
          const end = reference.scan(buf, pos, eof);
          if (end < 0) break;
          const unquoted = Array.from(reference.flags.subarray(0, reference.cellCount)).every((f) => f === 0);
          const plainRecord = unquoted && reference.cellCount === width && !reference.unterminatedQuote && !reference.isBlankRecord() && matrix.every((k) => reference.numbers[k] === reference.numbers[k]);
          // a plain record is never refused by the scanner (a window cut short is refilled); it is
          // left to the record path unasked only after a run of refusals
          if (rows.asked) expect({ where, plainRecord }).toEqual({ where, plainRecord: false });
          else skipped++;
          expect(scanner.scan(buf, pos, eof)).toBe(end);
          line += reference.innerNewlines + 1;
          pos = end;
          recordRows++;
        }
        consumed += pos;
      }
    }
    expect(placedRows).toBeGreaterThan(500);
    expect(recordRows).toBeGreaterThan(20);
    expect(skipped).toBeLessThan(recordRows);
  });

  test.each([
    ['a float32 matrix and a kept target', { batchRows: 100, featureMatrix: { exclude: ['c0'], type: 'float32' as const } }],
    ['a float64 matrix, odd batch sizes', { batchRows: 37, featureMatrix: { exclude: ['c1', 'c2'], type: 'float64' as const } }],
    ['columns only, recycled arrays', { batchRows: 64, reuseBatches: true }],
    ['some columns, as text where asked', { batchRows: 50, columns: ['c0', 'c2'], textColumns: new Set(['c2']) }],
    ['row problems reported as they come', { batchRows: 80, reportIssues: true, featureMatrix: { exclude: ['c0'], type: 'float32' as const } }],
    ['at most 123 rows', { batchRows: 40, maxRows: 123, reportIssues: true }],
    ['semicolons', { batchRows: 70, delimiter: ';', reportIssues: true }],
  ])('a read gives what the record-by-record read gives: %s', async (_name, options: Options) => {
    const next = rng(77 + (options.batchRows ?? 0));
    let compared = 0;
    for (let file = 0; file < 20; file++) {
      const width = 3 + Math.floor(next() * 6);
      // some files a few hundred kilobytes, past the scanner's 256 KiB window
      const rows = next() < 0.1 ? 3000 + Math.floor(next() * 3000) : 1 + Math.floor(next() * 300);
      const path = join(dir, `plain-${file}.csv`);
      writeFileSync(path, mostlyPlainCsv(next, width, rows, options.delimiter ?? ','));
      const want = await read(path, options, 'js');
      const got = await read(path, options, 'wasm');
      expect(got).toEqual(want);
      compared += want.batches.length;
    }
    expect(compared).toBeGreaterThan(0);
  });

  test.each([
    ['every column kept', { batchRows: 500 }],
    ['a float32 matrix beside the text columns', { batchRows: 333, featureMatrix: { exclude: ['t0', 't1', 't2', 't3', 't4', 't5'], type: 'float32' as const } }],
    ['small batches, recycled arrays', { batchRows: 61, reuseBatches: true, reportIssues: true }],
  ])('rows with text cells are placed and read as record by record, codes and all: %s', async (_name, options: Options) => {
    // the kinds of kept column a plain row may now carry, beside numbers: categories (coded),
    // numbers that turn text mid-file, texts past the interner's 64 bytes or 4,096 values,
    // empty cells, numbers only parseDecimal settles, a CR at the end of the file's last cell
    const next = rng(4242 + (options.batchRows ?? 0));
    for (let file = 0; file < 6; file++) {
      const rows = 1500 + Math.floor(next() * 3000);
      const turn = Math.floor(next() * rows);
      const lines = ['n0,t0,t1,t2,t3,t4,t5,n1'];
      for (let r = 0; r < rows; r++) {
        const roll = next();
        const category = roll < 0.02 ? '' : `cat${Math.floor(next() * 12)}`;
        const mixed = r < turn ? String(Math.round(next() * 1e4) / 100) : next() < 0.5 ? 'n/a' : String(r);
        const long = `${'x'.repeat(60 + Math.floor(next() * 10))}${Math.floor(next() * 5)}`;
        const many = `id${Math.floor(next() * 9000)}`;
        const odd = next() < 0.3 ? pick(next, ['1e400', '12345678901234567890123', '0x10', 'inf', '-0', '', ' 7 ', '1_000', 'NaN']) : String(next() * 100);
        const numberOrBlank = roll < 0.05 ? '' : String(Math.round(next() * 1e6) / 1e3);
        lines.push([String(r), category, mixed, long, many, odd, `${Math.floor(next() * 3)}`, numberOrBlank].join(','));
      }
      const crlf = next() < 0.5;
      let text = lines.join(crlf ? '\r\n' : '\n');
      // a final line break, or none (with CRLF lines: a last cell that ends in a CR, which is no part of it)
      text += next() < 0.5 ? (crlf ? '\r\n' : '\n') : crlf ? '\r' : '';
      const path = join(dir, `text-${file}.csv`);
      writeFileSync(path, text);
      const want = await read(path, options, 'js');
      const got = await read(path, options, 'wasm');
      expect(got).toEqual(want);
      expect(got.batches.length).toBeGreaterThan(1);
    }
  });

  test("the scanner codes a kept column's cells of the texts kept in its table, and only those", () => {
    // ten kept columns: the first eight get a table at their first text, the ninth and tenth none
    const width = 10;
    const scanner = new CsvWasmScanner(0x2c, instantiateCsvScan()!);
    const rows = PlainRows.plan(scanner, width, Array.from({ length: width }, (_, k) => k), [], 'float32', false)!;
    const known = Buffer.from('red,green,"blue"');
    for (let c = 0; c < width; c++) {
      rows.keepText(c, 3, known, 0, 3); // red
      rows.keepText(c, 5, known, 4, 9); // green
      rows.keepText(c, 8, known, 11, 15); // blue, a quoted cell's bytes
    }
    rows.keepText(0, 9, Buffer.from('x'.repeat(65)), 0, 65); // longer than a table keeps: not kept
    const line = (cells: string[]) => cells.join(',');
    const data = Buffer.from(
      [line(Array(width).fill('red')), line(Array(width).fill('blue')), line(['green', 'gree', '', '12', 'greens', 'x'.repeat(65), 'red', 'Red', 'red', 'green'])].join('\n') + '\n',
    );
    expect(rows.scan(data, 0, true, 10, 1)).toBe(data.length);
    const placed = scanner.placedRows;
    expect(placed.rows).toBe(3);
    const codes = (c: number) => Array.from({ length: 3 }, (_, r) => placed.keptCodes[c * placed.capacity + r]);
    expect(Array.from(placed.coded)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
    expect(Array.from({ length: 8 }, (_, c) => codes(c))).toEqual([
      [3, 8, 5],
      [3, 8, -1], // gree: not a kept text
      [3, 8, -1], // empty
      [3, 8, -1], // a number
      [3, 8, -1], // greens
      [3, 8, -1], // past the longest kept
      [3, 8, 3],
      [3, 8, -1], // Red: bytes, not letters
    ]);
    expect(Array.from(placed.uncoded.subarray(0, 8))).toEqual([0, 1, 1, 1, 1, 1, 0, 1]);
    // cells neither settled numbers nor empty, coded or not: all but the empty cell and the number
    expect(Array.from(placed.textCells)).toEqual([3, 3, 2, 2, 3, 3, 3, 3, 3, 3]);
    // a column whose interner is full stops being coded
    rows.stopCoding(6);
    rows.keepText(6, 4, known, 0, 3);
    expect(rows.scan(data, 0, true, 10, 1)).toBe(data.length);
    expect(Array.from(scanner.placedRows.coded)).toEqual([1, 1, 1, 1, 1, 1, 0, 1, 0, 0]);
  });

  test.each([
    ['every column kept', { batchRows: 400 }],
    ['recycled arrays', { batchRows: 97, reuseBatches: true, reportIssues: true }],
  ])('many categorical columns, some quoted, some past the tables, sparse ones: the same read as record by record, codes and all: %s', async (_name, options: Options) => {
    // twelve categorical columns (more than there are tables), categories quoted now and then (the
    // record path keeps them, the scanner codes their plain spellings after), a column of many
    // values (its table fills, then its interner) and categories that read as numbers
    const next = rng(99 + (options.batchRows ?? 0));
    for (let file = 0; file < 4; file++) {
      const rows = 2000 + Math.floor(next() * 3000);
      // and two columns mostly empty: one of numbers, one of numbers that turns text halfway
      const lines = [['n', ...Array.from({ length: 12 }, (_, k) => `k${k}`), 'e0', 'e1'].join(',')];
      for (let r = 0; r < rows; r++) {
        const sparse = (late: boolean) => (next() < 0.9 ? '' : late && r > rows / 2 ? `t${r % 3}` : String(r / 4));
        const cells = Array.from({ length: 12 }, (_, k) => {
          if (k === 11) return `v${Math.floor(next() * 6000)}`;
          const roll = next();
          if (roll < 0.01) return '';
          const value = k === 10 && roll < 0.2 ? String(Math.floor(next() * 5)) : `c${k}_${Math.floor(next() * (3 + k * 40))}`;
          return roll > 0.97 ? `"${value}"` : value;
        });
        lines.push([String(next()), ...cells, sparse(false), sparse(true)].join(','));
      }
      const path = join(dir, `categories-${file}.csv`);
      writeFileSync(path, `${lines.join('\n')}\n`);
      const want = await read(path, options, 'js');
      // runs of cells the scanner coded itself are taken whole: counted, so that a read whose
      // codes all came from the record path (the scanner coding nothing) fails here
      const addCodes = ColumnBuilder.prototype.addCodes;
      let scannerCoded = 0;
      ColumnBuilder.prototype.addCodes = function (codes, dictionary) {
        const taken = addCodes.call(this, codes, dictionary);
        if (taken) scannerCoded += codes.length;
        return taken;
      };
      let got;
      try {
        got = await read(path, options, 'wasm');
      } finally {
        ColumnBuilder.prototype.addCodes = addCodes;
      }
      expect(got).toEqual(want);
      expect(got.batches.some((b) => b.codes.filter((c) => c !== null).length >= 11)).toBe(true);
      expect(scannerCoded).toBeGreaterThan(0);
    }
  });

  test('rows that are never plain (an empty column), then plain ones: the same read as record by record', async () => {
    const lines = ['c0,c1,c2'];
    for (let r = 0; r < 3000; r++) lines.push(`${r % 2},,${r / 4}`);
    for (let r = 0; r < 3000; r++) lines.push(`${r % 2},${r * 3},${r / 4}`);
    const path = join(dir, 'empty-column.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const options = { batchRows: 700, featureMatrix: { exclude: ['c0'], type: 'float32' as const } };
    const want = await read(path, options, 'js');
    expect(want.batches.length).toBe(9);
    expect(await read(path, options, 'wasm')).toEqual(want);
  });

  test('a ragged row among plain ones stops the read with the same error, naming its line', async () => {
    const lines = ['c0,c1,c2'];
    for (let r = 0; r < 5000; r++) lines.push(`${r % 2},${r / 8},${r * 3}`);
    lines.splice(4321, 0, '1,2.5,3,4');
    const path = join(dir, 'long-row.csv');
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    const options = { batchRows: 1000, featureMatrix: { exclude: ['c0'], type: 'float32' as const } };
    const want = await read(path, options, 'js');
    const got = await read(path, options, 'wasm');
    expect(want.error).toMatchObject({ where: `${path}:4322` });
    expect(got).toEqual(want);
  });
});
