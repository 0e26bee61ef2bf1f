/** @jest-environment ./test/runtime/ort-environment.js */
// The admin API (CONTRACTS.md): a canary by weight, deterministic by request id; a shadow that
// runs after the response, is logged under the same request id and counted for agreement.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { breastCancerRows, call, fixtureModel, runLocally, startTestServer } from './support.js';

const LR = fixtureModel('breast_cancer_lr.onnx');
const WEAK = fixtureModel('breast_cancer_lr_weak.onnx');
const rows = breastCancerRows(40);
const infer = (url: string, id: string, row: number[], headers: Record<string, string> = {}) =>
  call(url, 'POST', '/v2/models/cancer/infer', { id, inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: row }] }, headers);

test('a canary takes its weight of requests, the same request id always lands on the same version', async () => {
  const server = await startTestServer([`cancer=${LR}`]);
  try {
    const before = await call(server.url, 'GET', '/v2/admin/routes');
    expect(before.body).toEqual({ models: { cancer: { stable: { reference: `${LR}`, version: expect.any(String), digest: expect.stringMatching(/^sha256:/), model_digest: expect.stringMatching(/^sha256:/), ready: true } } } });
    const stableVersion = before.body.models.cancer.stable.version;

    const put = await call(server.url, 'PUT', '/v2/admin/models/cancer/route', { canary: { reference: WEAK, weight: 50 } });
    expect(put.status).toBe(200);
    expect(put.body.canary).toEqual({ reference: WEAK, version: expect.any(String), digest: expect.any(String), model_digest: expect.any(String), ready: true, weight: 50 });
    const canaryVersion = put.body.canary.version;
    expect(canaryVersion).not.toBe(stableVersion);

    const first = await Promise.all(rows.map((row, i) => infer(server.url, `id-${i}`, row)));
    const again = await Promise.all(rows.map((row, i) => infer(server.url, `id-${i}`, row)));
    const versions = first.map((a) => a.body.model_version);
    expect(again.map((a) => a.body.model_version)).toEqual(versions);
    const canaryShare = versions.filter((v) => v === canaryVersion).length;
    expect(canaryShare).toBeGreaterThan(5);
    expect(canaryShare).toBeLessThan(35);
    expect(versions.every((v) => v === canaryVersion || v === stableVersion)).toBe(true);
    // the request id may come as a header too
    const byHeader = await call(server.url, 'POST', '/v2/models/cancer/infer', { inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: rows[0] }] }, { 'x-request-id': 'id-0' });
    expect(byHeader.body.model_version).toBe(versions[0]);
    // an explicit version bypasses the split
    expect((await call(server.url, 'POST', `/v2/models/cancer/versions/${canaryVersion}/infer`, { inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: rows[0] }] })).body.model_version).toBe(canaryVersion);

    const metrics = await server.metricsText();
    expect(metrics).toContain(`mlci_model_ready{model="cancer",version="${canaryVersion}",role="canary"} 1`);
    expect(metrics).toMatch(new RegExp(`mlci_inference_requests_total\\{model="cancer",version="${canaryVersion}",role="canary",code="200"\\} \\d+`));

    // weight only: no reload
    expect((await call(server.url, 'PUT', '/v2/admin/models/cancer/route', { canary: { reference: WEAK, weight: 0 } })).body.canary.version).toBe(canaryVersion);
    expect((await Promise.all(rows.slice(0, 10).map((row, i) => infer(server.url, `id-${i}`, row)))).every((a) => a.body.model_version === stableVersion)).toBe(true);

    // a reference that fails to load is refused, and the route stays as it was
    const bad = await call(server.url, 'PUT', '/v2/admin/models/cancer/route', { canary: { reference: fixtureModel('truncated.onnx'), weight: 10 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/failed to load.*route is unchanged/s);
    expect((await call(server.url, 'GET', '/v2/admin/routes')).body.models.cancer.canary.version).toBe(canaryVersion);
    expect((await call(server.url, 'PUT', '/v2/admin/models/cancer/route', { canary: { reference: WEAK, weight: 101 } })).status).toBe(400);
    expect((await call(server.url, 'PUT', '/v2/admin/models/nope/route', { canary: null })).status).toBe(404);

    const removed = await call(server.url, 'PUT', '/v2/admin/models/cancer/route', { canary: null });
    expect(removed.body.canary).toBeUndefined();
    expect(await server.metricsText()).not.toContain(`role="canary"} 1\nmlci_model_ready`);
  } finally {
    await server.close();
  }
});

test('a shadow runs after the response, is logged under the same request id, and its disagreements are counted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-shadow-'));
  const server = await startTestServer([`cancer=${LR}`], { predictionLog: { dir } });
  try {
    const put = await call(server.url, 'PUT', '/v2/admin/models/cancer/route', { shadow: { reference: WEAK } });
    expect(put.body.shadow.ready).toBe(true);
    const shadowVersion = put.body.shadow.version;
    const answers = await Promise.all(rows.map((row, i) => infer(server.url, `s-${i}`, row)));
    expect(answers.every((a) => a.body.model_version !== shadowVersion)).toBe(true);
    // the shadow runs after the responses: wait (bounded) until all 40 are compared
    let metrics = '';
    for (let i = 0; i < 100; i++) {
      metrics = await server.metricsText();
      if (metrics.includes(`mlci_shadow_comparisons_total{model="cancer",version="${shadowVersion}"} 40`)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(metrics).toContain(`mlci_shadow_comparisons_total{model="cancer",version="${shadowVersion}"} 40`);
    const flat = Float32Array.from(rows.flat());
    const strong = (await runLocally(LR, flat, 40, 30)).label!.data as BigInt64Array;
    const weak = (await runLocally(WEAK, flat, 40, 30)).label!.data as BigInt64Array;
    const differing = strong.filter((label, i) => label !== weak[i]).length;
    const disagreements = Number(new RegExp(`mlci_shadow_disagreements_total\\{model="cancer",version="${shadowVersion}"\\} (\\d+)`).exec(metrics)?.[1] ?? 0);
    expect(disagreements).toBe(differing);
    await server.close();
    const records = readdirSync(dir).flatMap((f) => gunzipSync(readFileSync(join(dir, f))).toString().trim().split('\n').map((l) => JSON.parse(l)));
    const byId = new Map<string, Set<string>>();
    for (const r of records) byId.set(r.request_id, (byId.get(r.request_id) ?? new Set()).add(r.role));
    expect(byId.size).toBe(40);
    for (const roles of byId.values()) expect([...roles].sort()).toEqual(['shadow', 'stable']);
    expect(records.find((r) => r.role === 'shadow').version).toBe(shadowVersion);
  } finally {
    await server.close();
  }
});
