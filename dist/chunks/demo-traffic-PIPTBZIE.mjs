import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import "./chunk-4NDXX6IS.mjs";

// cli/demo-traffic.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function serveDemoTraffic(t, host) {
  const [{ loadTable }, { startModelServer }, { loadOnnxRuntime }, registry] = [
    await import("./data-4WWA6OJ3.mjs"),
    await import("./serve-4LHRMMLY.mjs"),
    await import("./onnxruntime-WXYL7PRE.mjs"),
    await import("./registry-ZVOBGJJG.mjs")
  ];
  const table = await loadTable(t.data);
  const features = table.columns.filter((c) => c.name !== t.target && c.kind === "numeric");
  const label = table.columns.find((c) => c.name === t.target);
  const ort = await loadOnnxRuntime({ toolCacheDir: host.toolCacheDir, cache: host.cache, logger: host.logger, allowInstall: false });
  await mkdir(t.logDir, { recursive: true });
  const server = await startModelServer({
    models: [`${t.name}=${t.model}`],
    ort,
    host: "127.0.0.1",
    port: 0,
    pollIntervalMs: 0,
    cacheDir: join(host.tempDir, "serve-models"),
    registry: { parse: (text) => registry.parseModelReference(text, t.registry), open: (store) => registry.openRegistry(store, { env: host.env, logger: host.logger }) },
    log: () => {
    },
    predictionLog: { dir: t.logDir }
  });
  const labels = ["request_id,label"];
  let requests = 0;
  try {
    for (let row = 0; row < table.rowCount; requests++) {
      const count = Math.min(1 + requests % 4, table.rowCount - row);
      const data = [];
      for (let r = row; r < row + count; r++) for (const f of features) data.push(f.values[r]);
      const id = `demo-${requests}`;
      const response = await fetch(`${server.url}/v2/models/${t.name}/infer`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ id, inputs: [{ name: "input", shape: [count, features.length], datatype: "FP32", data }] }),
        signal: AbortSignal.timeout(1e4)
      });
      if (response.status !== 200) throw new Error(`mlci serve answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
      if (label) for (let r = 0; r < count; r++) labels.push(`${count === 1 ? id : `${id}/${r}`},${label.values[row + r]}`);
      row += count;
    }
  } finally {
    await server.close();
  }
  await writeFile(t.labelsFile, labels.join("\n") + "\n");
  return { requests, rows: table.rowCount };
}
export {
  serveDemoTraffic
};
