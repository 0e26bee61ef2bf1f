import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  createCliHost
} from "./chunk-JLWL4Q6H.mjs";
import {
  silentLogger
} from "./chunk-3H6AS6EX.mjs";
import {
  findStep
} from "./chunk-W2RLOPVZ.mjs";
import "./chunk-YXAAS4KN.mjs";
import "./chunk-GYLDJTNO.mjs";
import "./chunk-64G5EKIF.mjs";
import "./chunk-IRC2DMGC.mjs";
import "./chunk-TYKU4UA5.mjs";
import "./chunk-ONWVZAMT.mjs";
import "./chunk-YATOVI4E.mjs";
import "./chunk-Z4R5VC6V.mjs";
import "./chunk-7I2HMQUS.mjs";
import "./chunk-AQ6IAXLJ.mjs";
import "./chunk-6V7QCOTQ.mjs";
import "./chunk-EOVJ6WW6.mjs";
import "./chunk-ZTBCRUX7.mjs";
import "./chunk-MUF43UFQ.mjs";
import "./chunk-6T6PVVXI.mjs";
import "./chunk-GABS5DHV.mjs";
import "./chunk-DQIGQJDU.mjs";
import "./chunk-SKS7E2VR.mjs";
import "./chunk-POKSGDQE.mjs";
import {
  runStep
} from "./chunk-WSP45XC5.mjs";
import "./chunk-FV473KDE.mjs";
import "./chunk-RH5E52XH.mjs";
import "./chunk-K2VXTGZW.mjs";
import "./chunk-PM5NLK37.mjs";
import "./chunk-LMEGT7DZ.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";

// cli/demo-deploy.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
var MODEL = "breast-cancer";
async function runDeployStage(paths, write) {
  const registryDir = join(paths.out, "registry");
  const [{ openRegistry, parseModelReference }, { startModelServer }, { loadOnnxRuntime }] = [await import("./registry-Y4IWDA54.mjs"), await import("./serve-IJMRF3KP.mjs"), await import("./onnxruntime-2MCC5FDX.mjs")];
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
    const outcome = await runStep(step, host);
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
