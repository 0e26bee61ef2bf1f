// A loopback proxy in front of a test registry, to inject what a real registry does under load
// (429 with Retry-After, 403) or put a token service in front of it (Bearer challenge).
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';

export type Intercept = (req: IncomingMessage, res: ServerResponse) => boolean;

export async function startProxy(targetPort: number, intercept: Intercept): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (intercept(req, res)) {
      req.resume();
      return;
    }
    const upstream = request({ host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
