import type { BatchBuilder } from './batch.js';
import type { ColumnBuilder } from './column-builder.js';
import type { FeatureMatrixBuilder } from './feature-matrix.js';
import type { CsvWasmScanner, PlacedRows, RowPlan } from './csv-wasm-scanner.js';

/**
 * The CSV reader's path for plain rows, many at a time: rows whose every matrix cell is a number the
 * WebAssembly scanner settled (of the header's width, no cell quoted) are placed by the scanner
 * itself, straight into matrix rows and kept columns in its memory, and copied from there into the
 * batch a run of rows at a time, column by column. A kept column's cell comes with its value (NaN
 * when the scanner did not settle one) and its place in the buffer: cells that are no settled
 * number (empty, text such as a category, a number left to parseDecimal), and every cell of a column
 * that is text already, go through the reader's `readPlacedCell`, the record path's own reading of a
 * cell. Any other record stops the run and takes the reader's record-by-record path, which stays the
 * one definition of what a cell is; a row placed here holds what that path gives it (the same
 * numbers, float32 rounded as a Float32Array rounds, the same texts and codes: each column's cells
 * are read in row order, as the record path reads them).
 *
 * A categorical column's texts go a step further: each text the reader's interner keeps (and that
 * reads as no number) is kept in the column's text table in the scanner too, which from then on
 * gives a placed cell of those bytes its code, and a run of rows whose cells all have one is taken
 * as codes at once (ColumnBuilder.addCodes); the cells the scanner could not code are read as above.
 *
 * Why: on evaluate-gate's 1M-row file the reading thread is the critical path, and a call into the
 * module and a JavaScript loop over the cells for every record (addRow) were a third of its time;
 * validate-data's files have categorical columns, whose rows took the record path before.
 */
export class PlainRows {
  /** calls in a row that placed nothing, and the records still to leave to the record path */
  private refusals = 0;
  private skip = 0;
  /** whether the last scan asked the scanner (else it left the record to the record path at once) */
  asked = false;

  private constructor(
    private readonly scanner: CsvWasmScanner,
    private readonly keptColumns: number,
  ) {}

  /**
   * The plain-row path for a read of `width` columns that keeps `kept` (file column indexes, in the
   * batch's column order) and puts `matrix` into the feature matrix; undefined when a kept column is
   * read as text from the start (`keptAsText`) or a row does not fit the scanner's room.
   */
  static plan(scanner: CsvWasmScanner, width: number, kept: readonly number[], matrix: readonly number[], matrixType: 'float32' | 'float64', keptAsText: boolean): PlainRows | undefined {
    // columns read as text from their first cell keep their spelling: never plain numbers
    if (keptAsText) return undefined;
    const places = new Int32Array(width).fill(-1);
    kept.forEach((k, c) => (places[k] = -2 - c));
    matrix.forEach((k, j) => (places[k] = j));
    const plan: RowPlan = { places, matrixWidth: matrix.length, matrixType, keptColumns: kept.length };
    return scanner.planRows(plan) > 0 ? new PlainRows(scanner, kept.length) : undefined;
  }

  /**
   * Scans plain rows from `pos`, at most `maxRows`, into the scanner's memory; returns the offset
   * after them (`pos` when the record there is not plain). `copyInto` puts them in the batch.
   */
  scan(buf: Buffer, pos: number, eof: boolean, maxRows: number, line: number, holdsText: (c: number) => boolean = () => false): number {
    this.asked = false;
    // records that are never plain (a matrix column empty in every row) would be scanned twice each:
    // after a few refusals in a row, the next ones go straight to the record path
    if (this.skip > 0) {
      this.skip--;
      return pos;
    }
    this.asked = true;
    // kept columns that hold text (`holdsText`) read their settled numbers by their bytes: the scanner keeps their places
    this.scanner.markTextColumns(holdsText);
    const next = this.scanner.scanRowsPlaced(buf, pos, eof, maxRows, line);
    if (this.scanner.placedRows.rows > 0) this.refusals = 0;
    else if (++this.refusals >= REFUSALS_BEFORE_SKIPPING) this.skip = RECORDS_SKIPPED;
    return next;
  }

  get rows(): number {
    return this.asked ? this.scanner.placedRows.rows : 0;
  }

  get lineAfter(): number {
    return this.scanner.placedRows.line;
  }

  /**
   * From the next scan on, placed cells of kept column `c` that hold exactly the text of
   * buf[start, end) come with `code`, its code in the column's TextInterner (see
   * CsvWasmScanner.keepText): for a text that does not read as a number.
   */
  keepText(c: number, code: number, buf: Buffer, start: number, end: number): void {
    this.scanner.keepText(c, code, buf, start, end);
  }

  /** kept column `c`'s cells come without codes from the next scan on */
  stopCoding(c: number): void {
    this.scanner.stopCoding(c);
  }

  /** the rows scan placed (in `buf`), appended to `batch` and `matrix`; cells the scanner did not settle go to `cells` */
  copyInto(buf: Buffer, batch: BatchBuilder, matrix: FeatureMatrixBuilder | undefined, cells: PlacedCellReader): void {
    copyRows(buf, this.scanner.placedRows, batch, matrix, this.keptColumns, cells);
  }
}

/**
 * The record path's reading of one cell of kept column `c` (unquoted, at buf[start, end), `scanned`
 * the scanner's value or NaN; where it is NaN and the cell at most 64 bytes, `hash` is its textHash).
 */
export interface PlacedCellReader {
  readPlacedCell(buf: Buffer, builder: ColumnBuilder, c: number, start: number, end: number, scanned: number, hash: number): void;
  /**
   * The dictionary of kept column `c`'s interner while the codes the scanner gives its cells are
   * its codes (it keeps texts still): a coded cell is then `builder.addCoded(code, dictionary)`,
   * what readPlacedCell does with it; undefined otherwise.
   */
  codedDictionary(c: number): readonly string[] | undefined;
}

const REFUSALS_BEFORE_SKIPPING = 8;
const RECORDS_SKIPPED = 256;

function copyRows(buf: Buffer, placed: PlacedRows, batch: BatchBuilder, matrix: FeatureMatrixBuilder | undefined, keptColumns: number, cells: PlacedCellReader): void {
  const rows = placed.rows;
  const first = batch.rows;
  if (matrix) {
    matrix.reserve(first + rows - 1);
    const width = matrix.width;
    matrix.data.set(placed.matrix.subarray(0, rows * width), first * width);
  }
  const builders = batch.builders;
  const capacity = placed.capacity;
  const { unsettled, coded, uncoded, textCells } = placed;
  for (let c = 0; c < keptColumns; c++) {
    const from = c * capacity;
    const builder = builders[c]!;
    // a numeric column whose every cell placed is a settled number, or empty (NaN, as addMissing
    // stores a missing cell), takes them all at once
    if (!builder.isText && (unsettled[c] === 0 || textCells[c] === 0)) {
      // the unsettled cells are the missing ones, NaN: the scanner's counts are the placed rows' own
      builder.addNumbers(placed.kept.subarray(from, from + rows), unsettled[c]!);
      continue;
    }
    const dictionary = coded[c] ? cells.codedDictionary(c) : undefined;
    // a categorical column whose every cell placed is a text the scanner coded, likewise
    if (dictionary && uncoded[c] === 0 && builder.addCodes(placed.keptCodes.subarray(from, from + rows), dictionary)) continue;
    copyCells(buf, placed, from, rows, builder, c, cells, dictionary);
  }
  batch.endRows(placed.lines.subarray(0, rows));
}

/** one column's cells of the run, in row order, as the record path's addRow reads each */
function copyCells(buf: Buffer, placed: PlacedRows, from: number, rows: number, builder: ColumnBuilder, c: number, cells: PlacedCellReader, dictionary: readonly string[] | undefined): void {
  const { kept, keptStarts, keptEnds, keptHashes, keptCodes } = placed;
  for (let i = from; i < from + rows; i++) {
    const value = kept[i]!;
    // a settled number in a column without text is added as the record path adds it (its place may be stale: see PlacedRows.keptStarts)
    if (value === value && !builder.isText) {
      if (!builder.tryAddNumber(value)) builder.addNumber(value);
      continue;
    }
    if (dictionary) {
      const code = keptCodes[i]!;
      if (code >= 0) {
        builder.addCoded(code, dictionary);
        continue;
      }
    }
    cells.readPlacedCell(buf, builder, c, keptStarts[i]!, keptEnds[i]!, value, keptHashes[i]!);
    // the text it kept may have filled the interner, whose codes then stop (and the scanner's with them)
    if (dictionary) dictionary = cells.codedDictionary(c);
  }
}
