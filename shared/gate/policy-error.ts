import { UserError } from '../errors.js';

/** A mistake in the policy file, located at a line so runners can annotate it. */
export function policyError(file: string, line: number | undefined, what: string, fix: string): UserError {
  return new UserError(what, line ? `${file}:${line}` : file, fix, { file, ...(line ? { line } : {}) });
}
