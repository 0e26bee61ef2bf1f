#!/usr/bin/env node
import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError,
  isUserError
} from "../chunks/chunk-PWERFMPE.mjs";
import "../chunks/chunk-4NDXX6IS.mjs";

// cli/mlci.ts
import { rm } from "node:fs/promises";

// shared/steps/command-loaders.ts
var asStep = (s) => s;
var COMMAND_LOADERS = {
  "validate-data": async () => asStep((await import("../chunks/step-FD73MMQO.mjs")).validateDataStep),
  "train-model": async () => asStep((await import("../chunks/step-FG7FYZ5O.mjs")).trainModelStep),
  "evaluate-gate": async () => asStep((await import("../chunks/step-E4HS2DCP.mjs")).evaluateGateStep),
  "select-model": async () => asStep((await import("../chunks/step-P7DEXG7O.mjs")).selectModelStep),
  comment: async () => asStep((await import("../chunks/comment-step-73D5QTMB.mjs")).commentStep),
  "publish-model": async () => asStep((await import("../chunks/step-WDCTO6G7.mjs")).publishModelStep),
  deploy: async () => asStep((await import("../chunks/step-YXUXMONE.mjs")).deployStep),
  monitor: async () => asStep((await import("../chunks/step-WSMQV6HG.mjs")).monitorStep),
  "infer-schema": async () => asStep((await import("../chunks/infer-schema-step-R4KXUL6M.mjs")).inferSchemaStep),
  init: async () => asStep((await import("../chunks/init-step-MGPMPQPM.mjs")).initStep),
  serve: async () => asStep((await import("../chunks/step-I7I735YA.mjs")).serveStep)
};
function loadCommand(name) {
  return Object.hasOwn(COMMAND_LOADERS, name) ? COMMAND_LOADERS[name]() : void 0;
}

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
    if (values[name] !== void 0 && !step.inputs[name].list) {
      throw new UserError(`--${name} is given twice ("${values[name]}" and "${value}"), and it takes one value.`, "command line", `Pass --${name} once; see mlci help ${step.name}.`);
    }
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

// cli/mlci.ts
async function usage() {
  const { cliOnlyCommands, steps } = await import("../chunks/registry-W6WP4GZM.mjs");
  return `mlci: CI/CD for ML models, on your laptop with the same code as the GitHub Actions.

Usage:
  mlci <step> [--input value ...]   run one step; inputs are the action's input names
  mlci demo                          run the pipeline on the bundled example
  mlci registry <sub-command>        list, versions, show, history, promote, rollback, pull, verify
  mlci help [step]                   this text, or a step's inputs and outputs
  mlci --version                     the version of mlci

Steps:
${[...steps, ...cliOnlyCommands].map((s) => `  ${s.name.padEnd(16)} ${s.description}`).join("\n")}
`;
}
async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    if (rest[0] === "registry") return (await import("../chunks/registry-PKBBAN76.mjs")).runRegistryCommand(["--help"]);
    const step2 = rest[0] ? await loadCommand(rest[0]) : void 0;
    process.stdout.write(step2 ? `${stepHelp(step2)}
` : await usage());
    return 0;
  }
  if (command === "--version" || command === "-V" || command === "version") {
    const { MLCI_VERSION } = await import("../chunks/tool-versions-HQG3RGRI.mjs");
    process.stdout.write(`mlci ${MLCI_VERSION}
`);
    return 0;
  }
  if (command === "demo") return (await import("../chunks/demo-NIAQ67SG.mjs")).runDemo(rest);
  if (command === "registry") return (await import("../chunks/registry-PKBBAN76.mjs")).runRegistryCommand(rest);
  const step = await loadCommand(command);
  if (!step) {
    process.stderr.write(`mlci: unknown command "${command}".

${await usage()}`);
    return 2;
  }
  if (rest.includes("--help")) {
    process.stdout.write(`${stepHelp(step)}
`);
    return 0;
  }
  const { createCliHost } = await import("../chunks/host-SSBKC5LG.mjs");
  const { runStep } = await import("../chunks/run-step-RXINONXJ.mjs");
  const { host, outputs } = createCliHost(step, parseStepFlags(step, rest));
  host.ownsProcess = true;
  const outcome = await runStep(step, host).finally(() => rm(host.tempDir, { recursive: true, force: true }));
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
