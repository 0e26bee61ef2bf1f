/** @jest-environment ./test/runtime/ort-environment.js */
// The fast lane copies a large binary-form body into memory it reuses from request to request
// (shared/serve/body-pool.ts). Reuse must never show: every answer is its own request's, and when
// the request's tensors outlive the response (a prediction log record, a shadow run) their memory
// is not handed to the next request. Requests here are 1,000 × 30 (120 KB: read in several chunks,
// so the lane always copies), each with different values, one after another on one connection.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { breastCancerRows, fixtureModel, runLocally, startTestServer } from './support.js';

const LR = fixtureModel('breast_cancer_lr.onnx');
const WEAK = fixtureModel('breast_cancer_lr_weak.onnx');
const ROWS = 1000;
const REQUESTS = 8;
const all = breastCancerRows(171);

/** request i's values: the test rows from a different start each time, repeated to ROWS rows */
function valuesOf(i: number): Float32Array {
  const out = new Float32Array(ROWS * 30);
  for (let r = 0; r < ROWS; r++) out.set(all[(r + 13 * i) % all.length]!, r * 30);
  return out;
}

async function postBinary(base: string, id: string, values: Float32Array): Promise<{ status: number; body: any }> {
  const json = Buffer.from(JSON.stringify({ id, inputs: [{ name: 'input', shape: [ROWS, 30], datatype: 'FP32', parameters: { binary_data_size: values.byteLength } }] }));
  const response = await fetch(`${base}/v2/models/cancer/infer`, {
    method: 'POST',
    body: Buffer.concat([json, Buffer.from(values.buffer, values.byteOffset, values.byteLength)]),
    headers: { 'content-type': 'application/octet-stream', 'inference-header-content-length': String(json.length) },
  });
  return { status: response.status, body: await response.json() };
}

function readRecords(dir: string): any[] {
  return readdirSync(dir).flatMap((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8').trim().split('\n').map((l) => JSON.parse(l)));
}

test('large binary requests one after another: every answer is its own request\'s', async () => {
  const server = await startTestServer([`cancer=${LR}`]);
  try {
    for (let i = 0; i < REQUESTS; i++) {
      const values = valuesOf(i);
      const answer = await postBinary(server.url, `r-${i}`, values);
      expect(answer.status).toBe(200);
      const local = await runLocally(LR, values, ROWS, 30);
      const probabilities = answer.body.outputs.find((o: { name: string }) => o.name === 'probabilities').data as number[];
      expect(Float32Array.from(probabilities)).toEqual(local.probabilities!.data);
    }
  } finally {
    await server.close();
  }
});

test('tensors kept past the response (prediction log, shadow run) are not overwritten by the next request', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-body-reuse-'));
  const server = await startTestServer([`cancer=${LR}`], { predictionLog: { dir } });
  try {
    const put = await fetch(`${server.url}/v2/admin/models/cancer/route`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ shadow: { reference: WEAK } }) });
    expect(put.status).toBe(200);
    for (let i = 0; i < REQUESTS; i++) expect((await postBinary(server.url, `k-${i}`, valuesOf(i))).status).toBe(200);
    // the shadow runs after the responses: wait (bounded) until all are compared
    const compared = new RegExp(`mlci_shadow_comparisons_total\\{[^}]*\\} ${REQUESTS}\\n`);
    for (let i = 0; i < 100 && !compared.test(await server.metricsText()); i++) await new Promise((r) => setTimeout(r, 50));
  } finally {
    await server.close(); // flushes the log
  }
  const records = readRecords(dir);
  expect(records).toHaveLength(2 * REQUESTS);
  for (const record of records) {
    const i = Number(record.request_id.slice(2));
    const values = valuesOf(i);
    // the logged inputs are this request's, row by row, for the stable and the shadow record alike
    for (const j of [0, 7, 29]) expect(record.inputs[`input_${j}`]).toEqual(Array.from({ length: ROWS }, (_, r) => values[r * 30 + j]));
    if (record.role === 'shadow') {
      const local = await runLocally(WEAK, values, ROWS, 30);
      expect(record.outputs.label).toEqual(Array.from(local.label!.data as BigInt64Array, Number));
    }
  }
});
