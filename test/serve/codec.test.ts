// The request decoder and response encoder on their own: every datatype's JSON form, BYTES in the
// binary form (4-byte little-endian length + bytes), and the response's binary layout.
import { decodeInferRequest } from '../../shared/serve/decode-request.js';
import { encodeInferResponse } from '../../shared/serve/encode-response.js';
import { HttpError } from '../../shared/serve/http-error.js';

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

test('JSON data of each datatype becomes the matching typed array', () => {
  const request = decodeInferRequest(
    json({
      inputs: [
        { name: 'b', shape: [3], datatype: 'BOOL', data: [true, false, true] },
        { name: 'i8', shape: [2], datatype: 'INT8', data: [-128, 127] },
        { name: 'u16', shape: [1, 2], datatype: 'UINT16', data: [[0, 65535]] },
        { name: 'i64', shape: [2], datatype: 'INT64', data: [-5, 9007199254740991] },
        { name: 'f64', shape: [2], datatype: 'FP64', data: [0.1, -2.5] },
        { name: 's', shape: [2], datatype: 'BYTES', data: ['héllo', ''] },
      ],
    }),
    undefined,
  );
  const [b, i8, u16, i64, f64, s] = request.inputs.map((t) => t.data);
  expect(b).toEqual(Uint8Array.from([1, 0, 1]));
  expect(i8).toEqual(Int8Array.from([-128, 127]));
  expect(u16).toEqual(Uint16Array.from([0, 65535]));
  expect(i64).toEqual(BigInt64Array.from([-5n, 9007199254740991n]));
  expect(f64).toEqual(Float64Array.from([0.1, -2.5]));
  expect(s).toEqual(['héllo', '']);
});

test('out-of-range integers and wrong kinds are 400s', () => {
  const bad = (input: object) => () => decodeInferRequest(json({ inputs: [{ name: 'x', shape: [1], ...input }] }), undefined);
  expect(bad({ datatype: 'INT8', data: [128] })).toThrow(/integer in \[-128, 127\]/);
  expect(bad({ datatype: 'BOOL', data: [1] })).toThrow(/true or false/);
  expect(bad({ datatype: 'BYTES', data: [1] })).toThrow(/a string/);
  expect(bad({ datatype: 'FP16', data: [1] })).toThrow(/JSON cannot carry/);
  try {
    bad({ datatype: 'INT32', data: [1.5] })();
  } catch (err) {
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(400);
  }
});

test('BYTES in binary form: 4-byte length, then the bytes; a short element is a 400', () => {
  const element = (s: string) => {
    const bytes = Buffer.from(s, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    return Buffer.concat([length, bytes]);
  };
  const data = Buffer.concat([element('spam'), element('ünïcode')]);
  const header = json({ inputs: [{ name: 's', shape: [2], datatype: 'BYTES', parameters: { binary_data_size: data.length } }] });
  const request = decodeInferRequest(Buffer.concat([header, data]), header.length);
  expect(request.inputs[0]!.data).toEqual(['spam', 'ünïcode']);
  const short = json({ inputs: [{ name: 's', shape: [3], datatype: 'BYTES', parameters: { binary_data_size: data.length } }] });
  expect(() => decodeInferRequest(Buffer.concat([short, data]), short.length)).toThrow(/2 complete elements; the shape needs 3/);
  expect(() => decodeInferRequest(Buffer.concat([header, data, Buffer.from([1])]), header.length)).toThrow(/add up to/);
  expect(() => decodeInferRequest(header, header.length + 10)).toThrow(/Inference-Header-Content-Length/);
});

test('binary outputs follow the JSON header in order; BYTES are length-prefixed', () => {
  const encoded = encodeInferResponse({
    model_name: 'm',
    model_version: '1',
    outputs: [
      { name: 'a', datatype: 'FP32', shape: [2], data: Float32Array.from([1.5, -2]), binary: true },
      { name: 'b', datatype: 'BYTES', shape: [1], data: ['xy'], binary: true },
      { name: 'c', datatype: 'BOOL', shape: [1], data: Uint8Array.from([1]), binary: false },
    ],
  });
  const headerLength = Number(encoded.headers['inference-header-content-length']);
  // the header and each binary output as parts, written one after the other
  expect(Array.isArray(encoded.body)).toBe(true);
  const parts = encoded.body as readonly Buffer[];
  expect(parts.map((p) => p.length)).toEqual([headerLength, 8, 6]);
  const body = Buffer.concat(parts);
  const header = JSON.parse(body.subarray(0, headerLength).toString());
  expect(header.outputs.map((o: { parameters?: { binary_data_size: number }; data?: unknown }) => o.parameters?.binary_data_size ?? o.data)).toEqual([8, 6, [true]]);
  const rest = body.subarray(headerLength);
  expect(rest.readFloatLE(0)).toBe(1.5);
  expect(rest.readFloatLE(4)).toBe(-2);
  expect(rest.readUInt32LE(8)).toBe(2);
  expect(rest.subarray(12).toString()).toBe('xy');
});

test('JSON answers one after another: the texts kept from the last answer never stand for a changed model, output or parameters', () => {
  type Output = { name: string; datatype: 'FP32' | 'INT64'; shape: number[]; data: Float32Array | BigInt64Array; parameters?: Record<string, unknown> };
  const answer = (model_version: string, outputs: Output[]) => JSON.parse(encodeInferResponse({ model_name: 'm', model_version, outputs }).body as string);
  const probabilities = (parameters?: Record<string, unknown>): Output => ({ name: 'p', datatype: 'FP32', shape: [1, 2], data: Float32Array.from([0.25, 0.75]), ...(parameters ? { parameters } : {}) });
  const expectAnswer = (version: string, outputs: Output[]) =>
    expect(answer(version, outputs)).toEqual({ model_name: 'm', model_version: version, outputs: outputs.map(({ data, ...o }) => ({ ...o, data: Array.from(data, Number) })) });
  const frozen = Object.freeze({ class_labels: '["a","b"]' });
  expectAnswer('1', [probabilities(frozen)]);
  // a new version of the same model
  expectAnswer('2', [probabilities(frozen)]);
  // another frozen parameters object, then the first again
  expectAnswer('2', [probabilities(Object.freeze({ class_labels: '["c","d"]' }))]);
  expectAnswer('2', [probabilities(frozen)]);
  // a parameters object that is not frozen may change between answers
  const open: Record<string, unknown> = { class_labels: '["e","f"]' };
  expectAnswer('2', [probabilities(open)]);
  open.class_labels = '["g","h"]';
  expectAnswer('2', [probabilities(open)]);
  // the same output name with another datatype
  expectAnswer('2', [{ name: 'p', datatype: 'INT64', shape: [1, 1], data: BigInt64Array.from([1n]) }]);
});
