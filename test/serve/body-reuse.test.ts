/** @jest-environment ./test/runtime/ort-environment.js */
// The fast lane copies a large binary-form body into memory it reuses from request to request
// (shared/serve/body-pool.ts). Reuse must never show: every answer is its own request's, and when
// the request's tensors outlive the response (a prediction log record, a shadow run) their memory
// is not handed to the next request. Requests here are 1,000 × 30 (120 KB: read in several chunks,
// so the lane always copies), each with different values: one after another on one connection,
// and many at once over connections of their own (where one request's memory, handed back too
// early, would be another's while the first still waits for its batch).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
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

/** the binary form of an inference request with `values` as its one input, and its headers */
function binaryRequest(id: string, values: Float32Array): { body: Buffer; headers: Record<string, string> } {
  const json = Buffer.from(JSON.stringify({ id, inputs: [{ name: 'input', shape: [ROWS, 30], datatype: 'FP32', parameters: { binary_data_size: values.byteLength } }] }));
  const body = Buffer.concat([json, Buffer.from(values.buffer, values.byteOffset, values.byteLength)]);
  return { body, headers: { 'content-type': 'application/octet-stream', 'inference-header-content-length': String(json.length), 'content-length': String(body.length) } };
}

async function postBinary(base: string, id: string, values: Float32Array): Promise<{ status: number; body: any }> {
  const { body, headers } = binaryRequest(id, values);
  const response = await fetch(`${base}/v2/models/cancer/infer`, { method: 'POST', body, headers });
  return { status: response.status, body: await response.json() };
}

/** the same through node:http's `agent`, noting the connection it went over in `sockets` */
function postBinaryVia(agent: Agent, base: string, id: string, values: Float32Array, sockets: Set<unknown>): Promise<{ status: number; body: any }> {
  const { body, headers } = binaryRequest(id, values);
  return new Promise((resolve, reject) => {
    const req = request(`${base}/v2/models/cancer/infer`, { method: 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      res.on('error', reject);
    });
    req.on('socket', (socket) => sockets.add(socket));
    req.on('error', reject);
    req.end(body);
  });
}

/** the server's probabilities and labels for `values` against onnxruntime's own; returns onnxruntime's labels */
async function expectAnswerOf(model: string, values: Float32Array, outputs: { name: string; data: number[] }[]): Promise<number[]> {
  const local = await runLocally(model, values, ROWS, 30);
  const labels = Array.from(local.label!.data as BigInt64Array, Number);
  const output = (name: string) => outputs.find((o) => o.name === name)!.data;
  expect(Float32Array.from(output('probabilities'))).toEqual(local.probabilities!.data);
  expect(output('label')).toEqual(labels);
  return labels;
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
      await expectAnswerOf(LR, values, answer.body.outputs);
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

test('large binary requests 16 at a time over their own connections: every answer and every log record is its own request\'s', async () => {
  const CLIENTS = 16;
  const ROUNDS = 3;
  const dir = mkdtempSync(join(tmpdir(), 'mlci-body-reuse-'));
  // half the requests logged (their tensors kept: memory not reused), half not (memory back to the pool)
  const server = await startTestServer([`cancer=${LR}`], { predictionLog: { dir, sampleRate: 0.5 }, maxQueueRows: CLIENTS * ROWS });
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const sockets = new Set<unknown>();
  const answers: { status: number; body: any }[] = [];
  try {
    // each client sends its next request when its last is answered: CLIENTS in flight throughout
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        for (let round = 0; round < ROUNDS; round++) {
          const i = round * CLIENTS + c;
          answers[i] = await postBinaryVia(agent, server.url, `c-${i}`, valuesOf(i), sockets);
        }
      }),
    );
  } finally {
    agent.destroy();
    await server.close(); // flushes the log
  }
  expect(sockets.size).toBe(CLIENTS);
  const labels: number[][] = [];
  for (const [i, answer] of answers.entries()) {
    expect({ i, status: answer.status, id: answer.body.id, error: answer.body.error }).toEqual({ i, status: 200, id: `c-${i}` });
    labels[i] = await expectAnswerOf(LR, valuesOf(i), answer.body.outputs);
  }
  const records = readRecords(dir);
  // both kinds were there: some requests logged, some not; none logged twice
  expect(records.length).toBeGreaterThan(0);
  expect(records.length).toBeLessThan(CLIENTS * ROUNDS);
  expect(new Set(records.map((r) => r.request_id)).size).toBe(records.length);
  for (const record of records) {
    const i = Number(/^c-(\d+)$/.exec(record.request_id)![1]);
    // the logged columns, back in rows, are this request's values to the bit
    const logged = new Float32Array(ROWS * 30);
    for (let j = 0; j < 30; j++) record.inputs[`input_${j}`].forEach((v: number, r: number) => (logged[r * 30 + j] = v));
    expect({ i, sameInputs: Buffer.from(logged.buffer).equals(Buffer.from(valuesOf(i).buffer)) }).toEqual({ i, sameInputs: true });
    expect({ i, label: record.outputs.label }).toEqual({ i, label: labels[i] });
  }
});

test('a shadow run keeps its request\'s tensors without a prediction log: with 16 clients at a time, the shadow (the same model) agrees with every answer', async () => {
  const CLIENTS = 16;
  const ROUNDS = 3;
  // no prediction log: only the shadow run refers to a request's tensors after its answer
  const server = await startTestServer([`cancer=${LR}`], { maxQueueRows: 2 * CLIENTS * ROWS });
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const sockets = new Set<unknown>();
  try {
    const put = await fetch(`${server.url}/v2/admin/models/cancer/route`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ shadow: { reference: LR } }) });
    expect(put.status).toBe(200);
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        for (let round = 0; round < ROUNDS; round++) {
          const i = round * CLIENTS + c;
          expect((await postBinaryVia(agent, server.url, `s-${i}`, valuesOf(i), sockets)).status).toBe(200);
        }
      }),
    );
    expect(sockets.size).toBe(CLIENTS);
    // the shadow runs after the responses: wait (bounded) until all are compared
    const compared = new RegExp(`mlci_shadow_comparisons_total\\{[^}]*\\} ${CLIENTS * ROUNDS}\\n`);
    let metrics = await server.metricsText();
    for (let i = 0; i < 100 && !compared.test(metrics); i++) {
      await new Promise((r) => setTimeout(r, 50));
      metrics = await server.metricsText();
    }
    expect(metrics).toMatch(compared);
    // the same model on the same values agrees: a disagreement is a request whose memory the next one overwrote
    expect(metrics).not.toMatch(/mlci_shadow_disagreements_total\{[^}]*\} [1-9]/);
  } finally {
    agent.destroy();
    await server.close();
  }
});
