/** @jest-environment ./test/runtime/ort-environment.js */
// The dynamic batcher: concurrent requests share session runs and each gets exactly its own rows;
// a full queue sheds load with 503 + Retry-After.
import { breastCancerRows, call, fixtureModel, runLocally, startTestServer } from './support.js';

const LR = fixtureModel('breast_cancer_lr.onnx');
const rows = breastCancerRows(64);

function metricValue(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(name));
  return line ? Number(line.split(' ').pop()) : NaN;
}

test('64 concurrent one-row requests are coalesced, and every caller gets its own row back', async () => {
  const server = await startTestServer([LR], { maxQueueDelayUs: 100_000, maxBatchRows: 32 });
  try {
    const local = await runLocally(LR, Float32Array.from(rows.flat()), rows.length, 30);
    const expected = local.probabilities!.data as Float32Array;
    const answers = await Promise.all(rows.map((row, i) => call(server.url, 'POST', '/v2/models/breast_cancer_lr/infer', { id: `r${i}`, inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: row }] })));
    answers.forEach((answer, i) => {
      expect(answer.body.id).toBe(`r${i}`);
      expect(answer.body.outputs[1].shape).toEqual([1, 2]);
      expect(answer.body.outputs[1].data).toEqual([expected[2 * i], expected[2 * i + 1]]);
      expect(answer.body.outputs[0].data).toEqual([Number((local.label!.data as BigInt64Array)[i])]);
    });
    const text = await server.metricsText();
    const runs = metricValue(text, 'mlci_inference_batch_size_count');
    expect(metricValue(text, 'mlci_inference_batch_size_sum')).toBe(64);
    // at most 32 rows a run (so two or more), and fewer runs than requests
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(runs).toBeLessThan(64);
    expect(metricValue(text, 'mlci_inference_batch_size_bucket{le="32"')).toBe(runs);
  } finally {
    await server.close();
  }
});

test('requests with different row counts in one batch each get their own rows', async () => {
  const server = await startTestServer([LR], { maxQueueDelayUs: 200_000 });
  try {
    const local = await runLocally(LR, Float32Array.from(rows.slice(0, 6).flat()), 6, 30);
    const expected = Array.from(local.probabilities!.data as Float32Array);
    const [a, b, c] = await Promise.all(
      [rows.slice(0, 1), rows.slice(1, 4), rows.slice(4, 6)].map((part) => call(server.url, 'POST', '/v2/models/breast_cancer_lr/infer', { inputs: [{ name: 'input', shape: [part.length, 30], datatype: 'FP32', data: part }], outputs: [{ name: 'probabilities' }] })),
    );
    expect(a!.body.outputs[0].data).toEqual(expected.slice(0, 2));
    expect(b!.body.outputs[0].data).toEqual(expected.slice(2, 8));
    expect(c!.body.outputs[0].data).toEqual(expected.slice(8, 12));
    expect(metricValue(await server.metricsText(), 'mlci_inference_batch_size_count')).toBe(1);
  } finally {
    await server.close();
  }
});

test('beyond the bounded queue, requests get 503 with Retry-After; the rest are answered', async () => {
  const server = await startTestServer([LR], { maxQueueDelayUs: 1_000_000, maxQueueRows: 4, maxBatchRows: 64 });
  try {
    const answers = await Promise.all(rows.slice(0, 20).map((row) => call(server.url, 'POST', '/v2/models/breast_cancer_lr/infer', { inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: row }] })));
    const shed = answers.filter((a) => a.status === 503);
    expect(shed.length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(4);
    expect(answers.every((a) => a.status === 200 || a.status === 503)).toBe(true);
    expect(shed[0]!.headers.get('retry-after')).toBe('1');
    expect(shed[0]!.body.error).toMatch(/queue is full/);
    expect(await server.metricsText()).toMatch(/mlci_inference_requests_total\{model="breast_cancer_lr",version="[0-9a-f]{12}",role="stable",code="503"\} [1-9]/);
  } finally {
    await server.close();
  }
});
