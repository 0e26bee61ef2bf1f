import { UserError } from '../errors.js';
import type { DataIssue, DataIssueKind } from './read-options.js';

const FIXES: Record<DataIssueKind, string> = {
  'short-row': 'give every row as many cells as the header has columns (an empty cell is a missing value), or pass the right delimiter',
  'long-row': 'give every row as many cells as the header has columns; quote cells that contain the delimiter',
  'invalid-utf8': 'save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`)',
  'unterminated-quote': 'close the quote, or double any quote character inside a quoted cell ("")',
  'bad-json': 'make each line one complete JSON object',
  'nested-value': 'flatten nested objects and arrays into one key per value',
};

/**
 * Routes row problems: to the caller's `onIssue` in lenient mode, or as a UserError at the first
 * one in strict mode.
 */
export class IssueSink {
  constructor(
    private readonly source: string,
    private readonly onIssue: ((issue: DataIssue) => void) | undefined,
  ) {}

  report(kind: DataIssueKind, line: number, message: string): void {
    const issue: DataIssue = { kind, source: this.source, line, message };
    if (!this.onIssue) throw issueError(issue);
    this.onIssue(issue);
  }
}

export function issueError(issue: DataIssue): UserError {
  return new UserError(issue.message, `${issue.source}:${issue.line}`, FIXES[issue.kind], { file: issue.source, line: issue.line });
}
