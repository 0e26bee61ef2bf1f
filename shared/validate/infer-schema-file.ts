import { UserError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import type { Logger } from '../log.js';
import { resolveDataFiles } from './resolve-files.js';
import { scanData } from './scan-data.js';
import { inferSchema, schemaToYaml } from './schema/infer-schema.js';
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

/** `mlci infer-schema`: profiles reference data and writes a schema for the user to review and commit. */
export async function inferSchemaFile(options: InferSchemaFileOptions): Promise<{ schema: DataSchema; path: string; yaml: string }> {
  const files = await resolveDataFiles(options.files, options.cwd);
  const scan = await scanData(files, { logger: options.logger, ...(options.delimiter ? { delimiter: options.delimiter } : {}) });
  const failure = scan.fileFailures[0];
  if (failure) throw new UserError(failure.message, failure.line ? `${failure.file}:${failure.line}` : failure.file, 'Infer the schema from data that reads cleanly (run validate-data on it to see every problem).', { file: failure.file, ...(failure.line ? { line: failure.line } : {}) });
  const schema = inferSchema(scan.profile, options.target ? { target: options.target } : {});
  const yaml = schemaToYaml(schema, ` Data schema inferred by mlci from ${files.join(', ')} (${scan.profile.rows} rows).\n Review the types, ranges and allowed values, then commit it. Format: docs/validate-data.md`);
  await writeFileAtomic(options.output, yaml);
  options.logger.info(`Wrote a schema for ${schema.columns.length} columns to ${options.output}`);
  return { schema, path: options.output, yaml };
}
