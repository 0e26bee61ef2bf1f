import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { silentLogger } from '../shared/log.js';
import { findStep } from '../shared/steps/registry.js';
import { runStep } from '../shared/steps/run-step.js';
import { createCliHost } from './host.js';

const MODEL = 'breast-cancer';

/**
 * The deploy stage of the demo: the main-branch model serves "production" from the registry, the
 * gated candidate takes traffic as a canary (50%, then 100%) while the demo sends requests, and is
 * promoted. mlci serve runs in this process on a free loopback port and stops at the end.
 */
export async function runDeployStage(paths: { example: string; out: string }, write: (text: string) => void): Promise<boolean> {
  const registryDir = join(paths.out, 'registry');
  const [{ openRegistry, parseModelReference }, { startModelServer }, { loadOnnxRuntime }] = [await import('../shared/registry/index.js'), await import('../shared/serve/index.js'), await import('../shared/runtime/onnxruntime.js')];
  const registry = openRegistry(registryDir, { env: {}, logger: silentLogger });
  const baseline = await registry.publish({ name: MODEL, version: '0.9.0', modelFile: join(paths.example, 'models', 'baseline.onnx'), aliases: ['production'], why: { reason: 'mlci demo: the model on main serves production' } });
  write(`  ${MODEL}@production → ${baseline.version} (the model on main)\n`);
  const ort = await loadOnnxRuntime({ toolCacheDir: join(paths.out, '.tools'), cache: { restore: async () => false, save: async () => {} }, logger: silentLogger, allowInstall: false });
  const server = await startModelServer({
    models: [`${MODEL}=${registryDir}/${MODEL}@production`],
    ort,
    port: 0,
    pollIntervalMs: 200,
    cacheDir: join(paths.out, 'serve-cache'),
    registry: { parse: (text) => parseModelReference(text, registryDir), open: (store) => openRegistry(store, { env: {}, logger: silentLogger }) },
    log: () => {},
  });
  write(`  mlci serve answers at ${server.url}, following ${MODEL}@production\n`);
  const metadata = (await (await fetch(`${server.url}/v2/models/${MODEL}`)).json()) as { inputs: { name: string }[] };
  const traffic = demoTraffic(server.url, join(paths.example, 'data', 'breast_cancer_test.csv'), metadata.inputs[0]!.name);
  try {
    const step = findStep('deploy')!;
    const { host, outputs } = createCliHost(step, {
      model: `${MODEL}@champion`,
      registry: registryDir,
      environment: 'production',
      verdict: join(paths.out, 'evaluate-gate', 'verdict.json'),
      'server-url': server.url,
      strategy: 'canary',
      steps: '50, 100',
      interval: '2',
      policy: join(paths.example, '.mlci', 'rollout.yml'),
      'smoke-data': join(paths.example, 'data', 'breast_cancer_test.csv'),
      'smoke-target': 'target',
      'ready-timeout': '20',
      'output-dir': join(paths.out, 'deploy'),
    });
    const outcome = await runStep(step, host).finally(() => rm(host.tempDir, { recursive: true, force: true }));
    for (const [name, value] of Object.entries(outputs)) write(`  ${name}=${value}\n`);
    write(`  (${traffic.sent()} demo requests sent to the server meanwhile)\n`);
    if (outcome.failure) write(`\n✖ deploy failed: ${outcome.failure}\n`);
    return !outcome.failure;
  } finally {
    await traffic.stop();
    await server.close();
  }
}

/** a few clients sending one row each, round robin over the file, until stopped (at most 20,000 requests) */
function demoTraffic(url: string, csv: string, input: string) {
  const rows = readFileSync(csv, 'utf8').trim().split('\n').slice(1).map((line) => line.split(',').slice(0, 30).map(Number));
  let sent = 0;
  let stopped = false;
  const client = async () => {
    while (!stopped && sent < 20_000) {
      const row = rows[sent++ % rows.length]!;
      try {
        const response = await fetch(`${url}/v2/models/${MODEL}/infer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ inputs: [{ name: input, datatype: 'FP32', shape: [1, 30], data: row }] }) });
        await response.arrayBuffer();
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  const clients = Array.from({ length: 3 }, client);
  return { sent: () => sent, stop: async () => ((stopped = true), await Promise.all(clients)) };
}
