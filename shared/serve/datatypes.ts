/**
 * The Open Inference Protocol's tensor datatypes and onnxruntime's element types, one table: the
 * name each side uses, the bytes per element in the binary extension, and the typed array that
 * holds the values. FP16 travels as raw 16-bit words (binary only: JSON has no half floats).
 */
export type OipDatatype = 'BOOL' | 'UINT8' | 'UINT16' | 'UINT32' | 'UINT64' | 'INT8' | 'INT16' | 'INT32' | 'INT64' | 'FP16' | 'FP32' | 'FP64' | 'BYTES';

export type TensorArray =
  | Uint8Array
  | Int8Array
  | Uint16Array
  | Int16Array
  | Uint32Array
  | Int32Array
  | BigUint64Array
  | BigInt64Array
  | Float32Array
  | Float64Array
  | string[];

type ArrayKind = { new (length: number): Exclude<TensorArray, string[]>; new (buffer: ArrayBufferLike, byteOffset: number, length: number): Exclude<TensorArray, string[]> };

interface DatatypeInfo {
  oip: OipDatatype;
  ort: string;
  /** bytes per element in binary form; 0 for BYTES (length-prefixed) */
  size: number;
  array?: ArrayKind;
  /** how a JSON value becomes an element; undefined when JSON cannot carry the type */
  json?: 'float' | 'int' | 'bigint' | 'bool' | 'string';
  min?: number;
  max?: number;
}

const TABLE: DatatypeInfo[] = [
  { oip: 'BOOL', ort: 'bool', size: 1, array: Uint8Array, json: 'bool' },
  { oip: 'UINT8', ort: 'uint8', size: 1, array: Uint8Array, json: 'int', min: 0, max: 255 },
  { oip: 'UINT16', ort: 'uint16', size: 2, array: Uint16Array, json: 'int', min: 0, max: 65535 },
  { oip: 'UINT32', ort: 'uint32', size: 4, array: Uint32Array, json: 'int', min: 0, max: 4294967295 },
  { oip: 'UINT64', ort: 'uint64', size: 8, array: BigUint64Array, json: 'bigint', min: 0 },
  { oip: 'INT8', ort: 'int8', size: 1, array: Int8Array, json: 'int', min: -128, max: 127 },
  { oip: 'INT16', ort: 'int16', size: 2, array: Int16Array, json: 'int', min: -32768, max: 32767 },
  { oip: 'INT32', ort: 'int32', size: 4, array: Int32Array, json: 'int', min: -2147483648, max: 2147483647 },
  { oip: 'INT64', ort: 'int64', size: 8, array: BigInt64Array, json: 'bigint' },
  { oip: 'FP16', ort: 'float16', size: 2, array: Uint16Array },
  { oip: 'FP32', ort: 'float32', size: 4, array: Float32Array, json: 'float' },
  { oip: 'FP64', ort: 'float64', size: 8, array: Float64Array, json: 'float' },
  { oip: 'BYTES', ort: 'string', size: 0, json: 'string' },
];

const BY_OIP = new Map(TABLE.map((t) => [t.oip as string, t]));
const BY_ORT = new Map(TABLE.map((t) => [t.ort, t]));

export function datatypeInfo(oip: string): DatatypeInfo | undefined {
  return BY_OIP.get(oip);
}

/** the OIP name of an onnxruntime element type; undefined for types OIP cannot carry */
export function oipDatatypeOf(ortType: string): OipDatatype | undefined {
  return BY_ORT.get(ortType)?.oip;
}

export function ortTypeOf(oip: OipDatatype): string {
  return BY_OIP.get(oip)!.ort;
}

/** a zero-filled array of `length` elements of the type */
export function allocateArray(oip: OipDatatype, length: number): TensorArray {
  const info = BY_OIP.get(oip)!;
  return info.array ? new info.array(length) : new Array<string>(length).fill('');
}
