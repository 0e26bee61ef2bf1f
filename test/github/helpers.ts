import { afterEach, beforeEach, expect } from '@jest/globals';
import type { Logger } from '../../shared/log.js';
import { createGitHubClient, type GitHubApi } from '../../shared/github/client.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github/server.js';

export const TOKEN = 'ghs_testtoken0123456789';
export const REPO = { owner: 'acme-ml', repo: 'churn-model' };
export const HEAD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
export const BASE_SHA = '9049f1265b7d61be4a8904a9a27120d2064dab3b';

/** A Logger that keeps what it was told, so tests can check the warnings a user would see. */
export interface RecordingLogger extends Logger {
  lines: { level: string; message: string }[];
  text(level?: string): string;
}

export function recordingLogger(): RecordingLogger {
  const lines: { level: string; message: string }[] = [];
  const push = (level: string) => (message: string) => void lines.push({ level, message });
  return {
    lines,
    info: push('info'),
    warning: push('warning'),
    error: push('error'),
    debug: push('debug'),
    group: (_t, body) => body(),
    text: (level) => lines.filter((l) => !level || l.level === level).map((l) => l.message).join('\n'),
  };
}

/**
 * The real client against the fake server. Retry-after and backoff "seconds" are 5 ms here and
 * write pacing is off, so the retry and rate-limit paths run without real waits.
 */
export function testClient(gh: FakeGitHub, logger: Logger, token = TOKEN, extra: { retries?: number; maskSecret?: (s: string) => void } = {}): GitHubApi {
  return createGitHubClient({ token, apiUrl: gh.url, logger, secondMs: 5, pacing: { writeMs: 0, notificationMs: 0 }, ...extra });
}

export function seedPullRequest(gh: FakeGitHub, number = 42, labels: string[] = []): void {
  gh.state.repo(`${REPO.owner}/${REPO.repo}`).pulls.set(number, {
    number,
    headSha: HEAD_SHA,
    headRef: 'retrain-november',
    baseRef: 'main',
    baseSha: BASE_SHA,
    headRepo: `${REPO.owner}/${REPO.repo}`,
    labels,
  });
}

export function repoState(gh: FakeGitHub) {
  return gh.state.repo(`${REPO.owner}/${REPO.repo}`);
}

/**
 * A fresh fake GitHub for each test of the file (requiring the test token), seeded as given; after
 * each test it must have seen no request that GitHub's OpenAPI description rejects.
 */
export function useFakeGitHub(seed?: (gh: FakeGitHub) => void): { gh: FakeGitHub } {
  const holder = {} as { gh: FakeGitHub };
  beforeEach(async () => {
    holder.gh = await startFakeGitHub({ token: TOKEN });
    seed?.(holder.gh);
  });
  afterEach(async () => {
    await holder.gh.close();
    expect(holder.gh.violations).toEqual([]);
  });
  return holder;
}
