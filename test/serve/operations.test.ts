/** @jest-environment ./test/runtime/ort-environment.js */
// Limits, timeouts and access: a body over the limit, a missing token, a client that sends its
// headers one byte at a time (slowloris), a client that disconnects mid-body.
import { connect } from 'node:net';
import { breastCancerRows, call, fixtureModel, startTestServer } from './support.js';

const LR = fixtureModel('breast_cancer_lr.onnx');
const row = breastCancerRows(1)[0]!;
const request = { inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: row }] };

test('a body over the limit is refused with 413', async () => {
  const server = await startTestServer([LR], { maxBodyBytes: 2048 });
  try {
    const big = { inputs: [{ name: 'input', shape: [10, 30], datatype: 'FP32', data: breastCancerRows(10).flat() }] };
    const answer = await call(server.url, 'POST', '/v2/models/breast_cancer_lr/infer', big);
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatch(/at most 2048/);
    expect((await call(server.url, 'POST', '/v2/models/breast_cancer_lr/infer', request)).status).toBe(200);
  } finally {
    await server.close();
  }
});

test('with a token, inference, metadata and admin need it; health does not', async () => {
  const server = await startTestServer([LR], { token: 's3cret' });
  try {
    expect((await call(server.url, 'GET', '/v2/health/ready')).status).toBe(200);
    const refused = await call(server.url, 'POST', '/v2/models/breast_cancer_lr/infer', request);
    expect(refused.status).toBe(401);
    expect((await call(server.url, 'POST', '/v2/models/breast_cancer_lr/infer', request, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await call(server.url, 'GET', '/v2/admin/routes')).status).toBe(401);
    expect((await call(server.url, 'POST', '/v2/models/breast_cancer_lr/infer', request, { authorization: 'Bearer s3cret' })).status).toBe(200);
  } finally {
    await server.close();
  }
});

test('a slowloris client is cut off by the header timeout while others are served', async () => {
  const server = await startTestServer([LR], { headersTimeoutMs: 300, requestTimeoutMs: 600 });
  try {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now())));
    socket.on('error', () => {});
    const started = Date.now();
    socket.write('GET /v2/health/live HTTP/1.1\r\nHost: x\r\n');
    // one header byte every 100 ms, never finishing: bounded to 40 bytes
    let sent = 0;
    const drip = setInterval(() => {
      if (socket.destroyed || ++sent > 40) return clearInterval(drip);
      socket.write('X');
    }, 100);
    expect((await call(server.url, 'POST', '/v2/models/breast_cancer_lr/infer', request)).status).toBe(200);
    const end = await closed;
    clearInterval(drip);
    expect(end - started).toBeLessThan(3000);
  } finally {
    await server.close();
  }
});

test('a client that disconnects mid-body leaves the server serving', async () => {
  const server = await startTestServer([LR]);
  try {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => {});
    await new Promise((resolve) => socket.on('connect', resolve));
    socket.write('POST /v2/models/breast_cancer_lr/infer HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"inputs": [');
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await call(server.url, 'POST', '/v2/models/breast_cancer_lr/infer', request)).status).toBe(200);
  } finally {
    await server.close();
  }
});

test('a model that cannot load is a clear error at start, naming the file', async () => {
  await expect(startTestServer([fixtureModel('truncated.onnx')])).rejects.toThrow(/truncated\.onnx is not a complete ONNX model/);
  await expect(startTestServer(['/nonexistent/model.onnx'])).rejects.toThrow(/cannot be read/);
});
