import type { OipDatatype, TensorArray } from './datatypes.js';
// imported rather than the global: Node defines it on globalThis as a getter, called on every use
import { Buffer } from 'node:buffer';

/** One named tensor, row-major, as the protocol carries it and onnxruntime takes it. */
export interface Tensor {
  name: string;
  datatype: OipDatatype;
  shape: number[];
  data: TensorArray;
  parameters?: Record<string, unknown>;
}

/** An inference request once decoded and checked: every input's element count matches its shape. */
export interface InferRequest {
  id?: string;
  inputs: Tensor[];
  /** the outputs asked for (all when absent), each in binary form or JSON */
  outputs?: { name: string; binary?: boolean }[];
  /** `parameters.binary_data_output`: every output in binary form unless it says otherwise */
  binaryOutputs: boolean;
}

/** no tensor may claim more elements than this, whatever its body holds */
export const MAX_ELEMENTS = 2 ** 30;

/** the product of a shape's dims */
export function elementCount(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/**
 * A float array of `count` elements for a decoded tensor, in node's shared Buffer pool when small
 * (8-byte aligned: no allocation of its own per request). Its bytes are not cleared: the caller
 * writes every element before anything reads it.
 */
export function pooledFloats(datatype: 'FP32' | 'FP64', count: number): Float32Array | Float64Array {
  const bytes = Buffer.allocUnsafe(count * (datatype === 'FP32' ? 4 : 8));
  return datatype === 'FP32' ? new Float32Array(bytes.buffer, bytes.byteOffset, count) : new Float64Array(bytes.buffer, bytes.byteOffset, count);
}

