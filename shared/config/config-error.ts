import { UserError } from '../errors.js';

/** A mistake in a configuration file (a policy, a schema), located at a line so runners can annotate it. */
export function configError(file: string, line: number | undefined, what: string, fix: string): UserError {
  return new UserError(what, line ? `${file}:${line}` : file, fix, { file, ...(line ? { line } : {}) });
}
