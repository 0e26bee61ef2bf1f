import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  createCliHost
} from "./chunk-JLWL4Q6H.mjs";
import "./chunk-3H6AS6EX.mjs";
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

// cli/demo.ts
import { existsSync } from "node:fs";
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
    run: async (paths, write) => (await import("./demo-deploy-ZHL7D2AK.mjs")).runDeployStage(paths, write)
  },
  {
    step: "monitor",
    offline: true,
    title: "monitor: mlci serve answers the test rows from the registry's champion; one pass over its prediction log, with the labels",
    async before({ example, out }, host) {
      const { serveDemoTraffic } = await import("./demo-traffic-QB674JXU.mjs");
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
    await stage.before?.({ example, out }, host);
    const outcome = await runStep(step, host);
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
