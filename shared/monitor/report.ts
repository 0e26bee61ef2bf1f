import { isPValueMethod, type ColumnDrift } from '../validate/drift/column-drift.js';
import type { MetricValues } from '../metrics/types.js';
import { code, details, escapeMarkdown, heading, table } from '../report/markdown.js';
import { formatNumber, formatPercent } from '../report/format.js';
import type { AlertOutcome } from './alerts.js';
import type { LogProblem } from './log-problems.js';
import type { MonitorPolicy } from './policy.js';
import type { LogFileFailure, LogFileRead } from './read-logs.js';
import type { WindowResult } from './window-figures.js';
import type { OtherVersion } from './monitor.js';

export interface MonitorReportInput {
  model: string | null;
  version: string | null;
  policy: MonitorPolicy;
  windows: WindowResult[];
  alerts: AlertOutcome[];
  files: LogFileRead[];
  failures: LogFileFailure[];
  otherVersions: OtherVersion[];
  notInReference: string[];
  missingFromLogs: string[];
  gated?: MetricValues;
  windowSize: string | null;
  problems: LogProblem[];
  problemCount: number;
}

const CHART_WINDOWS = 30;
const TOP_FEATURES = 10;

/** report.md: the verdict, the alerts, a trend chart per judged figure, the top drifting features. */
export function renderMonitorReport(r: MonitorReportInput): string {
  const firing = r.alerts.filter((a) => a.firing);
  const who = r.model ? `${code(r.model)}${r.version ? ` version ${code(r.version)}` : ''}` : 'the model';
  const out: string[] = [heading(2, `Production monitor: ${firing.length ? `${firing.length} alert${firing.length === 1 ? '' : 's'}` : 'within policy'}`)];
  const rows = r.windows.reduce((s, w) => s + w.rows, 0);
  out.push(`${who}: ${rows} rows in ${r.windows.length} window${r.windows.length === 1 ? '' : 's'}${r.windowSize ? ` of ${r.windowSize}` : ''}, from ${r.files.length} log file${r.files.length === 1 ? '' : 's'}; policy ${escapeMarkdown(r.policy.file)}.`);
  if (r.alerts.length) {
    out.push(
      table(
        ['', 'Rule', 'Level', 'Latest', 'Windows breached'],
        r.alerts.map((a) => [a.firing ? '🔴' : '🟢', escapeMarkdown(a.id), a.level, formatNumber(a.latest), `${a.breaches.filter((b) => b === true).length} of ${a.breaches.filter((b) => b !== null).length}${a.consecutive > 1 ? ` (fires after ${a.consecutive} in a row)` : ''}`]),
        ['center', 'left', 'left', 'right', 'right'],
      ),
    );
  }
  out.push(...warnings(r));
  for (const a of r.alerts) out.push(trendChart(a.figure, r.windows, a));
  out.push(topDriftingFeatures(r.windows));
  out.push(windowTable(r.windows, r.gated));
  return `${out.filter(Boolean).join('\n\n')}\n`;
}

function warnings(r: MonitorReportInput): string[] {
  const out: string[] = [];
  for (const f of r.failures) out.push(`> [!WARNING]\n> ${escapeMarkdown(f.file)} could not be read to its end (${escapeMarkdown(f.message)}); the rows before the fault are counted, the other files were read.`);
  for (const v of r.otherVersions) out.push(`> [!NOTE]\n> ${v.rows} rows from ${escapeMarkdown(v.model ?? 'an unnamed model')} version ${escapeMarkdown(v.version ?? '(none)')} (${v.first ?? '?'} to ${v.last ?? '?'}) are left out: only the monitored version's rows are judged.`);
  if (r.notInReference.length) out.push(`> [!NOTE]\n> Not in the reference, so not tested for drift: ${r.notInReference.slice(0, 20).map((c) => escapeMarkdown(c)).join(', ')}.`);
  if (r.missingFromLogs.length) out.push(`> [!WARNING]\n> Reference features no window has: ${r.missingFromLogs.slice(0, 20).map((c) => escapeMarkdown(c)).join(', ')}.`);
  if (r.problemCount) out.push(details(`${r.problemCount} log line${r.problemCount === 1 ? '' : 's'} skipped`, r.problems.slice(0, 10).map((p) => `- ${escapeMarkdown(p.file)}${p.line ? `:${p.line}` : ''}: ${escapeMarkdown(p.message)}`).join('\n')));
  return out;
}

function windowLabel(w: WindowResult, i: number): string {
  return w.start ? w.start.slice(0, 16).replace('T00:00', '').replace('T', ' ') : `all ${i + 1}`;
}

/** a Mermaid xychart-beta line of one figure over the windows (GitHub renders it), with the limits as lines */
function trendChart(figure: string, windows: WindowResult[], alert: AlertOutcome): string {
  const shown = windows.slice(-CHART_WINDOWS);
  const values = shown.map((w) => w.figures[figure]);
  if (shown.length < 2 || values.every((v) => v === null || v === undefined)) return '';
  const numbers = values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? Number(v.toPrecision(4)) : 0));
  const limits = [alert.low, alert.high].filter((v): v is number => v !== undefined && Number.isFinite(v));
  const lo = Math.min(...numbers, ...limits);
  const hi = Math.max(...numbers, ...limits);
  const pad = hi > lo ? (hi - lo) * 0.1 : Math.abs(hi) * 0.1 || 1;
  const chart = [
    '```mermaid',
    'xychart-beta',
    `  title "${figure.replace(/[^\w]/g, ' ')} per window"`,
    // labels are our own ISO dates, but keep the syntax safe regardless
    `  x-axis [${shown.map((w, i) => `"${windowLabel(w, i).replace(/[^\w :.-]/g, '')}"`).join(', ')}]`,
    `  y-axis "${figure.replace(/[^\w]/g, ' ')}" ${Number((lo - pad).toPrecision(4))} --> ${Number((hi + pad).toPrecision(4))}`,
    `  line [${numbers.join(', ')}]`,
    ...limits.map((l) => `  line [${shown.map(() => Number(l.toPrecision(4))).join(', ')}]`),
    '```',
  ].join('\n');
  return details(`Trend: ${figure}${limits.length ? ' (flat lines: the limits)' : ''}`, chart, alert.firing);
}

/** how strongly a column drifted, comparable across methods: the p-value's or distance's ratio to its threshold */
function driftStrength(d: ColumnDrift): number {
  return isPValueMethod(d.method) ? d.threshold / Math.max(d.value, 1e-300) : d.value / d.threshold;
}

function topDriftingFeatures(windows: WindowResult[]): string {
  const judged = windows.filter((w) => !w.baseline);
  const last = judged[judged.length - 1];
  if (!last || last.featureDrift.columns.length === 0) return '';
  const driftedIn = new Map<string, number>();
  for (const w of judged) for (const c of w.featureDrift.columns) if (c.drifted) driftedIn.set(c.column, (driftedIn.get(c.column) ?? 0) + 1);
  const top = [...last.featureDrift.columns].sort((a, b) => driftStrength(b) - driftStrength(a)).slice(0, TOP_FEATURES);
  return [
    heading(3, `Top drifting features (latest window: ${last.featureDrift.driftedColumns} of ${last.featureDrift.testedColumns} drifted, ${formatPercent(last.featureDrift.share)})`),
    table(
      ['Feature', 'Method', 'Value', 'Drift at', 'Latest', 'Windows drifted'],
      top.map((c) => [escapeMarkdown(c.column), c.method, formatNumber(c.value), `${isPValueMethod(c.method) ? '≤' : '≥'} ${c.threshold}`, c.drifted ? '⚠️ drifted' : 'ok', `${driftedIn.get(c.column) ?? 0} of ${judged.length}`]),
      ['left', 'left', 'right', 'right', 'left', 'right'],
    ),
  ].join('\n\n');
}

function windowTable(windows: WindowResult[], gated: MetricValues | undefined): string {
  const metricNames = [...new Set(windows.flatMap((w) => Object.keys(w.performance?.metrics ?? {})))].slice(0, 4);
  const headers = ['Window', 'Rows', 'Feature drift', 'Prediction drift', 'Missing', 'Schema', ...metricNames.map((m) => `${m}${gated?.[m] !== undefined ? ` (gated ${formatNumber(gated[m])})` : ''}`)];
  const rows = windows.map((w, i) => [
    `${windowLabel(w, i)}${w.baseline ? ' (baseline)' : ''}`,
    String(w.rows),
    w.featureDrift.testedColumns ? `${w.featureDrift.driftedColumns}/${w.featureDrift.testedColumns}` : '–',
    formatNumber(w.figures.prediction_drift),
    formatPercent(w.figures.missing_share),
    w.figures.schema_violations === null ? '–' : String(w.figures.schema_violations),
    ...metricNames.map((m) => formatNumber(w.performance?.metrics[m])),
  ]);
  return details(`Every window (${windows.length})`, table(headers, rows), windows.length <= 7);
}
