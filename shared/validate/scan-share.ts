import type { DataIssue } from '../data/read-options.js';
import type { Logger } from '../log.js';
import { ColumnRules } from './rules/column-rules.js';
import type { FileFailure } from './rules/dataset-rules.js';
import { MAX_EXAMPLES, type RuleExample } from './rules/rule-result.js';
import { KEPT_ROW_ISSUES, type ScanResult } from './scan-data.js';
import type { DataSchema } from './schema/types.js';
import { DatasetProfile, type DatasetStatisticsJson } from './stats/dataset-profile.js';
import { emptyMoments, mergeMoments, type Moments } from './stats/moments.js';

/** What scanning one share of the rows of one file gives, as plain data to post between processes. */
export interface ShareResult {
  /** the share's statistics; still a DatasetProfile when the share was read in the joining process (nothing to copy) */
  profile: DatasetStatisticsJson | DatasetProfile;
  /** per column, each batch's moments in order (merged in order, they are the one-pass moments) */
  momentLogs: [string, Moments[]][];
  rules: ColumnRulesState[];
  header: string[];
  fileFailure?: FileFailure;
  rowIssues: DataIssue[];
  rowIssueCount: number;
}

interface TallyState {
  checked: number;
  failed: number;
  examples: RuleExample[];
}

const TALLIES = ['missing', 'type', 'min', 'max', 'allowed', 'regex', 'unique'] as const;

export interface ColumnRulesState {
  rows: number;
  absentIn: string[];
  tallies: TallyState[];
}

/** `live`: keep the profile as it is (for joinShares in this process), not as plain data */
export function shareResultOf(scan: ScanResult, live = false): ShareResult {
  const momentLogs: [string, Moments[]][] = [];
  for (const [name, column] of scan.profile.columns) momentLogs.push([name, column.momentLog ?? []]);
  return {
    profile: live ? scan.profile : scan.profile.toJSON(),
    momentLogs,
    rules: scan.columnRules.map(rulesStateOf),
    header: scan.headers[0] ?? [],
    ...(scan.fileFailures[0] ? { fileFailure: scan.fileFailures[0] } : {}),
    rowIssues: scan.rowIssues,
    rowIssueCount: scan.rowIssueCount,
  };
}

/** a column's rule tallies as plain data (absorbRules adds them to another's) */
export function rulesStateOf(r: ColumnRules): ColumnRulesState {
  return { rows: r.rows, absentIn: r.absentIn, tallies: TALLIES.map((t) => ({ checked: r[t].checked, failed: r[t].failed, examples: r[t].examples })) };
}

/** the shares of one file, in row order */
export interface FileShares {
  file: string;
  shares: ShareResult[];
}

/**
 * Joins the shares of the files, in order, into the result one reading of them all gives: sums and
 * sketches merge exactly, moments merge batch by batch in the one-pass order, and the first offending
 * rows and row problems are the first ones over the shares. As in one reading, a file's rows after a
 * failure are not read: its shares after a failing one are dropped.
 * Throws the UserError of DatasetProfile.merge when shares profiled a column differently (a column
 * the schema does not fix whose kind each share guessed from its own first rows).
 */
export function joinShares(files: FileShares[], schema: DataSchema | undefined, checkRules: boolean, logger: Logger | undefined): Omit<ScanResult, 'duplicates'> {
  // the first share's profile takes in the others' in place (DatasetProfile.absorb), rather than
  // building a new profile and row sample for each pair merged
  let profile: DatasetProfile | undefined;
  const columnRules = (checkRules ? schema?.columns : undefined)?.map((c) => new ColumnRules(c)) ?? [];
  const logs = new Map<string, Moments>();
  const headers: string[][] = [];
  const fileFailures: FileFailure[] = [];
  const rowIssues: DataIssue[] = [];
  let rowIssueCount = 0;
  for (const { file, shares } of files) {
    let rows = 0;
    for (const share of shares) {
      const partRows = share.profile.rows;
      rows += partRows;
      const before = profile?.files.length ?? 0;
      if (!profile) profile = share.profile instanceof DatasetProfile ? share.profile : DatasetProfile.fromJSON(share.profile);
      else if (share.profile instanceof DatasetProfile) profile = profile.merge(share.profile);
      else profile.absorb(share.profile);
      // one file, one entry, as one reading counts it
      if (rows > partRows && profile.files.length === before + 1) {
        profile.files.pop();
        profile.files[before - 1]!.rows += partRows;
      }
      for (const [name, log] of share.momentLogs) {
        let m = logs.get(name) ?? emptyMoments();
        for (const batch of log) m = mergeMoments(m, batch);
        logs.set(name, m);
      }
      share.rules.forEach((state, k) => absorbRules(columnRules[k]!, state));
      for (const issue of share.rowIssues) if (rowIssues.length < KEPT_ROW_ISSUES) rowIssues.push(issue);
      rowIssueCount += share.rowIssueCount;
      if (share.fileFailure) {
        fileFailures.push(share.fileFailure);
        logger?.warning(share.fileFailure.message, { file: share.fileFailure.file, ...(share.fileFailure.line ? { line: share.fileFailure.line } : {}) });
        break;
      }
    }
    headers.push(shares[0]?.header ?? []);
    logger?.debug(`read ${rows} rows from ${file}`);
  }
  profile ??= new DatasetProfile();
  for (const [name, m] of logs) profile.columns.get(name)!.moments = m;
  const columnResults = columnRules.flatMap((c) => c.results());
  return { profile, columnResults, columnRules, headers, fileFailures, rowIssues, rowIssueCount };
}

export function absorbRules(into: ColumnRules, state: ColumnRulesState): void {
  into.rows += state.rows;
  for (const file of state.absentIn) if (!into.absentIn.includes(file)) into.absentIn.push(file);
  TALLIES.forEach((name, k) => {
    const tally = into[name];
    const part = state.tallies[k]!;
    tally.checked += part.checked;
    tally.failed += part.failed;
    for (const e of part.examples) if (tally.examples.length < MAX_EXAMPLES) tally.examples.push(e);
  });
}
