import { CsvRecordScanner } from './csv-scanner.js';
import { instantiateCsvScan, type CsvScanExports } from './csv-scan-module.js';
import { textHash } from './text-interner.js';

/** Where the module's own static data ends (assembly/csv-scan.ts has a few hundred bytes of it). */
const LAYOUT_BASE = 65536;
const PAGE = 65536;
/** bytes of the buffer copied into the module at a time, unless one record needs more */
const WINDOW = 256 * 1024;
const INCOMPLETE = -1;
/** the longest text a text table keeps, and the bytes the module has for one to keep (TEXT_HASH_BYTES, TEXT_STAGING in assembly/csv-scan.ts) */
const TEXT_STAGING = 64;
const CELLS_FULL = -2;
/** room in the module for the rows scanRows places (with the plan), between the cells and the input */
const ROW_BYTES = 512 * 1024;
/** rows placed in one call at most: enough to make the call's cost nothing a row */
const MAX_ROWS_A_CALL = 4096;
/** why scanRows stopped (assembly/csv-scan.ts) */
const STOP_INPUT = 2;

/** Where scanRows places each column of the file (see PlainRows): a matrix column, a kept column, or nowhere. */
export interface RowPlan {
  /** per column of the file: its matrix column (>= 0), kept column c as -2 - c, or -1 when it is not read */
  places: Int32Array;
  matrixWidth: number;
  matrixType: 'float32' | 'float64';
  keptColumns: number;
}

/** The rows one scanRows call placed, as views of the module's memory (valid until the next call). */
export interface PlacedRows {
  rows: number;
  /** rows × matrixWidth cells, row-major */
  matrix: Float32Array | Float64Array;
  /** kept column c's values are kept[c * capacity + row]: NaN where the cell is empty, text or a number left to parseDecimal */
  kept: Float64Array;
  /**
   * where each kept cell starts and ends in the buffer scanned (same indexes as `kept`); no kept cell
   * is quoted. Stale for a settled number in a column that held no text (see markTextColumns) and
   * had no text cell before it in the call: such a cell is read as its number, never by its bytes.
   */
  keptStarts: Int32Array;
  keptEnds: Int32Array;
  /** where kept[i] is NaN and the cell at most 64 bytes: textHash of its bytes (text-interner.ts); elsewhere stale */
  keptHashes: Int32Array;
  /** per kept column: how many cells placed are not settled numbers (0: every one is) */
  unsettled: Int32Array;
  /** per kept column: whether the scanner looked its cells up in a text table (see keepText) in the call that placed these rows */
  coded: Uint8Array;
  /** where `coded`: each cell's code in its column's TextInterner, or -1 when the table had none for it (same indexes as `kept`) */
  keptCodes: Int32Array;
  /** where `coded`: how many of the column's cells placed got -1 */
  uncoded: Int32Array;
  /** per kept column: how many cells placed are neither a settled number nor empty (0: every unsettled cell is missing) */
  textCells: Int32Array;
  capacity: number;
  lines: Int32Array;
  /** the line after the rows */
  line: number;
}

/**
 * CsvRecordScanner with its record loop in WebAssembly (assembly/csv-scan.ts: the same rules, 16
 * bytes at a time for the common short cell, Clinger's fast path for decimals of up to 19 digits
 * with an exponent). Its `starts`, `ends`, `flags` and `numbers` are views of the module's memory,
 * where the module writes each record's cells: nothing is copied per record. The buffer is copied
 * in a window at a time, so this suits a reader that goes through a buffer record after record
 * (CsvReader); one that jumps about (the row locator) is better served by CsvRecordScanner. Each
 * scanner has an instance (and memory) of its own.
 */
export class CsvWasmScanner extends CsvRecordScanner {
  private readonly wasm: CsvScanExports;
  private readonly delimiterByte: number;
  private cellCapacity = 64;
  private inputCapacity = 0;
  // the layout in the module's memory
  private inputAt = 0;
  private startsAt = 0;
  private endsAt = 0;
  private flagsAt = 0;
  private numbersAt = 0;
  private statusAt = 0;
  private input = new Uint8Array(0);
  private status = new Int32Array(6);
  private rowsAt = 0;
  private plan: RowPlan | undefined;
  private placed: PlacedRows | undefined;
  /** per kept column of the plan, the text table its cells are looked up in, or -1 (see keepText) */
  private tableOf = new Int32Array(0);
  /** per kept column of the plan: 1 when it holds text (markTextColumns) */
  private textColumns = new Int32Array(0);
  private tablesUsed = 0;
  /** where the plan's per-column tables and text-column flags are in the module's memory (see rowPlan in assembly/csv-scan.ts) */
  private codesAt = 0;
  private textColumnsAt = 0;
  /** where the text tables are: at the start of the layout, so that they never move */
  private readonly tablesAt = LAYOUT_BASE;
  private readonly tablesBytes: number;
  // which bytes of which buffer the module holds
  private window: Buffer | undefined;
  /** the `eof` the window's buffer came with */
  private bufferEof = false;
  /** nothing follows the window's bytes */
  private windowEof = false;
  private windowStart = 0;
  private windowEnd = 0;

  /** `windowBytes`: how much of the buffer to copy in at a time (small ones test the refills) */
  constructor(
    delimiter: number,
    wasm: CsvScanExports,
    private readonly windowBytes = WINDOW,
  ) {
    super(delimiter);
    this.wasm = wasm;
    this.delimiterByte = delimiter;
    this.tablesBytes = (wasm.textTablesBytes() + 15) & ~15;
    wasm.textTables(this.tablesAt);
    this.layout(windowBytes);
  }

  override scan(buf: Buffer, pos: number, eof: boolean): number {
    if (buf !== this.window || eof !== this.bufferEof || pos < this.windowStart || pos >= this.windowEnd) {
      if (pos >= buf.length) return super.scan(buf, pos, eof);
      this.load(buf, pos, eof, this.windowBytes);
    }
    for (;;) {
      const next = this.wasm.scan(pos - this.windowStart);
      if (next >= 0) {
        const status = this.status;
        this.cellCount = status[0]!;
        this.innerNewlines = status[1]!;
        this.unterminatedQuote = (status[2]! & 1) !== 0;
        return next;
      }
      if (next === CELLS_FULL) this.grow();
      else if (next === INCOMPLETE && this.windowEnd < buf.length) this.load(buf, pos, eof, 2 * (this.windowEnd - pos));
      else return -1;
    }
  }

  /**
   * Sets where scanRowsPlaced puts each column's cells; returns the rows a call can place, 0 when
   * a row does not fit the module's room for them (the reader then reads record by record).
   */
  planRows(plan: RowPlan): number {
    this.plan = plan;
    this.tableOf = new Int32Array(plan.keptColumns).fill(-1);
    this.textColumns = new Int32Array(plan.keptColumns);
    this.writePlan();
    return this.placed?.capacity ?? 0;
  }

  /**
   * Scans and places records from `pos` (on line `line`) for as long as each is a plain row of
   * the plan (see assembly/csv-scan.ts scanRows), up to `maxRows`; the caller reads the record it
   * stops at on its own path. Returns the offset after the rows placed; `placedRows` holds them.
   */
  scanRowsPlaced(buf: Buffer, pos: number, eof: boolean, maxRows: number, line: number): number {
    if (pos < buf.length && (buf !== this.window || eof !== this.bufferEof || pos < this.windowStart || pos >= this.windowEnd)) this.load(buf, pos, eof, this.windowBytes);
    for (;;) {
      // (a larger window lays the memory out again, and the rows' views with it)
      const placed = this.placed!;
      if (pos >= buf.length) {
        placed.rows = 0;
        placed.line = line;
        return pos;
      }
      for (let c = 0; c < this.tableOf.length; c++) placed.coded[c] = this.tableOf[c]! >= 0 ? 1 : 0;
      const next = this.wasm.scanRows(pos - this.windowStart, Math.min(maxRows, placed.capacity), line);
      const status = this.status;
      placed.rows = status[3]!;
      placed.line = status[4]!;
      // a record cut by the window's end, with nothing placed before it: the window moves on to it
      if (status[5] === STOP_INPUT && placed.rows === 0 && this.windowEnd < buf.length) {
        this.load(buf, pos, eof, 2 * (this.windowEnd - pos));
        continue;
      }
      return next;
    }
  }

  get placedRows(): PlacedRows {
    return this.placed!;
  }

  /**
   * Keeps the text of buf[start, end) (unquoted bytes, or a quoted cell's bytes without escaped
   * quotes) in kept column `c`'s text table, as `code` of the column's TextInterner: from the next
   * scanRowsPlaced on, a placed cell of exactly these bytes gets this code. Only for a text that
   * does not read as a number (the code is then all the reader needs of the cell). A column gets a
   * table at its first text while there are tables left; a text past a table's room is not kept.
   */
  keepText(c: number, code: number, buf: Buffer, start: number, end: number): void {
    const length = end - start;
    if (!this.placed || length <= 0 || length > TEXT_STAGING) return;
    let table = this.tableOf[c];
    if (table === undefined || table === -2) return;
    if (table < 0) {
      if (this.tablesUsed === this.wasm.textTableCount()) return;
      table = this.tableOf[c] = this.tablesUsed++;
      this.writeTables();
    }
    buf.copy(new Uint8Array(this.wasm.memory.buffer, this.tablesAt, TEXT_STAGING), 0, start, end);
    this.wasm.keepText(table, code, textHash(buf, start, end), length);
  }

  /**
   * Which kept columns hold text (`isText(c)`), for the next scanRowsPlaced: their settled numbers'
   * places are kept too, the reader reads those cells as text. Asked before every call.
   */
  markTextColumns(isText: (c: number) => boolean): void {
    const flags = this.textColumns;
    let changed = false;
    for (let c = 0; c < flags.length; c++) {
      const flag = isText(c) ? 1 : 0;
      if (flags[c] !== flag) changed = true;
      flags[c] = flag;
    }
    if (changed) this.writeTables();
  }

  /** kept column `c`'s cells are no longer looked up in its table (its interner keeps no more texts) */
  stopCoding(c: number): void {
    if (this.tableOf[c] === undefined || this.tableOf[c]! < 0) return;
    this.tableOf[c] = -2; // its table stays taken
    this.writeTables();
  }

  private writeTables(): void {
    const placed = this.placed;
    if (!placed) return;
    const k = this.tableOf.length;
    const tables = new Int32Array(this.wasm.memory.buffer, this.codesAt, k);
    for (let c = 0; c < k; c++) tables[c] = this.tableOf[c]! >= 0 ? this.tableOf[c]! : -1;
    new Int32Array(this.wasm.memory.buffer, this.textColumnsAt, k).set(this.textColumns);
  }

  /** the plan into the module's memory (again after every layout: the room for rows moves with the cells) */
  private writePlan(): void {
    const plan = this.plan;
    if (!plan) return;
    const buffer = this.wasm.memory.buffer;
    const width = plan.places.length;
    const planBytes = (width * 4 + 15) & ~15;
    const cellBytes = plan.matrixType === 'float64' ? 8 : 4;
    const rowBytes = plan.matrixWidth * cellBytes + plan.keptColumns * 24 + 4;
    // per kept column: its unsettled count, its table, its uncoded and text cells' counts, its text flag
    const countBytes = plan.keptColumns * 20;
    const capacity = Math.min(MAX_ROWS_A_CALL, Math.floor((ROW_BYTES - planBytes - countBytes - 32) / rowBytes));
    if (capacity < 16) {
      this.placed = undefined;
      return;
    }
    const planAt = this.rowsAt;
    const matrixAt = planAt + planBytes;
    const keptAt = (matrixAt + capacity * plan.matrixWidth * cellBytes + 7) & ~7;
    const keptCellsAt = keptAt + capacity * plan.keptColumns * 8;
    const unsettledAt = keptCellsAt + capacity * plan.keptColumns * 12;
    const linesAt = unsettledAt + plan.keptColumns * 4;
    // the module's order (rowPlan): the tables, the uncoded and text cells' counts, the text flags, the codes
    const codesAt = linesAt + capacity * 4;
    const uncodedAt = codesAt + plan.keptColumns * 4;
    const textCellsAt = uncodedAt + plan.keptColumns * 4;
    const textColumnsAt = textCellsAt + plan.keptColumns * 4;
    const keptCodesAt = textColumnsAt + plan.keptColumns * 4;
    new Int32Array(buffer, planAt, width).set(plan.places);
    const Matrix = plan.matrixType === 'float64' ? Float64Array : Float32Array;
    this.placed = {
      rows: 0,
      matrix: new Matrix(buffer, matrixAt, capacity * plan.matrixWidth),
      kept: new Float64Array(buffer, keptAt, capacity * plan.keptColumns),
      keptStarts: new Int32Array(buffer, keptCellsAt, capacity * plan.keptColumns),
      keptEnds: new Int32Array(buffer, keptCellsAt + capacity * plan.keptColumns * 4, capacity * plan.keptColumns),
      keptHashes: new Int32Array(buffer, keptCellsAt + capacity * plan.keptColumns * 8, capacity * plan.keptColumns),
      unsettled: new Int32Array(buffer, unsettledAt, plan.keptColumns),
      coded: new Uint8Array(plan.keptColumns),
      uncoded: new Int32Array(buffer, uncodedAt, plan.keptColumns),
      textCells: new Int32Array(buffer, textCellsAt, plan.keptColumns),
      keptCodes: new Int32Array(buffer, keptCodesAt, capacity * plan.keptColumns),
      capacity,
      lines: new Int32Array(buffer, linesAt, capacity),
      line: 0,
    };
    this.codesAt = codesAt;
    this.textColumnsAt = textColumnsAt;
    this.writeTables();
    this.wasm.rowPlan(planAt, width, matrixAt, plan.matrixWidth, plan.matrixType === 'float64' ? 1 : 0, keptAt, keptCellsAt, plan.keptColumns, linesAt, capacity, codesAt);
  }

  /** Copies `buf` from `pos`, up to `bytes` of it, into the module. */
  private load(buf: Buffer, pos: number, eof: boolean, bytes: number): void {
    const end = Math.min(buf.length, pos + Math.max(bytes, this.windowBytes));
    if (end - pos > this.inputCapacity) this.layout(end - pos);
    this.input.set(buf.subarray(pos, end));
    this.window = buf;
    this.bufferEof = eof;
    this.windowEof = eof && end === buf.length;
    this.windowStart = pos;
    this.windowEnd = end;
    this.wasm.window(end - pos, this.windowEof ? 1 : 0, pos, this.delimiterByte);
  }

  protected override grow(): void {
    const { starts, ends, flags, numbers } = this;
    const kept = [starts.slice(), ends.slice(), flags.slice(), numbers.slice()] as const;
    this.cellCapacity *= 2;
    this.layout(this.inputCapacity);
    this.starts.set(kept[0]);
    this.ends.set(kept[1]);
    this.flags.set(kept[2]);
    this.numbers.set(kept[3]);
  }

  /** Lays out the module's memory for `inputBytes` of input and `cellCapacity` cells; the input is kept. */
  private layout(inputBytes: number): void {
    const align = (n: number): number => (n + 15) & ~15;
    const kept = this.input.subarray(0, this.windowEnd - this.windowStart);
    this.inputCapacity = inputBytes;
    // the cells first: the input moves when it grows, the cells when they do
    this.statusAt = this.tablesAt + this.tablesBytes;
    this.numbersAt = this.statusAt + 32;
    this.startsAt = this.numbersAt + this.cellCapacity * 8;
    this.endsAt = this.startsAt + this.cellCapacity * 4;
    this.flagsAt = this.endsAt + this.cellCapacity * 4;
    this.rowsAt = align(this.flagsAt + this.cellCapacity);
    this.inputAt = this.rowsAt + ROW_BYTES;
    const needed = this.inputAt + inputBytes + 16; // 16 bytes after the input for the vector loads
    // Growing the memory detaches its old ArrayBuffer, and the first detach anywhere in a process
    // costs every typed-array access in optimised code a check from then on: the module starts
    // with 2 MiB (--initialMemory in scripts/build-wasm.mjs), which a usual layout fits in, room
    // for plain rows included (pages never written cost no memory).
    const memory = this.wasm.memory;
    const saved = kept.length > 0 ? Buffer.from(kept) : undefined;
    if (needed > memory.buffer.byteLength) memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE));
    const buffer = memory.buffer;
    this.status = new Int32Array(buffer, this.statusAt, 6);
    this.numbers = new Float64Array(buffer, this.numbersAt, this.cellCapacity);
    this.starts = new Int32Array(buffer, this.startsAt, this.cellCapacity);
    this.ends = new Int32Array(buffer, this.endsAt, this.cellCapacity);
    this.flags = new Uint8Array(buffer, this.flagsAt, this.cellCapacity);
    this.input = new Uint8Array(buffer, this.inputAt, inputBytes);
    this.wasm.layout(this.inputAt, this.startsAt, this.endsAt, this.flagsAt, this.numbersAt, this.cellCapacity, this.statusAt);
    if (saved) this.input.set(saved.subarray(0, Math.min(saved.length, inputBytes)));
    this.writePlan();
  }
}

/** The fastest scanner this engine runs for reading a buffer record after record. */
export function createCsvScanner(delimiter: number): CsvRecordScanner {
  const wasm = instantiateCsvScan();
  return wasm ? new CsvWasmScanner(delimiter, wasm) : new CsvRecordScanner(delimiter);
}
