/** @jest-environment ./test/runtime/ort-environment.js */
// Models from the registry (shared/registry, a local OCI image-layout store): served by alias,
// followed when the alias moves, kept serving when the store goes away, a clear error when the
// reference cannot be resolved at start; registry references in the admin API.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../shared/log.js';
import { openRegistry } from '../../shared/registry/index.js';
import { registryAccess } from '../../shared/serve/registry-access.js';
import { breastCancerRows, call, fixtureModel, runLocally, startTestServer } from './support.js';

const row = breastCancerRows(1)[0]!;
const request = { inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: row }], outputs: [{ name: 'probabilities' }] };

test('a model served by alias follows the alias, and keeps serving when the store is gone', async () => {
  const work = mkdtempSync(join(tmpdir(), 'mlci-serve-registry-'));
  const store = join(work, 'store');
  const registry = openRegistry(store, { env: {}, logger: silentLogger });
  const v1 = await registry.publish({ name: 'demo', modelFile: fixtureModel('breast_cancer_lr.onnx'), aliases: ['champion'] });
  const access = registryAccess({}, store, silentLogger);
  const server = await startTestServer(['demo@champion'], { registry: access, cacheDir: join(work, 'cache') });
  try {
    const routes = await call(server.url, 'GET', '/v2/admin/routes');
    expect(routes.body.models.demo.stable).toEqual({ reference: 'demo@champion', version: v1.version, digest: v1.manifestDigest, model_digest: v1.modelDigest, ready: true });
    expect((await call(server.url, 'POST', '/v2/models/demo/infer', request)).body.model_version).toBe(v1.version);

    const v2 = await registry.publish({ name: 'demo', modelFile: fixtureModel('breast_cancer_lr_weak.onnx') });
    await registry.moveAlias('demo', 'champion', v2.version, { reason: 'test' });
    await server.pollNow();
    const answer = await call(server.url, 'POST', '/v2/models/demo/infer', request);
    expect(answer.body.model_version).toBe(v2.version);
    const weak = await runLocally(fixtureModel('breast_cancer_lr_weak.onnx'), Float32Array.from(row), 1, 30);
    expect(answer.body.outputs[0].data).toEqual(Array.from(weak.probabilities!.data as Float32Array));
    expect(await server.metricsText()).toContain(`mlci_model_info{model="demo",version="${v2.version}",role="stable",digest="${v2.manifestDigest}",model_digest="${v2.modelDigest}"} 1`);

    // a pinned version as a canary through the admin API
    const put = await call(server.url, 'PUT', '/v2/admin/models/demo/route', { canary: { reference: `demo:${v1.version}`, weight: 100 } });
    expect(put.body.canary).toEqual(expect.objectContaining({ version: v1.version, digest: v1.manifestDigest, ready: true, weight: 100 }));
    expect((await call(server.url, 'POST', '/v2/models/demo/infer', request)).body.model_version).toBe(v1.version);

    const moved = join(work, 'moved');
    cpSync(store, moved, { recursive: true });
    rmSync(store, { recursive: true });
    await server.pollNow();
    expect((await call(server.url, 'POST', `/v2/models/demo/versions/${v2.version}/infer`, request)).status).toBe(200);
    expect(server.records).toContainEqual(expect.objectContaining({ level: 'warning', msg: expect.stringMatching(/unreachable/), reference: 'demo@champion' }));
  } finally {
    await server.close();
  }
});

test('a reference the registry cannot resolve at start is a clear error', async () => {
  const store = join(mkdtempSync(join(tmpdir(), 'mlci-serve-registry-')), 'empty');
  await expect(startTestServer(['demo@champion'], { registry: registryAccess({}, store, silentLogger) })).rejects.toThrow(/demo/);
});
