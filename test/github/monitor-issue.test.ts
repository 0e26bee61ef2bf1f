import type { AlertOutcome } from '../../shared/monitor/alerts.js';
import { actOnAlerts, type MonitorActionInput } from '../../shared/github/monitor-actions.js';
import { parseRetrainTarget } from '../../shared/github/dispatch.js';
import { issueMarker } from '../../shared/monitor/issue-body.js';
import { isUserError } from '../../shared/errors.js';
import { recordingLogger, REPO, repoState, testClient, useFakeGitHub } from './helpers.js';

const fake = useFakeGitHub((gh) => {
  gh.state.repo(`${REPO.owner}/${REPO.repo}`).workflows.push({ file: 'train.yml', id: 55, inputs: ['reason', 'window', 'model', 'data'] });
});

const DAY = 86_400_000;
const T0 = Date.parse('2026-12-05T06:00:00Z');

function alert(firing: boolean): AlertOutcome {
  return { id: 'drifted_features > 1', figure: 'drifted_features', level: 'critical', policyLine: 4, high: 1, breaches: [firing], latest: firing ? 2 : 0, consecutive: 1, firing };
}

function input(firing: boolean, now = T0): MonitorActionInput {
  return {
    model: 'demo',
    version: 'v1',
    alerts: [alert(firing)],
    windows: 1,
    rows: 171,
    cooldownMs: 7 * DAY,
    now,
    runUrl: 'https://github.com/acme-ml/churn-model/actions/runs/900',
    retrain: { target: parseRetrainTarget('train.yml'), ref: 'main', window: '1d', data: 'data/train.csv' },
  };
}

/** the writes and reads, as method, operation and the body's keys that matter */
function requests() {
  return fake.gh.requests.map((r) => [r.method, r.operationId]);
}

describe('the monitor issue and the retraining dispatch on GitHub', () => {
  it('healthy with no issue: one list request, nothing written', async () => {
    const api = testClient(fake.gh, recordingLogger());
    const r = await actOnAlerts(api, REPO, input(false));
    expect(r).toMatchObject({ issue: null, dispatched: false });
    expect(requests()).toEqual([['GET', 'issues/list-for-repo']]);
    expect(fake.gh.requests[0]!.path).toBe('/repos/acme-ml/churn-model/issues?labels=mlci%2Fmonitor&state=all&per_page=100&sort=created&direction=desc');
  });

  it('an alert opens one issue and dispatches the training workflow once; reruns update it; recovery closes it; a new alert reopens it', async () => {
    const api = testClient(fake.gh, recordingLogger());
    const state = repoState(fake.gh);
    const opened = await actOnAlerts(api, REPO, input(true));
    expect(requests()).toEqual([
      ['GET', 'issues/list-for-repo'],
      ['POST', 'actions/create-workflow-dispatch'],
      ['POST', 'issues/create'],
    ]);
    const dispatch = fake.gh.requests[1]!;
    expect(dispatch.path).toBe('/repos/acme-ml/churn-model/actions/workflows/train.yml/dispatches');
    expect(dispatch.body).toEqual({ ref: 'main', inputs: { reason: 'mlci monitor: drifted_features > 1', window: '1d', model: 'demo', data: 'data/train.csv' }, return_run_details: true });
    const create = fake.gh.requests[2]!.body;
    expect(create.title).toBe('mlci monitor: demo is outside its monitoring policy');
    expect(create.labels).toEqual(['mlci/monitor']);
    expect(create.body).toContain(issueMarker('demo'));
    const runUrl = `https://github.com/acme-ml/churn-model/actions/runs/${state.dispatches[0]!.runId}`;
    expect(create.body).toContain(runUrl);
    expect(opened).toMatchObject({ issue: { number: 1 }, dispatched: true, dispatchUrl: runUrl });

    fake.gh.requests.length = 0;
    const rerun = await actOnAlerts(api, REPO, input(true, T0 + DAY));
    expect(requests()).toEqual([['GET', 'issues/list-for-repo'], ['PATCH', 'issues/update']]);
    expect(Object.keys(fake.gh.requests[1]!.body)).toEqual(['body']);
    expect(fake.gh.requests[1]!.body.body).toContain(runUrl); // within the cooldown: the first run stays linked
    expect(rerun).toMatchObject({ issue: { number: 1 }, dispatched: false });

    fake.gh.requests.length = 0;
    await actOnAlerts(api, REPO, input(false, T0 + 2 * DAY));
    expect(requests()).toEqual([['GET', 'issues/list-for-repo'], ['POST', 'issues/create-comment'], ['PATCH', 'issues/update']]);
    expect(fake.gh.requests[1]!.body.body).toMatch(/^Back within policy: drifted_features no longer alerts/);
    expect(fake.gh.requests[2]!.body).toMatchObject({ state: 'closed', state_reason: 'completed' });

    fake.gh.requests.length = 0;
    await actOnAlerts(api, REPO, input(true, T0 + 3 * DAY));
    expect(requests()).toEqual([['GET', 'issues/list-for-repo'], ['PATCH', 'issues/update'], ['POST', 'issues/create-comment']]);
    expect(fake.gh.requests[1]!.body.state).toBe('open');
    expect(state.issues).toHaveLength(1);
    expect(state.dispatches).toHaveLength(1); // within 7 days of the first dispatch
    expect(state.commentsOn(1).map((c) => c.body.split('\n')[0])).toEqual(['Back within policy: drifted_features no longer alerts. Closing; the monitor reopens this issue if an alert starts again.', 'Alert started: `drifted_features > 1` (critical).']);
  });

  it("another model's issue and issues without the marker are left alone", async () => {
    const state = repoState(fake.gh);
    const user = { login: 'alice', id: 1, type: 'User' as const };
    state.issues.push({ number: 3, title: 'about monitoring', body: 'we use mlci/monitor', state: 'open', stateReason: null, labels: ['mlci/monitor'], user, createdAt: '', updatedAt: '' });
    state.issues.push({ number: 4, title: 'other', body: issueMarker('other-model'), state: 'open', stateReason: null, labels: ['mlci/monitor'], user, createdAt: '', updatedAt: '' });
    const api = testClient(fake.gh, recordingLogger());
    const r = await actOnAlerts(api, REPO, input(true));
    expect(r.issue!.number).toBe(5);
    expect(state.issues.map((i) => [i.number, i.state])).toEqual([[3, 'open'], [4, 'open'], [5, 'open']]);
  });

  it('repository_dispatch carries the same fields; a workflow that does not declare the inputs is a clear error', async () => {
    const api = testClient(fake.gh, recordingLogger());
    await actOnAlerts(api, REPO, { ...input(true), retrain: { target: parseRetrainTarget('repository_dispatch:retrain'), ref: 'main', window: '7d', data: 'd' } });
    expect(repoState(fake.gh).repositoryDispatches).toEqual([{ eventType: 'retrain', clientPayload: { reason: 'mlci monitor: drifted_features > 1', window: '7d', model: 'demo', data: 'd' } }]);
    repoState(fake.gh).workflows.push({ file: 'bare.yml', id: 56, inputs: [] });
    const err = await actOnAlerts(api, { ...REPO }, { ...input(true, T0 + 30 * DAY), retrain: { target: parseRetrainTarget('bare.yml'), ref: 'main', window: '7d', data: 'd' } }).catch((e) => e);
    expect(isUserError(err)).toBe(true);
    expect(err.message).toMatch(/Unexpected inputs/);
    expect(err.fix).toMatch(/declaring the string inputs reason, window, model and data/);
    expect(() => parseRetrainTarget('train')).toThrow(/neither a workflow file nor repository_dispatch/);
    expect(isUserError((() => { try { parseRetrainTarget('x y'); } catch (e) { return e; } })())).toBe(true);
  });
});
