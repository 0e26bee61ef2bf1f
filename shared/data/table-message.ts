import { isOwnMemory } from './batch.js';
import { codedTextColumn } from './coded-text.js';
import type { FeatureMatrix } from './feature-matrix.js';
import type { Column, DataFormat, Table } from './table.js';

/**
 * A Table as a worker thread posts it (structured clone): plain data, with the feature matrix
 * either in the worker's shared memory (`shared`, read and copied out by the receiver before it
 * lets the worker fill it again) or copied with the message.
 */
export interface TableMessage {
  source: string;
  format: DataFormat;
  rowCount: number;
  columns: ColumnMessage[];
  rowLines?: Int32Array;
  featureMatrix?: Omit<FeatureMatrix, 'data'> & ({ shared: SharedArrayBuffer; length: number } | { data: Float32Array | Float64Array });
}

type ColumnMessage =
  | { kind: 'numeric'; name: string; values: Float64Array }
  | { kind: 'text'; name: string; values?: (string | null)[]; codes?: Int32Array; dictionary?: readonly string[]; firstNonNumericRow?: number };

/** `table` as a message; its matrix stays where it is when it lies in `shared` */
export function tableMessage(table: Table, shared: SharedArrayBuffer | undefined): TableMessage {
  const message: TableMessage = { source: table.source, format: table.format, rowCount: table.rowCount, columns: table.columns.map(columnMessage) };
  if (table.rowLines) message.rowLines = table.rowLines;
  const matrix = table.featureMatrix;
  if (matrix) {
    const { data, ...rest } = matrix;
    message.featureMatrix = shared && data.buffer === shared ? { ...rest, shared, length: data.length } : { ...rest, data };
  }
  return message;
}

function columnMessage(column: Column): ColumnMessage {
  if (column.kind === 'numeric') return { kind: 'numeric', name: column.name, values: column.values };
  // a coded column's codes, not its values: no string per row on either side
  const { name, firstNonNumericRow, codes, dictionary } = column;
  const extra = firstNonNumericRow !== undefined ? { firstNonNumericRow } : {};
  return codes && dictionary ? { kind: 'text', name, codes, dictionary, ...extra } : { kind: 'text', name, values: column.values, ...extra };
}

/**
 * The Table a message holds. A matrix in shared memory is copied into `matrixMemory(bytes)`'s
 * ArrayBuffer (onnxruntime-node takes no input in shared memory), after which the worker may
 * overwrite it.
 */
export function tableOfMessage(message: TableMessage, matrixMemory: (bytes: number) => ArrayBuffer | undefined): Table {
  const table: Table = { source: message.source, format: message.format, rowCount: message.rowCount, columns: message.columns.map(columnOfMessage) };
  if (message.rowLines) table.rowLines = message.rowLines;
  const matrix = message.featureMatrix;
  if (matrix) {
    const { columns, type, textCell, finite } = matrix;
    let data: Float32Array | Float64Array;
    if ('shared' in matrix) {
      const Type = type === 'float64' ? Float64Array : Float32Array;
      const bytes = matrix.length * Type.BYTES_PER_ELEMENT;
      const memory = matrixMemory(bytes);
      data = memory ? new Type(memory, 0, matrix.length) : new Type(matrix.length);
      data.set(new Type(matrix.shared as unknown as ArrayBuffer, 0, matrix.length));
    } else data = matrix.data;
    table.featureMatrix = { columns, type, data, ...(textCell ? { textCell } : {}), ...(finite ? { finite } : {}) };
  }
  return table;
}

function columnOfMessage(column: ColumnMessage): Column {
  if (column.kind === 'numeric') return column;
  const { name, firstNonNumericRow, codes, dictionary, values } = column;
  if (codes && dictionary) return codedTextColumn(name, codes, dictionary, firstNonNumericRow);
  return { kind: 'text', name, values: values!, ...(firstNonNumericRow !== undefined ? { firstNonNumericRow } : {}) };
}

/**
 * The memory of `message`'s arrays to move rather than copy when it is posted (a transfer list):
 * its columns and row lines. Moving them spares both threads a copy, and the receiver a fresh
 * allocation, per batch; a matrix in shared memory stays where it is.
 */
export function transferablesOf(message: TableMessage): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (array: { buffer: ArrayBufferLike } | undefined) => {
    if (isOwnMemory(array?.buffer)) buffers.add(array.buffer);
  };
  for (const column of message.columns) add(column.kind === 'numeric' ? column.values : column.codes);
  add(message.rowLines);
  if (message.featureMatrix && 'data' in message.featureMatrix) add(message.featureMatrix.data);
  return [...buffers];
}

/** A batch's arrays handed back to the thread that read it, for its later batches (SpareArrays.reclaim). */
export interface SpareMessage {
  spare: Pick<Table, 'columns' | 'rowLines'>;
}

/**
 * `table`'s arrays to hand back to the thread that posted it, once the caller is done with the
 * batch (StreamOptions.reuseBatches): the arrays and the transfer list moving them. The feature
 * matrix is not among them: this thread keeps its own (tableOfMessage).
 */
export function spareMessageOf(table: Table): { message: SpareMessage; transfer: ArrayBuffer[] } {
  const columns: Column[] = [];
  const transfer = new Set<ArrayBuffer>();
  /** adds `array`'s memory to the transfer list: false when it cannot move (shared, moved already, or listed) */
  const moves = (array: { buffer: ArrayBufferLike }): boolean => {
    const buffer = array.buffer;
    if (!isOwnMemory(buffer) || transfer.has(buffer)) return false;
    transfer.add(buffer);
    return true;
  };
  for (const column of table.columns) {
    if (column.kind === 'numeric') {
      if (moves(column.values)) columns.push(column);
    } else if (column.codes && moves(column.codes)) columns.push({ kind: 'text', name: column.name, values: [], codes: column.codes });
  }
  const lines = table.rowLines;
  const spare: SpareMessage['spare'] = { columns };
  if (lines && moves(lines)) spare.rowLines = lines;
  return { message: { spare }, transfer: [...transfer] };
}

