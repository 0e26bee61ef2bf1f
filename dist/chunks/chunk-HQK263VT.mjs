import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  commentStep
} from "./chunk-JC3RNEHI.mjs";
import {
  evaluateGateStep
} from "./chunk-34U47ODB.mjs";
import {
  selectModelStep
} from "./chunk-56YYSCIL.mjs";
import {
  trainModelStep
} from "./chunk-25KGLCUS.mjs";
import {
  validateDataStep
} from "./chunk-LUP6BYQ6.mjs";
import {
  splitPatternList
} from "./chunk-MUF43UFQ.mjs";
import {
  requireInput
} from "./chunk-FV473KDE.mjs";

// shared/validate/infer-schema-step.ts
import { resolve } from "node:path";
var inferSchemaStep = {
  name: "infer-schema",
  description: "Writes a data schema (types, ranges, allowed values) inferred from a reference dataset, to review and commit.",
  inputs: {
    data: { description: "Reference data: a file, a list or a glob (CSV, JSON Lines, Parquet).", required: true },
    target: { description: "Label column, for the label-balance rule.", default: "" },
    output: { description: "Where to write the schema.", default: ".mlci/schema.yml" },
    delimiter: { description: 'CSV delimiter; empty: "," (tab for .tsv).', default: "" }
  },
  outputs: { "schema-file": { description: "Path of the schema written." } },
  async run(host) {
    const { inferSchemaFile } = await import("./infer-schema-file-LBLNLTOD.mjs");
    const output = resolve(host.input("output"));
    const target = host.input("target").trim();
    const delimiter = host.input("delimiter");
    await inferSchemaFile({
      files: splitPatternList(requireInput("data", host.input("data"), "Pass --data with the reference dataset.")),
      output,
      ...target ? { target } : {},
      ...delimiter ? { delimiter } : {},
      logger: host.logger
    });
    host.setOutput("schema-file", output);
    return {};
  }
};

// shared/steps/registry.ts
var asStep = (s) => s;
var steps = [validateDataStep, trainModelStep, evaluateGateStep, selectModelStep, commentStep].map(asStep);
var cliOnlyCommands = [inferSchemaStep].map(asStep);
function findStep(name) {
  return steps.find((s) => s.name === name);
}
function findCommand(name) {
  return findStep(name) ?? cliOnlyCommands.find((s) => s.name === name);
}

export {
  steps,
  cliOnlyCommands,
  findStep,
  findCommand
};
