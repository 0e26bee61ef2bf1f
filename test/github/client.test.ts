import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../shared/errors.js';
import { callGitHub, createGitHubClient, GitHubUnavailableError, OPERATIONS } from '../../shared/github/client.js';
import { faults, startFakeGitHub } from './fake-github/server.js';
import { useFakeGitHub, recordingLogger, REPO, repoState, seedPullRequest, testClient, TOKEN } from './helpers.js';

const fake = useFakeGitHub(seedPullRequest);

const createComment = (api: ReturnType<typeof testClient>, body = 'hello') =>
  callGitHub(OPERATIONS.comment, () => api.rest.issues.createComment({ ...REPO, issue_number: 42, body }));

describe('GitHub client', () => {
  it('sends the token and masks it', async () => {
    const masked: string[] = [];
    const api = testClient(fake.gh, recordingLogger(), TOKEN, { maskSecret: (s) => masked.push(s) });
    await createComment(api);
    expect(masked).toEqual([TOKEN]);
    expect(fake.gh.requests[0]!.authorization).toBe(`token ${TOKEN}`);
  });

  it('retries a 502 and then succeeds, creating one comment', async () => {
    fake.gh.inject(faults.badGateway('issues/create-comment', 2));
    await createComment(testClient(fake.gh, recordingLogger()));
    expect(fake.gh.requests.map((r) => r.status)).toEqual([502, 502, 201]);
    expect(repoState(fake.gh).comments).toHaveLength(1);
  });

  it('waits out a secondary rate limit (403 and 429 with retry-after) and retries', async () => {
    const logger = recordingLogger();
    fake.gh.inject(faults.secondaryRateLimit('issues/create-comment', 2, 403));
    fake.gh.inject(faults.secondaryRateLimit('pulls/get', 1, 429));
    const api = testClient(fake.gh, logger);
    await createComment(api);
    await api.rest.pulls.get({ ...REPO, pull_number: 42 });
    expect(fake.gh.requests.map((r) => r.status)).toEqual([403, 201, 429, 200]);
    expect(logger.text('info')).toMatch(/secondary rate limit .* retrying in 2 s/);
    expect(repoState(fake.gh).comments).toHaveLength(1);
  });

  it('waits for the primary rate limit reset and retries', async () => {
    fake.gh.inject(faults.primaryRateLimit('pulls/get', 1, 429));
    const { data } = await testClient(fake.gh, recordingLogger()).rest.pulls.get({ ...REPO, pull_number: 42 });
    expect(data.number).toBe(42);
    expect(fake.gh.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('gives up on a rate limit that does not lift, as GitHubUnavailableError', async () => {
    fake.gh.inject({ ...faults.secondaryRateLimit('pulls/get', 1), times: 10 });
    const err = await callGitHub(OPERATIONS.readPullRequest, () => testClient(fake.gh, recordingLogger()).rest.pulls.get({ ...REPO, pull_number: 42 })).catch((e) => e);
    expect(err).toBeInstanceOf(GitHubUnavailableError);
    expect(err.message).toMatch(/rate limit/);
    expect(fake.gh.requests).toHaveLength(3);
  });

  it('reports 5xx that outlast the retries as an outage', async () => {
    fake.gh.inject(faults.badGateway('issues/create-comment', 10));
    const err = await createComment(testClient(fake.gh, recordingLogger(), TOKEN, { retries: 2 })).catch((e) => e);
    expect(err).toBeInstanceOf(GitHubUnavailableError);
    expect(err.message).toMatch(/GitHub answered 502 .*write the pull request comment.*githubstatus/);
    expect(fake.gh.requests).toHaveLength(3);
    expect(repoState(fake.gh).comments).toHaveLength(0);
  });

  it('still gets an answer from a slow server', async () => {
    fake.gh.inject(faults.slow('pulls/get', 300));
    const { data } = await testClient(fake.gh, recordingLogger()).rest.pulls.get({ ...REPO, pull_number: 42 });
    expect(data.head.sha).toMatch(/^[0-9a-f]{40}$/);
  });

  it('turns 401 into a UserError about the token, without retrying', async () => {
    const err = await createComment(testClient(fake.gh, recordingLogger(), 'ghs_expired')).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/token expired or is invalid/);
    expect(err.where).toBe('input github-token');
    expect(fake.gh.requests).toHaveLength(1);
  });

  it('turns a 403 for a missing permission into a UserError naming the permissions entry', async () => {
    fake.gh.inject(faults.missingPermission('issues/create-comment'));
    const err = await createComment(testClient(fake.gh, recordingLogger())).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/Resource not accessible by integration/);
    expect(err.fix).toMatch(/permissions:\n\s+contents: read\n\s+pull-requests: write/);
    expect(fake.gh.requests).toHaveLength(1);
  });

  it('turns a 404 into a UserError that mentions access to private repositories', async () => {
    const err = await callGitHub(OPERATIONS.readPullRequest, () => testClient(fake.gh, recordingLogger()).rest.pulls.get({ ...REPO, pull_number: 4040 })).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.fix).toMatch(/private repository: give the job "pull-requests: read"/);
  });

  it('reports an unreachable API as an outage', async () => {
    const gone = await startFakeGitHub();
    await gone.close();
    const api = createGitHubClient({ token: TOKEN, apiUrl: gone.url, logger: recordingLogger(), secondMs: 1, retries: 1, pacing: { writeMs: 0, notificationMs: 0 } });
    const err = await callGitHub(OPERATIONS.readPullRequest, () => api.rest.pulls.get({ ...REPO, pull_number: 42 })).catch((e) => e);
    expect(err).toBeInstanceOf(GitHubUnavailableError);
    expect(err.message).toMatch(/Could not reach GitHub to read the pull request/);
  });

  it('refuses an empty token with a UserError', () => {
    expect(() => createGitHubClient({ token: '', logger: recordingLogger() })).toThrow(UserError);
  });
});
