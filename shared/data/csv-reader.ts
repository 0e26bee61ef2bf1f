import { BatchBuilder, type SpareArrays } from './batch.js';
import type { ColumnBuilder } from './column-builder.js';
import { FLOAT32_MAX, FeatureMatrixBuilder, splitMatrixColumns } from './feature-matrix.js';
import { STOP, readBlocks } from './block-reader.js';
import { LF, bomLength } from './bytes.js';
import { checkHeader, delimiterByte, selectColumns } from './csv-header.js';
import { AS_WRITTEN, type CsvRecordScanner, ESCAPED_QUOTES, decodeCell } from './csv-scanner.js';
import { PlainRows, type PlacedCellReader } from './csv-plain-rows.js';
import { CsvWasmScanner, createCsvScanner } from './csv-wasm-scanner.js';
import { emptyFileError, noRowsError, openTextDataFile } from './data-file.js';
import { isBlank, parseDecimal } from './decimal.js';
import { DEFAULT_MAX_RECORD_BYTES, type StreamOptions } from './read-options.js';
import type { Table } from './table.js';
import { TextInterner } from './text-interner.js';
import { TextReader } from './text-reader.js';

export interface CsvScanOptions extends StreamOptions {
  delimiter: string;
  batchRows: number;
  /** columns to keep as text even where cells read as numbers (keeps their spelling) */
  textColumns?: ReadonlySet<string>;
  /** read from this record on (found by locateCsvRows), after reading the header from the top */
  start?: CsvStart;
  /** stop before this byte offset (the start of a later record), as if the file ended there */
  end?: number;
  /** with `start`: the file's header as an earlier read of it found it, so that it is not read again */
  header?: string[];
  /** arrays to fill instead of new ones (a worker thread's shared memory); taken before those of reuseBatches */
  spare?: SpareArrays;
}

/** A record boundary to start reading at: its byte offset and the line it starts on. */
export interface CsvStart {
  offset: number;
  line: number;
}

export interface CsvScanResult {
  /** every column in the header, in file order */
  header: string[];
  rowCount: number;
  /** columns that turned to text after holding numbers, in any batch */
  mixedColumns: Set<string>;
}

/** Columns start no larger than this; past it they grow as they fill (a guess is no reason to take gigabytes). */
const MAX_INITIAL_ROWS = 1 << 22;

/** Reads a CSV file in bounded memory, handing rows to `onBatch` a batch at a time. */
export async function scanCsvFile(path: string, options: CsvScanOptions): Promise<CsvScanResult> {
  const file = await openTextDataFile(path, options.onBytes);
  try {
    const reader = new CsvReader(path, options, file.size);
    const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
    const start = options.start;
    if (start) {
      // a compressed stream has no offsets to start at; the callers that split files skip gzip
      if (file.gzip) throw new Error(`${path} is gzip-compressed and can only be read from its start`);
      // the header first, then the records from the start on, as if the file began there
      if (options.header) reader.useHeader(options.header, 1);
      else await readBlocks(file.source, reader.headerReader(), maxRecordBytes, { path });
      reader.skipTo(start.line);
      await readBlocks(file.source, reader, maxRecordBytes, { path, from: start.offset, to: options.end });
    } else {
      await readBlocks(file.source, reader, maxRecordBytes, { path, to: options.end });
    }
    return reader.result();
  } finally {
    await file.close();
  }
}

class CsvReader extends TextReader implements PlacedCellReader {
  private readonly scanner: CsvRecordScanner;
  private header: string[] | undefined;
  private columnIndexes: number[] = [];
  /** with a feature matrix: the file's columns that go to it, and where they go */
  private matrixIndexes: number[] = [];
  private matrix: FeatureMatrixBuilder | undefined;
  /** the names of the matrix's columns, when the read builds one */
  private matrixColumns: string[] | undefined;
  /** per kept column, its texts so far (for the whole read: categories repeat across batches); made at a column's first text cell */
  private interners: (TextInterner | undefined)[] = [];
  private readonly mixedColumns = new Set<string>();
  private batchCapacity = 1024;
  private sized = false;
  /** reading the header only (of a reader that starts further on) */
  private headerOnly = false;
  private readonly spare: SpareArrays | undefined;
  /** per kept column: whether it was text in the last batch (its next builder makes no room for numbers ahead) */
  private textBefore: boolean[] | undefined;
  /** plain rows many at a time, once the header is known (when the scanner can) */
  private plainRows: PlainRows | undefined;

  constructor(
    source: string,
    private readonly options: CsvScanOptions,
    private readonly fileSize: number,
  ) {
    super(source, options);
    this.scanner = createCsvScanner(delimiterByte(options.delimiter, source));
    this.spare = options.spare ?? this.queue.spare;
  }

  consume(buf: Buffer, offset: number, eof: boolean): number {
    let pos = 0;
    if (offset === 0) {
      if (buf.length < 3 && !eof) return 0;
      pos = bomLength(buf);
    }
    if (!this.sized) {
      this.batchCapacity = this.estimateRows(buf);
      this.sized = true;
    }
    // the bytes after the header belong to the other readers of the file
    if (!this.headerOnly) this.utf8.check(buf, offset, pos, this.line, eof);
    const scanner = this.scanner;
    while (pos < buf.length) {
      // bad bytes are reported as their lines are reached, which the record path does
      if (this.plainRows && !this.headerOnly && !this.utf8.hasPending) {
        const after = this.placePlainRows(this.plainRows, buf, pos, eof);
        if (after !== pos) {
          pos = after;
          if (this.reachedMaxRows()) return STOP;
          continue;
        }
      }
      const next = scanner.scan(buf, pos, eof);
      if (next < 0) break;
      const line = this.line;
      this.line += scanner.innerNewlines + 1;
      pos = next;
      if (this.utf8.hasPending) this.utf8.reportThrough(this.line - 1);
      if (scanner.unterminatedQuote) this.issues.report('unterminated-quote', line, `the quoted cell opened on line ${line} of ${this.source} is never closed`);
      if (scanner.isBlankRecord()) continue;
      if (!this.header) {
        this.readHeader(buf, line);
        if (this.headerOnly) return STOP;
      } else {
        this.addRow(buf, line);
        if (this.reachedMaxRows()) return STOP;
      }
    }
    if (eof) this.endOfFile();
    return pos;
  }

  /** this reader, set to read the header and stop */
  headerReader(): this {
    this.headerOnly = true;
    return this;
  }

  /** after the header: goes on at the record that starts on `line` */
  skipTo(line: number): void {
    if (!this.header) throw emptyFileError(this.source);
    this.headerOnly = false;
    this.line = line;
  }

  result(): CsvScanResult {
    if (!this.header) throw emptyFileError(this.source);
    if (this.rowCount === 0 && this.maxRows > 0 && !this.options.start) throw noRowsError(this.source, 'a header line');
    return { header: this.header, rowCount: this.rowCount, mixedColumns: this.mixedColumns };
  }

  private readHeader(buf: Buffer, line: number): void {
    const { starts, ends, flags, cellCount } = this.scanner;
    const names: string[] = [];
    for (let k = 0; k < cellCount; k++) names.push(decodeCell(buf, starts[k]!, ends[k]!, flags[k]!));
    this.useHeader(names, line);
  }

  /** the column names read from the header line (at `line`), or given by the caller */
  useHeader(names: string[], line: number): void {
    checkHeader(names, this.options.delimiter, this.source, line);
    this.header = names;
    this.columnIndexes = selectColumns(names, this.options.columns, this.source);
    // Each batch gets a matrix of its own rows (a streamed evaluation's memory is one batch's).
    const request = this.options.featureMatrix;
    if (request) {
      const read = this.columnIndexes;
      const { kept, matrix } = splitMatrixColumns(read.map((k) => names[k]!), request);
      if (matrix.length > 0) {
        this.columnIndexes = kept.map((i) => read[i]!);
        this.matrixIndexes = matrix.map((i) => read[i]!);
        this.matrixColumns = matrix.map((i) => names[read[i]!]!);
      }
    }
    this.interners = this.columnIndexes.map(() => undefined);
    if (this.scanner instanceof CsvWasmScanner) {
      const asText = this.options.textColumns;
      const keptAsText = !!asText && this.columnIndexes.some((k) => asText.has(names[k]!));
      this.plainRows = PlainRows.plan(this.scanner, names.length, this.columnIndexes, this.matrixIndexes, request?.type ?? 'float32', keptAsText);
    }
  }

  /** rows from `pos` that the scanner placed itself (csv-plain-rows.ts); returns the offset after them */
  private placePlainRows(plain: PlainRows, buf: Buffer, pos: number, eof: boolean): number {
    const room = Math.min(this.options.batchRows - (this.batch?.rows ?? 0), this.maxRows - this.rowCount);
    const before = this.batch;
    const after = plain.scan(buf, pos, eof, room, this.line, (c) => before?.builders[c]?.isText === true);
    const rows = plain.rows;
    if (after === pos || rows === 0) return pos;
    // the batch and matrix are made when a row comes: a matrix takes one of a reading thread's memory slots
    const batch = this.openBatch();
    plain.copyInto(buf, batch, this.matrixColumns ? this.openMatrix() : undefined, this);
    this.rowCount += rows;
    this.line = plain.lineAfter;
    if (batch.rows >= this.options.batchRows) this.endBatch();
    return after;
  }

  private openBatch(): BatchBuilder {
    return (this.batch ??= new BatchBuilder(this.source, 'csv', this.columnIndexes.map((k) => this.header![k]!), this.options.textColumns, true, this.batchCapacity, this.spare, this.textBefore));
  }

  private openMatrix(): FeatureMatrixBuilder {
    if (!this.matrix) {
      this.matrix = new FeatureMatrixBuilder(this.matrixColumns!, this.options.featureMatrix!.type, this.batchCapacity, this.spare);
      // every cell goes through matrixCell unless the scanner settled it (a plain decimal, finite in float32)
      this.matrix.vouchesFinite = true;
    }
    return this.matrix;
  }

  private addRow(buf: Buffer, line: number): void {
    const scanner = this.scanner;
    const cellCount = scanner.cellCount;
    const width = this.header!.length;
    if (cellCount !== width) {
      this.issues.report(cellCount < width ? 'short-row' : 'long-row', line, `line ${line} of ${this.source} has ${cellCount} cells but the header has ${width} columns`);
    }
    const batch = this.openBatch();
    const numbers = scanner.numbers;
    const builders = batch.builders;
    const indexes = this.columnIndexes;
    if (cellCount >= width) {
      // every kept column has a cell (the common case): no check for cells past the row's end
      for (let c = 0; c < indexes.length; c++) {
        const builder = builders[c]!;
        const value = numbers[indexes[c]!]!;
        // the common case, settled by the scanner: a plain decimal in a numeric column
        if (value === value && builder.tryAddNumber(value)) continue;
        this.addCell(buf, builder, c, indexes[c]!, cellCount);
      }
    } else {
      for (let c = 0; c < indexes.length; c++) {
        const k = indexes[c]!;
        if (k < cellCount && numbers[k]! === numbers[k]! && builders[c]!.tryAddNumber(numbers[k]!)) continue;
        this.addCell(buf, builders[c]!, c, k, cellCount);
      }
    }
    if (this.matrixColumns) this.addMatrixCells(buf, this.openMatrix(), cellCount);
    batch.endRow(line);
    this.rowCount++;
    if (batch.rows >= this.options.batchRows) this.endBatch();
  }

  /** the row's features, each in its place in the matrix row: what a numeric column would hold */
  private addMatrixCells(buf: Buffer, matrix: FeatureMatrixBuilder, cellCount: number): void {
    // the row's place in this batch (addRow counts it when the row ends)
    const row = this.batch!.rows;
    matrix.reserve(row);
    const data = matrix.data;
    const numbers = this.scanner.numbers;
    const indexes = this.matrixIndexes;
    const offset = row * indexes.length;
    for (let j = 0; j < indexes.length; j++) {
      const k = indexes[j]!;
      const value = numbers[k]!;
      // the common case, settled by the scanner: a plain decimal
      data[offset + j] = value === value && k < cellCount ? value : this.matrixCell(buf, matrix, j, k, cellCount, row);
    }
  }

  /** a feature cell the scanner did not settle: a number it left to parseDecimal, missing (NaN), or text (noted) */
  private matrixCell(buf: Buffer, matrix: FeatureMatrixBuilder, j: number, k: number, cellCount: number, row: number): number {
    const value = this.cellNumber(buf, k, cellCount);
    if (value !== undefined) {
      if (!(Math.abs(value) <= FLOAT32_MAX) && value === value) matrix.noteOutOfRange();
      return value;
    }
    const { starts, ends, flags } = this.scanner;
    matrix.noteText(j, row, decodeCell(buf, starts[k]!, ends[k]!, flags[k]!));
    return NaN;
  }

  private addCell(buf: Buffer, builder: ColumnBuilder, c: number, k: number, cellCount: number): void {
    if (k >= cellCount) builder.addMissing();
    else {
      const { starts, ends, flags, numbers } = this.scanner;
      this.readCell(buf, builder, c, starts[k]!, ends[k]!, flags[k]!, numbers[k]!);
    }
  }

  /** a kept cell of a plain row the scanner placed (csv-plain-rows.ts): unquoted, read as any other */
  readPlacedCell(buf: Buffer, builder: ColumnBuilder, c: number, start: number, end: number, scanned: number, hash: number): void {
    // In a text column every cell but a blank one is kept as its text: one seen before needs no
    // parse to tell whether it reads as a number (its interner noted that when it kept it).
    if (builder.isText && start !== end) {
      const interner = this.interners[c];
      // the scanner hashed the cell's bytes where it settled no number
      const code = interner ? (scanned === scanned ? interner.find(buf, start, end) : interner.find(buf, start, end, hash)) : -1;
      if (code >= 0) {
        builder.addCoded(code, interner!.dictionary, interner!.readsAsNumber(code));
        return;
      }
    }
    this.readCell(buf, builder, c, start, end, 0, scanned);
  }

  /** the cell at buf[start, end) into kept column c: a number, missing, or text */
  private readCell(buf: Buffer, builder: ColumnBuilder, c: number, start: number, end: number, flags: number, scanned: number): void {
    const value = cellValue(buf, start, end, flags, scanned);
    if (value === undefined || (builder.isText && value === value)) this.addTextCell(buf, builder, c, start, end, flags, value !== undefined);
    else if (value === value) builder.addNumber(value);
    else builder.addMissing();
  }

  /** the cell k of the record as a numeric column holds it (see cellValue); NaN past the record's end */
  private cellNumber(buf: Buffer, k: number, cellCount: number): number | undefined {
    if (k >= cellCount) return NaN;
    const { starts, ends, flags, numbers } = this.scanner;
    return cellValue(buf, starts[k]!, ends[k]!, flags[k]!, numbers[k]!);
  }

  /** a text cell (or a number in a column that is text already), coded where its column's texts repeat */
  private addTextCell(buf: Buffer, builder: ColumnBuilder, c: number, start: number, end: number, flags: number, readsAsNumber: boolean): void {
    const interner = (this.interners[c] ??= new TextInterner());
    const known = interner.dictionary.length;
    const code = interner.code(buf, start, end, flags);
    if (code >= 0) {
      interner.noteReadsAsNumber(code, readsAsNumber);
      // a new text: the scanner codes its next placed cells itself (their bytes are the code's:
      // `code` takes no escaped quotes); a known one is in its table already (both start empty, at the header)
      if (code === known && !readsAsNumber) this.plainRows?.keepText(c, code, buf, start, end);
      builder.addCoded(code, interner.dictionary, readsAsNumber);
    } else {
      if (interner.isFull) this.plainRows?.stopCoding(c);
      builder.addText(decodeCell(buf, start, end, flags), readsAsNumber);
    }
  }

  /** see PlacedCellReader.codedDictionary */
  codedDictionary(c: number): readonly string[] | undefined {
    const interner = this.interners[c];
    return interner && !interner.isFull ? interner.dictionary : undefined;
  }

  protected finishBatch(batch: BatchBuilder): Table {
    for (const name of batch.mixedColumns()) this.mixedColumns.add(name);
    this.textBefore = batch.builders.map((b) => b.isText);
    const table = batch.finish();
    if (this.matrix) {
      table.featureMatrix = this.matrix.finish(table.rowCount);
      // the next batch's rows go to a matrix of its own (made at its first row): a batch handed on may not have been read yet
      this.matrix = undefined;
    }
    return table;
  }

  /** Rows in a batch, judged from the line lengths at the start of the file: sizes the columns once. */
  private estimateRows(buf: Buffer): number {
    const sample = Math.min(buf.length, 1 << 20);
    const cap = Math.min(this.options.batchRows, this.maxRows, MAX_INITIAL_ROWS);
    const rowsFor = (lines: number) => (lines > 1 ? Math.ceil((this.fileSize / (sample / lines)) * 1.02) + 16 : 1024);
    // Counted only as far as the estimate stays under the cap: more lines only raise it, so the
    // answer is the full count's. On a large file that is a few dozen lines of the sample's
    // thousands, which the first block otherwise walks before V8 has optimised anything.
    let lines = 0;
    for (let i = buf.indexOf(LF, 0); i >= 0 && i < sample; i = buf.indexOf(LF, i + 1)) {
      lines++;
      if (lines > 1 && rowsFor(lines) >= cap) break;
    }
    return Math.max(16, Math.min(rowsFor(lines), cap));
  }
}

/**
 * A cell as a numeric column holds it: its number, NaN when it is missing or blank, undefined when
 * it is text. `scanned` is the scanner's value (NaN when it left the cell to parseDecimal). The one
 * rule for what a cell is, for the columns and the feature matrix, record by record or placed.
 */
function cellValue(buf: Buffer, start: number, end: number, flags: number, scanned: number): number | undefined {
  if (start === end) return NaN;
  if (scanned === scanned) return scanned;
  const value = flags & (ESCAPED_QUOTES | AS_WRITTEN) ? NaN : parseDecimal(buf, start, end);
  return value === value || isBlank(buf, start, end) ? value : undefined;
}
