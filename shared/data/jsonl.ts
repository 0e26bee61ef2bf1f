import { UserError } from '../errors.js';
import { BatchBuilder, emptyTable } from './batch.js';
import { readBlocks } from './block-reader.js';
import type { ColumnBuilder } from './column-builder.js';
import { emptyFileError, openTextDataFile } from './data-file.js';
import { DEFAULT_BATCH_ROWS, DEFAULT_MAX_RECORD_BYTES, type ReadOptions, type StreamOptions } from './read-options.js';
import type { Table } from './table.js';
import { JsonObjectReader } from './json-objects.js';
import { MAX_COLUMNS } from './csv-header.js';

export interface JsonlStreamSummary {
  /** every key seen, in order of first appearance */
  keys: string[];
  rowCount: number;
}

/**
 * Streams a JSON Lines file (one object per line) in batches of rows with bounded memory. Numbers
 * and booleans (as 1/0) make numeric cells, strings text, null or an absent key a missing cell. A
 * batch has the columns seen so far; one first seen later is missing in the batches before it.
 */
export async function streamJsonl(path: string, options: StreamOptions): Promise<JsonlStreamSummary> {
  const file = await openTextDataFile(path, options.onBytes);
  try {
    const reader = new JsonlReader(path, options, options.batchRows ?? DEFAULT_BATCH_ROWS);
    await readBlocks(file.source, reader, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES, { path });
    return reader.result();
  } finally {
    await file.close();
  }
}

/** Reads a whole JSON Lines file into one Table. */
export async function readJsonl(path: string, options: ReadOptions = {}): Promise<Table> {
  let table: Table | undefined;
  const { keys } = await streamJsonl(path, { ...options, batchRows: Infinity, onBatch: (batch) => void (table = batch) });
  return table ?? emptyTable(path, 'jsonl', options.columns ?? keys);
}

class JsonlReader extends JsonObjectReader {
  private readonly wanted: Set<string> | undefined;
  private keys: string[] = [];
  private builders = new Map<string, ColumnBuilder>();

  constructor(
    source: string,
    private readonly options: ReadOptions & Pick<StreamOptions, 'onBatch'>,
    private readonly batchRows: number,
  ) {
    super(source, options);
    this.wanted = options.columns ? new Set(options.columns) : undefined;
  }

  result(): JsonlStreamSummary {
    if (!this.sawContent) throw emptyFileError(this.source);
    if (this.rowCount === 0 && this.maxRows > 0) {
      throw new UserError(`no line of ${this.source} could be read as a row`, this.source, 'fix the problems reported for its lines', { file: this.source });
    }
    const absent = this.options.columns?.find((name) => !this.keys.includes(name));
    if (absent !== undefined && this.rowCount > 0) {
      throw new UserError(`key ${JSON.stringify(absent)} is in no row of ${this.source}`, this.source, `use one of its keys: ${this.keys.slice(0, 20).map((k) => JSON.stringify(k)).join(', ')}`, { file: this.source });
    }
    return { keys: this.keys, rowCount: this.rowCount };
  }

  protected addObject(row: Record<string, unknown>, line: number): void {
    const batch = (this.batch ??= this.newBatch());
    const entries = Object.entries(row);
    // refused before any builder is made for its keys: each costs one, as a CSV column does
    if (entries.length > MAX_COLUMNS) throw this.tooWide(line, `line ${line} of ${this.source} has ${entries.length} keys`);
    for (const [key, value] of entries) {
      const builder = this.builders.get(key) ?? this.addKey(key, batch, line);
      if (!builder) continue;
      builder.fillMissingTo(batch.rows);
      if (typeof value === 'number') builder.addNumber(value);
      else if (typeof value === 'string') builder.addText(value);
      else if (typeof value === 'boolean') builder.addNumber(value ? 1 : 0);
      else if (value === null) builder.addMissing();
      else {
        this.issues.report('nested-value', line, `line ${line} of ${this.source}: key ${JSON.stringify(key)} holds ${Array.isArray(value) ? 'an array' : 'an object'}, not a single value`);
        builder.addMissing();
      }
    }
    for (const builder of batch.builders) builder.fillMissingTo(batch.rows + 1);
    batch.endRow(line);
    this.rowCount++;
    if (batch.rows >= this.batchRows) this.endBatch();
  }

  private tooWide(line: number, what: string): UserError {
    return new UserError(`${what}, more than the ${MAX_COLUMNS} columns mlci reads from one file`, `${this.source}:${line}`, 'select the keys you need into narrower records (or reshape very wide records into rows)', { file: this.source, line });
  }

  private addKey(key: string, batch: BatchBuilder, line: number): ColumnBuilder | undefined {
    if (this.wanted && !this.wanted.has(key)) return undefined;
    if (this.keys.length >= MAX_COLUMNS) throw this.tooWide(line, `${this.source} has ${MAX_COLUMNS + 1} distinct keys by line ${line} (which adds ${JSON.stringify(key.slice(0, 80))})`);
    this.keys.push(key);
    const builder = batch.addColumn(key);
    this.builders.set(key, builder);
    return builder;
  }

  private newBatch(): BatchBuilder {
    const batch = new BatchBuilder(this.source, 'jsonl', this.keys, undefined, true, Math.min(this.batchRows, this.maxRows, 1024));
    this.builders = new Map(batch.builders.map((b) => [b.name, b]));
    return batch;
  }

  protected finishBatch(batch: BatchBuilder): Table {
    const table = batch.finish();
    if (this.options.columns) {
      const byName = new Map(table.columns.map((c) => [c.name, c]));
      table.columns = this.options.columns.filter((name) => byName.has(name)).map((name) => byName.get(name)!);
    }
    return table;
  }
}
