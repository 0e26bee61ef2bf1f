/**
 * Encoding an inference response: outputs as JSON arrays, or, where the client asked for binary
 * (`binary_data` per output, `binary_data_output` for all), as raw little-endian bytes after the
 * JSON header, whose length goes in `Inference-Header-Content-Length`.
 */
import type { TensorArray } from './datatypes.js';
import type { Tensor } from './tensor.js';

export interface ResponseOutput extends Tensor {
  /** in binary form (absent: JSON) */
  binary?: boolean;
}

export interface EncodedResponse {
  headers: Readonly<Record<string, string>>;
  /** a JSON response stays text: node:http writes it with the status line and headers in one buffer */
  body: Buffer | string;
}

export function encodeInferResponse(response: { model_name: string; model_version: string; id?: string; outputs: ResponseOutput[] }): EncodedResponse {
  if (!response.outputs.some((o) => o.binary)) return { headers: JSON_HEADERS, body: jsonResponse(response) };
  const parts: Buffer[] = [];
  const outputs = response.outputs.map(({ binary, data, ...tensor }) => {
    if (!binary) return { ...tensor, data: jsonValues(data, tensor.datatype) };
    const bytes = binaryBytes(data);
    parts.push(bytes);
    return { ...tensor, parameters: { ...tensor.parameters, binary_data_size: bytes.length } };
  });
  const header = Buffer.from(JSON.stringify({ model_name: response.model_name, model_version: response.model_version, ...(response.id !== undefined ? { id: response.id } : {}), outputs }));
  return {
    headers: { 'content-type': 'application/octet-stream', 'inference-header-content-length': String(header.length) },
    body: Buffer.concat([header, ...parts]),
  };
}

const JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'content-type': 'application/json' });

/**
 * The all-JSON response written straight into one string, with the text JSON.stringify gives for
 * the same object (fields in the same order, non-finite numbers as null): no intermediate arrays
 * of boxed values and no second serialization.
 */
function jsonResponse(response: { model_name: string; model_version: string; id?: string; outputs: ResponseOutput[] }): string {
  let text = `{"model_name":${JSON.stringify(response.model_name)},"model_version":${JSON.stringify(response.model_version)}`;
  if (response.id !== undefined) text += `,"id":${JSON.stringify(response.id)}`;
  text += ',"outputs":[';
  response.outputs.forEach((o, k) => {
    if (k > 0) text += ',';
    text += `{"name":${JSON.stringify(o.name)},"datatype":${JSON.stringify(o.datatype)},"shape":${JSON.stringify(o.shape)}`;
    if (o.parameters !== undefined) text += `,"parameters":${JSON.stringify(o.parameters)}`;
    text += `,"data":${jsonArrayText(o.data, o.datatype)}}`;
  });
  return `${text}]}`;
}

function jsonArrayText(data: TensorArray, datatype: string): string {
  if (Array.isArray(data)) return JSON.stringify(data);
  if (datatype === 'BOOL') return JSON.stringify(Array.from(data as Uint8Array, Boolean));
  const n = data.length;
  if (n === 0) return '[]';
  let text = '[';
  for (let i = 0; i < n; i++) {
    const v = Number(data[i]!);
    // as JSON.stringify writes a number: its shortest text, null when not finite
    text += (i > 0 ? ',' : '') + (Number.isFinite(v) ? String(v) : 'null');
  }
  return `${text}]`;
}

/** a flat JSON array: int64 as numbers, BOOL as booleans */
export function jsonValues(data: TensorArray, datatype: string): unknown[] {
  if (Array.isArray(data)) return data;
  if (data instanceof BigInt64Array || data instanceof BigUint64Array) return Array.from(data, Number);
  if (datatype === 'BOOL') return Array.from(data as Uint8Array, Boolean);
  return Array.from(data as Float32Array);
}

function binaryBytes(data: TensorArray): Buffer {
  if (!Array.isArray(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const encoded = data.map((s) => Buffer.from(s, 'utf8'));
  const out = Buffer.alloc(encoded.reduce((n, b) => n + 4 + b.length, 0));
  let offset = 0;
  for (const b of encoded) {
    out.writeUInt32LE(b.length, offset);
    b.copy(out, offset + 4);
    offset += 4 + b.length;
  }
  return out;
}
