import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck';
import { describeError, UserError } from '../errors.js';
import type { Logger } from '../log.js';

/**
 * The one place that builds an Octokit. Everything else in the library talks to `GitHubApi`
 * (an Octokit with retries and GitHub's recommended pacing) and turns failures into plain words
 * with `explainGitHubError`.
 */

export type GitHubApi = InstanceType<typeof MlciOctokit>;

const MlciOctokit = Octokit.plugin(retry, throttling);

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server */
  apiUrl?: string;
  logger: Logger;
  /** hides the token in logs: core.setSecret on a runner */
  maskSecret?: (secret: string) => void;
  /** retries of 5xx and network failures (3 by default, as @octokit/plugin-retry) */
  retries?: number;
  /** rate-limit waits (retry-after, reset time) retried at most this many times; 2 by default */
  rateLimitRetries?: number;
  /**
   * milliseconds per "second" of retry-after and backoff; 1000 on GitHub. Tests shrink it so that
   * the same code paths run without waiting real seconds.
   */
  secondMs?: number;
  /**
   * GitHub asks integrations to space content-creating requests (1 s between writes, 3 s between
   * notification-triggering writes such as comments); tests set 0.
   */
  pacing?: { writeMs: number; notificationMs: number };
}

export function createGitHubClient(options: GitHubClientOptions): GitHubApi {
  if (!options.token) {
    throw new UserError('No GitHub token was given.', 'input github-token', 'Pass github-token: ${{ secrets.GITHUB_TOKEN }} (the default) or a token with the permissions listed in the docs.');
  }
  options.maskSecret?.(options.token);
  const { logger } = options;
  const secondMs = options.secondMs ?? 1000;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount >= rateLimitRetries) {
      logger.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}; giving up after ${retryCount + 1} attempts.`);
      return false;
    }
    logger.info(`GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
    return true;
  };
  const pacing = options.pacing
    ? {
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.pacing.writeMs }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.pacing.notificationMs }),
      }
    : {};
  return new MlciOctokit({
    auth: options.token,
    baseUrl: (options.apiUrl || 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'mlci',
    log: { debug: (m: string) => logger.debug(m), info: (m: string) => logger.debug(m), warn: (m: string) => logger.debug(m), error: (m: string) => logger.debug(m) },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: secondMs },
    throttle: {
      retryAfterBaseValue: secondMs,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      ...pacing,
    },
  });
}

/** What the workflow was trying to do when a request failed, and the permission that allows it. */
export interface GitHubOperation {
  /** "update the pull request comment" */
  doing: string;
  /** the `permissions:` entry the job needs, e.g. "pull-requests: write" */
  permission: string;
}

export const OPERATIONS = {
  readPullRequest: { doing: 'read the pull request', permission: 'pull-requests: read' },
  comment: { doing: 'write the pull request comment', permission: 'pull-requests: write' },
  checkRun: { doing: 'create the check run', permission: 'checks: write' },
  commitStatus: { doing: 'set the commit status', permission: 'statuses: write' },
  readArtifacts: { doing: 'read workflow runs and artifacts of other runs', permission: 'actions: read' },
} as const satisfies Record<string, GitHubOperation>;

/** GitHub is down, overloaded or unreachable: not the user's mistake, and not worth failing an evaluation over. */
export class GitHubUnavailableError extends Error {
  override readonly name = 'GitHubUnavailableError';
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { data?: { message?: string }; headers?: Record<string, string | undefined> };
}

/** The error message GitHub sent, without Octokit's " - https://docs..." suffix. */
function githubMessage(err: RequestErrorLike): string {
  const fromBody = err.response?.data?.message;
  return (fromBody ?? err.message ?? 'no message').replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}

export function isMissingPermission(err: unknown): boolean {
  const e = err as RequestErrorLike;
  return e?.status === 403 && !isRateLimit(e) && /not accessible|permission|forbidden|must have/i.test(githubMessage(e));
}

function isRateLimit(err: RequestErrorLike): boolean {
  return (err.status === 403 || err.status === 429) && (/rate limit/i.test(githubMessage(err)) || err.response?.headers?.['x-ratelimit-remaining'] === '0');
}

/**
 * Turns an Octokit failure into something a user can act on: a UserError for a bad token or a
 * missing permission (naming the `permissions:` line to add), a GitHubUnavailableError for
 * outages and rate limits that outlasted the retries. Anything else passes through unchanged.
 */
export function explainGitHubError(err: unknown, operation: GitHubOperation): Error {
  if (err instanceof UserError || err instanceof GitHubUnavailableError) return err;
  const e = err as RequestErrorLike;
  const status = typeof e?.status === 'number' ? e.status : undefined;
  if (status === 401) {
    return new UserError(
      `GitHub rejected the token while trying to ${operation.doing}: the token expired or is invalid (401 ${githubMessage(e)}).`,
      'input github-token',
      'Pass a valid token. secrets.GITHUB_TOKEN is valid only while its job runs; a personal access token or app token may have expired or been revoked: create a new one and update the secret.',
    );
  }
  if (status !== undefined && isRateLimit(e)) {
    return new GitHubUnavailableError(`GitHub's rate limit stopped mlci from trying to ${operation.doing} (${status} ${githubMessage(e)}), even after waiting and retrying.`, status);
  }
  if (status === 403 && isMissingPermission(e)) {
    return new UserError(
      `The workflow's token may not ${operation.doing} (403 ${githubMessage(e)}).`,
      'the job\'s permissions',
      `Add "${operation.permission}" under permissions: in the workflow or job, e.g.\n  permissions:\n    contents: read\n    ${operation.permission}\nOn pull requests from forks GitHub gives a read-only token whatever the workflow asks: use the fork-safe pair of workflows (see docs/github.md).`,
    );
  }
  if (status === 404) {
    return new UserError(
      `GitHub answered 404 Not Found when mlci tried to ${operation.doing}.`,
      'the repository, pull request or workflow named',
      `Check the name or number. GitHub also answers 404 to a token that may not see a private repository: give the job "${operation.permission}".`,
    );
  }
  if (err instanceof Error && !e.response) {
    // Octokit reports a refused connection or DNS failure as status 500 without a response.
    const cause = (err as Error & { cause?: unknown }).cause;
    return new GitHubUnavailableError(`Could not reach GitHub to ${operation.doing}: ${describeError(err)}${cause ? ` (${describeError(cause)})` : ''}.`, undefined);
  }
  if (status !== undefined && status >= 500) {
    return new GitHubUnavailableError(`GitHub answered ${status} (${githubMessage(e)}) when mlci tried to ${operation.doing}, after retries. GitHub may be having an outage: see https://www.githubstatus.com.`, status);
  }
  return err instanceof Error ? err : new Error(describeError(err));
}

/** Runs one GitHub call, explaining its failure in the user's terms. */
export async function callGitHub<T>(operation: GitHubOperation, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw explainGitHubError(err, operation);
  }
}
