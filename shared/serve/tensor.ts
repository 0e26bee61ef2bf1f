import type { OipDatatype, TensorArray } from './datatypes.js';

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
