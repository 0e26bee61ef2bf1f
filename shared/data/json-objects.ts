import { STOP, readBlocks } from './block-reader.js';
import { CR, LF, bomLength } from './bytes.js';
import type { BatchBuilder } from './batch.js';
import { emptyFileError, openTextDataFile } from './data-file.js';
import { DEFAULT_MAX_RECORD_BYTES, type ReadOptions } from './read-options.js';
import type { Table } from './table.js';
import { TextReader } from './text-reader.js';

/**
 * What every JSON Lines reader shares: lines split from blocks (plain or gzip, through the block
 * reader), blank lines skipped, each line parsed as one JSON object, a line that is not one
 * reported as a row problem. Subclasses say what an object becomes (a row of a table, a record of
 * a prediction log).
 */
export abstract class JsonObjectReader extends TextReader {
  protected sawContent = false;
  /** lines starting at or after this byte offset are left to the next reader of the file */
  protected endOffset = Infinity;

  consume(buf: Buffer, offset: number, eof: boolean): number {
    let pos = offset === 0 ? bomLength(buf) : 0;
    this.utf8.check(buf, offset, pos, this.line, eof);
    while (pos < buf.length) {
      if (offset + pos >= this.endOffset) return STOP;
      let lineEnd = buf.indexOf(LF, pos);
      if (lineEnd < 0) {
        if (!eof) break;
        lineEnd = buf.length;
      }
      const line = this.line++;
      const text = buf.toString('utf8', pos, lineEnd > pos && buf[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd);
      pos = lineEnd + 1;
      this.utf8.reportThrough(line);
      if (text.trim() === '') continue;
      this.sawContent = true;
      const row = this.parseLine(text, line);
      if (row) this.addObject(row, line);
      if (this.reachedMaxRows()) return STOP;
    }
    if (eof) this.endOfFile();
    return Math.min(pos, buf.length);
  }

  protected abstract addObject(row: Record<string, unknown>, line: number): void;

  private parseLine(text: string, line: number): Record<string, unknown> | undefined {
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch (err) {
      this.issues.report('bad-json', line, `line ${line} of ${this.source} is not valid JSON: ${(err as Error).message}`);
      return undefined;
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      this.issues.report('bad-json', line, `line ${line} of ${this.source} is ${Array.isArray(row) ? 'an array' : 'not an object'}; each line must be one JSON object`);
      return undefined;
    }
    return row as Record<string, unknown>;
  }
}

export interface JsonObjectStreamOptions extends Pick<ReadOptions, 'onIssue' | 'maxRecordBytes'> {
  /** each object in file order, with the line it is on */
  onObject(object: Record<string, unknown>, line: number): void;
  /** after each block of lines (about 4 MiB): where an async consumer may catch up */
  afterBlock?(): Promise<void>;
  /** stop after this many objects (a look at the first record) */
  maxObjects?: number;
  /**
   * Read the lines of a byte range of an uncompressed file (several readers sharing one file):
   * from `start` (a line start, with its line number) to the line starting at or after `end`.
   */
  range?: { start: { offset: number; line: number }; end: number };
}

/**
 * Streams the objects of a JSON Lines file (plain or gzip) one by one with bounded memory, for
 * records that are not rows of a table (a prediction log's nested, columnar records). Resolves to
 * the number of objects read.
 */
export async function streamJsonObjects(path: string, options: JsonObjectStreamOptions): Promise<{ objects: number }> {
  const file = await openTextDataFile(path);
  try {
    const reader = new CallbackObjectReader(path, options);
    const range = options.range;
    if (range && file.gzip) throw new Error(`${path}: a gzip stream cannot be read from a byte offset`);
    if (range) reader.startAt(range.start.line, range.end);
    await readBlocks(file.source, reader, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES, { path, from: range?.start.offset ?? 0 });
    if (!reader.anyContent && !range) throw emptyFileError(path);
    return { objects: reader.objects };
  } finally {
    await file.close();
  }
}

class CallbackObjectReader extends JsonObjectReader {
  objects = 0;

  constructor(
    source: string,
    private readonly callbacks: JsonObjectStreamOptions,
  ) {
    super(source, { ...(callbacks.onIssue ? { onIssue: callbacks.onIssue } : {}), ...(callbacks.maxObjects !== undefined ? { maxRows: callbacks.maxObjects } : {}), onBatch: () => undefined });
  }

  startAt(line: number, endOffset: number): void {
    this.line = line;
    this.endOffset = endOffset;
  }

  get anyContent(): boolean {
    return this.sawContent;
  }

  protected addObject(row: Record<string, unknown>, line: number): void {
    this.objects++;
    this.rowCount++;
    this.callbacks.onObject(row, line);
  }

  override async afterBlock(): Promise<void> {
    await this.callbacks.afterBlock?.();
  }

  protected finishBatch(_batch: BatchBuilder): Table {
    throw new Error('an object reader makes no batches');
  }
}
