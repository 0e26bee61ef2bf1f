/** @jest-environment ./test/runtime/ort-environment.js */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { silentLogger } from '../../shared/log.js';
import { monitorLogs } from '../../shared/monitor/monitor.js';
import { validateData } from '../../shared/validate/validate-data.js';
import { fixtureData } from '../model/fixture-table.js';
import { scoredRows, type LoggedRow } from './prediction-logs.js';

const work = mkdtempSync(join(tmpdir(), 'mlci-kserve-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const T0 = Date.parse('2026-12-03T10:00:00Z');

/** the two CloudEvents KServe's logger sends for one V2 request of these rows (structured JSON form) */
function events(id: string, rows: LoggedRow[], at: number): object[] {
  const names = Object.keys(rows[0]!.inputs);
  const common = { specversion: '1.0', id, source: 'http://localhost:9081/', inferenceservicename: 'breast-cancer', namespace: 'models', component: 'predictor', endpoint: '' };
  return [
    { ...common, type: 'org.kubeflow.serving.inference.request', time: new Date(at).toISOString(), datacontenttype: 'application/json', data: { inputs: [{ name: 'input', shape: [rows.length, names.length], datatype: 'FP64', data: rows.flatMap((r) => names.map((n) => r.inputs[n]!)) }] } },
    { ...common, type: 'org.kubeflow.serving.inference.response', time: new Date(at + 3).toISOString(), datacontenttype: 'application/json', data: { model_name: 'breast-cancer', model_version: 'v4', outputs: [{ name: 'label', shape: [rows.length], datatype: 'INT64', data: rows.map((r) => r.label) }, { name: 'probabilities', shape: [rows.length, 2], datatype: 'FP32', data: rows.flatMap((r) => r.probabilities) }] } },
  ];
}

test('KServe inference-logger CloudEvents: requests and responses pair by id across files, features take the reference\'s names, labels join', async () => {
  const reference = (await validateData({ files: [fixtureData('breast_cancer_train.csv')], outputDir: join(work, 'ref'), target: 'target', logger: silentLogger })).files.statistics;
  const rows = await scoredRows('breast_cancer_test.csv');
  const all: object[][] = [];
  for (let i = 0; i < rows.length; i += 3) all.push(events(`ce-${i}`, rows.slice(i, i + 3), T0 + i * 1000));
  // the first file ends between a request and its response; the second starts with that response
  const flat = all.flat();
  const cut = 2 * 20 + 1;
  writeFileSync(join(work, 'events-1.jsonl'), flat.slice(0, cut).map((e) => JSON.stringify(e)).join('\n') + '\n');
  writeFileSync(join(work, 'events-2.jsonl.gz'), gzipSync([...flat.slice(cut), { specversion: '1.0', id: 'lost', type: 'org.kubeflow.serving.inference.response', data: {} }].map((e) => JSON.stringify(e)).join('\n') + '\n'));
  const labels = ['request_id,label', ...rows.map((r, i) => `ce-${i - (i % 3)}/${i % 3},${r.target}`)].join('\n');
  writeFileSync(join(work, 'labels.csv'), labels + '\n');
  const result = await monitorLogs({ logs: [join(work, 'events-1.jsonl'), join(work, 'events-2.jsonl.gz')], reference, target: 'target', labels: join(work, 'labels.csv'), outputDir: join(work, 'out'), now: T0, logger: silentLogger });
  expect(result.model).toBe('breast-cancer');
  expect(result.version).toBe('v4');
  expect(result.windows[0]!.rows).toBe(rows.length);
  expect(result.windows[0]!.featureDrift.testedColumns).toBe(30);
  expect(result.windows[0]!.absentFeatures).toEqual([]);
  const correct = rows.filter((r) => r.label === r.target).length;
  expect(result.windows[0]!.performance!.rows).toBe(rows.length);
  expect(result.windows[0]!.performance!.metrics.accuracy).toBeCloseTo(correct / rows.length, 12);
  expect(result.files.map((f) => f.kind)).toEqual(['kserve', 'kserve']);
  expect(result.firing).toEqual([]);
});
