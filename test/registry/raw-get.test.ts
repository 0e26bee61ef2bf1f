// The blob download's own HTTP/1.1 reading (raw-get.ts, blob-download.ts) against loopback servers
// that answer byte by byte as a test scripts them: odd but legal framings (a head split anywhere,
// chunked bodies with extensions and trailers, a body ended by the close, 100 Continue), redirects,
// and the faults a network gives (a body cut short, a stalled server, a malformed answer). HTTPS
// against a real TLS server with a certificate made by openssl.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { blobBodyOf, downloadBlob } from '../../shared/registry/oci/blob-download.js';
import { rawGet } from '../../shared/registry/oci/raw-get.js';
import { describeWithTools, tools } from '../support/system-tools.js';
import { tempDir } from './support.js';

interface Scripted {
  url: string;
  /** the request heads received, one per connection */
  requests: string[];
  /** connections that ended (closed by either side) */
  closed: () => number;
  close(): Promise<void>;
}

/** a server that reads each request head, then lets `answer` write to the socket as it likes */
async function scripted(answer: (socket: Socket, head: string, index: number) => void): Promise<Scripted> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  let closed = 0;
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      closed++;
    });
    socket.on('error', () => {});
    let head = '';
    const onData = (data: Buffer) => {
      head += data.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      requests.push(head);
      answer(socket, head, requests.length - 1);
    };
    socket.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    closed: () => closed,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** writes `parts` one at a time with a pause between, so the client meets every split */
async function dribble(socket: Socket, parts: (string | Buffer)[], end = true): Promise<void> {
  for (const part of parts) {
    if (socket.destroyed) return;
    socket.write(part);
    await new Promise((r) => setTimeout(r, 5));
  }
  if (end) socket.end();
}

async function bodyOf(url: string, headers: Record<string, string> = {}): Promise<Buffer> {
  const answer = await rawGet(new URL(url), { headers, idleTimeoutMs: 5_000 });
  expect(answer.status).toBe(200);
  const parts: Buffer[] = [];
  // pieces are lent: copied here
  for await (const piece of answer.body) parts.push(Buffer.from(piece));
  return Buffer.concat(parts);
}

const servers: Scripted[] = [];
async function serve(answer: (socket: Socket, head: string, index: number) => void): Promise<Scripted> {
  const s = await scripted(answer);
  servers.push(s);
  return s;
}
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('framings a server may use', () => {
  test('Content-Length, with the head split inside its CRLFs and the body in pieces', async () => {
    const body = randomBytes(300_000);
    const head = `HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: ${body.length}\r\n\r\n`;
    const s = await serve((socket) => void dribble(socket, [head.slice(0, 5), head.slice(5, head.length - 3), head.slice(head.length - 3, head.length - 1), head.slice(head.length - 1), body.subarray(0, 7), body.subarray(7, 200_000), body.subarray(200_000)]));
    expect((await bodyOf(`${s.url}/v2/x/blobs/sha256:1`)).equals(body)).toBe(true);
    expect(s.requests[0]).toMatch(/^GET \/v2\/x\/blobs\/sha256:1 HTTP\/1\.1\r\n/);
    expect(s.requests[0]).toMatch(/\r\nconnection: close\r\n/i);
  });

  test('a body larger than the read buffer, sent at once, arrives whole and in order', async () => {
    const body = randomBytes(5 * 1024 * 1024 + 13);
    const s = await serve((socket) => socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n`), body])));
    expect((await bodyOf(s.url)).equals(body)).toBe(true);
  });

  test('chunked, with chunk extensions, a size line split across writes, upper-case hex and trailers', async () => {
    const a = randomBytes(70_000);
    const b = randomBytes(3);
    const c = randomBytes(2 * 1024 * 1024);
    const s = await serve(
      (socket) =>
        void dribble(socket, [
          'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n',
          `${a.length.toString(16).toUpperCase()};name=value\r\n`,
          a,
          '\r\n',
          `${b.length.toString(16)}`,
          `\r\n`,
          Buffer.concat([b, Buffer.from('\r')]),
          `\n${c.length.toString(16)}\r\n`,
          c,
          '\r\n0\r\nX-Trailer: yes\r\n',
          '\r\n',
        ]),
    );
    expect((await bodyOf(s.url)).equals(Buffer.concat([a, b, c]))).toBe(true);
  });

  test('Transfer-Encoding wins over a Content-Length sent with it', async () => {
    const s = await serve((socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n'));
    expect((await bodyOf(s.url)).toString()).toBe('hello');
  });

  test('a body delimited by the close (no length, no chunking), from an HTTP/1.0 server', async () => {
    const body = randomBytes(100_000);
    const s = await serve((socket) => void dribble(socket, ['HTTP/1.0 200 OK\r\nServer: old\r\n\r\n', body.subarray(0, 50_000), body.subarray(50_000)]));
    expect((await bodyOf(s.url)).equals(body)).toBe(true);
  });

  test('100 Continue and 103 Early Hints before the answer; a repeated equal Content-Length; no reason phrase', async () => {
    const s = await serve((socket) => socket.end('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\nHTTP/1.1 200\r\nContent-Length: 5, 5\r\n\r\nhello'));
    expect((await bodyOf(s.url)).toString()).toBe('hello');
  });

  test('an error answer is read whole, for its message', async () => {
    const chunks = ['{"errors":[{"code":"BLOB_UN', 'KNOWN"}', ']}'].map((c) => `${c.length.toString(16)}\r\n${c}\r\n`).join('');
    const s = await serve((socket) => socket.end(`HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${chunks}0\r\n\r\n`));
    const response = await downloadBlob(s.url, {}, 5_000);
    expect(response.status).toBe(404);
    expect(blobBodyOf(response)).toBeUndefined();
    expect(await response.json()).toEqual({ errors: [{ code: 'BLOB_UNKNOWN' }] });
  });
});

describe('faults are errors, never a short blob taken for a whole one', () => {
  test('a Content-Length body cut short by the close: the iteration throws, saying how far it got', async () => {
    const s = await serve((socket) => void dribble(socket, ['HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n', Buffer.alloc(600)]));
    await expect(bodyOf(s.url)).rejects.toThrow('the connection closed after 600 of 1000 bytes of the body');
  });

  test('a chunked body cut in the middle of a chunk, or before its last chunk', async () => {
    const mid = await serve((socket) => socket.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc'));
    await expect(bodyOf(mid.url)).rejects.toThrow(/closed after 3 bytes of the body \(in the middle of a chunked body\)/);
    const last = await serve((socket) => socket.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n'));
    await expect(bodyOf(last.url)).rejects.toThrow(/in the middle of a chunked body/);
  });

  test('a connection reset in the middle of the body', async () => {
    const s = await serve((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n');
      socket.write(Buffer.alloc(10_000), () => setTimeout(() => socket.resetAndDestroy(), 20));
    });
    await expect(bodyOf(s.url)).rejects.toThrow(/ECONNRESET|closed/);
  });

  test('malformed answers are refused before any body is taken', async () => {
    for (const [answer, message] of [
      ['ICY 200 OK\r\n\r\n', /status line "ICY 200 OK" is not HTTP\/1\.1/],
      ['HTTP/1.1 200 OK\r\nContent-Length: 5\r\n folded\r\n\r\nhello', /header line " folded" is malformed/],
      ['HTTP/1.1 200 OK\r\nContent-Length: 5, 6\r\n\r\nhello', /Content-Length "5, 6" is not one number/],
      ['HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n', /is not one number/],
      [`HTTP/1.1 200 OK\r\nX: ${'a'.repeat(70_000)}\r\n\r\n`, /response head is longer than 65536 bytes/],
      ['', /closed before any response/],
    ] as const) {
      const s = await serve((socket) => socket.end(answer));
      await expect(rawGet(new URL(s.url), { headers: {}, idleTimeoutMs: 5_000 })).rejects.toThrow(message);
    }
  });

  test('a chunk longer than its size line, or a size that is not hex, is refused mid-body', async () => {
    const longer = await serve((socket) => socket.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcdef\r\n0\r\n\r\n'));
    await expect(bodyOf(longer.url)).rejects.toThrow(/end of a chunk|longer than its size line/);
    const notHex = await serve((socket) => socket.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n'));
    await expect(bodyOf(notHex.url)).rejects.toThrow(/chunk size line "zz" is not hexadecimal/);
  });

  test('a server that stalls: the idle timeout ends the wait, before the head and in the body', async () => {
    const silent = await serve(() => {});
    await expect(rawGet(new URL(silent.url), { headers: {}, idleTimeoutMs: 200 })).rejects.toThrow(/no data for 200 ms/);
    const stalled = await serve((socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'));
    const answer = await rawGet(new URL(stalled.url), { headers: {}, idleTimeoutMs: 200 });
    await expect((async () => {
      for await (const _ of answer.body);
    })()).rejects.toMatchObject({ code: 'ETIMEDOUT' });
  });

  test('a consumer that stops early closes the connection (the rest is not read)', async () => {
    const s = await serve((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n');
      const more = () => socket.write(Buffer.alloc(1 << 16), () => !socket.destroyed && setImmediate(more));
      more();
    });
    const answer = await rawGet(new URL(s.url), { headers: {}, idleTimeoutMs: 5_000 });
    for await (const piece of answer.body) {
      expect(piece.length).toBeGreaterThan(0);
      break;
    }
    for (let i = 0; i < 100 && s.closed() === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(s.closed()).toBe(1);
  });

  test('a header value that would add lines of its own is refused, not sent', async () => {
    const s = await serve((socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'));
    await expect(rawGet(new URL(s.url), { headers: { authorization: 'Bearer x\r\nX-Evil: 1' }, idleTimeoutMs: 5_000 })).rejects.toThrow(/authorization holds characters HTTP does not allow/);
    expect(s.requests).toEqual([]);
  });
});

describe('redirects', () => {
  test('a redirect to another origin (a CDN) is followed without the Authorization; one on the same origin keeps it', async () => {
    const body = randomBytes(50_000);
    const cdn = await serve((socket) => socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n`), body])));
    const registry = await serve((socket, _head, index) => {
      if (index === 0) socket.end('HTTP/1.1 307 Temporary Redirect\r\nLocation: /v2/x/blobs/moved\r\nContent-Length: 0\r\n\r\n');
      else socket.end(`HTTP/1.1 302 Found\r\nLocation: ${cdn.url}/blob?sig=abc\r\nContent-Length: 12\r\n\r\nsee location`);
    });
    const response = await downloadBlob(`${registry.url}/v2/x/blobs/sha256:1`, { authorization: 'Bearer registry-token', accept: '*/*' }, 5_000);
    expect(response.status).toBe(200);
    const parts: Buffer[] = [];
    for await (const piece of blobBodyOf(response)!.pieces) parts.push(Buffer.from(piece));
    expect(Buffer.concat(parts).equals(body)).toBe(true);
    expect(registry.requests[1]).toMatch(/^GET \/v2\/x\/blobs\/moved HTTP\/1\.1\r\n/);
    expect(registry.requests[1]).toMatch(/\r\nauthorization: Bearer registry-token\r\n/);
    expect(cdn.requests[0]).toMatch(/^GET \/blob\?sig=abc HTTP\/1\.1\r\n/);
    expect(cdn.requests[0]).not.toMatch(/authorization/i);
  });

  test('a redirect loop stops after five hops with the redirect as the answer', async () => {
    const loop = await serve((socket) => socket.end('HTTP/1.1 307 Temporary Redirect\r\nLocation: /again\r\nContent-Length: 0\r\n\r\n'));
    const response = await downloadBlob(loop.url, {}, 5_000);
    expect(response.status).toBe(307);
    expect(loop.requests).toHaveLength(6);
  });
});

describeWithTools('HTTPS', [tools.openssl], () => {
  test('a blob over TLS, the server checked against its certificate', async () => {
    const dir = tempDir('mlci-tls-');
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { encoding: 'utf8' });
    expect(made.status).toBe(0);
    const cert = readFileSync(join(dir, 'cert.pem'));
    const body = randomBytes(3 * 1024 * 1024);
    const server = createTlsServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (socket) => {
      socket.on('error', () => {});
      socket.once('data', () => socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n`), body])));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const answer = await rawGet(new URL(`https://localhost:${port}/v2/x/blobs/sha256:1`), { headers: {}, idleTimeoutMs: 5_000, tls: { ca: cert } });
      const parts: Buffer[] = [];
      for await (const piece of answer.body) parts.push(Buffer.from(piece));
      expect(Buffer.concat(parts).equals(body)).toBe(true);
      // without the private CA the certificate is refused
      await expect(rawGet(new URL(`https://localhost:${port}/`), { headers: {}, idleTimeoutMs: 5_000 })).rejects.toThrow(/self.signed|unable to verify|certificate/i);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
