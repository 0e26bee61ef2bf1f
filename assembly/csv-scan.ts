// AssemblyScript, compiled by scripts/build-wasm.mjs into shared/data/csv-scan-wasm.ts (the bytes,
// embedded in the bundle). The record scanner behind shared/data/csv-wasm-scanner.ts: it splits a
// CSV record into cells with the exact rules of shared/data/csv-scanner.ts (CsvRecordScanner.scan,
// which stays the reference and the fallback), 16 bytes at a time where it can, and reads plain
// decimals by Clinger's fast path. All memory is laid out by the caller; this module allocates nothing.

const LF: u32 = 0x0a;
const CR: u32 = 0x0d;
const QUOTE: u32 = 0x22;
const PLUS: u32 = 0x2b;
const MINUS: u32 = 0x2d;
const DOT: u32 = 0x2e;
const ZERO: u32 = 0x30;
const LOWER_E: u32 = 0x65;

const QUOTED: u8 = 1;
const ESCAPED_QUOTES: u8 = 2;
const AS_WRITTEN: u8 = 4;

/** the last record ended inside a quote that never closes */
const UNTERMINATED: i32 = 1;

const POW10: StaticArray<f64> = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const MAX_EXACT: u64 = 9007199254740992; // 2^53

// what the record last scanned holds besides its cells
let cellsWritten: i32 = 0;
let innerNewlines: i32 = 0;
let recordFlags: i32 = 0;
/** added to every offset written: where the input starts in the caller's buffer */
let offsetBase: i32 = 0;

// where the caller put things (layout) and what the input holds (window): set once, not per record,
// since a call from JavaScript costs a conversion per argument
let inputAt: usize = 0;
let startsAt: usize = 0;
let endsAt: usize = 0;
let flagsAt: usize = 0;
let numbersAt: usize = 0;
let statusAt: usize = 0;
let cellCapacity: i32 = 0;
let inputLength: i32 = 0;
let inputEof = false;
let delimiterByte: u32 = 0x2c;

// The vector constants of shortCell, as globals written by `layout`. Why: V8 builds a v128 constant
// anew at each use (three instructions: a 64-bit immediate, a move, an unpack), some thirty
// instructions a cell; a global is one load. Their initial values are not what `layout` writes, so
// that the optimiser cannot fold them back into constants.
let zeros: v128 = v128.splat<i8>(0);
let tens: v128 = v128.splat<i8>(0);
let dots: v128 = v128.splat<i8>(0);
let pairWeights: v128 = v128.splat<i8>(0);
let fourWeights: v128 = v128.splat<i8>(0);
let eightWeights: v128 = v128.splat<i8>(0);

/** Where the input, the cell arrays (room for `capacity` cells) and the status (six i32) are. */
export function layout(input: usize, starts: usize, ends: usize, flags: usize, numbers: usize, capacity: i32, status: usize): void {
  zeros = i8x16.splat(<i8>ZERO);
  tens = i8x16.splat(10);
  dots = i8x16.splat(<i8>DOT);
  pairWeights = i16x8(10, 1, 10, 1, 10, 1, 10, 1);
  fourWeights = i16x8(100, 1, 100, 1, 100, 1, 100, 1);
  eightWeights = i16x8(10000, 1, 10000, 1, 10000, 1, 10000, 1);
  inputAt = input;
  startsAt = starts;
  endsAt = ends;
  flagsAt = flags;
  numbersAt = numbers;
  cellCapacity = capacity;
  statusAt = status;
}

/**
 * What the input holds: `length` bytes (16 readable bytes after them, any value, for the vector
 * loads) from offset `base` of the caller's buffer; `eof`: nothing follows them.
 */
export function window(length: i32, eof: bool, base: i32, delimiter: u32): void {
  inputLength = length;
  inputEof = eof;
  offsetBase = base;
  delimiterByte = delimiter;
}

/**
 * Scans the record at `pos` of the input into the cell arrays: offsets plus `base`, flags,
 * plain-decimal values or NaN. Returns the offset after its line break plus `base`, -1 when the
 * record is not complete within the input, -2 when its cells do not fit. Writes three i32 at the
 * status: the cell count, the line breaks inside its quoted cells, flags (1: a quote that never closes).
 */
export function scan(pos: i32): i32 {
  const delimiter = delimiterByte;
  const next = scanRecord(inputAt, inputLength, pos, inputEof, delimiter, i8x16.splat(<i8>delimiter), i8x16.splat(<i8>LF), startsAt, endsAt, flagsAt, numbersAt, cellCapacity);
  if (next < 0) return next;
  const status = statusAt;
  store<i32>(status, cellsWritten);
  store<i32>(status, innerNewlines, 4);
  store<i32>(status, recordFlags, 8);
  return next + offsetBase;
}

// The row plan (rowPlan, scanRows): where each column's plain numbers go, so that records made of
// them are placed here, many to a call, instead of record by record in JavaScript
/** an i32 per column of the file: a matrix column (>= 0), a kept column c (-2 - c), or not read (-1) */
let planAt: usize = 0;
let planWidth: i32 = 0;
let matrixAt: usize = 0;
let matrixWidth: i32 = 0;
let matrixFloat64 = false;
/** kept columns' values, float64, `rowCapacity` per column (NaN where the cell is no settled number) */
let keptAt: usize = 0;
/** kept columns' cells' starts and ends (i32, plus the window's base), `rowCapacity` per column each: the ends `keptEndsBytes` after the starts */
let keptCellsAt: usize = 0;
let keptEndsBytes: usize = 0;
/**
 * Per kept cell that is no settled number and at most TEXT_HASH_BYTES long (i32, after the ends):
 * the hash the reader's TextInterner gives its bytes, so that a category is hashed here, with the
 * bytes at hand, not again byte by byte in JavaScript. Other cells' hashes are not written.
 */
let keptHashesAt: usize = 0;
/** the longest text the reader's interner keeps (MAX_TEXT_BYTES in shared/data/text-interner.ts) */
const TEXT_HASH_BYTES: i32 = 64;
/**
 * Per kept column (i32, after the hashes), how many of the cells scanRows placed in its last call are
 * not settled numbers: 0 means every one is. Exact: what a record given up halfway had counted is
 * taken back (uncount).
 */
let unsettledAt: usize = 0;
let keptColumnCount: i32 = 0;
/** each placed row's line */
let linesAt: usize = 0;
let rowCapacity: i32 = 0;
/**
 * Per kept column (i32): the text table its cells are looked up in (see keepText), or -1. For a
 * column with a table, each placed cell's code is written (i32, `rowCapacity` per column, at
 * keptCodesAt): the code the reader's TextInterner gave the cell's text, or -1 when the cell is not
 * a text of the table (empty, a number, longer than TEXT_HASH_BYTES, or not kept there); and per
 * column, how many cells of the last call got -1 (i32, at uncodedAt). After those, per kept column
 * (i32, at textCellsAt), how many of its cells placed in the last call are neither a settled number
 * nor empty: 0 tells the reader that the column's unsettled cells are all missing ones (exact, as
 * the unsettled counts are). Then per kept column (i32, at textColumnsAt, set by the reader before
 * each call): 1 when the column holds text already, whose settled numbers the reader reads as
 * text, by their bytes.
 */
let codeColumnsAt: usize = 0;
let keptCodesAt: usize = 0;
let uncodedAt: usize = 0;
let textCellsAt: usize = 0;
let textColumnsAt: usize = 0;

/** scanRows stopped: `maxRows` placed, at a record it leaves to the caller, or at the end of the input */
const STOP_ROWS: i32 = 0;
const STOP_RECORD: i32 = 1;
const STOP_INPUT: i32 = 2;

/**
 * Where scanRows places rows: the plan (an i32 for each of the file's `width` columns), a row-major
 * matrix of `columns` float32 (or float64) cells a row, the kept columns and the rows' lines, each
 * with room for `capacity` rows.
 */
export function rowPlan(plan: usize, width: i32, matrix: usize, columns: i32, float64: bool, kept: usize, keptCells: usize, keptColumns: i32, lines: usize, capacity: i32, codes: usize): void {
  planAt = plan;
  keptCellsAt = keptCells;
  keptEndsBytes = <usize>(keptColumns * capacity) << 2;
  keptHashesAt = keptCells + (keptEndsBytes << 1);
  unsettledAt = keptCells + keptEndsBytes * 3;
  keptColumnCount = keptColumns;
  planWidth = width;
  matrixAt = matrix;
  matrixWidth = columns;
  matrixFloat64 = float64;
  keptAt = kept;
  linesAt = lines;
  rowCapacity = capacity;
  codeColumnsAt = codes;
  uncodedAt = codes + (<usize>keptColumns << 2);
  textCellsAt = uncodedAt + (<usize>keptColumns << 2);
  textColumnsAt = textCellsAt + (<usize>keptColumns << 2);
  keptCodesAt = textColumnsAt + (<usize>keptColumns << 2);
}

// Text tables: a copy of some of the reader's TextInterner entries (the texts of categorical
// columns), so that a placed cell of a known category gets its code here, with its bytes at hand,
// and the reader takes a run of codes at once instead of looking each cell up in JavaScript. The
// interner stays the one owner of the codes: a table only answers for texts the reader kept in it.
/** tables, each of TABLE_BYTES, after TEXT_STAGING bytes the reader copies a text to keep into */
const TEXT_TABLES: i32 = 8;
const TABLE_SLOTS: i32 = 4096; // a power of two, twice TABLE_ENTRIES: short probe runs
const TABLE_ENTRIES: i32 = 2048;
const TABLE_ARENA: i32 = 32768;
const TEXT_STAGING: usize = 64;
// A table: its entry count and arena bytes used, then the slots, each an entry of its own (hash,
// code, arena offset, length + 1; 0 there: free), then the arena. The entries lie in the slots
// themselves, not behind an index: a lookup reads a slot and the text's bytes, one dependent load
// fewer per categorical cell (those loads miss the first-level cache once a table holds hundreds
// of texts).
const SLOTS_OFFSET: usize = 16;
const ARENA_OFFSET: usize = SLOTS_OFFSET + (<usize>TABLE_SLOTS << 4);
const TABLE_BYTES: usize = ARENA_OFFSET + <usize>TABLE_ARENA;
let tablesAt: usize = 0;

/** Where the tables go (textTablesBytes() bytes, zeroed): set once, before any keepText. */
export function textTables(at: usize): void {
  tablesAt = at;
}

/** the bytes textTables needs */
export function textTablesBytes(): i32 {
  return <i32>(TEXT_STAGING + <usize>TEXT_TABLES * TABLE_BYTES);
}

@inline
function tableAt(table: i32): usize {
  return tablesAt + TEXT_STAGING + <usize>table * TABLE_BYTES;
}

/** the code of the `length` bytes at `at` (hashed to `hash`, textHash) in table `table`, or -1 */
function findText(table: usize, hash: i32, at: usize, length: i32): i32 {
  for (let slot = hash & (TABLE_SLOTS - 1); ; slot = (slot + 1) & (TABLE_SLOTS - 1)) {
    const e = table + SLOTS_OFFSET + (<usize>slot << 4);
    const lengthAfter = load<i32>(e, 12);
    if (lengthAfter === 0) return -1;
    if (load<i32>(e) !== hash || lengthAfter !== length + 1) continue;
    if (sameBytes(table + ARENA_OFFSET + <usize>load<i32>(e, 8), at, length)) return load<i32>(e, 4);
  }
  return unreachable();
}

/**
 * Whether the `length` bytes at `a` and at `b` are the same, 16 at a time: both may be read 16 bytes
 * past their `length` (a table's arena is followed by more of the layout, the input by 16 bytes).
 */
// @ts-ignore: decorator
@inline
function sameBytes(a: usize, b: usize, length: i32): bool {
  let i: i32 = 0;
  for (; i + 16 <= length; i += 16) {
    if (i8x16.bitmask(i8x16.eq(v128.load(a + <usize>i), v128.load(b + <usize>i))) !== 0xffff) return false;
  }
  const rest = length - i;
  if (rest === 0) return true;
  const wanted = (1 << rest) - 1;
  return (i8x16.bitmask(i8x16.eq(v128.load(a + <usize>i), v128.load(b + <usize>i))) & wanted) === wanted;
}

/**
 * Keeps in table `table` the text whose `length` bytes (at most TEXT_HASH_BYTES) the caller copied to
 * the staging bytes, with the reader's `code` for it and its textHash `hash`; a table that is full
 * keeps no more (their cells get -1 and the reader looks them up itself).
 */
export function keepText(table: i32, code: i32, hash: i32, length: i32): void {
  const at = tableAt(table);
  if (findText(at, hash, tablesAt, length) >= 0) return;
  const count = load<i32>(at);
  const used = load<i32>(at, 4);
  if (count >= TABLE_ENTRIES || used + length > TABLE_ARENA) return;
  memory.copy(at + ARENA_OFFSET + <usize>used, tablesAt, <usize>length);
  let slot = hash & (TABLE_SLOTS - 1);
  while (load<i32>(at + SLOTS_OFFSET + (<usize>slot << 4), 12) !== 0) slot = (slot + 1) & (TABLE_SLOTS - 1);
  const e = at + SLOTS_OFFSET + (<usize>slot << 4);
  store<i32>(e, hash);
  store<i32>(e, code, 4);
  store<i32>(e, used, 8);
  store<i32>(e, length + 1, 12);
  store<i32>(at, count + 1);
  store<i32>(at, used + length, 4);
}

/** how many tables there are */
export function textTableCount(): i32 {
  return TEXT_TABLES;
}

/**
 * Scans records from `pos` (on line `line`) and places each whose every matrix cell is a number
 * this module settled, with exactly `width` cells and no quoted cell, as the reader's one-record
 * path would: up to `maxRows` of them. A kept column's cell is placed whatever it holds: its
 * value (NaN when it is empty, text or a number left to the reader's parseDecimal) and where it
 * starts and ends, which the reader reads as the record path reads a cell. Stops before any other record, which the caller
 * scans and reads on its own path. Returns the offset after the rows placed plus `base`; writes the
 * rows placed, the line after them and why it stopped at the status's words 3 to 5.
 */
export function scanRows(pos: i32, maxRows: i32, line: i32): i32 {
  const delimiter = delimiterByte;
  const delimiters = i8x16.splat(<i8>delimiter);
  const newlines = i8x16.splat(<i8>LF);
  let rows: i32 = 0;
  let reason = STOP_ROWS;
  memory.fill(unsettledAt, 0, <usize>keptColumnCount << 2);
  memory.fill(uncodedAt, 0, <usize>keptColumnCount << 3); // and the text cells' counts after them
  while (rows < maxRows) {
    if (pos >= inputLength) {
      reason = STOP_INPUT;
      break;
    }
    const next = scanPlainRecord(inputAt, inputLength, pos, inputEof, delimiter, delimiters, newlines, rows);
    if (next < 0) {
      uncount(rows, cellsTaken);
      reason = next === INCOMPLETE ? STOP_INPUT : STOP_RECORD;
      break;
    }
    store<i32>(linesAt + (<usize>rows << 2), line);
    line++;
    rows++;
    pos = next;
  }
  const status = statusAt;
  store<i32>(status, rows, 12);
  store<i32>(status, line, 16);
  store<i32>(status, reason, 20);
  return pos + offsetBase;
}

const INCOMPLETE: i32 = -1;
const NOT_PLAIN: i32 = -3;
/** the cells of its record scanPlainRecord had placed (and counted) when it gave the record up */
let cellsTaken: i32 = 0;

/** scanPlainRecord's answer for a record it gives up after placing `cells` of its cells */
// @ts-ignore: decorator
@inline
function givenUp(cells: i32, why: i32): i32 {
  cellsTaken = cells;
  return why;
}

/**
 * Takes back what the first `cells` cells of row `row`, a record scanPlainRecord gave up, added
 * to the kept columns' counts, so that the counts are the placed rows' own: the reader takes a
 * numeric column's missing cells from them instead of counting its NaN values.
 */
function uncount(row: i32, cells: i32): void {
  for (let k: i32 = 0; k < cells; k++) {
    const place = load<i32>(planAt + (<usize>k << 2));
    if (place >= -1) continue;
    const column = -2 - place;
    const cell = <usize>(column * rowCapacity + row);
    if (load<i32>(codeColumnsAt + (<usize>column << 2)) >= 0 && load<i32>(keptCodesAt + (cell << 2)) < 0) {
      const uncoded = uncodedAt + (<usize>column << 2);
      store<i32>(uncoded, load<i32>(uncoded) - 1);
    }
    const value = load<f64>(keptAt + (cell << 3));
    if (value === value) continue;
    const count = unsettledAt + (<usize>column << 2);
    store<i32>(count, load<i32>(count) - 1);
    // a cell that is no settled number has its start and end written
    const starts = keptCellsAt + (cell << 2);
    if (load<i32>(starts + keptEndsBytes) > load<i32>(starts)) {
      const texts = textCellsAt + (<usize>column << 2);
      store<i32>(texts, load<i32>(texts) - 1);
    }
  }
}

/**
 * The record at `pos` placed as row `row` of the plan, as it is scanned (no cell arrays): the
 * offset after its line break; INCOMPLETE when it does not end within the input; NOT_PLAIN, the
 * row left unfinished, when it is not a plain row: a quoted cell (whose bytes the cell rules of
 * scanRecord read), a planned cell that is not a settled number, other than `planWidth` cells, or a
 * blank line. Its cells split and read exactly as scanRecord's unquoted cells are.
 */
function scanPlainRecord(input: usize, end: i32, pos: i32, eof: bool, delimiter: u32, delimiters: v128, newlines: v128, row: i32): i32 {
  const matrixRow = matrixAt + (<usize>(row * matrixWidth) << (matrixFloat64 ? 3 : 2));
  let n: i32 = 0;
  let i = pos;
  for (;;) {
    if (n === planWidth || (i < end && <u32>load<u8>(input + i) === QUOTE)) return givenUp(n, NOT_PLAIN);
    const start = i;
    let value: f64 = NaN;
    let cellEnd: i32 = start;
    let shortDone = false;
    if (i + 16 <= end) {
      const v = v128.load(input + i);
      const breaks = maskOf2(v, delimiters, newlines);
      if (breaks !== 0 && shortCell(input + i, v, breaks)) {
        value = shortValue;
        cellEnd = start + shortEnd;
        i += ctz(breaks);
        shortDone = true;
      }
    }
    if (!shortDone) {
      i = scalarCell(input, end, i, delimiter, delimiters, newlines);
      if (i === end && !eof) return givenUp(n, INCOMPLETE);
      value = scalarValue;
      // as scanRecord's ends: a CR before the line break (or before the end of the input) left out
      cellEnd = i > start && <u32>load<u8>(input + i - 1) === CR && (i >= end || <u32>load<u8>(input + i) === LF) ? i - 1 : i;
    }
    const place = load<i32>(planAt + (<usize>n << 2));
    if (place >= 0) {
      if (value !== value) return givenUp(n, NOT_PLAIN);
      // f32.demote_f64 rounds to nearest, ties to even: what a Float32Array store does
      if (matrixFloat64) store<f64>(matrixRow + (<usize>place << 3), value);
      else store<f32>(matrixRow + (<usize>place << 2), <f32>value);
    } else if (place !== -1) {
      const column = -2 - place;
      const cell = <usize>(column * rowCapacity + row);
      store<f64>(keptAt + (cell << 3), value);
      const table = load<i32>(codeColumnsAt + (<usize>column << 2));
      let code: i32 = -1;
      if (value !== value) {
        const count = unsettledAt + (<usize>column << 2);
        store<i32>(count, load<i32>(count) + 1);
        const length = cellEnd - start;
        if (length > 0) {
          const texts = textCellsAt + (<usize>column << 2);
          store<i32>(texts, load<i32>(texts) + 1);
        }
        if (length <= TEXT_HASH_BYTES) {
          const hash = textHash(input + start, length);
          store<i32>(keptHashesAt + (cell << 2), hash);
          if (table >= 0 && length > 0) code = findText(tableAt(table), hash, input + start, length);
        }
      }
      if (table >= 0) {
        store<i32>(keptCodesAt + (cell << 2), code);
        if (code < 0) {
          const uncoded = uncodedAt + (<usize>column << 2);
          store<i32>(uncoded, load<i32>(uncoded) + 1);
        }
      }
      // Where the cell starts and ends, for the reader to read it by its bytes: a cell that is no
      // settled number, or one in a column that holds text, or may have turned text at a text cell
      // before it in this call. A settled number in a numeric column needs none (two stores saved
      // for most cells).
      if (value !== value || load<i32>(textColumnsAt + (<usize>column << 2)) !== 0 || load<i32>(textCellsAt + (<usize>column << 2)) !== 0) {
        const starts = keptCellsAt + (cell << 2);
        store<i32>(starts, start + offsetBase);
        store<i32>(starts + keptEndsBytes, cellEnd + offsetBase);
      }
    }
    n++;
    // the file's last record, without a line break
    if (i >= end) return n === planWidth && !(n === 1 && cellEnd === start) ? end : givenUp(n, NOT_PLAIN);
    if (<u32>load<u8>(input + i) === delimiter) {
      i++;
      continue;
    }
    // a line break: the row is plain with all its cells, unless it is a blank line
    return n === planWidth && !(n === 1 && cellEnd === start) ? i + 1 : givenUp(n, NOT_PLAIN);
  }
  return unreachable();
}

/** TextInterner's hash of `length` bytes at `at` (textHash in text-interner.ts: the same steps) */
function textHash(at: usize, length: i32): i32 {
  let hash: i32 = 0x811c9dc5 ^ length;
  let i: i32 = 0;
  for (; i + 4 <= length; i += 4) hash = (hash ^ load<i32>(at + <usize>i)) * 0x01000193;
  for (; i < length; i++) hash = (hash ^ <i32>load<u8>(at + <usize>i)) * 0x01000193;
  hash ^= <i32>(<u32>hash >>> 16);
  hash *= 0x85ebca6b;
  return hash ^ <i32>(<u32>hash >>> 13);
}

// 16 bytes at a time: a mask of the lanes equal to either byte looked for
@inline
function maskOf2(v: v128, a: v128, b: v128): i32 {
  return i8x16.bitmask(v128.or(i8x16.eq(v, a), i8x16.eq(v, b)));
}

/** One record from `pos`, exactly as CsvRecordScanner.scan: the offset after it, -1 when incomplete, -2 when the cells do not fit. */
function scanRecord(input: usize, end: i32, pos: i32, eof: bool, delimiter: u32, delimiters: v128, newlines: v128, starts: usize, ends: usize, flags: usize, numbers: usize, cellCapacity: i32): i32 {
  let n = 0;
  let i = pos;
  innerNewlines = 0;
  recordFlags = 0;
  for (;;) {
    if (n === cellCapacity) return -2;
    if (i < end && <u32>load<u8>(input + i) === QUOTE) {
      i = scanQuoted(input, end, i, eof, delimiter, starts, ends, flags, numbers, n);
      if (i < 0) return -1;
      if (recordFlags & UNTERMINATED) {
        cellsWritten = n + 1;
        return end;
      }
    } else {
      const start = i;
      if (i + 16 <= end) {
        // the common cell, shorter than 16 bytes, without a byte loop (whose exits the branch predictor cannot guess)
        const v = v128.load(input + i);
        const breaks = maskOf2(v, delimiters, newlines);
        if (breaks !== 0 && shortCell(input + i, v, breaks)) {
          i += ctz(breaks);
          const at = <usize>n;
          store<f64>(numbers + (at << 3), shortValue);
          store<i32>(starts + (at << 2), start + offsetBase);
          store<i32>(ends + (at << 2), start + shortEnd + offsetBase);
          store<u8>(flags + at, 0);
          n++;
          if (<u32>load<u8>(input + i) === delimiter) {
            i++;
            continue;
          }
          cellsWritten = n;
          return i + 1;
        }
      }
      i = scalarCell(input, end, i, delimiter, delimiters, newlines);
      const c = i < end ? <u32>load<u8>(input + i) : LF;
      if (i === end && !eof) return -1;
      const at = <usize>n;
      store<f64>(numbers + (at << 3), scalarValue);
      store<i32>(starts + (at << 2), start + offsetBase);
      store<i32>(ends + (at << 2), (c === LF && i > start && <u32>load<u8>(input + i - 1) === CR ? i - 1 : i) + offsetBase);
      store<u8>(flags + at, 0);
    }
    n++;
    if (i >= end) {
      cellsWritten = n;
      return end;
    }
    const c = <u32>load<u8>(input + i);
    if (c === delimiter) {
      i++;
      continue;
    }
    cellsWritten = n;
    if (c === CR) {
      // only after a quoted cell: CRLF, or a lone CR taken as the line break
      if (i + 1 === end && !eof) return -1;
      return i + 1 < end && <u32>load<u8>(input + i + 1) === LF ? i + 2 : i + 1;
    }
    return i + 1;
  }
  return unreachable();
}

/** the value scalarCell read: a plain decimal's (Clinger's fast path), or NaN */
let scalarValue: f64 = NaN;

/**
 * An unquoted cell from `i`, byte by byte (one of 16 bytes or more, near the input's end, or with
 * an exponent): reads its value into scalarValue and returns where it ends, at its delimiter or
 * LF, or `end`.
 */
function scalarCell(input: usize, end: i32, i: i32, delimiter: u32, delimiters: v128, newlines: v128): i32 {
  let value: f64 = NaN;
  let negative = false;
  let c: u32 = i < end ? <u32>load<u8>(input + i) : LF;
  if (c === MINUS || c === PLUS) {
    negative = c === MINUS;
    i++;
  }
  let mantissa: u64 = 0;
  let digits: i32 = 0;
  let d: u32 = 0;
  while (i < end && (d = <u32>load<u8>(input + i) - ZERO) <= 9) {
    mantissa = mantissa * 10 + <u64>d;
    digits++;
    i++;
  }
  let decimals: i32 = 0;
  if (i < end && <u32>load<u8>(input + i) === DOT) {
    i++;
    while (i < end && (d = <u32>load<u8>(input + i) - ZERO) <= 9) {
      mantissa = mantissa * 10 + <u64>d;
      decimals++;
      i++;
    }
    digits += decimals;
  }
  let exponent: i32 = 0;
  let valid = digits > 0 && digits <= 19;
  if (valid && i < end && (<u32>load<u8>(input + i) | 0x20) === LOWER_E) {
    i++;
    let exponentNegative = false;
    if (i < end) {
      const s = <u32>load<u8>(input + i);
      if (s === MINUS || s === PLUS) {
        exponentNegative = s === MINUS;
        i++;
      }
    }
    const exponentStart = i;
    while (i < end && (d = <u32>load<u8>(input + i) - ZERO) <= 9) {
      if (exponent < 10000) exponent = exponent * 10 + <i32>d;
      i++;
    }
    if (i === exponentStart) valid = false;
    if (exponentNegative) exponent = -exponent;
  }
  c = i < end ? <u32>load<u8>(input + i) : LF;
  if (valid && mantissa < MAX_EXACT && (c === delimiter || c === LF || (c === CR && i + 1 < end && <u32>load<u8>(input + i + 1) === LF))) {
    // Clinger's fast path: an exact mantissa and an exact power of ten, one rounding, as Number() gives
    const power = exponent - decimals;
    if (power === 0) value = <f64>mantissa;
    else if (power > 0 && power <= 22) value = <f64>mantissa * unchecked(POW10[power]);
    else if (power < 0 && power >= -22) value = <f64>mantissa / unchecked(POW10[-power]);
    if (negative) value = -value;
  }
  if (c !== delimiter && c !== LF) i = skipToBreak(input, end, i, delimiters, newlines);
  scalarValue = value;
  return i;
}

/**
 * Swizzle indexes that gather a cell's digits right-aligned, without its sign and dot, zeros before
 * them: one 16-byte entry per (sign, integer digits, decimals), 8 KiB from GATHER, made at start.
 * Below the caller's layout (which starts at 64 KiB) and above this module's static data.
 */
const GATHER: usize = 16384;

function makeGatherTable(): void {
  for (let sign = 0; sign < 2; sign++) {
    for (let integerDigits = 0; integerDigits < 16; integerDigits++) {
      for (let decimals = 0; integerDigits + decimals < 16; decimals++) {
        const entry = GATHER + ((<usize>(sign << 8) | (<usize>integerDigits << 4) | <usize>decimals) << 4);
        const lead = 16 - integerDigits - decimals;
        for (let lane = 0; lane < 16; lane++) {
          let source = 0xff; // out of range: the swizzle gives 0
          if (lane >= lead) {
            const k = lane - lead;
            source = sign + k + (k >= integerDigits ? 1 : 0);
          }
          store<u8>(entry + <usize>lane, <u8>source);
        }
      }
    }
  }
}
makeGatherTable();
let shortValue: f64 = NaN;
let shortEnd: i32 = 0;

/**
 * A cell that ends within the 16 bytes `v`, read at `at` (at the first bit of `breaks`, a delimiter or LF): true
 * when it is settled here, with shortValue (its plain decimal's value, or NaN for a cell that is
 * no number) and shortEnd (its end, a CR before the LF left out). False when the scalar path must
 * decide (an exponent, or more digits than the fast path takes).
 */
@inline
function shortCell(at: usize, v: v128, breaks: i32): bool {
  const len = ctz(breaks);
  let numberEnd = len;
  if (len > 0 && <u32>load<u8>(at + len) === LF && <u32>load<u8>(at + len - 1) === CR) numberEnd = len - 1;
  shortEnd = numberEnd;
  const first = <u32>i8x16.extract_lane_u(v, 0);
  const sign: i32 = first === MINUS || first === PLUS ? 1 : 0;
  const span = ((1 << numberEnd) - 1) & ~((1 << sign) - 1);
  const digitValues = i8x16.sub(v, zeros);
  const digitMask = i8x16.bitmask(i8x16.lt_u(digitValues, tens)) & span;
  const dotMask = i8x16.bitmask(i8x16.eq(v, dots)) & span;
  const digits = popcnt(digitMask);
  if ((digitMask | dotMask) !== span || dotMask & (dotMask - 1) || digits === 0) {
    // not a plain decimal; with an e or E it may still be one with an exponent
    if (i8x16.bitmask(i8x16.eq(v128.or(v, i8x16.splat(0x20)), i8x16.splat(<i8>LOWER_E))) & span) return false;
    shortValue = NaN;
    return true;
  }
  const integerDigits = dotMask ? ctz(dotMask) - sign : numberEnd - sign;
  const decimals = digits - integerDigits;
  // the digits, right-aligned without the sign and the dot, zeros before them
  const index = v128.load(GATHER + ((<usize>(sign << 8) | (<usize>integerDigits << 4) | <usize>decimals) << 4));
  const d = i8x16.swizzle(digitValues, index);
  // pairs, fours, eights of digits by multiply-adds
  const pairs = i16x8.narrow_i32x4_s(i32x4.dot_i16x8_s(i16x8.extend_low_i8x16_u(d), pairWeights), i32x4.dot_i16x8_s(i16x8.extend_high_i8x16_u(d), pairWeights));
  const fours = i32x4.dot_i16x8_s(pairs, fourWeights);
  const eights = i32x4.dot_i16x8_s(i16x8.narrow_i32x4_s(fours, fours), eightWeights);
  const mantissa = <u64>i32x4.extract_lane(eights, 0) * 100000000 + <u64>i32x4.extract_lane(eights, 1);
  if (mantissa >= MAX_EXACT) return false;
  let value = decimals ? <f64>mantissa / unchecked(POW10[decimals]) : <f64>mantissa;
  shortValue = sign && first === MINUS ? -value : value;
  return true;
}

/** the first delimiter or LF at or after `i`, or `end` */
@inline
function skipToBreak(input: usize, end: i32, i: i32, delimiters: v128, newlines: v128): i32 {
  while (i + 16 <= end) {
    const mask = maskOf2(v128.load(input + i), delimiters, newlines);
    if (mask !== 0) return i + ctz(mask);
    i += 16;
  }
  const delimiter = <u32>i8x16.extract_lane_u(delimiters, 0);
  while (i < end) {
    const c = <u32>load<u8>(input + i);
    if (c === delimiter || c === LF) return i;
    i++;
  }
  return end;
}

/** the first QUOTE at or after `i`, or -1 */
function findQuote(input: usize, end: i32, i: i32): i32 {
  const quotes = i8x16.splat(<i8>QUOTE);
  while (i + 16 <= end) {
    const mask = i8x16.bitmask(i8x16.eq(v128.load(input + i), quotes));
    if (mask !== 0) return i + ctz(mask);
    i += 16;
  }
  while (i < end) {
    if (<u32>load<u8>(input + i) === QUOTE) return i;
    i++;
  }
  return -1;
}

function countNewlines(input: usize, start: i32, end: i32): i32 {
  let count = 0;
  const newlines = i8x16.splat(<i8>LF);
  let i = start;
  while (i + 16 <= end) {
    count += popcnt(i8x16.bitmask(i8x16.eq(v128.load(input + i), newlines)));
    i += 16;
  }
  while (i < end) {
    if (<u32>load<u8>(input + i) === LF) count++;
    i++;
  }
  return count;
}

function setCell(starts: usize, ends: usize, flags: usize, numbers: usize, n: i32, start: i32, end: i32, cellFlags: u8): void {
  const at = <usize>n;
  store<f64>(numbers + (at << 3), NaN);
  store<i32>(starts + (at << 2), start + offsetBase);
  store<i32>(ends + (at << 2), end + offsetBase);
  store<u8>(flags + at, cellFlags);
}

function scanQuoted(input: usize, end: i32, open: i32, eof: bool, delimiter: u32, starts: usize, ends: usize, flags: usize, numbers: usize, n: i32): i32 {
  let cellFlags: u8 = QUOTED;
  let close: i32 = -1;
  let from = open + 1;
  while (true) {
    const q = findQuote(input, end, from);
    if (q < 0) break;
    if (q + 1 === end && !eof) return -1; // cannot tell yet whether this quote is doubled
    if (q + 1 < end && <u32>load<u8>(input + q + 1) === QUOTE) {
      cellFlags |= ESCAPED_QUOTES;
      from = q + 2;
      continue;
    }
    close = q;
    break;
  }
  if (close < 0) {
    if (!eof) return -1;
    recordFlags |= UNTERMINATED;
    innerNewlines += countNewlines(input, open + 1, end);
    setCell(starts, ends, flags, numbers, n, open + 1, end, cellFlags);
    return end;
  }
  innerNewlines += countNewlines(input, open + 1, close);
  let i = close + 1;
  if (i < end) {
    let c = <u32>load<u8>(input + i);
    if (c !== delimiter && c !== LF && c !== CR) {
      while (i < end && (c = <u32>load<u8>(input + i)) !== delimiter && c !== LF) i++;
      if (i === end && !eof) return -1;
      setCell(starts, ends, flags, numbers, n, open, i > open && <u32>load<u8>(input + i - 1) === CR ? i - 1 : i, AS_WRITTEN);
      return i;
    }
  }
  setCell(starts, ends, flags, numbers, n, open + 1, close, cellFlags);
  return i;
}
