import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  inferSchema,
  schemaToYaml
} from "./chunk-U6A5XXDV.mjs";
import "./chunk-DYWEVUKM.mjs";
import {
  writeFileAtomic
} from "./chunk-LMEGT7DZ.mjs";
import {
  resolveDataFiles
} from "./chunk-MUF43UFQ.mjs";
import "./chunk-SKS7E2VR.mjs";
import {
  scanData
} from "./chunk-OTZHTNTE.mjs";
import "./chunk-JCJ7PNO6.mjs";
import "./chunk-N33DWWIP.mjs";
import {
  UserError
} from "./chunk-Y5HJ3DQY.mjs";
import "./chunk-AR3GCIHW.mjs";

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
export {
  inferSchemaFile
};
