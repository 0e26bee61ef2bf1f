/** @jest-environment ./test/runtime/ort-environment.js */
// The prediction log monitor reads (CONTRACTS.md): records in the agreed shape, gzip rotation by
// size and time, a bounded total, sampling by request id, and a bounded queue whose drops are counted.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ModelField, StringEntryField } from '../../shared/onnx/fields.js';
import { ProtoWriter } from '../../shared/onnx/wire.js';
import { PredictionLog } from '../../shared/serve/prediction-log.js';
import { breastCancerRows, call, fixtureModel, runLocally, startTestServer } from './support.js';

const FEATURES = readFileSync(new URL('../fixtures/data/breast_cancer_test.csv', import.meta.url), 'utf8').split('\n')[0]!.split(',').slice(0, 30);

/** the LR fixture with train-model's feature-name metadata appended (protobuf merges repeated fields) */
function modelWithFeatureNames(dir: string): string {
  const bytes = readFileSync(fixtureModel('breast_cancer_lr.onnx'));
  const entry = new ProtoWriter().message(ModelField.metadataProps, (e) => e.string(StringEntryField.key, 'mlci.feature_names').string(StringEntryField.value, JSON.stringify(FEATURES))).finish();
  const path = join(dir, 'cancer.onnx');
  writeFileSync(path, Buffer.concat([bytes, entry]));
  return path;
}

function readRecords(dir: string): any[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl.gz'))
    .sort()
    .flatMap((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8').trim().split('\n').map((l) => JSON.parse(l)));
}

test('each request is one record: columnar inputs named from the model, per-row outputs, latency', async () => {
  const work = mkdtempSync(join(tmpdir(), 'mlci-plog-'));
  const logDir = join(work, 'log');
  const model = modelWithFeatureNames(work);
  const server = await startTestServer([model], { predictionLog: { dir: logDir }, now: () => new Date('2026-12-05T07:00:00.123Z') });
  const rows = breastCancerRows(2);
  const answer = await call(server.url, 'POST', '/v2/models/cancer/infer', { id: 'abc', inputs: [{ name: 'input', shape: [2, 30], datatype: 'FP32', data: rows }] });
  expect(answer.status).toBe(200);
  await server.close();
  const files = readdirSync(logDir);
  expect(files).toEqual([expect.stringMatching(/^predictions-20261205T070000Z-\d+\.jsonl\.gz$/)]);
  const [record] = readRecords(logDir);
  const local = await runLocally(model, Float32Array.from(rows.flat()), 2, 30);
  const p = Array.from(local.probabilities!.data as Float32Array);
  expect(record).toEqual({
    timestamp: '2026-12-05T07:00:00.123Z',
    request_id: 'abc',
    model: 'cancer',
    version: answer.body.model_version,
    digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    model_digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    role: 'stable',
    inputs: Object.fromEntries(FEATURES.map((name, j) => [name, [Math.fround(rows[0]![j]!), Math.fround(rows[1]![j]!)]])),
    outputs: { label: Array.from(local.label!.data as BigInt64Array, Number), probabilities: [p.slice(0, 2), p.slice(2, 4)] },
    latency_ms: expect.any(Number),
  });
  expect((await server.metricsText()).includes('mlci_prediction_log_records_total 1')).toBe(true);
});

test('files rotate to .jsonl.gz by size, the oldest go beyond the total, sampling keeps a share by id', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-plog-'));
  const server = await startTestServer([fixtureModel('breast_cancer_lr.onnx')], { predictionLog: { dir, maxFileBytes: 4096, maxTotalBytes: 6000, sampleRate: 0.5 } });
  const row = breastCancerRows(1)[0]!;
  for (let i = 0; i < 60; i++) {
    expect((await call(server.url, 'POST', '/v2/models/breast_cancer_lr/infer', { id: `id-${i}`, inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: row }] })).status).toBe(200);
  }
  await server.close(); // flushes the log: the count below is then final
  const metrics = await server.metricsText();
  const files = readdirSync(dir);
  expect(files.length).toBeGreaterThan(1);
  expect(files.every((f) => /^predictions-\d{8}T\d{6}Z-\d{6}\.jsonl\.gz$/.test(f))).toBe(true);
  const sizes = files.map((f) => readFileSync(join(dir, f)).length);
  expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(6000 + Math.max(...sizes));
  // 60 ids sampled at 0.5: a share of them, never all or none
  const written = Number(/mlci_prediction_log_records_total (\d+)/.exec(metrics)![1]);
  expect(written).toBeGreaterThan(15);
  expect(written).toBeLessThan(45);
  // the same ids are sampled on every run: sampling is by request id, not chance
  const kept = readRecords(dir).map((r) => r.request_id);
  const log = new PredictionLog({ dir: mkdtempSync(join(tmpdir(), 'mlci-plog-')), now: () => new Date(), sampleRate: 0.5 });
  for (const id of kept) expect(log.sampled(id)).toBe(true);
  await log.close();
});

test('a writer that falls behind drops records and counts them; it never buffers without bound', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-plog-'));
  let written = 0;
  let dropped = 0;
  const log = new PredictionLog({ dir, now: () => new Date(), maxPending: 10, onWritten: (n) => (written += n), onDropped: (n) => (dropped += n) });
  const record = (i: number) => () => ({ timestamp: '', request_id: String(i), model: 'm', version: 'v', digest: '', model_digest: '', role: 'stable', inputs: {}, outputs: {}, latency_ms: 0 });
  for (let i = 0; i < 100; i++) log.offer(String(i), record(i));
  await log.close();
  expect(written + dropped).toBe(100);
  expect(dropped).toBeGreaterThanOrEqual(80);
  expect(readRecords(dir)).toHaveLength(written);
});

test('a file older than the age limit is rotated on a quiet server', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-plog-'));
  const log = new PredictionLog({ dir, now: () => new Date(), maxFileAgeMs: 100 });
  log.offer('x', () => ({ timestamp: '', request_id: 'x', model: 'm', version: 'v', digest: '', model_digest: '', role: 'stable', inputs: {}, outputs: {}, latency_ms: 0 }));
  await log.flush();
  for (let i = 0; i < 50 && !readdirSync(dir).some((f) => f.endsWith('.gz')); i++) await new Promise((r) => setTimeout(r, 50));
  expect(readdirSync(dir).filter((f) => f.endsWith('.jsonl.gz'))).toHaveLength(1);
  await log.close();
});
