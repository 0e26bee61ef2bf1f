/**
 * A problem the user can fix: bad input, a wrong path, a policy mistake. Reported without a stack
 * trace, as three parts: what went wrong, where (file, line, column or input name), and how to fix it.
 * Anything that is not a UserError is a bug in mlci and is reported as one.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly what: string,
    readonly where: string | undefined,
    readonly fix: string | undefined,
    /** a file and line that a runner can turn into an annotation */
    readonly location?: SourceLocation,
  ) {
    super([what, where ? `(${where})` : '', fix ? `Fix: ${fix}` : ''].filter(Boolean).join(' '));
  }
}

export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}

/** Describes any thrown value for a message, without losing the cause's own words. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
