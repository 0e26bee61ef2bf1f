// The fast lane's reading of a request head (shared/serve/fast-head.ts): what it takes, what it
// waits for, and that it gives up at the first byte that is not its kind of request.
import { MAX_FAST_HEAD_BYTES, readFastHead } from '../../shared/serve/fast-head.js';

const head = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
const LIMIT = 1 << 20;

test('a plain inference head is read: model, version, lengths, id, token, close', () => {
  const bytes = head(['POST /v2/models/demo/versions/v3/infer HTTP/1.1', 'Host: x', 'content-length: 42', 'Inference-Header-Content-Length: 12', 'X-Request-Id:  r-1 ', 'Authorization: Bearer t', 'Connection: keep-alive, close']);
  expect(readFastHead(bytes, LIMIT)).toEqual({ infer: { model: 'demo', version: 'v3' }, headBytes: bytes.length, contentLength: 42, jsonLength: 12, requestId: 'r-1', authorization: 'Bearer t', close: true });
  expect(readFastHead(head(['POST /v2/models/a.b-c_d/infer HTTP/1.1', 'Host: x', 'Content-Length: 0']), LIMIT)).toMatchObject({ infer: { model: 'a.b-c_d', version: undefined }, close: false });
});

test('other plain requests are framed for node:http to answer, with no inference target', () => {
  const other = (lines: string[]) => readFastHead(head(lines), LIMIT);
  expect(other(['GET /v2/health/ready HTTP/1.1', 'Host: x'])).toMatchObject({ infer: undefined, contentLength: 0 });
  expect(other(['PUT /v2/admin/models/m/route HTTP/1.1', 'Host: x', 'Content-Length: 7'])).toMatchObject({ infer: undefined, contentLength: 7 });
  for (const target of ['/v2/models/m/infer?x=1', '/v2/models/m%20n/infer', '/v2/models/m/infer/', '/v2/models/m/versions/infer']) {
    expect(other([`POST ${target} HTTP/1.1`, 'Host: x', 'Content-Length: 2'])).toMatchObject({ infer: undefined });
  }
  expect(other(['GET /v2/models/m/infer HTTP/1.1', 'Host: x'])).toMatchObject({ infer: undefined });
});

test('a head still arriving is incomplete while it could be one; a first byte that is no method is handed over at once', () => {
  const full = head(['POST /v2/models/demo/infer HTTP/1.1', 'Host: x', 'Content-Length: 2']);
  for (const n of [0, 1, 10, 16, 40, full.length - 1]) expect(readFastHead(full.subarray(0, n), LIMIT)).toBe('incomplete');
  // a TLS ClientHello, a stray blank line, a space
  for (const start of [Buffer.from([0x16, 0x03, 0x01]), Buffer.from('\r\nGET'), Buffer.from(' GET')]) expect(readFastHead(start, LIMIT)).toBe('handover');
  expect(readFastHead(Buffer.alloc(MAX_FAST_HEAD_BYTES + 1, 'POST /v2/models/x'), LIMIT)).toBe('handover');
});

test.each([
  ['no Host', ['POST /v2/models/m/infer HTTP/1.1', 'Content-Length: 2']],
  ['a body over the limit', ['POST /v2/models/m/infer HTTP/1.1', 'Host: x', `Content-Length: ${LIMIT + 1}`]],
  ['a signed Content-Length', ['POST /v2/models/m/infer HTTP/1.1', 'Host: x', 'Content-Length: +2']],
  ['Transfer-Encoding', ['POST /v2/models/m/infer HTTP/1.1', 'Host: x', 'Content-Length: 2', 'transfer-encoding: identity']],
  ['Expect', ['POST /v2/models/m/infer HTTP/1.1', 'Host: x', 'Content-Length: 2', 'Expect: 100-continue']],
  ['two request ids', ['POST /v2/models/m/infer HTTP/1.1', 'Host: x', 'Content-Length: 2', 'X-Request-Id: a', 'X-Request-Id: b']],
  ['HTTP/1.0', ['POST /v2/models/m/infer HTTP/1.0', 'Host: x', 'Content-Length: 2']],
  ['an absolute-form target', ['POST http://x/v2/models/m/infer HTTP/1.1', 'Host: x', 'Content-Length: 2']],
  ['a tab in the request line', ['POST\t/v2/models/m/infer HTTP/1.1', 'Host: x', 'Content-Length: 2']],
  ['a DEL in a value', ['POST /v2/models/m/infer HTTP/1.1', 'Host: x', 'Content-Length: 2', 'X-A: \x7f']],
  ['an unknown Connection option', ['POST /v2/models/m/infer HTTP/1.1', 'Host: x', 'Content-Length: 2', 'Connection: TE']],
])('handed over: %s', (_case, lines) => {
  expect(readFastHead(head(lines), LIMIT)).toBe('handover');
});
