#!/usr/bin/env node
import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "../chunks/chunk-HTVYXENR.mjs";
import "../chunks/chunk-RP6IGXXV.mjs";
import "../chunks/chunk-KY45RKLW.mjs";
import "../chunks/chunk-YELRR4HB.mjs";
import "../chunks/chunk-YQMANWY7.mjs";
import "../chunks/chunk-HYWDNYER.mjs";
import "../chunks/chunk-23HZM3YN.mjs";
import "../chunks/chunk-BBN5K4BU.mjs";
import "../chunks/chunk-7SY4YXBS.mjs";
import "../chunks/chunk-C2VWTQXC.mjs";
import "../chunks/chunk-EQTXTZOH.mjs";
import "../chunks/chunk-VUQFXF5O.mjs";
import {
  literalDefault,
  resolveInside,
  verifyOutputManifest
} from "../chunks/chunk-C2TNI2RU.mjs";
import "../chunks/chunk-FKGL4H5Z.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-6S2IIISV.mjs";
import {
  UserError,
  isUserError
} from "../chunks/chunk-YCFNLZYA.mjs";

// cli/args.ts
function parseStepFlags(step, argv) {
  const values = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      throw new UserError(`Unexpected argument "${arg}" for mlci ${step.name}.`, "command line", `Pass inputs as --name value; see mlci help ${step.name}.`);
    }
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!(name in step.inputs)) {
      throw new UserError(`mlci ${step.name} has no input "${name}".`, "command line", `Inputs are: ${Object.keys(step.inputs).map((n) => `--${n}`).join(", ")}.`);
    }
    let value;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) value = argv[++i];
    else value = "true";
    values[name] = values[name] ? `${values[name]}
${value}` : value;
  }
  for (const [name, spec] of Object.entries(step.inputs)) {
    if (spec.required && !values[name]) {
      throw new UserError(`mlci ${step.name} needs --${name}.`, "command line", `${spec.description}`);
    }
  }
  return values;
}
function stepHelp(step) {
  const lines = [`mlci ${step.name}: ${step.description}`, "", "Inputs:"];
  for (const [name, spec] of Object.entries(step.inputs)) {
    const extra = [spec.required ? "required" : "", spec.default ? `default: ${spec.default}` : ""].filter(Boolean).join(", ");
    lines.push(`  --${name}${extra ? ` (${extra})` : ""}`, `      ${spec.description}`);
  }
  lines.push("", "Outputs (printed as name=value):");
  for (const [name, spec] of Object.entries(step.outputs)) lines.push(`  ${name}: ${spec.description}`);
  return lines.join("\n");
}

// cli/host.ts
import { mkdtempSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join as join2, resolve } from "node:path";

// shared/log.ts
function consoleLogger(out = process.stdout, err = process.stderr, verbose = false) {
  const where = (loc) => loc ? ` [${loc.file}${loc.line ? `:${loc.line}` : ""}]` : "";
  return {
    info: (m) => void out.write(`${m}
`),
    warning: (m, loc) => void err.write(`warning: ${m}${where(loc)}
`),
    error: (m, loc) => void err.write(`error: ${m}${where(loc)}
`),
    debug: (m) => void (verbose && err.write(`debug: ${m}
`)),
    group: async (title, body) => {
      out.write(`\u2500\u2500 ${title}
`);
      return body();
    }
  };
}

// shared/artifacts/folder-store.ts
import { stat as stat2 } from "node:fs/promises";

// shared/runtime/folder-cache.ts
import { randomBytes, createHash } from "node:crypto";
import { cp, mkdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var FolderDirectoryCache = class {
  constructor(root) {
    this.root = root;
  }
  root;
  /** the entry folder of a key: readable, and unique even when two keys sanitize alike */
  entryPath(key) {
    const readable = key.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 100);
    const digest = createHash("sha256").update(key).digest("hex").slice(0, 12);
    return join(this.root, `${readable}-${digest}`);
  }
  async restore(key, dir) {
    const entry = this.entryPath(key);
    if (!await isDirectory(entry)) return false;
    await copyDirectoryAtomic(entry, dir, { replace: true });
    return true;
  }
  async save(key, dir) {
    const entry = this.entryPath(key);
    if (await isDirectory(entry)) return;
    await copyDirectoryAtomic(dir, entry, { replace: false });
  }
};
async function isDirectory(path) {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}
async function copyDirectoryAtomic(source, target, options) {
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await cp(source, temp, { recursive: true, verbatimSymlinks: true });
    if (await isDirectory(target)) {
      if (!options.replace) return;
      await rm(target, { recursive: true, force: true });
    }
    await rename(temp, target);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

// shared/artifacts/folder-store.ts
var FolderArtifactStore = class {
  constructor(root) {
    this.root = root;
    this.kind = `artifact in ${root}`;
  }
  root;
  kind;
  async upload(name, dir) {
    await verifyOutputManifest(dir);
    await copyDirectoryAtomic(dir, resolveInside(this.root, name, "artifact name"), { replace: true });
    return { name };
  }
  async download(name, dir) {
    const source = resolveInside(this.root, name, "artifact name");
    if (!(await stat2(source).catch(() => null))?.isDirectory()) {
      throw new UserError(`There is no artifact "${name}" in ${this.root}.`, `artifact:${name}`, "Run the step that uploads it first (its upload-artifact input), or set MLCI_ARTIFACT_DIR to where the artifacts are.");
    }
    await copyDirectoryAtomic(source, dir, { replace: true });
    await verifyOutputManifest(dir);
  }
};

// cli/host.ts
function userCacheDir(env) {
  return env.MLCI_CACHE_DIR || join2(env.XDG_CACHE_HOME || join2(homedir(), ".cache"), "mlci");
}
function createCliHost(step, values, options = {}) {
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  const outputs = {};
  const cacheDir = userCacheDir(process.env);
  const host = {
    input: (name) => values[name] ?? literalDefault(step.inputs[name]),
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    async summary(markdown) {
      if (options.printSummary !== false) out.write(`${markdown}
`);
    },
    // Logs go to stderr so that stdout carries only the report and outputs.
    logger: consoleLogger(err, err, options.verbose),
    tempDir: mkdtempSync(join2(tmpdir(), "mlci-")),
    toolCacheDir: join2(cacheDir, "tools"),
    cache: new FolderDirectoryCache(join2(cacheDir, "runs")),
    env: process.env,
    onRunner: false,
    // a folder stands in for GitHub's artifacts, so upload-artifact and artifact: inputs work here too
    artifacts: new FolderArtifactStore(process.env.MLCI_ARTIFACT_DIR || resolve("mlci-artifacts"))
  };
  return { host, outputs };
}

// cli/demo.ts
import { existsSync } from "node:fs";
import { dirname as dirname2, join as join3, relative, resolve as resolve2 } from "node:path";
import { fileURLToPath } from "node:url";
function repoRoot() {
  let dir = dirname2(fileURLToPath(import.meta.url));
  while (!existsSync(join3(dir, "examples", "demo"))) {
    const up = dirname2(dir);
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
      data: join3(example, "data", "breast_cancer_test.csv"),
      schema: join3(example, ".mlci", "schema.yml"),
      reference: join3(example, "data", "breast_cancer_train.csv"),
      target: "target",
      "output-dir": join3(out, "validate-data")
    })
  },
  {
    step: "train-model",
    title: "train-model: a logistic regression with the built-in trainer (no Python), skipped when nothing changed",
    inputs: ({ example, out }) => ({
      trainer: "builtin:logistic-regression",
      data: join3(example, "data", "breast_cancer_train.csv"),
      target: "target",
      "output-dir": join3(out, "train-model")
    })
  },
  {
    step: "evaluate-gate",
    title: "evaluate-gate: the trained candidate vs the main-branch model",
    inputs: ({ example, out }) => ({
      model: join3(out, "train-model", "model.onnx"),
      baseline: join3(example, "models", "baseline.onnx"),
      data: join3(example, "data", "breast_cancer_test.csv"),
      target: "target",
      policy: join3(example, ".mlci", "gate.yml"),
      "output-dir": join3(out, "evaluate-gate")
    })
  }
];
async function runDemo(argv) {
  const example = relative(process.cwd(), join3(repoRoot(), "examples", "demo")) || ".";
  const outFlag = argv.indexOf("--output-dir");
  const out = resolve2(outFlag >= 0 ? argv[outFlag + 1] : "mlci-output/demo");
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

// cli/mlci.ts
var USAGE = `mlci: CI/CD for ML models, on your laptop with the same code as the GitHub Actions.

Usage:
  mlci <step> [--input value ...]   run one step; inputs are the action's input names
  mlci demo                          run the pipeline on the bundled example
  mlci help [step]                   this text, or a step's inputs and outputs

Steps:
${[...steps, ...cliOnlyCommands].map((s) => `  ${s.name.padEnd(16)} ${s.description}`).join("\n")}
`;
async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    const step2 = rest[0] ? findCommand(rest[0]) : void 0;
    process.stdout.write(step2 ? `${stepHelp(step2)}
` : USAGE);
    return 0;
  }
  if (command === "demo") return runDemo(rest);
  const step = findCommand(command);
  if (!step) {
    process.stderr.write(`mlci: unknown command "${command}".

${USAGE}`);
    return 2;
  }
  if (rest.includes("--help")) {
    process.stdout.write(`${stepHelp(step)}
`);
    return 0;
  }
  const { host, outputs } = createCliHost(step, parseStepFlags(step, rest));
  const outcome = await step.run(host);
  for (const [name, value] of Object.entries(outputs)) process.stdout.write(`${name}=${value}
`);
  if (outcome.failure) {
    process.stderr.write(`
\u2716 ${outcome.failure}
`);
    return 1;
  }
  return 0;
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (isUserError(err)) {
      process.stderr.write(`\u2716 ${err.message}
`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`mlci failed unexpectedly (a bug in mlci, please report it):
${err?.stack ?? String(err)}
`);
      process.exitCode = 70;
    }
  }
);
