import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  commentStep
} from "./chunk-RP6IGXXV.mjs";
import {
  evaluateGateStep
} from "./chunk-KY45RKLW.mjs";
import {
  selectModelStep
} from "./chunk-YELRR4HB.mjs";
import {
  trainModelStep
} from "./chunk-HYWDNYER.mjs";
import {
  inferSchema,
  resolveDataFiles,
  schemaToYaml,
  splitPatternList,
  validateDataStep
} from "./chunk-BBN5K4BU.mjs";
import {
  requireInput,
  writeFileAtomic
} from "./chunk-C2TNI2RU.mjs";
import {
  scanData
} from "./chunk-FKGL4H5Z.mjs";
import {
  UserError
} from "./chunk-YCFNLZYA.mjs";

// shared/validate/infer-schema-step.ts
import { resolve } from "node:path";

// shared/validate/infer-schema-file.ts
async function inferSchemaFile(options) {
  const files = await resolveDataFiles(options.files, options.cwd);
  const scan = await scanData(files, { logger: options.logger, ...options.delimiter ? { delimiter: options.delimiter } : {} });
  const failure = scan.fileFailures[0];
  if (failure) throw new UserError(failure.message, failure.line ? `${failure.file}:${failure.line}` : failure.file, "Infer the schema from data that reads cleanly (run validate-data on it to see every problem).", { file: failure.file, ...failure.line ? { line: failure.line } : {} });
  const schema = inferSchema(scan.profile, options.target ? { target: options.target } : {});
  const yaml = schemaToYaml(schema, ` Data schema inferred by mlci from ${files.join(", ")} (${scan.profile.rows} rows).
 Review the types, ranges and allowed values, then commit it. Format: docs/validate-data.md`);
  await writeFileAtomic(options.output, yaml);
  options.logger.info(`Wrote a schema for ${schema.columns.length} columns to ${options.output}`);
  return { schema, path: options.output, yaml };
}

// shared/validate/infer-schema-step.ts
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
