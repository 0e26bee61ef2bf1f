import { BatchQueue, type BatchBuilder } from './batch.js';
import type { BlockConsumer } from './block-reader.js';
import { recordTooLongError } from './data-file.js';
import { IssueSink } from './issues.js';
import type { ReadOptions, StreamOptions } from './read-options.js';
import type { Table } from './table.js';
import { Utf8LineCheck } from './utf8.js';

/**
 * What the CSV and JSON Lines readers share: line counting, row problems, the UTF-8 check, the
 * maxRows stop and handing batches on.
 */
export abstract class TextReader implements BlockConsumer {
  protected readonly issues: IssueSink;
  protected readonly utf8: Utf8LineCheck;
  protected readonly maxRows: number;
  /** the line at the front of the unread part of the file */
  protected line = 1;
  protected rowCount = 0;
  protected batch: BatchBuilder | undefined;
  protected readonly queue: BatchQueue;

  constructor(
    protected readonly source: string,
    options: ReadOptions & Pick<StreamOptions, 'onBatch' | 'reuseBatches'>,
  ) {
    this.issues = new IssueSink(source, options.onIssue);
    this.queue = new BatchQueue(options.onBatch, options.reuseBatches);
    this.maxRows = options.maxRows ?? Infinity;
    this.utf8 = new Utf8LineCheck((line, byte) => this.issues.report('invalid-utf8', line, `line ${line} of ${source} has bytes that are not UTF-8 (byte ${byte} of the file)`));
  }

  abstract consume(buf: Buffer, offset: number, eof: boolean): number;

  /** Turns a full batch into the Table handed on. */
  protected abstract finishBatch(batch: BatchBuilder): Table;

  afterBlock(): Promise<void> {
    return this.queue.drain();
  }

  recordTooLong(limit: number): never {
    throw recordTooLongError(this.source, this.line, limit);
  }

  /** After each row: true (and the last batch ended) when maxRows is reached. */
  protected reachedMaxRows(): boolean {
    if (this.rowCount < this.maxRows) return false;
    this.endBatch();
    return true;
  }

  protected endOfFile(): void {
    this.utf8.reportThrough(Infinity);
    this.endBatch();
  }

  protected endBatch(): void {
    const batch = this.batch;
    if (!batch || batch.rows === 0) return;
    this.queue.push(this.finishBatch(batch));
    this.batch = undefined;
  }
}
