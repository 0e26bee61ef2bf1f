// A client that writes exact bytes to a server on 127.0.0.1 and reads the HTTP/1.1 responses back
// as they come: for the cases a well-behaved client library never produces (pipelining, one byte
// per write, broken headers, a body that never ends).
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  /** header names lower-cased, in order */
  headers: [string, string][];
  body: string;
}

export interface RawExchange {
  responses: RawResponse[];
  /** the server closed the connection */
  closed: boolean;
  /** bytes after the last whole response */
  rest: string;
}

export interface RawOptions {
  /** stop once this many responses are in (1xx ones count) */
  responses?: number;
  /** milliseconds between writes */
  gapMs?: number;
  /** half-close after the last write */
  end?: boolean;
  /** wait for the server to close the connection, not only for the responses */
  untilClosed?: boolean;
  /** give up after this long with what has come (the test then says what is missing) */
  timeoutMs?: number;
}

export function rawExchange(port: number, writes: (string | Buffer)[], options: RawOptions = {}): Promise<RawExchange> {
  const wanted = options.responses ?? 1;
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let closed = false;
    const finish = () => {
      clearTimeout(timer);
      const parsed = parseResponses(received);
      socket.destroy();
      resolve({ ...parsed, closed });
    };
    const timer = setTimeout(finish, options.timeoutMs ?? 5000);
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (!options.untilClosed && parseResponses(received).responses.length >= wanted) finish();
    });
    socket.on('close', () => {
      closed = true;
      finish();
    });
    socket.on('connect', async () => {
      for (const part of writes) {
        if (socket.destroyed) return;
        socket.write(part);
        if (options.gapMs) await new Promise((r) => setTimeout(r, options.gapMs));
      }
      if (options.end) socket.end();
    });
  });
}

function parseResponses(text: string): { responses: RawResponse[]; rest: string } {
  const responses: RawResponse[] = [];
  let at = 0;
  for (;;) {
    const end = text.indexOf('\r\n\r\n', at);
    if (end < 0) break;
    const [statusLine, ...lines] = text.slice(at, end).split('\r\n');
    const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine!)?.[1]);
    const headers = lines.map((l): [string, string] => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]);
    const length = status < 200 ? 0 : Number(headers.find(([n]) => n === 'content-length')?.[1] ?? 0);
    if (text.length < end + 4 + length) break;
    responses.push({ status, headers, body: Buffer.from(text.slice(end + 4, end + 4 + length), 'latin1').toString('utf8') });
    at = end + 4 + length;
  }
  return { responses, rest: text.slice(at) };
}

/** a response as a client sees it, less what differs between any two answers (the date, a random request id) */
export function comparable(response: RawResponse): RawResponse {
  return {
    ...response,
    headers: response.headers.map(([n, v]): [string, string] => [n, n === 'date' ? '(date)' : n === 'x-request-id' && /^[0-9a-f-]{36}$/.test(v) ? '(uuid)' : v]),
  };
}

/** an HTTP/1.1 POST with a Content-Length body (and the given extra header lines) */
export function post(path: string, body: string, extra: string[] = []): string {
  return [`POST ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`, ...extra, '', body].join('\r\n');
}
