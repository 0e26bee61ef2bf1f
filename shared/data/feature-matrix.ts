/**
 * A table's feature columns read straight into one row-major matrix: the input layout of a model
 * with one [N, k] input, built by the CSV reader while it parses (and by the Parquet reader from
 * each row group's decoded columns), in place of those columns.
 *
 * Why: evaluation reads the features only to feed them to the model. Kept as float64 columns, a
 * million rows of thirty features are 240 MB that the reader writes and that predict reads back
 * to interleave them into float32 rows, which on a machine bound by memory bandwidth costs about
 * half of what onnxruntime takes to run a small model over them (bench/inference.mjs). A CSV is
 * parsed row by row, so its reader can store each feature once, in its place in the model's row,
 * as the model's type: half the bytes, written once, and predict hands onnxruntime slices of the
 * matrix with no copy at all.
 *
 * The cells hold what the columns would have held (NaN for a missing cell), rounded to float32
 * when asked for float32, exactly as predict's own interleaving rounds them.
 */
import type { SpareArrays } from './batch.js';

export type FeatureMatrixType = 'float32' | 'float64';

/** the largest finite float32: a larger value is ±Infinity in a float32 matrix */
export const FLOAT32_MAX = 3.4028234663852886e38;

/** What a reader is asked to build. */
export interface FeatureMatrixRequest {
  /** columns to keep as columns (the target, a slice column); every other column read goes to the matrix */
  exclude: string[];
  type: FeatureMatrixType;
}

/** The first cell of a matrix column that is not a number: the matrix cannot feed a model. */
export interface FeatureMatrixTextCell {
  column: string;
  /** the row's index in the table */
  row: number;
  text: string;
}

/** rowCount × columns.length cells, row-major. */
export interface FeatureMatrix {
  columns: string[];
  type: FeatureMatrixType;
  data: Float32Array | Float64Array;
  /** present when a cell of the matrix's columns holds text (that cell is NaN in `data`) */
  textCell?: FeatureMatrixTextCell;
  /**
   * true when the reader knows no cell is ±Infinity (every cell it wrote was a decimal its scanner
   * settled, which is below 2^53 · 10^22 ≈ 9e37, within float32's range; NaN; or a value it saw
   * was within that range): the model's value check need not look at every cell again
   */
  finite?: true;
}

/** Which columns of a read go to the matrix, by their place among the columns read. */
export function splitMatrixColumns(names: readonly string[], request: FeatureMatrixRequest): { kept: number[]; matrix: number[] } {
  const excluded = new Set(request.exclude);
  const kept: number[] = [];
  const matrix: number[] = [];
  names.forEach((name, i) => (excluded.has(name) ? kept : matrix).push(i));
  return { kept, matrix };
}

/** Fills a FeatureMatrix row by row. */
export class FeatureMatrixBuilder {
  readonly width: number;
  data: Float32Array | Float64Array;
  private textCell: FeatureMatrixTextCell | undefined;
  /** whether the matrix can say it is `finite`: set by a reader that notes every value it writes outside float32's range (noteOutOfRange) */
  vouchesFinite = false;
  private outOfRange = false;

  constructor(
    private readonly columns: string[],
    private readonly type: FeatureMatrixType,
    capacityRows: number,
    /** matrices of batches the caller is done with (batch.ts) */
    private readonly spare?: SpareArrays,
  ) {
    this.width = columns.length;
    this.data = this.allocate(Math.max(16, capacityRows) * this.width);
  }

  /** makes room for row `row`, growing (and copying) when the estimate of rows fell short */
  reserve(row: number): void {
    const needed = (row + 1) * this.width;
    if (needed <= this.data.length) return;
    const bigger = this.allocate(Math.max(needed, this.data.length * 2));
    bigger.set(this.data);
    if (this.spare && this.data.length > 0) this.spare.giveBackMatrix(this.data.buffer);
    this.data = bigger;
  }

  /** records a text cell (the first one is what an error will show) */
  noteText(column: number, row: number, text: string): void {
    this.textCell ??= { column: this.columns[column]!, row, text };
  }

  /** a value written that may be ±Infinity in the matrix (beyond float32's range, or infinite) */
  noteOutOfRange(): void {
    this.outOfRange = true;
  }

  finish(rows: number): FeatureMatrix {
    const matrix: FeatureMatrix = { columns: this.columns, type: this.type, data: this.data.subarray(0, rows * this.width) };
    if (this.textCell) matrix.textCell = this.textCell;
    if (this.vouchesFinite && !this.outOfRange) matrix.finite = true;
    return matrix;
  }

  private allocate(length: number): Float32Array | Float64Array {
    const Type = this.type === 'float64' ? Float64Array : Float32Array;
    // a recycled matrix holds an earlier batch's cells: every cell of a row is written before it is
    // read. All of it is used: growing out of a recycled matrix would leave it for a new one.
    const reused = this.spare?.takeMatrix(length * Type.BYTES_PER_ELEMENT);
    return reused ? new Type(reused as ArrayBuffer, 0, Math.floor(reused.byteLength / Type.BYTES_PER_ELEMENT)) : new Type(length);
  }
}
