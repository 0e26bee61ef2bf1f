/** @jest-environment ./test/runtime/ort-environment.js */
// /metrics: the names and labels CONTRACTS.md fixes (deploy reads them), in a format
// Prometheus's own promtool accepts.
import { spawnSync } from 'node:child_process';
import { describeWithTools, tools } from '../support/system-tools.js';
import { breastCancerRows, call, fixtureModel, startTestServer } from './support.js';

const CONTRACT = [
  'mlci_inference_requests_total',
  'mlci_inference_request_duration_seconds',
  'mlci_inference_queue_duration_seconds',
  'mlci_inference_batch_size',
  'mlci_inference_rows_total',
  'mlci_inference_inflight_requests',
  'mlci_model_ready',
  'mlci_model_load_duration_seconds',
  'mlci_model_load_failures_total',
  'mlci_model_info',
  'mlci_shadow_comparisons_total',
  'mlci_shadow_disagreements_total',
  'mlci_prediction_score',
  'mlci_prediction_log_records_total',
  'mlci_prediction_log_dropped_total',
];

describeWithTools('GET /metrics', [tools.promtool], () => {
  test('carries the contract names with their labels and passes promtool check metrics', async () => {
    const server = await startTestServer([`cancer=${fixtureModel('breast_cancer_lr.onnx')}`]);
    try {
      const rows = breastCancerRows(3);
      expect((await call(server.url, 'POST', '/v2/models/cancer/infer', { inputs: [{ name: 'input', shape: [3, 30], datatype: 'FP32', data: rows }] })).status).toBe(200);
      expect((await call(server.url, 'POST', '/v2/models/cancer/infer', { inputs: [] })).status).toBe(400);
      const response = await fetch(`${server.url}/metrics`);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await response.text();
      for (const name of CONTRACT) expect(text).toContain(`# TYPE ${name} `);
      const version = /mlci_model_info\{model="cancer",version="([0-9a-f]{12})",role="stable",digest="sha256:[0-9a-f]{64}",model_digest="sha256:[0-9a-f]{64}"\} 1/.exec(text)?.[1];
      expect(version).toBeDefined();
      expect(text).toContain(`mlci_inference_requests_total{model="cancer",version="${version}",role="stable",code="200"} 1`);
      expect(text).toContain(`mlci_inference_requests_total{model="cancer",version="${version}",role="stable",code="400"} 1`);
      expect(text).toContain(`mlci_inference_rows_total{model="cancer",version="${version}",role="stable"} 3`);
      expect(text).toContain(`mlci_model_ready{model="cancer",version="${version}",role="stable"} 1`);
      expect(text).toContain(`mlci_prediction_score_count{model="cancer",version="${version}",role="stable"} 3`);
      expect(text).toContain('mlci_prediction_score_bucket{le="0.05",');
      expect(text).toContain('process_resident_memory_bytes');
      const check = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
      expect(check.stderr + check.stdout).toBe('');
      expect(check.status).toBe(0);
    } finally {
      await server.close();
    }
  });
});
