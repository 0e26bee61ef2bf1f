import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import type { Logger } from '../log.js';
import { resolveDataFiles } from './resolve-files.js';
import { scanData } from './scan-data.js';
import { inferSchema } from './schema/infer-schema.js';
import { schemaToYaml } from './schema/schema-yaml.js';
import type { DataSchema } from './schema/types.js';

export interface InferSchemaFileOptions {
  /** reference data files or globs */
  files: string[];
  /** where to write the YAML */
  output: string;
  target?: string;
  delimiter?: string;
  cwd?: string;
  logger: Logger;
}

/** The schema must never replace the data it describes, nor stand where a folder is. */
async function refuseOutputOverInput(output: string, files: string[], cwd: string): Promise<void> {
  const target = resolve(cwd, output);
  const same = files.find((f) => resolve(cwd, f) === target);
  if (same) throw new UserError(`The output ${output} is the data file the schema is inferred from; writing it would destroy the data.`, 'input output', 'Set output to a YAML file of its own, e.g. .mlci/schema.yml.');
  if ((await stat(target).catch(() => undefined))?.isDirectory()) {
    throw new UserError(`The output ${output} is a directory, not a file the schema can be written to.`, 'input output', `Set output to a file path, e.g. ${join(output, 'schema.yml')}.`);
  }
}

/** `mlci infer-schema`: profiles reference data and writes a schema for the user to review and commit. */
export async function inferSchemaFile(options: InferSchemaFileOptions): Promise<{ schema: DataSchema; path: string; yaml: string }> {
  const files = await resolveDataFiles(options.files, options.cwd);
  await refuseOutputOverInput(options.output, files, options.cwd ?? process.cwd());
  const scan = await scanData(files, { logger: options.logger, ...(options.delimiter ? { delimiter: options.delimiter } : {}) });
  const failure = scan.fileFailures[0];
  if (failure) throw new UserError(failure.message, failure.line ? `${failure.file}:${failure.line}` : failure.file, 'Infer the schema from data that reads cleanly (run validate-data on it to see every problem).', { file: failure.file, ...(failure.line ? { line: failure.line } : {}) });
  const schema = inferSchema(scan.profile, options.target ? { target: options.target } : {});
  const yaml = schemaToYaml(schema, ` Data schema inferred by mlci from ${files.join(', ')} (${scan.profile.rows} rows).\n Review the types, ranges and allowed values, then commit it. Format: docs/validate-data.md`);
  await writeFileAtomic(options.output, yaml);
  options.logger.info(`Wrote a schema for ${schema.columns.length} columns to ${options.output}`);
  return { schema, path: options.output, yaml };
}
