/**
 * The common JSON inference request, decoded without the generic path's walks and closures:
 * `{"id"?, "inputs": [{"name", "shape", "datatype": FP32|FP64, "data"}]}` with data flat or one
 * level of rows, every value a number and the count matching the shape. Anything else (other
 * fields, datatypes, parameters, outputs, deeper nesting, a wrong count or value) returns
 * undefined and the request goes through the generic decoder, which gives the same tensors for
 * what this accepts and every error for what it does not.
 */
import { MAX_ELEMENTS, pooledFloats, type InferRequest, type Tensor } from './tensor.js';

export function decodeCommonRequest(json: unknown): InferRequest | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  let inputs: unknown;
  let id: unknown;
  for (const key in json) {
    if (key === 'inputs') inputs = (json as { inputs: unknown }).inputs;
    else if (key === 'id') id = (json as { id: unknown }).id;
    else return undefined;
  }
  if (id !== undefined && typeof id !== 'string') return undefined;
  if (!Array.isArray(inputs) || inputs.length === 0) return undefined;
  const tensors: Tensor[] = new Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const tensor = commonInput(inputs[i]);
    if (!tensor) return undefined;
    tensors[i] = tensor;
  }
  return id === undefined ? { inputs: tensors, binaryOutputs: false } : { id, inputs: tensors, binaryOutputs: false };
}

function commonInput(input: unknown): Tensor | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  let name: unknown;
  let shape: unknown;
  let datatype: unknown;
  let data: unknown;
  let fields = 0;
  for (const key in input) {
    const value = (input as Record<string, unknown>)[key];
    if (key === 'name') name = value;
    else if (key === 'shape') shape = value;
    else if (key === 'datatype') datatype = value;
    else if (key === 'data') data = value;
    else return undefined;
    fields++;
  }
  if (fields !== 4 || typeof name !== 'string' || name === '' || (datatype !== 'FP32' && datatype !== 'FP64')) return undefined;
  if (!Array.isArray(shape) || !Array.isArray(data)) return undefined;
  let count = 1;
  for (const d of shape) {
    if (!Number.isSafeInteger(d) || d < 0) return undefined;
    count *= d;
    if (count > MAX_ELEMENTS) return undefined;
  }
  // counted and checked before anything is allocated: the shape may claim far more than the data holds
  let found = 0;
  for (const item of data) {
    if (typeof item === 'number') found++;
    else if (!Array.isArray(item)) return undefined;
    else {
      for (const value of item) if (typeof value !== 'number') return undefined;
      found += item.length;
    }
    if (found > count) return undefined;
  }
  if (found !== count) return undefined;
  // every element is written below, so the pooled bytes' old contents never show
  const out = pooledFloats(datatype, count);
  let n = 0;
  for (const item of data as (number | number[])[]) {
    if (typeof item === 'number') out[n++] = item;
    else for (const value of item) out[n++] = value;
  }
  return { name, datatype, shape: shape as number[], data: out };
}
