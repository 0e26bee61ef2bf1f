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
    /** numeric arrays of batches the caller is done with */
    spare?: Float64Array[],
  ) {
    this.builders = names.map((name) => new ColumnBuilder(name, capacity, textColumns.has(name), spare));
    this.lines = new Int32Array(withLines ? Math.max(16, capacity) : 0);
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

  /** Names of columns that turned to text after holding numbers (their numbers lost their spelling). */
  mixedColumns(): string[] {
    return this.builders.filter((b) => b.numbersBecameText).map((b) => b.name);
  }

  finish(): Table {
    for (const builder of this.builders) builder.fillMissingTo(this.rows);
    const table: Table = { source: this.source, format: this.format, rowCount: this.rows, columns: this.builders.map((b) => b.finish()) };
    if (this.withLines) table.rowLines = this.lines.slice(0, this.rows);
    return table;
  }
}

/** Hands finished batches to the caller's onBatch in order, awaiting each, outside the parse loop. */
export class BatchQueue {
  private pending: Table[] = [];
  /** with reuse: the numeric arrays of batches handed on, for the next batches */
  readonly spare: Float64Array[] | undefined;

  constructor(
    private readonly onBatch: (batch: Table) => void | Promise<void>,
    reuse = false,
  ) {
    if (reuse) this.spare = [];
  }

  push(batch: Table): void {
    this.pending.push(batch);
  }

  async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.shift()!;
      await this.onBatch(batch);
      // whole arrays, not the batch's views of them (shorter when trimmed)
      if (this.spare) for (const c of batch.columns) if (c.kind === 'numeric') this.spare.push(new Float64Array(c.values.buffer, 0, c.values.buffer.byteLength / 8));
    }
  }
}

/** A table with the given columns and no rows (what `maxRows: 0` asks for). */
export function emptyTable(source: string, format: DataFormat, names: string[]): Table {
  return new BatchBuilder(source, format, names, undefined, format !== 'parquet', 16).finish();
}
