import { afterEach, beforeEach, expect } from '@jest/globals';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { GateVerdict } from '../../shared/evaluate/types.js';
import type { Logger } from '../../shared/log.js';
import { GITHUB_STEP_INPUTS } from '../../shared/github/step-publishing.js';
import { literalDefault, type DirectoryCache, type StepHost } from '../../shared/steps/types.js';
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

/** A gate that failed one of its two rules, each rule pointing at its line in the policy file. */
export const FAILED_VERDICT: GateVerdict = {
  policy: '.mlci/gate.yml',
  gated: true,
  passed: false,
  rules: [
    { id: 'accuracy >= 0.9', metric: 'accuracy', kind: 'threshold', description: '≥ 0.9', actual: 0.88, passed: false, message: 'accuracy 0.88 is below 0.9', policyLine: 3 },
    { id: 'roc_auc >= 0.8', metric: 'roc_auc', kind: 'threshold', description: '≥ 0.8', actual: 0.91, passed: true, message: 'ok', policyLine: 4 },
  ],
};

/** Path of a webhook payload fixture in test/fixtures/github/. */
export function eventFixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/github/${name}`, import.meta.url));
}

/** The environment a runner gives a step for an event, pointed at the fake API. */
export function runnerEnv(apiUrl: string, event: string, file: string): Record<string, string> {
  return {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventFixture(file),
    GITHUB_REPOSITORY: 'acme-ml/churn-model',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF: event === 'pull_request' ? 'refs/pull/42/merge' : 'refs/heads/main',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '8800',
    GITHUB_WORKFLOW: 'model gate',
    GITHUB_WORKFLOW_REF: 'acme-ml/churn-model/.github/workflows/pr-gate.yml@refs/pull/42/merge',
    GITHUB_WORKSPACE: '/home/runner/work/churn-model/churn-model',
  };
}

export interface TestHost extends StepHost {
  logger: RecordingLogger;
  outputs: Record<string, string>;
  summaries: string[];
}

/** A StepHost as a runner gives it: inputs with their declared defaults; outputs and summaries kept. */
export function runnerHost(
  env: Record<string, string>,
  inputs: Record<string, string>,
  specs: Record<string, { default?: string }> = GITHUB_STEP_INPUTS,
  place: { tempDir?: string; cache?: DirectoryCache } = {},
): TestHost {
  const outputs: Record<string, string> = {};
  const summaries: string[] = [];
  return {
    input: (name) => inputs[name] ?? literalDefault(specs[name]),
    setOutput: (name, value) => void (outputs[name] = value),
    summary: async (markdown) => void summaries.push(markdown),
    logger: recordingLogger(),
    tempDir: place.tempDir ?? tmpdir(),
    toolCacheDir: tmpdir(),
    cache: place.cache ?? { restore: async () => false, save: async () => {} },
    env,
    onRunner: true,
    outputs,
    summaries,
  };
}
