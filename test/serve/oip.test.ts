/** @jest-environment ./test/runtime/ort-environment.js */
// The Open Inference Protocol REST surface, every answer checked against the spec's OpenAPI
// schemas and every prediction against onnxruntime-node run directly on the same file.
import { breastCancerRows, call, fixtureModel, runLocally, startTestServer } from './support.js';

const LR = fixtureModel('breast_cancer_lr.onnx');
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer([`cancer=${LR}`, fixtureModel('iris_lr_zipmap.onnx')]);
});
afterAll(() => server.close());

const rows = breastCancerRows(5);
const flat = rows.flat();

test('server metadata, liveness and readiness', async () => {
  const meta = await call(server.url, 'GET', '/v2');
  expect(meta.body).toEqual({ name: 'mlci', version: expect.any(String), extensions: ['binary_tensor_data'] });
  expect((await call(server.url, 'GET', '/v2/health/live')).body).toEqual({ live: true });
  expect((await call(server.url, 'GET', '/v2/health/ready')).body).toEqual({ ready: true });
  expect(server.records.find((r) => r.msg === 'listening')).toEqual(expect.objectContaining({ url: server.url }));
});

test('model metadata: OIP datatypes, -1 for the dynamic dims, ZipMap as [N, C] FP32 with its classes', async () => {
  const cancer = await call(server.url, 'GET', '/v2/models/cancer');
  expect(cancer.status).toBe(200);
  expect(cancer.body).toEqual({
    name: 'cancer',
    versions: [expect.stringMatching(/^[0-9a-f]{12}$/)],
    platform: 'onnx_onnxv1',
    inputs: [{ name: 'input', datatype: 'FP32', shape: [-1, 30] }],
    outputs: [
      { name: 'label', datatype: 'INT64', shape: [-1] },
      { name: 'probabilities', datatype: 'FP32', shape: [-1, 2] },
    ],
  });
  const version = cancer.body.versions[0];
  expect((await call(server.url, 'GET', `/v2/models/cancer/versions/${version}`)).body.name).toBe('cancer');
  expect((await call(server.url, 'GET', `/v2/models/cancer/versions/${version}/ready`)).body).toEqual({ name: 'cancer', ready: true });
  expect((await call(server.url, 'GET', '/v2/models/cancer/ready')).status).toBe(200);
  const iris = await call(server.url, 'GET', '/v2/models/iris_lr_zipmap');
  expect(iris.body.outputs[1]).toEqual({ name: 'output_probability', datatype: 'FP32', shape: [-1, 3], parameters: { class_labels: '[0,1,2]' } });
});

const laneAnswered = async () => Number(/^mlci_http_fast_lane_requests_total (\S+)$/m.exec(await server.metricsText())?.[1]);

test('JSON inference, flat or nested data, equals onnxruntime-node on the same file; the id is echoed', async () => {
  const local = await runLocally(LR, Float32Array.from(flat), 5, 30);
  const before = await laneAnswered();
  for (const data of [flat, rows]) {
    const answer = await call(server.url, 'POST', '/v2/models/cancer/infer', { id: 'req-1', inputs: [{ name: 'input', shape: [5, 30], datatype: 'FP32', data }] });
    expect(answer.status).toBe(200);
    expect(answer.body.id).toBe('req-1');
    expect(answer.body.model_name).toBe('cancer');
    expect(answer.body.model_version).toMatch(/^[0-9a-f]{12}$/);
    const [label, probabilities] = answer.body.outputs;
    expect(label).toEqual({ name: 'label', datatype: 'INT64', shape: [5], data: Array.from(local.label!.data as BigInt64Array, Number) });
    expect(probabilities).toEqual({ name: 'probabilities', datatype: 'FP32', shape: [5, 2], data: Array.from(local.probabilities!.data as Float32Array) });
  }
  // fetch's requests are plain ones: the fast lane (the default) answered both, on connections
  // that carried the GETs above (answered by node:http through the lane)
  expect(await laneAnswered()).toBe(before + 2);
});

test('outputs selects the outputs returned', async () => {
  const answer = await call(server.url, 'POST', '/v2/models/cancer/infer', { inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: rows[0] }], outputs: [{ name: 'probabilities' }] });
  expect(answer.body.outputs.map((o: { name: string }) => o.name)).toEqual(['probabilities']);
  expect(answer.body.id).toBeUndefined();
});

test('ZipMap: probabilities as [N, 3] FP32, equal to the same classifier exported without ZipMap', async () => {
  const iris = [5.1, 3.5, 1.4, 0.2, 6.7, 3.0, 5.2, 2.3];
  const local = await runLocally(fixtureModel('iris_lr.onnx'), Float32Array.from(iris), 2, 4);
  const answer = await call(server.url, 'POST', '/v2/models/iris_lr_zipmap/infer', { inputs: [{ name: 'input', shape: [2, 4], datatype: 'FP32', data: iris }] });
  const probabilities = answer.body.outputs.find((o: { name: string }) => o.name === 'output_probability');
  expect(probabilities).toEqual({ name: 'output_probability', datatype: 'FP32', shape: [2, 3], parameters: { class_labels: '[0,1,2]' }, data: Array.from(local.probabilities!.data as Float32Array) });
});

/** the binary tensor data extension: JSON header, then raw little-endian tensors */
function binaryRequest(header: object, ...tensors: Uint8Array[]): { body: Buffer; headers: Record<string, string> } {
  const json = Buffer.from(JSON.stringify(header));
  return { body: Buffer.concat([json, ...tensors]), headers: { 'inference-header-content-length': String(json.length), 'content-type': 'application/octet-stream' } };
}

function splitBinaryResponse(bytes: Buffer, headerLength: number): { header: any; tensors: Buffer[] } {
  const header = JSON.parse(bytes.subarray(0, headerLength).toString('utf8'));
  const tensors: Buffer[] = [];
  let offset = headerLength;
  for (const output of header.outputs) {
    const size = output.parameters?.binary_data_size;
    if (size === undefined) continue;
    tensors.push(bytes.subarray(offset, offset + size));
    offset += size;
  }
  expect(offset).toBe(bytes.length);
  return { header, tensors };
}

test('binary tensor data in and out equals the JSON answer', async () => {
  const input = Float32Array.from(flat);
  const request = binaryRequest(
    { inputs: [{ name: 'input', shape: [5, 30], datatype: 'FP32', parameters: { binary_data_size: input.byteLength } }], outputs: [{ name: 'label', parameters: { binary_data: false } }, { name: 'probabilities', parameters: { binary_data: true } }] },
    new Uint8Array(input.buffer),
  );
  const response = await fetch(`${server.url}/v2/models/cancer/infer`, { method: 'POST', body: request.body, headers: request.headers });
  expect(response.status).toBe(200);
  const headerLength = Number(response.headers.get('inference-header-content-length'));
  const { header, tensors } = splitBinaryResponse(Buffer.from(await response.arrayBuffer()), headerLength);
  const local = await runLocally(LR, input, 5, 30);
  expect(header.outputs[0].data).toEqual(Array.from(local.label!.data as BigInt64Array, Number));
  expect(header.outputs[1]).toEqual({ name: 'probabilities', datatype: 'FP32', shape: [5, 2], parameters: { binary_data_size: 40 } });
  expect(Array.from(new Float32Array(tensors[0]!.buffer.slice(tensors[0]!.byteOffset, tensors[0]!.byteOffset + 40)))).toEqual(Array.from(local.probabilities!.data as Float32Array));

  // binary_data_output: every output binary
  const all = binaryRequest({ inputs: [{ name: 'input', shape: [5, 30], datatype: 'FP32', parameters: { binary_data_size: input.byteLength } }], parameters: { binary_data_output: true } }, new Uint8Array(input.buffer));
  const allResponse = await fetch(`${server.url}/v2/models/cancer/infer`, { method: 'POST', body: all.body, headers: all.headers });
  const split = splitBinaryResponse(Buffer.from(await allResponse.arrayBuffer()), Number(allResponse.headers.get('inference-header-content-length')));
  expect(split.tensors.map((t) => t.length)).toEqual([5 * 8, 5 * 2 * 4]);
  expect(Array.from(new BigInt64Array(split.tensors[0]!.buffer.slice(split.tensors[0]!.byteOffset, split.tensors[0]!.byteOffset + 40)))).toEqual(Array.from(local.label!.data as BigInt64Array));
});

describe('bad requests get {"error"} and the right status, never a stack trace', () => {
  const infer = (body: unknown, headers?: Record<string, string>) => call(server.url, 'POST', '/v2/models/cancer/infer', body, headers);
  const one = (over: object) => ({ inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: rows[0], ...over }] });

  test.each([
    ['malformed JSON', '{"inputs": [', /not valid JSON/],
    ['NaN in JSON', '{"inputs": [{"name": "input", "shape": [1, 1], "datatype": "FP32", "data": [NaN]}]}', /NaN and Infinity/],
    ['a shape claiming 30 billion values', one({ shape: [1_000_000_000, 30] }), /claims more than/],
    ['a shape that does not match the data', one({ shape: [2, 30] }), /holds 60 values, but its data has 30/],
    ['a wrong datatype', one({ datatype: 'FP64' }), /is FP32, and the request sends FP64/],
    ['an unknown datatype', one({ datatype: 'FLOAT' }), /not an Open Inference Protocol datatype/],
    ['a wrong input name', one({ name: 'features' }), /no input "features"/],
    ['a wrong width', { inputs: [{ name: 'input', shape: [1, 29], datatype: 'FP32', data: rows[0]!.slice(1) }] }, /has shape \[-1, 30\]/],
    ['a string in FP32 data', one({ data: ['1', ...rows[0]!.slice(1)] }), /not a number/],
    ['an unknown output', { ...one({}), outputs: [{ name: 'nope' }] }, /no output "nope"/],
    ['no inputs', { inputs: [] }, /no "inputs"/],
  ])('%s → 400', async (_what, body, message) => {
    const answer = await infer(body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(message);
  });

  test('binary sizes are checked against the shape before any allocation', async () => {
    const request = binaryRequest({ inputs: [{ name: 'input', shape: [1_000_000, 30], datatype: 'FP32', parameters: { binary_data_size: 120 } }] }, new Uint8Array(120));
    const answer = await infer(request.body, request.headers);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/takes 120000000 bytes/);
  });

  test('unknown model and version → 404', async () => {
    expect((await call(server.url, 'POST', '/v2/models/nope/infer', one({}))).status).toBe(404);
    expect((await call(server.url, 'GET', '/v2/models/nope')).status).toBe(404);
    expect((await call(server.url, 'POST', '/v2/models/cancer/versions/v999/infer', one({}))).status).toBe(404);
  });
});
