// The public surface of the data readers; the other files here are internals.
export { detectFormat, loadTable, streamTable, type LoadOptions, type StreamTableOptions } from './load.js';
export { readCsv, streamCsv, type CsvOptions, type CsvStreamOptions, type CsvStreamSummary } from './csv.js';
export type { CsvStart } from './csv-reader.js';
export { locateCsvRows, type LocateOptions } from './csv-locate.js';
export { readJsonl, streamJsonl, type JsonlStreamSummary } from './jsonl.js';
export { streamJsonObjects, type JsonObjectStreamOptions } from './json-objects.js';
// the Parquet reader is reached through loadTable / streamTable, which load it on first use
export { issueError } from './issues.js';
export type { DataIssue, DataIssueKind, ReadOptions, StreamOptions } from './read-options.js';
export { textAt } from './coded-text.js';
export { describeRow, findColumn, type Column, type DataFormat, type NumericColumn, type Table, type TextColumn } from './table.js';
