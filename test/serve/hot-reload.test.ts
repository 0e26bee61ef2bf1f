/** @jest-environment ./test/runtime/ort-environment.js */
// Following a model: a changed file is loaded, warmed up and swapped in while a request in flight
// finishes on the old version; a corrupted or vanished file is not swapped in (logged, counted)
// and the old version keeps serving.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { breastCancerRows, call, fixtureModel, runLocally, startTestServer } from './support.js';

test('a changed model file is swapped in atomically; a broken one is not', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-reload-'));
  const path = join(dir, 'cancer.onnx');
  copyFileSync(fixtureModel('breast_cancer_lr.onnx'), path);
  const server = await startTestServer([path], { maxQueueDelayUs: 300_000 });
  const row = breastCancerRows(1)[0]!;
  const request = { inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: row }], outputs: [{ name: 'probabilities' }] };
  const infer = () => call(server.url, 'POST', '/v2/models/cancer/infer', request);
  try {
    const v1 = (await call(server.url, 'GET', '/v2/models/cancer')).body.versions[0];
    // in flight on v1 (waiting 300 ms in the batcher) while v2 is swapped in
    const inflight = infer();
    await new Promise((r) => setTimeout(r, 30));
    copyFileSync(fixtureModel('breast_cancer_lr_weak.onnx'), path);
    await server.pollNow();
    const v2 = (await call(server.url, 'GET', '/v2/models/cancer')).body.versions[0];
    expect(v2).not.toBe(v1);
    expect((await inflight).body.model_version).toBe(v1);
    const after = await infer();
    expect(after.body.model_version).toBe(v2);
    const weak = await runLocally(fixtureModel('breast_cancer_lr_weak.onnx'), Float32Array.from(row), 1, 30);
    expect(after.body.outputs[0].data).toEqual(Array.from(weak.probabilities!.data as Float32Array));
    expect(server.records).toContainEqual(expect.objectContaining({ msg: 'model swapped', from: v1, to: v2 }));

    copyFileSync(fixtureModel('truncated.onnx'), path);
    await server.pollNow();
    await server.pollNow(); // the same broken digest is not retried
    expect((await infer()).body.model_version).toBe(v2);
    expect(await server.metricsText()).toContain('mlci_model_load_failures_total{model="cancer"} 1');
    expect(server.records).toContainEqual(expect.objectContaining({ level: 'error', msg: expect.stringMatching(/failed to load/), model: 'cancer' }));

    rmSync(path);
    await server.pollNow();
    expect((await infer()).status).toBe(200);
    expect(server.records).toContainEqual(expect.objectContaining({ level: 'warning', msg: expect.stringMatching(/unreachable/) }));
  } finally {
    await server.close();
  }
});
