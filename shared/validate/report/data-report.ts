import { formatNumber, formatPercent } from '../../report/format.js';
import { code, details, escapeMarkdown, heading, table } from '../../report/markdown.js';
import type { ColumnDrift, DatasetDrift } from '../drift/column-drift.js';
import type { ColumnStatisticsJson } from '../stats/column-profile.js';
import type { DatasetStatisticsJson } from '../stats/dataset-profile.js';
import { describeExample, type RuleResult, type Verdict } from '../rules/rule-result.js';
import { sparkline } from './sparkline.js';

const ICON: Record<Verdict, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '➖' };
const FAILURES_LISTED = 20;

export interface DataReportInput {
  statistics: DatasetStatisticsJson;
  rules: RuleResult[];
  drift?: DatasetDrift;
  /** where the reference came from, for the drift line */
  referenceName?: string;
  schemaName: string;
}

/**
 * report.md: the verdict, the failures with their first offending rows, and a table of columns
 * with status, key statistics, a distribution sparkline and drift. Every piece of text that comes
 * from the data (column names, values, file names) is escaped.
 */
export function renderDataReport(input: DataReportInput): string {
  const { statistics: stats, rules, drift } = input;
  const failed = rules.filter((r) => r.verdict === 'fail');
  const passed = failed.length === 0;
  const out: string[] = [];
  out.push(heading(2, `${passed ? '✅' : '❌'} Data validation ${passed ? 'passed' : 'failed'}`));
  const fileWord = stats.files.length === 1 ? 'file' : 'files';
  const summary = [
    `${formatNumber(stats.rows)} rows in ${stats.files.length} ${fileWord}, ${stats.columns.length} columns`,
    `${rules.length - failed.length} of ${rules.length} rules passed (schema: ${escapeMarkdown(input.schemaName)})`,
  ];
  if (drift) {
    summary.push(
      `drift against ${escapeMarkdown(input.referenceName ?? 'the reference')}: ${drift.driftedColumns} of ${drift.testedColumns} columns drifted (${formatPercent(drift.share)}; the dataset drifts at ${formatPercent(drift.driftShare)}) — ${drift.drifted ? '**dataset drift**' : 'no dataset drift'}`,
    );
  }
  out.push(summary.join(' · '));
  if (failed.length) {
    out.push(heading(3, 'Failures'));
    const lines = failed.slice(0, FAILURES_LISTED).map((r) => `- ${ICON.fail} ${ruleTitle(r)}: ${escapeMarkdown(r.message, 300)}${examplesText(r)}`);
    if (failed.length > FAILURES_LISTED) lines.push(`- … and ${failed.length - FAILURES_LISTED} more in validation.json`);
    out.push(lines.join('\n'));
  }
  out.push(heading(3, 'Columns'));
  out.push(columnsTable(stats.columns, rules, drift?.columns ?? []));
  const dataset = rules.filter((r) => !r.column);
  out.push(details('Dataset rules', table(['Rule', 'Verdict', 'Result'], dataset.map((r) => [code(r.id), ICON[r.verdict], escapeMarkdown(r.message, 300)]))));
  return `${out.join('\n\n')}\n`;
}

function ruleTitle(r: RuleResult): string {
  return r.column ? `${code(r.rule)} of ${escapeMarkdown(r.column)}` : code(r.rule);
}

function examplesText(r: RuleResult): string {
  if (!r.examples?.length) return '';
  const shown = r.examples.slice(0, 3).map((e) => `${escapeMarkdown(describeExample(e))}${e.value !== undefined && e.row > 0 ? ` (${escapeMarkdown(JSON.stringify(e.value), 60)})` : ''}`);
  return ` — at ${shown.join(', ')}${r.examples.length > 3 ? ', …' : ''}`;
}

function columnsTable(columns: ColumnStatisticsJson[], rules: RuleResult[], drifts: ColumnDrift[]): string {
  const driftOf = new Map(drifts.map((d) => [d.column, d]));
  const rows = columns.map((c) => {
    const own = rules.filter((r) => r.column === c.name);
    const d = driftOf.get(c.name);
    const verdict: Verdict = own.some((r) => r.verdict === 'fail') ? 'fail' : own.some((r) => r.verdict === 'warn') || d?.drifted ? 'warn' : 'pass';
    const n = c.numeric;
    const missing = c.count ? formatPercent(c.missing / c.count) : '—';
    const centre = n ? `${formatNumber(n.mean)} ± ${formatNumber(n.std)}` : '';
    const range = n ? `${formatNumber(n.min)} … ${formatNumber(n.max)}` : '';
    const picture = n?.histogram ? `\`${sparkline(n.histogram.counts)}\`` : categoryPicture(c);
    return [escapeMarkdown(c.name), ICON[verdict], c.kind, missing, String(c.distinct), centre, range, picture, d ? driftText(d) : '—'];
  });
  return table(['Column', 'Status', 'Kind', 'Missing', 'Distinct', 'Mean ± std', 'Min … max', 'Distribution', 'Drift'], rows, ['left', 'center', 'left', 'right', 'right', 'right', 'right', 'left', 'left']);
}

function categoryPicture(c: ColumnStatisticsJson): string {
  const present = c.count - c.missing;
  if (!present || c.top.length === 0) return '';
  return c.top
    .slice(0, 3)
    .map(([v, n]) => `${escapeMarkdown(v, 24)} ${formatPercent(n / present, 2)}`)
    .join(', ');
}

const METHOD_NAMES: Record<ColumnDrift['method'], string> = { ks: 'KS p', chisquare: 'χ² p', wasserstein: 'W₁/σ', psi: 'PSI', jensenshannon: 'JS' };

function driftText(d: ColumnDrift): string {
  return `${d.drifted ? '**drift**' : 'ok'} (${METHOD_NAMES[d.method]} = ${formatNumber(d.value, 3)}${d.approximate ? ', sampled' : ''})`;
}
