import { createDeployment, listModelDeployments, markReplacedInactive } from '../../shared/github/deployments.js';
import { isUserError } from '../../shared/errors.js';
import { deploymentsOf } from './fake-github/routes-deployments.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github/server.js';
import { HEAD_SHA, recordingLogger, REPO, repoState, testClient } from './helpers.js';

const digest = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;
const links = { environmentUrl: 'http://127.0.0.1:8080/v2/models/demo', logUrl: 'https://github.com/acme-ml/churn-model/actions/runs/7' };

describe('GitHub Deployments against the OpenAPI-validated fake server', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub({ token: 'ghs_testtoken0123456789' });
  });
  afterEach(async () => {
    expect(gh.violations).toEqual([]);
    await gh.close();
  });

  test('a deployment records the model, moves queued → in_progress → success and retires the one it replaced', async () => {
    const api = testClient(gh, recordingLogger());
    const first = await createDeployment(api, REPO, { ref: HEAD_SHA, environment: 'production', payload: { name: 'demo', version: 'v1', digest: digest(1) }, description: 'demo v1', production: true, ...links });
    await first.setStatus('in_progress', 'Canary at 10%.');
    await first.setStatus('success', 'demo v1 takes all traffic.');
    const second = await createDeployment(api, REPO, { ref: HEAD_SHA, environment: 'production', payload: { name: 'demo', version: 'v2', digest: digest(2) }, description: 'demo v2', production: true, ...links });
    await second.setStatus('in_progress', 'Canary at 10%.');
    await second.setStatus('success', 'demo v2 takes all traffic.');
    expect(await markReplacedInactive(api, REPO, second)).toEqual([first.id]);

    const [d1, d2] = deploymentsOf(repoState(gh));
    expect(d2!.payload).toEqual({ name: 'demo', version: 'v2', digest: digest(2) });
    expect(d2!.environment).toBe('production');
    expect(d2!.statuses.map((s) => s.state)).toEqual(['queued', 'in_progress', 'success']);
    expect(d2!.statuses.at(-1)).toMatchObject({ environmentUrl: links.environmentUrl, logUrl: links.logUrl });
    expect(d1!.statuses.map((s) => s.state)).toEqual(['queued', 'in_progress', 'success', 'inactive']);

    const past = await listModelDeployments(api, REPO, 'production');
    expect(past.map((p) => [p.payload.version, p.state])).toEqual([['v2', 'success'], ['v1', 'inactive']]);
  });

  test('a failed rollout ends in failure and leaves the running deployment active', async () => {
    const api = testClient(gh, recordingLogger());
    const good = await createDeployment(api, REPO, { ref: HEAD_SHA, environment: 'staging', payload: { name: 'demo', version: 'v1', digest: digest(1) }, description: 'demo v1', production: false });
    await good.setStatus('success', 'ok');
    const bad = await createDeployment(api, REPO, { ref: HEAD_SHA, environment: 'staging', payload: { name: 'demo', version: 'v2', digest: digest(2) }, description: 'demo v2', production: false });
    await bad.setStatus('failure', `Rolled back: p95 latency of the canary: 240.0 ms; stable's 4.0 ms, ratio 60.00 (ceiling 1.5). ${'x'.repeat(200)}`);
    const past = await listModelDeployments(api, REPO, 'staging');
    expect(past.map((p) => [p.payload.version, p.state])).toEqual([['v2', 'failure'], ['v1', 'success']]);
    expect(deploymentsOf(repoState(gh))[1]!.statuses.at(-1)!.description.length).toBeLessThanOrEqual(140);
  });

  test('a token without deployments: write gets a UserError naming the permission', async () => {
    gh.inject({ operationId: 'repos/create-deployment', times: 1, status: 403, body: { message: 'Resource not accessible by integration' } });
    const api = testClient(gh, recordingLogger());
    const err = await createDeployment(api, REPO, { ref: HEAD_SHA, environment: 'production', payload: { name: 'demo', version: 'v1', digest: digest(1) }, description: 'x', production: true }).catch((e: unknown) => e);
    expect(isUserError(err)).toBe(true);
    expect(String((err as Error).message)).toContain('deployments: write');
  });
});
