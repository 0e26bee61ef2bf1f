import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  isCommentFor,
  mergeCommentBody,
  parseSections,
  truncateMarkdown
} from "./chunk-HI6DBT65.mjs";
import {
  GitHubUnavailableError,
  OPERATIONS,
  callGitHub,
  explainGitHubError,
  isMissingPermission
} from "./chunk-WU5CR57A.mjs";
import {
  describeError,
  isUserError
} from "./chunk-PWERFMPE.mjs";

// shared/github/check-run.ts
var CHECK_SUMMARY_LIMIT = 65535;
var ANNOTATIONS_PER_REQUEST = 50;
var MAX_ANNOTATIONS = 500;
var STATUS_DESCRIPTION_LIMIT = 140;
function fitSummary(summary, detailsUrl) {
  if (summary.length <= CHECK_SUMMARY_LIMIT) return summary;
  const note = `

> [!WARNING]
> The report was truncated to the check run's limit of ${CHECK_SUMMARY_LIMIT.toLocaleString("en-US")} characters.${detailsUrl ? ` The full report is in [the workflow run](${detailsUrl}).` : ""}`;
  return truncateMarkdown(summary, CHECK_SUMMARY_LIMIT - note.length) + note;
}
function shorten(text, max) {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}\u2026`;
}
function toApiAnnotation(a) {
  const start = Math.max(1, Math.floor(a.line));
  return {
    path: a.path,
    start_line: start,
    end_line: Math.max(start, Math.floor(a.endLine ?? start)),
    annotation_level: a.level,
    message: shorten(a.message, 4e3),
    ...a.title ? { title: shorten(a.title, 255) } : {}
  };
}
function statusState(conclusion) {
  return conclusion === "failure" ? "failure" : "success";
}
async function createCheckRun(api, repo, report) {
  const annotations = (report.annotations ?? []).slice(0, MAX_ANNOTATIONS).map(toApiAnnotation);
  const title = shorten(report.title, 1e3);
  const summary = fitSummary(report.summary, report.detailsUrl);
  const batches = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const { data } = await api.rest.checks.create({
    owner: repo.owner,
    repo: repo.repo,
    name: report.name,
    head_sha: report.headSha,
    status: "completed",
    conclusion: report.conclusion,
    completed_at: (/* @__PURE__ */ new Date()).toISOString(),
    ...report.detailsUrl ? { details_url: report.detailsUrl } : {},
    output: { title, summary, ...batches[0] ? { annotations: batches[0] } : {} }
  });
  for (const batch of batches.slice(1)) {
    await callGitHub(OPERATIONS.checkRun, () => api.rest.checks.update({ owner: repo.owner, repo: repo.repo, check_run_id: data.id, output: { title, summary, annotations: batch } }));
  }
  return { kind: "check-run", id: data.id, url: data.html_url ?? "", annotations: annotations.length };
}
async function publishCheck(api, repo, report, logger) {
  try {
    return await createCheckRun(api, repo, report);
  } catch (err) {
    if (!isMissingPermission(err)) throw explainGitHubError(err, OPERATIONS.checkRun);
    logger.info(`The token may not create check runs (${OPERATIONS.checkRun.permission} is missing); setting a commit status "${report.name}" instead.`);
  }
  const state = statusState(report.conclusion);
  try {
    await api.rest.repos.createCommitStatus({
      owner: repo.owner,
      repo: repo.repo,
      sha: report.headSha,
      state,
      context: report.name,
      description: shorten(report.title, STATUS_DESCRIPTION_LIMIT),
      ...report.detailsUrl ? { target_url: report.detailsUrl } : {}
    });
    return { kind: "commit-status", state };
  } catch (err) {
    if (!isMissingPermission(err)) throw explainGitHubError(err, OPERATIONS.commitStatus);
    const reason = `Neither a check run nor a commit status could be set for "${report.name}": the token lacks "${OPERATIONS.checkRun.permission}" and "${OPERATIONS.commitStatus.permission}". Add one of them under permissions: to let branch protection require the gate.`;
    logger.warning(reason);
    return { kind: "none", reason };
  }
}

// shared/github/pr-comment.ts
async function findComments(api, target, key) {
  const all = await callGitHub(
    OPERATIONS.comment,
    () => api.paginate(api.rest.issues.listComments, { owner: target.repo.owner, repo: target.repo.repo, issue_number: target.issueNumber, per_page: 100 })
  );
  return all.filter((c) => isCommentFor(c.body, key)).sort((a, b) => a.id - b.id);
}
async function writeOnce(api, target, key, section, options) {
  const { owner, repo } = target.repo;
  const [existing] = await findComments(api, target, key);
  if (existing) {
    const body2 = mergeCommentBody(existing.body ?? "", key, section, options);
    if (body2 === existing.body) return { body: body2, result: { id: existing.id, url: existing.html_url, action: "unchanged" } };
    const { data } = await callGitHub(OPERATIONS.comment, () => api.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: body2 }));
    return { body: body2, result: { id: data.id, url: data.html_url, action: "updated" } };
  }
  const body = mergeCommentBody(void 0, key, section, options);
  const { data: created } = await callGitHub(OPERATIONS.comment, () => api.rest.issues.createComment({ owner, repo, issue_number: target.issueNumber, body }));
  const [oldest] = await findComments(api, target, key);
  if (oldest && oldest.id < created.id) {
    const merged = mergeCommentBody(oldest.body ?? "", key, section, options);
    const { data } = await callGitHub(OPERATIONS.comment, () => api.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body: merged }));
    await callGitHub(OPERATIONS.comment, () => api.rest.issues.deleteComment({ owner, repo, comment_id: created.id }));
    return { body: merged, result: { id: data.id, url: data.html_url, action: "updated" } };
  }
  return { body, result: { id: created.id, url: created.html_url, action: "created" } };
}
function sectionIn(body, id) {
  return parseSections(body).find((s) => s.id === id)?.block;
}
async function upsertCommentSection(api, target, key, section, options = {}) {
  const { owner, repo } = target.repo;
  let written = await writeOnce(api, target, key, section, options);
  const ours = sectionIn(written.body, section.id);
  for (let check = 0; check < (options.checks ?? 3); check++) {
    await new Promise((r) => setTimeout(r, options.settleMs ?? 1500));
    let current;
    try {
      const { data } = await api.rest.issues.getComment({ owner, repo, comment_id: written.result.id });
      current = data.body ?? "";
    } catch (err) {
      if (err.status === 404) {
        written = await writeOnce(api, target, key, section, options);
        continue;
      }
      throw explainGitHubError(err, OPERATIONS.comment);
    }
    if (sectionIn(current, section.id) === ours) return written.result;
    const body = mergeCommentBody(current, key, section, options);
    await callGitHub(OPERATIONS.comment, () => api.rest.issues.updateComment({ owner, repo, comment_id: written.result.id, body }));
    written = { body, result: { ...written.result, action: "updated" } };
  }
  return written.result;
}

// shared/github/publish-results.ts
function publishTargetFromContext(context) {
  return {
    repo: context.repo,
    pullRequest: context.pullRequest?.number,
    headSha: context.headSha,
    runUrl: context.runUrl,
    readOnlyToken: context.eventName === "pull_request" && Boolean(context.pullRequest?.isFork)
  };
}
function checkConclusion(verdict) {
  if (verdict.override) return "success";
  if (!verdict.gated) return "neutral";
  return verdict.passed ? "success" : "failure";
}
function checkTitle(verdict) {
  const failed = verdict.rules.filter((r) => !r.passed).length;
  const total = verdict.rules.length;
  if (verdict.override) return `GATE OVERRIDDEN by ${verdict.override.by}: ${failed} of ${total} rules failed, passing anyway`;
  if (!verdict.gated) return "Not gated: no policy was given, metrics reported only";
  return verdict.passed ? `Gate passed: ${total} of ${total} rules met` : `Gate failed: ${failed} of ${total} rules failed`;
}
function overrideBanner(verdict) {
  if (!verdict.override) return "";
  const failed = verdict.rules.filter((r) => !r.passed).length;
  return `> [!CAUTION]
> **The gate was overridden by ${verdict.override.by}.** ${failed} rule${failed === 1 ? "" : "s"} failed, but the check passes. ${verdict.override.reason}`;
}
function skipNotice(logger, part, reason) {
  logger.info(`Skipping the ${part}: ${reason}`);
  return { status: "skipped", reason };
}
async function attempt(part, logger, userErrors, run) {
  try {
    return await run();
  } catch (err) {
    if (isUserError(err)) userErrors.push(err);
    const outage = err instanceof GitHubUnavailableError;
    const reason = describeError(err);
    logger.warning(`Could not post the ${part}${outage ? " (GitHub unavailable)" : ""}: ${reason} The verdict stands; the full report is in the job summary and the run's artifacts.`);
    return { status: "failed", reason };
  }
}
async function publishToPullRequest(request) {
  const { api, target, verdict, logger } = request;
  const userErrors = [];
  const banner = overrideBanner(verdict);
  const noWrite = !api ? "no GitHub token was given." : target.readOnlyToken ? "this pull request comes from a fork, so the job has a read-only token. Use the fork-safe workflow pair (docs/github.md) to post results." : void 0;
  let comment;
  if (request.comment === false) comment = { status: "skipped", reason: "commenting is turned off." };
  else if (target.pullRequest === void 0) comment = { status: "skipped", reason: "this run is not for a pull request." };
  else if (noWrite || !api) comment = skipNotice(logger, "pull request comment", noWrite ?? "");
  else {
    const issueNumber = target.pullRequest;
    const section = banner ? { ...request.section, headline: [banner, request.section.headline].filter(Boolean).join("\n\n") } : request.section;
    comment = await attempt("pull request comment", logger, userErrors, async () => {
      const result = await upsertCommentSection(api, { repo: target.repo, issueNumber }, request.commentKey, section, {
        fullReport: { url: request.artifactUrl ?? target.runUrl, artifact: request.artifactName },
        footer: `Updated by mlci for commit ${target.headSha.slice(0, 7)} in [this run](${target.runUrl}).`,
        settleMs: request.commentSettleMs
      });
      logger.info(`Pull request comment ${result.action}: ${result.url}`);
      return { status: result.action, url: result.url };
    });
  }
  let check;
  if (!request.checkName) check = { status: "skipped", reason: "no check name was given." };
  else if (noWrite || !api) check = skipNotice(logger, `check ${request.checkName}`, noWrite ?? "");
  else {
    const name = request.checkName;
    check = await attempt(`check ${name}`, logger, userErrors, async () => {
      const outcome = await publishCheck(
        api,
        target.repo,
        {
          name,
          headSha: target.headSha,
          conclusion: checkConclusion(verdict),
          title: checkTitle(verdict),
          summary: [banner, request.report].filter(Boolean).join("\n\n"),
          detailsUrl: target.runUrl,
          annotations: request.annotations
        },
        logger
      );
      if (outcome.kind === "none") return { status: "failed", reason: outcome.reason };
      if (outcome.kind === "commit-status") return { status: "commit-status" };
      return { status: "check-run", url: outcome.url };
    });
  }
  return { comment, check, userErrors };
}

export {
  CHECK_SUMMARY_LIMIT,
  MAX_ANNOTATIONS,
  publishTargetFromContext,
  checkConclusion,
  checkTitle,
  overrideBanner,
  publishToPullRequest
};
