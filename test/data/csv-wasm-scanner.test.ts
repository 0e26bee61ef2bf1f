import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CsvRecordScanner } from '../../shared/data/csv-scanner.js';
import { CsvWasmScanner, createCsvScanner } from '../../shared/data/csv-wasm-scanner.js';
import { instantiateCsvScan } from '../../shared/data/csv-scan-module.js';
import { parseDecimal } from '../../shared/data/decimal.js';
import { rng } from '../../bench/xorshift.mjs';

// The WebAssembly scanner against the JavaScript one it stands in for (CsvRecordScanner, the
// reference): random CSV bytes from a seeded generator, fed in random pieces as the block reader
// feeds them, every record compared field by field. Numbers: where the reference settles a value
// the new scanner settles the same; where it settles one the reference left to parseDecimal, the
// value is parseDecimal's and Number()'s.

const NUMBERS = ['0', '-0', '7', '+7', '42', '-42', '3.25', '-3.25', '.5', '-.5', '5.', '0.1', '0.000258407', '676.241', '123456789', '1234567890', '12345678901234', '123456789012345', '1234567890123456', '9007199254740993', '12345678901234567890', '0.30000000000000004', '1e5', '1E-3', '-2.5e+10', '1e22', '1e23', '4.9e-324', '1.7976931348623157e308', '2e308', '1e', '1e+', '1.2.3', '--1', '-', '.', '1-', '0x10', 'Infinity', '-Infinity', 'NaN', '1_000', ' 12', '12 ', '00012.500', '99999999999999999999999'];
const TEXTS = ['cat0', 'cat17', 'yes', 'e', 'E5', 'naïve', 'x y', '', '', ''];
const BAD_UTF8 = [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xef, 0xbb, 0xbf]];

/** bytes of a CSV-ish file: mostly well-formed, with every kind of oddity now and then */
function randomCsv(next: () => number, delimiter: string): Buffer {
  const parts: (string | number[])[] = [];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const records = 1 + Math.floor(next() * 30);
  const width = 1 + Math.floor(next() * (next() < 0.1 ? 90 : 8));
  for (let r = 0; r < records; r++) {
    const cells = next() < 0.1 ? Math.floor(next() * (width + 3)) : width;
    for (let c = 0; c < cells; c++) {
      if (c > 0) parts.push(delimiter);
      const kind = next();
      if (kind < 0.45) parts.push(pick(NUMBERS));
      else if (kind < 0.55) parts.push(String(Math.floor(next() * 1e6) / 10 ** Math.floor(next() * 8)));
      else if (kind < 0.7) parts.push(pick(TEXTS));
      else if (kind < 0.85) {
        // quoted: delimiters, doubled quotes, line breaks inside; sometimes text after the close
        let inner = '';
        const pieces = Math.floor(next() * 5);
        for (let k = 0; k < pieces; k++) inner += pick(['a', delimiter, '""', '\n', '\r\n', '\r', '12', ' ']);
        parts.push(`"${inner}"${next() < 0.1 ? pick(['x', ' ', '"', '5']) : ''}`);
      } else if (kind < 0.9) parts.push(pick(BAD_UTF8));
      else if (kind < 0.95) parts.push(pick(['\r', '"', 'a"b', ' ', '\t']));
      else parts.push('x'.repeat(Math.floor(next() * 40)) + pick(NUMBERS));
    }
    if (r < records - 1 || next() < 0.7) parts.push(pick(['\n', '\n', '\r\n', '\n\n', '\r\n\r\n', '\r']));
  }
  if (next() < 0.05) parts.push('"never closed\n1,2');
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
}

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
