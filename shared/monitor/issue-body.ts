import { escapeMarkdown, table } from '../report/markdown.js';
import { formatNumber } from '../report/format.js';
import type { AlertOutcome } from './alerts.js';
import { NO_MEMORY, type MonitorMemory } from './decide.js';

export const MONITOR_LABEL = 'mlci/monitor';

/** the hidden line that says which model an issue is about; the name is URI-encoded so it cannot end the comment */
export function issueMarker(model: string): string {
  return `<!-- mlci-monitor model=${encodeURIComponent(model)} -->`;
}

const MEMORY_PREFIX = '<!-- mlci-monitor-state ';

export function issueTitle(model: string): string {
  return `mlci monitor: ${model} is outside its monitoring policy`;
}

/** the memory an issue body holds; nothing (a fresh start) when it holds none or a damaged one */
export function readMemory(body: string | null | undefined): MonitorMemory {
  const start = body?.indexOf(MEMORY_PREFIX) ?? -1;
  if (!body || start < 0) return NO_MEMORY;
  const end = body.indexOf(' -->', start);
  try {
    const json = JSON.parse(Buffer.from(body.slice(start + MEMORY_PREFIX.length, end), 'base64').toString('utf8')) as Partial<MonitorMemory>;
    return { ...NO_MEMORY, ...json, firing: Array.isArray(json.firing) ? json.firing.map(String) : [] };
  } catch {
    return NO_MEMORY;
  }
}

export interface IssueBodyInput {
  model: string;
  version: string | null;
  memory: MonitorMemory;
  alerts: AlertOutcome[];
  /** this run's page, where the full report and monitor.json are */
  runUrl: string | null;
  windows: number;
  rows: number;
}

/** The issue's body, replaced on every run: what fires, since when, the retraining run, the hidden markers. */
export function renderIssueBody(b: IssueBodyInput): string {
  const firing = b.alerts.filter((a) => a.firing);
  const lines = [
    issueMarker(b.model),
    `${MEMORY_PREFIX}${Buffer.from(JSON.stringify(b.memory)).toString('base64')} -->`,
    `**${escapeMarkdown(b.model)}**${b.version ? ` version ${escapeMarkdown(b.version)}` : ''}: ${firing.length ? `${firing.length} alert${firing.length === 1 ? '' : 's'} firing${b.memory.since ? ` since ${b.memory.since}` : ''}` : 'back within policy'} (${b.rows} rows in ${b.windows} window${b.windows === 1 ? '' : 's'}).`,
    '',
    table(
      ['', 'Rule', 'Level', 'Latest'],
      b.alerts.map((a) => [a.firing ? '🔴' : '🟢', escapeMarkdown(a.id), a.level, formatNumber(a.latest)]),
    ),
    '',
  ];
  if (b.memory.lastDispatchAt) lines.push(`Retraining dispatched at ${b.memory.lastDispatchAt}${b.memory.lastDispatchUrl ? `: ${b.memory.lastDispatchUrl}` : ''}.`, '');
  if (b.runUrl) lines.push(`Report, trend charts and monitor.json: ${b.runUrl}`, '');
  lines.push('_Kept up to date by mlci monitor: it replaces this text on every run, comments when the state changes, and closes the issue when the figures are back within policy._');
  return lines.join('\n');
}
