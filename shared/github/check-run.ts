import type { Logger } from '../log.js';
import { truncateMarkdown } from './comment-body.js';
import { callGitHub, explainGitHubError, isMissingPermission, OPERATIONS, type GitHubApi } from './client.js';
import type { RepoRef } from './context.js';

/**
 * The gate's verdict as a check run that branch protection can require, with rule failures as
 * annotations; a commit status when the token may not write checks.
 */

export const DEFAULT_CHECK_NAME = 'mlci/evaluate-gate';
/** the Checks API's limit on output.summary and output.text */
export const CHECK_SUMMARY_LIMIT = 65535;
/** the Checks API takes at most 50 annotations per request */
export const ANNOTATIONS_PER_REQUEST = 50;
/** beyond this many, further annotations add noise, not information */
export const MAX_ANNOTATIONS = 500;
/** GitHub's limit on a commit status description */
export const STATUS_DESCRIPTION_LIMIT = 140;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckAnnotation {
  /** path relative to the repository root */
  path: string;
  line: number;
  endLine?: number;
  level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

export interface CheckReport {
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  /** Markdown: the report */
  summary: string;
  /** link shown as "Details": the workflow run */
  detailsUrl?: string;
  annotations?: CheckAnnotation[];
}

export type CheckOutcome =
  | { kind: 'check-run'; id: number; url: string; annotations: number }
  | { kind: 'commit-status'; state: string }
  | { kind: 'none'; reason: string };

function fitSummary(summary: string, detailsUrl?: string): string {
  if (summary.length <= CHECK_SUMMARY_LIMIT) return summary;
  const note = `\n\n> [!WARNING]\n> The report was truncated to the check run's limit of ${CHECK_SUMMARY_LIMIT.toLocaleString('en-US')} characters.${detailsUrl ? ` The full report is in [the workflow run](${detailsUrl}).` : ''}`;
  return truncateMarkdown(summary, CHECK_SUMMARY_LIMIT - note.length) + note;
}

/** Shortens to `max` characters, ending with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

function toApiAnnotation(a: CheckAnnotation) {
  const start = Math.max(1, Math.floor(a.line));
  return {
    path: a.path,
    start_line: start,
    end_line: Math.max(start, Math.floor(a.endLine ?? start)),
    annotation_level: a.level,
    message: shorten(a.message, 4000),
    ...(a.title ? { title: shorten(a.title, 255) } : {}),
  };
}

function statusState(conclusion: CheckConclusion): 'success' | 'failure' {
  // A commit status has no "neutral": an ungated run does not block the merge.
  return conclusion === 'failure' ? 'failure' : 'success';
}

async function createCheckRun(api: GitHubApi, repo: RepoRef, report: CheckReport): Promise<CheckOutcome> {
  const annotations = (report.annotations ?? []).slice(0, MAX_ANNOTATIONS).map(toApiAnnotation);
  const title = shorten(report.title, 1000);
  const summary = fitSummary(report.summary, report.detailsUrl);
  const batches: (typeof annotations)[] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const { data } = await api.rest.checks.create({
    owner: repo.owner,
    repo: repo.repo,
    name: report.name,
    head_sha: report.headSha,
    status: 'completed',
    conclusion: report.conclusion,
    completed_at: new Date().toISOString(),
    ...(report.detailsUrl ? { details_url: report.detailsUrl } : {}),
    output: { title, summary, ...(batches[0] ? { annotations: batches[0] } : {}) },
  });
  // Each update appends its annotations to the ones already on the check run.
  for (const batch of batches.slice(1)) {
    await callGitHub(OPERATIONS.checkRun, () => api.rest.checks.update({ owner: repo.owner, repo: repo.repo, check_run_id: data.id, output: { title, summary, annotations: batch } }));
  }
  return { kind: 'check-run', id: data.id, url: data.html_url ?? '', annotations: annotations.length };
}

/**
 * Creates the check run; on a 403 for missing `checks: write`, sets a commit status instead; when
 * that is refused too, logs a warning and reports that nothing was set (the evaluation stands).
 * Outages propagate as GitHubUnavailableError.
 */
export async function publishCheck(api: GitHubApi, repo: RepoRef, report: CheckReport, logger: Logger): Promise<CheckOutcome> {
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
      ...(report.detailsUrl ? { target_url: report.detailsUrl } : {}),
    });
    return { kind: 'commit-status', state };
  } catch (err) {
    if (!isMissingPermission(err)) throw explainGitHubError(err, OPERATIONS.commitStatus);
    const reason = `Neither a check run nor a commit status could be set for "${report.name}": the token lacks "${OPERATIONS.checkRun.permission}" and "${OPERATIONS.commitStatus.permission}". Add one of them under permissions: to let branch protection require the gate.`;
    logger.warning(reason);
    return { kind: 'none', reason };
  }
}
