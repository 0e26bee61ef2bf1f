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
