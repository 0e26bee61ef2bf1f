import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  createCliHost
} from "./chunk-IGFC2VSN.mjs";
import {
  silentLogger
} from "./chunk-QFLC6WXB.mjs";
import {
  findStep
} from "./chunk-5DUJRKH3.mjs";
import "./chunk-A5PSNMNW.mjs";
import "./chunk-7CG4WW63.mjs";
import "./chunk-53ZX63PH.mjs";
import "./chunk-UA2O7JG6.mjs";
import "./chunk-LMNCR3FN.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-5MBCOPHY.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-QMPH2T65.mjs";
import "./chunk-SXFU6F6A.mjs";
import "./chunk-BUZWYCFG.mjs";
import "./chunk-7DXK7RD5.mjs";
import "./chunk-FDYF22BI.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-WWS73YM4.mjs";
import "./chunk-KCHSX7MG.mjs";
import "./chunk-YSRSGXAJ.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-3IG6QDVB.mjs";
import "./chunk-QNHP6EUZ.mjs";
import "./chunk-6AG5JHL2.mjs";
import "./chunk-I3CLNAZB.mjs";
import "./chunk-VV3CKB34.mjs";
import {
  runStep
} from "./chunk-RJKKXVQB.mjs";
import "./chunk-HVFF6HEQ.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-42RCFE6G.mjs";
import "./chunk-F2MZNOSI.mjs";
import "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// cli/demo-deploy.ts
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
var MODEL = "breast-cancer";
async function runDeployStage(paths, write) {
  const registryDir = join(paths.out, "registry");
  const [{ openRegistry, parseModelReference }, { startModelServer }, { loadOnnxRuntime }] = [await import("./registry-ZVOBGJJG.mjs"), await import("./serve-4LHRMMLY.mjs"), await import("./onnxruntime-WXYL7PRE.mjs")];
  const registry = openRegistry(registryDir, { env: {}, logger: silentLogger });
  const baseline = await registry.publish({ name: MODEL, version: "0.9.0", modelFile: join(paths.example, "models", "baseline.onnx"), aliases: ["production"], why: { reason: "mlci demo: the model on main serves production" } });
  write(`  ${MODEL}@production \u2192 ${baseline.version} (the model on main)
`);
  const ort = await loadOnnxRuntime({ toolCacheDir: join(paths.out, ".tools"), cache: { restore: async () => false, save: async () => {
  } }, logger: silentLogger, allowInstall: false });
  const server = await startModelServer({
    models: [`${MODEL}=${registryDir}/${MODEL}@production`],
    ort,
    port: 0,
    pollIntervalMs: 200,
    cacheDir: join(paths.out, "serve-cache"),
    registry: { parse: (text) => parseModelReference(text, registryDir), open: (store) => openRegistry(store, { env: {}, logger: silentLogger }) },
    log: () => {
    }
  });
  write(`  mlci serve answers at ${server.url}, following ${MODEL}@production
`);
  const metadata = await (await fetch(`${server.url}/v2/models/${MODEL}`)).json();
  const traffic = demoTraffic(server.url, join(paths.example, "data", "breast_cancer_test.csv"), metadata.inputs[0].name);
  try {
    const step = findStep("deploy");
    const { host, outputs } = createCliHost(step, {
      model: `${MODEL}@champion`,
      registry: registryDir,
      environment: "production",
      verdict: join(paths.out, "evaluate-gate", "verdict.json"),
      "server-url": server.url,
      strategy: "canary",
      steps: "50, 100",
      interval: "2",
      policy: join(paths.example, ".mlci", "rollout.yml"),
      "smoke-data": join(paths.example, "data", "breast_cancer_test.csv"),
      "smoke-target": "target",
      "ready-timeout": "20",
      "output-dir": join(paths.out, "deploy")
    });
    const outcome = await runStep(step, host).finally(() => rm(host.tempDir, { recursive: true, force: true }));
    for (const [name, value] of Object.entries(outputs)) write(`  ${name}=${value}
`);
    write(`  (${traffic.sent()} demo requests sent to the server meanwhile)
`);
    if (outcome.failure) write(`
\u2716 deploy failed: ${outcome.failure}
`);
    return !outcome.failure;
  } finally {
    await traffic.stop();
    await server.close();
  }
}
function demoTraffic(url, csv, input) {
  const rows = readFileSync(csv, "utf8").trim().split("\n").slice(1).map((line) => line.split(",").slice(0, 30).map(Number));
  let sent = 0;
  let stopped = false;
  const client = async () => {
    while (!stopped && sent < 2e4) {
      const row = rows[sent++ % rows.length];
      try {
        const response = await fetch(`${url}/v2/models/${MODEL}/infer`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ inputs: [{ name: input, datatype: "FP32", shape: [1, 30], data: row }] }) });
        await response.arrayBuffer();
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  const clients = Array.from({ length: 3 }, client);
  return { sent: () => sent, stop: async () => (stopped = true, await Promise.all(clients)) };
}
export {
  runDeployStage
};
