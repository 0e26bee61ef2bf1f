// `mlci publish-model` killed (SIGKILL) in the middle of its one-pass upload to Debian's real
// docker-registry: no version appears, and a rerun publishes the same bytes, which pull back
// verified. The rerun starts a new upload session: docker-registry 2.8 cannot continue the killed
// one. Its session location carries a signed `_state` holding the offset the client last heard (0
// for a one-pass PATCH); without it the session cannot be addressed (the 404 below), and with it the
// registry answers 404 too, because the bytes it kept from the cut PATCH disagree with that offset
// (seen by hand with curl: a PATCH cut after 38 MiB, then GET of the location it was sent to).
// Needs the bundles in dist/ (npm test builds them first).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger } from '../../shared/log.js';
import { openRegistry } from '../../shared/registry/index.js';
import { repoRoot } from '../helpers/run-action.js';
import { startDockerRegistry, type RunningRegistry } from '../support/docker-registry.js';
import { describeWithTools, tools } from '../support/system-tools.js';
import { tempDir } from '../registry/support.js';

const cli = join(repoRoot, 'dist', 'cli', 'index.mjs');
const sha256 = (path: string) => `sha256:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;

/** a valid ONNX model of about `floats` × 4 bytes (one Add with a random initializer), written by the onnx package */
function bigOnnx(floats: number): string {
  const path = join(tempDir('mlci-model-'), 'model.onnx');
  const script = [
    'import sys, numpy as np, onnx',
    'from onnx import TensorProto, helper, numpy_helper',
    'n = int(sys.argv[2])',
    "w = numpy_helper.from_array(np.random.default_rng(7).random(n, dtype=np.float32), 'w')",
    "x = helper.make_tensor_value_info('x', TensorProto.FLOAT, [n])",
    "y = helper.make_tensor_value_info('y', TensorProto.FLOAT, [n])",
    "graph = helper.make_graph([helper.make_node('Add', ['x', 'w'], ['y'])], 'big', [x], [y], [w])",
    "onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid('', 13)]), sys.argv[1])",
  ].join('\n');
  const run = spawnSync('/usr/bin/python3', ['-c', script, path, String(floats)], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return path;
}

/** the registry's partial upload files of a repository, with their sizes */
function partialUploads(storage: string, repository: string): { dir: string; size: number }[] {
  const uploads = join(storage, 'docker', 'registry', 'v2', 'repositories', repository, '_uploads');
  if (!existsSync(uploads)) return [];
  return readdirSync(uploads)
    .map((id) => join(uploads, id, 'data'))
    .filter((data) => existsSync(data))
    .map((data) => ({ dir: join(data, '..'), size: statSync(data).size }));
}

describeWithTools('a publish killed mid-upload (docker-registry 2.8.2)', [tools.dockerRegistry, tools.pythonSklearn], () => {
  let server: RunningRegistry;
  beforeAll(async () => {
    server = await startDockerRegistry();
  });
  afterAll(() => server.stop());

  test('leaves no version; the rerun publishes the same bytes in a new session, and they pull back verified', async () => {
    const model = bigOnnx(48 * 1024 * 1024);
    const location = `oci://${server.host}/killed`;
    const child = spawn(process.execPath, [cli, 'publish-model', '--model', model, '--name', 'big', '--registry', location, '--output-dir', tempDir('mlci-out-')], {
      env: { ...process.env, MLCI_CACHE_DIR: tempDir('mlci-cache-'), GITHUB_ACTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // kill it once the registry holds part of the layer (bounded: 120 s)
    let killedAt = 0;
    for (let i = 0; i < 12_000 && child.exitCode === null; i++) {
      const partial = partialUploads(server.storage, 'killed/big').find((u) => u.size >= 8 * 1024 * 1024);
      if (partial) {
        child.kill('SIGKILL');
        killedAt = partial.size;
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    await exited;
    expect({ killedAt: killedAt > 0, output: killedAt > 0 ? '' : output }).toEqual({ killedAt: true, output: '' });
    const layerSize = statSync(model).size + 512;
    expect(killedAt).toBeLessThan(layerSize);

    const registry = openRegistry(location, { env: {}, logger: silentLogger });
    expect(await registry.versions('big')).toEqual([]);
    // what the killed run left: a session the registry kept bytes of, not addressable without its signed state
    const left = partialUploads(server.storage, 'killed/big');
    expect(left.length).toBe(1);
    const session = left[0]!.dir.split('/').at(-1)!;
    const status = await fetch(`http://${server.host}/v2/killed/big/blobs/uploads/${session}`);
    expect(status.status).toBe(404);

    const rerun = await registry.publish({ name: 'big', modelFile: model });
    expect(rerun).toMatchObject({ status: 'published', version: 'v1', modelDigest: sha256(model) });
    const pulled = await registry.pull({ store: location, name: 'big', version: 'v1' }, tempDir('mlci-pull-'));
    expect(sha256(pulled.modelFile)).toBe(sha256(model));
  });
});
