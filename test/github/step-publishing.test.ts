import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../shared/errors.js';
import { createCommentStep } from '../../shared/github/comment-step.js';
import { parseSections } from '../../shared/github/comment-body.js';
import { HANDOFF_FILE } from '../../shared/github/fork-handoff.js';
import { openGitHubSession, overrideFromLabel, publishStepResult, ruleAnnotations } from '../../shared/github/step-publishing.js';
import { FAILED_VERDICT, repoState, runnerEnv, runnerHost, seedPullRequest, TOKEN, useFakeGitHub } from './helpers.js';

const fake = useFakeGitHub(seedPullRequest);
// the real client with write pacing off, as in the other tests (GitHub's pacing is 1 s per write)
const tuning = { pacing: { writeMs: 0, notificationMs: 0 }, secondMs: 5, commentSettleMs: 0 };
const commentStep = createCommentStep(tuning);

const verdict = FAILED_VERDICT;
const section = { id: 'evaluation', title: 'Evaluation', markdown: '| metric | value |\n| --- | ---: |\n| accuracy | 0.88 |' };

describe('publishing from a step', () => {
  it('is a no-op off GitHub (no runner environment)', async () => {
    expect(await openGitHubSession(runnerHost({}, {}))).toBeUndefined();
  });

  it('two pushes to the same pull request: one comment, updated, and checks with policy-line annotations', async () => {
    for (const accuracy of ['0.88', '0.89']) {
      const h = runnerHost(runnerEnv(fake.gh.url, 'pull_request', 'pull_request.synchronize.json'), { 'github-token': TOKEN, 'matrix-key': 'dataset=holdout' });
      const session = await openGitHubSession(h, tuning);
      const final = await overrideFromLabel(h, session, verdict);
      const { outcome } = await publishStepResult(h, session, { section: { ...section, markdown: `accuracy ${accuracy}` }, verdict: final, report: '## Evaluation', outputDir: tmpdir() });
      expect(outcome!.check.status).toBe('check-run');
    }
    const state = repoState(fake.gh);
    const comments = state.commentsOn(42);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith('<!-- mlci:comment key=model%20gate%20%2F%20dataset%3Dholdout -->')).toBe(true);
    expect(parseSections(comments[0]!.body)[0]!.block).toContain('accuracy 0.89');
    expect(state.checkRuns).toHaveLength(2);
    expect(state.checkRuns[1]!.annotations).toEqual([{ path: '.mlci/gate.yml', start_line: 3, end_line: 3, annotation_level: 'failure', message: 'accuracy 0.88 is below 0.9', title: 'accuracy >= 0.9' }]);
  });

  it('comment: false posts the check only; a bad comment mode is a UserError', async () => {
    const env = runnerEnv(fake.gh.url, 'pull_request', 'pull_request.synchronize.json');
    const h = runnerHost(env, { 'github-token': TOKEN, comment: 'false' });
    await publishStepResult(h, await openGitHubSession(h, tuning), { section, verdict, report: 'r', outputDir: tmpdir() });
    expect(repoState(fake.gh).comments).toHaveLength(0);
    expect(repoState(fake.gh).checkRuns).toHaveLength(1);
    const bad = runnerHost(env, { 'github-token': TOKEN, comment: 'sometimes' });
    await expect(publishStepResult(bad, await openGitHubSession(bad, tuning), { section, verdict, report: 'r', outputDir: tmpdir() })).rejects.toThrow(UserError);
  });

  it('a comment cut to size links the uploaded artifact itself', async () => {
    const h = runnerHost(runnerEnv(fake.gh.url, 'pull_request', 'pull_request.synchronize.json'), { 'github-token': TOKEN });
    const huge = { ...section, markdown: '| slice | accuracy |\n| --- | --- |\n' + '| region=north | 0.91 |\n'.repeat(6000) };
    await publishStepResult(h, await openGitHubSession(h, tuning), { section: huge, verdict, report: 'r', outputDir: tmpdir(), artifact: { name: 'mlci-evaluation', id: 555 } });
    const [comment] = repoState(fake.gh).commentsOn(42);
    expect(comment!.body.length).toBeLessThanOrEqual(65536);
    expect(comment!.body).toContain('The full report is in the artifact [`mlci-evaluation`](https://github.com/acme-ml/churn-model/actions/runs/8800/artifacts/555).');
  });

  it('annotates only a policy file inside the workspace', () => {
    expect(ruleAnnotations(verdict, '/home/runner/work/repo')).toHaveLength(1);
    expect(ruleAnnotations({ ...verdict, policy: '/etc/gate.yml' }, '/home/runner/work/repo')).toEqual([]);
    expect(ruleAnnotations({ ...verdict, policy: null }, '/home/runner/work/repo')).toEqual([]);
  });

  it('the fork-safe pair end to end: handoff from the read-only fork run, posted by the comment step', async () => {
    fake.gh.state.repo('acme-ml/churn-model').pulls.set(57, { number: 57, headSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', headRef: 'retrain-november', baseRef: 'main', baseSha: '9049f1265b7d61be4a8904a9a27120d2064dab3b', headRepo: 'mallory-forks/churn-model', labels: [] });
    // 1. the fork's pull_request run: read-only, no token needed, writes the handoff
    const outputDir = await mkdtemp(join(tmpdir(), 'mlci-fork-'));
    const forkHost = runnerHost({ ...runnerEnv(fake.gh.url, 'pull_request', 'pull_request.fork.opened.json'), GITHUB_WORKFLOW: 'mlci evaluate (fork-safe)' }, { comment: 'handoff' });
    const session = await openGitHubSession(forkHost, tuning);
    expect(session!.api).toBeUndefined();
    const { handoffFile } = await publishStepResult(forkHost, session, { section, verdict, report: '## Evaluation\naccuracy 0.88', outputDir, artifact: { name: 'mlci-pr-handoff' } });
    expect(handoffFile).toBe(join(outputDir, HANDOFF_FILE));
    expect(JSON.parse(await readFile(handoffFile!, 'utf8'))).toMatchObject({ pullRequest: 57, headSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' });
    expect(fake.gh.requests).toHaveLength(0);

    // 2. the workflow_run in the base repository, with a write token
    const commentHost = runnerHost({ ...runnerEnv(fake.gh.url, 'workflow_run', 'workflow_run.completed.fork.json'), GITHUB_WORKFLOW: 'mlci comment (fork-safe)' }, { from: outputDir, 'github-token': TOKEN }, commentStep.inputs);
    expect(await commentStep.run(commentHost)).toEqual({});
    expect(commentHost.outputs).toEqual({ commented: 'true', 'pull-request': '57' });
    expect(commentHost.summaries).toEqual(['## Evaluation\naccuracy 0.88']);
    const state = repoState(fake.gh);
    expect(state.commentsOn(57)).toHaveLength(1);
    expect(state.commentsOn(57)[0]!.body.startsWith('<!-- mlci:comment key=mlci%20evaluate%20(fork%2Dsafe) -->')).toBe(true);
    expect(state.checkRuns[0]).toMatchObject({ name: 'mlci/evaluate-gate', headSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', conclusion: 'failure' });
  });

  it('the comment step fails on a token that may not comment, naming the permission', async () => {
    const outputDir = await mkdtemp(join(tmpdir(), 'mlci-fork-'));
    fake.gh.state.repo('acme-ml/churn-model').pulls.set(57, { number: 57, headSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', headRef: 'x', baseRef: 'main', baseSha: 'b'.repeat(40), headRepo: 'mallory-forks/churn-model', labels: [] });
    const forkHost = runnerHost(runnerEnv(fake.gh.url, 'pull_request', 'pull_request.fork.opened.json'), { comment: 'handoff' });
    await publishStepResult(forkHost, await openGitHubSession(forkHost, tuning), { section, verdict, report: 'r', outputDir });
    fake.gh.inject({ operationId: 'issues/list-comments', status: 403, body: { message: 'Resource not accessible by integration' } });
    const commentHost = runnerHost(runnerEnv(fake.gh.url, 'workflow_run', 'workflow_run.completed.fork.json'), { from: outputDir, 'github-token': TOKEN }, commentStep.inputs);
    const err = await commentStep.run(commentHost).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.fix).toContain('pull-requests: write');
    expect(commentHost.outputs.commented).toBe('false');
  });
});
