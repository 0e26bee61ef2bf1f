import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  commentKey
} from "./chunk-HI6DBT65.mjs";
import {
  publishOutputDir
} from "./chunk-6AG5JHL2.mjs";
import {
  writeOutputManifest
} from "./chunk-HVFF6HEQ.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/github/step-publishing.ts
import { isAbsolute, relative, resolve, sep } from "node:path";

// shared/github/context.ts
import { readFile } from "node:fs/promises";
function artifactUrl(context, artifactId) {
  return `${context.runUrl}/artifacts/${artifactId}`;
}
function required(env, name) {
  const value = env[name];
  if (!value) throw new UserError(`The environment variable ${name} is not set.`, "runner environment", "Run the action inside a GitHub Actions job (the runner sets it), or set it yourself when running locally.");
  return value;
}
function stripRefsHeads(ref) {
  return ref.replace(/^refs\/heads\//, "");
}
function pullRequestFrom(payload) {
  const pr = payload.pull_request;
  if (!pr || typeof pr.number !== "number") return void 0;
  const baseRepo = pr.base?.repo?.full_name ?? payload.repository?.full_name ?? "";
  const headRepo = pr.head?.repo?.full_name ?? "";
  return {
    number: pr.number,
    headSha: pr.head?.sha ?? "",
    headRef: pr.head?.ref ?? "",
    baseRef: pr.base?.ref ?? "",
    baseSha: pr.base?.sha ?? "",
    headRepo,
    isFork: headRepo === "" || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    labels: Array.isArray(pr.labels) ? pr.labels.map((l) => String(l?.name ?? "")).filter(Boolean) : []
  };
}
function workflowRunFrom(payload) {
  const run = payload.workflow_run;
  if (!run || typeof run.id !== "number") return void 0;
  return {
    id: run.id,
    name: typeof run.name === "string" ? run.name : "",
    event: run.event ?? "",
    headSha: run.head_sha ?? "",
    headBranch: run.head_branch ?? "",
    headRepo: run.head_repository?.full_name ?? "",
    pullRequestNumbers: Array.isArray(run.pull_requests) ? run.pull_requests.map((p) => p?.number).filter((n) => typeof n === "number") : [],
    conclusion: run.conclusion ?? null,
    htmlUrl: run.html_url ?? ""
  };
}
function workflowFileFrom(ref) {
  const path = (ref ?? "").split("@")[0] ?? "";
  const match = /\.github\/workflows\/([^/]+)$/.exec(path);
  return match ? match[1] : "";
}
async function readGitHubContext(env) {
  const eventName = required(env, "GITHUB_EVENT_NAME");
  const repository = required(env, "GITHUB_REPOSITORY");
  const [owner, repo] = repository.split("/");
  if (!owner || !repo) throw new UserError(`GITHUB_REPOSITORY is "${repository}", not owner/name.`, "runner environment", "Set GITHUB_REPOSITORY to owner/name.");
  let payload = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      payload = JSON.parse(await readFile(eventPath, "utf8"));
    } catch (err) {
      throw new UserError(`Could not read the event payload: ${err.message}`, eventPath, "GITHUB_EVENT_PATH must point at the JSON event the runner wrote.");
    }
  }
  const sha = env.GITHUB_SHA ?? "";
  const pullRequest = pullRequestFrom(payload);
  const workflowRun = workflowRunFrom(payload);
  const headSha = pullRequest?.headSha || payload.merge_group?.head_sha || workflowRun?.headSha || (eventName === "push" ? payload.after : void 0) || sha;
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const runId = env.GITHUB_RUN_ID ?? "";
  return {
    eventName,
    repo: { owner, repo },
    sha,
    headSha,
    ref: env.GITHUB_REF ?? "",
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    serverUrl,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? "1",
    workflow: env.GITHUB_WORKFLOW ?? "",
    workflowFile: workflowFileFrom(env.GITHUB_WORKFLOW_REF),
    runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : `${serverUrl}/${owner}/${repo}/actions`,
    pullRequest,
    workflowRun,
    mergeGroupBaseRef: payload.merge_group?.base_ref ? stripRefsHeads(payload.merge_group.base_ref) : void 0
  };
}

// shared/github/step-publishing.ts
function parseCommentMode(raw) {
  const value = raw.trim().toLowerCase() || "true";
  if (value === "true" || value === "false" || value === "handoff") return value;
  throw new UserError(`Input "comment" must be true, false or handoff, got "${raw}".`, "input comment", "Use handoff in a workflow for fork pull requests (see docs/github.md), true otherwise.");
}
async function openGitHubSession(host, client = {}) {
  if (!host.env.GITHUB_EVENT_NAME || !host.env.GITHUB_REPOSITORY) return void 0;
  const context = await readGitHubContext(host.env);
  const token = host.input("github-token").trim() || host.env.GITHUB_TOKEN || "";
  const { commentSettleMs, ...clientOptions } = client;
  const { createGitHubClient } = await import("./client-CY2XE7VB.mjs");
  const api = token ? createGitHubClient({ token, apiUrl: context.apiUrl, logger: host.logger, ...clientOptions }) : void 0;
  return { context, api, token, commentSettleMs };
}
async function overrideFromLabel(host, session, verdict) {
  const pr = session?.context.pullRequest;
  const label = host.input("override-label").trim();
  if (!session || !pr || !label) return verdict;
  const { applyOverrideLabel } = await import("./override-AJJSUB3R.mjs");
  return applyOverrideLabel(verdict, { api: session.api, repo: session.context.repo, pullNumber: pr.number, label, eventLabels: pr.labels, logger: host.logger });
}
function ruleAnnotations(verdict, workspace) {
  const repoPath = verdict.policy ? repositoryPath(verdict.policy, workspace, workspace) : void 0;
  if (!repoPath) return [];
  return verdict.rules.filter((r) => !r.passed && r.policyLine).map((r) => ({ path: repoPath, line: r.policyLine, level: "failure", title: r.id, message: r.message }));
}
function repositoryPath(path, workspace, cwd = process.cwd()) {
  const rel = relative(resolve(workspace), resolve(cwd, path));
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return void 0;
  return rel.split(sep).join("/");
}
var DATA_FILE = /\.(csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i;
var MAX_DATA_MESSAGE = 1e3;
function dataAnnotations(found, readFiles, workspace, cwd = process.cwd()) {
  const read = new Set(readFiles.map((f) => resolve(cwd, f)));
  const out = [];
  for (const a of found) {
    const path = read.has(resolve(cwd, a.file)) && DATA_FILE.test(a.file) ? repositoryPath(a.file, workspace, cwd) : void 0;
    if (!path) continue;
    const message = a.message.length > MAX_DATA_MESSAGE ? `${a.message.slice(0, MAX_DATA_MESSAGE - 1)}\u2026` : a.message;
    out.push({ path, line: a.line ?? 1, level: "failure", title: "data validation", message });
  }
  return out;
}
async function publishStepResult(host, session, args) {
  if (!session) return {};
  const { context } = session;
  const mode = parseCommentMode(host.input("comment"));
  const checkName = host.input("check-name").trim() || void 0;
  const annotations = [...ruleAnnotations(args.verdict, host.env.GITHUB_WORKSPACE || process.cwd()), ...args.extraAnnotations ?? []];
  if (mode === "handoff") {
    if (!context.pullRequest) {
      host.logger.info("comment: handoff only applies to pull requests; nothing to hand off for this event.");
      return {};
    }
    const { writeHandoff } = await import("./fork-handoff-FBF6O2OZ.mjs");
    const handoffFile = await writeHandoff(args.outputDir, {
      pullRequest: context.pullRequest.number,
      headSha: context.pullRequest.headSha,
      verdict: args.verdict,
      report: args.report,
      sections: [args.section],
      annotations,
      ...args.dataFiles?.length ? { dataFiles: args.dataFiles } : {},
      ...args.artifact ? { artifactName: args.artifact.name } : {}
    });
    host.logger.info(`Wrote ${handoffFile} for the fork-safe comment workflow to post.`);
    return { handoffFile };
  }
  const { publishTargetFromContext, publishToPullRequest } = await import("./publish-results-KTHE2RDU.mjs");
  const outcome = await publishToPullRequest({
    api: session.api,
    target: publishTargetFromContext(context),
    commentKey: commentKey(context.workflow, host.input("matrix-key")),
    section: args.section,
    verdict: args.verdict,
    report: args.report,
    checkName,
    annotations,
    artifactName: args.artifact?.name,
    artifactUrl: args.artifact?.id ? artifactUrl(context, args.artifact.id) : void 0,
    comment: mode === "true",
    commentSettleMs: session.commentSettleMs,
    logger: host.logger
  });
  return { outcome };
}
async function shareStepResults(host, session, args) {
  const { step, ...publication } = args;
  if (parseCommentMode(host.input("comment")) === "handoff") {
    const published = await publishStepResult(host, session, publication);
    await writeOutputManifest(args.outputDir, step);
    await publishOutputDir(host, args.outputDir);
    return published;
  }
  await writeOutputManifest(args.outputDir, step);
  return publishStepResult(host, session, { ...publication, artifact: await publishOutputDir(host, args.outputDir) });
}

export {
  parseCommentMode,
  openGitHubSession,
  overrideFromLabel,
  ruleAnnotations,
  repositoryPath,
  DATA_FILE,
  dataAnnotations,
  publishStepResult,
  shareStepResults
};
