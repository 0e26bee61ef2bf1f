import type { BatchBuilder } from './batch.js';
import type { FeatureMatrixBuilder } from './feature-matrix.js';
import type { CsvWasmScanner, PlacedRows, RowPlan } from './csv-wasm-scanner.js';

/**
 * The CSV reader's path for plain rows, many at a time: rows whose every cell read is a number the
 * WebAssembly scanner settled (of the header's width, no cell quoted) are placed by the
 * scanner itself, straight into matrix rows and kept columns in its memory, and copied from there
 * into the batch a run of rows at a time. Any other record stops the run and takes the reader's
 * record-by-record path, which stays the one definition of what a cell is; a plain row placed here
 * holds what that path gives it (the same numbers, float32 rounded as a Float32Array rounds).
 *
 * Why: on evaluate-gate's 1M-row file the reading thread is the critical path, and a call into the
 * module and a JavaScript loop over the cells for every record (addRow) were a third of its time.
 */
export class PlainRows {
  /** the batch with a kept column that turned text, whose rows all take the record path */
  private textBatch: BatchBuilder | undefined;
  /** calls in a row that placed nothing, and the records still to leave to the record path */
  private refusals = 0;
  private skip = 0;
  /** whether the last scan asked the scanner (else it left the record to the record path at once) */
  asked = false;

  private constructor(
    private readonly scanner: CsvWasmScanner,
    /** the kept columns' builders must still be numeric for a run to be placed */
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
   * after them (`pos` when the record there is not plain, or `batch` has a kept column that turned
   * text, whose cells the record path reads as text). `copyInto` puts them in the batch.
   */
  scan(buf: Buffer, pos: number, eof: boolean, maxRows: number, line: number, batch: BatchBuilder | undefined): number {
    this.asked = false;
    if (batch) {
      // a column stays text for the rest of its batch: asked once, not at every record after it
      if (batch === this.textBatch) return pos;
      for (let c = 0; c < this.keptColumns; c++) {
        if (batch.builders[c]!.isText) {
          this.textBatch = batch;
          return pos;
        }
      }
    }
    // records that are never plain (a column empty in every row) would be scanned twice each:
    // after a few refusals in a row, the next ones go straight to the record path
    if (this.skip > 0) {
      this.skip--;
      return pos;
    }
    this.asked = true;
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

  /** the rows scan placed, appended to `batch` and `matrix` */
  copyInto(batch: BatchBuilder, matrix: FeatureMatrixBuilder | undefined): void {
    copyRows(this.scanner.placedRows, batch, matrix, this.keptColumns);
  }
}

const REFUSALS_BEFORE_SKIPPING = 8;
const RECORDS_SKIPPED = 256;

function copyRows(placed: PlacedRows, batch: BatchBuilder, matrix: FeatureMatrixBuilder | undefined, keptColumns: number): void {
  const rows = placed.rows;
  const first = batch.rows;
  if (matrix) {
    matrix.reserve(first + rows - 1);
    const width = matrix.width;
    matrix.data.set(placed.matrix.subarray(0, rows * width), first * width);
  }
  const builders = batch.builders;
  const capacity = placed.capacity;
  for (let c = 0; c < keptColumns; c++) builders[c]!.addNumbers(placed.kept.subarray(c * capacity, c * capacity + rows));
  batch.endRows(placed.lines.subarray(0, rows));
}
