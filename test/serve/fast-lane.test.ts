/** @jest-environment ./test/runtime/ort-environment.js */
// The fast lane (shared/serve/fast-lane.ts) answers plain keep-alive inference requests itself and
// hands everything else to node:http. Each case here is sent as exact bytes over a raw socket to a
// server with the lane and to one without it (node:http alone): the responses must be the same,
// byte for byte but for the date and a random request id, with the status and body each case expects.
import { breastCancerRows, fixtureModel, startTestServer } from './support.js';
import { comparable, post, rawExchange, type RawExchange, type RawOptions } from './raw-http.js';
import { createConnection, type AddressInfo, type Socket } from 'node:net';
import { FastLane, fastLaneListener } from '../../shared/serve/fast-lane.js';

const LR = fixtureModel('breast_cancer_lr.onnx');
const row = breastCancerRows(1)[0]!;
const body = (id: string) => JSON.stringify({ id, inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: row }] });
const INFER = '/v2/models/cancer/infer';
const BAD_REQUEST = { status: 400, body: '' }; // the server's clientError answer: node:http refused the bytes

// every case twice: the lane reading its connections through one shared buffer (shared-read-buffer.ts), and through node's 'data' events
describe.each([
  ['one shared buffer', true],
  ["node's 'data' events", false],
])('the lane reading through %s', (_reads, sharedReadBuffer) => {
  let lane: Awaited<ReturnType<typeof startTestServer>>;
  let plain: Awaited<ReturnType<typeof startTestServer>>;
  let expected: { label: number[]; probabilities: number[] };
  beforeAll(async () => {
    lane = await startTestServer([`cancer=${LR}`], { sharedReadBuffer });
    plain = await startTestServer([`cancer=${LR}`], { fastLane: false });
    const answer = await rawExchange(port(plain), [post(INFER, body('x'))]);
    const outputs = JSON.parse(answer.responses[0]!.body).outputs;
    expected = { label: outputs[0].data, probabilities: outputs[1].data };
  });
  afterAll(async () => {
    await lane.close();
    await plain.close();
  });

  const port = (server: { url: string }) => Number(new URL(server.url).port);
  const okBody = (id: string) => JSON.stringify({ model_name: 'cancer', model_version: lane.records.find((r) => r.msg === 'model loaded')!.version, id, outputs: [{ name: 'label', datatype: 'INT64', shape: [1], data: expected.label }, { name: 'probabilities', datatype: 'FP32', shape: [1, 2], data: expected.probabilities }] });

  interface Counts {
    answered: number;
    bridged: number;
    handedOver: number;
  }

  async function laneCounts(): Promise<Counts> {
    const text = await lane.metricsText();
    const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
    return { answered: value('mlci_http_fast_lane_requests_total'), bridged: value('mlci_http_bridged_requests_total'), handedOver: value('mlci_http_handovers_total') };
  }

  const plus = (before: Counts, more: Partial<Counts>): Counts => ({ answered: before.answered + (more.answered ?? 0), bridged: before.bridged + (more.bridged ?? 0), handedOver: before.handedOver + (more.handedOver ?? 0) });

  /** the same bytes to both servers; the lane's exchange, checked equal to node:http's */
  async function both(writes: (string | Buffer)[], options: RawOptions = {}): Promise<RawExchange> {
    const [viaLane, viaHttp] = [await rawExchange(port(lane), writes, options), await rawExchange(port(plain), writes, options)];
    expect(viaLane.responses.map(comparable)).toEqual(viaHttp.responses.map(comparable));
    if (options.untilClosed) expect(viaLane.closed).toBe(viaHttp.closed);
    return viaLane;
  }

  /** in a table made before the server runs: the 200 body for this id */
  const OK = 'ok:';
  const ok = (id: string) => `${OK}${id}`;
  const statusAndBody = (exchange: RawExchange) => exchange.responses.map(({ status, body }) => ({ status, body }));

  test('a plain request is answered by the lane, with the response node:http gives', async () => {
    const before = await laneCounts();
    const exchange = await both([post(INFER, body('plain'))]);
    expect(statusAndBody(exchange)).toEqual([{ status: 200, body: okBody('plain') }]);
    expect(exchange.responses[0]!.headers.map(([n]) => n)).toEqual(['content-type', 'content-length', 'x-request-id', 'date', 'connection', 'keep-alive']);
    expect(await laneCounts()).toEqual(plus(before, { answered: 1 }));
  });

  test('requests pipelined in one write are answered in order, node:http answering those the lane does not', async () => {
    const before = await laneCounts();
    const writes = [post(INFER, body('one')) + post(INFER, body('two')) + post(INFER, '{"inputs": [') + 'GET /v2/health/live HTTP/1.1\r\nHost: x\r\n\r\n' + post(INFER, body('three'))];
    const exchange = await both(writes, { responses: 5 });
    expect(statusAndBody(exchange)).toEqual([
      { status: 200, body: okBody('one') },
      { status: 200, body: okBody('two') },
      { status: 400, body: expect.stringMatching(/^\{"error":"The request body is not valid JSON: .* \(request body\) Fix: /) },
      { status: 200, body: '{"live":true}' },
      { status: 200, body: okBody('three') },
    ]);
    expect(await laneCounts()).toEqual(plus(before, { answered: 3, bridged: 2 }));
  });

  test('a request sent one byte per write is read whole', async () => {
    const before = await laneCounts();
    const bytes = [...Buffer.from(post(INFER, body('drip')))].map((b) => Buffer.from([b]));
    const exchange = await rawExchange(port(lane), bytes, { gapMs: 1, timeoutMs: 20_000 });
    expect(statusAndBody(exchange)).toEqual([{ status: 200, body: okBody('drip') }]);
    expect((await laneCounts()).answered).toBe(before.answered + 1);
  }, 30_000);

  test('a large body arriving in many pieces is read whole, once', async () => {
    const rows = 4000;
    const big = JSON.stringify({ id: 'big', inputs: [{ name: 'input', shape: [rows, 30], datatype: 'FP32', data: Array.from({ length: rows }, () => row) }] });
    const bytes = Buffer.from(post(INFER, big));
    const pieces = Array.from({ length: Math.ceil(bytes.length / 16_384) }, (_, i) => bytes.subarray(i * 16_384, (i + 1) * 16_384));
    const before = await laneCounts();
    const exchange = await both(pieces, { gapMs: 1, timeoutMs: 20_000 });
    expect(exchange.responses.map((r) => r.status)).toEqual([200]);
    const outputs = JSON.parse(exchange.responses[0]!.body).outputs;
    expect(outputs[0].data).toEqual(Array.from({ length: rows }, () => expected.label[0]));
    expect((await laneCounts()).answered).toBe(before.answered + 1);
  }, 30_000);

  /** the test set's rows (171), repeated to 200 */
  function twoHundredRows(): number[][] {
    const all = breastCancerRows(1000);
    return Array.from({ length: 200 }, (_, i) => all[i % all.length]!);
  }

  /** a binary-form request: `pad` spaces after the JSON header move where its tensor bytes start */
  function binaryPost(id: string, rows: number[][], pad: number): Buffer {
    const values = Float32Array.from(rows.flat());
    const header = Buffer.from(JSON.stringify({ id, inputs: [{ name: 'input', shape: [rows.length, 30], datatype: 'FP32', parameters: { binary_data_size: values.byteLength } }] }) + ' '.repeat(pad));
    const head = [`POST ${INFER} HTTP/1.1`, 'Host: 127.0.0.1', 'Content-Type: application/octet-stream', `Content-Length: ${header.length + values.byteLength}`, `Inference-Header-Content-Length: ${header.length}`, '', ''].join('\r\n');
    return Buffer.concat([Buffer.from(head, 'latin1'), header, Buffer.from(values.buffer)]);
  }

  test('a large binary-form body is read right wherever its tensor bytes fall, in pieces, with the next request behind it', async () => {
    // 200 rows: 24,000 tensor bytes, over the size from which the lane places such a body aligned
    const rows = twoHundredRows();
    for (let pad = 0; pad < 8; pad++) {
      const request = Buffer.concat([binaryPost(`bin-${pad}`, rows, pad), Buffer.from(post(INFER, body(`next-${pad}`)))]);
      // pieces of an odd size, so the cuts fall inside the head, the header and the tensor bytes,
      // and the last piece holds the end of the body and the next request
      const size = 4093 + 997 * pad;
      const pieces = Array.from({ length: Math.ceil(request.length / size) }, (_, i) => request.subarray(i * size, (i + 1) * size));
      const before = await laneCounts();
      const exchange = await both(pieces, { responses: 2, gapMs: 1, timeoutMs: 20_000 });
      expect(exchange.responses.map((r) => r.status)).toEqual([200, 200]);
      const answer = JSON.parse(exchange.responses[0]!.body);
      expect(answer.id).toBe(`bin-${pad}`);
      expect(answer.outputs[1].shape).toEqual([200, 2]);
      expect(statusAndBody(exchange)[1]).toEqual({ status: 200, body: okBody(`next-${pad}`) });
      expect(await laneCounts()).toEqual(plus(before, { answered: 2 }));
    }
  }, 60_000);

  test('a binary-form body in one piece and one whose header length is wrong are answered as node:http answers them', async () => {
    const rows = twoHundredRows();
    const whole = binaryPost('whole', rows, 3);
    const inOne = await both([whole]);
    expect(inOne.responses.map((r) => r.status)).toEqual([200]);
    // a header length past the body: the lane leaves it to node:http's 400
    const wrong = Buffer.from(whole.toString('latin1').replace(/Inference-Header-Content-Length: \d+/, 'Inference-Header-Content-Length: 99999'), 'latin1');
    const refused = await both([wrong]);
    expect(refused.responses.map((r) => r.status)).toEqual([400]);
  });

  test.each([
    ['a chunked body', post(INFER, body('chunked')).replace(/Content-Length: \d+/, 'Transfer-Encoding: chunked').replace(/\r\n\r\n.*$/s, `\r\n\r\n${body('chunked').length.toString(16)}\r\n${body('chunked')}\r\n0\r\n\r\n`), [{ status: 200, body: ok('chunked') }]],
    ['Expect: 100-continue', post(INFER, body('expect'), ['Expect: 100-continue']), [{ status: 100, body: '' }, { status: 200, body: ok('expect') }]],
    ['HTTP/1.0', post(INFER, body('old')).replace('HTTP/1.1', 'HTTP/1.0'), [{ status: 200, body: ok('old') }]],
    ['a 9 KiB header (over the lane\'s 8 KiB, under node:http\'s 16 KiB)', post(INFER, body('big'), [`X-Padding: ${'a'.repeat(9000)}`]), [{ status: 200, body: ok('big') }]],
    ['a header value in Latin-1 (obs-text)', post(INFER, body('latin'), ['X-Note: caf\xe9']), [{ status: 200, body: ok('latin') }]],
    ['Connection: Upgrade', post(INFER, body('up'), ['Connection: Upgrade', 'Upgrade: h2c']), [{ status: 200, body: ok('up') }]],
  ])('handed over for the rest of the connection: %s', async (_case, request, answers) => {
    const before = await laneCounts();
    const exchange = await both([Buffer.from(request, 'latin1')], { responses: answers.length });
    expect(statusAndBody(exchange)).toEqual(answers.map(({ status, body }) => ({ status, body: body.startsWith(OK) ? okBody(body.slice(OK.length)) : body })));
    expect(await laneCounts()).toEqual(plus(before, { handedOver: 1 }));
  });

  test.each([
    ['an unknown model', post('/v2/models/nope/infer', body('x')), { status: 404, body: '{"error":"There is no model \\"nope\\". (/v2/models/nope) Fix: Use one of: cancer."}' }],
    ['a trailing slash', post(`${INFER}/`, body('slash')), { status: 200, body: ok('slash') }],
    ['a body that is no JSON', post(INFER, 'rows'), { status: 400, body: expect.stringMatching(/^\{"error":"The request body is not valid JSON/) }],
    ['a shape that claims 30 billion values', post(INFER, JSON.stringify({ inputs: [{ name: 'input', shape: [1000000000, 30], datatype: 'FP32', data: row }] })), { status: 400, body: expect.stringMatching(/^\{"error":"The shape \[1000000000, 30\] claims more than 1073741824 values/) }],
    ['readiness', 'GET /v2/health/ready HTTP/1.1\r\nHost: x\r\n\r\n', { status: 200, body: '{"ready":true}' }],
    ['model metadata', 'GET /v2/models/cancer HTTP/1.1\r\nHost: x\r\n\r\n', { status: 200, body: expect.stringContaining('"platform":"onnx_onnxv1"') }],
    ['GET on the inference route', 'GET /v2/models/cancer/infer HTTP/1.1\r\nHost: x\r\n\r\n', { status: 405, body: expect.stringContaining('takes POST, not GET') }],
  ])('answered by node:http, the connection staying with the lane: %s', async (_case, request, answer) => {
    const before = await laneCounts();
    // then a plain request on the same connection, which the lane answers
    const exchange = await both([Buffer.from(request + post(INFER, body('after')), 'latin1')], { responses: 2 });
    const expected = typeof answer.body === 'string' && answer.body.startsWith(OK) ? { ...answer, body: okBody(answer.body.slice(OK.length)) } : answer;
    expect(statusAndBody(exchange)).toEqual([expected, { status: 200, body: okBody('after') }]);
    expect(await laneCounts()).toEqual(plus(before, { answered: 1, bridged: 1 }));
  });

  test.each([
    ['a 20 KiB header (over node:http\'s limit)', post(INFER, body('x'), [`X-Padding: ${'a'.repeat(20_000)}`])],
    ['a bare LF in a header', post(INFER, body('x'), ['X-A: 1\nX-B: 2'])],
    ['a bare CR in a header', post(INFER, body('x'), ['X-A: 1\rX-B: 2'])],
    ['a NUL in a header value', post(INFER, body('x'), ['X-A: 1\0'])],
    ['an obs-fold continuation line', post(INFER, body('x'), ['X-A: 1', ' folded'])],
    ['a header name that is not a token', post(INFER, body('x'), ['Bad Name: 1'])],
    ['a space before the colon', post(INFER, body('x'), ['Content-Type : text/plain'])],
    ['two equal Content-Lengths', post(INFER, body('x'), [`Content-Length: ${body('x').length}`])],
    ['two different Content-Lengths', post(INFER, body('x'), ['Content-Length: 5'])],
    ['Content-Length with Transfer-Encoding', post(INFER, body('x'), ['Transfer-Encoding: chunked'])],
  ])('refused by node:http after the hand-over: %s', async (_case, request) => {
    const exchange = await both([Buffer.from(request, 'latin1')], { untilClosed: true });
    expect(statusAndBody(exchange)).toEqual([BAD_REQUEST]);
    expect(exchange.responses[0]!.headers).toEqual([['connection', 'close'], ['content-length', '0']]);
    expect(exchange.closed).toBe(true);
  });

  test('Connection: close is answered by the lane, which then closes', async () => {
    const before = await laneCounts();
    const exchange = await both([post(INFER, body('bye'), ['Connection: close'])], { untilClosed: true });
    expect(statusAndBody(exchange)).toEqual([{ status: 200, body: okBody('bye') }]);
    expect(exchange.responses[0]!.headers).toContainEqual(['connection', 'close']);
    expect(exchange.closed).toBe(true);
    expect((await laneCounts()).answered).toBe(before.answered + 1);
  });

  test('a client that half-closes after its request still gets the answer', async () => {
    const exchange = await both([post(INFER, body('half'))], { end: true, untilClosed: true });
    expect(statusAndBody(exchange)).toEqual([{ status: 200, body: okBody('half') }]);
    expect(exchange.closed).toBe(true);
  });

  test('a client that half-closes mid-request gets node:http\'s 400', async () => {
    const exchange = await both([post(INFER, body('cut')).slice(0, -10)], { end: true, untilClosed: true });
    expect(statusAndBody(exchange)).toEqual([BAD_REQUEST]);
  });

  test('a request id from the body or the header is echoed; one unfit for a header goes to node:http', async () => {
    const fromHeader = await both([post(INFER, JSON.stringify({ inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: row }] }), ['X-Request-Id: trace-7'])]);
    expect(fromHeader.responses[0]!.headers).toContainEqual(['x-request-id', 'trace-7']);
    const before = await laneCounts();
    const unfit = await both([post(INFER, body('line\nbreak'))]);
    expect(statusAndBody(unfit)).toEqual([{ status: 500, body: '{"error":"The server failed on this request. (/v2/models/cancer/infer) Fix: Retry; if it persists, report it with the server log."}' }]);
    expect(await laneCounts()).toEqual(plus(before, { bridged: 1 }));
  });

  test('the lane cuts off a client that sends its head too slowly or never finishes its body', async () => {
    const server = await startTestServer([`cancer=${LR}`], { sharedReadBuffer, headersTimeoutMs: 300, requestTimeoutMs: 600 });
    try {
      const started = Date.now();
      // one header byte every 100 ms, never finishing: bounded to 40 bytes
      const drip = Array.from({ length: 40 }, () => 'X');
      const slowHead = await rawExchange(port(server), ['POST /v2/models/cancer/infer HTTP/1.1\r\nHost: x\r\n', ...drip], { gapMs: 100, untilClosed: true, timeoutMs: 5000 });
      expect(slowHead).toEqual({ responses: [], closed: true, rest: '' });
      expect(Date.now() - started).toBeLessThan(3000);
      const startedBody = Date.now();
      const slowBody = await rawExchange(port(server), [post(INFER, body('x')).slice(0, -20)], { untilClosed: true, timeoutMs: 5000 });
      expect(slowBody).toEqual({ responses: [], closed: true, rest: '' });
      expect(Date.now() - startedBody).toBeGreaterThanOrEqual(500);
      expect(Date.now() - startedBody).toBeLessThan(3000);
    } finally {
      await server.close();
    }
  });

  test('with a token the lane answers only a request that carries it; the rest get node:http\'s 401', async () => {
    const server = await startTestServer([`cancer=${LR}`], { sharedReadBuffer, token: 's3cret' });
    try {
      const refused = await rawExchange(port(server), [post(INFER, body('x'))]);
      expect(refused.responses.map((r) => r.status)).toEqual([401]);
      const wrong = await rawExchange(port(server), [post(INFER, body('x'), ['Authorization: Bearer wrong'])]);
      expect(wrong.responses.map((r) => r.status)).toEqual([401]);
      const allowed = await rawExchange(port(server), [post(INFER, body('ok'), ['Authorization: Bearer s3cret'])]);
      expect(allowed.responses.map((r) => r.status)).toEqual([200]);
      const metrics = await server.metricsText();
      expect(metrics).toMatch(/^mlci_http_fast_lane_requests_total 1$/m);
      expect(metrics).toMatch(/^mlci_http_bridged_requests_total 2$/m);
      expect(metrics).toMatch(/^mlci_http_handovers_total 0$/m);
    } finally {
      await server.close();
    }
  });

  test('a request in flight when the server stops is answered, with Connection: close', async () => {
    // a queue delay holds the request in the batcher while close() begins
    const server = await startTestServer([`cancer=${LR}`], { sharedReadBuffer, maxQueueDelayUs: 300_000 });
    const exchange = rawExchange(port(server), [post(INFER, body('last'))], { untilClosed: true });
    await new Promise((r) => setTimeout(r, 100));
    const closing = server.close();
    const answer = await exchange;
    await closing;
    expect(answer.responses.map((r) => r.status)).toEqual([200]);
    expect(answer.responses[0]!.headers).toContainEqual(['connection', 'close']);
    expect(answer.closed).toBe(true);
  });
});

/** the limits of a lane started on its own, without a server around it */
const STANDALONE_LIMITS = { maxBodyBytes: 1 << 20, headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, checkIntervalMs: 1_000 };

test("the lane's kept status and header lines never stand for another status or a changed headers object", async () => {
  // one frozen headers object answered with two statuses, and an open one changed between answers
  const frozen = Object.freeze({ 'content-type': 'text/plain' });
  const open: Record<string, string> = { 'content-type': 'text/plain', 'x-kind': 'first' };
  const answers: [number, Readonly<Record<string, string>>, () => void][] = [
    [200, frozen, () => {}],
    [503, frozen, () => {}],
    [200, open, () => (open['x-kind'] = 'second')],
    [200, open, () => {}],
  ];
  let next = 0;
  const standalone = new FastLane({
    ...STANDALONE_LIMITS,
    answer: (_head, _body, reply, done) => {
      const [status, headers, after] = answers[next++]!;
      reply(status, 'x', headers);
      after();
      queueMicrotask(() => done(true));
      return true;
    },
    bridge: async () => false,
    handOver: (socket: Socket) => socket.destroy(),
  });
  const listener = fastLaneListener(standalone);
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  try {
    const exchange = await rawExchange((listener.address() as AddressInfo).port, [answers.map(() => post('/v2/models/m/infer', '{}')).join('')], { responses: answers.length });
    expect(exchange.responses.map(({ status, headers }) => ({ status, kind: headers.find(([n]) => n === 'x-kind')?.[1] }))).toEqual([
      { status: 200, kind: undefined },
      { status: 503, kind: undefined },
      { status: 200, kind: 'first' },
      { status: 200, kind: 'second' },
    ]);
    // this Node lets the lane read through its shared buffer: a Node that did not would fall back unseen
    expect(standalone.reads).toEqual({ sharedBuffer: 1, stream: 0 });
  } finally {
    standalone.destroyAll();
    await new Promise((resolve) => listener.close(resolve));
  }
});

test.each([
  ['one shared buffer', true],
  ["node's 'data' events", false],
])('a connection handed over after reading through %s gives its taker every byte, from the first unanswered one on', async (_reads, sharedReadBuffer) => {
  // the taker reads through 'data', as node:http does where it does not parse the socket itself
  let answered = 0;
  const taken: Buffer[] = [];
  let takerEnded!: () => void;
  const ended = new Promise<void>((resolve) => (takerEnded = resolve));
  const standalone = new FastLane({
    ...STANDALONE_LIMITS,
    sharedReadBuffer,
    answer: (_head, _body, reply, done) => {
      answered++;
      reply(200, 'x', { 'content-type': 'text/plain' });
      queueMicrotask(() => done(true));
      return true;
    },
    bridge: async () => false,
    handOver: (socket: Socket) => {
      socket.on('data', (chunk: Buffer) => taken.push(chunk));
      socket.on('end', () => {
        takerEnded();
        socket.end();
      });
    },
  });
  const listener = fastLaneListener(standalone);
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  try {
    // one request the lane answers, then an HTTP/1.0 one it hands over, then bytes sent after the handover
    const handedOver = 'POST /v2/models/m/infer HTTP/1.0\r\nContent-Length: 2\r\n\r\n{}';
    const later = 'x'.repeat(200_000);
    const port = (listener.address() as AddressInfo).port;
    const client = createConnection(port, '127.0.0.1');
    client.on('data', () => {});
    client.write(post('/v2/models/m/infer', '{}') + handedOver);
    await new Promise((r) => setTimeout(r, 100));
    client.end(later);
    await ended;
    expect(answered).toBe(1);
    expect(Buffer.concat(taken).toString()).toBe(handedOver + later);
    expect(standalone.reads).toEqual(sharedReadBuffer ? { sharedBuffer: 1, stream: 0 } : { sharedBuffer: 0, stream: 1 });
    client.destroy();
  } finally {
    standalone.destroyAll();
    await new Promise((resolve) => listener.close(resolve));
  }
});
