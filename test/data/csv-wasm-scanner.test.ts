import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CsvRecordScanner } from '../../shared/data/csv-scanner.js';
import { CsvWasmScanner, createCsvScanner } from '../../shared/data/csv-wasm-scanner.js';
import { instantiateCsvScan } from '../../shared/data/csv-scan-module.js';
import { parseDecimal } from '../../shared/data/decimal.js';
import { rng } from '../../bench/xorshift.mjs';
import { randomCsv } from './random-csv.js';

// The WebAssembly scanner against the JavaScript one it stands in for (CsvRecordScanner, the
// reference): random CSV bytes from a seeded generator, fed in random pieces as the block reader
// feeds them, every record compared field by field. Numbers: where the reference settles a value
// the new scanner settles the same; where it settles one the reference left to parseDecimal, the
// value is parseDecimal's and Number()'s.

interface Record {
  next: number;
  cells?: { start: number; end: number; flags: number; number: number }[];
  innerNewlines?: number;
  unterminatedQuote?: boolean;
  blank?: boolean;
}

function take(scanner: CsvRecordScanner, buf: Buffer, pos: number, eof: boolean): Record {
  const next = scanner.scan(buf, pos, eof);
  if (next < 0) return { next };
  const cells = [];
  for (let k = 0; k < scanner.cellCount; k++) cells.push({ start: scanner.starts[k]!, end: scanner.ends[k]!, flags: scanner.flags[k]!, number: scanner.numbers[k]! });
  return { next, cells, innerNewlines: scanner.innerNewlines, unterminatedQuote: scanner.unterminatedQuote, blank: scanner.isBlankRecord() };
}

/** Both scanners over `data` in random pieces (a fresh Buffer object per piece, as readBlocks gives); the records compared. */
function compare(data: Buffer, delimiter: number, next: () => number, windowBytes: number): number {
  const reference = new CsvRecordScanner(delimiter);
  const scanner = new CsvWasmScanner(delimiter, instantiateCsvScan()!, windowBytes);
  let consumed = 0;
  let available = 0;
  let records = 0;
  while (consumed < data.length) {
    available = Math.min(data.length, available + 1 + Math.floor(next() * 300));
    const eof = available === data.length;
    const buf = Buffer.from(data.subarray(consumed, available));
    let pos = 0;
    while (pos < buf.length) {
      const want = take(reference, buf, pos, eof);
      const got = take(scanner, buf, pos, eof);
      const where = `record at byte ${consumed + pos} of ${JSON.stringify(data.toString('latin1'))}`;
      if (want.next < 0 || got.next < 0) {
        expect({ where, next: got.next }).toEqual({ where, next: want.next });
        break;
      }
      const wanted = { ...want, cells: want.cells!.map((c) => ({ ...c, number: undefined })) };
      expect({ where, ...got, cells: got.cells!.map((c) => ({ ...c, number: undefined })) }).toEqual({ where, ...wanted });
      got.cells!.forEach((cell, k) => {
        const old = want.cells![k]!.number;
        const text = buf.toString('latin1', cell.start, cell.end);
        if (old === old) expect({ where, text, number: cell.number }).toEqual({ where, text, number: old });
        else if (cell.number === cell.number) {
          // settled where the reference was not: exactly what the slow path and Number() give
          expect({ where, text, flags: cell.flags, number: cell.number }).toEqual({ where, text, flags: 0, number: parseDecimal(buf, cell.start, cell.end) });
          expect(Object.is(cell.number, Number(text))).toBe(true);
        }
      });
      pos = want.next;
      records++;
    }
    consumed += pos;
  }
  return records;
}

describe('the WebAssembly record scanner', () => {
  test('the embedded bytes are a fresh compile of assembly/csv-scan.ts', () => {
    // exits non-zero with a message when shared/data/csv-scan-wasm.ts is stale
    execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'build-wasm.mjs'), '--check'], { stdio: 'pipe' });
  });

  test('this engine runs it, and readers get it', () => {
    expect(instantiateCsvScan()).not.toBeNull();
    expect(createCsvScanner(0x2c)).toBeInstanceOf(CsvWasmScanner);
  });

  test.each([
    ['comma, windows of 16 bytes', ',', 16],
    ['comma, windows of 256 KiB', ',', 256 * 1024],
    ['semicolon, windows of 40 bytes', ';', 40],
    ['tab, windows of 1 KiB', '\t', 1024],
  ])('gives what CsvRecordScanner gives on 250 random files (%s)', (_name, delimiter, windowBytes) => {
    const next = rng(20261205 + windowBytes);
    let records = 0;
    for (let file = 0; file < 250; file++) records += compare(randomCsv(next, delimiter), delimiter.charCodeAt(0), next, windowBytes);
    expect(records).toBeGreaterThan(1500);
  });

  test('random decimals settle to exactly Number() of their text, or are left to parseDecimal', () => {
    const next = rng(7);
    const lines: string[] = [];
    for (let k = 0; k < 20000; k++) {
      const digits = 1 + Math.floor(next() * 20);
      let text = '';
      for (let d = 0; d < digits; d++) text += String(Math.floor(next() * 10));
      const dot = Math.floor(next() * (digits + 2));
      if (dot <= digits) text = `${text.slice(0, dot)}.${text.slice(dot)}`;
      if (next() < 0.3) text = `-${text}`;
      if (next() < 0.2) text += `e${next() < 0.5 ? '-' : ''}${Math.floor(next() * 30)}`;
      lines.push(text);
    }
    const data = Buffer.from(`${lines.join('\n')}\n`);
    const scanner = new CsvWasmScanner(0x2c, instantiateCsvScan()!);
    let pos = 0;
    let settled = 0;
    for (const text of lines) {
      pos = scanner.scan(data, pos, true);
      const value = scanner.numbers[0]!;
      if (value === value) {
        settled++;
        expect({ text, value }).toEqual({ text, value: Number(text) });
        expect(Object.is(value, Number(text))).toBe(true);
      }
    }
    // most of them take the fast path: up to 19 digits, exact below 2^53 with a power of ten up to 22
    expect(settled).toBeGreaterThan(10000);
  });

  test('a record of 1,000 cells grows the cell arrays in the module memory', () => {
    const line = Array.from({ length: 1000 }, (_, k) => String(k / 8)).join(',');
    const data = Buffer.from(`${line}\n${line}\n`);
    const scanner = createCsvScanner(0x2c);
    expect(scanner.scan(data, 0, true)).toBe(line.length + 1);
    expect(scanner.cellCount).toBe(1000);
    expect(Array.from(scanner.numbers.subarray(0, 1000))).toEqual(line.split(',').map(Number));
    expect(scanner.scan(data, line.length + 1, true)).toBe(data.length);
    expect(scanner.starts[999]).toBe(line.length + 1 + line.lastIndexOf(',') + 1);
  });
});
