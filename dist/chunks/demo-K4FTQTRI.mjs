import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  createCliHost
} from "./chunk-3PCHGXUM.mjs";
import "./chunk-POKSGDQE.mjs";
import "./chunk-CBWUPSOS.mjs";
import "./chunk-TKCRH3Q3.mjs";
import "./chunk-LMEGT7DZ.mjs";
import {
  findStep
} from "./chunk-HQK263VT.mjs";
import "./chunk-JC3RNEHI.mjs";
import "./chunk-34U47ODB.mjs";
import "./chunk-TYKU4UA5.mjs";
import "./chunk-56YYSCIL.mjs";
import "./chunk-25KGLCUS.mjs";
import "./chunk-6V7QCOTQ.mjs";
import "./chunk-LUP6BYQ6.mjs";
import "./chunk-MUF43UFQ.mjs";
import "./chunk-X36FKRVV.mjs";
import "./chunk-TRFERN3Q.mjs";
import "./chunk-6T6PVVXI.mjs";
import "./chunk-SKS7E2VR.mjs";
import "./chunk-FV473KDE.mjs";
import "./chunk-K2VXTGZW.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-AR3GCIHW.mjs";

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
    const step = findStep(stage.step);
    process.stdout.write(`
\u2501\u2501 ${stage.title}

`);
    const { host, outputs } = createCliHost(step, stage.inputs({ example, out }));
    const outcome = await step.run(host);
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
  process.stdout.write(failed ? "\nThe demo pipeline stopped at a failed gate.\n" : "\n\u2714 The demo pipeline passed every gate.\n");
  return failed ? 1 : 0;
}
export {
  runDemo
};
