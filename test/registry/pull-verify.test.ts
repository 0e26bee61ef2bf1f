// What a pull checks, against Debian's real docker-registry on loopback, whose stored blobs the tests
// alter on disk. The weight layer mlci writes is checked with one hash (its framing compared with the
// reproducible tar, its file against the digest the manifest names); a weight tar from another tool
// (Python's tarfile) goes through the general path, which checks the layer digest. Either way every
// byte is checked, and nothing is left in the output folder when one is wrong.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger } from '../../shared/log.js';
import { OciModelRegistry, RemoteStore } from '../../shared/registry/index.js';
import { MEDIA_TYPE_WEIGHT_TAR, buildModelManifest } from '../../shared/registry/modelpack.js';
import { bytesBlob } from '../../shared/registry/oci/digest.js';
import { startDockerRegistry, type RunningRegistry } from '../support/docker-registry.js';
import { describeWithTools, tools } from '../support/system-tools.js';
import { tempDir } from './support.js';

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

function model(bytes: number): { path: string; bytes: Buffer } {
  const path = join(tempDir('mlci-model-'), 'model.onnx');
  const content = randomBytes(bytes);
  writeFileSync(path, content);
  return { path, bytes: content };
}

/** a one-file tar of `file` written by Python's tarfile (a real mtime and owner: not mlci's framing) */
function pythonTar(file: string): Buffer {
  const out = join(tempDir('mlci-tar-'), 'layer.tar');
  const script = 'import sys, tarfile\nwith tarfile.open(sys.argv[2], "w", format=tarfile.PAX_FORMAT) as t: t.add(sys.argv[1], arcname="model.onnx")';
  const run = spawnSync('/usr/bin/python3', ['-c', script, file, out], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return readFileSync(out);
}

describeWithTools('pulling verifies every byte (docker-registry 2.8.2)', [tools.dockerRegistry, tools.python3], () => {
  let server: RunningRegistry;
  beforeAll(async () => {
    server = await startDockerRegistry();
  });
  afterAll(() => server.stop());

  const open = (path: string) => {
    const location = `oci://${server.host}/${path}`;
    return { location, store: new RemoteStore(location, { env: {}, logger: silentLogger }), registry: new OciModelRegistry(new RemoteStore(location, { env: {}, logger: silentLogger }), silentLogger) };
  };
  /** the registry's own file holding a blob, to alter as a broken disk or an intruder would */
  const blobData = (digest: string) => join(server.storage, 'docker', 'registry', 'v2', 'blobs', 'sha256', digest.slice(7, 9), digest.slice(7), 'data');
  const alter = (digest: string, change: (bytes: Buffer) => Buffer) => writeFileSync(blobData(digest), change(readFileSync(blobData(digest))));
  const weightOf = async (registry: OciModelRegistry, store: RemoteStore, name: string) => {
    const resolved = await registry.resolve({ store: store.location, name, version: 'v1' });
    const manifest = JSON.parse((await store.getManifest(name, resolved.manifestDigest))!.bytes.toString('utf8'));
    return manifest.layers[0] as { digest: string; size: number };
  };

  test('the weight mlci writes, altered in the file, in its end blocks, or grown: each refused, the output folder left empty', async () => {
    // three models: one per alteration (the registry serves each blob from one file)
    for (const [i, change, message] of [
      [0, (b: Buffer) => (b[512 + 70_000]! ^= 0x01, b), /has a model\.onnx whose digest is sha256:[a-f0-9]{64}, not the sha256:[a-f0-9]{64} its manifest names: it is corrupted or was altered/],
      [1, (b: Buffer) => (b[b.length - 10]! ^= 0x01, b), /has padding or end blocks that differ from the tar mlci writes/],
      [2, (b: Buffer) => Buffer.concat([b, Buffer.alloc(512)]), /has more than the \d+ bytes its descriptor names/],
    ] as const) {
      const { registry, store, location } = open('framed');
      const name = `m${i}`;
      const m = model(9 * 1024 * 1024 + 1000 * i);
      await registry.publish({ name, modelFile: m.path });
      const out = tempDir('mlci-pull-');
      const intact = await registry.pull({ store: location, name, version: 'v1' }, out);
      expect(readFileSync(intact.modelFile).equals(m.bytes)).toBe(true);
      alter((await weightOf(registry, store, name)).digest, change);
      const again = tempDir('mlci-pull-');
      await expect(registry.pull({ store: location, name, version: 'v1' }, again)).rejects.toThrow(message);
      expect(readdirSync(again)).toEqual([]);
      // an audit (mlci registry verify) hashes the layer too: the layer digest is what it finds wrong
      if (i === 0) await expect(registry.pull({ store: location, name, version: 'v1' }, again, { layerDigests: true })).rejects.toThrow(/has bytes whose digest is sha256:[a-f0-9]{64}: it is corrupted/);
    }
  });

  test("a manifest naming another file digest than its weight holds is refused (the manifest's claim is checked, not trusted)", async () => {
    const { registry, store, location } = open('claims');
    const m = model(2 * 1024 * 1024);
    await registry.publish({ name: 'honest', modelFile: m.path });
    const weight = await weightOf(registry, store, 'honest');
    const blob = { mediaType: MEDIA_TYPE_WEIGHT_TAR, digest: weight.digest, size: weight.size, open: () => (async function* () {})() };
    const built = buildModelManifest({ name: 'lying', version: 'v1', created: '2026-12-05T00:00:00Z' }, blob, sha256(randomBytes(8)), []);
    await store.pushBlob('lying', built.config);
    // the weight blob is mounted from the honest repository: the registry has it already
    await store.hasBlob('honest', weight.digest);
    expect(await store.pushBlob('lying', blob)).toBe('mounted');
    await store.putManifest('lying', 'v1', built.manifest);
    await expect(registry.pull({ store: location, name: 'lying', version: 'v1' }, tempDir('mlci-pull-'))).rejects.toThrow(/whose digest is .* not the .* its manifest names/);
  });

  test("a weight tar another tool wrote (Python's tarfile) pulls through the general path, which checks the layer digest", async () => {
    const { registry, store, location } = open('foreign');
    const m = model(9 * 1024 * 1024 + 17);
    const tar = pythonTar(m.path);
    const weight = bytesBlob(MEDIA_TYPE_WEIGHT_TAR, tar);
    const built = buildModelManifest({ name: 'py', version: 'v1', created: '2026-12-05T00:00:00Z' }, weight, sha256(m.bytes), []);
    for (const blob of [weight, built.config]) await store.pushBlob('py', blob);
    await store.putManifest('py', 'v1', built.manifest);
    const pulled = await registry.pull({ store: location, name: 'py', version: 'v1' }, tempDir('mlci-pull-'));
    expect(readFileSync(pulled.modelFile).equals(m.bytes)).toBe(true);
    expect(pulled.modelDigest).toBe(sha256(m.bytes));
    // one byte of the file altered in the registry's storage: the layer digest no longer matches
    const at = tar.indexOf(m.bytes.subarray(0, 64)) + 5000;
    expect(at).toBeGreaterThan(5000);
    alter(weight.digest, (b) => (b[at]! ^= 0x01, b));
    const out = tempDir('mlci-pull-');
    await expect(registry.pull({ store: location, name: 'py', version: 'v1' }, out)).rejects.toThrow(/has bytes whose digest is sha256:[a-f0-9]{64}: it is corrupted or was altered/);
    expect(readdirSync(out)).toEqual([]);
    expect(existsSync(join(out, 'model.onnx'))).toBe(false);
  });
});
