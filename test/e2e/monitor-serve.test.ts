/** @jest-environment ./test/runtime/ort-environment.js */
// The loop end to end: mlci serve answers bounded loopback traffic and writes its prediction log;
// the monitor step reads that log against the OpenAPI-validated fake GitHub. The demo's test rows
// → healthy, nothing opened; the same rows with two features shifted → one issue opened and the
// retraining workflow dispatched; a rerun updates that issue; normal traffic again closes it.
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../shared/log.js';
import { monitorStep } from '../../shared/monitor/step.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { startModelServer } from '../../shared/serve/index.js';
import { validateData } from '../../shared/validate/validate-data.js';
import { REPO, repoState, runnerEnv, runnerHost, TOKEN, useFakeGitHub } from '../github/helpers.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;

const fake = useFakeGitHub((gh) => {
  gh.state.repo(`${REPO.owner}/${REPO.repo}`).workflows.push({ file: 'train.yml', id: 55, inputs: ['reason', 'window', 'model', 'data'] });
});

const work = mkdtempSync(join(tmpdir(), 'mlci-monitor-serve-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const lines = readFileSync(fixture('data/breast_cancer_test.csv'), 'utf8').trim().split('\n');
const FEATURES = lines[0]!.split(',').slice(0, 30);
const ROWS = lines.slice(1).map((l) => l.split(',').slice(0, 30).map(Number));
/** two features shifted, as a recalibrated instrument would */
const SHIFTED = ROWS.map((r) => r.map((v, j) => (FEATURES[j] === 'mean_radius' ? v * 1.4 : FEATURES[j] === 'mean_texture' ? v + 8 : v)));

let reference: string;
beforeAll(async () => {
  reference = (await validateData({ files: [fixture('data/breast_cancer_train.csv')], outputDir: join(work, 'reference'), target: 'target', logger: silentLogger })).files.statistics;
});

/** serves the model, sends every row once in requests of 1–4 rows (bounded: the rows run out), and stops: the log is flushed */
async function traffic(name: string, rows: number[][]): Promise<string> {
  const logDir = join(work, name);
  const server = await startModelServer({ models: [`demo=${fixture('models/breast_cancer_lr.onnx')}`], ort, port: 0, host: '127.0.0.1', pollIntervalMs: 0, log: () => {}, predictionLog: { dir: logDir } });
  try {
    for (let i = 0, k = 0; i < rows.length; k++) {
      const batch = rows.slice(i, i + 1 + (k % 4));
      i += batch.length;
      const response = await fetch(`${server.url}/v2/models/demo/infer`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: `${name}-${k}`, inputs: [{ name: 'input', shape: [batch.length, 30], datatype: 'FP32', data: batch.flat() }] }),
      });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
  } finally {
    await server.close();
  }
  expect(readdirSync(logDir).some((f) => /^predictions-.*\.jsonl(\.gz)?$/.test(f))).toBe(true);
  return logDir;
}

let runs = 0;
async function monitor(logs: string) {
  const host = runnerHost({ ...runnerEnv(fake.gh.url, 'schedule', 'push.main.json'), GITHUB_REF_NAME: 'main' }, {
    logs,
    reference,
    target: 'target',
    model: 'demo',
    'retrain-workflow': 'train.yml',
    'retrain-data': 'data/train.csv',
    'github-token': TOKEN,
    'output-dir': join(work, `monitor-${++runs}`),
  }, monitorStep.inputs);
  fake.gh.requests.length = 0;
  const outcome = await monitorStep.run(host);
  return { outcome, outputs: host.outputs, requests: fake.gh.requests.map((r) => `${r.method} ${r.operationId}`) };
}

test("mlci serve's log → monitor: healthy, then one issue and a dispatch, an update, and the close", async () => {
  const normal = await traffic('normal', ROWS);
  const shifted = await traffic('shifted', SHIFTED);

  const healthy = await monitor(normal);
  expect(healthy.outcome).toEqual({});
  expect(healthy.outputs).toMatchObject({ alerts: '0', drifted: 'false', 'issue-number': '', dispatched: 'false' });
  expect(healthy.requests).toEqual(['GET issues/list-for-repo']);
  const json = JSON.parse(readFileSync(join(healthy.outputs['output-dir']!, 'monitor.json'), 'utf8'));
  expect(json.windows[0].rows).toBe(ROWS.length);
  expect(json.windows[0].absentFeatures).toEqual([]);

  const alert = await monitor(shifted);
  expect(alert.outputs).toMatchObject({ alerts: '1', drifted: 'true', 'issue-number': '1', dispatched: 'true' });
  expect(alert.requests).toEqual(['GET issues/list-for-repo', 'POST actions/create-workflow-dispatch', 'POST issues/create']);
  const state = repoState(fake.gh);
  expect(state.dispatches.map((d) => [d.workflowFile, d.ref, d.inputs.model, d.inputs.data])).toEqual([['train.yml', 'main', 'demo', 'data/train.csv']]);
  expect(state.issues[0]!.body).toContain(`/actions/runs/${state.dispatches[0]!.runId}`);

  const rerun = await monitor(shifted);
  expect(rerun.requests).toEqual(['GET issues/list-for-repo', 'PATCH issues/update']);

  const back = await monitor(normal);
  expect(back.requests).toEqual(['GET issues/list-for-repo', 'POST issues/create-comment', 'PATCH issues/update']);
  expect(state.issues.map((i) => i.state)).toEqual(['closed']);
  expect(state.dispatches).toHaveLength(1);
});
