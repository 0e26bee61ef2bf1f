import type { FeatureMatrixRequest } from './feature-matrix.js';
import type { ParquetFooters } from './parquet-footers.js';
import type { Table } from './table.js';

/** A problem with one row that a lenient read reports and steps over. */
export interface DataIssue {
  kind: DataIssueKind;
  /** the file as the user named it */
  source: string;
  /** 1-based line in the file (for Parquet, the 1-based row) */
  line: number;
  message: string;
}

export type DataIssueKind =
  | 'short-row'
  | 'long-row'
  | 'invalid-utf8'
  | 'unterminated-quote'
  | 'bad-json'
  | 'nested-value';

/** Options every reader accepts. */
export interface ReadOptions {
  /** Load only these columns, in this order (the others are skipped without parsing). */
  columns?: string[];
  /** Stop after this many rows. */
  maxRows?: number;
  /**
   * Lenient mode: each row problem goes here and the read goes on (a short row gets missing cells,
   * a long row loses its extra cells, invalid UTF-8 becomes U+FFFD). Without it the read is strict
   * and the first row problem throws a UserError naming file:line.
   */
  onIssue?: (issue: DataIssue) => void;
  /** A record (line, or quoted multi-line row) longer than this fails fast. Default 64 MiB. */
  maxRecordBytes?: number;
  /**
   * For progress: the bytes of the file on disk read since the last call (compressed bytes for
   * gzip), called once per block of a few MiB (per batch for Parquet), never per row.
   */
  onBytes?: (bytes: number) => void;
  /**
   * Also lay the numeric feature columns out as one row-major matrix, the input layout of most
   * models (Table.featureMatrix), in place of their columns. CSV and Parquet reads build it, a
   * matrix per batch when streamed; JSON Lines reads ignore it, and predict then interleaves the columns.
   */
  featureMatrix?: FeatureMatrixRequest;
  /** Parquet footers already decoded in this piece of work (by the row-capacity hint): the file's is not read again. */
  parquetFooters?: ParquetFooters;
}

export interface StreamOptions extends ReadOptions {
  /** Rows per batch (the last batch may be shorter). Default 65,536. */
  batchRows?: number;
  /** Receives each batch in order; the next batch is not read until a returned promise settles. */
  onBatch: (batch: Table) => void | Promise<void>;
  /**
   * The caller keeps nothing of a batch once onBatch has returned (or its promise settled): the
   * arrays of numeric columns are then reused for later batches (CSV), which keeps memory flat
   * instead of leaving each batch's arrays for the garbage collector.
   */
  reuseBatches?: boolean;
}

export const DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;
export const DEFAULT_BATCH_ROWS = 65_536;
