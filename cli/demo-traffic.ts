import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StepHost } from '../shared/steps/types.js';

export interface DemoTraffic {
  /** the registry folder and the reference served (breast-cancer@champion) */
  registry: string;
  model: string;
  /** the name it is served under (and logged with) */
  name: string;
  /** the rows sent: a CSV with the features and the label */
  data: string;
  target: string;
  logDir: string;
  /** where the labels of the requests are written, as delayed ground truth arrives */
  labelsFile: string;
}

/**
 * The demo's production: mlci serve on 127.0.0.1 serves the published model from the registry and
 * answers every row of the data once, in requests of 1–4 rows (bounded: the rows run out); its
 * prediction log goes to logDir, and the requests' true labels to labelsFile.
 */
export async function serveDemoTraffic(t: DemoTraffic, host: StepHost): Promise<{ requests: number; rows: number }> {
  const [{ loadTable }, { startModelServer }, { loadOnnxRuntime }, registry] = [
    await import('../shared/data/index.js'),
    await import('../shared/serve/index.js'),
    await import('../shared/runtime/onnxruntime.js'),
    await import('../shared/registry/index.js'),
  ];
  const table = await loadTable(t.data);
  const features = table.columns.filter((c) => c.name !== t.target && c.kind === 'numeric');
  const label = table.columns.find((c) => c.name === t.target);
  const ort = await loadOnnxRuntime({ toolCacheDir: host.toolCacheDir, cache: host.cache, logger: host.logger, allowInstall: false });
  await mkdir(t.logDir, { recursive: true });
  const server = await startModelServer({
    models: [`${t.name}=${t.model}`],
    ort,
    host: '127.0.0.1',
    port: 0,
    pollIntervalMs: 0,
    cacheDir: join(host.tempDir, 'serve-models'),
    registry: { parse: (text) => registry.parseModelReference(text, t.registry), open: (store) => registry.openRegistry(store, { env: host.env, logger: host.logger }) },
    log: () => {},
    predictionLog: { dir: t.logDir },
  });
  const labels = ['request_id,label'];
  let requests = 0;
  try {
    for (let row = 0; row < table.rowCount; requests++) {
      const count = Math.min(1 + (requests % 4), table.rowCount - row);
      const data: number[] = [];
      for (let r = row; r < row + count; r++) for (const f of features) data.push((f.values as Float64Array)[r]!);
      const id = `demo-${requests}`;
      const response = await fetch(`${server.url}/v2/models/${t.name}/infer`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id, inputs: [{ name: 'input', shape: [count, features.length], datatype: 'FP32', data }] }),
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status !== 200) throw new Error(`mlci serve answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
      if (label) for (let r = 0; r < count; r++) labels.push(`${count === 1 ? id : `${id}/${r}`},${(label.values as ArrayLike<unknown>)[row + r]}`);
      row += count;
    }
  } finally {
    await server.close(); // flushes the log
  }
  await writeFile(t.labelsFile, labels.join('\n') + '\n');
  return { requests, rows: table.rowCount };
}
