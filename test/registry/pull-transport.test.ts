// A pull's blob downloads (read straight from the socket, raw-get.ts) against Debian's real
// docker-registry with htpasswd Basic auth, through a loopback proxy that changes how the weight blob
// travels: redirected to a "CDN" on another origin, re-sent chunked, answered 503 once, or cut off
// part-way. Every pull is verified; a broken one says so and leaves nothing in the output folder.
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { silentLogger } from '../../shared/log.js';
import { OciModelRegistry, RemoteStore } from '../../shared/registry/index.js';
import { UserError } from '../../shared/errors.js';
import { startDockerRegistry, type RunningRegistry } from '../support/docker-registry.js';
import { startProxy } from '../support/registry-proxy.js';
import { describeWithTools, tools } from '../support/system-tools.js';
import { tempDir } from './support.js';

const USER = 'ci';
const PASSWORD = 'pa55word';
const env = { MLCI_REGISTRY_USERNAME: USER, MLCI_REGISTRY_PASSWORD: PASSWORD };
const basic = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

describeWithTools('pulling through redirects, chunked answers and broken connections (docker-registry 2.8.2, Basic auth)', [tools.dockerRegistry], () => {
  let server: RunningRegistry;
  let weight: { digest: string; size: number };
  const model = randomBytes(9 * 1024 * 1024 + 321);
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    server = await startDockerRegistry({ users: { [USER]: PASSWORD } });
    const file = join(tempDir('mlci-model-'), 'model.onnx');
    writeFileSync(file, model);
    const location = `oci://${server.host}/team`;
    const store = new RemoteStore(location, { env, logger: silentLogger });
    const registry = new OciModelRegistry(store, silentLogger);
    const published = await registry.publish({ name: 'demo', modelFile: file, docs: { 'metrics.json': Buffer.from('{"accuracy":0.9}\n') } });
    const manifest = JSON.parse((await store.getManifest('demo', published.manifestDigest))!.bytes.toString('utf8'));
    weight = manifest.layers[0];
  });
  afterAll(async () => {
    for (const close of closers) await close();
    await server.stop();
  });

  /** the registry's answer to a GET of `path`, asked with the registry's login */
  const upstream = (path: string): Promise<IncomingMessage> =>
    new Promise((resolve, reject) => request({ host: '127.0.0.1', port: server.port, path, headers: { authorization: basic } }, resolve).on('error', reject).end());
  const isWeight = (req: IncomingMessage) => req.method === 'GET' && req.url?.endsWith(`/blobs/${weight.digest}`);

  async function proxied(intercept: (req: IncomingMessage, res: ServerResponse) => boolean) {
    const proxy = await startProxy(server.port, intercept);
    closers.push(proxy.close);
    const location = `oci://127.0.0.1:${proxy.port}/team`;
    return { location, registry: new OciModelRegistry(new RemoteStore(location, { env, logger: silentLogger, retry: { attempts: 3, baseMs: 10, capMs: 50 } }), silentLogger) };
  }

  async function pullOk(location: string, registry: OciModelRegistry) {
    const out = tempDir('mlci-pull-');
    const pulled = await registry.pull({ store: location, name: 'demo', version: 'v1' }, out);
    expect(readFileSync(pulled.modelFile).equals(model)).toBe(true);
    expect(readFileSync(pulled.files['metrics.json']!, 'utf8')).toBe('{"accuracy":0.9}\n');
  }

  test('a blob redirected to a CDN on another origin is fetched there without the registry login', async () => {
    const cdnAuth: (string | undefined)[] = [];
    const cdn: Server = createServer((req, res) => {
      cdnAuth.push(req.headers.authorization);
      const digest = new URL(req.url!, 'http://cdn').searchParams.get('digest')!;
      void upstream(`/v2/team/demo/blobs/${digest}`).then((answer) => {
        res.writeHead(answer.statusCode!, { 'content-length': answer.headers['content-length']! });
        answer.pipe(res);
      });
    });
    await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => (cdn.closeAllConnections(), cdn.close(() => resolve()))));
    const cdnPort = (cdn.address() as { port: number }).port;
    const { location, registry } = await proxied((req, res) => {
      const blob = /\/blobs\/(sha256:[a-f0-9]{64})$/.exec(req.url ?? '');
      if (req.method !== 'GET' || !blob || !req.headers.authorization) return false;
      res.writeHead(307, { location: `http://127.0.0.1:${cdnPort}/storage/blob?digest=${blob[1]}&expires=1` });
      res.end();
      return true;
    });
    await pullOk(location, registry);
    // the weight, the metrics layer (the config blob is never downloaded: the manifest names what a pull needs)
    expect(cdnAuth.length).toBeGreaterThanOrEqual(2);
    expect(cdnAuth.every((a) => a === undefined)).toBe(true);
  });

  test('a weight re-sent with Transfer-Encoding: chunked (no Content-Length) is received and verified', async () => {
    // what each re-sent answer carried, noted as it ends
    const sent: { encoding: unknown; length: unknown; upstreamLength: unknown; bytes: number; writes: number }[] = [];
    const { location, registry } = await proxied((req, res) => {
      if (!isWeight(req)) return false;
      void upstream(req.url!).then((answer) => {
        res.setHeader('content-type', 'application/octet-stream');
        res.setHeader('docker-content-digest', weight.digest);
        res.setHeader('transfer-encoding', 'chunked');
        res.writeHead(200);
        let bytes = 0;
        let writes = 0;
        answer.on('data', (piece: Buffer) => {
          bytes += piece.length;
          writes++;
          res.write(piece);
        });
        answer.on('end', () => {
          sent.push({ encoding: res.getHeader('transfer-encoding'), length: res.getHeader('content-length'), upstreamLength: answer.headers['content-length'], bytes, writes });
          res.end();
        });
      });
      return true;
    });
    await pullOk(location, registry);
    // one answer, all of the weight, in many chunks and without the Content-Length the registry had sent
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ encoding: 'chunked', length: undefined, upstreamLength: String(weight.size), bytes: weight.size });
    expect(sent[0]!.writes).toBeGreaterThan(1);
  });

  test('a 503 with Retry-After on the weight is retried, as every request is', async () => {
    let refusals = 0;
    const { location, registry } = await proxied((req, res) => {
      if (!isWeight(req) || refusals > 0) return false;
      refusals++;
      res.writeHead(503, { 'retry-after': '0', 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"UNAVAILABLE","message":"busy"}]}');
      return true;
    });
    await pullOk(location, registry);
    expect(refusals).toBe(1);
  });

  test('a connection dropped in the middle of the weight, or a body shorter than its Content-Length: a clear error, nothing left in the output folder', async () => {
    for (const how of ['reset', 'short'] as const) {
      const { location, registry } = await proxied((req, res) => {
        if (!isWeight(req)) return false;
        void upstream(req.url!).then((answer) => {
          res.writeHead(200, { 'content-length': String(weight.size) });
          let sent = 0;
          answer.on('data', (chunk: Buffer) => {
            if (sent >= weight.size / 2) return;
            sent += chunk.length;
            res.write(chunk);
            if (sent < weight.size / 2) return;
            answer.destroy();
            // a reset, or an orderly close that leaves the body short
            if (how === 'reset') res.socket?.resetAndDestroy();
            else res.socket?.end();
          });
        });
        return true;
      });
      const out = tempDir('mlci-pull-');
      const failure = await registry.pull({ store: location, name: 'demo', version: 'v1' }, out).catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(UserError);
      expect((failure as Error).message).toMatch(new RegExp(`The download of the blob ${weight.digest} from 127\\.0\\.0\\.1:\\d+ broke off after \\d+ of ${weight.size} bytes`));
      // a reset may reach the reader as ECONNRESET or, when the kernel saw the end first, as a short body
      expect((failure as Error).message).toMatch(how === 'reset' ? /ECONNRESET|the connection closed after/ : /the connection closed after \d+ of \d+ bytes of the body/);
      expect(readdirSync(out)).toEqual([]);
    }
  });
});
