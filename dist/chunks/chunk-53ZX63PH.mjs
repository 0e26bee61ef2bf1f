import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  splitPatternList
} from "./chunk-HJAITZ65.mjs";
import {
  requireInput
} from "./chunk-F2MZNOSI.mjs";

// shared/validate/infer-schema-step.ts
import { resolve } from "node:path";
var inferSchemaStep = {
  name: "infer-schema",
  description: "Writes a data schema (types, ranges, allowed values) inferred from a reference dataset, to review and commit.",
  inputs: {
    data: { list: true, description: "Reference data: a file, a list or a glob (CSV, JSON Lines, Parquet).", required: true },
    target: { description: "Label column, for the label-balance rule.", default: "" },
    output: { description: "Where to write the schema.", default: ".mlci/schema.yml" },
    delimiter: { description: 'CSV delimiter; empty: "," (tab for .tsv).', default: "" }
  },
  outputs: { "schema-file": { description: "Path of the schema written." } },
  async run(host) {
    const { inferSchemaFile } = await import("./infer-schema-file-TROA7Y6D.mjs");
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

export {
  inferSchemaStep
};
