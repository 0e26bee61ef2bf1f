import type { AlertLevel } from './policy.js';

/** What the monitor remembers between runs, kept in its issue (a hidden comment in the body). */
export interface MonitorMemory {
  /** the figures firing at the last run, sorted */
  firing: string[];
  /** when the current alert started (ISO), null when none is firing */
  since: string | null;
  lastDispatchAt: string | null;
  lastDispatchUrl: string | null;
}

export const NO_MEMORY: MonitorMemory = { firing: [], since: null, lastDispatchAt: null, lastDispatchUrl: null };

export interface FiringAlert {
  figure: string;
  id: string;
  level: AlertLevel;
}

export interface DecisionInput {
  now: number;
  cooldownMs: number;
  firing: FiringAlert[];
  /** the model's monitor issue, when one exists (open or closed) */
  issue: { number: number; open: boolean; memory: MonitorMemory } | null;
  /** whether a retraining workflow or event is configured */
  canDispatch: boolean;
}

export type IssueAction =
  | { kind: 'none' }
  | { kind: 'open' }
  /** an alert starts again: the model's one issue is reopened, never a second one made */
  | { kind: 'reopen'; comment: string }
  /** the body is replaced every run; a comment only when the state changed */
  | { kind: 'update'; comment: string | null }
  | { kind: 'close'; comment: string };

export interface MonitorDecision {
  issue: IssueAction;
  /** retrain: a critical alert fires and the cooldown since the last dispatch has passed */
  dispatch: { reason: string } | null;
  /** what to remember (the dispatch's URL is filled in once it is made) */
  memory: MonitorMemory;
}

/**
 * What to do about the model's issue and retraining, from the alerts firing now and what the last
 * run remembered: a pure function, so every transition is tested without GitHub.
 */
export function decide(input: DecisionInput): MonitorDecision {
  const previous = input.issue?.memory ?? NO_MEMORY;
  const figures = [...new Set(input.firing.map((a) => a.figure))].sort();
  const nowIso = new Date(input.now).toISOString();
  const alerting = figures.length > 0;
  const wasAlerting = input.issue?.open === true && previous.firing.length > 0;
  const critical = input.firing.filter((a) => a.level === 'critical');
  const lastDispatch = previous.lastDispatchAt ? Date.parse(previous.lastDispatchAt) : NaN;
  const cooled = Number.isNaN(lastDispatch) || input.now - lastDispatch >= input.cooldownMs;
  const dispatch = alerting && input.canDispatch && critical.length > 0 && cooled ? { reason: `mlci monitor: ${critical.map((a) => a.id).join('; ')}` } : null;
  const memory: MonitorMemory = {
    firing: figures,
    since: alerting ? (wasAlerting ? previous.since ?? nowIso : nowIso) : null,
    lastDispatchAt: dispatch ? nowIso : previous.lastDispatchAt,
    lastDispatchUrl: dispatch ? null : previous.lastDispatchUrl,
  };
  let issue: IssueAction;
  if (alerting) {
    if (!input.issue) issue = { kind: 'open' };
    else if (!input.issue.open) issue = { kind: 'reopen', comment: changeComment([], input.firing, dispatch !== null) };
    else {
      const changed = figures.join('\n') !== previous.firing.join('\n');
      issue = { kind: 'update', comment: changed || dispatch ? changeComment(previous.firing, input.firing, dispatch !== null) : null };
    }
  } else if (input.issue?.open) {
    issue = { kind: 'close', comment: `Back within policy: ${previous.firing.length ? `${previous.firing.join(', ')} no longer alert${previous.firing.length === 1 ? 's' : ''}` : 'no alert fires'}. Closing; the monitor reopens this issue if an alert starts again.` };
  } else issue = { kind: 'none' };
  return { issue, dispatch, memory };
}

function changeComment(before: string[], firing: FiringAlert[], dispatched: boolean): string {
  const now = new Set(firing.map((a) => a.figure));
  const started = firing.filter((a) => !before.includes(a.figure));
  const cleared = before.filter((f) => !now.has(f));
  const lines: string[] = [];
  if (started.length) lines.push(`Alert${started.length === 1 ? '' : 's'} started: ${started.map((a) => `\`${a.id}\` (${a.level})`).join(', ')}.`);
  if (cleared.length) lines.push(`Cleared: ${cleared.map((f) => `\`${f}\``).join(', ')}.`);
  if (!started.length && !cleared.length) lines.push(`Still firing: ${firing.map((a) => `\`${a.id}\``).join(', ')}.`);
  if (dispatched) lines.push('Retraining was dispatched (see the issue body for the run).');
  return lines.join('\n');
}
