/**
 * Encoding an inference response: outputs as JSON arrays, or, where the client asked for binary
 * (`binary_data` per output, `binary_data_output` for all), as raw little-endian bytes after the
 * JSON header, whose length goes in `Inference-Header-Content-Length`.
 */
import type { TensorArray } from './datatypes.js';
import type { Tensor } from './tensor.js';
// imported rather than the globals: Node defines those on globalThis as getters, called on every use
import { Buffer } from 'node:buffer';

export interface ResponseOutput extends Tensor {
  /** in binary form (absent: JSON) */
  binary?: boolean;
}

/**
 * A response body: text (UTF-8), bytes, or bytes in parts written one after the other (a binary
 * response: its JSON header, then each output's bytes where they lie, not copied into one buffer).
 */
export type ResponseBody = Buffer | string | readonly Buffer[];

export interface EncodedResponse {
  headers: Readonly<Record<string, string>>;
  /** a JSON response stays text: node:http writes it with the status line and headers in one buffer */
  body: ResponseBody;
}

/** the byte length of a body */
export function bodyLength(body: ResponseBody): number {
  if (typeof body === 'string') return Buffer.byteLength(body);
  if (!Array.isArray(body)) return (body as Buffer).length;
  let n = 0;
  for (const part of body) n += part.length;
  return n;
}

export function encodeInferResponse(response: { model_name: string; model_version: string; id?: string; outputs: ResponseOutput[] }): EncodedResponse {
  let binary = false;
  for (const o of response.outputs) if (o.binary) binary = true;
  if (!binary) return { headers: JSON_HEADERS, body: jsonResponse(response) };
  const parts: Buffer[] = [];
  const outputs = response.outputs.map(({ binary, data, ...tensor }) => {
    if (!binary) return { ...tensor, data: jsonValues(data, tensor.datatype) };
    const bytes = binaryBytes(data);
    parts.push(bytes);
    return { ...tensor, parameters: { ...tensor.parameters, binary_data_size: bytes.length } };
  });
  const header = Buffer.from(JSON.stringify({ model_name: response.model_name, model_version: response.model_version, ...(response.id !== undefined ? { id: response.id } : {}), outputs }));
  // the outputs' bytes are written from where onnxruntime left them: one write of all the parts
  return {
    headers: { 'content-type': 'application/octet-stream', 'inference-header-content-length': String(header.length) },
    body: [header, ...parts],
  };
}

const JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'content-type': 'application/json' });

/**
 * The all-JSON response assembled as one string, with the text JSON.stringify gives for the same
 * object (fields in the same order): no per-output objects to build and spread. A datatype is one
 * of the protocol's plain names and a shape is integers, so neither needs JSON.stringify; a
 * name may hold anything and goes through it.
 */
function jsonResponse(response: { model_name: string; model_version: string; id?: string; outputs: ResponseOutput[] }): string {
  let text = modelText(response.model_name, response.model_version);
  if (response.id !== undefined) text += `,"id":${JSON.stringify(response.id)}`;
  text += ',"outputs":[';
  const outputs = response.outputs;
  for (let k = 0; k < outputs.length; k++) {
    const o = outputs[k]!;
    if (k > 0) text += ',';
    text += `${outputText(o.name, o.datatype)}"shape":[${o.shape.length === 2 ? `${o.shape[0]},${o.shape[1]}` : o.shape.join(',')}]`;
    if (o.parameters !== undefined) text += `,"parameters":${parametersText(o.parameters)}`;
    text += `,"data":${jsonArrayText(o.data, o.datatype)}}`;
  }
  return `${text}]}`;
}

// One-entry caches of the texts that repeat answer after answer (the model, its outputs' names, a
// model's shared parameters object): keyed by the very strings and object they are made from.
let lastModel = ['', '', ''];
/** output name → its datatype and text */
const outputTexts = new Map<string, [string, string]>();
let lastParameters: unknown;
let lastParametersText = '';

/** `{"model_name":…,"model_version":…` */
function modelText(name: string, version: string): string {
  if (name !== lastModel[0] || version !== lastModel[1]) lastModel = [name, version, `{"model_name":${JSON.stringify(name)},"model_version":${JSON.stringify(version)}`];
  return lastModel[2]!;
}

/** `{"name":…,"datatype":"…",` */
function outputText(name: string, datatype: string): string {
  const known = outputTexts.get(name);
  if (known !== undefined && known[0] === datatype) return known[1];
  const text = `{"name":${JSON.stringify(name)},"datatype":"${datatype}",`;
  // bounded: a server has a few models with a few outputs each
  if (outputTexts.size >= 256) outputTexts.clear();
  outputTexts.set(name, [datatype, text]);
  return text;
}

/** an output's parameters as JSON; a model's answers share one frozen object (served-model.ts), whose text is kept */
function parametersText(parameters: Record<string, unknown>): string {
  if (parameters !== lastParameters || !Object.isFrozen(parameters)) {
    lastParametersText = JSON.stringify(parameters);
    lastParameters = parameters;
  }
  return lastParametersText;
}

/** up to this many values a loop writes the array's text; beyond it V8's JSON.stringify of a plain array is faster */
const SMALL_ARRAY = 64;

function jsonArrayText(data: TensorArray, datatype: string): string {
  if (data.length > SMALL_ARRAY || Array.isArray(data) || datatype === 'BOOL') return JSON.stringify(jsonValues(data, datatype));
  // a response's few values (one row's label and scores) without an intermediate array: each
  // number as JSON.stringify writes it (String of a finite number, null otherwise; int64 through Number)
  let text = '[';
  for (let i = 0; i < data.length; i++) {
    const value = Number(data[i]);
    if (i > 0) text += ',';
    text += Number.isFinite(value) ? String(value) : 'null';
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
