/**
 * The demo's last stage: the published champion behind `mlci serve` on a free loopback port (pulled
 * from the demo's registry folder), three rows of the evaluation data sent as one Open Inference
 * Protocol request (the curl command printed), the answer shown, the server stopped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCommand } from '../shared/steps/registry.js';
import { createCliHost } from './host.js';

export async function serveDemo(model: string, registry: string, data: string, out: NodeJS.WritableStream): Promise<void> {
  const [{ startModelServer }, { loadOnnxRuntime }, { registryAccess }] = await Promise.all([import('../shared/serve/index.js'), import('../shared/runtime/onnxruntime.js'), import('../shared/serve/registry-access.js')]);
  const { host } = createCliHost(findCommand('serve')!, { model });
  const ort = await loadOnnxRuntime({ toolCacheDir: host.toolCacheDir, cache: host.cache, logger: host.logger, allowInstall: false });
  const server = await startModelServer({ models: [`demo=${model}`], ort, port: 0, pollIntervalMs: 0, registry: registryAccess(host.env, registry, host.logger), cacheDir: join(host.tempDir, 'serve'), log: () => {} });
  try {
    const rows = readFileSync(data, 'utf8').trim().split('\n').slice(1, 4).map((line) => line.split(',').slice(0, -1).map(Number));
    const body = JSON.stringify({ id: 'demo-1', inputs: [{ name: 'input', shape: [rows.length, rows[0]!.length], datatype: 'FP32', data: rows }], outputs: [{ name: 'label' }, { name: 'probabilities' }] });
    out.write(`  mlci serve --model demo=${model} --registry ${registry} listening on ${server.url}\n`);
    out.write(`  curl -s -X POST ${server.url}/v2/models/demo/infer -H 'content-type: application/json' -d '{"inputs": [{"name": "input", "shape": [${rows.length}, ${rows[0]!.length}], "datatype": "FP32", "data": […]}]}'\n`);
    const response = await fetch(`${server.url}/v2/models/demo/infer`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    const answer = (await response.json()) as { model_version: string; outputs: { name: string; data: number[] }[] };
    const labels = answer.outputs.find((o) => o.name === 'label')?.data ?? [];
    const probabilities = answer.outputs.find((o) => o.name === 'probabilities')?.data ?? [];
    out.write(`  HTTP ${response.status}, model_version ${answer.model_version}\n`);
    labels.forEach((label, i) => out.write(`    row ${i + 1}: label ${label}, P(1) = ${Number(probabilities[2 * i + 1]).toFixed(3)}\n`));
  } finally {
    await server.close();
    out.write('  server stopped\n');
  }
}
