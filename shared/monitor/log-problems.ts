import type { DataIssue } from '../data/read-options.js';

export interface LogProblem {
  file: string;
  line?: number;
  message: string;
}

const KEPT = 50;

/** Problems met while reading logs: the first few kept with their place, all counted. */
export class LogProblems {
  readonly kept: LogProblem[] = [];
  count = 0;

  add(problem: LogProblem): void {
    this.count++;
    if (this.kept.length < KEPT) this.kept.push(problem);
  }

  /** the problems another reader met, after these */
  absorb(count: number, kept: readonly LogProblem[]): void {
    for (const problem of kept) if (this.kept.length < KEPT) this.kept.push(problem);
    this.count += count;
  }

  /** a reader's row issue (a line that is not JSON, bytes that are not UTF-8) */
  readonly onIssue = (issue: DataIssue): void => this.add({ file: issue.source, line: issue.line, message: issue.message });
}
