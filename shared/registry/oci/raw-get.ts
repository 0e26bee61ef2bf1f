// A GET whose body is a blob, read straight from a socket: node:http hands a body out in 64 KiB
// Buffers, each allocated, parsed and pushed through a stream, and that per-chunk cost was most of
// a pull's main thread. Here the socket reads into one reused 1 MiB buffer (net's `onread`), the
// response is framed by ResponseReader, and the body's pieces are LENT to the consumer: a piece is
// valid until the consumer asks for the next one (the socket is paused meanwhile, the kernel keeps
// receiving). Plain HTTP and HTTPS; one request per connection (Connection: close).
import { isIP, connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { HttpProtocolError, ResponseReader, type ResponseHead } from './http1-response.js';

const READ_BYTES = 1 << 20;
/** an error answer's body is read whole for its message, up to this */
const ERROR_BODY_LIMIT = 1 << 20;

export interface RawAnswer {
  status: number;
  headers: Headers;
  /**
   * the body's pieces, each valid only until the next is asked for (copy what must be kept); the
   * iteration throws when the connection fails or ends before the body does. Ending the iteration
   * early closes the connection.
   */
  body: AsyncIterable<Buffer>;
  /** closes the connection without reading the body */
  discard(): void;
  /** the whole body in memory (error answers: a JSON message), cut at 1 MiB */
  text(): Promise<string>;
}

export interface RawGetOptions {
  headers: Record<string, string>;
  /** the connection is dropped after this long without a byte either way */
  idleTimeoutMs: number;
  /** for tests: TLS options such as a private CA */
  tls?: ConnectionOptions;
}

export async function rawGet(url: URL, options: RawGetOptions): Promise<RawAnswer> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`unsupported protocol ${url.protocol}`);
  const request = requestHead(url, options.headers);
  const reader = new ResponseReader();
  const readBuffer = Buffer.allocUnsafe(READ_BYTES);
  /** body pieces of the latest read, not yet handed out; the socket is paused while any are held */
  const held: Buffer[] = [];
  let failure: Error | undefined;
  let ended = false;
  let paused = false;
  /** the consumer waits for a piece */
  let wake: (() => void) | undefined;
  let answered: ((head: ResponseHead) => void) | undefined;
  let refused: ((err: Error) => void) | undefined;

  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const onread = {
    buffer: readBuffer,
    callback: (n: number, buffer: Uint8Array): boolean => {
      try {
        reader.feed(Buffer.from(buffer.buffer, buffer.byteOffset, n), (head) => answered?.(head), (piece) => held.push(piece));
      } catch (err) {
        fail(err as Error);
        return false;
      }
      if (reader.done) finish();
      if (held.length === 0) return true;
      notify();
      // the pieces point into readBuffer: no further read until the consumer has taken them
      paused = true;
      return false;
    },
  };
  const socket: Socket =
    url.protocol === 'https:'
      ? // tls.connect takes `onread` as net.connect does (Node's docs), though its types leave it out
        tlsConnect({ host, port, servername: isIp(host) ? undefined : host, ALPNProtocols: ['http/1.1'], onread, ...options.tls } as ConnectionOptions)
      : netConnect({ host, port, onread });
  socket.setTimeout(options.idleTimeoutMs, () => fail(Object.assign(new Error(`no data for ${options.idleTimeoutMs} ms`), { code: 'ETIMEDOUT' })));
  socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => socket.write(request));
  socket.on('error', (err) => fail(err));
  socket.on('end', () => {
    try {
      reader.end();
      finish();
    } catch (err) {
      fail(err as Error);
    }
  });
  socket.on('close', () => fail(Object.assign(new Error('the connection closed'), { code: 'ECONNRESET' })));

  function notify(): void {
    const w = wake;
    wake = undefined;
    w?.();
  }
  function finish(): void {
    if (ended || failure) return;
    ended = true;
    socket.destroy();
    notify();
  }
  function fail(err: Error): void {
    if (ended || failure) return;
    failure = err;
    socket.destroy();
    refused?.(err);
    notify();
  }
  function resume(): void {
    if (!paused || ended || failure) return;
    paused = false;
    socket.resume();
  }

  async function* pieces(): AsyncGenerator<Buffer> {
    try {
      for (;;) {
        const piece = held.shift();
        if (piece) {
          yield piece;
          continue;
        }
        if (failure) throw failure;
        if (ended) return;
        resume();
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      // stopped early (a refused blob, a consumer's error): the rest is not read
      if (!ended) {
        ended = true;
        socket.destroy();
      }
    }
  }

  return new Promise<RawAnswer>((resolve, reject) => {
    refused = reject;
    answered = (head) => {
      const headers = new Headers();
      try {
        for (const [name, value] of head.fields) headers.append(name, value);
      } catch {
        fail(new HttpProtocolError('a header field holds characters HTTP does not allow'));
        return;
      }
      refused = undefined;
      const body = pieces();
      resolve({
        status: head.status,
        headers,
        body,
        discard() {
          // return() on a generator never started skips its finally: close here
          if (!ended) {
            ended = true;
            socket.destroy();
          }
          void body.return(undefined);
        },
        async text() {
          const parts: Buffer[] = [];
          let size = 0;
          for await (const piece of body) {
            parts.push(Buffer.from(piece.subarray(0, ERROR_BODY_LIMIT - size)));
            size += piece.length;
            if (size >= ERROR_BODY_LIMIT) break;
          }
          return Buffer.concat(parts).toString('utf8');
        },
      });
    };
  });
}

/** a URL's hostname that is an address (IPv6 in brackets), which TLS's server name must not be */
function isIp(host: string): boolean {
  return isIP(host.replace(/^\[(.*)\]$/, '$1')) !== 0;
}

function requestHead(url: URL, headers: Record<string, string>): string {
  const fields: Record<string, string> = { host: url.host, 'user-agent': 'mlci', 'accept-encoding': 'identity', ...headers, connection: 'close' };
  const lines = [`GET ${url.pathname}${url.search} HTTP/1.1`];
  for (const [name, value] of Object.entries(fields)) {
    // a value from elsewhere (a token service's answer) must not add lines of its own
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) || /[\r\n\0]/.test(value)) throw new HttpProtocolError(`the request header ${name} holds characters HTTP does not allow`);
    lines.push(`${name}: ${value}`);
  }
  return `${lines.join('\r\n')}\r\n\r\n`;
}
