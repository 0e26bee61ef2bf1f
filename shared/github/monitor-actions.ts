import type { AlertOutcome } from '../monitor/alerts.js';
import { decide, type MonitorDecision } from '../monitor/decide.js';
import { readMemory, renderIssueBody } from '../monitor/issue-body.js';
import type { GitHubApi } from './client.js';
import { dispatchRetraining, type RetrainTarget } from './dispatch.js';
import { applyIssueAction, findMonitorIssue, type RepoRef } from './monitor-issue.js';

export interface MonitorActionInput {
  model: string;
  version: string | null;
  alerts: AlertOutcome[];
  windows: number;
  rows: number;
  cooldownMs: number;
  now: number;
  runUrl: string | null;
  retrain?: { target: RetrainTarget; ref: string; window: string; data: string };
}

export interface MonitorActionResult {
  decision: MonitorDecision;
  issue: { number: number; url: string } | null;
  dispatched: boolean;
  dispatchUrl: string | null;
}

/**
 * The GitHub side of a monitoring pass: finds the model's issue, lets `decide` say what to do,
 * dispatches retraining first (so that the issue can link the run), then opens, updates, reopens
 * or closes the one issue.
 */
export async function actOnAlerts(api: GitHubApi, repo: RepoRef, input: MonitorActionInput): Promise<MonitorActionResult> {
  const existing = await findMonitorIssue(api, repo, input.model);
  const decision = decide({
    now: input.now,
    cooldownMs: input.cooldownMs,
    firing: input.alerts.filter((a) => a.firing).map((a) => ({ figure: a.figure, id: a.id, level: a.level })),
    issue: existing ? { number: existing.number, open: existing.open, memory: readMemory(existing.body) } : null,
    canDispatch: input.retrain !== undefined,
  });
  let dispatchUrl: string | null = null;
  if (decision.dispatch && input.retrain) {
    const { url } = await dispatchRetraining(api, repo, input.retrain.target, { ref: input.retrain.ref, reason: decision.dispatch.reason, window: input.retrain.window, model: input.model, data: input.retrain.data });
    dispatchUrl = url ?? input.runUrl;
    decision.memory.lastDispatchUrl = dispatchUrl;
  }
  const rows = input.rows;
  const body = renderIssueBody({ model: input.model, version: input.version, memory: decision.memory, alerts: input.alerts, runUrl: input.runUrl, windows: input.windows, rows });
  const issue = await applyIssueAction(api, repo, existing, decision.issue, input.model, body);
  return { decision, issue, dispatched: decision.dispatch !== null, dispatchUrl };
}
