/** @jest-environment ./test/runtime/ort-environment.js */
// The monitor step as a scheduled workflow runs it, against the OpenAPI-validated fake GitHub:
// normal traffic → healthy, nothing opened; two features shifted → one issue and the training
// workflow dispatched; a rerun updates that issue; normal traffic again closes it. The prediction
// logs are written by the test in the format CONTRACTS.md gives mlci serve's (test/e2e has the
// same run over a real mlci serve's log).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../shared/log.js';
import { monitorStep } from '../../shared/monitor/step.js';
import { validateData } from '../../shared/validate/validate-data.js';
import { fixtureData } from '../model/fixture-table.js';
import { REPO, repoState, runnerEnv, runnerHost, TOKEN, useFakeGitHub } from '../github/helpers.js';
import { logRecords, scoredRows, writeLog } from './prediction-logs.js';

const fake = useFakeGitHub((gh) => {
  gh.state.repo(`${REPO.owner}/${REPO.repo}`).workflows.push({ file: 'train.yml', id: 55, inputs: ['reason', 'window', 'model', 'data'] });
});

const work = mkdtempSync(join(tmpdir(), 'mlci-monitor-step-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const START = Date.parse('2026-12-04T00:00:00Z');
let reference: string;
const logs: Record<'normal' | 'shifted', string> = { normal: join(work, 'normal'), shifted: join(work, 'shifted') };

/** mean radius 40% larger and mean texture 8 higher: what a new scanner's calibration might do */
const SHIFT: Record<string, (v: number) => number> = { mean_radius: (v) => v * 1.4, mean_texture: (v) => v + 8 };

beforeAll(async () => {
  reference = (await validateData({ files: [fixtureData('breast_cancer_train.csv')], outputDir: join(work, 'reference'), target: 'target', logger: silentLogger })).files.statistics;
  const normal = await scoredRows('breast_cancer_test.csv');
  const shifted = await scoredRows('breast_cancer_test.csv', (name, v) => SHIFT[name]?.(v) ?? v);
  for (const [kind, rows] of [['normal', normal], ['shifted', shifted]] as const) {
    mkdirSync(logs[kind]);
    writeLog(logs[kind], 'predictions-20261204T000000Z-1.jsonl.gz', logRecords(rows.slice(0, 100), { start: START, stepMs: 60_000, idPrefix: `${kind}-a`, perRequest: 4 }), true);
    writeLog(logs[kind], 'predictions-20261204T020000Z-2.jsonl', logRecords(rows.slice(100), { start: START + 7_200_000, stepMs: 60_000, idPrefix: `${kind}-b` }));
  }
});

let runs = 0;
async function monitor(kind: 'normal' | 'shifted') {
  const env = { ...runnerEnv(fake.gh.url, 'schedule', 'push.main.json'), GITHUB_REF_NAME: 'main' };
  const host = runnerHost(env, {
    logs: logs[kind],
    reference,
    target: 'target',
    model: 'demo',
    'retrain-workflow': 'train.yml',
    'retrain-data': 'data/train.csv',
    'window-size': '1d',
    'github-token': TOKEN,
    'output-dir': join(work, `out-${++runs}`),
  }, monitorStep.inputs);
  fake.gh.requests.length = 0;
  const outcome = await monitorStep.run(host);
  return { host, outcome, requests: fake.gh.requests.map((r) => `${r.method} ${r.operationId}`) };
}

describe('the monitor step on a schedule', () => {
  it('healthy → nothing; shifted → one issue and a dispatch; rerun → updated; healthy again → closed', async () => {
    const healthy = await monitor('normal');
    expect(healthy.outcome).toEqual({});
    expect(healthy.host.outputs).toMatchObject({ drifted: 'false', alerts: '0', 'issue-number': '', dispatched: 'false' });
    expect(healthy.requests).toEqual(['GET issues/list-for-repo']);

    const drifted = await monitor('shifted');
    expect(drifted.host.outputs).toMatchObject({ drifted: 'true', alerts: '1', 'issue-number': '1', dispatched: 'true' });
    expect(drifted.requests).toEqual(['GET issues/list-for-repo', 'POST actions/create-workflow-dispatch', 'POST issues/create']);
    const state = repoState(fake.gh);
    expect(state.dispatches).toEqual([{ workflowFile: 'train.yml', ref: 'main', inputs: { reason: 'mlci monitor: drifted_features > 1', window: '1d', model: 'demo', data: 'data/train.csv' }, runId: state.dispatches[0]!.runId }]);
    const monitorJson = JSON.parse(readFileSync(join(drifted.host.outputs['output-dir']!, 'monitor.json'), 'utf8'));
    const driftedColumns = monitorJson.windows[0].featureDrift.columns.filter((c: { drifted: boolean }) => c.drifted).map((c: { column: string }) => c.column);
    expect(driftedColumns).toEqual(expect.arrayContaining(['mean_radius', 'mean_texture']));
    expect(state.issues[0]!.body).toContain(`https://github.com/acme-ml/churn-model/actions/runs/${state.dispatches[0]!.runId}`);
    expect(drifted.host.summaries[0]).toContain('Top drifting features');
    expect(readFileSync(join(drifted.host.outputs['output-dir']!, 'manifest.json'), 'utf8')).toContain('monitor.json');

    const rerun = await monitor('shifted');
    expect(rerun.requests).toEqual(['GET issues/list-for-repo', 'PATCH issues/update']);
    expect(rerun.host.outputs).toMatchObject({ 'issue-number': '1', dispatched: 'false' });

    const recovered = await monitor('normal');
    expect(recovered.requests).toEqual(['GET issues/list-for-repo', 'POST issues/create-comment', 'PATCH issues/update']);
    expect(state.issues.map((i) => [i.number, i.state])).toEqual([[1, 'closed']]);
    expect(state.dispatches).toHaveLength(1);
  });

  it('fail-on-alert fails the step with the alerts; a bad retrain-workflow fails before reading anything', async () => {
    const host = runnerHost({}, { logs: logs.shifted, reference, target: 'target', 'fail-on-alert': 'true', 'output-dir': join(work, 'out-fail') }, monitorStep.inputs);
    expect((await monitorStep.run(host)).failure).toMatch(/^1 monitor alert firing: drifted_features > 1/);
    const bad = runnerHost({}, { logs: logs.shifted, reference, 'retrain-workflow': 'train', 'output-dir': join(work, 'out-bad') }, monitorStep.inputs);
    await expect(monitorStep.run(bad)).rejects.toThrow(/neither a workflow file nor repository_dispatch/);
  });

  it('reference: demo@production reads the statistics and metrics published with the model, and judges its version only', async () => {
    const { openRegistry } = await import('../../shared/registry/index.js');
    const store = join(work, 'store');
    const registry = openRegistry(store, { env: {}, logger: silentLogger });
    const docs = { 'statistics.json': readFileSync(reference), 'metrics.json': Buffer.from(JSON.stringify({ task: 'binary', metrics: { accuracy: 0.95 } })) };
    const model = new URL('../fixtures/models/breast_cancer_lr.onnx', import.meta.url).pathname;
    await registry.publish({ name: 'demo', modelFile: model, docs, aliases: ['production'] });
    const inputs = (out: string) => ({ logs: logs.normal, reference: 'demo@production', registry: store, target: 'target', 'output-dir': join(work, out) });
    const host = runnerHost({}, inputs('out-registry'), monitorStep.inputs);
    expect(await monitorStep.run(host)).toEqual({});
    const json = JSON.parse(readFileSync(join(host.outputs['output-dir']!, 'monitor.json'), 'utf8'));
    expect([json.model, json.modelVersion, json.gated]).toEqual(['demo', 'v1', { accuracy: 0.95 }]);
    expect(json.reference).toMatch(/statistics\.json$/);
    // production moves to v2: the logs hold only v1's answers, which are reported, not judged as v2's
    await registry.publish({ name: 'demo', modelFile: fixtureModelPath('breast_cancer_lr_weak.onnx'), docs, aliases: ['production'] });
    await expect(monitorStep.run(runnerHost({}, inputs('out-registry-2'), monitorStep.inputs))).rejects.toThrow(/No rows of the logs come from demo version v2: they hold demo v1 \(171 rows\)/);
  });
});

function fixtureModelPath(name: string): string {
  return new URL(`../fixtures/models/${name}`, import.meta.url).pathname;
}
