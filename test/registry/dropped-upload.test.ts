// A streamed upload whose connection drops: the request fails, and the body's producer is closed
// (its `finally` runs). Node never calls the callback of a write to a destroyed request; the upload
// used to wait on that callback for ever, so the producer stayed suspended at a `yield` with its
// hashing worker alive, and that worker kept a green test run's process from exiting.
import { createServer, type Server, type Socket } from 'node:net';
import { silentLogger } from '../../shared/log.js';
import { RegistryHttp } from '../../shared/registry/oci/http.js';

let server: Server;
const sockets = new Set<Socket>();
let base: string;

beforeAll(async () => {
  // reads the request head and a little of the body, then cuts the connection
  server = createServer((socket) => {
    sockets.add(socket);
    let seen = 0;
    socket.on('data', (data) => {
      seen += data.length;
      if (seen > 256 * 1024) socket.destroy();
    });
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('a connection cut mid-body fails the request and closes the body producer', async () => {
  const http = new RegistryHttp({ host: new URL(base).host, base, env: {}, logger: silentLogger, fetch });
  let produced = 0;
  let producerClosed!: () => void;
  const closed = new Promise<void>((resolve) => (producerClosed = resolve));
  async function* body(): AsyncIterable<Uint8Array> {
    try {
      // far more than the server reads before it hangs up; each chunk is the same lent buffer
      const chunk = new Uint8Array(64 * 1024);
      for (let k = 0; k < 4096; k++) {
        produced++;
        yield chunk;
      }
    } finally {
      producerClosed();
    }
  }
  const request = http.request({ method: 'PATCH', url: '/v2/upload', scope: 'repository:x:push', headers: { 'content-type': 'application/octet-stream' }, stream: body, timeoutMs: 10_000, retry: false });
  // the registry named as not answering, not some other failure of the code under test
  await expect(request).rejects.toThrow(/did not answer PATCH \/v2\/upload/);
  // closed promptly, long before the 4096 chunks: a wait of a few seconds would mean it was left hanging
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still suspended after 5 s'), 5000)));
  await expect(Promise.race([closed.then(() => 'closed'), late])).resolves.toBe('closed');
  clearTimeout(timer);
  expect(produced).toBeLessThan(4096);
});
