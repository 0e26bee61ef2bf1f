import { describeError, isUserError, type UserError } from '../errors.js';
import type { GateVerdict } from '../evaluate/types.js';
import type { Logger } from '../log.js';
import { publishCheck, type CheckAnnotation, type CheckConclusion } from './check-run.js';
import { GitHubUnavailableError, type GitHubApi } from './client.js';
import type { CommentSection } from './comment-body.js';
import type { GitHubContext, RepoRef } from './context.js';
import { upsertCommentSection } from './pr-comment.js';

/**
 * Everything an action posts to a pull request after it has its verdict: the comment section and
 * the check. Never throws for GitHub's sake: the verdict stands, the report is in the job summary
 * and the artifact, and whatever could not be posted comes back (and is logged as a warning).
 */

export interface PublishTarget {
  repo: RepoRef;
  /** the pull request to comment on; absent on push and merge_group (no comment then) */
  pullRequest?: number;
  /** the commit the check belongs on */
  headSha: string;
  /** link to the run with the full report and artifacts */
  runUrl: string;
  /** true when the job holds a read-only token: a pull_request event from a fork */
  readOnlyToken: boolean;
}

export function publishTargetFromContext(context: GitHubContext): PublishTarget {
  return {
    repo: context.repo,
    pullRequest: context.pullRequest?.number,
    headSha: context.headSha,
    runUrl: context.runUrl,
    readOnlyToken: context.eventName === 'pull_request' && Boolean(context.pullRequest?.isFork),
  };
}

export interface PublishRequest {
  /** undefined when no token was given: everything is skipped with a notice */
  api: GitHubApi | undefined;
  target: PublishTarget;
  /** the comment key: commentKey(workflow, matrixKey) */
  commentKey: string;
  section: CommentSection;
  /** the gate's final verdict (after any override) */
  verdict: GateVerdict;
  /** the whole report in Markdown, for the check's summary */
  report: string;
  /** check run name; no check is posted when absent */
  checkName?: string;
  annotations?: CheckAnnotation[];
  /** name of the artifact holding the full report, for the truncation note */
  artifactName?: string;
  /** direct link to that artifact (artifactUrl), else the run's page is linked */
  artifactUrl?: string;
  /** false to leave the comment alone (input comment: false) */
  comment?: boolean;
  /** pause before reading the comment back (see UpsertOptions.settleMs) */
  commentSettleMs?: number;
  logger: Logger;
}

export type PartOutcome =
  | { status: 'created' | 'updated' | 'unchanged' | 'check-run' | 'commit-status'; url?: string }
  | { status: 'skipped' | 'failed'; reason: string };

export interface PublishOutcome {
  comment: PartOutcome;
  check: PartOutcome;
  /** problems the user can fix (a bad token, a missing permission), for the adapter to report */
  userErrors: UserError[];
}

export function checkConclusion(verdict: GateVerdict): CheckConclusion {
  if (verdict.override) return 'success';
  if (!verdict.gated) return 'neutral';
  return verdict.passed ? 'success' : 'failure';
}

export function checkTitle(verdict: GateVerdict): string {
  const failed = verdict.rules.filter((r) => !r.passed).length;
  const total = verdict.rules.length;
  if (verdict.override) return `GATE OVERRIDDEN by ${verdict.override.by}: ${failed} of ${total} rules failed, passing anyway`;
  if (!verdict.gated) return 'Not gated: no policy was given, metrics reported only';
  return verdict.passed ? `Gate passed: ${total} of ${total} rules met` : `Gate failed: ${failed} of ${total} rules failed`;
}

/** The loud banner that an overridden gate carries in the comment and the check. */
export function overrideBanner(verdict: GateVerdict): string {
  if (!verdict.override) return '';
  const failed = verdict.rules.filter((r) => !r.passed).length;
  return `> [!CAUTION]\n> **The gate was overridden by ${verdict.override.by}.** ${failed} rule${failed === 1 ? '' : 's'} failed, but the check passes. ${verdict.override.reason}`;
}

function skipNotice(logger: Logger, part: string, reason: string): PartOutcome {
  logger.info(`Skipping the ${part}: ${reason}`);
  return { status: 'skipped', reason };
}

async function attempt(part: string, logger: Logger, userErrors: UserError[], run: () => Promise<PartOutcome>): Promise<PartOutcome> {
  try {
    return await run();
  } catch (err) {
    if (isUserError(err)) userErrors.push(err);
    const outage = err instanceof GitHubUnavailableError;
    const reason = describeError(err);
    logger.warning(`Could not post the ${part}${outage ? ' (GitHub unavailable)' : ''}: ${reason} The verdict stands; the full report is in the job summary and the run's artifacts.`);
    return { status: 'failed', reason };
  }
}

export async function publishToPullRequest(request: PublishRequest): Promise<PublishOutcome> {
  const { api, target, verdict, logger } = request;
  const userErrors: UserError[] = [];
  const banner = overrideBanner(verdict);
  const noWrite = !api
    ? 'no GitHub token was given.'
    : target.readOnlyToken
      ? 'this pull request comes from a fork, so the job has a read-only token. Use the fork-safe workflow pair (docs/github.md) to post results.'
      : undefined;

  let comment: PartOutcome;
  if (request.comment === false) comment = { status: 'skipped', reason: 'commenting is turned off.' };
  else if (target.pullRequest === undefined) comment = { status: 'skipped', reason: 'this run is not for a pull request.' };
  else if (noWrite || !api) comment = skipNotice(logger, 'pull request comment', noWrite ?? '');
  else {
    const issueNumber = target.pullRequest;
    const section: CommentSection = banner ? { ...request.section, headline: [banner, request.section.headline].filter(Boolean).join('\n\n') } : request.section;
    comment = await attempt('pull request comment', logger, userErrors, async () => {
      const result = await upsertCommentSection(api, { repo: target.repo, issueNumber }, request.commentKey, section, {
        fullReport: { url: request.artifactUrl ?? target.runUrl, artifact: request.artifactName },
        footer: `Updated by mlci for commit ${target.headSha.slice(0, 7)} in [this run](${target.runUrl}).`,
        settleMs: request.commentSettleMs,
      });
      logger.info(`Pull request comment ${result.action}: ${result.url}`);
      return { status: result.action, url: result.url };
    });
  }

  let check: PartOutcome;
  if (!request.checkName) check = { status: 'skipped', reason: 'no check name was given.' };
  else if (noWrite || !api) check = skipNotice(logger, `check ${request.checkName}`, noWrite ?? '');
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
          summary: [banner, request.report].filter(Boolean).join('\n\n'),
          detailsUrl: target.runUrl,
          annotations: request.annotations,
        },
        logger,
      );
      if (outcome.kind === 'none') return { status: 'failed', reason: outcome.reason };
      if (outcome.kind === 'commit-status') return { status: 'commit-status' };
      return { status: 'check-run', url: outcome.url };
    });
  }
  return { comment, check, userErrors };
}
