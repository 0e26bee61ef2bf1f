import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  schemaToYaml
} from "./chunk-FSXBXAWJ.mjs";
import {
  inferSchema
} from "./chunk-FVNUZMRE.mjs";
import "./chunk-MHOJOIAV.mjs";
import {
  scanData
} from "./chunk-E6H5GRHK.mjs";
import "./chunk-PIO7UDJF.mjs";
import "./chunk-OBKOI45Q.mjs";
import "./chunk-MWAICGG4.mjs";
import "./chunk-AUKHAFSQ.mjs";
import "./chunk-Z7FU6QYM.mjs";
import "./chunk-OODZNGRG.mjs";
import "./chunk-HMON5L2P.mjs";
import {
  resolveDataFiles
} from "./chunk-HJAITZ65.mjs";
import "./chunk-I3CLNAZB.mjs";
import {
  writeFileAtomic
} from "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/validate/infer-schema-file.ts
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
async function refuseOutputOverInput(output, files, cwd) {
  const target = resolve(cwd, output);
  const same = files.find((f) => resolve(cwd, f) === target);
  if (same) throw new UserError(`The output ${output} is the data file the schema is inferred from; writing it would destroy the data.`, "input output", "Set output to a YAML file of its own, e.g. .mlci/schema.yml.");
  if ((await stat(target).catch(() => void 0))?.isDirectory()) {
    throw new UserError(`The output ${output} is a directory, not a file the schema can be written to.`, "input output", `Set output to a file path, e.g. ${join(output, "schema.yml")}.`);
  }
}
async function inferSchemaFile(options) {
  const files = await resolveDataFiles(options.files, options.cwd);
  await refuseOutputOverInput(options.output, files, options.cwd ?? process.cwd());
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
export {
  inferSchemaFile
};
