import { ColumnBuilder } from './column-builder.js';
import type { DataFormat, Table } from './table.js';

/** The rows of one batch as they are read: a builder per column, and each row's line. */
export class BatchBuilder {
  readonly builders: ColumnBuilder[];
  rows = 0;
  private lines: Int32Array;

  constructor(
    private readonly source: string,
    private readonly format: DataFormat,
    names: string[],
    private readonly textColumns: ReadonlySet<string> = new Set(),
    private readonly withLines = true,
    /** expected rows, so that columns need not grow and copy as they fill */
    private readonly capacity = 1024,
    /** arrays of batches the caller is done with */
    private readonly spare?: SpareArrays,
    /** per column: it turned text in the batch before (see ColumnBuilder's textExpected) */
    textBefore?: readonly boolean[],
  ) {
    this.builders = names.map((name, c) => new ColumnBuilder(name, capacity, textColumns.has(name), spare?.numbers, textBefore?.[c] ?? false, spare?.codes));
    const size = withLines ? Math.max(16, capacity) : 0;
    this.lines = (withLines && spare?.takeLines(size)) || new Int32Array(size);
  }

  /** A column first seen part-way through (JSON Lines): earlier rows of the batch are missing. */
  addColumn(name: string): ColumnBuilder {
    const builder = new ColumnBuilder(name, this.capacity, this.textColumns.has(name));
    builder.fillMissingTo(this.rows);
    this.builders.push(builder);
    return builder;
  }

  /** Ends a row whose cells have all been added, recording the line it started on. */
  endRow(line: number): void {
    if (this.withLines) {
      if (this.rows === this.lines.length) {
        const bigger = new Int32Array(this.lines.length * 2);
        bigger.set(this.lines);
        this.lines = bigger;
      }
      this.lines[this.rows] = line;
    }
    this.rows++;
  }

  /** endRow for rows whose cells have all been added, started on `lines` */
  endRows(lines: Int32Array): void {
    if (this.withLines) {
      let size = this.lines.length;
      while (this.rows + lines.length > size) size *= 2;
      if (size > this.lines.length) {
        const bigger = new Int32Array(size);
        bigger.set(this.lines);
        this.lines = bigger;
      }
      this.lines.set(lines, this.rows);
    }
    this.rows += lines.length;
  }

  /** Names of columns that turned to text after holding numbers (their numbers lost their spelling). */
  mixedColumns(): string[] {
    return this.builders.filter((b) => b.numbersBecameText).map((b) => b.name);
  }

  finish(): Table {
    for (const builder of this.builders) builder.fillMissingTo(this.rows);
    const table: Table = { source: this.source, format: this.format, rowCount: this.rows, columns: this.builders.map((b) => b.finish()) };
    // a recycled batch's lines are a view (the reader's caller keeps nothing of a batch), else a trimmed copy
    if (this.withLines) table.rowLines = this.spare ? this.lines.subarray(0, this.rows) : this.lines.slice(0, this.rows);
    return table;
  }
}

/**
 * The arrays of batches the caller is done with (StreamOptions.reuseBatches), for the batches read
 * after them: numeric columns, feature matrices and row lines. Memory a process touches for the
 * first time costs a page fault per 4 KiB (on the virtual machines CI runs on, more than writing
 * it); a million rows of thirty float32 features are 120 MB of fresh matrices when each batch gets
 * its own, and two matrices when they are recycled.
 */
export class SpareArrays {
  readonly numbers: Float64Array[] = [];
  /** coded text columns' codes */
  readonly codes: Int32Array[] = [];
  private readonly matrices: ArrayBufferLike[] = [];
  private readonly lines: Int32Array[] = [];

  /**
   * keeps the arrays of `batch`: whole arrays, not the batch's views of them (shorter when trimmed);
   * not those whose memory was moved to another thread (detached, of no bytes)
   */
  reclaim(batch: Pick<Table, 'columns' | 'featureMatrix' | 'rowLines'>): void {
    for (const c of batch.columns) {
      if (c.kind === 'numeric') {
        if (isOwnMemory(c.values.buffer)) this.numbers.push(new Float64Array(c.values.buffer, 0, c.values.buffer.byteLength / 8));
      } else if (isOwnMemory(c.codes?.buffer) && this.codes.length < batch.columns.length) {
        // (at most one a column: a reader takes them back batch after batch)
        this.codes.push(new Int32Array(c.codes.buffer, 0, c.codes.buffer.byteLength / 4));
      }
    }
    const matrix = batch.featureMatrix?.data.buffer;
    if (isOwnMemory(matrix) && this.matrices.length < MAX_SPARE) this.matrices.push(matrix);
    const lines = batch.rowLines?.buffer;
    if (isOwnMemory(lines) && this.lines.length < MAX_SPARE) this.lines.push(new Int32Array(lines));
  }

  /** memory for a later matrix (a worker thread's shared memory, which its batches are read into) */
  offerMatrix(buffer: ArrayBufferLike): void {
    this.matrices.unshift(buffer);
  }

  /** a matrix taken from here and grown out of (its cells were copied to a larger one) */
  giveBackMatrix(buffer: ArrayBufferLike): void {
    if (this.matrices.length < MAX_SPARE) this.matrices.push(buffer);
  }

  /** a kept matrix's bytes of at least `bytes`, if one is kept */
  takeMatrix(bytes: number): ArrayBufferLike | undefined {
    const k = this.matrices.findIndex((b) => b.byteLength >= bytes);
    return k < 0 ? undefined : this.matrices.splice(k, 1)[0];
  }

  takeLines(length: number): Int32Array | undefined {
    const k = this.lines.findIndex((l) => l.length >= length);
    return k < 0 ? undefined : this.lines.splice(k, 1)[0];
  }
}

/** memory of this thread's own (not shared), not moved to another thread */
export function isOwnMemory(buffer: ArrayBufferLike | undefined): buffer is ArrayBuffer {
  return buffer instanceof ArrayBuffer && buffer.byteLength > 0;
}

/** arrays of one kind kept at most: a reader has one batch in the making and one or two handed on */
const MAX_SPARE = 4;

/** Hands finished batches to the caller's onBatch in order, awaiting each, outside the parse loop. */
export class BatchQueue {
  private pending: Table[] = [];
  /** with reuse: the arrays of batches handed on, for the next batches */
  readonly spare: SpareArrays | undefined;

  constructor(
    private readonly onBatch: (batch: Table) => void | Promise<void>,
    reuse = false,
  ) {
    if (reuse) this.spare = new SpareArrays();
  }

  push(batch: Table): void {
    this.pending.push(batch);
  }

  async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.shift()!;
      await this.onBatch(batch);
      this.spare?.reclaim(batch);
    }
  }
}

/** A table with the given columns and no rows (what `maxRows: 0` asks for). */
export function emptyTable(source: string, format: DataFormat, names: string[]): Table {
  return new BatchBuilder(source, format, names, undefined, format !== 'parquet', 16).finish();
}
