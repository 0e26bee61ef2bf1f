import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  createCliHost
} from "./chunk-IGFC2VSN.mjs";
import "./chunk-QFLC6WXB.mjs";
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

// cli/demo.ts
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
function repoRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "examples", "demo"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("examples/demo not found above the mlci installation");
    dir = up;
  }
  return dir;
}
var stages = [
  {
    step: "validate-data",
    title: "validate-data: the evaluation data against the schema, and drift against the training data",
    inputs: ({ example, out }) => ({
      data: join(example, "data", "breast_cancer_test.csv"),
      schema: join(example, ".mlci", "schema.yml"),
      reference: join(example, "data", "breast_cancer_train.csv"),
      target: "target",
      "output-dir": join(out, "validate-data")
    })
  },
  {
    step: "train-model",
    title: "train-model: a logistic regression with the built-in trainer (no Python), skipped when nothing changed",
    inputs: ({ example, out }) => ({
      trainer: "builtin:logistic-regression",
      data: join(example, "data", "breast_cancer_train.csv"),
      target: "target",
      "output-dir": join(out, "train-model")
    })
  },
  {
    step: "evaluate-gate",
    title: "evaluate-gate: the trained candidate vs the main-branch model",
    inputs: ({ example, out }) => ({
      model: join(out, "train-model", "model.onnx"),
      baseline: join(example, "models", "baseline.onnx"),
      data: join(example, "data", "breast_cancer_test.csv"),
      target: "target",
      policy: join(example, ".mlci", "gate.yml"),
      "output-dir": join(out, "evaluate-gate")
    })
  },
  {
    step: "publish-model",
    title: "publish-model: the gated model as version of a local registry, with its card and provenance; champion moves to it",
    inputs: ({ example, out }) => ({
      // the copy evaluate-gate keeps is the exact file its verdict names
      model: join(out, "evaluate-gate", "model.onnx"),
      name: "breast-cancer",
      registry: join(out, "registry"),
      aliases: "champion",
      verdict: join(out, "evaluate-gate", "verdict.json"),
      metrics: join(out, "evaluate-gate", "metrics.json"),
      lineage: join(out, "train-model", "lineage.json"),
      statistics: join(out, "validate-data", "statistics.json"),
      card: join(example, ".mlci", "model-card.yml"),
      reason: "mlci demo: the gate passed",
      "output-dir": join(out, "publish-model")
    })
  },
  {
    title: "deploy: mlci serve follows breast-cancer@production; the gated model takes traffic as a canary (50%, then 100%) and is promoted",
    run: async (paths, write) => (await import("./demo-deploy-EI6V4PYP.mjs")).runDeployStage(paths, write)
  },
  {
    step: "monitor",
    offline: true,
    title: "monitor: mlci serve answers the test rows from the registry's champion; one pass over its prediction log, with the labels",
    async before({ example, out }, host) {
      const { serveDemoTraffic } = await import("./demo-traffic-PIPTBZIE.mjs");
      const sent = await serveDemoTraffic(
        { registry: join(out, "registry"), model: "breast-cancer@champion", name: "breast-cancer", data: join(example, "data", "breast_cancer_test.csv"), target: "target", logDir: join(out, "serve-log"), labelsFile: join(out, "serve-labels.csv") },
        host
      );
      process.stdout.write(`  mlci serve answered ${sent.requests} requests (${sent.rows} rows); its log is in ${join(out, "serve-log")}

`);
    },
    inputs: ({ out }) => ({
      logs: join(out, "serve-log"),
      reference: "breast-cancer@champion",
      registry: join(out, "registry"),
      target: "target",
      labels: join(out, "serve-labels.csv"),
      model: "breast-cancer",
      "output-dir": join(out, "monitor")
    })
  }
];
async function runDemo(argv) {
  const example = relative(process.cwd(), join(repoRoot(), "examples", "demo")) || ".";
  const outFlag = argv.indexOf("--output-dir");
  const out = resolve(outFlag >= 0 ? argv[outFlag + 1] : "mlci-output/demo");
  process.stdout.write(`mlci demo: the pipeline on ${example}
results go to ${out}

`);
  let failed = false;
  for (const stage of stages) {
    process.stdout.write(`
\u2501\u2501 ${stage.title}

`);
    if ("run" in stage) {
      if (await stage.run({ example, out }, (text) => process.stdout.write(text))) continue;
      failed = true;
      break;
    }
    const step = findStep(stage.step);
    const { host, outputs } = createCliHost(step, stage.inputs({ example, out }));
    if (stage.offline) host.env = { ...host.env, GITHUB_EVENT_NAME: void 0, GITHUB_REPOSITORY: void 0 };
    const outcome = await (async () => {
      await stage.before?.({ example, out }, host);
      return runStep(step, host);
    })().finally(() => rm(host.tempDir, { recursive: true, force: true }));
    for (const [name, value] of Object.entries(outputs)) process.stdout.write(`  ${name}=${value}
`);
    if (outcome.failure) {
      process.stdout.write(`
\u2716 ${stage.step} failed: ${outcome.failure}
`);
      failed = true;
      break;
    }
  }
  process.stdout.write(failed ? "\nThe demo pipeline stopped at a failed gate.\n" : `
\u2714 The demo pipeline passed every gate.
  Look at the registry: mlci registry versions breast-cancer --registry ${join(out, "registry")}
`);
  return failed ? 1 : 0;
}
export {
  runDemo
};
