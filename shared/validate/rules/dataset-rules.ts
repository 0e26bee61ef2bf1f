import { formatPercent } from '../../report/format.js';
import type { DataIssue } from '../../data/read-options.js';
import type { DatasetProfile } from '../stats/dataset-profile.js';
import type { DataSchema } from '../schema/types.js';
import type { DuplicateRows } from './duplicate-rows.js';
import { MAX_EXAMPLES, type RuleResult } from './rule-result.js';

/** a file that could not be read at all (empty, header only, too long a line) */
export interface FileFailure {
  file: string;
  message: string;
  line?: number;
}

export interface DatasetFindings {
  schema: DataSchema;
  profile: DatasetProfile;
  files: string[];
  fileFailures: FileFailure[];
  rowIssues: DataIssue[];
  rowIssueCount: number;
  duplicates?: DuplicateRows;
}

/** Verdicts on the dataset as a whole: readable files, well-formed rows, columns, size, duplicates, balance. */
export function datasetRuleResults(f: DatasetFindings): RuleResult[] {
  const out: RuleResult[] = [];
  const { schema, profile } = f;
  out.push({
    id: 'dataset.readable',
    rule: 'readable',
    verdict: f.fileFailures.length ? 'fail' : 'pass',
    message: f.fileFailures.length ? f.fileFailures.map((x) => x.message).join('; ') : `${f.files.length} file${f.files.length === 1 ? '' : 's'} read`,
    failed: f.fileFailures.length,
    checked: f.files.length,
    ...(f.fileFailures.length ? { examples: f.fileFailures.slice(0, MAX_EXAMPLES).map((x) => ({ file: x.file, row: 0, value: x.message, ...(x.line ? { line: x.line } : {}) })) } : {}),
  });
  out.push({
    id: 'dataset.well_formed_rows',
    rule: 'well_formed_rows',
    verdict: f.rowIssueCount ? 'fail' : 'pass',
    message: f.rowIssueCount ? `${f.rowIssueCount} malformed row${f.rowIssueCount === 1 ? '' : 's'}: ${f.rowIssues[0]!.message}${f.rowIssueCount > 1 ? ', …' : ''}` : 'every row has as many cells as the header, in valid UTF-8',
    failed: f.rowIssueCount,
    checked: profile.rows,
    ...(f.rowIssueCount ? { examples: f.rowIssues.slice(0, MAX_EXAMPLES).map((i) => ({ file: i.source, line: i.line, row: 0, value: i.message })) } : {}),
  });
  const declared = new Set(schema.columns.map((c) => c.name));
  const extra = [...profile.columns.keys()].filter((n) => !declared.has(n));
  out.push({
    id: 'dataset.extra_columns',
    rule: 'extra_columns',
    verdict: extra.length === 0 ? 'pass' : schema.dataset.extraColumns === 'fail' ? 'fail' : 'warn',
    message: extra.length ? `columns not in the schema: ${extra.join(', ')}` : 'every column is in the schema',
  });
  const rows = schema.dataset.rows;
  if (rows) {
    const ok = (rows.min === undefined || profile.rows >= rows.min) && (rows.max === undefined || profile.rows <= rows.max);
    const expected = [rows.min !== undefined ? `≥ ${rows.min}` : '', rows.max !== undefined ? `≤ ${rows.max}` : ''].filter(Boolean).join(' and ');
    out.push({ id: 'dataset.rows', rule: 'rows', verdict: ok ? 'pass' : 'fail', message: `${profile.rows} rows (expected ${expected})`, expected, observed: String(profile.rows) });
  }
  if (schema.dataset.maxDuplicateShare !== undefined && f.duplicates) {
    const t = f.duplicates.tally;
    const max = schema.dataset.maxDuplicateShare;
    if (f.duplicates.gaveUp) {
      out.push({ id: 'dataset.duplicate_rows', rule: 'duplicate_rows', verdict: 'skip', message: 'too many rows to check for duplicates in bounded memory' });
    } else {
      const observed = t.checked ? t.failed / t.checked : 0;
      out.push({
        id: 'dataset.duplicate_rows',
        rule: 'duplicate_rows',
        verdict: observed <= max + 1e-12 ? 'pass' : 'fail',
        message: `${t.failed} of ${t.checked} rows repeat an earlier row (${formatPercent(observed)}; allowed ${max === 0 ? 'none' : formatPercent(max)})`,
        expected: `≤ ${max}`,
        observed: String(observed),
        failed: t.failed,
        checked: t.checked,
        ...(t.failed ? { examples: t.examples } : {}),
      });
    }
  }
  const target = schema.dataset.target;
  if (target && schema.dataset.minClassShare !== undefined) {
    const declared = schema.columns.find((c) => c.name === target)?.allowedValues?.value ?? [];
    out.push(labelBalance(profile, target, schema.dataset.minClassShare, declared));
  }
  return out;
}

/** `declared`: the target's allowed_values; a declared class that never occurs has a share of 0 */
function labelBalance(profile: DatasetProfile, target: string, minShare: number, declared: readonly string[]): RuleResult {
  const base = { id: 'dataset.label_balance', rule: 'label_balance' as const, column: target, expected: `every class ≥ ${formatPercent(minShare)}` };
  const column = profile.columns.get(target);
  const counts = column?.valueCounts();
  if (!column || !counts || counts.counts.length === 0) return { ...base, verdict: 'fail', message: `the target column "${target}" has no values` };
  if (!counts.exact) return { ...base, verdict: 'skip', message: `the target column "${target}" has too many distinct values to count classes exactly` };
  const present = counts.counts.reduce((s, [, n]) => s + n, 0);
  const seen = new Set(counts.counts.map(([v]) => String(v)));
  const shares = [...counts.counts.map(([v, n]) => [v, n / present] as const), ...declared.filter((v) => !seen.has(v)).map((v) => [v, 0] as const)];
  const low = shares.filter(([, s]) => s < minShare);
  const observed = shares.map(([v, s]) => `${v}: ${formatPercent(s)}`).join(', ');
  return {
    ...base,
    verdict: low.length ? 'fail' : 'pass',
    message: low.length ? `classes below ${formatPercent(minShare)} of the rows: ${low.map(([v, s]) => `${v} (${formatPercent(s)})`).join(', ')}` : `class shares ${observed}`,
    observed,
  };
}
