/**
 * Decoding an inference request: the JSON form and the binary tensor data extension
 * (`Inference-Header-Content-Length` bytes of JSON, then each input's raw bytes, little-endian
 * row-major, BYTES elements as a 4-byte length and the bytes).
 *
 * Every size is checked against the shape before anything is allocated: a body that claims
 * shape [1000000000, 30] and carries 30 values is a 400, not a 240 GB allocation.
 */
import { allocateArray, datatypeInfo, type OipDatatype, type TensorArray } from './datatypes.js';
import { badRequest } from './http-error.js';
import { decodeCommonRequest } from './decode-fast.js';
import { decodeSmallRequest } from './decode-small.js';
import { MAX_ELEMENTS, elementCount, type InferRequest, type Tensor } from './tensor.js';

const WHERE = 'request body';

export function decodeInferRequest(body: Buffer, headerLength: number | undefined): InferRequest {
  if (headerLength === undefined) {
    const small = decodeSmallRequest(body);
    if (small) return small;
  }
  let jsonBytes: Buffer = body;
  let binary: Buffer = Buffer.alloc(0);
  if (headerLength !== undefined) {
    if (!Number.isSafeInteger(headerLength) || headerLength < 0 || headerLength > body.length) {
      throw badRequest(
        `Inference-Header-Content-Length is ${headerLength}, but the body has ${body.length} bytes.`,
        'Inference-Header-Content-Length header',
        'Set it to the byte length of the JSON part that starts the body.',
      );
    }
    jsonBytes = body.subarray(0, headerLength);
    binary = body.subarray(headerLength);
  }
  const json = parseJson(jsonBytes);
  if (headerLength === undefined) {
    const common = decodeCommonRequest(json);
    if (common) return common;
  }
  if (!isObject(json)) throw badRequest('The inference request is not a JSON object.', WHERE, 'Send {"inputs": [{"name", "shape", "datatype", "data"}]}.');
  const request: InferRequest = { inputs: [], binaryOutputs: false };
  if (json.id !== undefined) {
    if (typeof json.id !== 'string') throw badRequest(`"id" is ${typeof json.id}; the protocol makes it a string.`, `${WHERE}: id`, 'Send the id as a string.');
    request.id = json.id;
  }
  const parameters = json.parameters;
  if (parameters !== undefined && !isObject(parameters)) throw badRequest('"parameters" is not an object.', `${WHERE}: parameters`, 'Send parameters as a JSON object.');
  if (parameters?.binary_data_output !== undefined) request.binaryOutputs = booleanParameter(parameters.binary_data_output, 'parameters.binary_data_output');
  if (!Array.isArray(json.inputs) || json.inputs.length === 0) {
    throw badRequest('The request has no "inputs" array.', `${WHERE}: inputs`, 'Send at least one input: {"name", "shape", "datatype", "data"}.');
  }
  const reader = { binary, offset: 0 };
  json.inputs.forEach((input, i) => request.inputs.push(decodeInput(input, i, reader)));
  if (reader.offset !== binary.length) {
    throw badRequest(
      `The binary part of the body has ${binary.length} bytes, and the inputs' binary_data_size add up to ${reader.offset}.`,
      'binary tensor data',
      'Send exactly the bytes the inputs declare, in the order of the inputs.',
    );
  }
  if (json.outputs !== undefined) request.outputs = decodeOutputs(json.outputs);
  return request;
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    const nonFinite = /\b(NaN|Infinity)\b/.test(bytes.subarray(0, 1 << 20).toString('latin1'));
    throw badRequest(
      `The request body is not valid JSON: ${(err as Error).message}.`,
      WHERE,
      nonFinite
        ? 'NaN and Infinity are not JSON numbers: send such values in binary form (the binary tensor data extension), or replace them.'
        : 'Send a JSON inference request (Content-Type: application/json), or set Inference-Header-Content-Length for the binary form.',
    );
  }
}

interface BinaryReader {
  binary: Buffer;
  offset: number;
}

function decodeInput(input: unknown, index: number, reader: BinaryReader): Tensor {
  const at = `${WHERE}: inputs[${index}]`;
  if (!isObject(input)) throw badRequest(`inputs[${index}] is not an object.`, at, 'Each input is {"name", "shape", "datatype", "data"}.');
  const name = input.name;
  if (typeof name !== 'string' || name === '') throw badRequest(`inputs[${index}] has no "name".`, at, 'Name each input as the model metadata (GET /v2/models/NAME) lists it.');
  const where = `${WHERE}: input "${name}"`;
  const datatype = input.datatype;
  const info = typeof datatype === 'string' ? datatypeInfo(datatype) : undefined;
  if (!info) throw badRequest(`Input "${name}" has datatype ${JSON.stringify(datatype)}, which is not an Open Inference Protocol datatype.`, where, 'Use one of BOOL, UINT8…UINT64, INT8…INT64, FP16, FP32, FP64, BYTES, as the model metadata lists it.');
  const shape = decodeShape(input.shape, where);
  const count = elementCount(shape);
  const tensor: Tensor = { name, datatype: info.oip, shape, data: [] };
  const parameters = input.parameters;
  if (parameters !== undefined && !isObject(parameters)) throw badRequest(`Input "${name}" has "parameters" that are not an object.`, where, 'Send parameters as a JSON object.');
  const binarySize = parameters?.binary_data_size;
  if (binarySize !== undefined) {
    if (input.data !== undefined) throw badRequest(`Input "${name}" has both "data" and binary_data_size.`, where, 'Send the values one way: in "data", or in the binary part.');
    tensor.data = readBinary(reader, binarySize, info.oip, info.size, count, shape, where);
    return tensor;
  }
  if (!Array.isArray(input.data)) throw badRequest(`Input "${name}" has no "data" array.`, where, 'Send the values in "data" (flat or nested, row-major), or in binary form with parameters.binary_data_size.');
  const found = countLeaves(input.data, count);
  if (found !== count) {
    throw badRequest(
      `Input "${name}" has shape [${shape.join(', ')}], which holds ${count} values, but its data has ${found > count ? `more than ${count}` : found}.`,
      where,
      'Make the shape match the data: rows × values per row.',
    );
  }
  if (!info.json) throw badRequest(`Input "${name}" is ${info.oip}, which JSON cannot carry.`, where, 'Send it in binary form (the binary tensor data extension).');
  tensor.data = fillFromJson(input.data, info.oip, info.json, count, where, info.min, info.max);
  return tensor;
}

function decodeShape(shape: unknown, where: string): number[] {
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0)) {
    throw badRequest(`The shape ${JSON.stringify(shape)} is not a list of non-negative integers.`, where, 'Send "shape" as the tensor\'s dims, e.g. [rows, features].');
  }
  let count = 1;
  for (const d of shape as number[]) {
    count *= d;
    if (count > MAX_ELEMENTS) {
      throw badRequest(`The shape [${shape.join(', ')}] claims more than ${MAX_ELEMENTS} values.`, where, 'Split the request into smaller batches.');
    }
  }
  return shape as number[];
}

/** leaves of a nested array, counting no further than `limit + 1` */
function countLeaves(data: unknown[], limit: number): number {
  let count = 0;
  const stack: unknown[][] = [data];
  while (stack.length > 0) {
    const list = stack.pop()!;
    for (const item of list) {
      if (Array.isArray(item)) stack.push(item);
      else if (++count > limit) return count;
    }
  }
  return count;
}

function fillFromJson(data: unknown[], oip: OipDatatype, kind: string, count: number, where: string, min?: number, max?: number): TensorArray {
  const out = allocateArray(oip, count);
  let i = 0;
  const wrong = (value: unknown, expected: string) =>
    badRequest(`Value ${JSON.stringify(value)?.slice(0, 40)} at position ${i} is not ${expected}, as datatype ${oip} needs.`, where, `Send ${expected} values, or the datatype the model metadata lists.`);
  const put = (value: unknown) => {
    switch (kind) {
      case 'float':
        if (typeof value !== 'number') throw wrong(value, 'a number');
        (out as Float32Array)[i] = value;
        break;
      case 'int':
        if (!Number.isInteger(value) || (value as number) < min! || (value as number) > max!) throw wrong(value, `an integer in [${min}, ${max}]`);
        (out as Int32Array)[i] = value as number;
        break;
      case 'bigint':
        if (!Number.isInteger(value) || (min !== undefined && (value as number) < min)) throw wrong(value, 'an integer');
        (out as BigInt64Array)[i] = BigInt(value as number);
        break;
      case 'bool':
        if (typeof value !== 'boolean') throw wrong(value, 'true or false');
        (out as Uint8Array)[i] = value ? 1 : 0;
        break;
      default:
        if (typeof value !== 'string') throw wrong(value, 'a string');
        (out as string[])[i] = value;
    }
    i++;
  };
  // Row-major order: depth first, left to right.
  const walk = (list: unknown[]) => {
    for (const item of list) {
      if (Array.isArray(item)) walk(item);
      else put(item);
    }
  };
  walk(data);
  return out;
}

function readBinary(reader: BinaryReader, size: unknown, oip: OipDatatype, elementSize: number, count: number, shape: number[], where: string): TensorArray {
  if (!Number.isSafeInteger(size) || (size as number) < 0) throw badRequest(`binary_data_size ${JSON.stringify(size)} is not a byte count.`, where, 'Set binary_data_size to the byte length of the input\'s binary data.');
  const bytes = size as number;
  const left = reader.binary.length - reader.offset;
  if (bytes > left) throw badRequest(`binary_data_size is ${bytes}, but only ${left} bytes of binary data are left in the body.`, where, 'Send every input\'s bytes after the JSON header, in the order of the inputs.');
  if (elementSize > 0 && bytes !== count * elementSize) {
    throw badRequest(
      `Shape [${shape.join(', ')}] of ${oip} takes ${count * elementSize} bytes (${count} × ${elementSize}), but binary_data_size is ${bytes}.`,
      where,
      'Make the shape match the data: rows × values per row, little-endian.',
    );
  }
  const slice = reader.binary.subarray(reader.offset, reader.offset + bytes);
  reader.offset += bytes;
  if (elementSize === 0) return readStrings(slice, count, where);
  const info = datatypeInfo(oip)!;
  // A typed array over the body's bytes when they are aligned for it; a copy otherwise.
  if (slice.byteOffset % elementSize === 0) return new info.array!(slice.buffer, slice.byteOffset, count);
  const copy = new info.array!(count);
  new Uint8Array(copy.buffer).set(slice);
  return copy;
}

function readStrings(slice: Buffer, count: number, where: string): string[] {
  const out: string[] = [];
  let offset = 0;
  while (offset < slice.length) {
    if (out.length === count || offset + 4 > slice.length) break;
    const length = slice.readUInt32LE(offset);
    offset += 4;
    if (offset + length > slice.length) break;
    out.push(slice.toString('utf8', offset, offset + length));
    offset += length;
  }
  if (out.length !== count || offset !== slice.length) {
    throw badRequest(
      `The BYTES data holds ${out.length} complete elements${offset !== slice.length ? ' and trailing bytes' : ''}; the shape needs ${count}.`,
      where,
      'Send each element as a 4-byte little-endian length followed by its bytes.',
    );
  }
  return out;
}

function decodeOutputs(outputs: unknown): { name: string; binary?: boolean }[] {
  if (!Array.isArray(outputs)) throw badRequest('"outputs" is not an array.', `${WHERE}: outputs`, 'Send outputs as [{"name": …}], or leave it out for every output.');
  return outputs.map((output, i) => {
    const where = `${WHERE}: outputs[${i}]`;
    if (!isObject(output) || typeof output.name !== 'string') throw badRequest(`outputs[${i}] has no "name".`, where, 'Name each output as the model metadata lists it.');
    const parameters = output.parameters;
    if (parameters !== undefined && !isObject(parameters)) throw badRequest(`outputs[${i}] has "parameters" that are not an object.`, where, 'Send parameters as a JSON object.');
    const binary = parameters?.binary_data;
    return binary === undefined ? { name: output.name } : { name: output.name, binary: booleanParameter(binary, `outputs[${i}].parameters.binary_data`) };
  });
}

function booleanParameter(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') throw badRequest(`${where} is ${JSON.stringify(value)}, not true or false.`, `${WHERE}: ${where}`, 'Send true or false.');
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
