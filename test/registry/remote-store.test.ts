// The distribution-spec client against Debian's real docker-registry on loopback, read back by skopeo.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../../shared/log.js';
import { OciModelRegistry, RemoteStore, type RemoteStoreOptions } from '../../shared/registry/index.js';
import { GHCR_CHUNK_BYTES, uploadTuningFor } from '../../shared/registry/oci/upload.js';
import { startDockerRegistry, type RunningRegistry } from '../support/docker-registry.js';
import { startProxy } from '../support/registry-proxy.js';
import { describeWithTools, tools } from '../support/system-tools.js';
import { modelCopy, tempDir } from './support.js';

const sha256 = (path: string) => `sha256:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
const docs = { 'metrics.json': Buffer.from('{"metrics":{"accuracy":0.95}}\n') };

/** the client's log: its debug log's one line per request, `HOST: METHOD PATH [(mount)] → STATUS`, its other debug lines, its warnings and errors */
function recorder() {
  const lines: string[] = [];
  const requests: string[] = [];
  const notes: string[] = [];
  const problems: string[] = [];
  const logger: Logger = {
    info: (m) => void lines.push(m),
    warning: (m) => void (lines.push(m), problems.push(m)),
    error: (m) => void (lines.push(m), problems.push(m)),
    debug: (m) => {
      const r = /^\S+: (\w+) (\S+)( \(mount\))? → \d+$/.exec(m);
      if (r) requests.push(`${r[1]} ${r[2]}${r[3] ? ' mount' : ''}`);
      else notes.push(m);
    },
    group: (_t, b) => b(),
  };
  return { lines, logger, requests, notes, problems };
}

function open(location: string, extra: Partial<RemoteStoreOptions> = {}) {
  const r = recorder();
  const registry = new OciModelRegistry(new RemoteStore(location, { env: {}, logger: r.logger, retry: { attempts: 3, baseMs: 20, capMs: 200 }, ...extra }), r.logger, 300);
  return { registry, ...r };
}

function bigFile(bytes: number): string {
  const dir = tempDir('mlci-big-');
  const path = join(dir, 'model.onnx');
  writeFileSync(path, randomBytes(bytes));
  return path;
}

/** a proxy that lets some bytes of the `which`-th PATCH arrive, then cuts it as a flaky network would */
function proxyCuttingPatch(port: number, which: number) {
  let patches = 0;
  return startProxy(port, (req) => {
    if (req.method === 'PATCH' && ++patches === which) req.once('data', () => req.socket.destroy());
    return false;
  });
}

const skopeoRaw = (ref: string) => spawnSync('skopeo', ['inspect', '--raw', '--tls-verify=false', ref], { encoding: 'utf8' });

describeWithTools('publishing to a real registry (docker-registry 2.8.2, no auth)', [tools.dockerRegistry, tools.skopeo], () => {
  let server: RunningRegistry;
  beforeAll(async () => {
    server = await startDockerRegistry();
  });
  afterAll(() => server.stop());

  test('push, skopeo reads it, pull verifies it, republish uploads nothing, another name mounts', async () => {
    const location = `oci://${server.host}/team/models`;
    const a = open(location);
    const model = modelCopy('breast_cancer_lr.onnx');
    const published = await a.registry.publish({ name: 'demo', modelFile: model, docs, aliases: ['champion'] });
    expect(published).toMatchObject({ version: 'v1', status: 'published', modelDigest: sha256(model), blobsUploaded: 3 });
    // the manifest went last among the version's writes
    const writes = a.requests.filter((r) => /^(PUT|PATCH|POST)/.test(r));
    const cut = writes.indexOf('PUT /v2/team/models/demo/manifests/v1');
    expect(writes.slice(0, cut).filter((r) => r.startsWith('PUT') && r.includes('/blobs/uploads/'))).toHaveLength(3);
    expect(writes.slice(0, cut).some((r) => r.includes('/manifests/'))).toBe(false);

    for (const tag of ['v1', 'champion']) {
      const out = skopeoRaw(`docker://${server.host}/team/models/demo:${tag}`);
      expect(out.stderr).toBe('');
      expect(`sha256:${createHash('sha256').update(out.stdout).digest('hex')}`).toBe(published.manifestDigest);
    }
    const tags = spawnSync('skopeo', ['list-tags', '--tls-verify=false', `docker://${server.host}/team/models/demo`], { encoding: 'utf8' });
    expect(JSON.parse(tags.stdout).Tags.sort()).toEqual(['champion', 'mlci.aliases', 'v1']);

    const b = open(location);
    const pulled = await b.registry.pull({ store: location, name: 'demo', alias: 'champion' }, tempDir('mlci-pull-'));
    expect(readFileSync(pulled.modelFile)).toEqual(readFileSync(model));
    expect(Object.keys(pulled.files)).toEqual(['metrics.json']);

    const again = open(location);
    const started = Date.now();
    const second = await again.registry.publish({ name: 'demo', modelFile: modelCopy('breast_cancer_lr.onnx'), docs, aliases: ['champion'] });
    expect(second).toMatchObject({ status: 'unchanged', version: 'v1', blobsUploaded: 0 });
    expect(again.requests.filter((r) => /^(PUT|PATCH|POST)/.test(r))).toEqual([]);
    expect(Date.now() - started).toBeLessThan(10_000);

    // the same model under another name: its layers are mounted from the first repository
    const c = open(location);
    await c.registry.pull({ store: location, name: 'demo', version: 'v1' }, tempDir('mlci-pull-'));
    const other = await c.registry.publish({ name: 'demo-copy', modelFile: modelCopy('breast_cancer_lr.onnx') });
    expect(other.status).toBe('published');
    expect(c.requests.filter((r) => r.endsWith(' mount'))).toHaveLength(1);
    expect(c.requests.filter((r) => r.startsWith('PUT') && r.includes('/blobs/uploads/'))).toHaveLength(1); // only the config
    expect(await c.registry.names()).toEqual(['demo', 'demo-copy']);
  });

  test('docker-registry has no referrers API: attachments go to the sha256-<hex> fallback tag, which skopeo reads', async () => {
    const location = `oci://${server.host}/refs`;
    const a = open(location);
    const published = await a.registry.publish({ name: 'demo', modelFile: modelCopy('iris_lr.onnx') });
    const statement = Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ digest: { sha256: published.modelDigest.slice(7) } }] }));
    const first = await a.registry.attach('demo', 'v1', 'application/vnd.in-toto+json', [{ name: 'provenance.intoto.json', mediaType: 'application/vnd.in-toto+json', bytes: statement }]);
    const second = await a.registry.attach('demo', 'v1', 'application/vnd.example+json', [{ name: 'other.json', mediaType: 'application/json', bytes: Buffer.from('{}') }]);
    expect(first).toMatchObject({ via: 'tag' });
    // PUT answered without OCI-Subject: the registry does not index referrers itself
    const index = JSON.parse(skopeoRaw(`docker://${server.host}/refs/demo:sha256-${published.manifestDigest.slice(7)}`).stdout);
    expect(index.manifests.map((m: { digest: string }) => m.digest)).toEqual([(first as { digest: string }).digest, (second as { digest: string }).digest]);
    const b = open(location);
    const attached = await b.registry.attachments('demo', 'v1');
    expect(b.requests).toContain(`GET /v2/refs/demo/referrers/${published.manifestDigest}`);
    expect(attached.map((x) => x.artifactType)).toEqual(['application/vnd.in-toto+json', 'application/vnd.example+json']);
    expect(attached[0]!.files[0]!.bytes).toEqual(statement);
    // the fallback tag is not a version
    expect((await a.registry.versions('demo')).map((v) => v.version)).toEqual(['v1']);
  });

  test('two writers moving aliases at once on a registry (no lock there): read-back catches the lost one and it is applied again', async () => {
    const location = `oci://${server.host}/race`;
    const setup = open(location);
    for (const f of ['iris_lr.onnx', 'breast_cancer_lr.onnx']) await setup.registry.publish({ name: 'demo', modelFile: modelCopy(f) });
    const writers = [open(location), open(location), open(location)];
    await Promise.all(writers.map((w, i) => w.registry.moveAlias('demo', `alias-${i}`, i % 2 ? 'v1' : 'v2', { reason: `writer ${i}` })));
    const history = await open(location).registry.aliasHistory('demo');
    expect(history.map((m) => m.reason).sort()).toEqual(['writer 0', 'writer 1', 'writer 2']);
    expect(await open(location).registry.aliases('demo')).toEqual({ 'alias-0': 'v2', 'alias-1': 'v1', 'alias-2': 'v2' });
  });

  test('a large blob goes up in PATCH chunks with Content-Range and comes back verified', async () => {
    const location = `oci://${server.host}/chunks`;
    const model = bigFile(5 * 1024 * 1024 + 123);
    const a = open(location, { upload: { monolithicMax: 1024 * 1024, chunkSize: 1024 * 1024 } });
    const sent: number[] = [];
    const published = await a.registry.publish({ name: 'big', modelFile: model, progress: (n) => sent.push(n) });
    expect(a.requests.filter((r) => r.startsWith('PATCH'))).toHaveLength(6);
    // the tar: a 512-byte header, the file padded to 512 bytes, two 512-byte end blocks
    expect(sent.at(-1)).toBe(512 + Math.ceil((5 * 1024 * 1024 + 123) / 512) * 512 + 1024);
    const pulled = await open(location).registry.pull({ store: location, name: 'big', version: published.version }, tempDir('mlci-pull-'));
    expect(sha256(pulled.modelFile)).toBe(sha256(model));
  });

  test("GHCR's tuning: a chunked upload fits its 4 MiB cap on a PATCH with Content-Range (a proxy answers over it as GHCR does)", async () => {
    const ranged: number[] = [];
    const proxy = await startProxy(server.port, (req, res) => {
      if (req.method !== 'PATCH' || !req.headers['content-range']) return false;
      const length = Number(req.headers['content-length']);
      ranged.push(length);
      if (length <= GHCR_CHUNK_BYTES) return false;
      res.writeHead(416, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'SIZE_INVALID', message: 'the request body is too large and exceeds the maximum permissible limit of 4.00MiB' }] }));
      return true;
    });
    try {
      const location = `oci://127.0.0.1:${proxy.port}/ghcrlike`;
      const model = bigFile(10 * 1024 * 1024 + 99);
      // in chunks from the start (a one-pass stream is what GHCR takes whole, as from docker push)
      const a = open(location, { upload: { ...uploadTuningFor('ghcr.io'), monolithicMax: 1024 * 1024 } });
      const published = await a.registry.publish({ name: 'big', modelFile: model });
      expect(ranged).toEqual([GHCR_CHUNK_BYTES, GHCR_CHUNK_BYTES, 512 + Math.ceil((10 * 1024 * 1024 + 99) / 512) * 512 + 1024 - 2 * GHCR_CHUNK_BYTES]);
      expect(uploadTuningFor('registry.example.com').chunkSize).toBeGreaterThan(GHCR_CHUNK_BYTES);
      const pulled = await open(location).registry.pull({ store: location, name: 'big', version: published.version }, tempDir('mlci-pull-'));
      expect(sha256(pulled.modelFile)).toBe(sha256(model));
    } finally {
      await proxy.close();
    }
  });

  test('a connection dropped in the middle of a chunk: the client asks the registry where to go on, and finishes in the same run', async () => {
    const proxy = await proxyCuttingPatch(server.port, 2);
    try {
      const location = `oci://127.0.0.1:${proxy.port}/resume`;
      const model = bigFile(4 * 1024 * 1024);
      const a = open(location, { upload: { monolithicMax: 1024 * 1024, chunkSize: 1024 * 1024 } });
      const published = await a.registry.publish({ name: 'big', modelFile: model });
      expect(a.requests.filter((r) => r.startsWith('GET') && r.includes('/blobs/uploads/')).length).toBeGreaterThanOrEqual(1);
      // docker-registry 2.8 forgets a session whose chunk was cut (the status GET answers 404), so
      // the weight starts over in a new session; a registry that keeps it answers 204 with a Range
      expect(a.requests.filter((r) => r.startsWith('POST') && r.includes('/blobs/uploads/'))).toHaveLength(3);
      const pulled = await open(location).registry.pull({ store: location, name: 'big', version: published.version }, tempDir('mlci-pull-'));
      expect(sha256(pulled.modelFile)).toBe(sha256(model));
    } finally {
      await proxy.close();
    }
  });

  test('a chunk the registry failed (503) resumes in the same session from the Range the registry reports', async () => {
    // unlike a cut connection, a 5xx leaves docker-registry's session alive: the status GET answers
    // 204 with the Range it holds, and the upload carries on from that byte, with no new session
    const ranges: string[] = [];
    let patches = 0;
    const proxy = await startProxy(server.port, (req, res) => {
      if (req.method !== 'PATCH') return false;
      ranges.push(String(req.headers['content-range']));
      if (++patches !== 2) return false;
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"UNAVAILABLE","message":"try again"}]}');
      return true;
    });
    try {
      const location = `oci://127.0.0.1:${proxy.port}/resume-range`;
      const model = bigFile(3 * 1024 * 1024);
      const a = open(location, { upload: { monolithicMax: 1024 * 1024, chunkSize: 1024 * 1024 } });
      const published = await a.registry.publish({ name: 'big', modelFile: model });
      // the second chunk was refused, asked about, and sent again from the same offset
      expect(ranges.slice(0, 3)).toEqual(['0-1048575', '1048576-2097151', '1048576-2097151']);
      expect(a.requests.filter((r) => r.startsWith('GET') && r.includes('/blobs/uploads/'))).toHaveLength(1);
      // one session for the weight (the status GET kept it), one for each small blob
      const sessions = a.requests.filter((r) => r.startsWith('POST') && r.includes('/blobs/uploads/')).length;
      expect(sessions).toBe(2);
      const pulled = await open(location).registry.pull({ store: location, name: 'big', version: published.version }, tempDir('mlci-pull-'));
      expect(sha256(pulled.modelFile)).toBe(sha256(model));
    } finally {
      await proxy.close();
    }
  });

  test('a chunk answered 404 (the registry lost the session) starts a new session and finishes in the same run', async () => {
    // what docker-registry answers when a status GET found the session just before it dropped a
    // cut one: the upload is not refused as a user's error, it starts over
    let patches = 0;
    const proxy = await startProxy(server.port, (req, res) => {
      if (req.method !== 'PATCH' || ++patches !== 2) return false;
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"BLOB_UPLOAD_INVALID","message":"blob upload invalid"}]}');
      return true;
    });
    try {
      const location = `oci://127.0.0.1:${proxy.port}/lost-session`;
      const model = bigFile(3 * 1024 * 1024);
      const a = open(location, { upload: { monolithicMax: 1024 * 1024, chunkSize: 1024 * 1024 } });
      const published = await a.registry.publish({ name: 'big', modelFile: model });
      // the weight's first session, its second, and the config's
      expect(a.requests.filter((r) => r.startsWith('POST') && r.includes('/blobs/uploads/'))).toHaveLength(3);
      const pulled = await open(location).registry.pull({ store: location, name: 'big', version: published.version }, tempDir('mlci-pull-'));
      expect(sha256(pulled.modelFile)).toBe(sha256(model));
    } finally {
      await proxy.close();
    }
  });

  test('a manifest whose blob the registry does not see yet (MANIFEST_BLOB_UNKNOWN) is sent again, and only that', async () => {
    // docker-registry answers so for a moment while another writer commits a blob of the same digest
    let refused = 0;
    const proxy = await startProxy(server.port, (req, res) => {
      if (req.method === 'PUT' && req.url!.endsWith('/manifests/v2')) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end('{"errors":[{"code":"MANIFEST_INVALID","message":"manifest invalid"}]}');
        return true;
      }
      if (req.method !== 'PUT' || !req.url!.endsWith('/manifests/v1') || refused++ > 0) return false;
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"MANIFEST_BLOB_UNKNOWN","message":"blob unknown to registry"}]}');
      return true;
    });
    try {
      const location = `oci://127.0.0.1:${proxy.port}/settle`;
      const a = open(location);
      const published = await a.registry.publish({ name: 'demo', modelFile: modelCopy('iris_lr.onnx') });
      expect(published.version).toBe('v1');
      expect(a.requests.filter((r) => r === 'PUT /v2/settle/demo/manifests/v1')).toHaveLength(2);
      expect(a.lines.join('\n')).not.toMatch(/error/i);
      // a moment's wait, not a fault: said once at debug level, naming the code, and no warning or error
      expect(a.notes.filter((n) => /manifest .*settle\/demo:v1: a blob it names was not visible yet \(.*MANIFEST_BLOB_UNKNOWN.*\); asking again in \d+ ms/.test(n))).toHaveLength(1);
      expect(a.problems).toEqual([]);
      // a manifest refused for another reason is not sent again
      await expect(a.registry.publish({ name: 'demo', modelFile: modelCopy('breast_cancer_lr.onnx') })).rejects.toThrow(/HTTP 400: MANIFEST_INVALID/);
      expect(a.requests.filter((r) => r === 'PUT /v2/settle/demo/manifests/v2')).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  test('a new model goes up in one pass: a streamed PATCH without Content-Range, closed by a PUT naming the digest the registry checks', async () => {
    const patches: { range?: string; length?: string; chunked: boolean }[] = [];
    const proxy = await startProxy(server.port, (req) => {
      if (req.method === 'PATCH') patches.push({ range: req.headers['content-range'], length: req.headers['content-length'], chunked: req.headers['transfer-encoding'] === 'chunked' });
      return false;
    });
    try {
      const location = `oci://127.0.0.1:${proxy.port}/onepass`;
      const model = bigFile(3 * 1024 * 1024 + 7);
      const a = open(location);
      const sent: number[] = [];
      const published = await a.registry.publish({ name: 'big', modelFile: model, progress: (n) => sent.push(n) });
      expect(published).toMatchObject({ status: 'published', modelDigest: sha256(model), blobsUploaded: 2 });
      // the weight: POST, one PATCH as docker sends a layer, the closing PUT ?digest=; no HEAD of it first
      expect(patches).toEqual([{ range: undefined, length: undefined, chunked: true }]);
      expect(sent.at(-1)).toBe(512 + Math.ceil((3 * 1024 * 1024 + 7) / 512) * 512 + 1024);
      // read past the proxy: these block this process, which serves the proxy
      const manifest = JSON.parse(skopeoRaw(`docker://${server.host}/onepass/big:v1`).stdout);
      const weight = manifest.layers[0];
      const blob = spawnSync('curl', ['-sSf', `http://${server.host}/v2/onepass/big/blobs/${weight.digest}`], { maxBuffer: 64 << 20 });
      expect(`sha256:${createHash('sha256').update(blob.stdout).digest('hex')}`).toBe(weight.digest);
      expect(blob.stdout.length).toBe(weight.size);
      const pulled = await open(location).registry.pull({ store: location, name: 'big', version: 'v1' }, tempDir('mlci-pull-'));
      expect(sha256(pulled.modelFile)).toBe(sha256(model));
    } finally {
      await proxy.close();
    }
  });

  test('a one-pass upload cut in the middle falls back to hashing first and finishes in the same run', async () => {
    const proxy = await proxyCuttingPatch(server.port, 1);
    try {
      const location = `oci://127.0.0.1:${proxy.port}/cut`;
      const model = bigFile(4 * 1024 * 1024);
      const a = open(location);
      const published = await a.registry.publish({ name: 'big', modelFile: model });
      expect(published).toMatchObject({ status: 'published', modelDigest: sha256(model) });
      // the second session: HEAD (absent), then the whole blob in one PUT naming the digest computed first
      expect(a.requests.filter((r) => r.startsWith('POST') && r.includes('/blobs/uploads/'))).toHaveLength(3);
      expect(a.requests.filter((r) => r.startsWith('HEAD') && r.includes('/blobs/'))).not.toHaveLength(0);
      const pulled = await open(location).registry.pull({ store: location, name: 'big', version: published.version }, tempDir('mlci-pull-'));
      expect(sha256(pulled.modelFile)).toBe(sha256(model));
    } finally {
      await proxy.close();
    }
  });

  test('a model that changed after its digest was taken (a blessing check) is refused, and no version appears', async () => {
    const location = `oci://${server.host}/changed`;
    const model = bigFile(1024 * 1024);
    const before = sha256(model);
    writeFileSync(model, randomBytes(1024 * 1024));
    const a = open(location);
    await expect(a.registry.publish({ name: 'moved', modelFile: model, modelDigest: before })).rejects.toThrow(/changed while it was being published/);
    expect(await a.registry.versions('moved')).toEqual([]);
  });

  test('a manifest over the 4 MiB limit is refused before it is sent, and no tag appears', async () => {
    const location = `oci://${server.host}/limits`;
    const a = open(location);
    await expect(a.registry.publish({ name: 'huge', modelFile: modelCopy('iris_lr.onnx'), about: { description: 'x'.repeat(5 * 1024 * 1024) } })).rejects.toThrow(/over the 4194304-byte limit/);
    expect(a.requests.some((r) => r.includes('/manifests/v1') && r.startsWith('PUT'))).toBe(false);
    expect(await a.registry.versions('huge')).toEqual([]);
  });

  test('a registry stopped mid-upload fails clearly, leaves no tag, and a rerun completes', async () => {
    const location = `oci://${server.host}/faults`;
    const model = bigFile(24 * 1024 * 1024);
    const a = open(location, { upload: { monolithicMax: 1024 * 1024, chunkSize: 2 * 1024 * 1024 }, retry: { attempts: 2, baseMs: 20, capMs: 50 } });
    let stopping: Promise<void> | undefined;
    await expect(
      a.registry.publish({
        name: 'flaky',
        modelFile: model,
        progress: (n) => {
          if (n > 8 * 1024 * 1024 && !stopping) stopping = server.stop();
        },
      }),
    ).rejects.toThrow(/did not answer|upload session .* was lost|kept failing/);
    await stopping;
    await server.start();
    const b = open(location);
    expect(await b.registry.versions('flaky')).toEqual([]);
    const published = await b.registry.publish({ name: 'flaky', modelFile: model });
    expect(published.status).toBe('published');
    const pulled = await b.registry.pull({ store: location, name: 'flaky', version: 'v1' }, tempDir('mlci-pull-'));
    expect(sha256(pulled.modelFile)).toBe(sha256(model));
  });

  test('429 with Retry-After is waited out; 403 names the credential source', async () => {
    let throttled = 0;
    const proxy = await startProxy(server.port, (req, res) => {
      if (req.method === 'PUT' && req.url?.includes('/manifests/') && throttled < 2) {
        throttled++;
        res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
        res.end('{"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]}');
        return true;
      }
      return false;
    });
    try {
      const location = `oci://127.0.0.1:${proxy.port}/throttled`;
      const a = open(location);
      const started = Date.now();
      await a.registry.publish({ name: 'demo', modelFile: modelCopy('iris_lr.onnx') });
      expect(throttled).toBe(2);
      expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
      expect(a.lines.join('\n')).toMatch(/HTTP 429; retrying in 1\.0 s/);
    } finally {
      await proxy.close();
    }
    const denying = await startProxy(server.port, (req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end('{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}');
        return true;
      }
      return false;
    });
    try {
      const b = open(`oci://127.0.0.1:${denying.port}/denied`, { env: { MLCI_REGISTRY_USERNAME: 'ci', MLCI_REGISTRY_PASSWORD: 'x' } });
      await expect(b.registry.publish({ name: 'demo', modelFile: modelCopy('iris_lr.onnx') })).rejects.toThrow(/refused the login from MLCI_REGISTRY_USERNAME\/MLCI_REGISTRY_PASSWORD for pushing to denied\/demo \(HTTP 403, denied\)/);
    } finally {
      await denying.close();
    }
  });

  test('a Bearer token service in front of the registry: the challenge is answered with the login', async () => {
    const tokens = new Set<string>();
    const scopes: string[] = [];
    let port = 0;
    const proxy = await startProxy(server.port, (req, res) => {
      if (req.url?.startsWith('/token')) {
        const url = new URL(req.url, 'http://x');
        scopes.push(url.searchParams.get('scope') ?? '');
        if (req.headers.authorization !== `Basic ${Buffer.from('robot:s3cret').toString('base64')}`) {
          res.writeHead(401);
          res.end();
          return true;
        }
        const token = randomBytes(8).toString('hex');
        tokens.add(token);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ token }));
        return true;
      }
      const bearer = /^Bearer (\w+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!bearer || !tokens.has(bearer)) {
        res.writeHead(401, { 'www-authenticate': `Bearer realm="http://127.0.0.1:${port}/token",service="test"`, 'content-type': 'application/json' });
        res.end('{"errors":[{"code":"UNAUTHORIZED"}]}');
        return true;
      }
      return false;
    });
    port = proxy.port;
    try {
      const configDir = tempDir('mlci-docker-config-');
      writeFileSync(join(configDir, 'config.json'), JSON.stringify({ auths: { [`127.0.0.1:${port}`]: { auth: Buffer.from('robot:s3cret').toString('base64') } } }));
      const location = `oci://127.0.0.1:${port}/secured`;
      const a = open(location, { env: { DOCKER_CONFIG: configDir } });
      const published = await a.registry.publish({ name: 'demo', modelFile: modelCopy('iris_lr.onnx'), aliases: ['champion'] });
      expect(published.version).toBe('v1');
      expect(scopes).toContain('repository:secured/demo:pull,push');
      writeFileSync(join(configDir, 'config.json'), JSON.stringify({ auths: { [`127.0.0.1:${port}`]: { auth: Buffer.from('robot:wrong').toString('base64') } } }));
      const b = open(location, { env: { DOCKER_CONFIG: configDir } });
      await expect(b.registry.versions('demo')).rejects.toThrow(new RegExp(`refused the login from ${join(configDir, 'config.json').replace(/[/.]/g, '\\$&')} for reading secured/demo \\(HTTP 401\\)`));
    } finally {
      await proxy.close();
    }
  });
});

describeWithTools('a registry with htpasswd Basic auth', [tools.dockerRegistry, tools.skopeo], () => {
  let server: RunningRegistry;
  beforeAll(async () => {
    server = await startDockerRegistry({ users: { ci: 'pa55word' } });
  });
  afterAll(() => server.stop());

  test('the login from the Docker config is used; none or a wrong one is refused naming where it looked', async () => {
    const location = `oci://${server.host}/models`;
    const configDir = tempDir('mlci-docker-config-');
    mkdirSync(configDir, { recursive: true });
    writeFileSync(join(configDir, 'config.json'), JSON.stringify({ auths: { [server.host]: { auth: Buffer.from('ci:pa55word').toString('base64') } } }));
    const a = open(location, { env: { DOCKER_CONFIG: configDir } });
    const published = await a.registry.publish({ name: 'demo', modelFile: modelCopy('iris_lr.onnx') });
    const out = spawnSync('skopeo', ['inspect', '--raw', '--tls-verify=false', '--creds', 'ci:pa55word', `docker://${server.host}/models/demo:v1`], { encoding: 'utf8' });
    expect(`sha256:${createHash('sha256').update(out.stdout).digest('hex')}`).toBe(published.manifestDigest);

    const anonymous = open(location, { env: { DOCKER_CONFIG: tempDir('mlci-empty-') } });
    await expect(anonymous.registry.versions('demo')).rejects.toThrow(/asks for a login.*No credentials for 127\.0\.0\.1:\d+ were found in MLCI_REGISTRY_USERNAME\/MLCI_REGISTRY_PASSWORD, or .*config\.json: run `docker login 127\.0\.0\.1:\d+`/s);
    const wrong = open(location, { env: { MLCI_REGISTRY_USERNAME: 'ci', MLCI_REGISTRY_PASSWORD: 'nope' } });
    await expect(wrong.registry.versions('demo')).rejects.toThrow(/refused the login from MLCI_REGISTRY_USERNAME\/MLCI_REGISTRY_PASSWORD for reading models\/demo \(HTTP 401\)/);
  });
});
