import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  dispatchRetraining
} from "./chunk-YJMPQK77.mjs";
import {
  escapeMarkdown,
  table
} from "./chunk-FLES3SGM.mjs";
import {
  formatNumber
} from "./chunk-OBKOI45Q.mjs";
import {
  callGitHub
} from "./chunk-WU5CR57A.mjs";
import "./chunk-QXQYEFN3.mjs";
import "./chunk-RZQYQZ3R.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/monitor/decide.ts
var NO_MEMORY = { firing: [], since: null, lastDispatchAt: null, lastDispatchUrl: null };
function decide(input) {
  const previous = input.issue?.memory ?? NO_MEMORY;
  const figures = [...new Set(input.firing.map((a) => a.figure))].sort();
  const nowIso = new Date(input.now).toISOString();
  const alerting = figures.length > 0;
  const wasAlerting = input.issue?.open === true && previous.firing.length > 0;
  const critical = input.firing.filter((a) => a.level === "critical");
  const lastDispatch = previous.lastDispatchAt ? Date.parse(previous.lastDispatchAt) : NaN;
  const cooled = Number.isNaN(lastDispatch) || input.now - lastDispatch >= input.cooldownMs;
  const dispatch = alerting && input.canDispatch && critical.length > 0 && cooled ? { reason: `mlci monitor: ${critical.map((a) => a.id).join("; ")}` } : null;
  const memory = {
    firing: figures,
    since: alerting ? wasAlerting ? previous.since ?? nowIso : nowIso : null,
    lastDispatchAt: dispatch ? nowIso : previous.lastDispatchAt,
    lastDispatchUrl: dispatch ? null : previous.lastDispatchUrl
  };
  let issue;
  if (alerting) {
    if (!input.issue) issue = { kind: "open" };
    else if (!input.issue.open) issue = { kind: "reopen", comment: changeComment([], input.firing, dispatch !== null) };
    else {
      const changed = figures.join("\n") !== previous.firing.join("\n");
      issue = { kind: "update", comment: changed || dispatch ? changeComment(previous.firing, input.firing, dispatch !== null) : null };
    }
  } else if (input.issue?.open) {
    issue = { kind: "close", comment: `Back within policy: ${previous.firing.length ? `${previous.firing.join(", ")} no longer alert${previous.firing.length === 1 ? "s" : ""}` : "no alert fires"}. Closing; the monitor reopens this issue if an alert starts again.` };
  } else issue = { kind: "none" };
  return { issue, dispatch, memory };
}
function changeComment(before, firing, dispatched) {
  const now = new Set(firing.map((a) => a.figure));
  const started = firing.filter((a) => !before.includes(a.figure));
  const cleared = before.filter((f) => !now.has(f));
  const lines = [];
  if (started.length) lines.push(`Alert${started.length === 1 ? "" : "s"} started: ${started.map((a) => `\`${a.id}\` (${a.level})`).join(", ")}.`);
  if (cleared.length) lines.push(`Cleared: ${cleared.map((f) => `\`${f}\``).join(", ")}.`);
  if (!started.length && !cleared.length) lines.push(`Still firing: ${firing.map((a) => `\`${a.id}\``).join(", ")}.`);
  if (dispatched) lines.push("Retraining was dispatched (see the issue body for the run).");
  return lines.join("\n");
}

// shared/monitor/issue-body.ts
var MONITOR_LABEL = "mlci/monitor";
function issueMarker(model) {
  return `<!-- mlci-monitor model=${encodeURIComponent(model)} -->`;
}
var MEMORY_PREFIX = "<!-- mlci-monitor-state ";
function issueTitle(model) {
  return `mlci monitor: ${model} is outside its monitoring policy`;
}
function readMemory(body) {
  const start = body?.indexOf(MEMORY_PREFIX) ?? -1;
  if (!body || start < 0) return NO_MEMORY;
  const end = body.indexOf(" -->", start);
  try {
    const json = JSON.parse(Buffer.from(body.slice(start + MEMORY_PREFIX.length, end), "base64").toString("utf8"));
    return { ...NO_MEMORY, ...json, firing: Array.isArray(json.firing) ? json.firing.map(String) : [] };
  } catch {
    return NO_MEMORY;
  }
}
function renderIssueBody(b) {
  const firing = b.alerts.filter((a) => a.firing);
  const lines = [
    issueMarker(b.model),
    `${MEMORY_PREFIX}${Buffer.from(JSON.stringify(b.memory)).toString("base64")} -->`,
    `**${escapeMarkdown(b.model)}**${b.version ? ` version ${escapeMarkdown(b.version)}` : ""}: ${firing.length ? `${firing.length} alert${firing.length === 1 ? "" : "s"} firing${b.memory.since ? ` since ${b.memory.since}` : ""}` : "back within policy"} (${b.rows} rows in ${b.windows} window${b.windows === 1 ? "" : "s"}).`,
    "",
    table(
      ["", "Rule", "Level", "Latest"],
      b.alerts.map((a) => [a.firing ? "\u{1F534}" : "\u{1F7E2}", escapeMarkdown(a.id), a.level, formatNumber(a.latest)])
    ),
    ""
  ];
  if (b.memory.lastDispatchAt) lines.push(`Retraining dispatched at ${b.memory.lastDispatchAt}${b.memory.lastDispatchUrl ? `: ${b.memory.lastDispatchUrl}` : ""}.`, "");
  if (b.runUrl) lines.push(`Report, trend charts and monitor.json: ${b.runUrl}`, "");
  lines.push("_Kept up to date by mlci monitor: it replaces this text on every run, comments when the state changes, and closes the issue when the figures are back within policy._");
  return lines.join("\n");
}

// shared/github/monitor-issue.ts
var READ_ISSUES = { doing: "list the monitor issues", permission: "issues: read" };
var WRITE_ISSUES = { doing: "open, update or close the monitor issue", permission: "issues: write" };
async function findMonitorIssue(api, repo, model) {
  const marker = issueMarker(model);
  const issues = await callGitHub(
    READ_ISSUES,
    () => api.paginate(api.rest.issues.listForRepo, { ...repo, labels: MONITOR_LABEL, state: "all", per_page: 100, sort: "created", direction: "desc" })
  );
  const ours = issues.filter((i) => !i.pull_request && (i.body ?? "").includes(marker));
  const found = ours.find((i) => i.state === "open") ?? ours[0];
  return found ? { number: found.number, open: found.state === "open", body: found.body ?? "", url: found.html_url } : null;
}
async function applyIssueAction(api, repo, existing, action, model, body) {
  const comment = (number, text) => callGitHub(WRITE_ISSUES, () => api.rest.issues.createComment({ ...repo, issue_number: number, body: text }));
  switch (action.kind) {
    case "none":
      return existing ? { number: existing.number, url: existing.url } : null;
    case "open": {
      const { data } = await callGitHub(WRITE_ISSUES, () => api.rest.issues.create({ ...repo, title: issueTitle(model), body, labels: [MONITOR_LABEL] }));
      return { number: data.number, url: data.html_url };
    }
    case "reopen":
    case "update":
    case "close": {
      const issue = existing;
      if (action.kind === "close") await comment(issue.number, action.comment);
      await callGitHub(
        WRITE_ISSUES,
        () => api.rest.issues.update({ ...repo, issue_number: issue.number, body, ...action.kind === "reopen" ? { state: "open" } : action.kind === "close" ? { state: "closed", state_reason: "completed" } : {} })
      );
      if (action.kind !== "close" && action.comment) await comment(issue.number, action.comment);
      return { number: issue.number, url: issue.url };
    }
  }
}

// shared/github/monitor-actions.ts
async function actOnAlerts(api, repo, input) {
  const existing = await findMonitorIssue(api, repo, input.model);
  const decision = decide({
    now: input.now,
    cooldownMs: input.cooldownMs,
    firing: input.alerts.filter((a) => a.firing).map((a) => ({ figure: a.figure, id: a.id, level: a.level })),
    issue: existing ? { number: existing.number, open: existing.open, memory: readMemory(existing.body) } : null,
    canDispatch: input.retrain !== void 0
  });
  let dispatchUrl = null;
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
export {
  actOnAlerts
};
