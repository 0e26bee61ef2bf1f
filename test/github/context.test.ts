import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../shared/errors.js';
import { readGitHubContext } from '../../shared/github/context.js';
import { eventFixture } from './helpers.js';


const runner = {
  GITHUB_REPOSITORY: 'acme-ml/churn-model',
  GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
  GITHUB_REF: 'refs/pull/42/merge',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '11223344',
  GITHUB_WORKFLOW: 'model CI',
  GITHUB_WORKFLOW_REF: 'acme-ml/churn-model/.github/workflows/pr-gate.yml@refs/pull/42/merge',
};

describe('GitHub context', () => {
  it('reads a same-repository pull_request event: head sha, not the merge commit', async () => {
    const ctx = await readGitHubContext({ ...runner, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFixture('pull_request.synchronize.json') });
    expect(ctx.pullRequest).toEqual({
      number: 42,
      headSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      headRef: 'retrain-november',
      baseRef: 'main',
      baseSha: '9049f1265b7d61be4a8904a9a27120d2064dab3b',
      headRepo: 'acme-ml/churn-model',
      isFork: false,
      labels: ['model-change'],
    });
    expect(ctx.headSha).toBe('6dcb09b5b57875f334f61aebed695e2e4193db5e');
    expect(ctx.sha).toBe(runner.GITHUB_SHA);
    expect(ctx.runUrl).toBe('https://github.com/acme-ml/churn-model/actions/runs/11223344');
    expect(ctx.repo).toEqual({ owner: 'acme-ml', repo: 'churn-model' });
    expect(ctx.workflowFile).toBe('pr-gate.yml');
  });

  it('marks a pull request from a fork', async () => {
    const ctx = await readGitHubContext({ ...runner, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFixture('pull_request.fork.opened.json') });
    expect(ctx.pullRequest).toMatchObject({ number: 57, isFork: true, headRepo: 'mallory-forks/churn-model' });
  });

  it('takes the head sha of a merge group and of a push', async () => {
    const group = await readGitHubContext({ ...runner, GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: eventFixture('merge_group.checks_requested.json') });
    expect(group.headSha).toBe('ec26c3e57ca3a959ca5aad62de7213c562f8c821');
    expect(group.mergeGroupBaseRef).toBe('main');
    expect(group.pullRequest).toBeUndefined();
    const push = await readGitHubContext({ ...runner, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventFixture('push.main.json') });
    expect(push.headSha).toBe('0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c');
  });

  it('reads the workflow_run of a fork run, whose pull_requests list is empty', async () => {
    const ctx = await readGitHubContext({ ...runner, GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: eventFixture('workflow_run.completed.fork.json') });
    expect(ctx.workflowRun).toMatchObject({ id: 11223344556, event: 'pull_request', headSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', headRepo: 'mallory-forks/churn-model', pullRequestNumbers: [], conclusion: 'success' });
    expect(ctx.headSha).toBe('a1b2c3d4e5f60718293a4b5c6d7e8f9012345678');
  });

  it('explains a missing runner variable', async () => {
    await expect(readGitHubContext({ GITHUB_EVENT_NAME: 'push' })).rejects.toThrow(UserError);
    await expect(readGitHubContext({ ...runner, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent/event.json' })).rejects.toThrow(/Could not read the event payload/);
  });
});
