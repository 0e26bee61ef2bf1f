/** @jest-environment ./test/runtime/ort-environment.js */
// A 1,000-row request in the binary tensor data extension (built here byte by byte, as
// Triton's spec lays it out), answered in binary form, through both HTTP paths (the fast lane and
// node:http): the answer's JSON header then each output's raw little-endian bytes, written as parts
// (encode-response.ts), equal to the bit to the JSON path's answer and to onnxruntime-node run
// directly on the same file.
import { breastCancerRows, call, fixtureModel, runLocally, startTestServer } from './support.js';

const LR = fixtureModel('breast_cancer_lr.onnx');
const IRIS = fixtureModel('iris_lr_zipmap.onnx');
const ROWS = 1000;

let lane: Awaited<ReturnType<typeof startTestServer>>;
let plain: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  lane = await startTestServer([`cancer=${LR}`, `iris=${IRIS}`]);
  plain = await startTestServer([`cancer=${LR}`, `iris=${IRIS}`], { fastLane: false });
});
afterAll(async () => {
  await lane?.close();
  await plain?.close();
});

/** the test set's rows repeated to `count` rows of `width` values */
function rowsOf(count: number, width: number): number[][] {
  const all = breastCancerRows(1000);
  return Array.from({ length: count }, (_, i) => all[i % all.length]!.slice(0, width));
}

/** JSON header, then the tensor's float32 values little-endian, row-major */
function binaryBody(header: object, values: Float32Array): { body: Buffer; headers: Record<string, string> } {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const bytes = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => bytes.writeFloatLE(v, i * 4));
  return { body: Buffer.concat([json, bytes]), headers: { 'content-type': 'application/octet-stream', 'inference-header-content-length': String(json.length) } };
}

interface BinaryAnswer {
  header: { model_name: string; model_version: string; id?: string; outputs: { name: string; datatype: string; shape: number[]; parameters?: Record<string, unknown>; data?: unknown[] }[] };
  /** output name → its raw bytes */
  tensors: Map<string, Buffer>;
}

async function postBinary(base: string, model: string, header: object, values: Float32Array): Promise<BinaryAnswer> {
  const { body, headers } = binaryBody(header, values);
  const response = await fetch(`${base}/v2/models/${model}/infer`, { method: 'POST', body, headers });
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/octet-stream');
  expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
  const headerLength = Number(response.headers.get('inference-header-content-length'));
  const parsed = JSON.parse(bytes.subarray(0, headerLength).toString('utf8')) as BinaryAnswer['header'];
  const tensors = new Map<string, Buffer>();
  let offset = headerLength;
  for (const output of parsed.outputs) {
    const size = output.parameters?.binary_data_size;
    if (size === undefined) continue;
    expect(typeof size).toBe('number');
    tensors.set(output.name, bytes.subarray(offset, offset + (size as number)));
    offset += size as number;
  }
  // nothing before, between or after the parts but what the header declares
  expect(offset).toBe(bytes.length);
  return { header: parsed, tensors };
}

/** the bytes a JSON answer's values stand for, in the output's datatype, little-endian */
function bytesOf(datatype: string, values: unknown[]): Buffer {
  if (datatype === 'FP32') {
    const out = Buffer.alloc(values.length * 4);
    values.forEach((v, i) => out.writeFloatLE(v as number, i * 4));
    return out;
  }
  if (datatype === 'INT64') {
    const out = Buffer.alloc(values.length * 8);
    values.forEach((v, i) => out.writeBigInt64LE(BigInt(v as number), i * 8));
    return out;
  }
  throw new Error(`no byte layout here for ${datatype}`);
}

const input = (rows: number, width: number, size: number) => ({ name: 'input', shape: [rows, width], datatype: 'FP32', parameters: { binary_data_size: size } });

describe.each([
  ['the fast lane', () => lane],
  ['node:http', () => plain],
])('through %s', (_path, server) => {
  test('1,000 rows in binary form, every output in binary form: equal to the bit to the JSON answer and to onnxruntime', async () => {
    const rows = rowsOf(ROWS, 30);
    const values = Float32Array.from(rows.flat());
    const binary = await postBinary(server().url, 'cancer', { id: 'bin-1', inputs: [input(ROWS, 30, values.byteLength)], parameters: { binary_data_output: true } }, values);
    const json = await call(server().url, 'POST', '/v2/models/cancer/infer', { id: 'bin-1', inputs: [{ name: 'input', shape: [ROWS, 30], datatype: 'FP32', data: rows }] });
    expect(json.status).toBe(200);
    expect(binary.header.id).toBe('bin-1');
    expect(binary.header.model_version).toBe(json.body.model_version);
    expect(binary.header.outputs).toEqual([
      { name: 'label', datatype: 'INT64', shape: [ROWS], parameters: { binary_data_size: ROWS * 8 } },
      { name: 'probabilities', datatype: 'FP32', shape: [ROWS, 2], parameters: { binary_data_size: ROWS * 2 * 4 } },
    ]);
    for (const output of json.body.outputs as { name: string; datatype: string; data: unknown[] }[]) {
      expect(binary.tensors.get(output.name)!.equals(bytesOf(output.datatype, output.data))).toBe(true);
    }
    const local = await runLocally(LR, values, ROWS, 30);
    const probabilities = local.probabilities!.data as Float32Array;
    expect(binary.tensors.get('probabilities')!.equals(Buffer.from(probabilities.buffer, probabilities.byteOffset, probabilities.byteLength))).toBe(true);
    const labels = local.label!.data as BigInt64Array;
    expect(binary.tensors.get('label')!.equals(Buffer.from(labels.buffer, labels.byteOffset, labels.byteLength))).toBe(true);
  }, 30_000);

  test('one output in JSON and one in binary form, asked per output; a ZipMap output in binary form keeps its class labels', async () => {
    const rows = rowsOf(ROWS, 30);
    const values = Float32Array.from(rows.flat());
    const mixed = await postBinary(
      server().url,
      'cancer',
      { inputs: [input(ROWS, 30, values.byteLength)], outputs: [{ name: 'probabilities', parameters: { binary_data: true } }, { name: 'label', parameters: { binary_data: false } }] },
      values,
    );
    const json = await call(server().url, 'POST', '/v2/models/cancer/infer', { inputs: [{ name: 'input', shape: [ROWS, 30], datatype: 'FP32', data: rows }] });
    const [jsonLabel, jsonProbabilities] = json.body.outputs;
    // outputs in the order asked for; the JSON one carries its data, the binary one its size
    expect(mixed.header.outputs.map((o) => o.name)).toEqual(['probabilities', 'label']);
    expect(mixed.header.outputs[1]).toEqual(jsonLabel);
    expect([...mixed.tensors.keys()]).toEqual(['probabilities']);
    expect(mixed.tensors.get('probabilities')!.equals(bytesOf('FP32', jsonProbabilities.data))).toBe(true);

    const irisRows = rowsOf(ROWS, 4);
    const irisValues = Float32Array.from(irisRows.flat());
    const iris = await postBinary(server().url, 'iris', { inputs: [input(ROWS, 4, irisValues.byteLength)], parameters: { binary_data_output: true } }, irisValues);
    const irisJson = await call(server().url, 'POST', '/v2/models/iris/infer', { inputs: [{ name: 'input', shape: [ROWS, 4], datatype: 'FP32', data: irisRows }] });
    const zipMap = irisJson.body.outputs.find((o: { name: string }) => o.name === 'output_probability');
    const binaryZipMap = iris.header.outputs.find((o) => o.name === 'output_probability')!;
    expect(binaryZipMap.parameters).toEqual({ ...zipMap.parameters, binary_data_size: ROWS * 3 * 4 });
    expect(iris.tensors.get('output_probability')!.equals(bytesOf('FP32', zipMap.data))).toBe(true);
  }, 30_000);
});
