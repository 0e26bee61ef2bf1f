import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  commentKey
} from "./chunk-B236IMNV.mjs";
import "./chunk-W3R24WOA.mjs";
import {
  GITHUB_STEP_INPUTS
} from "./chunk-6T6PVVXI.mjs";
import {
  publishOutputDir
} from "./chunk-WAYBQA2S.mjs";
import {
  writeOutputManifest
} from "./chunk-N4OCYZK2.mjs";
import "./chunk-K2VXTGZW.mjs";
import "./chunk-PM5NLK37.mjs";
import "./chunk-LMEGT7DZ.mjs";
import {
  UserError
} from "./chunk-Y5HJ3DQY.mjs";
import "./chunk-AR3GCIHW.mjs";

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
  const { createGitHubClient } = await import("./client-YQDKA6GJ.mjs");
  const api = token ? createGitHubClient({ token, apiUrl: context.apiUrl, logger: host.logger, ...clientOptions }) : void 0;
  return { context, api, token, commentSettleMs };
}
async function overrideFromLabel(host, session, verdict) {
  const pr = session?.context.pullRequest;
  const label = host.input("override-label").trim();
  if (!session || !pr || !label) return verdict;
  const { applyOverrideLabel } = await import("./override-MEIEIFUZ.mjs");
  return applyOverrideLabel(verdict, { api: session.api, repo: session.context.repo, pullNumber: pr.number, label, eventLabels: pr.labels, logger: host.logger });
}
function ruleAnnotations(verdict, workspace) {
  if (!verdict.policy) return [];
  const path = relative(resolve(workspace), resolve(workspace, verdict.policy));
  if (path === "" || path.startsWith("..") || isAbsolute(path)) return [];
  const repoPath = path.split(sep).join("/");
  return verdict.rules.filter((r) => !r.passed && r.policyLine).map((r) => ({ path: repoPath, line: r.policyLine, level: "failure", title: r.id, message: r.message }));
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
    const { writeHandoff } = await import("./fork-handoff-73JFMP5E.mjs");
    const handoffFile = await writeHandoff(args.outputDir, {
      pullRequest: context.pullRequest.number,
      headSha: context.pullRequest.headSha,
      verdict: args.verdict,
      report: args.report,
      sections: [args.section],
      annotations,
      ...args.artifact ? { artifactName: args.artifact.name } : {}
    });
    host.logger.info(`Wrote ${handoffFile} for the fork-safe comment workflow to post.`);
    return { handoffFile };
  }
  const { publishTargetFromContext, publishToPullRequest } = await import("./publish-results-WBPC23RT.mjs");
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
  GITHUB_STEP_INPUTS,
  openGitHubSession,
  overrideFromLabel,
  parseCommentMode,
  publishStepResult,
  ruleAnnotations,
  shareStepResults
};
