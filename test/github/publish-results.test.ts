import { describe, expect, it } from '@jest/globals';
import { commentKey, parseSections } from '../../shared/github/comment-body.js';
import { readGitHubContext } from '../../shared/github/context.js';
import { applyOverrideLabel, DEFAULT_OVERRIDE_LABEL, hasOverrideLabel } from '../../shared/github/override.js';
import { publishTargetFromContext, publishToPullRequest, type PublishRequest } from '../../shared/github/publish-results.js';
import { faults } from './fake-github/server.js';
import { useFakeGitHub, HEAD_SHA, recordingLogger, REPO, repoState, seedPullRequest, testClient, TOKEN, FAILED_VERDICT, eventFixture } from './helpers.js';

const fake = useFakeGitHub(seedPullRequest);


async function context(event: string, file: string) {
  return readGitHubContext({
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventFixture(file),
    GITHUB_REPOSITORY: 'acme-ml/churn-model',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_API_URL: fake.gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '5550001',
    GITHUB_WORKFLOW: 'model CI',
  });
}

const failedVerdict = FAILED_VERDICT;

async function request(overrides: Partial<PublishRequest> & { event?: string; file?: string } = {}): Promise<PublishRequest> {
  const logger = overrides.logger ?? recordingLogger();
  const ctx = await context(overrides.event ?? 'pull_request', overrides.file ?? 'pull_request.synchronize.json');
  return {
    api: testClient(fake.gh, logger),
    target: publishTargetFromContext(ctx),
    commentKey: commentKey(ctx.workflow),
    section: { id: 'evaluation', title: 'Evaluation', markdown: '| metric | value |\n| --- | ---: |\n| accuracy | 0.88 |' },
    verdict: failedVerdict,
    report: '## Evaluation\n\naccuracy 0.88',
    checkName: 'mlci/evaluate-gate',
    annotations: [{ path: 'gate.yml', line: 3, level: 'failure', message: 'accuracy 0.88 is below 0.9' }],
    artifactName: 'mlci-evaluation',
    commentSettleMs: 0,
    logger,
    ...overrides,
  };
}

describe('publishToPullRequest', () => {
  it('posts the comment section and a failing check on the pull request head', async () => {
    const outcome = await publishToPullRequest(await request());
    expect(outcome.comment.status).toBe('created');
    expect(outcome.check.status).toBe('check-run');
    const state = repoState(fake.gh);
    expect(state.commentsOn(42)).toHaveLength(1);
    expect(state.commentsOn(42)[0]!.body).toContain('Updated by mlci for commit 6dcb09b in [this run](https://github.com/acme-ml/churn-model/actions/runs/5550001)');
    expect(state.checkRuns[0]).toMatchObject({ headSha: HEAD_SHA, conclusion: 'failure', output: { title: 'Gate failed: 1 of 2 rules failed' } });
    expect(state.checkRuns[0]!.annotations).toHaveLength(1);
  });

  it('pushing twice to the same pull request updates the one comment', async () => {
    await publishToPullRequest(await request());
    await publishToPullRequest(await request({ section: { id: 'evaluation', title: 'Evaluation', markdown: 'accuracy 0.95' }, verdict: { ...failedVerdict, passed: true } }));
    const comments = repoState(fake.gh).commentsOn(42);
    expect(comments).toHaveLength(1);
    expect(parseSections(comments[0]!.body)[0]!.block).toContain('accuracy 0.95');
  });

  it('says loudly in the check and the comment that the gate was overridden', async () => {
    const verdict = { ...failedVerdict, override: { by: 'label "mlci/override"', reason: 'Known drop: the new fraud rules relabel 2% of rows.' } };
    await publishToPullRequest(await request({ verdict }));
    const state = repoState(fake.gh);
    expect(state.checkRuns[0]!.conclusion).toBe('success');
    expect(state.checkRuns[0]!.output.title).toBe('GATE OVERRIDDEN by label "mlci/override": 1 of 2 rules failed, passing anyway');
    expect(state.checkRuns[0]!.output.summary).toMatch(/^> \[!CAUTION\]\n> \*\*The gate was overridden by label "mlci\/override"\.\*\* 1 rule failed/);
    expect(state.commentsOn(42)[0]!.body).toContain('**The gate was overridden by label "mlci/override".**');
  });

  it('a GitHub outage while commenting loses nothing: warning, check still posted, no throw', async () => {
    fake.gh.inject(faults.badGateway('issues/list-comments', 20));
    const logger = recordingLogger();
    const outcome = await publishToPullRequest(await request({ logger }));
    expect(outcome.comment).toMatchObject({ status: 'failed' });
    expect(outcome.check.status).toBe('check-run');
    expect(logger.text('warning')).toMatch(/Could not post the pull request comment \(GitHub unavailable\).*The verdict stands/s);
    expect(outcome.userErrors).toEqual([]);
  });

  it('returns a missing comment permission as a UserError and still posts the check', async () => {
    fake.gh.inject(faults.missingPermission('issues/list-comments'));
    const outcome = await publishToPullRequest(await request());
    expect(outcome.userErrors).toHaveLength(1);
    expect(outcome.userErrors[0]!.fix).toContain('pull-requests: write');
    expect(outcome.check.status).toBe('check-run');
  });

  it('skips with a notice, sending nothing, on a fork pull request with its read-only token', async () => {
    const logger = recordingLogger();
    const outcome = await publishToPullRequest(await request({ file: 'pull_request.fork.opened.json', logger }));
    expect(outcome.comment.status).toBe('skipped');
    expect(outcome.check.status).toBe('skipped');
    expect(logger.text('info')).toMatch(/fork-safe workflow pair/);
    expect(fake.gh.requests).toHaveLength(0);
  });

  it('on a merge queue run posts the check on the group head and no comment', async () => {
    const outcome = await publishToPullRequest(await request({ event: 'merge_group', file: 'merge_group.checks_requested.json' }));
    expect(outcome.comment.status).toBe('skipped');
    expect(repoState(fake.gh).checkRuns[0]!.headSha).toBe('ec26c3e57ca3a959ca5aad62de7213c562f8c821');
    expect(repoState(fake.gh).comments).toHaveLength(0);
  });

  it('an ungated run gets a neutral check', async () => {
    await publishToPullRequest(await request({ verdict: { policy: null, gated: false, passed: true, rules: [] } }));
    expect(repoState(fake.gh).checkRuns[0]).toMatchObject({ conclusion: 'neutral', output: { title: 'Not gated: no policy was given, metrics reported only' } });
  });
});

describe('override label', () => {
  it('reads the current labels from the API, case-insensitively', async () => {
    seedPullRequest(fake.gh, 42, ['MLCI/Override']);
    const logger = recordingLogger();
    expect(await hasOverrideLabel(testClient(fake.gh, logger), REPO, 42, DEFAULT_OVERRIDE_LABEL, [], logger)).toBe(true);
    seedPullRequest(fake.gh, 42, ['model-change']);
    expect(await hasOverrideLabel(testClient(fake.gh, logger), REPO, 42, DEFAULT_OVERRIDE_LABEL, ['mlci/override'], logger)).toBe(false);
  });

  it('falls back to the event labels when the API cannot be read', async () => {
    fake.gh.inject(faults.badGateway('pulls/get', 10));
    const logger = recordingLogger();
    expect(await hasOverrideLabel(testClient(fake.gh, logger, TOKEN, { retries: 0 }), REPO, 42, 'mlci/override', ['mlci/override'], logger)).toBe(true);
    expect(logger.text('warning')).toMatch(/using those of the event/);
  });

  it('overrides a failed gate on a labelled pull request, and the published check says so', async () => {
    seedPullRequest(fake.gh, 42, ['mlci/override']);
    const logger = recordingLogger();
    const api = testClient(fake.gh, logger);
    const options = { api, repo: REPO, pullNumber: 42, label: DEFAULT_OVERRIDE_LABEL, eventLabels: [], logger };
    const verdict = await applyOverrideLabel(failedVerdict, options);
    expect(verdict).toMatchObject({ passed: true, override: { by: 'label "mlci/override"' } });
    expect(verdict.rules).toEqual(failedVerdict.rules);
    expect(logger.text('warning')).toMatch(/carries the label "mlci\/override": the gate is overridden/);
    await publishToPullRequest(await request({ verdict }));
    expect(repoState(fake.gh).checkRuns[0]!.output.title).toMatch(/^GATE OVERRIDDEN by label "mlci\/override"/);
    // a passing or ungated verdict is not touched, and without the label nothing changes
    const passing = { ...failedVerdict, passed: true };
    expect(await applyOverrideLabel(passing, options)).toBe(passing);
    seedPullRequest(fake.gh, 42, []);
    expect(await applyOverrideLabel(failedVerdict, options)).toBe(failedVerdict);
  });
});
